"""Which place a figure is about: the article's governing place, and the places its clause names.

A place named once in the headline, the lead or the attribution governs the whole article; a
figure takes a place of its own only from its clause group (the text since the last 。；),
and never one above the article's (a district report's figures stay the district's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from etl.extraction.context import (
    CLAUSE_MARKS,
    GROUP_MARKS,
    bounds,
    continues_the_subject,
    goes_on_from_before,
    heading_before,
    starts_with,
)
from etl.extraction.cues import alternation, cues, raw_cues
from etl.extraction.numbers import parse_number
from etl.extraction.places import (
    LEVEL_CHARS,
    QUOTED_NAME,
    Mention,
    Place,
    gazetteer,
    known_towns,
    resolve,
)
from etl.extraction.spans import Spans, starting_after, starting_within

# Contract levels (spec/figures.md) of the gazetteer's levels.
LEVEL = {"province": "province", "prefecture": "city", "county": "county", "town": "town"}
RANK = {"province": 0, "city": 1, "county": 2, "town": 3}
NATIONAL = "全国"  # the place of a figure about the whole country, at no level
_CLAUSE_END = "，,。！？!?；;：:\n"  # a clause's end, spaces inside it kept
_LIST_JOINERS = ("、", "和", "与", "及", "以及", "，")
_LIST_MARKS = "、和与及"  # one character between two listed names
_TOWN_STEM = 5  # the most characters a town's name has before its suffix
# … and right after its county's name, where a word may follow the suffix ("商南县青山镇干部"):
# a longer run is a clause ("闽侯企业家回馈乡里")
_TOWN_STEM_AFTER_PLACE = 3


@dataclass(frozen=True)
class Located:
    """A place a figure or article is about: its name as written and its contract level."""

    name: str
    level: str | None  # None: a sum over several of the place's parts, not the place as a whole
    prefecture: str = ""  # the city a county or town lies in, when known


@dataclass(frozen=True)
class _Vocab:
    scope: tuple[tuple[str, str], ...]  # (word, level), longest first
    scope_openers: frozenset[str]  # the first characters of the scope words
    town: re.Pattern
    town_suffix_start: re.Pattern  # the first characters of the town suffixes
    never: tuple[str, ...]
    not_after: tuple[str, ...]
    suffixes: tuple[str, ...]
    village_suffixes: tuple[str, ...]
    boundaries: frozenset[str]
    back: re.Pattern
    joint_back: re.Pattern
    back_levels: dict[str, str]
    region_back: re.Pattern
    region_level: str  # 自治区: an autonomous region's own bodies refer to it
    name_part_before: tuple[str, ...]
    subject_opening: re.Pattern
    unknown_county: re.Pattern
    unknown_county_end: re.Pattern  # what ends every unknown county's name and its body
    county_after_city: re.Pattern
    area_kinds: tuple[str, ...]
    forest_area: re.Pattern
    works_site: re.Pattern
    works_words: tuple[str, ...]
    street_short: tuple[str, ...]  # 街 written for 街道 before a community's name
    town_short_before: tuple[str, ...]  # what a town written without 镇/乡 stands before
    time_before_name: tuple[str, ...]  # 年来: a time word the stem's boundary opens
    list_openers: tuple[str, ...]  # 其中, 包括: words opening a list's items before a name
    venue: re.Pattern
    site: re.Pattern
    site_words: tuple[str, ...]
    joint_levels: tuple[str, ...]
    province_words: dict[str, tuple[str, ...]]  # province | municipality | region
    firm_openers: tuple[str, ...]
    # where a team set out from, or where people come from ("从西宁出发", "兰州商会")
    not_here_after: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    own_body: dict[str, re.Pattern]
    media_after: tuple[str, ...]
    landmarks_after: tuple[str, ...]  # 城隍庙, 火车站: a landmark named after its city
    weather_after: tuple[str, ...]  # 气温, 降温: where the weather turned, a scene
    weather_areas: tuple[str, ...]  # 地区, 街头: between a place and its weather
    ranked_before: tuple[str, ...]  # 在: opens the scope a deed is ranked in
    ranked_after: tuple[str, ...]  # 率先, 位居: close it
    firm_names: tuple[str, ...]  # 集团, 公司: a province's name before one names a firm
    firm_branches: tuple[str, ...]
    school_names: tuple[str, ...]  # 大学, 学院: a province's name opening one names a school
    school_name_breaks: tuple[str, ...]  # 各, 全: the province's schools, not one school's name
    town_never_after_place: tuple[str, ...]  # 城镇 ends a town's name right after a county's
    scene_homes: tuple[str, ...]  # 家中, 家里: a lead at one household's home sets a scene
    local_words: tuple[str, ...]
    conducted_after: tuple[str, ...]
    arrival_before: tuple[str, ...]
    event_places: tuple[str, ...]
    held_in: tuple[str, ...]
    located_at: tuple[str, ...]  # 位于: a facility's site, no article's place
    joint_bodies: tuple[str, ...]
    branches: tuple[str, ...]
    visit_places: tuple[str, ...]
    to_date: tuple[str, ...]  # 累计, 至今: a figure summing more than one visit
    own_area: tuple[str, ...]
    organisations: tuple[str, ...]
    own_subject: re.Pattern
    national: re.Pattern  # 全国 before whom or what is counted
    national_subject: re.Pattern  # a national body opening a sentence
    national_seat: str  # 北京市, where the national bodies sit
    national_elsewhere: tuple[str, ...]  # 向, 赴: a national headline sending its body away
    national_body: re.Pattern  # a national body anywhere in a text
    country_words: tuple[str, ...]  # 全国, 我国: the whole country in a headline or lead
    capital_words: tuple[str, ...]  # 省城, 省会, 首府
    capital_not_after: tuple[str, ...]  # 全, 我: "全省城市…" closes 全省, no capital
    capitals: dict[str, str]  # province → its capital city
    capital_provinces: tuple[str, ...]  # the provinces of `capitals`, for endswith
    partner_before: tuple[str, ...]  # 联合, 携手: a partner's name follows
    partner_bodies: tuple[str, ...]  # 协会, 公司: what ends a partner's name
    several_after: tuple[str, ...]  # 等: a place before it stands for several
    region_scopes: tuple[str, ...]  # 全区, 我区: an autonomous region's report about itself
    province_aliases: dict[str, tuple[str, ...]]  # 北京: 首都, the name the news gives it
    province_raising: tuple[str, ...]  # 募集, 筹集: a province body raising money
    byline_words: tuple[str, ...]  # 来源, 作者, 记者: a line naming a story's source or writer
    caption_credits: tuple[str, ...]  # 摄: a photo caption's credit closes its line
    caption_openers: tuple[str, ...]  # 图为, （图）: a photo caption opens its line
    destination_before: tuple[str, ...]  # 运抵, 发往: a place after one is where goods went
    excluded_before: tuple[str, ...]  # 除 … 以外: a place left out of what the text speaks of
    excluded_after: tuple[str, ...]


@cache
def _vocab() -> _Vocab:
    data = raw_cues()["places"]
    scope = sorted(
        ((w, level) for level, ws in data["scope_words"].items() for w in ws),
        key=lambda x: -len(x[0]),
    )
    suffixes = alternation(data["town_suffixes"])
    back = data["back_reference"]
    orgs = alternation(back["organisations"])
    bodies = alternation([*data["own_subject_bodies"], *back["organisations"]])
    levels = "".join(back["levels"])
    # 民政部, not 民政部门 (any level's civil-affairs departments)
    national_bodies = rf"(?:{alternation(data['national_bodies'])})(?!门)"
    # what may open a sentence before its subject: a date, or 近日, 同时 …
    opening = (
        r"(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚|起|以来)?[，,]|(?:"
        + alternation(data["subject_openers"])
        + r")[，,]?)?"
    )
    return _Vocab(
        scope=tuple(scope),
        scope_openers=frozenset(w[0] for w, _ in scope),
        town=re.compile(rf"[\u4e00-\u9fff]{{2,{_TOWN_STEM}}}?(?:{suffixes})"),
        town_suffix_start=re.compile(f"[{''.join(sorted({s[0] for s in data['town_suffixes']}))}]"),
        never=tuple(data["town_name_never"]),
        not_after=tuple(data["town_suffix_not_before"]),
        suffixes=tuple(data["town_suffixes"]),
        village_suffixes=tuple(data["village_suffixes"]),
        boundaries=frozenset(data["town_name_boundaries"]),
        # After punctuation, a joiner or a time word ("这期间州救助管理站", "当日市民政局"), or
        # first in the text. The level opens the pattern, so that re skips to it in C; the
        # look-behind then refuses a level after any other character.
        back=re.compile(rf"([{levels}])(?<![^，。；：\n\s】”由与和及经间日时后].)(?=(?:{orgs}))"),
        # "市、区妇联": bodies of several levels, the last the lowest
        joint_back=re.compile(rf"[{levels}](?:、[{levels}])*、([{levels}])(?=(?:{orgs}))"),
        # "自治区残联", "自治区民政厅": an autonomous region's own body, written as 省 is
        region_back=re.compile(
            rf"(?<![^，。；：\n\s】”由与和及经间日时后])({back['region_level']})(?=(?:{orgs}))"
        ),
        back_levels=dict(back["levels"]),
        region_level=back["region_level"],
        name_part_before=tuple(data["name_part_before"]),
        subject_opening=re.compile(opening),
        # at the start of a phrase, not a kind of area (开发区, 社区, 山区 …)
        unknown_county=re.compile(
            r"(?:^|(?<=[\s，。、：；“（(]))"
            rf"((?![\u4e00-\u9fff]{{0,3}}(?:{alternation(data['unknown_county_not'])})"
            rf"(?:{orgs}))(?![{''.join(data['unknown_county_first_never'])}])"
            rf"(?!{alternation(data['unknown_county_time_never'])})"
            rf"(?:(?![{''.join(data['unknown_county_inside_never'])}])[\u4e00-\u9fff]){{2,4}}"
            rf"[区县旗])(?=(?:{orgs}))",
            re.M,
        ),
        unknown_county_end=re.compile(rf"[区县旗](?:{orgs})"),
        county_after_city=re.compile(
            rf"(?![{''.join(data['unknown_county_first_never'])}])"
            rf"[\u4e00-\u9fff]{{1,3}}?(?:{alternation(data['county_after_city'])})"
        ),
        area_kinds=tuple(data["unknown_county_not"]),
        forest_area=re.compile(
            rf"(?:^|(?<=[\s，。、：；“（(]))[{''.join(data['town_name_boundaries'])}]?"
            rf"([\u4e00-\u9fff]{{2,4}}?(?:{alternation(data['forest_areas'])}))",
            re.M,
        ),
        works_site=re.compile(
            rf"(?:^|(?<=[\s，。、：；“（(])|{'|'.join(f'(?<={w})' for w in data['works_parents'])})"
            rf"[{''.join(data['town_name_boundaries'])}]?(?:{alternation(data['works_parents'])})?"
            rf"([\u4e00-\u9fff]{{2,4}}?(?:{alternation(data['works_sites'])}))",
            re.M,
        ),
        works_words=tuple(data["works_sites"]),
        street_short=tuple(data["street_short"]),
        town_short_before=tuple(data["town_short_before"]),
        time_before_name=tuple(data["time_before_name"]),
        list_openers=tuple(data["list_openers_before_name"]),
        venue=re.compile(
            rf"在([^，。；！？\n]{{2,24}}?)(?:{alternation(data['venue_verbs'])})"
            rf"(?=[^，。；！？\n]{{0,24}}?(?:{alternation(data['venue_events'])}))"
        ),
        site=re.compile(rf"(?:{alternation(data['site_before'])})([^，。；！？\n的]{{2,14}})的"),
        site_words=tuple(data["site_before"]),
        joint_levels=tuple(data["joint_levels_after"]),
        province_words={k: tuple(ws) for k, ws in data["province_words"].items()},
        firm_openers=tuple(data["firm_openers"]),
        not_here_after=(*data["origin_after"], *data["hometown_after"]),
        speech_verbs=tuple(data["speech_verbs"]),
        # A body of the province written with its level character alone, at the start of a
        # phrase: "省国防工会开展…", "由省慈善总会…" (a municipality's 市…, a region's 区…).
        own_body={
            kind: re.compile(
                rf"(?:^|(?<=[\s，。、：；“（(在由和与及向对为])){char}(?!份|内|外|城|驻)"
                r"[\u4e00-\u9fff]{0,8}?(?:厅|局|委|会|办|院|部|联|中心)",
                re.M,
            )
            for kind, char in (("province", "省"), ("municipality", "市"), ("region", "区"))
        },
        media_after=tuple(data["media_after"]),
        landmarks_after=tuple(data["landmarks_after"]),
        weather_after=tuple(data["weather_after"]),
        weather_areas=tuple(data["weather_areas"]),
        ranked_before=tuple(data["ranked_before"]),
        ranked_after=tuple(data["ranked_after"]),
        firm_names=tuple(data["firm_names"]),
        firm_branches=tuple(data["firm_branches"]),
        school_names=tuple(data["school_names"]),
        school_name_breaks=tuple(data["school_name_breaks"]),
        town_never_after_place=tuple(data["town_never_after_place"]),
        scene_homes=tuple(data["scene_homes"]),
        local_words=tuple(data["local_words"]),
        conducted_after=tuple(data["conducted_after"]),
        arrival_before=tuple(data["arrival_before"]),
        event_places=tuple(data["event_places"]),
        held_in=tuple(data["held_in"]),
        located_at=tuple(data["located_at"]),
        joint_bodies=tuple(data["joint_bodies"]),
        branches=tuple(data["branches"]),
        visit_places=tuple(data["visit_places"]),
        to_date=tuple(data["to_date"]),
        own_area=tuple(data["own_area"]),
        organisations=tuple(back["organisations"]),
        # a body's name, not a bare body word ("学校…" refers back to the school visited)
        own_subject=re.compile(rf"{opening}(?!{bodies})[\u4e00-\u9fff]{{1,10}}?(?:{bodies})"),
        national=re.compile(
            rf"全国(?=(?:{alternation(data['national_scope'])})|\d|[一二三四五六七八九十两]+个)"
        ),
        national_seat=data["national_seat"],
        national_elsewhere=tuple(data["national_headline_elsewhere"]),
        country_words=tuple(data["country_words"]),
        national_body=re.compile(national_bodies),
        national_subject=re.compile(
            opening
            + rf"(?:{alternation(data['national_source_before'])})?"
            + national_bodies
            + rf"(?:(?:{alternation(data['national_source_after'])})[，,])?"
        ),
        capital_words=tuple(data["capital_words"]),
        capital_not_after=tuple(data["capital_not_after"]),
        capitals=dict(data["capitals"]),
        capital_provinces=tuple(data["capitals"]),
        partner_before=tuple(data["partner_before"]),
        partner_bodies=tuple(data["partner_bodies"]),
        several_after=tuple(data["several_after"]),
        region_scopes=tuple(data["region_scopes"]),
        province_aliases={k: tuple(ws) for k, ws in data["province_aliases"].items()},
        province_raising=tuple(data["province_raising"]),
        # "来源：" and "来源:" alike: whichever colon a page prints
        byline_words=tuple(w.rstrip("：:") for w in raw_cues()["segment"]["byline_words"]),
        caption_credits=tuple(raw_cues()["segment"]["caption_credits"]),
        caption_openers=tuple(raw_cues()["segment"]["caption_openers"]),
        destination_before=tuple(data["destination_before"]),
        excluded_before=tuple(data["excluded_before"]),
        excluded_after=tuple(data["excluded_after"]),
    )


@cache
def _person_titles() -> tuple[str, ...]:
    """Job titles written right before a person's name (秘书长, 主席 …)."""
    return tuple(raw_cues()["places"]["person_titles"])


