"""Place names of China (provinces, prefectures, counties) and how a text mentions them.

The gazetteer `data/places.csv` lists the administrative divisions with their province; it
was derived from the adcode table of the MIT-licensed `cpca` package (see data/NOTICE).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from etl.extraction.cues import alternation, raw_cues
from etl.extraction.scan import Matcher
from etl.extraction.script import to_simplified
from etl.paths import PLACES_FILE, TOWNS_FILE

LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}
# Province short names as officials write them (新疆, 广西, 内蒙古 …) come from the table;
# prefecture names without 市 are also matched, except everyday words (cues.yml places).
_SHORT_PROVINCE = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}
WHOLE_PROVINCE = ("全省", "全区", "省级", "省本级")


QUOTED_NAME = re.compile(r"“[^“”\n]*”|《[^《》\n]*》|「[^「」\n]*」")


@dataclass(frozen=True)
class Place:
    """An administrative division."""

    name: str
    level: str
    province: str
    prefecture: str


@dataclass(frozen=True)
class Mention:
    """A place name found in a text."""

    start: int
    end: int
    written: str
    candidates: tuple[Place, ...]
    short: bool

    @property
    def level(self) -> str:
        return self.candidates[0].level


@cache
def _short_vocab() -> tuple[frozenset[str], re.Pattern]:
    """Everyday words that are never short names, and the peoples of autonomous areas."""
    data = raw_cues()["places"]
    peoples = alternation(data["peoples"])
    # Xinjiang writes the one people of a name without 族 (伊犁哈萨克自治州, 巴音郭楞蒙古自治州);
    # only the last people may lack it, or 长白朝鲜族 would lose its 白
    autonomous = re.compile(rf"(?:(?:{peoples})族)*(?:{peoples})族?自治(?:州|县)$")
    return frozenset(data["short_name_never"]), autonomous


def _autonomous_short(name: str) -> str | None:
    """湘西土家族苗族自治州 → 湘西, 互助土族自治县 → 互助 (None for other names)."""
    _, peoples = _short_vocab()
    short = peoples.sub("", name)
    return short if short != name and len(short) >= 2 else None


class Gazetteer:
    """Lookup of place names with a single compiled matcher."""

    def __init__(self, places: list[Place]):
        never, _ = _short_vocab()
        self.by_name: dict[str, list[Place]] = {}
        self.province_full: dict[str, str] = {}
        for p in places:
            self.by_name.setdefault(p.name, []).append(p)
        # Counties keep becoming county-level cities (祁阳县 → 祁阳市): accept the new name too;
        # and districts and county-level cities that were counties (密云区, once 密云县; 宁乡市,
        # once 宁乡县) by their old name, where no county still bears it.
        for p in places:
            if p.level == "county" and p.name.endswith("县") and len(p.name) >= 3:
                self.by_name.setdefault(p.name[:-1] + "市", []).append(p)
        for p in places:
            old_name = p.name[:-1] + "县"
            was_county = p.level == "county" and p.name.endswith(("区", "市")) and len(p.name) >= 3
            if was_county and old_name not in self.by_name:
                self.by_name[old_name] = [p]
            if p.level == "county" and (auto := _autonomous_short(p.name)):
                self.by_name.setdefault(auto + "县", []).append(p)  # 芷江县, as written
            if p.level == "province":
                self.province_full[p.province] = p.name
        # Other former names (蓟县 → 蓟州区, 文登市 → 文登区): listed, since a district's stem
        # with 市 is often part of a word ("顺德城市网" holds 德城市).
        names = raw_cues()["places"]
        for old_name, current in (*names["former_names"].items(), *names["abbreviations"].items()):
            if old_name not in self.by_name:
                self.by_name[old_name] = list(self.by_name.get(current, []))
        self.short: dict[str, list[Place]] = {}
        # cities whose short name is an everyday word: named only before their own media's name
        self.media_short: dict[str, list[Place]] = {}
        provinces_short = {_province_short(p.name) for p in places if p.level == "province"}
        for p in places:
            if p.level == "province":
                short = _province_short(p.name)
                self.short.setdefault(short, []).append(p)
            elif p.level == "prefecture":
                short = re.sub(r"(市|地区)$", "", p.name)
                if auto := _autonomous_short(p.name):
                    short = auto
                    self.by_name.setdefault(auto + "州", []).append(p)  # 湘西州, as written
                if short != p.name and len(short) >= 2 and short not in never:
                    self.short.setdefault(short, []).append(p)
                elif short in never and short not in provinces_short:
                    self.media_short.setdefault(short, []).append(p)
        # Names officials write for a place the table names otherwise (新疆兵团).
        for alias, full in raw_cues()["places"]["aliases"].items():
            for p in self.by_name.get(full, []):
                self.short.setdefault(alias, []).append(p)
        # Counties without 县/市 (浏阳, 吉首): looked for only where a place is expected.
        self.county_short: dict[str, list[Place]] = {}
        # … and those whose short name is an everyday word (同心, 互助): only right after the
        # name of their province or city ("宁夏同心工作组").
        self.guarded_county_short: dict[str, list[Place]] = {}
        for p in places:
            if p.level != "county" or p.name.endswith("区"):
                continue
            short = _autonomous_short(p.name) or p.name[:-1]
            if len(short) < 2 or short in self.short or short in self.by_name:
                continue
            chosen = self.guarded_county_short if short in never else self.county_short
            chosen.setdefault(short, []).append(p)
        # names as the Simplified copy writes them, reported by their own spelling
        self.copy_spellings = _add_names_as_simplified(self.by_name)
        self.copy_spellings |= _add_names_as_simplified(self.county_short)
        self._counties = Matcher(self.county_short)
        self._guarded_counties = Matcher(self.guarded_county_short)
        self._short_of_county = {
            p.name: short for short, ps in self.county_short.items() for p in ps if len(ps) == 1
        }
        # Districts without 区 (历下慈善总会, 市北慈善): their short names are everyday words
        # too often (城关, 和平, 新华), so they count only right before a body's name, right
        # after their city's, after a word of going there, or where the article writes the
        # district in full.
        self.district_short: dict[str, list[Place]] = {}
        known = set(self.by_name) | set(self.short) | set(self.county_short)
        for p in places:
            if p.level == "county" and p.name.endswith("区") and len(p.name) >= 3:
                short = p.name[:-1]
                if short not in never and short not in known:
                    self.district_short.setdefault(short, []).append(p)
        self._districts = Matcher(self.district_short)
        self._bodies = tuple(raw_cues()["places"]["back_reference"]["organisations"])
        # A conjunction and a level character (和县): after another word it joins that word
        # to a body of that level ("人武部和县中队") rather than name the county.
        self._conjunction_names = frozenset(
            n for n in self.by_name if len(n) == 2 and n[0] in _CONJUNCTIONS and n[1] in LEVEL_CHARS
        )
        self._generic_districts = frozenset(raw_cues()["places"]["generic_districts"])
        self._went_to = re.compile(alternation(raw_cues()["places"]["county_after_in_body"]))
        self._media = tuple(raw_cues()["places"]["city_media"]) if self.media_short else ()
        self._names = set(self.by_name) | set(self.short)
        # One automaton over every name: a single pass finds the longest name at each place.
        self._automaton = Matcher(self._names)

    def mentions(
        self,
        text: str,
        counties: bool = False,
        names: list[Mention] | None = None,
        confirmed: frozenset[str] = frozenset(),
    ) -> list[Mention]:
        """Every place name in `text`, longest match first, left to right; with `counties`, also
        counties written without 县/市 (for a headline or a lead), else such a county only right
        after a word of being or going there (in a body). `names` are the names of
        `text` when a scan of a longer text found them already (a lead cut at its sentence
        end: no name holds 。, so the longer scan matches the same there). `confirmed` are
        full names written elsewhere in the article: a district's short name is one of them
        wherever it stands ("万州下拨…" over a body naming 万州区)."""
        found = list(names) if names is not None else []
        for last, word in self._automaton.iter_long(text) if names is None else ():
            start = last + 1 - len(word)
            if word in self._conjunction_names and _after_a_word(text, start):
                continue  # "县人武部和县中队": 和 joins two bodies, it names no 和县
            if word in self._generic_districts and not self._after_its_city(found, start, word):
                continue  # "尧都区城区8个街道": an urban area, no district named 城区
            exact = word in self.by_name
            places = self.by_name[word] if exact else self.short[word]
            found.append(Mention(start, last + 1, word, tuple(places), not exact))
        if names is None and self._media:
            found = self._before_city_media(text, found)
        if counties and self.county_short:
            taken = [(m.start, m.end) for m in found]
            # a campaign's or document's name in quotation marks ("红十字博爱送万家") uses
            # words that are also short county names; they name no place there
            taken += [m.span() for m in QUOTED_NAME.finditer(text)]
            for last, word in self._counties.iter_long(text):
                start = last + 1 - len(word)
                # "五大连池", "峨眉山": a city's short name inside a county's is part of it
                inner = [
                    m
                    for m in found
                    if start <= m.start and m.end <= last + 1 and m.short and m.written != word
                ]
                if inner and len(inner) == sum(a < last + 1 and start < b for a, b in taken):
                    found[:] = [m for m in found if m not in inner]
                    taken[:] = [(a, b) for a, b in taken if not (start <= a and b <= last + 1)]
                # right after its own province's name ("《爱心飞向湖南隆回》") a short county
                # name names the county even in quotation marks, as the province name does
                after_province = self._right_after_its_province(
                    found, start, self.county_short[word]
                )
                if after_province or not any(a < last + 1 and start < b for a, b in taken):
                    places = tuple(self.county_short[word])
                    found.append(Mention(start, last + 1, word, places, True))
                    taken.append((start, last + 1))
            found.extend(self._counties_after_their_areas(text, found, taken))
            for last, word in self._guarded_counties.iter_long(text):
                start = last + 1 - len(word)
                guarded = self.guarded_county_short[word]
                if self._right_after_its_city(
                    found, start, guarded
                ) or self._right_after_its_province(found, start, guarded):
                    found.append(Mention(start, last + 1, word, tuple(guarded), True))
                    taken.append((start, last + 1))
            for last, word in self._districts.iter_long(text):
                start = last + 1 - len(word)
                free = not any(a < last + 1 and start < b for a, b in taken)
                # before a body's name ("历下慈善总会"), or right after its own city's name
                # ("深圳罗湖：年夜饭送万名职工")
                if free and (
                    text.startswith(self._bodies, last + 1)
                    or self._right_after_its_city(found, start, self.district_short[word])
                    or any(p.name in confirmed for p in self.district_short[word])
                ):
                    places = tuple(self.district_short[word])
                    found.append(Mention(start, last + 1, word, places, True))
            found.sort(key=lambda m: m.start)
        elif self.county_short:
            # In a body, a county written without 县/市 names it where people go or work there
            # ("在连城共投入…", "来到东阳、永康开展…"): right after a word of going or being there
            # (looked up where those words stand, not scanned for over the whole body).
            added = False
            taken = {m.start for m in found}
            for there in self._went_to.finditer(text):
                start = there.end()
                # … and the counties listed after it ("在南安、德化两地开展…")
                while (word := self._county_at(text, start)) and start not in taken:
                    # a district too ("来到富阳"), where no body or city is named with it
                    places = tuple(self.county_short.get(word) or self.district_short[word])
                    found.append(Mention(start, start + len(word), word, places, True))
                    added = True
                    start += len(word)
                    if not text.startswith(_COUNTY_LIST_JOINERS, start):
                        break
                    start += 1
            if added:
                found.sort(key=lambda m: m.start)
        return found

    def with_short_forms(self, text: str, found: list[Mention]) -> list[Mention]:
        """`found` with the short forms (石林) of counties `text` names in full (石林彝族自治县)
        elsewhere: once named, a county is written short anywhere in the body, not only where
        a place is expected. A short form that goes on into a longer name (石林镇) is none."""
        shorts = {
            short: m.candidates
            for m in found
            if not m.short and (short := self._short_of_county.get(m.written))
        }
        if not shorts:
            return found
        taken = [(m.start, m.end) for m in found]
        added = []
        for short, places in shorts.items():
            at = text.find(short)
            while at >= 0:
                end = at + len(short)
                if not any(a < end and at < b for a, b in taken) and not text.startswith(
                    _GOES_ON_INTO_A_NAME, end
                ):
                    added.append(Mention(at, end, short, places, True))
                at = text.find(short, end)
        return sorted(found + added, key=lambda m: m.start) if added else found

    def _before_city_media(self, text: str, found: list[Mention]) -> list[Mention]:
        """`found` with the cities named by an everyday word right before their own media's name
        ("安康新闻网讯"), in text order."""
        added = []
        for at in sorted(_occurrences(text, self._media)):
            for n in _COUNTY_SHORT_LENGTHS:
                word = text[at - n : at] if at >= n else ""
                if word in self.media_short and not any(
                    m.start < at and at - n < m.end for m in found
                ):
                    added.append(Mention(at - n, at, word, tuple(self.media_short[word]), True))
                    break
        return sorted(found + added, key=lambda m: m.start) if added else found

    def _counties_after_their_areas(
        self, text: str, found: list[Mention], taken: list[tuple[int, int]]
    ) -> list[Mention]:
        """Counties written without 县 right after their province's or city's name ("湖南江华：",
        "邵阳新宁："), which the leftmost-longest scans miss when another name straddles the two
        (湖南江华 holds 南江, 邵阳新宁 holds 阳新: dropped for overlapping the area's name, they
        take the county with them; 黑河五大连池 holds the city 大连, which is dropped here)."""
        out = []
        for area in [m for m in found if m.level in ("province", "prefecture")]:
            at = area.end
            word = self._county_at(text, at)
            places = self.county_short.get(word or "")
            if not places or any(a <= at < b for a, b in taken if (a, b) != (area.start, at)):
                continue
            if self._right_after_its_province(found, at, places) or self._right_after_its_city(
                found, at, places
            ):
                end = at + len(word)
                found[:] = [m for m in found if not (at <= m.start < end)]
                out.append(Mention(at, end, word, tuple(places), True))
                taken.append((at, end))
        return out

    def _county_at(self, text: str, start: int) -> str | None:
        """A county written without 县/市, or a district without 区, at `start` that no longer
        name goes on from."""
        for n in _COUNTY_SHORT_LENGTHS:
            word = text[start : start + n]
            if word in self.county_short or word in self.district_short:
                return word if _ENDS_A_COUNTY.match(text, start + n) else None
        return None

    @staticmethod
    def _right_after_its_city(found: list[Mention], start: int, districts: list[Place]) -> bool:
        """Whether a name ending at `start` is the city that holds one of `districts`."""
        cities = {d.prefecture for d in districts}
        return any(m.end == start and any(p.name in cities for p in m.candidates) for m in found)

    @staticmethod
    def _right_after_its_province(found: list[Mention], start: int, counties: list[Place]) -> bool:
        """Whether a province's name ends at `start` and holds one of `counties`."""
        before = [m for m in found if m.end == start and m.level == "province"]
        provinces = {p.province for m in before for p in m.candidates}
        return any(p.province in provinces for p in counties)

    def _after_its_city(self, found: list[Mention], start: int, word: str) -> bool:
        """Whether the name right before `start` is the city of a district called `word`."""
        if not found or found[-1].end != start:
            return False
        cities = {p.name for p in found[-1].candidates if p.level == "prefecture"}
        return any(p.prefecture in cities for p in self.by_name[word])

    def full_province_name(self, province: str) -> str:
        """黑龙江 → 黑龙江省, 新疆 → 新疆维吾尔自治区."""
        return self.province_full.get(province, province)

    def provinces(self) -> list[str]:
        """Short names of all provinces."""
        return sorted(self.province_full)


