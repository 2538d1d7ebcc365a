"""Publishers in English, by rule: places the gazetteer knows, then the kind of body.

A publisher is written as its name and a note in brackets ("湖南日报（记者陈勇；转载页）");
the name is translated when it is a national outlet of the table below, or a sequence of places
(湖南省, 沈阳市和平区, 哈尔滨) followed by a kind of body (民政厅, 慈善总会, 日报 …):
湖南省民政厅 → Hunan Provincial Department of Civil Affairs, 哈尔滨日报 → Harbin Daily. The
note stays as published (it names reporters and mirror sites), and a name the rule cannot read
whole stays in Chinese: half a translation would be a wrong name.
"""

from __future__ import annotations

from functools import cache

from presentation.i18n import PROVINCE_EN
from presentation.places_en import english_places

NATIONAL = {
    "新华社": "Xinhua News Agency",
    "中国新闻网": "China News Service",
    "中新网": "China News Service",
    "中国日报网": "China Daily online",
    "人民日报": "People's Daily",
    "人民网": "People's Daily online",
    "光明日报": "Guangming Daily",
    "工人日报": "Workers' Daily",
    "公益时报": "China Philanthropy Times",
    "中国政府网": "Central Government portal (gov.cn)",
}
# The kind of body after the place; the level word follows the place before it (省 → Provincial,
# a prefecture's 市 → Municipal), as the departments name themselves in English.
BODIES = {
    "民政厅": "Department of Civil Affairs",
    "民政局": "Civil Affairs Bureau",
    "财政厅": "Department of Finance",
    "财政局": "Finance Bureau",
    "应急管理厅": "Department of Emergency Management",
    "应急管理局": "Emergency Management Bureau",
    "慈善总会": "Charity Federation",
    "慈善协会": "Charity Association",
    "红十字会": "Red Cross Society",
    "总工会": "Federation of Trade Unions",
    "人民政府": "People's Government",
    "人民政府网": "People's Government website",
    "日报": "Daily",
    "晚报": "Evening News",
    "新闻网": "News website",
    "文明网": "Civilisation website",
    "文明办": "Civilisation Office",
}
LEVEL_WORDS = {"省": "Provincial ", "市": "Municipal "}
LEVELLED = ("民政厅", "民政局", "财政厅", "财政局", "应急管理厅", "应急管理局", "人民政府")


@cache
def _places() -> dict[str, str]:
    """Chinese place → English, with a city's bare name (沈阳 → Shenyang) and short provinces."""
    places = dict(english_places())
    for name, english in english_places().items():
        if name.endswith("市") and len(name) > 2 and " " not in english:
            places.setdefault(name[:-1], english)
    places.update(PROVINCE_EN)
    return places


def _name(head: str) -> str | None:
    if head in NATIONAL:
        return NATIONAL[head]
    if head.endswith("网站") and (site := _name(head[:-2])):
        return site + " website"
    if head[:1] in LEVEL_WORDS and head[1:] in LEVELLED:  # 省民政厅: the province's own
        return LEVEL_WORDS[head[0]] + BODIES[head[1:]]
    places, words, at, last = _places(), [], 0, ""
    while at < len(head):
        if head[at:] in BODIES:
            body = head[at:]
            level = LEVEL_WORDS.get(last[-1:], "") if words and body in LEVELLED else ""
            if level == "Municipal " and " " in words[-1]:
                level = ""  # a district or county says so already
            return " ".join(words) + " " + level + BODIES[body] if words else None
        match = next(
            (head[at:end] for end in range(len(head), at, -1) if head[at:end] in places), None
        )
        if match is None:
            return None
        words.append(places[match])
        last, at = match, at + len(match)
    return None


def _parts(publisher: str) -> list[str]:
    """Several publishers joined by ；, not splitting at a ； inside a bracketed note."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(publisher):
        depth += (ch == "（") - (ch == "）")
        if ch == "；" and depth == 0:
            parts.append(publisher[start:i])
            start = i + 1
    return [*parts, publisher[start:]]


def publisher_label(publisher: str | None, lang: str) -> str | None:
    """A publisher as the reader's language names it (each of several, joined by ；)."""
    if not publisher or lang != "en":
        return publisher
    out = []
    for part in _parts(publisher):
        head, bracket, note = part.partition("（")
        english = _name(head.strip())
        if english is None:
            out.append(part)
        else:
            out.append(english + (" (" + note.rstrip("）") + ")" if bracket else ""))
    return "; ".join(out) if out != _parts(publisher) else publisher
