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

# Outlets and bodies known by an English name of their own, national and regional.
OWN_NAMES = {
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
    "中央政府门户网站": "Central Government portal (gov.cn)",
    "新华网": "Xinhuanet",
    "中新社": "China News Service",
    "中国网": "China.org.cn",
    "中工网": "Workercn",
    "央广网": "CNR online",
    "中国广播网": "CNR online",
    "中广网": "CNR online",
    "央视网": "CCTV.com",
    "国际在线": "CRI Online",
    "中国青年网": "Youth.cn",
    "中国青年报": "China Youth Daily",
    "中国妇女报": "China Women's News",
    "中国社会报": "China Society News",
    "中国日报": "China Daily",
    "农民日报": "Farmers' Daily",
    "法制日报": "Legal Daily",
    "新浪网": "Sina",
    "新浪新闻": "Sina News",
    "搜狐新闻": "Sohu News",
    "腾讯新闻": "Tencent News",
    "凤凰网": "ifeng.com",
    "澎湃新闻": "The Paper",
    "民政部": "Ministry of Civil Affairs",
    "中华慈善总会": "China Charity Federation",
    "中国红十字会总会": "Red Cross Society of China",
    "红网": "Rednet",
    "荆楚网": "Cnhubei",
    "北方网": "Enorth",
    "东南网": "Fjsen",
    "大众网": "Dzwww",
    "浙江在线": "Zhejiang Online",
    "齐鲁晚报": "Qilu Evening News",
    "扬子晚报": "Yangtse Evening Post",
    "羊城晚报": "Yangcheng Evening News",
    "现代快报": "Modern Express",
    "楚天都市报": "Chutian Metropolis Daily",
    "海峡都市报": "Straits Metropolis Daily",
    "华商报": "Chinese Business View",
    "新快报": "New Express",
    "深圳特区报": "Shenzhen Special Zone Daily",
    "大众日报": "Dazhong Daily",
    "新华日报": "Xinhua Daily",
    "南方日报": "Nanfang Daily",
}
# What follows an outlet's name: its app, website, or a province's channel ("人民网宁夏频道").
SUFFIXES = {"客户端": " app", "网站": " website", "官网": " website"}
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
    "妇联": "Women's Federation",
    "残联": "Disabled Persons' Federation",
    "残疾人联合会": "Disabled Persons' Federation",
    "工商联": "Federation of Industry and Commerce",
    "团委": "Youth League Committee",
    "融媒体中心": "Media Centre",
    "广播电视台": "Radio and Television",
    "电视台": "Television",
    "慈善基金会": "Charity Foundation",
    "基金会": "Foundation",
    "退役军人事务厅": "Department of Veterans Affairs",
    "退役军人事务局": "Veterans Affairs Bureau",
    "政府网": "Government website",
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
    if head in OWN_NAMES:
        return OWN_NAMES[head]
    for suffix, english in SUFFIXES.items():
        if head.endswith(suffix) and (site := _name(head[: -len(suffix)])):
            return site + english
    if head.endswith("频道") and (channel := _channel(head[:-2])):
        return channel
    if "·" in head:  # 湖南日报·新湖南客户端: every part read, or none
        parts = [_name(part) for part in head.split("·")]
        return " · ".join(parts) if all(parts) else None
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


def _channel(head: str) -> str | None:
    """An outlet's channel for a province or city ("国际在线辽宁" → CRI Online Liaoning channel)."""
    for outlet, english in OWN_NAMES.items():
        place = _places().get(head.removeprefix(outlet))
        if head.startswith(outlet) and place:
            return f"{english} {place} channel"
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