def _add_names_as_simplified(table: dict[str, list[Place]]) -> set[str]:
    """Each name also as the text's Simplified copy writes it (the names added): t2s turns 乾
    into 干 where it knows no phrase (乾安县 → 干安县), and the copy is what the gazetteer reads."""
    names = list(table)
    copies = to_simplified("\n".join(names)).split("\n")  # one conversion, not one a name
    added = set()
    for name, copy in zip(names, copies, strict=True):
        if copy not in table:
            table[copy] = list(table[name])
            added.add(copy)
    return added


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer loaded once per process."""
    with PLACES_FILE.open(encoding="utf-8", newline="") as f:
        places = [
            Place(r["name"], r["level"], r["province"], r["prefecture"]) for r in csv.DictReader(f)
        ]
    return Gazetteer(places)


@cache
def known_towns(province: str | None) -> frozenset[str]:
    """Names of the province's towns, townships and streets (镇, 乡, 街道), of three characters
    or more: they bound a town's name where the words before it would run into it."""
    if not province:
        return frozenset()
    return _towns_by_province().get(province, frozenset())


@cache
def _towns_by_province() -> dict[str, frozenset[str]]:
    by_province: dict[str, set[str]] = {}
    with TOWNS_FILE.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)  # tuples, not a dict a row: 37,000 rows every process reads
        header = next(rows)
        province_at, name_at = header.index("province"), header.index("name")
        for r in rows:
            by_province.setdefault(r[province_at], set()).add(r[name_at])
    return {province: frozenset(names) for province, names in by_province.items()}