@cache
def _action_words() -> re.Pattern:
    """Verbs of the cue lists (two characters or more), as one pattern: no town name holds one."""
    c = cues()
    words = {x.word for x in (*c.money_action_verbs, *c.person_actions)}
    words.update(w for w in c.item_words if w in raw_cues()["items"]["verbs"])
    words.update(raw_cues()["places"]["town_name_verbs"])
    words.update(raw_cues()["places"]["arrival_before"])  # "一行8人抵达大坝村": 大坝村
    return re.compile(alternation(w for w in words if len(w) >= 2))


@dataclass(frozen=True)
class Named:
    """A place named in the text: a gazetteer mention, a town, a scope word or a back-reference."""

    start: int
    end: int
    kind: str  # "gazetteer", "town", "scope", "back", "several" (a name followed by 等)
    place: Located | None  # for gazetteer and town mentions
    level: str = ""  # for scope words and back-references


def located(m: Mention, province: str | None) -> Located | None:
    """A gazetteer mention as a Located place inside `province` (None when elsewhere)."""
    place = resolve(m, province)
    if place is None:
        return None
    return _as_located(place, m)


def _as_located(place: Place, m: Mention) -> Located:
    g = gazetteer()
    if place.level == "province":
        return Located(g.full_province_name(place.province), "province")
    name = place.name if m.short or m.written in g.copy_spellings else m.written
    return Located(name, LEVEL[place.level], place.prefecture)


# The regiments of Xinjiang's production corps (七十六团, 一〇四团) are town-level places: a
# name of two to four numerals and 团 that the province's town list holds, or its number in
# Arabic digits (144团 for 一四四团), not a count of members (120团员).
_REGIMENT = re.compile(
    r"(?<![〇零一二三四五六七八九十百千])[〇零一二三四五六七八九十]{2,4}团"
    r"|(?<![\d.])\d{2,3}团(?![员队体委结购拜聚年])"
)
_NUMERAL_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


def _regiments(
    text: str, lo: int, hi: int, taken: list[tuple[int, int]], known: frozenset[str]
) -> list[Named]:
    """The corps regiments named in text[lo:hi] outside the `taken` ranges."""
    if not known or text.find("团", lo, hi) < 0:
        return []
    return [
        Named(m.start(), m.end(), "town", Located(m.group(), "town"))
        for m in _REGIMENT.finditer(text, lo, hi)
        if m.group().translate(_NUMERAL_DIGITS) in known
        and not any(a < m.end() and m.start() < b for a, b in taken)
    ]


def titles_a_town_of(title: str, province: str) -> bool:
    """Whether a headline names a town, street or corps regiment the province's list holds
    ("二二二团举行…", "某某镇开展…")."""
    known = known_towns(province)
    return any(n.place.name in known for n in towns(title, 0, len(title), [], known))


def towns(
    text: str,
    lo: int,
    hi: int,
    taken: list[tuple[int, int]],
    known: frozenset[str] = frozenset(),
    short: bool = False,
) -> list[Named]:
    """Town-level names (镇, 乡, 街道, 社区, 村) in text[lo:hi], outside the `taken` ranges;
    `known` are the province's town names, which bound a name the words before it run into
    ("来到挂钩点攀天阁乡": 攀天阁乡; "走进偏远山区塔城镇": 塔城镇), and with `short` find towns
    written without their suffix after their county (a headline's "农安县巴吉垒敬老院")."""
    v = _vocab()
    found = _regiments(text, lo, hi, taken, known)
    spans = Spans(taken)
    for m in _town_matches(text, lo, hi):
        start, end = m.start(), m.end()
        # "济村乡", "朝阳村社区": a suffix inside the name, the name's own suffix after it
        inner = text.startswith(v.suffixes, end) and not text.startswith(v.never, end - 1)
        if inner:
            end += next(len(s) for s in v.suffixes if text.startswith(s, end))
        if (start_known := _known_start(text, lo, end, known)) is not None and not (
            spans.overlaps(start_known, end)
        ):
            found.append(Named(start_known, end, "town", Located(text[start_known:end], "town")))
            continue
        # The name runs left from the suffix to a boundary character or a gazetteer name.
        stem_end = end
        for suffix in ("街道", "社区"):
            if text.endswith(suffix, start, end):
                stem_end = end - len(suffix)
                break
        else:
            stem_end = end - 1
        left = stem_end
        while left > lo and left > stem_end - 5:
            ch = text[left - 1]
            if not ("\u4e00" <= ch <= "\u9fff") or ch in v.boundaries:
                break
            if spans.overlaps(left - 1, left):  # a taken range holds or ends at left
                break
            if text.endswith(v.suffixes, lo, left) and left < stem_end:
                break  # "青年路街道五星路社区": the street ends where the community begins
            if text.endswith(v.street_short, lo, left) and stem_end - left >= 2:
                break  # "水果湖街东亭社区": 街 for 街道, a street's name before its community's
            left -= 1
        # "5年来东亭社区共募集…": the stem ran to the boundary 年, and its 来 closes the time
        left += next((len(w) - 1 for w in v.time_before_name if text.startswith(w, left - 1)), 0)
        # "其中李家村30户": the list's opening word is no part of the first item's name
        left += next((len(w) for w in v.list_openers if text.startswith(w, left, stem_end)), 0)
        stem = text[left:stem_end]
        if any(text.endswith(_person_titles(), lo, p) for p in (stem_end - 2, stem_end - 1)):
            continue  # "副会长兼秘书长林玉镇": a person's name right after a title, no town
        acted = [m.end() for m in _action_words().finditer(stem)]
        if not acted and _runs_on(text, lo, left, stem_end, v.boundaries, taken):
            # "羌纳乡西嘎门巴民俗村": a long name starts after the place before it; with no
            # place there ("爱心物资进山村") words run into the suffix, and no name starts
            left = _after_place_before(text, lo, left)
            if left < 0:
                continue
            stem = text[left:stem_end]
        if acted:
            if len(stem) - acted[-1] < 2:
                continue  # a verb, no name ("组织镇干部")
            # "入户走访昌珠镇", "棉被温暖拉加镇": the name starts after the verb before it
            left += acted[-1]
            stem = text[left:stem_end]
        joint = text[stem_end - 1 : stem_end + 1]  # 城乡, 助力乡村: a word across the suffix
        # right after a county's or city's name a stem is a town's name even before 干部 or 村
        # ("商南县青山镇干部…"), where alone it would be a word ("组织镇干部")
        after_place = len(stem) <= _TOWN_STEM_AFTER_PLACE and spans.ends_at(left)
        walled = after_place and joint in v.town_never_after_place
        if (
            len(stem) < 2
            or any(w in stem for w in v.never)
            # "天柱县凤城镇": right after a county's name, 城镇 across the suffix ends a name
            or (joint in v.never and not walled)
            # "微慈善进社区": going into one, no name
            or (text[left:end].endswith(v.never) and not walled)
            or (stem.endswith(v.suffixes) and not inner)
            or stem in v.suffixes  # "走进街道社区": kinds of place, no name
            or (text.startswith(v.not_after, end) and not after_place)
        ):
            continue
        if spans.overlaps(left, end):
            continue
        found.append(Named(left, end, "town", Located(text[left:end], "town")))
    if known and text.find("街", lo, hi) >= 0:
        found.extend(_streets_written_short(text, lo, hi, spans, found, known))
    if short and known and taken:
        found.extend(_towns_written_short(text, lo, hi, taken, found, known))
    return found


_TOWN_SHORT_STEM = (3, 2)  # the characters of a town's name without 镇/乡, longest first
_COUNTY_ENDS = "县市区旗"
_TOWN_ENDS = ("镇", "乡")  # the suffixes a town written short has dropped


def _towns_written_short(
    text: str,
    lo: int,
    hi: int,
    taken: list[tuple[int, int]],
    found: list[Named],
    known: frozenset[str],
) -> list[Named]:
    """Towns written without 镇/乡 right after their county's name, before a body of the town
    ("农安县巴吉垒敬老院": 巴吉垒镇), where the province's town list holds the name."""
    v = _vocab()
    named = Spans((n.start, n.end) for n in found)
    out: list[Named] = []
    for start, county_end in taken:
        if not (lo <= start and county_end < hi) or text[county_end - 1] not in _COUNTY_ENDS:
            continue
        for size in _TOWN_SHORT_STEM:
            end = county_end + size
            if not text.startswith(v.town_short_before, end) or named.overlaps(county_end, end):
                continue
            stem = text[county_end:end]
            full = next((stem + s for s in _TOWN_ENDS if stem + s in known), None)
            if full is not None:
                out.append(Named(county_end, end, "town", Located(full, "town")))
                break
    return out


_STREET_STEM = (4, 3, 2)  # the characters of a street office's name before 街, longest first


def _streets_written_short(
    text: str, lo: int, hi: int, taken: Spans, found: list[Named], known: frozenset[str]
) -> list[Named]:
    """Street offices written with 街 for 街道 ("鹤龙街16户、嘉禾街24户"): a name the province's
    town list holds as a 街道, outside the names already found."""
    named = Spans((n.start, n.end) for n in found)
    out: list[Named] = []
    at = text.find("街", lo, hi)
    while at >= 0:
        end = at + 1
        if not text.startswith("道", end):
            for size in _STREET_STEM:
                start = at - size
                full = text[start:at] + "街道"
                if start >= lo and full in known:
                    if not taken.overlaps(start, end) and not named.overlaps(start, end):
                        out.append(Named(start, end, "town", Located(full, "town")))
                    break
        at = text.find("街", end, hi)
    return out


