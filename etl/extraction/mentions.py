"""Find amounts with units in normalised text: '30801名', '20多亿元', '3万件（套）'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from etl.extraction.cues import alternation, cues, raw_cues
from etl.extraction.numbers import MIXED_TAIL, apply_magnitude, parse_number, scaled

# Every amount opens with a digit or one of these numerals. Each pattern opens with that one
# character class, so the regex engine skips the other characters in C instead of trying the
# whole pattern at every position; what the left context may not be is checked after it.
_OPENING = "一二两三四五六七八九十百千万"
# An Arabic amount: not glued to a digit, point or Latin letter on its left, nor to a comma
# after a digit (the thousands of "1,200"); after a word and a comma it opens ("3584户,6000名").
_ARABIC = (
    r"(?<=\d)(?<![\d.A-Za-z]\d)(?<!\d,\d)(?:\d*(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?"
    rf"{MIXED_TAIL}?)"
)
# A Chinese numeral starts with a digit or 十; 百/千 may lead only before 万/亿 (百万人, 千万元),
# never alone (千家万户 is an idiom).
_CN = "零〇一二两三四五六七八九十百千"
# A numeral may hold 万 or 亿 with digits after them ("两万四千余元"): the 万 is part of it;
# or a decimal point, 点, with digits after it ("一点八万多床"); it never starts after 点.
_CHINESE = (
    rf"(?<=[{_OPENING}])(?<![{_CN}万亿第点].)[{_CN}]*"
    rf"(?:点[零〇一二两三四五六七八九]+|[万亿][零一二两三四五六七八九][{_CN}]*)?"
)
# 千余人, 近万户, 逾百名: a bare 百/千/万 is a figure only with a word that bounds it.
# The words that bound it are the approximate and lower-bound qualifiers of cues.yml.
_BOUNDING_BEFORE = (
    *(cue.word for cue in cues().qualifier_before if cue.target in ("approx", "at_least")),
    *raw_cues()["numbers"]["bounding_before"],  # "价值千元的衣物": worth about a thousand
)
_AMOUNT = (
    rf"(?P<num>[\d{_OPENING}](?:{_ARABIC}|{_CHINESE}))"
    r"(?P<q1>[余多])?(?P<mag>千万|百万|十万|万|个?亿|(?<=\d)千)?(?P<q2>[余多])?"
)
UNIT_WORDS = {
    "元": "yuan",
    "块钱": "yuan",  # as people say it ("补贴了800块钱暖气费")
    "户次": "household_visits",
    "户": "households",
    "人次": "person_visits",
    "人": "persons",
    "名": "persons",
    "位": "persons",
    "例": "persons",  # cases: patients treated ("白内障复明手术1366例")
    "件": "items",
    "套": "items",
    "床": "items",
    "份": "items",
    "袋": "items",
    "箱": "items",
    "桶": "items",
    "条": "items",
    "双": "items",
    "包": "items",
    "组": "households",
    "家": "households",
}
# Generic measure words (个, 幅 …): goods only when a goods noun stands in the clause.
MEASURE_WORDS = tuple(raw_cues()["items"]["measure_words"])
_UNITS = alternation((*UNIT_WORDS, *MEASURE_WORDS))
# "棉衣被3万（床）件": a measure word in brackets may come before the unit as well as after it;
# "4大箱饮料", "两大袋大米": a container's size may stand before it.
MENTION = re.compile(
    rf"{_AMOUNT}(?P<pre>[（(][件套份床袋][）)])?(?:[大小整](?=[箱袋桶包盒筐捆]))?(?P<unit>{_UNITS})"
    # "300人/次", as tables write visits
    r"(?P<alt>[（(](?:[件套份床袋次户人家]|人次|户次)[）)]次?|/次)?"
)
# 37.5万城乡困难群众: a count of people written with 万/亿 and a noun instead of a unit.
# (Not before 余/多 either: "5万余户" is households, its "5万" no bare count.)
# A bare count is followed by no unit, nor by a weight or a measure ("10万公斤大米"), nor by 家,
# which counts bodies when no family word follows ("4.3万家企业建立了职工互助机制").
BARE_PEOPLE = re.compile(
    rf"{_AMOUNT}(?![元户人名家件套份床袋箱桶条双组万亿余多\d]|公斤|千克|斤|吨|平方|亩|米|册)"
)
_COUNTS = raw_cues()["persons"]["bare_counts"]


# Money written with 万/亿 but without 元: "捐赠15万现金" (cues.yml money_without_unit).
BARE_MONEY_NOUNS = re.compile(
    rf"^(?:{alternation(raw_cues()['money_noun_modifiers'])}){{0,3}}"
    rf"(?:{alternation(raw_cues()['money_without_unit'])})"
)
BARE_MONEY_BEFORE = re.compile(
    rf"(?:{alternation(raw_cues()['money_without_unit'])})(?:达|共|约|近|超过|超)?$"
)
# "投入6500万安排灾民生活": a bare amount right after a verb that moves money is money, unless
# the people it counts follow it with no verb between ("资助2万贫困学生").
_MONEY_VERBS = alternation(v.word for v in cues().money_action_verbs)
BARE_AFTER_MONEY_VERB = re.compile(
    rf"(?:{_MONEY_VERBS})(?:{alternation(raw_cues()['numbers']['bare_money_links'])})?$"
)
_GROUP_LIST = 24  # the most characters of a list of groups between a bare count and its 等


# The people a bare count names, within a few characters after it (cues.yml persons.bare_counts).
# "140多个困难职工", "5个网格员": 个 counting people (their noun, or a staff noun, within a few
# characters).
_GE_PEOPLE = [
    *_COUNTS["nouns"],
    *raw_cues()["ge_people_nouns"],
    *raw_cues()["persons"]["staff_mobilized"]["nouns"],
]
# … not a noun that names a group's members (领导小组, 由领导带队的工作组): 个 counts the groups
_PEOPLE_AFTER_GE = re.compile(
    rf"^(?!{alternation(raw_cues()['ge_kinds'])})[^，。；、\d]{{0,4}}?(?:{alternation(_GE_PEOPLE)})"
    rf"(?!{alternation(raw_cues()['ge_group_after'])})"
)
# … unless the phrase after it ends in a place people are helped at ("123个社区居民互助救助站").
_FACILITY_REACH = 14  # characters after the count within which that place's name ends
_FACILITY_AFTER = re.compile(
    rf"[^，。；、\d]{{0,10}}?(?:{alternation(raw_cues()['items']['facilities'])})"
)
# "困难群众超过190万": the people a bare count at a clause's end names, right before it.
_LINKS = [*_BOUNDING_BEFORE, *_COUNTS["bare_count_links"]]
PEOPLE_BEFORE = re.compile(rf"(?:{alternation(_COUNTS['nouns'])})(?:{alternation(_LINKS)})?$")
# … and the people such an amount counts instead: their noun within a few characters after
# it, with no verb between ("资助2万贫困学生", not "投入6500万安排灾民生活").
_VERBS = alternation(
    [v.word for v in cues().money_action_verbs] + [v.word for v in cues().person_actions]
)
# 个 before people counts goods when the phrase ends in goods named for those people, with no
# verb between ("15000个儿童医用外科口罩"; cues.yml ge_goods_verbs).
_NOT_A_VERB = "(?!{})".format(
    "|".join([_VERBS, alternation([*cues().received_by, *cues().giving_verbs])])
    + f"|[{''.join(raw_cues()['ge_goods_verbs'])}]"
)
_GOODS_ENDING = re.compile(
    rf"(?:{_NOT_A_VERB}[^，。；、\d]){{0,10}}?(?:{alternation(raw_cues()['items']['goods'])})"
    r"(?=[，。；、）)和及等\n]|$)"
)
PEOPLE_RIGHT_AFTER = re.compile(
    rf"^(?:(?!{_VERBS})[^，。；！？\n\d]){{0,4}}?(?:{alternation(_COUNTS['nouns'])})"
)
# … and an amount a verb of giving or helping follows ("某局200万救助特困职工") is what helped
# the people after it: money, never that many people.
VERB_RIGHT_AFTER = re.compile(rf"^(?:{_VERBS})")
_PEOPLE_NOUN_ENDS = tuple(_COUNTS["nouns"])
# … or closing a list of groups with 等 ("63万城乡低保、特困供养、困境儿童等困难群众").
_PEOPLE = alternation(_COUNTS["nouns"])
PEOPLE_NOUNS = re.compile(
    rf"^[^，。；！？\n\d]{{0,8}}?(?:{_PEOPLE})"
    rf"|^[^，。；！？\n\d]{{2,{_GROUP_LIST}}}?、[^，。；！？\n\d]{{1,8}}?等[\u4e00-\u9fff]{{0,4}}?(?:{_PEOPLE})"
)
# "30个困难户": a count of 个 whose noun is a household word counts households (a count of 名
# stays one of people: the measure word counts them).
_NOT_HOUSEHOLDS = alternation([w[1:] for w in _COUNTS["not_households"]])
# … several groups joined or run together ("十余个低收入及贫困户", "5个困难农户") are one
# household word too, and so is one after a modifier of need closed by 的 ("五个家庭困难的农户";
# not "6个行政村的困难户", which counts villages).
_GROUPS = f"(?:{alternation(_COUNTS['group_words'])})"
HOUSEHOLD_WORD_AFTER = re.compile(
    rf"^(?:[^，。；、\d的]{{0,6}}?{_GROUPS}[^，。；、\d的]{{0,4}}?的)?"
    rf"(?:{alternation(_COUNTS['group_modifiers'])})?"
    rf"(?:{_GROUPS}(?:[及和与或、]?{_GROUPS})*)?户(?!{_NOT_HOUSEHOLDS})"
)
# "500多贫困户", "1000困难户": a count written right before a household word, with no measure
# word between, counts those households.
HOUSEHOLD_COUNT = re.compile(
    rf"{_AMOUNT}(?=(?:{alternation(_COUNTS['group_modifiers'])})?"
    rf"{_GROUPS}(?:[及和与或、]?{_GROUPS})*户(?!{_NOT_HOUSEHOLDS}))"
)
# "5组困难家庭": 组 counts households only before a family word.
FAMILY_AFTER_GROUP = re.compile(rf"^(?:{alternation(_COUNTS['group_words'])})?家庭")
# "24家特困在职和退休职工家庭", "30家困难户": 家 counts households only before a family word.
FAMILY_WITHIN = re.compile(r"[^，。；、\d]{0,10}?(?:家庭|户(?!外|籍|口|型))")
# "500多个困难职工家庭", "682名困难职工家庭": a family word a few characters on.
# not "家庭包" (goods), "家庭困难职工", "家庭生活困难的职工", "家庭成员", "家庭代表" or
# "困难家庭女童" (people), nor a family word that only qualifies people named after it
# ("困难家庭留守儿童")
_PEOPLE_NAMED_AFTER = rf"[^，。；、\d]{{0,4}}?(?:{alternation(_COUNTS['nouns'])})"
FAMILY_NEAR = re.compile(
    rf"^[^，。；、\d]{{0,4}}?家庭(?![包箱袋装困贫经成生女儿子孩学妇老的代])(?!{_PEOPLE_NAMED_AFTER})"
)
# "3200个下岗职工及失业人员困难家庭；": a phrase after a count of 个 ending in a family word at
# its clause's end counts families, whoever the words before the family word name.
FAMILY_ENDS_PHRASE = re.compile(r"[^，。；、：:\d的]{0,14}?家庭(?=[，。；、）)\n]|$)")
# "困难家庭留守儿童": a family word that only describes the people named after it.
PEOPLE_AFTER_FAMILY = re.compile(rf"家庭{_PEOPLE_NAMED_AFTER}")


# "困难家庭520余个": a family word right before a count of 个 names what it counts.
FAMILY_BEFORE = re.compile(rf"(?:{alternation(raw_cues()['ge_households_before'])})$")
# … unless goods follow the count ("100户特困户112300个蜂窝煤"): then it counts the goods.
GOODS_AFTER = re.compile(rf"^[^，。；、\d]{{0,4}}?(?:{alternation(raw_cues()['items']['nouns'])})")


# "400余名低保户、贫困户及困难家庭的儿童": household words that describe the people named at the
# end of the noun phrase, after 的.
PEOPLE_HEADING_AFTER = re.compile(rf"^[^，。；！？\n\d]{{0,20}}?的{_PEOPLE_NAMED_AFTER}")


def _names_households(text: str, end: int, household_words: bool = True) -> bool:
    """Whether the words after a count of 人/名/个 ending at `end` name households ("困难户",
    "…职工家庭"; only family words when `household_words` is off: "300名困难户" counts people),
    not people those words describe in the noun phrase ("…困难家庭的儿童")."""
    # the family word and the character after it (困难职工家庭儿童: children, not families)
    after = text[end : end + _FAMILY_REACH]
    if not (FAMILY_NEAR.match(after) or (household_words and HOUSEHOLD_WORD_AFTER.match(after))):
        return False
    return not PEOPLE_HEADING_AFTER.match(text[end : end + _PHRASE_REACH])


_FAMILY_REACH = 8  # the characters read after a count for its family word
# A count of households right before, joined by 、 or a comma ("4705户、9789名…家庭").
_HOUSEHOLDS_JUST_BEFORE = re.compile(r"\d(?:\.\d+)?[万千]?[余多]?户[、，,]$")
_PHRASE_REACH = 24  # … and for the whole noun phrase


_MAX_PEOPLE = raw_cues()["numbers"]["max_people"]
_FESTIVAL_AFTER_YUAN = tuple(raw_cues()["numbers"]["festival_after_yuan"])
# "1人户", "3人及以上户": how many a household holds, a class of households, not people counted.
_HOUSEHOLD_SIZE = re.compile(r"(?:及以上|以上|及以下)?户")
_LARGEST_HOUSEHOLD = 10
_FOREIGN = tuple(raw_cues()["numbers"]["foreign_currencies"])
_FOREIGN_BEFORE = re.compile(rf"(?:{alternation(_FOREIGN)})(?:约|共|达|计)?$")
_SPREAD_BEFORE = tuple(raw_cues()["numbers"]["spread_before"])
_SPREAD_REACH = 8  # "少则捐出2到": the spread word, a short verb, a range's lower end


def _after_spread(text: str, start: int) -> bool:
    """Whether a spread word (少则, 多则) stands a few characters before the number, in its
    clause."""
    before = text[max(0, start - _SPREAD_REACH) : start]
    if not any(w in before for w in _SPREAD_BEFORE):
        return False  # the common case, decided without splitting
    clause = re.split(r"[，,、；;。]", before)[-1]
    return any(w in clause for w in _SPREAD_BEFORE)


RANGE_BEFORE = re.compile(r"\d[-~—－至到]$")
# What makes a count the basis of a rate: 每 or 每增加 right before it, or 每户 / 每家.
_BASIS_BEFORE = re.compile(r"每(?:增加|多|户|家)?$")
# The lower end of a range written before an amount's upper end: "2000—5000元", "2至3万元".
RANGE_LOWER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(千万|百万|十万|万|亿)?[-~—－至到]$")
# 元/人, 元/人/月, and yearly rates written either way (元/年/户, 元/户/年): per person or
# household, as is one per heating season (元/采暖季·户); also 元每户 / 元每人
# ("补助标准为1500元每户（人）"). A monthly amount with no basis (低保标准达到840元/月) is
# what each person receives a month; 元/人.月 and 元/人*月 write 元/人/月 too.
RATE_AFTER = re.compile(
    r"^(?:(?:[/／](?:年|采暖季|供暖季|取暖季)[/／·.．]|[/／]|每)(人|户)(?:[/／·.．*＊×每]?[月年])?"
    r"|[/／]月(?![/／]户)(?:[/／]人)?)"
)


@dataclass(frozen=True)
class Mention:
    """An amount with its unit, as found in the text."""

    start: int
    end: int
    value: float
    unit: str
    inner_qualifier: bool  # 余 or 多 written inside the amount
    rate_after: str | None = None  # 元/人 → "人", 元/人/月 → "人月"
    generic: bool = False  # counted with a generic measure word (个, 幅 …)


# "数十万", "几百户": a numeral after 数/几 says "several", no count.
_SEVERAL_BEFORE = tuple(raw_cues()["numbers"]["several_before"])
_TWO_DIGITS = re.compile("[一二两三四五六七八九][一二两三四五六七八九]")  # 两三, 三两: a few
# A visiting party counted right after one of these ("慰问组一行六人").
_PARTY_BEFORE = tuple(raw_cues()["small_count_party"])
# A group of people in need right after a count ("三户特殊困难家庭", "两名困难职工"), not
# said of them ("三人均为残疾人": a description of people named before).
_COUNTED_GROUP_AFTER = re.compile(
    rf"[^，。；、\d为是]{{0,3}}?(?:{alternation(_COUNTS['group_words'])})"
    rf"[^，。；、\d]{{0,4}}?(?:{alternation(raw_cues()['small_count_nouns'])})"
    rf"|[^，。；、\d为是]{{0,1}}(?:{alternation(raw_cues()['small_count_groups'])})"
    # … or after a longer description closed by 的 ("五位品学兼优但家庭经济困难的学生")
    rf"|[^，。；、\d为是]{{2,12}}?的[^，。；、\d]{{0,2}}?(?:{alternation(raw_cues()['small_count_nouns'])})"
)


def _value(m: re.Match, text: str) -> float | None:
    num = m.group("num")
    mag = m.group("mag") or ""
    mag = mag.removeprefix("个")  # "超过1个亿": 亿 counted with a measure word
    if not num[0].isdigit() and text.endswith(_SEVERAL_BEFORE, 0, m.start()):
        return None
    if _TWO_DIGITS.search(num.partition("点")[0]):
        return None  # "四五百元": four or five hundred, no amount (digits after 点 are decimals)
    if num[0] in "百千万" and not num[0].isdigit():
        bounded = m.group("q1") or m.group("q2") or text.endswith(_BOUNDING_BEFORE, 0, m.start())
        if len(num) > 1 or not bounded:
            return None  # 百千万 is a name, 千家万户 an idiom, 数百户 is vague
        return apply_magnitude(1, num + mag)
    # 一户, 三人: a single Chinese digit is wording, not a reported count, unless the people
    # it counts follow ("走进三户特殊困难家庭", "慰问了两户困难职工"); 十 (十余名, 十户) counts
    single = not num[0].isdigit() and not mag and len(num) == 1 and num != "十"
    if (
        single
        and (
            num == "一"
            or not (
                text.endswith(_PARTY_BEFORE, 0, m.start())
                or _COUNTED_GROUP_AFTER.match(text, m.end())
            )
        )
        and not _in_list_of_counts(text, m)
    ):
        return None
    try:
        return scaled(num, mag)
    except (ValueError, KeyError):
        return None


_LIST_GAP = 8  # characters of an item's name between two counts of a list ("、洪庙村")
_LIST_JOINS = "(?:、|和|及|以及)"
_DIGITS = r"[一二两三四五六七八九十\d]+"


# A sibling count of a list after a count (its join first) and before it (its join last).
_SIBLING_AFTER = re.compile(
    rf"{_LIST_JOINS}[^，。；：\d]{{0,{_LIST_GAP}}}?{_DIGITS}(?P<unit>{_UNITS})"
)
_SIBLING_BEFORE = re.compile(
    rf"{_DIGITS}(?P<unit>{_UNITS}){_LIST_JOINS}[^，。；：\d]{{0,{_LIST_GAP}}}?$"
)


def _in_list_of_counts(text: str, m: re.Match) -> bool:
    """Whether a count stands in a list of counts in the same unit, joined by 、 or 和 ("祠堂村
    三户、洪庙村两户、白马村一户", "六户、一户和一户"): the list says how many, even in single
    Chinese digits."""
    if "unit" not in m.re.groupindex:
        return False  # a count before a household word ("三户困难户") has its own reading
    unit = m.group("unit")
    after = _SIBLING_AFTER.match(text, m.end())
    if after is not None and after.group("unit") == unit:
        return True
    before = _SIBLING_BEFORE.search(text, max(0, m.start() - _LIST_GAP - 8), m.start())
    return before is not None and before.group("unit") == unit


def _named_before(text: str, m: re.Match) -> bool:
    """Whether a count ends its clause right after people named before it ("困难群众50多个，",
    "困难群众超过190万。", "受益人数达到22万以上。")."""
    end = m.end()
    qualifier = next((q.word for q in cues().qualifier_after if text.startswith(q.word, end)), "")
    end += len(qualifier)
    ends_clause = end == len(text) or text[end] in "，,。；;！？!?\n"
    return ends_clause and PEOPLE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None


def find_mentions(text: str, offset: int = 0) -> list[Mention]:
    """All amount-with-unit mentions in `text`, in order, with layout noise already removed
    (their spans shifted by `offset`: where `text` starts in the document)."""
    found: list[Mention] = []
    for m in MENTION.finditer(text):
        if _after_spread(text, m.start()):
            continue  # "少则捐出2到3件": one end of a spread of single gifts
        value = _value(m, text)
        if value is not None and value > 0 and (lower := _range_lower(text, m, offset)):
            found.append(lower)  # "每户2000—5000元": at least 2000元
            continue
        if value is None or value <= 0 or _excluded(text, m.start(), m.end()):
            continue
        word = m.group("unit")
        if word == "元" and text.startswith(_FESTIVAL_AFTER_YUAN, m.end("unit")):
            continue  # "2014元旦": a year and a festival, no amount
        if word == "元" and _FOREIGN_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "港币500万元": another currency's amount
        unit = UNIT_WORDS.get(word, "items")
        if (
            unit == "items"
            and found
            and found[-1].unit == "items"
            and _restated_in_brackets(text, m.start(), found[-1].end - offset)
        ):
            continue  # "奶粉3100箱（18600罐）": the same goods counted in a smaller unit
        if unit in ("persons", "households") and value > _MAX_PEOPLE:
            continue  # "4282979576人": two counts run together, no count
        # "（次）", "（人次）", "人(家)次", "人/次": visits, 次 in or after the brackets or a slash
        if m.group("alt") and "次" in m.group("alt") and unit in ("persons", "households"):
            unit = "person_visits" if unit == "persons" else "household_visits"
        after = text[m.end() : m.end() + 6]
        if word == "组" and not FAMILY_AFTER_GROUP.match(after):
            continue
        if word == "家" and not FAMILY_WITHIN.match(text, m.end(), m.end() + 12):
            continue  # "5家企业" counts givers; "24家特困职工家庭" counts households
        if unit == "items" and after.startswith("次"):
            continue  # 救助47件次: cases handled, not goods
        if word == "个" and after.startswith("亿"):
            continue  # "超过1个亿": 个 counts the 亿, the amount is read as a bare one
        if word == "人" and after.startswith("份"):
            continue  # 2.2万人份: doses or portions, not people
        if word == "人" and value <= _LARGEST_HOUSEHOLD and _HOUSEHOLD_SIZE.match(after):
            continue  # "1人户300元/户", "2人及以上户": a household's size, a class, no count
        currency = word == "人" and after.startswith("民币")
        if currency:
            word, unit = "元", "yuan"  # "2000万人民币": money written with the currency's name
        if unit != "yuan" and _BASIS_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "每户1人", "每增加1人加发50元": the basis of a rate, not a count
        if (
            word in "人名位"
            and _names_households(text, m.end(), household_words=False)
            and not _HOUSEHOLDS_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            # "682名困难职工家庭"; but "4705户、9789名城乡低保家庭" counts the households, then
            # the people in them, and "300名困难户" counts people by their measure word
            unit = "households"
        generic = word in MEASURE_WORDS
        if word == "个" and (
            _names_households(text, m.end())
            or (
                FAMILY_BEFORE.search(text, max(0, m.start() - 4), m.start())
                and not GOODS_AFTER.match(after)
            )
            or FAMILY_ENDS_PHRASE.match(text, m.end())
        ):
            unit, generic = "households", False  # "30个特困户", "12个困难家庭", "家庭520余个"
        elif (
            word == "个"
            and _PEOPLE_AFTER_GE.match(after)
            and not _FACILITY_AFTER.match(text, m.end(), m.end() + _FACILITY_REACH)
            and not _GOODS_ENDING.match(text, m.end(), m.end() + _FACILITY_REACH)
        ):
            unit, generic = "persons", False  # "140多个困难职工", not "123个居民互助救助站"
        elif word == "个" and _named_before(text, m):
            unit, generic = "persons", False  # "走访…困难群众50多个，": the people named before
        amount_end = m.end() + len("民币") if currency else m.end()
        rate, end = _rate_after(text, amount_end) if unit == "yuan" else (None, amount_end)
        if unit == "yuan" and not m.group("mag"):
            found.extend(_listed_before(text, m.start(), offset, rate))
        found.append(
            Mention(
                m.start() + offset,
                end + offset,
                value,
                unit,
                bool(m.group("q1") or m.group("q2")),
                rate,
                generic,
            )
        )
    # A bare count needs its magnitude (万, 亿): a text with neither has none.
    bare = BARE_PEOPLE.finditer(text) if "万" in text or "亿" in text else ()
    counted = {f.start for f in found}  # "1.31万个困难职工家庭" is counted with its 个
    for m in bare:
        if not m.group("mag") or _excluded(text, m.start()) or m.start() + offset in counted:
            continue
        after = text[m.end() : m.end() + _GROUP_LIST + 16]
        if after.startswith(_FOREIGN):
            continue  # "600万港元", "10万美元": another currency's amount
        unit = "yuan" if BARE_MONEY_NOUNS.match(after) else "persons"
        if BARE_MONEY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            unit = "yuan"  # "捐款20多万": the money noun before the amount
        elif BARE_AFTER_MONEY_VERB.search(
            text, max(0, m.start() - 6), m.start()
        ) and not PEOPLE_RIGHT_AFTER.match(after):
            unit = "yuan"  # "投入6500万安排灾民生活": what the verb moved
        if FAMILY_AFTER_GROUP.match(after) or HOUSEHOLD_WORD_AFTER.match(after):
            unit = "households"  # "36万贫困家庭和贫困群众": families first, households
        elif (
            unit == "persons"
            and (verb := VERB_RIGHT_AFTER.match(after))
            # not a cue that is itself the people's noun ("362万低收入人口纳入监测")
            and not verb.group().endswith(_PEOPLE_NOUN_ENDS)
        ):
            unit = "yuan"  # "200万救助特困职工": what helped them
        # "惠及…困难群众超过190万。": the people named right before a count ending its clause
        if unit == "persons" and not PEOPLE_NOUNS.match(after) and not _named_before(text, m):
            continue
        value = _value(m, text)
        if value:
            found.append(
                Mention(
                    m.start() + offset,
                    m.end() + offset,
                    value,
                    unit,
                    bool(m.group("q1") or m.group("q2")),
                )
            )
    if "户" in text:
        found.extend(_household_counts(text, offset, {f.start for f in found}))
    return _without_examples(sorted(found, key=lambda x: x.start), text, offset)


def _household_counts(text: str, offset: int, counted: set[int]) -> list[Mention]:
    """Counts written right before a household word ("500多贫困户"), not already read."""
    found = []
    for m in HOUSEHOLD_COUNT.finditer(text):
        if m.start() + offset in counted or _excluded(text, m.start(), m.end()):
            continue
        value = _value(m, text)
        if value and value <= _MAX_PEOPLE:
            qualified = bool(m.group("q1") or m.group("q2"))
            found.append(
                Mention(m.start() + offset, m.end() + offset, value, "households", qualified)
            )
    return found


_ELLIPSIS = ("……", "…", "等等")


def _without_examples(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """`found` without a run of amounts joined by 、 and closed by an ellipsis ("20元、50元、
    300元……"): sums given as examples of what people gave, no figure among them."""
    if not any(mark in text for mark in _ELLIPSIS):
        return found  # the common case, one C scan
    examples: set[int] = set()
    first = 0  # where the run of amounts joined by 、 ending before found[i] began
    for i in range(1, len(found) + 1):
        if i < len(found) and text[found[i - 1].end - offset : found[i].start - offset] == "、":
            continue
        if i - first > 1 and text.startswith(_ELLIPSIS, found[i - 1].end - offset):
            examples.update(range(first, i))
        first = i
    return [m for i, m in enumerate(found) if i not in examples]


# "每户给予600、500、400元": amounts listed before the last, which alone writes the unit.
_LISTED_BEFORE = re.compile(r"(?<![\d.、])(?:\d+(?:\.\d+)?、){1,5}$")
_LISTED_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _listed_before(text: str, start: int, offset: int, rate: str | None) -> list[Mention]:
    """The amounts of yuan listed right before the one at `start`, sharing its unit."""
    listed = _LISTED_BEFORE.search(text, max(0, start - 40), start)
    if listed is None:
        return []
    return [
        Mention(n.start() + offset, n.end() + offset, float(n.group()), "yuan", False, rate)
        for n in _LISTED_NUMBER.finditer(text, listed.start(), start)
        if not _excluded(text, n.start(), n.end()) and float(n.group()) > 0
    ]


def _range_lower(text: str, m: re.Match, offset: int) -> Mention | None:
    """A range "N—M<unit>" as one amount: at least its lower end, in the upper end's unit and
    magnitude ("2至3万元": at least 2万元), spanning the whole range."""
    lower = RANGE_LOWER.search(text, max(0, m.start() - 12), m.start())
    if lower is None or not m.group("num")[0].isdigit():
        return None
    value = apply_magnitude(parse_number(lower.group(1)), lower.group(2) or m.group("mag") or "")
    word = m.group("unit")
    unit = UNIT_WORDS.get(word, "items")
    if value <= 0 or word in MEASURE_WORDS:
        return None
    rate, end = _rate_after(text, m.end()) if unit == "yuan" else (None, m.end())
    return Mention(lower.start(1) + offset, end + offset, value, unit, True, rate)


def _restated_in_brackets(text: str, start: int, previous_end: int) -> bool:
    """Whether a count opens a bracket right after the previous count ("3100箱（18600罐）")."""
    return start == previous_end + 1 and text[previous_end] in "（("


def _rate_after(text: str, end: int) -> tuple[str | None, int]:
    """A rate written after an amount of yuan (元/人, 元/人/月, 元/年/户): its basis and the
    mention's new end; (None, end) when there is none."""
    r = RATE_AFTER.match(text[end : end + 6])
    if r is None:
        return None, end
    return ("人月" if r.group(0).endswith("月") else r.group(1)), end + len(r.group(0))


# "在4万元以上的家庭": an amount set between 在 and 以上/以下 is an eligibility threshold.
THRESHOLD_AFTER = re.compile(r"^(?:以上|以下|以内|之间)")
# "100万元以上的企业有6家": so much or more describing a class of givers or households is a
# threshold too, unless what follows is the money or the goods ("100万元以上的善款").
CLASS_AFTER = re.compile(r"^(?:以上|以下)的")


def _names_the_amount(text: str, at: int) -> bool:
    """Whether the money or goods themselves are named at `at` (善款, 资金, 物资 …)."""
    return text.startswith(_amount_nouns(), at)


def _names_the_people(text: str, end: int) -> bool:
    """Whether a count of people ("1500名以上的困难职工") names them after its 以上的: a count
    with its lower bound, not a class ("3人以上的家庭" stays one)."""
    after = end + 3
    return text[end - 1] in "名人位" and PEOPLE_NOUNS.match(text[after : after + 30]) is not None


@cache
def _amount_nouns() -> tuple[str, ...]:
    c = cues()
    return (*(cue.word for cue in c.money_nouns), *c.cash_words, *c.goods)


def _excluded(text: str, start: int, end: int | None = None) -> bool:
    """Ordinals, the upper end of a range, thresholds and amounts inside a document title
    are not figures."""
    before = text[max(0, start - 2) : start]
    if before.endswith("第") or RANGE_BEFORE.search(before):
        return True
    if end is not None and before.endswith("在") and THRESHOLD_AFTER.match(text[end : end + 2]):
        return True
    if end is not None and CLASS_AFTER.match(text[end : end + 3]):
        return not (_names_the_amount(text, end + 3) or _names_the_people(text, end))
    opened = text.rfind("《", max(0, start - _TITLE_REACH), start)
    return opened >= 0 and text.find("》", opened, start) < 0


_TITLE_REACH = 120  # the longest document title (《…》) an amount is looked for inside