@cache
def _towns_of_one_province() -> tuple[Matcher, dict[str, str]]:
    """A scan for the town names (镇, 乡, 街道) only one province has, and their province."""
    provinces: dict[str, set[str]] = {}
    for province, names in _towns_by_province().items():
        for name in names:
            provinces.setdefault(name, set()).add(province)
    only = {name: next(iter(ps)) for name, ps in provinces.items() if len(ps) == 1}
    return Matcher(only), only


def province_of_towns(text: str) -> str | None:
    """The province whose towns a text names most, counting only names no other province has
    ("钱场镇民政工作服务站…"): for a report that names no county, city or province, when
    nothing else says whose news it is; None on a tie or when it names none."""
    matcher, province_of = _towns_of_one_province()
    votes = Counter(province_of[name] for _, name in matcher.iter_long(text))
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_CONJUNCTIONS = "和与及同"
# after a county's short form, a character that makes it part of a longer place's name
_GOES_ON_INTO_A_NAME = tuple("镇乡村县区市街路")
LEVEL_CHARS = "省市州盟县区旗"  # the characters ending a place name of a level


def _province_short(name: str) -> str:
    """湖南省 → 湖南, 内蒙古自治区 → 内蒙古, 北京市 → 北京."""
    return _SHORT_PROVINCE.get(name, name.rstrip("省市"))