def _town_matches(text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """The town pattern's matches in text[lo:hi], those `finditer` gives. A town name ends in a
    suffix and starts at most _TOWN_STEM characters before it: the pattern (slow to try at
    every character) is run from there, before each next suffix character."""
    v = _vocab()
    pos = lo
    while (suffix := v.town_suffix_start.search(text, pos, hi)) is not None:
        m = v.town.search(text, max(pos, suffix.start() - _TOWN_STEM), hi)
        if m is None:
            return
        yield m
        pos = m.end()


def _runs_on(
    text: str, lo: int, left: int, stem_end: int, boundaries, taken: list[tuple[int, int]]
) -> bool:
    """Whether the words before a town suffix ran the whole stem's length with no boundary:
    a Chinese character still stands before the longest stem, so where a name would start is
    unknown, and the words are a phrase ("物资进山村"), not a name."""
    if left != stem_end - _TOWN_STEM or left <= lo or any(b == left for _, b in taken):
        return False
    ch = text[left - 1]
    if text.endswith(_vocab().suffixes, lo, left) or ch in LEVEL_CHARS:
        return False  # "青石镇桐花幸福新村": the name starts after another place's suffix
    return "\u4e00" <= ch <= "\u9fff" and ch not in boundaries


_LONG_NAME_EXTRA = 3  # characters a long village or township name may have beyond _TOWN_STEM


def _after_place_before(text: str, lo: int, left: int) -> int:
    """Where a long name starts: right after a place's suffix, a level character or a word
    that bounds a name (为, 向 …) found within _LONG_NAME_EXTRA characters before `left`,
    else -1."""
    v = _vocab()
    for at in range(left - 1, max(lo, left - _LONG_NAME_EXTRA) - 1, -1):
        ch = text[at]
        if ch in v.boundaries:
            return at + 1  # "为西嘎门巴民俗村": the name starts after 为
        if not "\u4e00" <= ch <= "\u9fff":
            return -1  # "时，爱心物资进山村": a phrase runs from the mark, no name
        if text.endswith(v.suffixes, lo, at) or (at > lo and text[at - 1] in LEVEL_CHARS):
            return at
    return -1


_KNOWN_TOWN_MAX = 8  # the longest town name looked up


def _known_start(text: str, lo: int, end: int, known: frozenset[str]) -> int | None:
    """Where the longest known town name ending at `end` starts, if one does."""
    for start in range(max(lo, end - _KNOWN_TOWN_MAX), end - 2):
        if text[start:end] in known:
            return start
    return None


_UNKNOWN_COUNTY_MAX = 4  # the most characters of an unknown county's name before its suffix


def unknown_counties(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[Named]:
    """County-level places the gazetteer lacks (renamed or new districts: "潞州区总工会"): a
    name of two to four characters ending in 区/县/旗 right before a body of its own."""
    v = _vocab()
    found: list[Named] = []
    # The pattern (tried at every character) runs only from a few characters before the first
    # suffix and body it ends in, which a pattern opening with a class finds in C.
    ending = v.unknown_county_end.search(text, lo, hi)
    names = (
        v.unknown_county.finditer(text, max(lo, ending.start() - _UNKNOWN_COUNTY_MAX), hi)
        if ending
        else ()
    )
    for m in names:
        start, end = m.start(1), m.end(1)
        if any(a < end and start < b for a, b in taken):
            continue
        found.append(Named(start, end, "town", Located(m.group(1), "county")))
    # Both site patterns open with a look-behind (tried at every character): each is run only
    # where one of its words stands.
    if text.find("林", lo, hi) >= 0:
        found.extend(_sites(v.forest_area, text, lo, hi, taken, "county"))
    if any(text.find(w, lo, hi) >= 0 for w in v.works_words):
        found.extend(_sites(v.works_site, text, lo, hi, taken, "town"))
    return found


def _sites(
    pattern: re.Pattern, text: str, lo: int, hi: int, taken: list[tuple[int, int]], level: str
) -> list[Named]:
    """The places a site pattern names in text[lo:hi] (a forestry bureau, a mine), at `level`,
    but those overlapping a name already taken."""
    return [
        Named(m.start(1), m.end(1), "town", Located(m.group(1), level))
        for m in pattern.finditer(text, lo, hi)
        if not any(a < m.end(1) and m.start(1) < b for a, b in taken)
    ]


def counties_after_cities(
    text: str, hi: int, cities: list[Named], taken: list[tuple[int, int]]
) -> list[Named]:
    """County-level names the gazetteer lacks, written right after their city's
    ("大连市金普新区"): a named new area is one, a kind of area (城区, 辖区) is not.
    `cities` are gazetteer names of city level (their place is set)."""
    v = _vocab()
    found: list[Named] = []
    for city in cities:
        m = v.county_after_city.match(text, city.end, hi)
        if m is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        name = m.group(0)
        kind = next((k for k in v.area_kinds if name.endswith(k)), None)
        if kind is not None and not (kind == "新区" and len(name) >= 4):
            continue
        prefecture = city.place.prefecture or city.place.name
        found.append(Named(m.start(), m.end(), "town", Located(name, "county", prefecture)))
    return found


_MEDIUM_GAP = 2  # the most characters between a place and its paper's kind (黑龙江林业报)


def _names_a_medium(text: str, end: int) -> bool:
    """Whether the name ending at `end` is part of a paper's, site's or station's name ("湖南日报",
    "新疆平安网"): one of the media words starts within a few characters after it."""
    window = text[end : end + _MEDIUM_GAP + 4]
    return any(0 <= window.find(w) <= _MEDIUM_GAP for w in _vocab().media_after)


_SCHOOL_NAME = re.compile(r"[\u4e00-\u9fff]{0,14}")  # the rest of a school's name after its place


def opens_a_school(text: str, end: int) -> bool:
    """Whether the name ending at `end` opens a school's name ("宁夏医科大学", "宁夏葡萄酒与防沙
    治沙职业技术学院"): a school word ends the characters after it, with no scope word between."""
    rest = _SCHOOL_NAME.match(text, end).group(0)
    if not any(word in rest for word in _vocab().school_names):
        return False
    # 大学生, 中学生: students, not a school ("江西留守贫困大学生获资助" is the province's news)
    at = [
        found
        for word in _vocab().school_names
        if (found := rest.find(word)) >= 0 and not rest.startswith("生", found + len(word))
    ]
    return bool(at) and not any(word in rest[: min(at)] for word in _vocab().school_name_breaks)


def capital_place(body: str, province: str | None) -> Located | None:
    """The capital, for an article that names no place of its own but speaks of 省城 (a
    provincial paper's local news): "张刚大篷车…已累计为省城226户困难家庭送去年货"."""
    named = _capital_named(body, 0, len(body), province)
    return named[0].place if named else None


def _capital_named(text: str, lo: int, hi: int, province: str | None) -> list[Named]:
    """省城/省会 in text[lo:hi], each naming the province's capital city."""
    v = _vocab()
    capital = v.capitals.get(province or "")
    if capital is None:
        return []
    out = []
    for word in v.capital_words:
        at = text.find(word, lo, hi)
        while at >= 0:
            # "我省城乡困难群众", "全省城市低保", "湖南省城步县": 省 closes a scope word or a
            # province's name, and 城/会 opens the next word
            if not (
                text.startswith("城乡", at + len(word) - 1)
                or text.endswith(v.capital_not_after, lo, at)
                or text.endswith(v.capital_provinces, lo, at)
            ):
                place = Located(capital, "city", capital)
                out.append(Named(at, at + len(word), "gazetteer", place))
            at = text.find(word, at + len(word), hi)
    return out


def named_places(
    text: str,
    lo: int,
    hi: int,
    mentions: list[Mention],
    province: str | None,
    keep_venues: bool = False,
    headline: bool = False,
) -> list[Named]:
    """Every place the text names in [lo, hi): gazetteer names, towns, scope words, back-refs
    (with `keep_venues`, the places a ceremony was held in too; in a `headline`, towns written
    without 镇/乡 after their county too)."""
    v = _vocab()
    out: list[Named] = []
    kept: list[tuple[int, int]] = []
    origin = v.not_here_after
    several = v.several_after
    for m in mentions:
        if m.start < lo or m.end > hi:
            continue
        # 朝阳村, 长春路: a short city name written before a town or street suffix is a name part.
        if m.short and text.startswith(v.name_part_before, m.end):
            continue
        place = located(m, province)
        kept.append((m.start, m.end))
        if (
            place is None
            or text.startswith(origin, m.end)
            or text.endswith(v.destination_before, 0, m.start)
            or (
                text.endswith(v.excluded_before, 0, m.start)
                and text.startswith(v.excluded_after, m.end)
            )
            or (
                text.endswith(v.ranked_before, 0, m.start)
                and text.startswith(v.ranked_after, m.end)
            )
            or _weather_there(text, m.end)
            or (text.endswith(v.partner_before, 0, m.start) and opens_a_body(text, m.end, hi))
            or (place.level == "province" and _names_a_medium(text, m.end))
            or (place.level == "province" and text.startswith(v.landmarks_after, m.end))
            or text.startswith(v.firm_branches, m.end)
            or (place.level == "province" and _opens_a_body_name(text, m.end))
        ):
            # elsewhere, where a team set out from ("从西宁出发"), or a province's paper
            # ("湖南日报丨新宁…": a city's paper, 福州日报讯, does name its city's news)
            continue
        # "分发给玉树等受灾地区": a place followed by 等 stands for several places, as does one
        # opening a list closed by 等 whose other names the gazetteer finds only in headlines
        # ("儋州、屯昌、临高等8个市县"); a list of names it knows is read as a list.
        kind = "several" if text.startswith(several, m.end) else "gazetteer"
        if place.level != "province" and text.startswith("、", m.end):
            rest = _LISTED_SEVERAL.match(text, m.end, hi)
            if rest and not any(m.end < o.start < rest.end() for o in mentions):
                kind = "several"
        out.append(Named(m.start, m.end, kind, place))
    cities = [n for n in out if n.place is not None and n.place.level == "city"]
    out.extend(counties_after_cities(text, hi, cities, kept))
    kept.extend((n.start, n.end) for n in out if n.kind == "town")
    # a campaign's name in quotation marks (“微慈善进社区”) names no town
    quoting = any(text.find(q, lo, hi) >= 0 for q in "“《「")
    quoted = [m.span() for m in QUOTED_NAME.finditer(text, lo, hi)] if quoting else []
    found_towns = towns(text, lo, hi, kept + quoted, known_towns(province), short=headline)
    if found_towns:
        # "寄回松江区石湖荡镇" in a Yunnan story: a town written right after a place of another
        # province lies there, and so does every other mention of its name ("石湖荡镇采购了…")
        named = tuple({text[n.start : n.end] for n in found_towns})
        foreign = {
            town
            for m in mentions
            if text.startswith(named, m.end) and located(m, province) is None
            for town in named
            if text.startswith(town, m.end)
        }
        out.extend(n for n in found_towns if text[n.start : n.end] not in foreign)
    out.extend(unknown_counties(text, lo, hi, kept + [(n.start, n.end) for n in out]))
    out.extend(_capital_named(text, lo, hi, province))
    venues = [] if keep_venues else [m.span(1) for m in _vocab().venue.finditer(text, lo, hi)]
    # "位于武汉市江夏区的储备库": where a building lies (the pattern only where its words stand)
    if not keep_venues and any(text.find(w, lo, hi) >= 0 for w in v.site_words):
        venues += [m.span(1) for m in v.site.finditer(text, lo, hi)]
    if venues:  # "活动在静安区曹家渡街道社区文化中心举行启动仪式": where a ceremony was held
        out = [n for n in out if not any(a <= n.start and n.end <= b for a, b in venues)]
    # Scope words open with a few characters (全, 各, 我, 本): only those present are tried.
    present = frozenset(ch for ch in v.scope_openers if text.find(ch, lo, hi) >= 0)
    named = Spans((n.start, n.end) for n in out)
    scoped: set[int] = set()  # the characters of the scope words found so far
    for word, level in _scope_words(present):
        at = text.find(word, lo, hi)
        while at >= 0:
            if not named.covers(at) and at not in scoped:
                out.append(Named(at, at + len(word), "scope", None, level))
                scoped.update(range(at, at + len(word)))
            at = text.find(word, at + len(word), hi)
    for m in v.back.finditer(text, lo, hi):
        out.append(Named(m.start(1), m.end(1), "back", None, v.back_levels[m.group(1)]))
    if text.find(v.region_level, lo, hi) >= 0:
        for m in v.region_back.finditer(text, lo, hi):
            out.append(Named(m.start(1), m.end(1), "back", None, "province"))
    return sorted(out, key=lambda n: (n.start, -n.end))


_BODY_NAME_MAX = 12  # characters of a partner's name after its place ("彩虹桥志愿者协会")
# The rest of a list of short names after a place, closed by 等 or by how many places it names
# ("、屯昌、东方、临高等", "、溧阳、武进三地").
_LISTED_SEVERAL = re.compile(r"(?:、[\u4e00-\u9fff]{2,4}){1,15}(?:等|[两二三四五六七八九十]地)")


@cache
def _school() -> re.Pattern:
    """A school's own word (全校) or name (某某学院; not 中小学, not 大学生)."""
    data = raw_cues()["places"]
    endings = alternation(data["school_endings"])
    return re.compile(
        rf"{alternation(data['school_scope'])}|[\u4e00-\u9fff]{{2}}(?<!中)(?:{endings})(?!生)"
    )


def of_a_school(text: str, position: int, article_lo: int) -> bool:
    """Whether the figure's clause group is about a school (全校, 某某学院) and does not speak of
    the whole province: a school's figure, no province-wide one."""
    group_lo, _ = bounds(text, position, GROUP_MARKS, article_lo, position)
    if _school().search(text, group_lo, position) is None:
        return False
    whole = (word for word, level in _vocab().scope if level == "province")
    return not any(text.find(word, group_lo, position) >= 0 for word in whole)


def raised_by_the_province(text: str, position: int, names: list[Named], article_lo: int) -> bool:
    """Whether a body of the province is the last place named in the figure's clause group and
    a raising verb stands between it and the figure ("省慈善协会募集款物价值3000余万元", "甘肃省
    残疾人福利基金会共募集到…799万元"): money raised across the province."""
    group_lo, _ = bounds(text, position, GROUP_MARKS, article_lo, position)
    inside = [n for n in names if group_lo <= n.start and n.end <= position]
    if not inside:
        return False
    near = inside[-1]
    if near.kind == "back":
        body_end = near.end if near.level == "province" else -1
    elif near.kind == "gazetteer" and near.place is not None and near.place.level == "province":
        body_end = near.end if opens_a_body(text, near.end, position) else -1
    else:
        body_end = -1
    if body_end < 0 or any(ch in "，,；;：:" for ch in text[body_end:position]):
        return False  # the body is the subject of the figure's own clause
    return any(text.find(w, body_end, position) >= 0 for w in _vocab().province_raising)


@cache
def _body_giving() -> re.Pattern:
    """A body's name, a few words and a giving verb ("残疾人福利基金会先期捐赠")."""
    data = raw_cues()["places"]
    bodies = alternation([*data["partner_bodies"], *data["back_reference"]["organisations"]])
    return re.compile(
        rf"[\u4e00-\u9fff]{{0,{_BODY_NAME_MAX}}}?(?:{bodies})[\u4e00-\u9fff]{{0,4}}?"
        rf"(?:{alternation(data['giver_after'])})"
    )


def body_gives(text: str, end: int) -> bool:
    """Whether the place name ending at `end` opens the name of a body that gives ("浙江省残疾人
    福利基金会捐赠…"): the giver's place, not where the gift went."""
    return _body_giving().match(text, end) is not None


def opens_a_body(text: str, end: int, hi: int) -> bool:
    """Whether a body's name (协会, 公司 …) ends within a few characters after `end`, in the
    same clause: the place before it is part of that name."""
    tail = text[end : min(hi, end + _BODY_NAME_MAX)]
    cut = min((tail.find(ch) for ch in "，。；、" if ch in tail), default=len(tail))
    return any(w in tail[:cut] for w in _vocab().partner_bodies)


@cache
def _scope_words(openers: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The scope words (longest first) that open with one of `openers`."""
    return tuple((word, level) for word, level in _vocab().scope if word[0] in openers)


def _is_ancestor(upper: Located, lower: Located) -> bool:
    """Whether `upper` contains `lower` (a province holds all; a city its counties)."""
    if RANK[upper.level] >= RANK[lower.level]:
        return False
    if upper.level == "province":
        return True
    return bool(lower.prefecture) and lower.prefecture == upper.name


# A count between two places: digits, or a Chinese numeral with the unit it counts in.
_COUNT_IN_GAP = re.compile(r"\d|[一二两三四五六七八九十]+[户人名位家]")


def _joined(text: str, a: Named, b: Named, levels: tuple[Named, Named] | None = None) -> bool:
    """Whether two names of the same level are written as one list ("芗城区、龙文区慈善总会");
    with `levels`, the two names whose levels must match (the deepest of two runs of names)."""
    x, y = levels or (a, b)
    if a.place is None or b.place is None or x.place is None or y.place is None:
        return False
    if x.place.level != y.place.level or x.place.name == y.place.name:
        return False
    gap = text[a.end : b.start]
    if any(ch in GROUP_MARKS for ch in gap) or _COUNT_IN_GAP.search(gap):
        # "哈尔滨市2.1万户、齐齐哈尔市1.3万户", "祠堂村三户、洪庙村两户": each place has its own
        # figure; "…即项城市和商水县。其中，项城市…": a sentence's end closes any list
        return False
    # The gap may hold a short word before the joiner.
    return len(gap) <= 6 and any(gap.endswith(w) or gap.startswith(w) for w in _LIST_JOINERS)


def _list_around(names: list[Named], i: int, text: str) -> list[Named]:
    """The places listed together with names[i] ("濉溪县、相山区和杜集区"), in order; a place
    written after the places above it ("班庄镇朱范村和宋庄镇沙口村") is listed by its deepest
    name."""
    if names[i].kind not in ("gazetteer", "town", "several"):
        return [names[i]]
    lo, hi = _run(names, i)
    listed = [names[i]]
    while lo > 0 and names[lo - 1].kind in ("gazetteer", "town"):
        left_lo, _ = _run(names, lo - 1)
        left = _deepest(names, left_lo, lo - 1)
        if not _joined(text, names[lo - 1], names[lo], (left, listed[0])):
            break
        listed.insert(0, left)
        lo = left_lo
    while hi + 1 < len(names) and names[hi + 1].kind in ("gazetteer", "town"):
        _, right_hi = _run(names, hi + 1)
        right = _deepest(names, hi + 1, right_hi)
        if not _joined(text, names[hi], names[hi + 1], (listed[-1], right)):
            break
        listed.append(right)
        hi = right_hi
    # one place under two names ("伊犁州福彩中心和伊犁慈善总会": 伊犁州 and 伊犁 are one
    # prefecture) is no list of places
    return [
        n
        for k, n in enumerate(listed)
        if not any(_same_place(n.place, m.place) for m in listed[:k])
    ]


def _same_place(a: Located | None, b: Located | None) -> bool:
    """Whether two names name one place: the same name, or one prefecture-level city under
    two names (伊犁州, 伊犁哈萨克自治州)."""
    if a is None or b is None:
        return False
    if a.name == b.name:
        return True
    return a.level == b.level == "city" and bool(a.prefecture) and a.prefecture == b.prefecture


def _list_head(names: list[Named], listed: list[Named], article: Located) -> Located | None:
    """The place written right before the first of several listed places of one level, above
    them and below the article's place ("芦淞区大塘冲社区、龙泉社区"): the place they lie in."""
    at = names.index(listed[0])
    lo, _ = _run(names, at)
    if lo == at:
        return None
    head = _deepest(names, lo, at - 1).place  # "青海省海东市民和县中川乡清二村和先锋村": 中川乡
    if head is None:
        return None
    if any(_run(names, names.index(n))[0] != names.index(n) for n in listed[1:]):
        return None  # "子洲县某镇某村、横山县某镇某村": each in a place of its own
    levels = {n.place.level for n in listed if n.place is not None}
    if len(levels) != 1 or RANK[head.level] <= RANK[article.level]:
        return None
    return head if all(_depth(n.place) > _depth(head) for n in listed if n.place) else None


def _list_parent(names: list[Named], listed: list[Named], article: Located) -> Located | None:
    """The place several listed places lie in, when the article's own place is one of them or
    lies in one (an article led by a visit to one district, then "前往莆田市秀屿区、城厢区、
    仙游县等地"): the place written before the list, else the city all of them belong to."""
    places = _places_with_article(listed, article)
    if not places:
        return None
    at = names.index(listed[0])
    lo, _ = _run(names, at)
    head = names[lo].place
    if lo != at and head is not None and all(_is_ancestor(head, p) for p in places):
        return head
    prefectures = {p.prefecture for p in places}
    if len(prefectures) == 1 and all(p.level == "county" for p in places) and prefectures != {""}:
        city = prefectures.pop()
        return Located(city, "city", city)
    return None


def _places_with_article(listed: list[Named], article: Located) -> list[Located]:
    """The places of a list of two or more that holds the article's own place or one it lies
    in; [] for any other list."""
    places = [n.place for n in listed if n.place is not None]
    if len(places) < 2 or not any(
        p.name == article.name or _is_ancestor(p, article) for p in places
    ):
        return []
    return places


def _across_prefectures(listed: list[Named], article: Located) -> bool:
    """Whether listed cities or counties lie in more than one city, the article's own place
    being one of them or in one ("到哈尔滨市、黑河市、齐齐哈尔市三地")."""
    places = _places_with_article(listed, article)
    if not places or any(p.level not in ("city", "county") for p in places):
        return False
    cities = {p.name if p.level == "city" else p.prefecture for p in places}
    return "" not in cities and len(cities) > 1


def _run(names: list[Named], i: int) -> tuple[int, int]:
    """The first and last index of the names written one after the other around names[i]."""
    lo = hi = i
    while (
        lo > 0
        and names[lo - 1].kind in ("gazetteer", "town")
        and names[lo - 1].end == names[lo].start
    ):
        lo -= 1
    while (
        hi + 1 < len(names)
        and names[hi + 1].kind in ("gazetteer", "town")
        and names[hi].end == names[hi + 1].start
    ):
        hi += 1
    return lo, hi


def _depth(place: Located) -> int:
    """How specific a place is: its contract level, and inside the town level a village or
    community below the 镇, 乡 or 街道 it lies in ("小渡镇月山村")."""
    return 2 * RANK[place.level] + _a_village(place)


def _a_village(place: Located) -> bool:
    """Whether a town-level place is a village or community (月山村), not its 镇, 乡 or 街道."""
    return place.level == "town" and place.name.endswith(_vocab().village_suffixes)


def _deepest(names: list[Named], lo: int, hi: int) -> Named:
    """The most specific name of names[lo..hi] (the last of them at the deepest level)."""
    return max(names[lo : hi + 1], key=lambda n: (_depth(n.place), n.start))


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _respectively(text: str, listed: list[Named], position: int) -> Located | None:
    """ "南宁市、柳州市分别发放1.1亿元和0.6亿元": the k-th amount after 分别 is the k-th place's."""
    at = text.find("分别", listed[-1].end, position)
    if at < 0:
        return None
    k = len(_NUMBER.findall(text, at, position))
    return listed[k].place if k < len(listed) else None


def _respective_list(names: list[Named], inside: list[int], text: str) -> list[Named]:
    """Places of any level listed right before 分别 ("四川省总工会和甘孜州总工会分别拨付…"),
    in order; empty when the clause group has no such list."""
    listed: list[Named] = []
    for i in inside:
        n = names[i]
        if n.kind != "gazetteer" or n.place is None:
            continue
        if listed:
            gap = text[listed[-1].end : n.start]
            if len(gap) > 6 or any(ch.isdigit() for ch in gap) or not gap.endswith(_LIST_JOINERS):
                listed = []
        listed.append(n)
    if len(listed) < 2 or len({n.place.name for n in listed}) < len(listed):
        return []
    tail = text[listed[-1].end : listed[-1].end + 12]
    return listed if "分别" in tail else []


def _scope_place(
    level: str, article: Located, province_full: str, autonomous: bool, before: list[Named]
) -> Located:
    """全省 → the province; 全市/全区/全县 → the article's own place at that level, or, in a
    report about a higher place, the last place of that level it named (never the higher)."""
    if level == "province" or (level == "city" and province_full.endswith("市")):
        return Located(province_full, "province")  # 全市 in 北京, 上海, 天津, 重庆: the province
    if level == "county" and article.level == "province" and autonomous:
        return article  # 全区 in an autonomous region's own report
    if level == "city" and article.level == "county" and article.name.endswith("市"):
        return article  # 全市 in a county-level city's report (永安市): the city itself
    if RANK[level] < RANK[article.level]:
        # "在全市开展…" in a village's article: the city it last named, never the village; a
        # county-level city (安陆市) is a 市 too
        upper = [
            n.place
            for n in before
            if n.kind == "gazetteer"
            and (n.place.level == level or (level == "city" and _county_level_city_name(n.place)))
        ]
        if upper:
            return upper[-1]
        if level == "city" and article.prefecture:
            return Located(article.prefecture, "city")
    if RANK[level] > RANK[article.level]:
        return _back_place(level, before, article)
    return article


def _last_village(before: list[Named]) -> Located | None:
    """The village or community the article named last, which 全村 or 该社区 refers back to."""
    villages = _vocab().village_suffixes
    for n in reversed(before):
        place = n.place
        if place is not None and place.level == "town" and place.name.endswith(villages):
            return place
    return None


def _county_level_city_name(place: Located) -> bool:
    """Whether a county-level place is a city (安陆市, 永安市), which 全市 may stand for."""
    return place.level == "county" and place.name.endswith("市")


def _county_level_city(before: list[Named], article: Located) -> Located | None:
    """The article's own county-level city (桐城市, 永安市), which a bare 市 in its report
    refers back to, unless the report named a city of the prefecture's level since."""
    if not _county_level_city_name(article):
        return None
    named = [n.place for n in before if n.kind == "gazetteer" and n.place is not None]
    own = max((i for i, p in enumerate(named) if p.name == article.name), default=-1)
    # "潍坊新闻网…讯 …昌邑市开展了…。市委…": the paper's city named before the city itself
    return None if any(p.level == "city" for p in named[own + 1 :]) else article


def _national(
    text: str, group_lo: int, position: int, inside: list[Named], article: Located
) -> bool:
    """Whether a figure is the country's: 全国 before it with no place named between
    ("共向全国建档立卡贫困户赠送30万台"), or a national body opening its sentence in an
    article that states no place of its own ("全国总工会筹集了4000万资金" on a Beijing wire)."""
    v = _vocab()
    last = text.rfind("全国", group_lo, position)
    if last >= 0 and v.national.match(text, last):
        return not any(n.start > last for n in inside)
    if _across_many_provinces(text, group_lo, position):
        return True  # "6万个温暖包正在20多个省…发放": the country's, whatever province reports it
    # "各级团组织": the levels of whoever speaks, no place of the article's own
    placed = [n for n in inside if not (n.kind == "scope" and n.level == "article")]
    if placed or (article.level is not None and article.name != v.national_seat):
        return False  # a province's or city's article: a national body's grant is its share
    # Beijing's: where the national bodies sit, the place of their news ("…今天在北京启动")
    return v.national_subject.match(text, group_lo) is not None


# Where a thing was done, counted in provinces ("在20多个省（自治区、直辖市）发放", "在全国28个省份
# 开展"); from ten on the figure spans the country (a few provinces, "向藏川滇3省区", keep the
# article's; "124个省直单位", "58个省重点项目" count no provinces).
_PROVINCES_COUNTED = re.compile(
    r"在(?:全国)?(\d+|[一二三四五六七八九十]+)[多余]?个(?:省份|省区|省市|省(?=[（(、，,]))"
)
_MANY_PROVINCES = 10
_PROVINCES_REACH = 60  # characters after a figure its clause group may still count provinces in


def _across_many_provinces(text: str, group_lo: int, position: int) -> bool:
    """Whether the figure's clause group counts ten provinces or more."""
    reach = min(len(text), position + _PROVINCES_REACH)
    _, hi = bounds(text, position, GROUP_MARKS, group_lo, reach)
    return text.find("个省", group_lo, hi) >= 0 and any(
        parse_number(m.group(1)) >= _MANY_PROVINCES
        for m in _PROVINCES_COUNTED.finditer(text, group_lo, hi)
    )


def seat_province() -> str:
    """The province the national bodies sit in, by its short name (北京)."""
    return _vocab().national_seat[:-1]


def national_headline(title: str, title_places: list[Mention]) -> bool:
    """Whether a headline names a national body and no place, nor sends it anywhere ("民政部：
    前两月发放价格临时补贴16.9亿元"): the country's news, told from the seat, whatever provinces
    the body names as examples; read so only when the report comes without its province."""
    if title_places or _vocab().national_body.search(title) is None:
        return False
    return not any(word in title for word in _vocab().national_elsewhere)


def national_news(
    title: str, lead: str, body: str, full: str | None, body_places: list[Mention]
) -> bool:
    """Whether an article of the national seat's news is the country's: its headline or lead
    names a national body or the whole country ("记者9日从中华全国总工会了解到", "入冬以来我国
    取暖救助惠及…"), and it names nothing of the seat's own (a district of it in `body_places`;
    北京市, 市民政局, 本市, 首都 — a bare 北京 is the wire's or the venue's city)."""
    v = _vocab()
    if full != v.national_seat:
        return False  # every other province's article: nothing more to read
    seat = seat_province()
    if any(not m.short and any(c.province == seat for c in m.candidates) for m in body_places):
        return False
    opening = title + lead
    if not (v.national_body.search(opening) or any(w in opening for w in v.country_words)):
        return False
    bare = re.sub(rf"{seat}(?!{v.national_seat[-1]})", "", past_agency_datelines(title + body))
    return not states_province(bare, seat, v.national_seat)


def _back_place(level: str, before: list[Named], article: Located) -> Located:
    """The last place of `level` the article named before a back-reference ("市总工会"), or
    before a scope word ("下蜀镇…为全镇124户": the town)."""
    kinds = ("gazetteer", "town") if level == "town" else ("gazetteer",)
    if level == article.level == "city":
        return article  # 市慈善总会 in a city's own news, after a ranking of other cities
    for n in reversed(before):
        if n.kind in kinds and n.place is not None and n.place.level == level:
            return n.place
    if level == "city":
        # "州民政局" after naming 吉首: the city (州) that holds the county named.
        lower = [n.place for n in before if n.place is not None and n.place.level == "county"]
        holder = (lower[-1] if lower else article).prefecture
        if RANK[article.level] > RANK["city"] and holder:
            return Located(holder, "city")
        if lower and _county_level_city_name(lower[-1]) and article.level == "province":
            return lower[-1]  # "温岭市松门镇…为全市500名…": the county-level city named
        if lower and lower[-1].prefecture and article.level == "province":
            return Located(lower[-1].prefecture, "city")
    if RANK[level] > RANK[article.level]:
        # "市总工会…" in a province's report with no city named: some city, never the province.
        return Located(article.name, level, article.prefecture)
    return article


def _local_place(
    text: str, group_lo: int, position: int, article_lo: int, names: list[Named], article: Located
) -> Located | None:
    """The place 当地 ("当地民政部门已安排救灾资金201万元") points back to: the last place the
    article named before it, when that is below the article's own place."""
    if not any(w in text[group_lo:position] for w in _vocab().local_words):
        return None
    for i in range(len(names) - 1, -1, -1):
        n = names[i]
        if n.start < article_lo or n.end > group_lo or n.place is None:
            continue
        same_paragraph = text.find("\n", n.end, group_lo) < 0
        if (
            n.kind in ("gazetteer", "town")
            and RANK[n.place.level] <= RANK[article.level]
            and same_paragraph
        ):
            # "山南地区立即启动…。…当地300多名干部群众": the paragraph names the article's
            # place again after any lower one
            return None
        if n.kind in ("gazetteer", "town") and RANK[n.place.level] > RANK[article.level]:
            listed = _list_around(names, i, text)
            prefectures = {m.place.prefecture for m in listed if m.place is not None}
            if len(listed) > 1 and len(prefectures) == 1 and (city := prefectures.pop()):
                return Located(city, "city", city)  # "磴口县和乌拉特前旗": their city's
            return n.place
    return None


def _section_place(
    text: str, group_lo: int, article_lo: int, names: list[Named], article: Located
) -> Located | None:
    """The lower place the heading of a figure's section names ("襄阳为职工送上大礼包" over
    the paragraphs after it in a province's roundup), for a sentence that names none."""
    paragraph_start = text.rfind("\n", article_lo, group_lo)
    span = heading_before(text, article_lo, paragraph_start)
    if span is None or _is_caption(text[span[0] : span[1]]):
        return None  # a photo's caption is no heading ("图：某县某村慰问活动现场")
    start, end = span
    inside = [
        k
        for k in starting_within(names, start, end)
        if names[k].end <= end and names[k].kind in ("gazetteer", "town") and names[k].place
    ]
    if not inside:
        return None  # the nearest heading names no place: the article's
    place = _deepest(names, inside[0], inside[-1]).place
    return place if place is not None and _depth(place) > _depth(article) else None


def _deeper_than_named(moved: Located, named: list[Named]) -> bool:
    """Whether a place the figure's subject goes to lies below every place named before it in its
    clause group (the giver's: "湖南省福彩中心…一行12人来到安化县…")."""
    for n in named:
        if n.kind in ("gazetteer", "town") and n.place is not None:
            if RANK[n.place.level] >= RANK[moved.level]:
                return False
        elif n.kind not in ("back", "scope"):
            return False
    return True


def _weather_there(text: str, end: int) -> bool:
    """Whether the weather words after a place say the weather turned there ("北京气温骤降",
    "成都街头寒意弥漫"): a scene for the news."""
    v = _vocab()
    if text.startswith(v.weather_after, end):
        return True
    area = next((a for a in v.weather_areas if text.startswith(a, end)), None)
    return area is not None and text.startswith(v.weather_after, end + len(area))


def after_arrival(text: str, start: int) -> bool:
    """Whether a place at `start` is where visitors went: right after 来到, 走进 …, or after a
    word for the visitors' own point there ("来到团省委双联点某县某乡", "走进定点帮扶村——某村")."""
    return text.endswith(_vocab().arrival_before, 0, start) or (
        _arrival_point().search(text, max(0, start - _POINT_REACH), start) is not None
    )


_POINT_REACH = 24  # an arrival word, a body's name and its point word before the place


@cache
def _arrival_point() -> re.Pattern:
    """An arrival word, then a few characters naming the visitors' point, ending right there."""
    data = raw_cues()["places"]
    return re.compile(
        rf"(?:{alternation(data['arrival_before'])})[^，。；！？\n]{{0,10}}?"
        rf"(?:{alternation(data['visit_points'])})(?:——|—|：)?$"
        # "赶到市、县两级工会包扶的某县某镇某村": a modifier ending in 的 names whose point it is
        rf"|(?:{alternation(data['arrival_before'])})[^，。；！？\n的]{{2,14}}的$"
    )


def _arrived_at(text: str, position: int, names: list[Named], article: Located) -> Located | None:
    """The lower place the figure's own subject goes to in its clause ("20多名孩子来到某乡领取
    冬衣"), or in the next when that opens by going ("带着近7000件棉衣，来到某县某镇…"): the
    people or goods counted were there."""
    _, clause_hi = bounds(text, position, _CLAUSE_END, position, len(text))
    arrivals = _vocab().arrival_before
    if text[clause_hi : clause_hi + 1] in "，," and text.startswith(arrivals, clause_hi + 1):
        _, clause_hi = bounds(text, clause_hi + 1, _CLAUSE_END, clause_hi + 1, len(text))
    for i in starting_after(names, position):
        n = names[i]
        if n.place is None or n.kind not in ("gazetteer", "town"):
            continue
        if n.start >= clause_hi or not after_arrival(text, n.start):
            return None
        return _gone_to(text, names, i, article)
    return None


def _own_place_resumes(
    text: str, group_lo: int, article_lo: int, names: list[Named], article: Located
) -> bool:
    """Whether a sentence earlier in the figure's paragraph opens with the article's own place
    as its subject ("海东市民政局同时部署…"): what follows is the article place's again."""
    paragraph_lo = max(text.rfind("\n", article_lo, group_lo) + 1, article_lo)
    for k in starting_within(names, paragraph_lo, group_lo):
        n = names[k]
        if n.kind != "gazetteer" or n.place is None or n.place.name != article.name:
            continue
        if _opens_its_sentence(text, n, paragraph_lo):
            return True
    return False


def _opens_its_sentence(text: str, n: Named, paragraph_lo: int) -> bool:
    """Whether a place opens its sentence as the subject, after a date or 近日 at most
    ("青海省民政部门…", "1月5日，海东市民政局…")."""
    sentence_lo, _ = bounds(text, n.start, GROUP_MARKS, paragraph_lo, n.start)
    return _vocab().subject_opening.fullmatch(text[sentence_lo : n.start]) is not None


def _totals_places_counted(text: str, group_lo: int, position: int, inside: list[Named]) -> bool:
    """Whether the figure's clause opens with a total word after two or more places, each with
    its own count after it ("走访了鹤龙街16户、太和镇21户，共计37户"): a sum over them."""
    clause_lo, _ = bounds(text, position, _CLAUSE_END, group_lo, position)
    if clause_lo <= group_lo or starts_with(text, clause_lo, cues().each_totals) is None:
        return False
    places = [n for n in inside if n.kind in ("gazetteer", "town") and n.place is not None]
    if len({n.place.name for n in places}) < 2:
        return False  # "丹阳佛协资助…10000元，还慰问了丹阳市…，合计30000元": one place
    ends = [n.start for n in places[1:]] + [clause_lo]
    return all(_COUNT_IN_GAP.search(text, n.end, end) for n, end in zip(places, ends, strict=True))


def _gone_to(text: str, names: list[Named], i: int, article: Located) -> Located | None:
    """The place of the run of names opening at names[i], after a word of going ("来到某县某乡":
    the run's deepest place), when it lies below the article's place; None when the run is a
    list ("发送到甘孜、阿坝、凉山等20个市（州）": several places)."""
    hi = _run(names, i)[1]
    run = _deepest(names, i, hi)
    if text[run.end : run.end + 1] in _LIST_MARKS + "等":
        # "来到某镇东山村、柴兴村等4个村": villages listed after their town are the town's
        town = next((n for n in reversed(names[i : hi + 1]) if _a_town(n.place)), None)
        if town is None or not _a_village(run.place):
            return None
        run = town
    return run.place if _depth(run.place) > _depth(article) else None


def _paragraph_subject(
    text: str, group_lo: int, article_lo: int, names: list[Named], article: Located
) -> Located | None:
    """The lower place a sentence naming no place continues from earlier in its paragraph:
    where the visitors went ("慰问组来到某乡…。此次共走访…"), or, in a province's report,
    the place the previous sentence opened with ("哈尔滨市开展…。活动共发放…"). A sentence
    that speaks of a whole area (全省, 全市, 各县, 省慈善总会) ends the carry."""
    paragraph_lo = max(text.rfind("\n", article_lo, group_lo) + 1, article_lo)
    subject: Located | None = None
    reached: Located | None = None  # the last place of the run of names a visit went to …
    above: Located | None = None  # … and the place it lies in, when written before it
    arrival_end = -1  # the end of that run, while it lasts
    for k in starting_within(names, paragraph_lo, group_lo):
        n = names[k]
        # (a scope of level "article", 各县, counts the parts of the place spoken of)
        parts = subject is not None and (
            n.level == "article" or RANK.get(n.level, -1) >= RANK[subject.level]
        )
        if n.kind == "scope" and parts:
            continue  # "自贡市…各区县…对全市受灾群众…": the place just named, or its parts
        if n.kind == "scope" or (n.kind == "back" and n.level == "province"):
            subject, arrival_end = None, -1  # the paragraph speaks of a whole area again
            continue
        if n.kind not in ("gazetteer", "town") or n.place is None:
            continue
        if n.start <= arrival_end + 1 or after_arrival(text, n.start):
            adjacent = n.start == arrival_end
            listed = (
                not adjacent
                and n.start == arrival_end + 1
                and text[arrival_end] in _LIST_MARKS
                and reached is not None
                and above is not None
                and n.place.level == reached.level
            )
            arrival_end = n.end
            if listed:
                # "走进庙湾镇龙王庙村、大卢村和里湾村": several villages of one town, the town's
                subject = above if _depth(above) > _depth(article) else None
                continue
            above = reached if adjacent else None
            reached = n.place
            if _depth(n.place) > _depth(article):
                subject = n.place  # "来到大祥区罗市镇": the run's deepest place
            continue
        if _opens_its_sentence(text, n, paragraph_lo):
            # a sentence about another place ("青海省民政部门…") ends a visit's carry
            lower = RANK[n.place.level] > RANK[article.level]
            subject = n.place if lower else None
    return subject


# where an item's own figure starts: a number that is no date ("2018年台州市…共新增3.55亿元")
_ITEM_FIGURE = re.compile(r"(?<![0-9.])[0-9][0-9.]*+(?![年月日号时])")


def figure_place(
    text: str,
    position: int,
    article_lo: int,
    names: list[Named],
    article: Located,
    province_full: str,
    autonomous: bool,
    visited: Located | None = None,
) -> Located:
    """The place a figure at `position` is about (see the module docstring); `visited` is
    the lower place the article's lead went to (visited_place), which a sentence naming no
    place of its own is about."""
    group_lo, _ = bounds(text, position, GROUP_MARKS, article_lo, position)
    if article.level == "province" and _abbreviated_provinces().search(text, group_lo, position):
        return Located(article.name, None, article.prefecture)  # "向藏川滇3省区下拨…"
    inside = [i for i in starting_within(names, group_lo, position) if names[i].end <= position]
    inside_names = [names[i] for i in inside]
    moved = _arrived_at(text, position, names, article)
    if moved is not None and _deeper_than_named(moved, inside_names):
        return moved  # "省福彩中心一行12人来到某县某镇…": where the people counted went
    if _totals_places_counted(text, group_lo, position, inside_names):
        return article  # "走访了甲街16户、乙镇21户，共计37户": the sum over the places
    if _national(text, group_lo, position, inside_names, article):
        return Located(NATIONAL, None)
    if not inside:
        if continues_the_subject(text, group_lo, article_lo):
            # "…共新增慈善款物3.55亿元；拨出救助款物3.20亿元": the item before's subject pays,
            # the place it names before its own figure (not where it spent: "在玉树实施…")
            item_lo, _ = bounds(text, group_lo - 2, GROUP_MARKS, article_lo, group_lo - 1)
            first_number = _ITEM_FIGURE.search(text, item_lo, group_lo - 1)
            return figure_place(
                text,
                first_number.start() if first_number else group_lo - 1,
                article_lo,
                names,
                article,
                province_full,
                autonomous,
                visited,
            )
        if goes_on_from_before(text, group_lo, article_lo):
            # "这批物资包括棉被5000床…": the goods of the sentence before, and its place
            return figure_place(
                text, group_lo - 1, article_lo, names, article, province_full, autonomous, visited
            )
        if local := _local_place(text, group_lo, position, article_lo, names, article):
            return local
        if _vocab().own_subject.match(text, group_lo):
            return article  # "某药业工会设立…": the sentence has a subject of its own
        if visited and any(text.find(w, group_lo, position) >= 0 for w in _vocab().to_date):
            visited = None  # "至今…累计支出约38万元" after a lead's visit: the organiser's
        if visited and _own_place_resumes(text, group_lo, article_lo, names, article):
            visited = None  # "…来到南山镇…。海东市民政局同时部署…。目前已发放…": the city's
        return (
            _paragraph_subject(text, group_lo, article_lo, names, article)
            or _section_place(text, group_lo, article_lo, names, article)
            or visited
            or article
        )
    i = inside[-1]
    near = names[i]
    if near.kind == "scope" and near.level == "article":
        if len(inside) > 1 and names[inside[-2]].end >= near.start - 1:
            i = inside[-2]  # "全省各级工会": 全省 says whose levels
            near = names[i]
        else:
            return article  # "各县已向受灾群众发放…": the article's place as a whole
    if near.kind == "back" and near.level == "province":
        # 省慈善总会 in a city's article gives to the city, and on a visit to the place visited
        # ("…到某镇看望慰问。在某户家中，省慈善协会送去…")
        return _paragraph_subject(text, group_lo, article_lo, names, article) or article
    if near.kind in ("several", "gazetteer") and _several_provinces(names, i, text, article):
        # "民政部向江西、湖南、广西、贵州等省调运…": an allocation to several provinces, the
        # article's own share unstated: its province, but no province-wide figure
        return Located(article.name, None, article.prefecture)
    if near.kind == "several":
        listed = _list_around(names, i, text)
        # "前往莆田市秀屿区、城厢区、仙游县等地" in an article led by a visit to one of them
        if parent := _list_parent(names, listed, article):
            return parent
        receiving = text.endswith(_acted_on_markers(), group_lo, listed[0].start)
        lower = RANK[near.place.level] > RANK[article.level]
        listing = text.startswith("、", near.end) or after_arrival(text, listed[0].start)
        if listing and lower and not receiving:
            # "茂名、中山等市共发放…", "前往赞皇等地，为180多户…": a sum over some of the article
            # place's parts, as for a list of names the gazetteer knows (below)
            return Located(article.name, None, article.prefecture)
        return article
    if near.kind == "scope":
        if near.level == "province" and article.level != "province":
            # "在全省率先…" in a city's report: the province only when 全省 is the subject of
            # the figure's own clause.
            clause_lo, _ = bounds(text, position, "，,：:", group_lo, position)
            if near.start < clause_lo and not _subject_carried(text, near, group_lo, clause_lo):
                return article
        before = [n for n in names[:i] if n.start >= article_lo]
        village = text.endswith(_vocab().village_suffixes, near.start, near.end)
        if village and (named := _last_village(before)) is not None:
            return named  # "来到某镇某村…为全村249户": the village, not its town
        return _scope_place(near.level, article, province_full, autonomous, before)
    if near.kind == "back":
        if near.level == "city" and province_full.endswith("市"):
            return Located(province_full, "province")  # 市民政局 in a municipality
        before = [n for n in names[:i] if n.start >= article_lo]
        if text[near.start] == "市" and (city := _county_level_city(before, article)):
            return city  # 市民政局 in a county-level city's report (桐城市): the city itself
        return _back_place(near.level, before, article)
    respective = _respective_list(names, inside, text) if "分别" in text[group_lo:position] else []
    if respective:
        own = _respectively(text, respective, position)
        if own is not None:
            return own
    place = near.place
    if place is not None and place.name == article.name and visited and body_gives(text, near.end):
        return visited  # "省肢残人协会捐赠…" in a province's report of goods sent to one prefecture
    if place is None or place.name == article.name:
        return article
    if (upper := _upper_of_joint_levels(text, group_lo, near, province_full)) is not None:
        return upper
    listed = _list_around(names, i, text)
    if len(listed) > 1:
        own = _respectively(text, listed, position)
        if own is not None:
            return own
        # Several places together: when they did it ("兰州市、天水市和白银市共慰问…") a sum
        # over some of the article place's parts, named by the article's place but with no
        # level (neither the whole place nor one of its parts); when the article's own body did
        # it for them ("省应急厅向南平、宁德等地调拨…"), the article place's figure.
        first = listed[0].start
        receiving = text.endswith(_acted_on_markers(), group_lo, first)
        if (head := _list_head(names, listed, article)) is not None:
            return head  # "芦淞区大塘冲社区、龙泉社区合计30名": the district both lie in
        if (parent := _list_parent(names, listed, article)) is not None:
            return parent
        if _across_prefectures(listed, article):
            # "先后到哈尔滨市、黑河市、齐齐哈尔市三地发放…": a sum over parts of several cities,
            # named by their province but no province-wide figure
            return Located(province_full, None)
        if RANK[place.level] > RANK[article.level] and not receiving:
            return Located(article.name, None, article.prefecture)
        return article
    if _is_ancestor(place, article):
        if place.level == "province" and _served_there(text, near, position):
            return place  # "为宁夏5.43万户困难家庭送去…" in a township's story: the province's
        return article
    if body_gives(text, near.end) and not _is_ancestor(article, place):
        # "浙江省某基金会捐赠…", "兰州某公司捐赠…" in news of a place they are not in: a giver
        # from elsewhere, the gift is the news place's
        return article
    if text.startswith(_vocab().organisations, near.end):
        if any(word in text[near.end : position] for word in _vocab().own_area):
            return place  # "某区妇联…对辖区内40名孤困儿童": the body's own area
        # "市红十字会为38户…" after the visit to a village: the giver's place, not the figure's
        visited = _paragraph_subject(text, group_lo, article_lo, names, article) or article
        if RANK[visited.level] > RANK[place.level]:
            return visited
    return place


_SERVED_GAP = 16  # the most characters between a place served and a count in its clause


def _served_there(text: str, near: Named, position: int) -> bool:
    """Whether the place is whom the campaign served, what it got or its people counted right
    after it ("为宁夏5.43万户困难家庭", "向西藏调运1000顶帐篷、1万床棉被"), not a body that takes
    a gift in ("向湖南省捐赠善款30万元")."""
    between = text[near.end : position]
    return (
        text.endswith(cues().recipient_markers, 0, near.start)
        and len(between) <= _SERVED_GAP
        and not any(mark in between for mark in GROUP_MARKS + "，,")
        and not any(word in between for word in cues().donating)
    )


@cache
def _acted_on_markers() -> tuple[str, ...]:
    """What makes places written right after it those the article's body acted for or went
    to: a recipient marker ("向南平、宁德等地调拨…") or a verb of visiting or giving ("慰问儋州、
    屯昌等8个市县的…")."""
    c = cues()
    verbs = [v.word for v in (*c.person_actions, *c.money_action_verbs)]
    done = [verb + c.perfective for verb in verbs]  # "走访了"
    return tuple(sorted({*c.recipient_markers, *verbs, *done}, key=len, reverse=True))


def _subject_carried(text: str, near: Named, group_lo: int, clause_lo: int) -> bool:
    """Whether a whole area (全省) opens a clause whose subject the clauses up to the figure's
    go on with, each opening with a verb ("全省各级团组织已慰问…，发放慰问金53万元")."""
    opened_at, _ = bounds(text, near.start, "，,：:", group_lo, near.start)
    if opened_at != near.start:
        return False  # "在全省率先…": a comparison, not the subject
    verbs = _clause_verbs()
    for at, ch in enumerate(text[near.end : clause_lo - 1], near.end):
        if ch in "，," and not text.startswith(verbs, at + 1):
            return False
    return text.startswith(verbs, clause_lo)


@cache
def _clause_verbs() -> tuple[str, ...]:
    """The words a clause going on with the subject before it opens with: a money or person
    action verb, alone or after 并, 还, 又, 共, 已, 累计 …"""
    c = cues()
    words = [v.word for v in (*c.money_action_verbs, *c.person_actions)]
    before = ["", *raw_cues()["places"]["carried_clause_openers"]]
    return tuple(sorted({b + w for b in before for w in words}, key=len, reverse=True))


def _upper_of_joint_levels(
    text: str, group_lo: int, near: Named, province_full: str
) -> Located | None:
    """The upper of two levels that act together ("自治区、呼和浩特市两级工会", "省、长沙市两级
    慈善会"): the levels are listed from the top, and the first one's place holds the other."""
    if near.place is None or not text.startswith(_vocab().joint_levels, near.end):
        return None
    before = text[group_lo : near.start].rstrip("、和与及")
    if before.endswith(("省", "自治区")) and province_full:
        return Located(province_full, "province")
    prefecture = near.place.prefecture
    if before.endswith("市") and near.place.level == "county" and prefecture:
        return Located(prefecture, "city", prefecture)
    return None


def _several_provinces(names: list[Named], i: int, text: str, article: Located) -> bool:
    """Whether names[i], the article's province, closes or opens a list of provinces ("向江西、
    湖南、贵州等省调运…", "北京、辽宁、湖北等省接收…"): the others are no names of the article
    (they lie elsewhere), so the text right before and after it is read."""
    near = names[i]
    if article.level != "province" or near.place is None or near.place.name != article.name:
        return False
    before = text[max(0, near.start - _PROVINCE_NAME_MAX - 2) : near.start]
    joiner = next((j for j in _LIST_JOINERS if before.endswith(j)), None)
    if joiner is not None and before[: -len(joiner)].endswith(_province_names()):
        return True
    joiner = next((j for j in _LIST_JOINERS if text.startswith(j, near.end)), None)
    return joiner is not None and text.startswith(_province_names(), near.end + len(joiner))


_PROVINCE_NAME_MAX = 8  # 宁夏回族自治区


@cache
def _abbreviated_provinces() -> re.Pattern:
    """Two or more provinces by their one-character names, then a count of provinces; or a
    count of provinces alone ("中西部地区14个省415家福利院", "十几个省（区、市）")."""
    chars = "".join(raw_cues()["places"]["province_abbreviations"])
    return re.compile(
        rf"[{chars}]{{2,}}(?:\d+|[两三四五六七八九十]+)个?省"
        r"|(?<![\d.])(?:[2-9]|[1-9]\d)多?个省(?![级委直会内外])"
        r"|[两三四五六七八九十]+[几余多]?个省(?![级委直会内外])"
    )


@cache
def _province_names() -> tuple[str, ...]:
    """Every province's short and full name."""
    g = gazetteer()
    return tuple({*g.province_full, *g.province_full.values()})


def article_place(
    title_names: list[Named],
    lead_names: list[Named],
    attribution_names: list[Named],
    province_full: str | None,
    title_text: str = "",
    lead_text: str = "",
) -> Located | None:
    """The place governing an article: the most specific of the first run of names in the
    headline, else in the lead sentence (全省 there: the province), else in the attribution
    (an agency often attributes a lower place's news: the lead names the place itself)."""
    lead_names = [
        n
        for n in lead_names
        if not _in_dateline(lead_text, n) and not _site_of_a_facility(lead_text, n)
    ]
    lead_names = _past_paper_tag(lead_text, lead_names)
    # a dateline taken for the headline of a page that has none ("中新网广州2月5日电")
    title_names = _past_channel_tag(
        title_text, [n for n in title_names if not _in_dateline(title_text, n)]
    )
    # "第二届“广东扶贫济困日”，汕头市…活动启动": a place inside a campaign's quoted name is the
    # campaign's owner; a place the lead names outside quotes says where the news is
    quoted = [m.span() for m in QUOTED_NAME.finditer(lead_text)] if "“" in lead_text else []
    if quoted:
        outside = [n for n in lead_names if not any(a <= n.start < b for a, b in quoted)]
        if any(n.kind in ("gazetteer", "town") for n in outside):
            if province_full and _province_campaign_held_in_city(lead_text, lead_names, outside):
                return Located(province_full, "province")
            lead_names = outside
    sources = ((title_names, title_text), (lead_names, lead_text), (attribution_names, ""))
    region_wide = False
    for names, text in sources:
        run = _first_run(names, text)
        if names is title_names and _wire_label(title_text, run):
            continue  # "河南：爱心超市…": an agency's label over a lower place's story
        if run is not None and run.kind != "scope" and text:
            run = _branch_place(text, names, run) or run
        if names is title_names and run is not None and run.kind != "scope":
            run = _event_place(title_text, names, run) or run
            if (finer := _abbreviated_in_title(title_text, run, lead_names, lead_text)) is not None:
                return finer  # "泉港前黄…" over "泉港区前黄镇…": the lead's town, abbreviated
            if province_full and _province_held_in_city(title_text, names, run):
                return Located(province_full, "province")
        if run is None:
            continue
        if run.kind == "scope":
            if run.level == "province" and province_full:
                return Located(province_full, "province")
            if (own := _one_place_of_level(names, run.level)) is not None:
                return own  # "按照全县…的要求，富平县基督教会…走进全县…": the county it names
            region_wide = region_wide or (
                run.level == "county" and text[run.start : run.end] in _vocab().region_scopes
            )
            continue
        return run.place
    if region_wide and province_full and province_full.endswith("自治区"):
        return Located(province_full, "province")  # "我区…" naming no place: the region's news
    return None


def _abbreviated_in_title(
    title: str, run: Named, lead_names: list[Named], lead: str
) -> Located | None:
    """The lead's lower place when the headline names it by its bare name right after the
    headline's own place ("泉港前黄新春…" over a lead opening "泉港区前黄镇…"): headlines
    drop the suffixes of both, so the headline's place is the lead's town."""
    finer = _first_run(lead_names, lead)
    if finer is None or finer.kind == "scope" or run.place is None:
        return None
    if _depth(finer.place) <= _depth(run.place) or finer.place.level != "town":
        return None
    name = finer.place.name
    stem = _town_stem(name)
    # "竹山县文峰乡、官渡镇": towns named in full are the headline's own run's
    bare_only = stem and title.startswith(stem, run.end) and not title.startswith(name, run.end)
    return finer.place if bare_only else None


@cache
def _new_area() -> re.Pattern:
    """A development zone or new area opening a headline ("经开区开展…", "秦汉新城冬季…")."""
    suffixes = alternation(raw_cues()["places"]["new_area_suffixes"])
    return re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?(?:{suffixes})")


def new_area_place(title: str) -> Located | None:
    """The zone a headline opens with when the gazetteer lacks it: a county-level place of
    its own (经开区, 秦汉新城), for an article that names no other place."""
    m = _new_area().match(title)
    return Located(m.group(0), "county") if m else None


def venue_place(title: str, mentions: list[Mention], province: str | None) -> Located | None:
    """Where a headline's meeting or ceremony was held ("市总工会在雁江区丹山镇召开…座谈会"),
    for an article that names no other place: the only place its figures can be given."""
    spans = [m.span(1) for m in _vocab().venue.finditer(title)]
    names = [
        n
        for n in named_places(title, 0, len(title), mentions, province, keep_venues=True)
        if n.place is not None and any(a <= n.start and n.end <= b for a, b in spans)
    ]
    return max(names, key=lambda n: RANK[n.place.level]).place if names else None


def continued_place(body: str, previous: Located | None) -> Located | None:
    """The place of the item before on the same page, for an item that names no place but
    speaks of an area of that place's level ("全市共慰问贫困残疾人6321名" after a city's item)."""
    if previous is None or previous.level not in ("city", "county"):
        return None
    words = [w for w, level in _vocab().scope if level == previous.level]
    return previous if any(w in body for w in words) else None


def province_body_lead(lead_names: list[Named], province_full: str | None) -> Located | None:
    """The province, for an article whose lead names no place but opens with a body of the
    province's ("近日，省应急厅会同省财政厅下拨了…"): the province's own work, whichever
    county's site reposts it."""
    first = lead_names[0] if lead_names else None
    if first is None or first.kind != "back" or first.level != "province" or not province_full:
        return None
    return Located(province_full, "province")


def province_body_headline(
    title_names: list[Named], lead_names: list[Named], province_full: str | None
) -> Located | None:
    """The province, for an article whose headline names no place but opens with a body of the
    province's ("省民政厅…发放取暖救助金", on a city's site), unless the lead names a lower
    body or scope ("记者从市民政局了解到，我市…"): then the province's money is a city's news."""
    if any(n.kind in ("back", "scope") and RANK.get(n.level, 0) > 0 for n in lead_names):
        return None
    return province_body_lead(title_names, province_full)


def unnamed_body_place(
    title_names: list[Named], province_full: str | None, title: str = ""
) -> Located | None:
    """A headline about a lower body that names no place ("县总工会开展…", "市、区妇联走访…"):
    some county (or city) of the province, never the province itself."""
    back = next((n for n in title_names if n.kind == "back" and n.level != "province"), None)
    level = back.level if back is not None else None
    if level is None and (joint := _vocab().joint_back.search(title)) is not None:
        level = _vocab().back_levels[joint.group(1)]
    if level in (None, "province") or not province_full:
        return None
    if level == "city" and province_full.endswith("市"):
        return None  # 市慈善总会 in 重庆, 天津 …: the municipality's own body
    return Located(province_full, level)


@cache
def _hometown_words() -> tuple[str, ...]:
    """Words after a place that name where people or a team come from, not where the news is
    (商会, 籍, 援 …: "兰州商会", "定西籍职工", "福建援疆")."""
    return tuple(raw_cues()["places"]["hometown_after"])


_BATCH = re.compile(r"第[一二三四五六七八九十百\d]+批")  # "第十批援藏工作队": a team's batch


def from_elsewhere(text: str, end: int, start: int | None = None) -> bool:
    """Whether the place ending at `end` (and starting at `start`, when given) names where
    people or a team come from (兰州商会, 定西籍, 福建援疆, 来自江苏省的…, 毕节市在穗务工…), also
    past the team's batch number ("广东省第十批援藏工作队")."""
    if start is not None and text.endswith(_origin_words(), 0, start):
        return True
    batch = _BATCH.match(text, end)
    return (
        text.startswith(_hometown_words(), batch.end() if batch else end)
        or _working_away().match(text, end) is not None
    )


@cache
def _working_away() -> re.Pattern:
    """在, a short place name and a verb of working right after a place ("毕节市在穗务工"): its
    people work elsewhere."""
    return re.compile(
        rf"在[\u4e00-\u9fff]{{1,3}}?(?:{alternation(raw_cues()['places']['working_away_after'])})"
    )


@cache
def _origin_words() -> tuple[str, ...]:
    """Words before a place that say people come from it (来自)."""
    return tuple(raw_cues()["places"]["origin_before"])


def firm_headline(title: str) -> bool:
    """Whether a headline is about a firm's own body ("公司工会开展春节送温暖活动"): its news is
    somewhere in the province, never the province's, whatever province bodies visit or give
    to the firm in the body."""
    return title.startswith(_vocab().firm_openers)


_BRANCH_GAP = 10  # the most characters of a body's name between its place and its branch's


def _branch_place(text: str, names: list[Named], run: Named) -> Named | None:
    """The lower place of a body's branch right after the run ("上海市老年基金会嘉定区代表处")."""
    if run.place is None:
        return None
    for n in names:
        if n.start <= run.end or n.start - run.end > _BRANCH_GAP:
            continue
        lower = n.place is not None and RANK[n.place.level] > RANK[run.place.level]
        joined = not any(ch in GROUP_MARKS + "，、" for ch in text[run.end : n.start])
        if lower and joined and text.startswith(_vocab().branches, n.end):
            return n
    return None


def _event_place(title: str, names: list[Named], run: Named) -> Named | None:
    """A lower place the headline puts the event in ("省慈善总会…在浏阳启动",
    "市红十字会到某县某村开展…"), after the first place it names, the organiser's."""
    if run.place is None:
        return None
    v = _vocab()
    for k, n in enumerate(names):
        if n.start <= run.start or n.kind not in ("gazetteer", "town") or n.place is None:
            continue
        # A province's organiser puts its event where it is held ("…在浏阳启动"); a lower one
        # only where it goes ("市红十字会到某村…"): "市…活动在某县启动" is a city's campaign.
        markers = v.event_places if run.place.level == "province" else v.visit_places
        held = title.endswith(v.held_in, 0, n.start)
        if run.place.level == "province" and n.place.level == "city" and held:
            continue  # "省慈善协会…在西安启动": a province's campaign launched in a city
        # "…在武陵源区开展春节走访慰问活动": an activity carried out there is a visit there
        conducted = held and title.startswith(v.conducted_after, n.end)
        lower = _depth(n.place) > _depth(run.place)
        if lower and (title.endswith(markers, 0, n.start) or conducted):
            there = _first_run(names[k:])  # "到融安县古兰村": the run's deepest place
            return there if there is not None and there.place is not None else n
    return None


def held_there(text: str, start: int) -> bool:
    """Whether the place starting at `start` is named as where something happens (日前在福建
    晋江…): the news is there, even when a body named after it reads like a hometown's."""
    return text.endswith(_vocab().held_in, 0, start)


def _province_held_in_city(title: str, names: list[Named], run: Named) -> bool:
    """Whether a headline's province body holds its event in a city ("省慈善总会…在长沙启动"):
    the first place named is a city, after 在/于, and a bare 省 body stands before it."""
    if run.kind != "gazetteer" or run.place is None or run.place.level != "city":
        return False
    province_body = any(
        n.kind == "back" and n.level == "province" and n.end <= run.start for n in names
    )
    return province_body and title.endswith(_vocab().held_in, 0, run.start)


def _one_place_of_level(
    names: list[Named], level: str, kinds: tuple[str, ...] = ("gazetteer",)
) -> Located | None:
    """The one place of a level that names of `kinds` hold (a lead speaking of 全县 and naming
    one county), or None when they name none or several."""
    found = {
        n.place.name: n.place
        for n in names
        if n.kind in kinds and n.place is not None and n.place.level == level
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _province_campaign_held_in_city(text: str, names: list[Named], outside: list[Named]) -> bool:
    """Whether a lead's quoted campaign is the province's own and is held in a city
    ("“…西藏自治区一线职工慰问活动”今天在拉萨举行"): the province's campaign, not the city's."""
    first = outside[0]
    return (
        first.place is not None
        and first.place.level == "city"
        and text.endswith(_vocab().held_in, 0, first.start)
        and any(
            n.place is not None and n.place.level == "province" for n in names if n not in outside
        )
    )


@cache
def _agency_dateline() -> re.Pattern:
    """A national agency's dateline ("新华社成都12月8日电", "人民网银川12月17日电"), or a
    paper's own dateline from a provincial capital ("本报乌鲁木齐12月17日电"), where provincial
    and national papers sit."""
    agencies = alternation(raw_cues()["places"]["national_agencies"])
    capitals = alternation(
        sorted({c.removesuffix("市") for c in _vocab().capitals.values()}, key=len, reverse=True)
    )
    return re.compile(
        rf"(?:(?:{agencies})[\u4e00-\u9fff]{{1,8}}?|本报(?:{capitals})市?)\d{{1,2}}月\d{{1,2}}日(?:电|讯)"
    )


@cache
def _paper_tag_after() -> re.Pattern:
    """What follows a city's name in a paper's tag opening a lead: "商洛日报讯", "本报济南讯",
    "本报鹤岗1月26日电", "安康日报记者"."""
    media = alternation(raw_cues()["places"]["city_media"])
    return re.compile(rf"市?(?:{media})?(?:讯|电|记者|\d{{1,2}}月\d{{1,2}}日(?:电|讯))")


def _past_paper_tag(text: str, names: list[Named]) -> list[Named]:
    """The lead's names past a paper's tag that names its city ("商洛日报讯（记者）近日，柞水县
    柴庄镇…"), when the next name is a place inside that city opening its clause, the subject
    of the news: the paper's city is where it sits, that place where the news is. A tag
    followed by no such place still places ("…讯 昨天，市总工会来到市南区…")."""
    if len(names) < 2 or names[0].place is None or names[0].place.level != "city":
        return names
    tag = names[0]
    line_start = text.rfind("\n", 0, tag.start) + 1
    if any(mark in text[line_start : tag.start] for mark in "，。；,"):
        return names
    if not _paper_tag_after().match(text, tag.end):
        return names
    subject = names[1]
    if subject.place is None or subject.place.prefecture != tag.place.name:
        return names
    clause_lo, _ = bounds(text, subject.start, CLAUSE_MARKS, 0, subject.start)
    return names[1:] if not text[clause_lo : subject.start].strip() else names


_CHANNEL_TAGS = {"[": "]", "【": "】", "〔": "〕", "［": "］"}


def _past_channel_tag(title: str, names: list[Named]) -> list[Named]:
    """The headline's names past a site's channel tag in brackets that opens it ("[连云港市]寒冬
    时节灌云红会送来慰问"), when a place inside the tag's place follows: the channel is the
    site's section, the place after it where the news is."""
    close = _CHANNEL_TAGS.get(title[:1])
    end = title.find(close) if close else -1
    if end < 0 or not names or names[0].place is None or names[0].end > end:
        return names
    tag = names[0].place.name
    after = [n for n in names if n.start > end]
    inside = any(n.place is not None and n.place.prefecture == tag for n in after)
    return after if inside else names


def _site_of_a_facility(text: str, name: Named) -> bool:
    """Whether a name stands in a clause that says where a facility lies ("位于武汉市东西湖区的
    武汉救灾物资储备中心库里"): after 位于 in its clause."""
    clause_lo, _ = bounds(text, name.start, CLAUSE_MARKS, 0, name.start)
    # a plain look at the few characters before the name: a cue query would index the whole
    # lead, which no other rule asks about
    before = text[clause_lo : name.start]
    return any(word in before for word in _vocab().located_at)


_DATELINE_REST = 18  # characters of a dateline after a name in it: a name, the date, 电


def _in_dateline(text: str, name: Named) -> bool:
    """Whether a name of the lead stands in a national agency's dateline, or a paper's own
    from a provincial capital, which names where the story was filed from, not where it
    happened; a paper's dateline from another city ("本报鹤岗1月26日电") names its bureau's own
    area and is kept."""
    line_start = text.rfind("\n", 0, name.start) + 1
    # the date may follow another name ("新华社云南鲁甸10月30日电": 云南 is in it too)
    for m in _agency_dateline().finditer(text, line_start, name.end + _DATELINE_REST):
        if m.start() <= name.start and name.end <= m.end():
            return True
    return False


def without_agency_datelines(text: str, names: list[Named]) -> list[Named]:
    """The names of an article's text but those inside a national agency's dateline ("新华社
    乌鲁木齐1月2日电"): the bureau it was filed from places none of the figures after it."""
    if not names:
        return names
    lo, hi = names[0].start, names[-1].end
    spans = [m.span() for m in _agency_dateline().finditer(text, max(0, lo - 8), hi)]
    if not spans:
        return names
    return [n for n in names if not any(a <= n.start and n.end <= b for a, b in spans)]


def past_agency_datelines(text: str) -> str:
    """The text with national agencies' datelines blanked ("新华社北京2月9日电"): the city a
    wire was filed from states no place of its news."""
    return _agency_dateline().sub(lambda m: " " * len(m.group(0)), text)


def _wire_label(title: str, run: Named | None) -> bool:
    """Whether a headline opens with a province's name and a colon ("河南：…"): an agency's
    label for where the story comes from, which the lead then places."""
    return (
        run is not None
        and run.place is not None
        and run.place.level == "province"
        and run.start == 0
        and title.startswith(("：", ":"), run.end)
    )


def _first_run(names: list[Named], text: str = "") -> Named | None:
    """The most specific named place of the first run of adjacent names; when the run lists
    several places of that level ("海西州的都兰、乌兰两县"), the most specific place above them.
    Two bodies joined by 暨 ("吉林省暨长春市总工会") end the run: the first is the organiser."""
    run: list[Named] = []
    last_end = -1
    several = _vocab().several_after
    for n in names:
        if n.kind in ("back", "several") or n.end <= last_end:
            continue  # … or a shorter reading of the name before ("积石山县", "积石山")
        if n.kind == "town" and text.startswith(several, n.end):
            continue  # "某县某镇等4个乡镇": the county, not one of its towns
        if run and (n.start - last_end > 2 or text[last_end : n.start] in _vocab().joint_bodies):
            break
        if n.kind == "scope":
            if not run:
                return n
            break
        run.append(n)
        last_end = n.end
    if not run:
        return None
    deepest = max(_depth(n.place) for n in run)
    lowest = [n for n in run if _depth(n.place) == deepest]
    if len({n.place.name for n in lowest}) > 1:
        above = [n for n in run if _depth(n.place) < deepest]
        if above:
            return max(above, key=lambda n: _depth(n.place))
        # "在井冈山、万安、遂川、永新4个县(市)": the one city they all lie in; places of several
        # cities, none above them, name no one place
        cities = {n.place.prefecture for n in lowest}
        if len(cities) == 1 and "" not in cities and lowest[0].place.level == "county":
            city = cities.pop()
            return replace(lowest[0], place=Located(city, "city", city))
        return None
    return lowest[-1]


def visited_place(body: str, lead_names: list[Named], article: Located) -> Located | None:
    """The lower place a province's article goes to in its lead ("团省委…来到天祝县西大滩乡
    开展慰问"): a province's organiser whose event is held lower places the event there; so
    do a county's lead visit to one of its towns and a city's to a town or a village."""
    if article.level not in ("province", "city", "county"):
        return None
    for i, n in enumerate(lead_names):
        if n.place is None or n.kind not in ("gazetteer", "town"):
            continue
        if after_arrival(body, n.start):
            gone = _gone_to(body, lead_names, i, article)  # several places: the province's
            if article.level == "county" and not _a_town(gone):
                # a county's lead visit to a town places what follows there ("县残联来到某镇
                # 走访…共慰问了73户"); one to a village or a home is a scene, the totals after
                # it the county's
                return None
            if article.level == "city" and (gone is None or gone.level != "town"):
                # a city's visit to a county is one stop of a tour (前往某县走访…), its totals
                # the city's; one to a town or a village is the story (活动走进某区某镇某村)
                return None
            return gone
    return None


def sent_to(
    title: str, mentions: list[Mention], article: Located, province: str | None
) -> Located | None:
    """The one lower place a province's headline sends its goods to ("…启动暖冬活动 爱心物资
    送往海南州"): where what the article counts went, as a lead visit's place is."""
    if article.level != "province":
        return None
    sent = {
        place.name: place
        for m in mentions
        if title.endswith(_vocab().destination_before, 0, m.start)
        and (place := located(m, province))
        and _depth(place) > _depth(article)
    }
    return next(iter(sent.values())) if len(sent) == 1 else None


def _a_town(place: Located | None) -> bool:
    """Whether a place is a town, township or street office (not a village or community)."""
    return place is not None and place.level == "town" and not _a_village(place)


def household_scene(body: str, lead_end: int, lead_names: list[Named]) -> bool:
    """Whether a lead opens on one household's home in a village or community ("记者来到玛多县
    玛查理镇玛查理村尼什吉的家中"): a feature's scene, whose places are not the article's."""
    run = _first_run(lead_names, body)
    if run is None or run.kind != "town":
        return False
    return any(body.find(word, run.end, lead_end) >= 0 for word in _vocab().scene_homes)


def lead_sentence(body: str) -> tuple[int, int]:
    """The lead: the body's first sentence, after an opening quotation of someone's words
    ("“今天就收到了慰问金……”王奶奶说。") that news stories often begin with; a sentence that
    goes on after the quotation without saying who spoke ("“谢谢你们……”这几天，感谢信从某县
    寄回…。") is the lead from there."""
    start = len(body) - len(body.lstrip())
    while (line_end := body.find("\n", start)) >= 0 and _byline(body[start:line_end]):
        start = line_end + 1
        while start < len(body) and body[start].isspace():
            start += 1
    if body.startswith("“", start):
        closing = body.find("”", start)
        if closing >= 0:
            end = bounds(body, closing, _LEAD_MARKS)[1]
            # the sentence ends by saying who spoke ("…”王奶奶激动地说。"); a 道 inside a word
            # (八角街道) says nothing
            spoken = body[closing + 1 : end].rstrip("：:，,").endswith(_vocab().speech_verbs)
            # "“这个冬天很温暖！”" on a line of its own: a quotation set above the story
            alone = not body[closing + 1 : end].strip(_QUOTE_LINE_END)
            start = min(end + 1, len(body)) if spoken or alone else closing + 1
            while alone and start < len(body) and body[start].isspace():
                start += 1
    return start, bounds(body, start, _LEAD_MARKS)[1]


_LEAD_MARKS = "。！？\n"  # what ends a lead sentence
_QUOTE_LINE_END = " \t。！？!?…"  # what may close a quotation standing as a line of its own
_BYLINE_MAX = 60  # a byline line is short ("2008年01月30日 来源:某日报 作者:某某 某某")


def _byline(line: str) -> bool:
    """Whether a line only says when, where from or by whom a story was written: a short line
    with a byline word (来源, 作者, 记者) and no sentence mark; the lead is the line after it."""
    v = _vocab()
    if _is_caption(line):
        return True
    if len(line) > _BYLINE_MAX or any(mark in line for mark in "，,。；;！？!?"):
        return False
    return any(word in line for word in v.byline_words)


_CREDIT_MAX = 16  # characters of a photo credit at a caption's end ("本报记者 某某某 摄")


def _is_caption(line: str) -> bool:
    """Whether a line captions a photo: it opens with a caption mark ("（图）李会长到某地…",
    "图为…") or ends with a photographer's credit ("…踊跃解囊。本报记者 某某 摄")."""
    v = _vocab()
    line = line.strip()
    return line.startswith(v.caption_openers) or (
        line.endswith(v.caption_credits) and any(w in line[-_CREDIT_MAX:] for w in v.byline_words)
    )


def caption_lines(body: str) -> list[tuple[int, int]]:
    """The spans of the lines of `body` that caption a photo: what a picture shows, no statement
    of whose news the article is."""
    v = _vocab()
    if not any(w in body for w in (*v.caption_openers, *v.caption_credits)):
        return []  # most bodies hold no caption: one scan per word, not one per line
    spans = []
    start = 0
    for line in body.split("\n"):
        if _is_caption(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def byline_place(masthead: str, body: str, province: str | None) -> Located | None:
    """The place of the source a dateline or byline names between the headline and the lead
    ("来源：福州市民政局 发布时间：…"), for an article whose headline, lead and attribution name
    none: the body whose own work the page reports."""
    for source in source_names(masthead, body):
        place = publisher_place(source, province)
        if place is not None and place.level != "province":
            return place  # a province's name ("上海嘉定") says no more than the headline's
    return None


def source_names(masthead: str, body: str) -> list[str]:
    """The names of the sources a dateline or byline gives between the headline and the lead
    ("来源：秀山网 发布时间：…" → 秀山网)."""
    start = len(body) - len(body.lstrip())
    while (line_end := body.find("\n", start)) >= 0 and _byline(body[start:line_end]):
        start = line_end + 1
        while start < len(body) and body[start].isspace():
            start += 1
    return [m.group(1) for m in _SOURCE_NAMED.finditer(masthead + "\n" + body[:start])]


# "来源：福州市民政局": the source's name, up to the next space
_SOURCE_NAMED = re.compile(r"来源[：:][ \t\u3000]*([^\s]+)")


def publisher_place(publisher: str, province: str | None) -> Located | None:
    """The place a publisher names ("阳新县融媒体", "廊坊日报"), for an article whose headline,
    lead and attribution name none: a local outlet reports its own place's work."""
    # a publisher's name is where a place is expected: a county without 县/市 too (石狮日报)
    mentions = gazetteer().mentions(publisher or "", counties=True)
    found = [p for m in mentions if (p := located(m, province))]
    if not found:
        return None
    deepest = max(RANK[p.level] for p in found)
    names = {p.name for p in found if RANK[p.level] == deepest}
    return next(p for p in found if RANK[p.level] == deepest) if len(names) == 1 else None


def lower_than_province(publisher: str, province: str | None) -> Located | None:
    """The place a publisher names when it lies below its province ("阳新县融媒体"); a
    province's own outlet (中国网·四川) says only the province, which the body may narrow."""
    place = publisher_place(publisher, province)
    return place if place is not None and place.level != "province" else None


def sole_county(names: list[Named]) -> Located | None:
    """The one county an article's body names, more than once and beside no city or other
    county ("…携手大邑县社会关爱援助中心…对大邑县辖区内的…"), for an article whose headline,
    lead and publisher name no lower place: the county's news."""
    if any(n.kind == "gazetteer" and n.place and n.place.level == "city" for n in names):
        return None
    county = _one_place_of_level(names, "county")
    named = sum(1 for n in names if n.kind == "gazetteer" and n.place == county)
    return county if county is not None and named > 1 else None


def titled_town(title: str, names: list[Named]) -> Located | None:
    """The town or village of the body whose name, without its suffix, the headline holds
    ("鲤南扶贫协会新春慰问" over "位于仙游鲤南镇…的鲤南扶贫协会"): a local body named after its
    town, for an article whose headline, lead and attribution name no place."""
    for n in names:
        if n.kind != "town" or n.place is None:
            continue
        stem = _town_stem(n.place.name)
        if stem and stem in title:
            return n.place
    return None


_TOWN_STEM_MIN = 2  # a one-character stem ("新镇" → 新) says nothing


def _town_stem(name: str) -> str:
    """A town's or village's name without its suffix (前黄镇 → 前黄), as headlines write it;
    "" when it has no suffix or too short a stem to say anything."""
    stem = next((name.removesuffix(s) for s in _vocab().suffixes if name.endswith(s)), "")
    return stem if len(stem) >= _TOWN_STEM_MIN else ""


def own_city(text: str, names: list[Named], province: str | None) -> Located | None:
    """The one city an article names, for an article that names no place where one is
    expected but speaks of its city as its own (我市, 全市: "我市“慈善一日捐”…", then
    "汕头慈善总会" in the body): a city paper's local news."""
    if province in _MUNICIPALITIES:
        return None  # a municipality's 全市 is the province itself
    if not any(w in text for w, level in _vocab().scope if level == "city"):
        return None
    named = _one_place_of_level(names, "city", kinds=("gazetteer", "several"))
    if named is not None or any(n.place and n.place.level == "city" for n in names):
        return named
    # "我市共有5000户…，其中海勃湾区、乌达区各1500户": a paper that never names its own city
    # but names its districts: the city they all lie in
    holders = {
        n.place.prefecture
        for n in names
        if n.kind == "gazetteer" and n.place is not None and n.place.level == "county"
    }
    holder = next(iter(holders)) if len(holders) == 1 else None
    return Located(holder, "city") if holder else None


_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_REGIONS = ("内蒙古", "广西", "西藏", "宁夏", "新疆")


def states_province(text: str, province: str | None, full: str | None) -> bool:
    """Whether an article's text names its province or speaks of it as a whole (全省, 省民政厅;
    全市 for a municipality, 全区 for an autonomous region)."""
    if not province:
        return False
    if _names_outside_media(text, full or province) or _names_outside_media(text, province):
        return True
    kind = (
        "municipality"
        if province in _MUNICIPALITIES
        else ("region" if province in _REGIONS else "province")
    )
    v = _vocab()
    if any(w in text for w in v.province_aliases.get(province, ())):
        return True  # "首都各界…": Beijing by the name the news gives it
    return any(w in text for w in v.province_words[kind]) or bool(v.own_body[kind].search(text))


def _names_outside_media(text: str, name: str) -> bool:
    """Whether `name` stands in the text other than inside a newspaper's, a site's, a firm's or
    a school's name ("（黑龙江林业报 2015年2月13日）" credits the paper, "广东联泰集团" names a
    giver, "浙江某某学院" a school: they say nothing about the province)."""
    v = _vocab()
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (
            any(m in text[end : end + 6] for m in v.media_after) or _opens_a_body_name(text, end)
        ):
            return True
        at = text.find(name, at + 1)
    return False


def _opens_a_body_name(text: str, end: int) -> bool:
    """Whether the place name ending at `end` opens the name of a body it says nothing about:
    a firm's, a private charity's or a school's ("广东某某集团", "甘肃某某公益慈善中心",
    "宁夏医科大学")."""
    return (
        _opens_firm_name(text, end) or _opens_charity_name(text, end) or opens_a_school(text, end)
    )


def _opens_firm_name(text: str, end: int) -> bool:
    """Whether the place name ending at `end` opens a firm's name: the first body word in the
    rest of its clause is a firm's ("山东某某医药连锁有限公司捐赠"), not an office's or a
    society's ("山东省民政厅联合某公司")."""
    tail = text[end : end + _BODY_NAME_MAX + 2]
    cut = min((tail.find(ch) for ch in "，,。；;、：:" if ch in tail), default=len(tail))
    tail = tail[:cut]
    firm = min((i for w in _firm_words() if (i := tail.find(w)) >= 0), default=None)
    if firm is None:
        return False
    other = min((i for w in _non_firm_bodies() if (i := tail.find(w)) >= 0), default=len(tail))
    return firm < other


_CHARITY_OWN_NAME = 2  # the fewest characters of a charity's own name ("新星", "阳光")


@cache
def _charity_name() -> re.Pattern:
    """A private charity's name after its place: a name of its own, a charity word, and the body
    word closing it ("新星公益慈善中心", "阳光义工社"; not "福彩公益金", "省公益慈善联合会")."""
    v = raw_cues()["places"]
    return re.compile(
        rf"([\u4e00-\u9fff]{{{_CHARITY_OWN_NAME},6}}?)(?:{alternation(v['charity_names'])})"
        rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(v['charity_bodies'])})(?!会)"
    )


def _opens_charity_name(text: str, end: int) -> bool:
    """Whether the place name ending at `end` opens a private charity's name, with no office's
    or society's word in its own name ("甘肃新星公益慈善中心", not "甘肃省慈善总会公益部")."""
    found = _charity_name().match(text, end)
    if found is None:
        return False
    own = found.group(1)
    return not own.startswith(("省", "市", "自治区")) and not any(
        w in own for w in _non_firm_bodies()
    )


@cache
def _firm_words() -> tuple[str, ...]:
    """Words that end a firm's or a firm branch's name (公司, 集团, 分行 …)."""
    v = _vocab()
    return (*v.firm_names, *v.firm_branches)


@cache
def _non_firm_bodies() -> tuple[str, ...]:
    """Names of bodies that are no firm: offices, societies, schools (民政, 协会, 学校 …)."""
    data = raw_cues()["places"]
    bodies = [*data["partner_bodies"], *data["back_reference"]["organisations"]]
    return tuple(b for b in bodies if b not in _vocab().firm_names)