def _occurrences(text: str, words: tuple[str, ...]) -> set[int]:
    """Where any of `words` starts in `text` (str.find runs in C: few words, rare hits)."""
    found = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return found


_COUNTY_SHORT_LENGTHS = (4, 3, 2)  # the longest first, as a scan would match
_COUNTY_LIST_JOINERS = ("、", "和")
# What may follow a county written without 县/市 in a body: no character that goes on with a
# longer name (连城县 …, 龙泉社区, 莲花湖乡), but a mark or a word of cues.yml.
_ENDS_A_COUNTY = re.compile(
    rf"(?:[^\u4e00-\u9fff]|{alternation(raw_cues()['places']['county_in_body_before'])})"
)


def _after_a_word(text: str, start: int) -> bool:
    """Whether a Chinese character other than a level character stands right before `start`."""
    if start == 0:
        return False
    ch = text[start - 1]
    return "\u4e00" <= ch <= "\u9fff" and ch not in LEVEL_CHARS


def infer_province(
    weighted: list[tuple[list[Mention], float]],
    hint: str | None = None,
    own_province: bool = False,
) -> str | None:
    """The province a text is about: the one its place names point to most, weighted by where;
    the hint when the first list (the headline) names a place in it: a report headed by its own
    place ("无锡学子爱心冬衣…送往延安") is its province's news, wherever the goods went; and
    the hint when the text speaks of its own province (`own_province`: 我省, 本省) and the hint
    is a 省: the publisher's province is the one it calls its own."""
    if hint and own_province and gazetteer().full_province_name(hint).endswith("省"):
        return hint
    if (
        hint
        and weighted
        and any({c.province for c in m.candidates} == {hint} for m in weighted[0][0])
    ):
        return hint
    score: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    order = 0
    for mentions, weight in weighted:
        listed = _listed_provinces(mentions)
        for i, m in enumerate(mentions):
            provinces = {c.province for c in m.candidates}
            if len(provinces) != 1:
                continue
            (prov,) = provinces
            level_weight = 3 if m.level == "province" else 2
            share = weight / listed.get(i, 1)  # "来自新疆、西藏、贵州等24个省份": one of several
            score[prov] += share * (level_weight - (1 if m.short and m.level != "province" else 0))
            first_seen.setdefault(prov, order)
            order += 1
    if hint:
        score[hint] += 2
        first_seen.setdefault(hint, order)
    if not score:
        return None
    # Hong Kong, Macau and Taiwan name givers in a mainland place's news ("香港工联会远赴积石山"):
    # the news's province is a mainland one whenever one is named at all.
    mainland = [p for p in score if p not in _givers_only()] or list(score)
    return max(mainland, key=lambda p: (score[p], -first_seen[p]))


@cache
def _givers_only() -> frozenset[str]:
    return frozenset(raw_cues()["places"]["givers_only_provinces"])


def _listed_provinces(mentions: list[Mention]) -> dict[int, int]:
    """For each province named in a list of provinces ("新疆、西藏、贵州"), the length of the
    list: province names one separator apart or less."""
    found: dict[int, int] = {}
    runs: list[list[int]] = []
    for i, m in enumerate(mentions):
        if m.level != "province":
            continue
        if runs and m.start - mentions[runs[-1][-1]].end <= 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) > 1:
            found.update(dict.fromkeys(run, len(run)))
    return found


def resolve(m: Mention, province: str | None) -> Place | None:
    """The candidate of a mention that lies in `province` (None if it lies elsewhere)."""
    inside = [c for c in m.candidates if c.province == province]
    return inside[0] if inside else None


def most_specific_place(mentions: list[Mention], province: str | None) -> str | None:
    """The most specific place of the first run of place names inside `province`."""
    g = gazetteer()
    best: tuple[int, str] | None = None
    last_end = -1
    for m in mentions:
        place = resolve(m, province)
        if place is None:
            continue
        if best is not None and m.start - last_end > 2:
            break
        written = place.name if m.short else m.written
        if place.level == "province":
            written = g.full_province_name(place.province)
        rank = LEVEL_RANK[place.level]
        if best is None or rank >= best[0]:
            best = (rank, written)
        last_end = m.end
    return best[1] if best else None
