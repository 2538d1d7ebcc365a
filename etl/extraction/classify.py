"""Decide a mention's metric, unit, qualifier and status from the cue words around it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from etl.extraction.context import (
    CLAUSE_MARKS,
    SENTENCE_MARKS,
    any_within,
    bounds,
    ends_with,
    first_right,
    nearest_left,
    opens_with_verb,
    per_span,
    starts_with,
)
from etl.extraction.cues import Cue, alternation, cues, raw_cues, spelled
from etl.extraction.mentions import MENTION, PEOPLE_AFTER_FAMILY, Mention

_RATE_UNITS = {"人": "yuan_per_person", "户": "yuan_per_household", "人月": "yuan_per_person_month"}


@dataclass(frozen=True)
class Scope:
    """Where a mention sits: its clause and sentence, and where the previous mention ended."""

    clause: tuple[int, int]
    sentence: tuple[int, int]
    since_previous: int  # start of the text between the previous mention of the clause and this one


def _clause_before(masked: str, scope: Scope) -> int:
    """Where the clause before the mention's own starts (its clause is not its sentence's
    first)."""
    return bounds(masked, scope.clause[0] - 1, CLAUSE_MARKS, scope.sentence[0])[0]


def scope_of(text: str, mention: Mention, previous_end: int, lo: int, hi: int) -> Scope:
    """The clause and sentence around a mention inside the article range [lo, hi)."""
    clause = bounds(text, mention.start, CLAUSE_MARKS, lo, hi)
    sentence = bounds(text, mention.start, SENTENCE_MARKS, lo, hi)
    return Scope(clause, sentence, max(clause[0], previous_end))


# A count of households or people, for the recipients a rate is per ("3户特困家庭", "5名老人").
_COUNTED = re.compile(r"(?:\d[\d.]*|[一二两三四五六七八九十百千]+)[万亿]?[余多]?(户|人|名|位)")


def _recipients_counted(masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] counts people or households who are not donors ("近10万人次通过
    网络捐赠，累计收到善款…": the donors gave what the body received)."""
    counted = _COUNTED.search(masked, lo, hi)
    return counted is not None and not any_within(masked, counted.end(), hi, cues().donating)


def rate_unit(masked: str, mention: Mention, scope: Scope) -> str | None:
    """yuan_per_household / _person / _person_month when the amount is a rate, else None."""
    unit = _rate_unit(masked, mention, scope)
    if unit == "yuan_per_person" and _monthly_before(masked, scope.clause[0], mention.start):
        return "yuan_per_person_month"  # "为全县低保老人每月发放100元": each person, each month
    return unit


_MONTHLY_REACH = 4  # "每月发放", "每月加发": from 每月 to its amount


def _monthly_to_uncounted(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a small amount each month goes to people named but not counted in its clause
    ("为特困老人提供每月200元的补助"): what each of them receives, not a month's total."""
    lo = scope.clause[0]
    return (
        mention.unit == "yuan"
        and mention.value < _package_and_class().class_max_yuan
        and _monthly_before(masked, lo, mention.start)
        and any(m in masked[lo : mention.start] for m in cues().recipient_markers)
        and _COUNTED.search(masked, lo, mention.start) is None
    )


def _monthly_before(masked: str, lo: int, start: int) -> bool:
    """Whether 每月 (or 每个月) stands a verb's length before the amount."""
    at = max(lo, start - _MONTHLY_REACH - 3)
    return any(w in masked[at:start] for w in _monthly_words())


@cache
def _monthly_words() -> tuple[str, ...]:
    """Words saying an amount comes each month (每月, 每个月)."""
    return tuple(w for w in raw_cues()["recurring_before"] if w.endswith("月"))


def _rate_unit(masked: str, mention: Mention, scope: Scope) -> str | None:
    if mention.rate_after:
        return _RATE_UNITS[mention.rate_after]
    c = cues()
    hit = nearest_left(masked, scope.clause[0], mention.start, c.rates)
    if hit and _per_body(masked, hit):
        return None  # "每家企业…5万元": per a body, no rate the contract holds
    if _per_counted_body(masked, scope.clause[0], mention, hit):
        return None  # "按每桌800元的标准": per a table or a school, whoever it serves
    if hit and _totals_the_rate(masked, hit[0], mention):
        return None  # "每人3600元、共计25200元": the rate's total over the people counted
    if hit:
        return hit[1].target
    if shared := _value_of_each_share(masked, mention, scope):
        return shared  # "每户5样，包括大米、清油等，价值近400元": what each share is worth
    if subject_rate := _rate_of_the_subject(masked, mention, scope):
        return subject_rate
    households, persons = _each_described()
    for pattern, unit in ((households, "yuan_per_household"), (persons, "yuan_per_person")):
        if pattern.search(masked, scope.clause[0], mention.start):
            return unit  # "每个困难职工家庭可收到慰问金800元": each, described, then who
    each = nearest_left(masked, scope.clause[0], mention.start, c.each_recipient)
    if each and (rate := _rate_of_last_count(masked, scope.sentence[0], each[0])):
        return rate
    if (counted_after := _COUNTED.match(masked, mention.end)) and (
        mention.unit == "yuan" and mention.value < _package_and_class().class_max_yuan
    ):
        # "一般困难补助150元1352人": each of those counted right after got the amount
        return "yuan_per_household" if counted_after.group(1) == "户" else "yuan_per_person"
    by_class = (
        _given_to_class(masked, mention, scope)
        or _class_item(masked, mention, scope)
        or _standard_listed(masked, mention, scope)
    )
    if by_class:
        return by_class
    if _monthly_to_uncounted(masked, mention, scope):
        return "yuan_per_person"  # "为特困老人提供每月200元的补助": what each gets a month
    package = nearest_left(masked, scope.clause[0], mention.start, _per_package())
    if package and mention.start - package[0] <= _PACKAGE_REACH:
        return _rate_of_last_count(masked, scope.sentence[0], package[0]) or "yuan_per_person"
    each_recipient = _given_to_each(masked, scope.clause[0], mention.start) or (
        mention.unit == "yuan" and _each_right_before(masked, scope.clause[0], mention.start)
    )
    if each_recipient and _in_amount_list(masked, mention):
        return None  # "分别为甲、乙送上75万元、3万元": one amount to each, no rate
    if each_recipient and _paired_with_counted_groups(masked, mention, scope):
        return None  # "慰问了65名…和123名…，分别发放慰问金3.25万元和9.84万元": each group's sum
    if each_recipient or _one_package(masked, mention, scope) or _varies(masked, mention, scope):
        # the recipients: counted before the amount ("为18户各送去…"), else visited at home
        # ("来到…家中，各送上…": per household), else named people
        counted = list(_COUNTED.finditer(masked, scope.sentence[0], mention.start))
        after = counted[-1].end() if counted else scope.sentence[0]
        if _home_between(masked, after, mention.start):
            return "yuan_per_household"
        per_household = counted and counted[-1].group(1) == "户"
        return "yuan_per_household" if per_household else "yuan_per_person"
    if masked.startswith(_fixed_after(), mention.end + masked.startswith("的", mention.end)):
        # "重点优抚对象家庭，每个采暖季给予460元(的)定额补贴": a fixed sum for each of them
        lo = max(scope.sentence[0], masked.rfind("；", 0, mention.start) + 1)
        households = any(w in masked[lo : mention.start] for w in c.rate_cap_households)
        return "yuan_per_household" if households else "yuan_per_person"
    if share := _too_small_to_share(masked, mention, scope):
        return share
    if capped := _capped_for_recipients(masked, mention, scope):
        return capped
    if _elided_item(masked, mention, scope):
        # "每户100元现金，100元物资": the next item of the rate before, its 每户 left unsaid
        hit = nearest_left(masked, _clause_before(masked, scope), scope.clause[0] - 1, c.rates)
        if hit and not _per_body(masked, hit):
            return hit[1].target
    if starts_with(masked, scope.clause[0], c.rate_caps) and scope.clause[0] > scope.sentence[0]:
        # "平均每户救助2000元，最高不超过4000元": the cap is a rate of the clause before.
        hit = nearest_left(masked, _clause_before(masked, scope), scope.clause[0] - 1, c.rates)
        return hit[1].target if hit else None
    if _named_a_standard(masked, scope.clause[0], mention.start, scope.sentence[0]):
        # "…发放慰问金，补助标准为600元", "标准分别为800元和1000元": what each recipient gets,
        # per household when the sentence counts households
        return _rate_of_last_count(masked, scope.sentence[0], mention.start) or "yuan_per_person"
    return None


def _rate_of_the_subject(masked: str, mention: Mention, scope: Scope) -> str | None:
    """The rate a subject clause of its own names for the verb clause after it ("留在学校过年的
    每一名贫困学生，还拿到了500元…"): a clause with no number naming the rate, and the
    amount's clause going on with that subject (还, 也) or opening with a verb."""
    lo = scope.clause[0]
    if lo <= scope.sentence[0] or masked[lo - 1] not in "，,":
        return None
    before_lo = _clause_before(masked, scope)
    if any(ch.isdigit() for ch in masked[before_lo : lo - 1]):
        return None
    c = cues()
    hit = nearest_left(masked, before_lo, lo - 1, c.rates)
    if hit is None or _per_body(masked, hit):
        return None
    goes_on = starts_with(masked, lo, c.subject_continuing) is not None
    if goes_on or opens_with_verb(masked, lo, mention.start):
        return hit[1].target
    return None


_ELIDED_NOUN_MAX = 6  # characters of what an elided item names ("100元物资", "50元慰问品")


def _elided_item(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether the amount opens a clause that holds only it and a short noun, after a clause
    of its sentence: an item of the clause before, whose words it leaves unsaid; also after a
    word adding it to that item, a short noun between ("外加100元的过节费", "以及过节费300元")."""
    lo = scope.clause[0]
    if lo <= scope.sentence[0]:
        return False
    if (added := starts_with(masked, lo, cues().rate_additions)) is not None:
        lo += len(added)
        noun = masked[lo : mention.start]
        if len(noun) > _ELIDED_NOUN_MAX or any(ch.isdigit() for ch in noun):
            return False
        if masked.startswith(_action_words(), lo):
            return False  # "以及发放300元": a verb of its own, no item of the rate
    elif mention.start != lo:
        return False
    rest = masked[mention.end : scope.clause[1]]
    return len(rest) <= _ELIDED_NOUN_MAX and not any(ch.isdigit() for ch in rest)


def _totals_the_rate(masked: str, rate_at: int, mention: Mention) -> bool:
    """Whether the rate's own amount lies between the rate word and this amount, and a total
    word (共计, 合计) stands right before this one or a standard word closed the rate's
    ("每户500元的标准发放…13.3万元"): the rate's amount, then what it adds up to."""
    if not any(ch.isdigit() for ch in masked[rate_at : mention.start]):
        return False
    if ends_with(masked, mention.start, cues().each_totals) is not None:
        return True
    return _standard_closed().search(masked, rate_at, mention.start) is not None


@cache
def _standard_closed() -> re.Pattern:
    """An amount in yuan closed as a standard ("500元的标准")."""
    return re.compile(rf"\d元(?:{alternation(raw_cues()['rate_standard_closers'])})")


def _rate_of_last_count(masked: str, lo: int, hi: int) -> str | None:
    """Per household when the last count of recipients in masked[lo:hi] is in 户, per person
    when it is in 人/名/位; None when there is none."""
    counted = _COUNTED.findall(masked, lo, hi)
    if not counted:
        return None
    return "yuan_per_household" if counted[-1] == "户" else "yuan_per_person"


@cache
def _standard_is() -> tuple[str, ...]:
    """What names a standard's amount right before it (补助标准为, 标准分别是)."""
    return tuple(raw_cues()["standard_is"])


def _named_a_standard(masked: str, lo: int, hi: int, sentence_lo: int) -> bool:
    """Whether the amount at `hi` is a standard's, named right before it ("补助标准为600元"), or
    listed after one that is ("标准分别为800元和1000元"), or a class's item in a standard,
    its items in one clause or in clauses of their own ("标准为城镇居民不低于600元、农村居民
    不低于400元", "资助标准为：中专3000元，大专4000元")."""
    head = _list_head(masked, lo, hi)
    if head > lo and masked.endswith(_standard_is(), lo, head):
        return True
    reach = max(sentence_lo, hi - _CLASS_STANDARD_REACH)
    by_class = _standard_by_class().search(masked, reach, hi)
    if by_class is None:
        return False
    # a verb among the classes makes them whom money went to, and a total word what they add
    # up to ("标准为每户400元，共计4.4万元"), not a standard's classes
    classes = by_class.group(1)
    c = cues()
    return not (
        any(w.word in classes for w in c.money_verbs)
        or any(w in classes for w in c.each_totals)
        or any(w in classes for w in c.fund_words)  # "所需资金1200万元": what the plan costs
    )


_CLASS_STANDARD_REACH = 48  # a standard word and up to three classes' items before the amount


@cache
def _standard_by_class() -> re.Pattern:
    """A standard word, then items of a short class name and its amount, ending at a class name
    right before the amount ("标准为城市人员不低于|500元"): each class's standard."""
    item = r"[^，,。；;：:、\d]{1,8}?"
    return re.compile(
        rf"(?:{alternation(_standard_is())})[：:]?"
        rf"((?:{item}\d+(?:\.\d+)?万?元[、，,和及])*{item})$"
    )


@cache
def _fixed_after() -> tuple[str, ...]:
    """Words after an amount that make it a fixed sum for each recipient (定额)."""
    return tuple(raw_cues()["rates"]["fixed_after"])


def _capped_for_recipients(masked: str, mention: Mention, scope: Scope) -> str | None:
    """The rate of an amount capped right before it and given to a class of recipients named
    in its clause ("给予困难家庭最高10万元救助": per household), else None."""
    c = cues()
    lo = scope.clause[0]
    if not masked.endswith(c.rate_caps, lo, mention.start):
        return None
    if any_within(masked, lo, mention.start, c.rate_cap_households):
        return "yuan_per_household"
    return "yuan_per_person" if any_within(masked, lo, mention.start, c.beneficiaries) else None


# Recipients counted before an amount in its clause ("向150个贫困家庭发放300元救助金"): 户, 个
# or 家 before a family word count households, 人/名/位 people.
_RECIPIENTS = re.compile(
    r"(\d+(?:\.\d+)?)(万?)[余多]?(?:(户)|(?:个|家)[^，。；、\d]{0,6}?(家庭|户)|(人|名|位))"
)
_SMALLEST_SHARE = 10  # yuan each: a total that leaves less to each recipient is what each got


def _too_small_to_share(masked: str, mention: Mention, scope: Scope) -> str | None:
    """A small amount given to recipients counted before it in its clause that would leave each
    of them less than a few yuan as a total ("向150个家庭发放300元"): what each received."""
    if mention.unit != "yuan" or mention.value >= _package_and_class().class_max_yuan:
        return None
    found = list(_RECIPIENTS.finditer(masked, scope.clause[0], mention.start))
    if not found:
        return None
    last = found[-1]
    count = float(last.group(1)) * (10_000 if last.group(2) else 1)
    if count < 2 or mention.value / count >= _SMALLEST_SHARE:
        return None
    return "yuan_per_person" if last.group(5) else "yuan_per_household"


@cache
def _standard_heading() -> re.Pattern:
    """A sentence's heading that lists standards ("标准是：", "补助标准为："), items after it."""
    return re.compile(rf"(?:{alternation(raw_cues()['standard_headings'])})[：:]")


def _standard_listed(masked: str, mention: Mention, scope: Scope) -> str | None:
    """The rate of a small amount listed after a standard heading and an earlier item that
    states its rate ("标准是：第一个月每人每月补助300元，第二个月补助200元": per person and month
    too), else None."""
    if mention.unit != "yuan" or mention.value >= _package_and_class().class_max_yuan:
        return None
    heading = _standard_heading().search(masked, scope.sentence[0], scope.clause[0])
    if heading is None or any_within(masked, scope.clause[0], mention.start, cues().each_totals):
        return None
    stated = nearest_left(masked, heading.end(), scope.clause[0], cues().rates)
    return stated[1].target if stated else None


def _home_between(masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] says the recipients were visited at home or are families, not
    people a family word only describes."""
    for word in cues().each_home_words:
        at = masked.find(word, lo, hi)
        while at >= 0:
            if not PEOPLE_AFTER_FAMILY.match(masked, at, hi):
                return True
            at = masked.find(word, at + len(word), hi)
    return False


def _varies(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether the amount opens or closes a range that varies with the recipient ("从3000元到
    3万元不等"): 不等 follows it in its clause, with no other clause between; or it is written
    as a range (1500-2000元, 1000元至3000元), which no sum paid out is."""
    if (
        mention.unit == "yuan"
        and mention.value <= _range_max_yuan()
        and _written_as_range(masked, mention)
        and not standard_without_basis(masked, mention)  # "按3000-6000元的标准": per what?
    ):
        return True
    words, reach = _varying()
    listed = _LIST_TAIL.match(masked, mention.end)  # "300、500、1000元三种标准": from the last
    end = listed.end() if listed else mention.end
    hi = min(scope.clause[1], end + reach)
    return any(masked.find(w, end, hi) >= 0 for w in words)


_LIST_TAIL = re.compile(r"(?:、\d+(?:\.\d+)?)+元")
# A range of yuan read as one amount: its ends joined inside the mention ("1500-2000元").
_RANGE_INSIDE = re.compile(r"\d[万千]?[-~—－至到]\d")


def _written_as_range(masked: str, mention: Mention) -> bool:
    """Whether an amount of yuan is a whole range, or one end of one ("1000元至3000元")."""
    return (
        _RANGE_INSIDE.search(masked, mention.start, mention.end) is not None
        or _yuan_range_end(masked, mention) is not None
    )


@cache
def _range_max_yuan() -> float:
    return float(raw_cues()["range_max_yuan"])


@cache
def _varying() -> tuple[tuple[str, ...], int]:
    data = raw_cues()
    return tuple(data["varying_after"]), int(data["varying_reach"])


@cache
def _each_described() -> tuple[re.Pattern, re.Pattern]:
    """每个/每名/每位, a few words describing them, then a household noun; or a person noun
    (a household noun wins: 每个困难职工家庭 is per household)."""
    data = raw_cues()["each_described"]
    each = rf"(?:{alternation(data['each'])})[^，。；：\d]{{0,6}}?"
    return (
        re.compile(rf"{each}(?:{alternation(data['households'])})"),
        re.compile(rf"{each}(?:{alternation(data['persons'])})"),
    )


@cache
def _each_patterns() -> tuple[re.Pattern, ...]:
    """分别/各 with a recipient marker after it, after a recipient marker with a verb, or
    opening a clause with a verb."""
    data = raw_cues()
    each, verbs = alternation(data["each_words"]), alternation(data["each_giving_verbs"])
    openers = alternation(data["each_clause_openers"])
    markers = "".join(data["recipient_markers"])
    return (
        re.compile(rf"(?:{each})(?:{verbs})?[{markers}]"),  # 分别送给张某、李某…
        re.compile(rf"[{markers}][^，。；！？]{{1,30}}?(?:{each})(?:{verbs})"),  # 为25户各送去…
        # "来到两位老人家中，各送上…", "并分别送上1000元慰问金"
        re.compile(rf"(?:^|(?<=[，,]))(?:{openers})?(?:{each})(?:{verbs})", re.M),
    )


@cache
def _class_pattern() -> re.Pattern:
    """给/为 + a whole area (全县) + a class of households or people, then a giving verb."""
    data = raw_cues()
    areas = [
        w
        for level in ("province", "city", "county", "town")
        for w in data["places"]["scope_words"][level]
        if w.startswith("全")
    ] + data["class_rate"]["areas"]
    return _giving_to_class(rf"(?:{alternation(areas)})[^，。；！？\d]{{0,12}}?{_class_noun()}", "")


@cache
def _condition_class_pattern() -> re.Pattern:
    """给/为/对 + a class named by a condition (缺少取暖设备的家庭, 年满90岁的居民), then a
    giving verb: an age is the only number the condition holds, and no count of its people
    ("这两位年满80岁的老人") makes it a class."""
    counted = r"(?![一二两三四五六七八九十几][位名户个人])"
    return _giving_to_class(rf"(?:{counted}[^，。；！？\d]|\d+周?岁){{2,16}}?的{_class_noun()}", "")


def _class_noun() -> str:
    """The noun ending a class's name: households (captured) or people."""
    rule = raw_cues()["class_rate"]
    return rf"(?:(?P<households>{alternation(rule['households'])})|{alternation(rule['people'])})"


# the most characters of a class's name before its noun: a list of classes ("一般低保、困难职工、
# 退休和失业困难家庭")
_CLASS_NAME_MAX = 24


@cache
def _one_off_pattern() -> re.Pattern:
    """给/为 + an uncounted class of households or people, then 一次性 and a giving verb."""
    rule = raw_cues()["class_rate"]
    households, people = alternation(rule["households"]), alternation(rule["people"])
    # "困难职工家庭": people's households are households
    klass = rf"(?:(?P<households>{households})|(?:{people})(?P<their>{households})?)"
    return _giving_to_class(
        rf"[^，。；！？\d]{{0,{_CLASS_NAME_MAX}}}?{klass}", alternation(rule["one_off"])
    )


def _giving_to_class(recipients: str, before_verb: str) -> re.Pattern:
    """A recipient marker (给/为), the recipients, a few characters, `before_verb` (一次性)
    and a giving verb."""
    data = raw_cues()
    before = f"(?:{before_verb})" if before_verb else ""
    return re.compile(
        rf"[{''.join(data['recipient_markers'])}]{recipients}[^，。；！？\d]{{0,4}}?{before}"
        rf"(?:{alternation([*data['each_giving_verbs'], '发放'])})"
    )


# 领到(的)年终一次性生活补贴(为)800元: the money's name between the receiving verb and the amount
_RECEIVED_NOUN_MAX = 12


@cache
def _receiving_pattern() -> re.Pattern:
    """A class of recipients, then a receiving verb (and the money's name), right before an
    amount; the verb may open the next clause with a word saying each gets it (…困难群体，都能
    领到…)."""
    rule = raw_cues()["class_rate"]
    return re.compile(
        rf"(?:{alternation(rule['receiving_nouns'])})"
        rf"(?:[，,](?:{alternation(rule['distributive'])}))?[^，。；！？\d]{{0,4}}?"
        rf"(?:{alternation(rule['receiving_verbs'])})了?[^，。；！？\d]{{0,{_RECEIVED_NOUN_MAX}}}$"
    )


@cache
def _distributive() -> tuple[str, ...]:
    """Words opening a clause that say each of the class before gets it (都, 均)."""
    return tuple(raw_cues()["class_rate"]["distributive"])


def _received_by_class(masked: str, lo: int, hi: int) -> bool:
    """Whether the amount at `hi` is what a class of recipients each receives, uncounted; or
    one listed after such an amount ("困难职工分别领到救助金3000元、2000元")."""
    head = _list_head(masked, lo, hi)
    found = _receiving_pattern().search(masked, max(lo, head - 12 - _RECEIVED_NOUN_MAX), head)
    return found is not None and _COUNTED.search(masked, lo, found.start() + 1) is None


# An amount of yuan listed right before another ("150元和500元", "3000元、2000元").
_LISTED_AMOUNT_BEFORE = re.compile(r"\d+(?:\.\d+)?万?元(?:和|、|或|及)$")


def _list_head(masked: str, lo: int, hi: int) -> int:
    """Where the first of a list of amounts ending at `hi` starts ("标准分别为|800元和1000元"):
    `hi` itself when no amount is listed right before it."""
    while listed := _LISTED_AMOUNT_BEFORE.search(masked, max(lo, hi - 16), hi):
        hi = listed.start()
    return hi


def _given_to_class(masked: str, mention: Mention, scope: Scope) -> str | None:
    """The rate of a small amount given to a whole area's uncounted class ("给全县低保户家庭
    发放了800元取暖补贴": per household), else None."""
    limits = _package_and_class()
    if mention.unit != "yuan" or mention.value > limits.one_off_max_yuan:
        return None
    before = masked[scope.clause[0] : mention.start]
    one_off = any(w in before for w in raw_cues()["class_rate"]["one_off"])
    if mention.value >= limits.class_max_yuan and ("全" in before or not one_off):
        return None  # only a one-off grant to a class is this large for each
    lo = scope.clause[0]
    if masked.startswith(_distributive(), lo) and lo > scope.sentence[0]:
        lo = _clause_before(masked, scope)  # "困难群体，都还能领到100元": the class before
    if _received_by_class(masked, lo, mention.start):
        return "yuan_per_person"  # "发放对象则领取600元现金": what each receives
    # "按“三无”家庭发放300元、其他低保家庭发放150元…的标准": each class's standard
    standard = starts_with(masked, scope.clause[0], cues().by_standard) is not None and any(
        w in masked[mention.end : scope.clause[1]] for w in cues().standard_after
    )
    if standard:
        item = masked[masked.rfind("、", scope.clause[0], mention.start) + 1 : mention.start]
        if any(w in item for w in raw_cues()["class_rate"]["households"]):
            return "yuan_per_household"
        if any(w in item for w in cues().beneficiaries):
            return "yuan_per_person"
    if "全" in before:
        found = list(_class_pattern().finditer(masked, scope.clause[0], mention.start))
    elif one_off:
        found = list(_one_off_pattern().finditer(masked, scope.clause[0], mention.start))
    elif "的" in before:
        found = list(_condition_class_pattern().finditer(masked, scope.clause[0], mention.start))
    else:
        return None
    if not found or any_within(masked, found[-1].end(), mention.start, cues().each_totals):
        return None
    households = found[-1].group("households") or found[-1].groupdict().get("their")
    return "yuan_per_household" if households else "yuan_per_person"


@cache
def _class_item_pattern() -> re.Pattern:
    """A list item that names a class of people or households and ends right before its
    amount ("七旬老人", "100周岁以上老人", an age band: "60-69岁")."""
    rule = raw_cues()["class_rate"]
    return re.compile(
        rf"[^、，,；;：:]{{0,10}}?"
        rf"(?:(?P<households>{alternation(rule['households'])})"
        rf"|{alternation(rule['people'])}|{alternation(rule['ages'])})"
    )


def _class_item(masked: str, mention: Mention, scope: Scope) -> str | None:
    """The rate of an amount a listed class receives ("六旬老人200元、七旬老人300元"): one of a
    list of such items, small enough for one person's gift, with no count of the class."""
    if mention.unit != "yuan" or mention.value >= _package_and_class().class_max_yuan:
        return None
    if not _in_amount_list_of_items(masked, mention):
        return None
    item = masked[scope.clause[0] : mention.start].rsplit("、", 1)[-1]
    found = _class_item_pattern().fullmatch(item)
    if found is None or _COUNTED.search(item):
        return None
    return "yuan_per_household" if found.group("households") else "yuan_per_person"


def _in_amount_list_of_items(masked: str, mention: Mention) -> bool:
    """Whether the amount is an item of a list whose items each end in an amount."""
    after = masked[mention.end : mention.end + 1]
    before = masked[max(0, mention.start - 16) : mention.start]
    # "六旬老人200元、七旬老人300元" or, item by clause, "六旬老人200元，七旬老人300元"
    listed = after in ("、", "，", ",")
    return listed or _ITEM_AFTER_AMOUNT.search(before) is not None


_ITEM_AFTER_AMOUNT = re.compile(r"元[、，,][^、，,。；]{0,12}$")  # the item before ended in 元


# A count of packages or goods in the clause: the amount before a packet's noun is then no
# single packet's value ("发放200个红包共6万元").
_COUNTED_ITEMS = re.compile(r"\d[\d.]*万?[余多]?[个份件套袋箱]")
_COUNTED_ITEMS_BEFORE = re.compile(r"\d[\d.]*万?[余多]?[个份件套袋箱床只]$")
# What may stand between a package's value and its noun ("价值100元、富有年味的节日礼包").
_PACKAGE_GAP = re.compile(r"[^，。；！？\d]{0,12}")


@dataclass(frozen=True)
class _SmallRates:
    """The limits and words of the rates given to one package or to a whole class."""

    class_max_yuan: float
    one_off_max_yuan: float  # a one-off grant to a class (一次性) is each one's up to this
    package_max_yuan: float
    package_before: tuple[str, ...]
    package_nouns: tuple[str, ...]
    package_each: tuple[str, ...]
    package_single: tuple[str, ...]
    package_one_of: tuple[str, ...]
    package_whole: tuple[str, ...]


@cache
def _package_and_class() -> _SmallRates:
    data = raw_cues()
    package = data["one_package"]
    return _SmallRates(
        data["class_rate"]["max_yuan"],
        data["class_rate"]["one_off_max_yuan"],
        package["max_yuan"],
        tuple(package["before"]),
        tuple(package["nouns"]),
        tuple(package["each"]),
        tuple(package["single"]),
        tuple(package["one_of"]),
        tuple(package["whole"]),
    )


def _value_of_each_share(masked: str, mention: Mention, scope: Scope) -> str | None:
    """The rate of a small value (价值…元) whose sentence set out each recipient's share in a
    clause before it ("标准是每户5样，包括…，价值近400元"), with no total or count between: what
    one share is worth, per household or per person. None otherwise."""
    rule = _package_and_class()
    if mention.unit != "yuan" or mention.value >= rule.package_max_yuan:
        return None
    value_end = _before_qualifier(masked, mention)
    value_word = ends_with(masked, value_end, rule.package_before)
    if value_word is None or masked.endswith(rule.package_whole, 0, value_end - len(value_word)):
        return None  # "总价值5000元": the whole gift's worth
    hit = nearest_left(masked, scope.sentence[0], scope.clause[0], cues().rates)
    if hit is None or _per_body(masked, hit) or hit[1].target == "yuan_per_person_month":
        return None
    between = masked[hit[0] : mention.start]
    if any(w in between for w in cues().each_totals) or _COUNTED.search(between):
        return None  # "每户送去…，共计价值1.2万元": the shares' total
    return hit[1].target


def _one_package(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether an amount is the value of one gift package ("送去价值100元的慰问礼包", "分发300元
    红包"), or of each package a sentence opening with it describes ("每个礼包装有…，价值
    1000多元")."""
    rule = _package_and_class()
    if mention.unit != "yuan" or mention.value >= rule.package_max_yuan:
        return False
    if masked.startswith(rule.package_single, mention.end):
        # "发放200个红包共6万元", "给这两位老人送上了2000元红包": a total, not one packet
        return not _COUNTED_ITEMS.search(
            masked, scope.clause[0], scope.clause[1]
        ) and not _COUNTED.search(masked, scope.sentence[0], mention.start)
    value_word = next(
        (w for w in rule.package_before if masked.endswith(w, scope.clause[0], mention.start)),
        None,
    )
    if value_word is None:
        return False
    if masked.endswith(rule.package_one_of, scope.clause[0], mention.start - len(value_word)):
        return True  # "配送一份价值300元的粮油套餐": one of the things given
    if _COUNTED_ITEMS_BEFORE.search(masked, scope.clause[0], mention.start - len(value_word)):
        return False  # "21个价值4400多元的温暖包": what the packages counted are worth together
    opening = starts_with(masked, scope.sentence[0], rule.package_each)
    if opening and masked.startswith(rule.package_nouns, scope.sentence[0] + len(opening)):
        return True
    before_value = mention.start - len(value_word)
    if masked.endswith(rule.package_each, scope.clause[0], before_value):
        return True  # "今天发放的“母亲邮包”每个价值300元": each of the things handed out
    each = starts_with(masked, scope.clause[0], rule.package_each)
    if each:
        # "温暖包300个，每个价值200元": each of the packages the sentence counts;
        # "每个“壹基金温暖包”价值365元": each of a package named in quotation marks
        named = masked[scope.sentence[0] : scope.clause[0]]
        quoted = masked.startswith("“", scope.clause[0] + len(each))
        # "…领到了首批“大礼包”，每个价值200元": each of the things just named, whatever they are
        valued = masked.startswith(value_word, scope.clause[0] + len(each))
        return quoted or valued or any(noun in named for noun in rule.package_nouns)
    gap = _PACKAGE_GAP.match(masked, mention.end, scope.clause[1]).group(0)
    # "领到价值200元的“慈善年货”": a package named in quotation marks
    return "的" in gap and (any(noun in gap for noun in rule.package_nouns) or "的“" in gap)


def _in_amount_list(masked: str, mention: Mention, joiners: str = "、") -> bool:
    """Whether an amount is one of a list of amounts joined by one of `joiners` ("75万元、3万元",
    "3.25万元和9.84万元" with 和)."""
    after = masked[mention.end : mention.end + 2]
    before = masked[max(0, mention.start - 2) : mention.start]
    return (len(after) == 2 and after[0] in joiners and after[1].isdigit()) or (
        len(before) == 2 and before[1] in joiners and before[0] == "元"
    )


def _paired_with_counted_groups(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether an amount is one of a list joined by 和 (及, 与) that pairs with groups the
    sentence counted before it, too large for what one member gets: each group's sum."""
    if mention.value < _package_and_class().class_max_yuan:
        return False  # "为20户…和10户…分别发放500元和800元": what each household got
    if not _in_amount_list(masked, mention, joiners="和及与"):
        return False
    head = _list_head(masked, scope.sentence[0], mention.start)
    return len(_COUNTED.findall(masked, scope.sentence[0], head)) >= 2


@cache
def _each_before_amount() -> re.Pattern:
    """A recipient marker and a giving verb, then 各 (or 分别) right before the amount."""
    data = raw_cues()
    each, verbs = alternation(data["each_words"]), alternation(data["each_giving_verbs"])
    markers = "".join(data["recipient_markers"])
    return re.compile(
        rf"[{markers}][^，。；！？]{{1,30}}?(?:{verbs})[^，。；！？\d]{{0,12}}?(?:{each})$"
    )


def _each_right_before(masked: str, lo: int, hi: int) -> bool:
    """Whether money went to each recipient by a 各 right before it ("为3户困难家庭发放救助
    慰问金各3000元"); goods counted so ("棉被棉褥各50床") are each kind's, read elsewhere."""
    return _each_before_amount().search(masked, lo, hi) is not None


def _given_to_each(masked: str, lo: int, hi: int) -> bool:
    """Whether the clause before an amount says it went to each recipient ("分别送给张某、李某
    慰问金200元", "为全村25户各送去…100元"), unless a total word comes between (…共计…)."""
    c = cues()
    if not any_within(masked, lo, hi, c.each_words):
        return False
    for pattern in _each_patterns():
        found = [m for m in pattern.finditer(masked, lo, hi)]
        if not found or any_within(masked, found[-1].end(), hi, c.each_totals):
            continue
        to_whom = masked[found[-1].end() - 1] in c.recipient_markers
        if to_whom and MENTION.match(masked, found[-1].end()):
            continue  # "资金分别为2.87亿元和9000万元": 为 is "are", each amount its own item's
        if to_whom and any_within(masked, found[-1].end(), hi, c.bodies):
            continue  # "两位劳模分别向市总工会捐助5万元": each giver's gift to a body, raised
        if any_within(masked, found[-1].start(), found[-1].end(), c.not_families_before):
            continue  # "为这两家困难企业分别送上2万元": each business's sum, no rate per person
        if to_whom and _institutions_named(masked, found[-1].end(), hi):
            continue  # "分别为各驻地部队送去经费1万元": each institution's sum
        return True
    return False


def _institutions_named(masked: str, lo: int, hi: int) -> bool:
    """Whether the recipients between `lo` and `hi` are institutions: one is named and no
    people or households of theirs after it ("分别为各学校困难学生…" are people)."""
    c = cues()
    last = nearest_left(masked, lo, hi, c.institutions)
    if last is None:
        return False
    return not any_within(masked, last[0], hi, _their_people())


@cache
def _their_people() -> tuple[str, ...]:
    """Words naming people of an institution ("困难教师", "职工"): beneficiaries and need."""
    return cues().beneficiaries + tuple(raw_cues()["persons"]["in_need"])


def standard_without_basis(masked: str, mention: Mention, lo: int | None = None) -> bool:
    """Whether an amount is a standard ("按…元的标准", "每家企业…5万元", the clause starting
    at `lo`) with no person or household it is per: no outcome, and no rate the contract can
    hold."""
    if starts_with(masked, mention.end, cues().standard_after) is not None:
        return True
    if lo is None:
        return False
    hit = nearest_left(masked, lo, mention.start, cues().rates)
    if _per_counted_body(masked, lo, mention, hit):
        return True  # "按每所20万元给予补助", "每次救援补助100元": per school, per occasion
    return hit is not None and _per_body(masked, hit)


def _per_counted_body(
    masked: str, lo: int, mention: Mention, rate: tuple[int, str | Cue] | None
) -> bool:
    """Whether a counter of institutions or occasions (每所, 每次, 每桌) stands before the amount
    in masked[lo:] with no rate word of the contract after it (`rate`: the nearest one)."""
    counter = nearest_left(masked, lo, mention.start, cues().rate_body_counters)
    return counter is not None and (rate is None or rate[0] < counter[0])


def per_time(masked: str, mention: Mention, lo: int) -> bool:
    """Whether an amount is so much per hour or day, right after the time ("每小时8元的补助"):
    a rate the contract has no unit for, whoever receives it."""
    return masked.endswith(cues().rate_per_time, lo, mention.start)


_AVERAGE_REACH = 6  # "日均服务", "平均每天接待了": the verb between the average word and its count


def is_average(masked: str, mention: Mention, lo: int) -> bool:
    """Whether a count or amount is an average over days or months ("日均服务360人次"), not
    a total of what was done."""
    start = max(lo, mention.start - _average_reach())
    return nearest_left(masked, start, mention.start, cues().averages) is not None


@cache
def _average_reach() -> int:
    """How far before a count its average word may start: the verb between, and the word."""
    return _AVERAGE_REACH + max(map(len, cues().averages))


def _per_body(masked: str, hit: tuple[int, Cue]) -> bool:
    """Whether a rate word (每家, 每个) is followed by a body, not a household or person, or
    by a time (每人每天): a rate the contract has no unit for."""
    after = hit[0] + len(hit[1].word)
    return masked.startswith(cues().rate_per_body, after) or masked.startswith(
        cues().rate_per_time, after
    )


def _is_not_outcome(masked: str, mention: Mention, scope: Scope, actions: tuple[Cue, ...]) -> bool:
    """Case-management counts (调出, 提标 …) and where a change started (由…7.1万户减少到…)
    are not outcomes."""
    c = cues()
    if _change_starts(masked, mention):
        return True
    bad = nearest_left(masked, scope.clause[0], mention.start, c.not_outcome_verbs)
    if bad is None:
        return False
    good = nearest_left(masked, scope.clause[0], mention.start, actions) if actions else None
    return good is None or good[0] < bad[0]


def _action_outside(masked: str, lo: int, hi: int, states: tuple[str, ...], actions) -> bool:
    """Whether masked[lo:hi] holds an action verb that is not part of a state word
    ("需紧急生活救助" holds 救助, which is no action of the campaign)."""
    pos = lo
    while hit := first_right(masked, pos, hi, actions):
        start, cue = hit
        end = start + len(spelled(cue))
        state = first_right(masked, max(lo, start - 8), min(hi, end + 8), states)
        covered = False
        while state is not None and state[0] <= start:
            if state[0] + len(state[1]) >= end:
                covered = True
                break
            state = first_right(masked, state[0] + 1, min(hi, end + 8), states)
        if not covered:
            return True
        pos = start + 1
    return False


def in_need_or_damage(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count of people or households states a need or a damage, not an outcome:
    "需紧急生活救助56.6万人", "倒损住房3.6万户", "5.8万人受灾需救助" (but "救助受灾群众5000人"
    and "为5000名受灾群众发放救助金" are outcomes: the campaign's own verb stands there)."""
    c = cues()
    states, actions = c.need_or_damage, c.relief_actions
    lo, hi = scope.clause
    if _need_of_people(masked, lo, mention.start) and not _action_outside(
        masked, lo, mention.start, states, actions
    ):
        return True
    # "需口粮救助的受灾群众有282万人": a need written before the people counted.
    if (need := _need_patterns()[0].search(masked, lo, mention.start)) and not _action_outside(
        masked, lo, need.start(), states, actions
    ):
        return True
    # "278.9万困难群众需要冬春生活救助": a need, the people named between count and verb; but
    # "为200名需要救助者实施救助": people the campaign did something for, whom the need describes.
    if need_after := _need_patterns()[1].match(masked, mention.end, hi):
        served = _recipient_before(masked, lo, mention.start) and _action_outside(
            masked, need_after.end(), hi, states, actions
        )
        if not served:
            return True
    # The predicate may follow a second count of the same people ("12931户58289人受灾").
    after = _NEXT_COUNT.match(masked, mention.end)
    predicate = after.end() if after else mention.end
    # … or the people's noun ("4户家庭缺少取暖设备")
    predicate += len(who) if (who := starts_with(masked, predicate, c.beneficiaries)) else 0
    if starts_with(masked, predicate, states):
        # "走进7户受灾困难群众家中": the object of a relief action, the need word describes them
        acted_on = _action_outside(masked, lo, mention.start, states, actions)
        return not acted_on and not _action_outside(masked, mention.end, hi, states, actions)
    # "5户群众的民房受到不同程度损坏": a damage said further on in the count's own item, in a
    # clause no relief acts in
    item_end = masked.find("、", predicate, hi)
    item_end = hi if item_end < 0 else item_end
    return any_within(masked, predicate, item_end, c.damage) and not _action_outside(
        masked, lo, hi, states, actions
    )


def _recipient_before(masked: str, lo: int, start: int) -> bool:
    """Whether a count is the object of 为, 向, 给 or 对 ("为200名…", "共为200名…")."""
    return _near_recipient_marker(masked, lo, start) >= 0


def _need_of_people(masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] states a need or damage, not only a place's (受灾地区的…群众 names
    where the people live: 受灾 before one of cues.yml need_places)."""
    c = cues()
    if not any_within(masked, lo, hi, c.need_or_damage):
        return False
    while (state := nearest_left(masked, lo, hi, c.need_or_damage)) is not None:
        if not masked.startswith(c.need_places, state[0] + len(state[1])):
            return True
        hi = state[0]
    return False


@cache
def _need_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A need written before the people counted ("需口粮救助的…"), and one after them."""
    c = cues()
    need, relief = alternation(c.need_before_relief), alternation(c.need_relief)
    return (
        # "需衣被救助和取暖救助的有12万人": two reliefs needed, joined; "需政府救助人数为650万人":
        # the count of those in need
        re.compile(rf"(?:{need})[^，。；！？\d]{{0,16}}?(?:{relief})(?:的|人数|人口)"),
        re.compile(rf"[^，。；！？\d]{{0,8}}?(?:{need})[^，。；！？\d]{{0,8}}?(?:{relief})"),
    )


_NEXT_COUNT = re.compile(r"\d+(?:\.\d+)?[万亿]?[余多]?[户人名](?:次)?")


def is_no_outcome_count(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count of people or households is a need, a damage, donors or an audience:
    no frame or table heading can make it an outcome."""
    if in_need_or_damage(masked, mention, scope) or _caseload(masked, mention, scope):
        return True
    if _in_change(masked, mention, scope):
        return True  # "低保人数由617人增加到3.5万人": a change, where it started or ended
    if _quota_per_body(masked, mention, scope) or _in_campaign_name(masked, mention, scope):
        return True
    if _quota_per_person(masked, mention, scope):
        return True  # "每名干部联系3户": what each takes on
    if _got_a_loan(masked, mention, scope):
        return True  # "1万多名下岗人员拿到了总额1.2亿元的小额贷款": borrowers, no relief
    if _negated_action_after(masked, mention, scope):
        return True  # "仍有793人未能联系上": what was not done
    if any_within(masked, scope.clause[0], mention.start, cues().capacity):
        return True  # "可容纳受救助人员150人左右": what a place can hold
    if mention.unit in ("persons", "person_visits"):
        if any_within(masked, mention.end, scope.clause[1], _refused()):
            return True  # "其中3人拒绝救助": they turned the help down
        if masked.endswith(_prizes(), scope.clause[0], _before_qualifier(masked, mention)):
            return True  # "获二等奖两名、优秀奖两名": a contest's winners
        return _audience(masked, mention, scope) or _donors(masked, mention, scope)
    return False


@cache
def _prizes() -> tuple[str, ...]:
    """Words a contest's winners are counted after (一等奖3名)."""
    return tuple(raw_cues()["persons"]["prizes"])


def _before_qualifier(masked: str, mention: Mention) -> int:
    """Where a count starts, before a qualifier written right before it (近, 约, 超过)."""
    qualifier = ends_with(masked, mention.start, cues().qualifier_before)
    return mention.start - (len(qualifier.word) if qualifier else 0)


def _negated_action_after(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether the first action after a count in its clause is negated ("793人未能联系上",
    "30户尚未走访", "270位牧民暂时联系不上"): the people or households it was not done to."""
    c = cues()
    action = first_right(masked, mention.end, scope.clause[1], c.person_actions)
    if action is None:
        return False
    action_end = action[0] + len(spelled(action[1]))
    if not (
        masked.endswith(c.negations, mention.end, action[0])
        or masked.startswith(c.unable_after, action_end)
    ):
        return False
    # "…和未享受离退休待遇的城镇老党员": a negated verb in a modifier describes the people
    return "的" not in masked[action[0] : scope.clause[1]]


@cache
def _refused() -> tuple[str, ...]:
    """Words saying that the people counted before them turned the help down."""
    return tuple(raw_cues()["persons"]["refused"])


def _got_a_loan(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether the people counted received money named as a loan in their clause."""
    got = first_right(masked, mention.end, scope.clause[1], cues().received_by)
    return got is not None and any_within(masked, got[0], scope.clause[1], cues().loans)


@cache
def _campaign_name_after() -> re.Pattern:
    """What follows a count inside a campaign's name: the name's head (行动, 活动) and a verb
    that launches or holds it ("向城乡两万特困户送温暖联合爱心大行动在西安启动")."""
    names = raw_cues()["campaign_names"]
    return re.compile(
        rf"[^，。；：！？的\d]{{0,16}}?(?:{alternation(names['heads'])})"
        rf"(?:{alternation(names['launched'])})"
    )


def _in_campaign_name(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count is part of a campaign's name, which the clause launches or holds."""
    return _campaign_name_after().match(masked, mention.end, scope.clause[1]) is not None


def _quota_per_body(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count is so many for each body ("以每个社区50户…为标准"): a quota, no total."""
    lo = max(scope.clause[0], mention.start - 6)
    at = masked.rfind("每", lo, mention.start)
    if at >= 0 and _each_body_end(masked, at) == mention.start:
        return True
    # "每村慰问困难群众不少于3户": a clause about each body sets each one's quota
    opening = scope.clause[0]
    return masked.startswith("每", opening) and _each_body_end(masked, opening) is not None


_EACH_FEW = re.compile(r"每[\d两二三四五]+[人名]")


def _quota_per_person(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count follows 每人, 每名 … or 每2人 in its clause: so many for each person."""
    lo = scope.clause[0]
    return (
        any_within(masked, lo, mention.start, cues().quota_per_person)
        or _EACH_FEW.search(masked, lo, mention.start) is not None
    )


def _each_body_end(masked: str, at: int) -> int | None:
    """Where 每 at `at` and the body it counts (每个社区, 每村) end; None when no body follows."""
    after = at + 1 + (masked[at + 1 : at + 2] in ("个", "家", "所"))
    body = starts_with(masked, after, cues().rate_per_body)
    return None if body is None else after + len(body)


def _caseload(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count states how many there are ("全村有贫困户38户", "街道共有低保户68户"),
    not what was done for them: 有 before it and no action in its clause."""
    c = cues()
    lo, hi = scope.clause
    if _acted_on_next(masked, scope):
        return False
    if _attending(masked, mention.end, hi):
        return False  # "有400名环卫工人参加": who attended, for the audience rule to weigh
    if any_within(masked, lo, mention.start, c.registered_stock):
        return False  # "现有在档困难职工295名": the registered stock, which the corpus keeps
    if any_within(masked, lo, mention.start, c.received_stock):
        return False  # "受助对象中有4个特困人员": those who received, not a caseload
    if first_right(masked, mention.end, hi, _aid_received()) is not None:
        return False  # "全县共有2100名学生受助": how many received
    while not _acts_beyond_people_nouns(masked, lo, hi):
        if nearest_left(masked, lo, min(hi, mention.start), c.there_are):
            return True
        # "街道共有低保户68户，困境儿童31名": a clause without a verb goes on counting what
        # the clause before it said there is
        if lo <= scope.sentence[0] or masked[lo - 1] not in "，,、":
            return False
        hi = lo - 1
        lo, _ = bounds(masked, hi, CLAUSE_MARKS, scope.sentence[0], hi)
    return False


def _acted_on_next(masked: str, scope: Scope) -> bool:
    """Whether the next clause turns to those counted and does something for them: "…有困难户
    200户，为他们发放慰问金2万元", "…，送去慰问物资3000元"."""
    c = cues()
    back = _opening_next_clause(masked, scope, c.back_to_recipients)
    if back is None:
        # "…有10户困难户，送去慰问物资3000元": a clause opening with a hand-out gives to them;
        # "将有2800余户…，领到价值200元的…": one opening with receiving says they received;
        # "另有900户…，都按每户2公斤的标准领到了…": all of them received
        return (
            _opening_next_clause(masked, scope, c.giving_verbs) is not None
            or _opening_next_clause(masked, scope, c.received_by) is not None
            or _all_of_them_received(masked, scope)
        )
    lo = back[0]
    _, nxt = bounds(masked, lo, CLAUSE_MARKS, lo, scope.sentence[1])
    return _acts(masked, lo, nxt)


def _all_of_them_received(masked: str, scope: Scope) -> bool:
    """Whether the next clause opens with the people counted before it (都, 均, 每户 …) and
    says they received something in it."""
    clause = _clause_on_those_counted(masked, scope)
    return clause is not None and any_within(masked, *clause, cues().received_by)


def _acted_on_by(between: str) -> Cue | None:
    """The action opening the words between a people noun and a count, unless it counts the
    people of the noun themselves ("一行5人"): "工作人员发现2名…" counts whom they found."""
    verb = starts_with(between, 0, cues().person_actions)
    return None if verb is None or verb.target == "staff_mobilized" else verb


def _acts_beyond_people_nouns(masked: str, lo: int, hi: int) -> bool:
    """`_acts`, not counting the verbs inside nouns that name people by what is done for them
    (救助对象, 慰问对象): they do nothing ("大良有社会救助对象480多户")."""
    if not _acts(masked, lo, hi):
        return False
    if not any_within(masked, lo, hi, cues().person_nouns):
        return True
    text = masked[lo:hi]
    for noun in cues().person_nouns:
        text = text.replace(noun.word, "□" * len(noun.word))
    return _acts(text, 0, len(text))


def _acts(masked: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] does something for people or with money."""
    c = cues()
    return any_within(masked, lo, hi, c.person_actions) or any_within(
        masked, lo, hi, c.money_action_verbs
    )


def _attending(masked: str, lo: int, hi: int) -> tuple[int, str] | None:
    """The first word in [lo, hi) saying people attend something (参加, 出席), unless an aspect
    mark after it says what they once did: "3名参加过抗美援朝的老兵" says who they are."""
    c = cues()
    word = first_right(masked, lo, hi, c.person_not_outcome)
    if word is None or masked.startswith(c.past_experience, word[0] + len(word[1])):
        return None
    return word


def _audience(masked: str, mention: Mention, scope: Scope) -> bool:
    """ "…群众代表共60余人参加了启动仪式": people counted as they attend, whatever came before."""
    c = cues()
    audience = _attending(masked, mention.end, scope.clause[1])
    if audience is None:
        return False
    # a verb in a modifier closed by 的 says who they are ("4名受到资助的学生代表…发言")
    described = masked.rfind("的", mention.end, audience[0])
    if any_within(masked, max(mention.end, described + 1), audience[0], c.person_actions):
        return False
    if _joins_the_work(masked, audience, scope.clause[1]):
        return False  # "共60余人参加了此次慰问活动": the visiting party
    if _at_an_activity(masked, mention.end, audience, _staff_nouns()):
        return False  # "150余名志愿者参加了活动": the volunteers who did it
    if _at_an_activity(masked, mention.end, audience, cues().beneficiaries):
        return False  # "30多名贫困妇女参加了此次活动": those it was held for
    if any_within(masked, *scope.sentence, c.meals):
        return False  # "有400名环卫工人参加" a charity's New Year dinner: they were its guests
    # "…近400名老人参加了团拜会，每人都领到了300元": the next clause gives to those counted
    return _verb_of_next_clause(masked, scope) is None


_WORK_GAP = 6  # "了此次", "了本次爱心": words between attending and the work attended


def _joins_the_work(masked: str, attending: tuple[int, str | Cue], hi: int) -> bool:
    """Whether what people attend is the relief work itself ("参加了此次慰问活动",
    "参与走访工作"), not a ceremony or a meeting: they did it."""
    word = attending[1]
    lo = attending[0] + len(spelled(word))
    c = cues()
    if masked.startswith(c.patrols, lo + 1 if masked.startswith("了", lo) else lo):
        return True  # "共有96人参加巡查": the patrol is the work
    work = first_right(masked, lo, min(hi, lo + _WORK_GAP + 4), c.person_actions)
    if work is None or work[0] - lo > _WORK_GAP:
        return False
    end = work[0] + len(work[1].word)
    while (more := starts_with(masked, end, c.person_actions)) is not None:
        end += len(more.word)  # "走访慰问活动"
    return masked.startswith(c.work_nouns, end)


@cache
def _staff_nouns() -> tuple[str, ...]:
    """The person nouns naming people who do relief work (志愿者, 干部, 党员 …)."""
    return tuple(n.word for n in cues().person_nouns if n.target == "staff_mobilized")


def _at_an_activity(
    masked: str, end: int, attending: tuple[int, str | Cue], nouns: tuple[str, ...]
) -> bool:
    """Whether people named by one of `nouns` right before the attending word ("150余名志愿者
    参加了活动", "30多名贫困妇女参加了此次活动") attend an activity, not a ceremony."""
    at, word = attending
    if not masked.endswith(nouns, end, at):
        return False
    lo = at + len(spelled(word))
    return any_within(masked, lo, lo + _WORK_GAP + 2, cues().work_nouns)


_GIVEN_TO = ("给", "予")  # right after a verb of giving: whom it went to follows


def _donors(masked: str, mention: Mention, scope: Scope) -> bool:
    """A count of people who give ("200多名干部和5家企业捐款") counts donors, no metric's."""
    c = cues()
    lo, hi = scope.clause
    if masked.startswith(c.giver_nouns, mention.end):
        return True  # "100多名爱心人士参与": givers, whatever they did
    given = nearest_left(masked, lo, mention.start, c.donating)
    if given is not None and not masked.endswith(c.receiving_gifts, lo, given[0]):
        # "捐款献爱心的企业共5.56万家、个人共330.8万人次": who gave, named before the count
        modifier = masked[given[0] : mention.start]
        # "捐赠给灞桥区的1000名老人": given to them, the people after 给 receive
        to_them = masked.startswith(_GIVEN_TO, given[0] + len(spelled(given[1])))
        if (
            "的" in modifier
            and not to_them
            and not any_within(masked, given[0], mention.start, c.person_actions)
        ):
            return True
    joined = starts_with(masked, mention.end, c.donating_joiners)
    if joined is not None and mention.end + len(joined) == hi and masked[hi : hi + 1] in "，,":
        # "3天内动员50万人次参与，募得善款2000万元": those who took part gave
        return masked.startswith(c.raised_results, hi + 1)
    gift = first_right(masked, mention.end, hi, c.donating)
    if gift is None:
        return False
    if _recipient_before(masked, lo, mention.start):
        return False  # "为150余名困难群众捐赠了羽绒服": those given to, not those who gave
    if any_within(masked, mention.end, gift[0], c.receiving_gifts):
        return False  # "300名学生获得了爱心捐助": they received the gift
    verb_lo = gift[0]
    if masked[verb_lo - 1 : verb_lo] == "了" and verb_lo - 1 > mention.end:
        verb_lo -= 1  # "8名党员参与了捐款": the particle joins the joiner to the gift
    for joiner in c.donating_joiners:  # "202.9万人次参与捐款": taking part in giving is giving
        if masked.endswith(joiner, mention.end, verb_lo):
            verb_lo -= len(joiner)
            break
    if any_within(masked, mention.end, verb_lo, c.person_actions):
        return False
    return not any_within(masked, lo, mention.start, c.person_actions)


def is_not_money_outcome(masked: str, mention: Mention, scope: Scope) -> bool:
    """Losses, wages recovered, loans: an amount after such a word in its clause, with no
    relief verb between them, is no relief outcome ("直接经济损失达211.4亿元")."""
    c = cues()
    if _in_change(masked, mention, scope):
        return True  # "由原来的每户补助100元提高到200元": a change of standard, no outcome
    bracket = starts_with(masked, mention.end, c.bracket_after)
    if bracket is not None:
        after = mention.end + len(bracket)
        if masked[after : after + 1].isdigit():
            return True  # "捐300元的有2人": one bracket of a list of gifts
    named = _NAMED_AFTER.match(masked, mention.end, scope.clause[1])
    if named and named.group(0).endswith(tuple(c.not_outcome_money)):
        return True  # "拿到了总额1.2亿元的小额贷款": the money is a loan
    if (
        named
        and named.group(0).endswith(c.record_named)
        and any_within(masked, scope.clause[0], mention.start, c.record_broken)
    ):
        return True  # "打破了2018年慈善日2.78亿元的纪录": the year before's, compared with
    if masked.startswith(_income_words(), mention.end + masked.startswith("的", mention.end)):
        return True  # "每月400元的收入": what a family lives on
    if masked.startswith(_condition_closes(), mention.end):
        return True  # "采暖费超过1250元的，超出部分由个人负担": a threshold of who or what
    if _recurring_cost(masked, mention, scope):
        return True  # "每年6000多元学费": what a family pays each year
    if _unit_price().search(masked, max(scope.clause[0], mention.start - 8), mention.start):
        return True  # "菜籽油4000瓶（每瓶28元）": the price of one bottle
    if _per_area(masked, mention, scope):
        return True  # "每平方米减免6.5元", "10元/㎡": a rate per area, which no unit holds
    lo = scope.clause[0]
    heading = lo > scope.sentence[0] and masked[lo - 1] in "：:"
    if heading and nearest_left(masked, _clause_before(masked, scope), lo - 1, c.not_outcome_money):
        return (
            True  # "民政事业费：累计支出30.4亿元": what the heading names is what the verb spends
        )
    bad = nearest_left(masked, lo, mention.start, c.not_outcome_money)
    if bad is None:
        return False
    good = nearest_left(masked, lo, mention.start, c.money_action_verbs)
    return good is None or good[0] < bad[0]


@cache
def _condition_closes() -> tuple[str, ...]:
    """What follows an amount closing a conditional phrase ("…1250元的，", "…4万元以上的，")."""
    bounds_ = ("", *raw_cues()["threshold_bounds"])
    return tuple(f"{bound}的{mark}" for bound in bounds_ for mark in "，,")


_PER_AREA_REACH = 6  # characters from 每平方米 to its amount ("每平方米减免6.5元")


def _per_area(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether an amount is per unit of floor area: an area word after 每 a few characters
    before it, or after a slash right after it."""
    each_area, slash_area = _area_units()
    if masked.startswith(slash_area, mention.end):
        return True
    lo = max(scope.clause[0], mention.start - _PER_AREA_REACH - 4)
    return any(word in masked[lo : mention.start] for word in each_area)


@cache
def _area_units() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A unit of floor area after 每 and after a slash (每平方米, /㎡): a rate per one of them is
    no rate per household."""
    units = raw_cues()["area_units"]
    return tuple(f"每{u}" for u in units), tuple(f"/{u}" for u in units)


@cache
def _unit_price() -> re.Pattern:
    """每 and a measure of goods right before an amount ("每瓶28元", "每斤约3元")."""
    items = raw_cues()["items"]
    measures = alternation(items["unit_price_measures"])
    links = alternation(items["unit_price_links"])
    return re.compile(rf"每(?:{measures})(?:{links})?$")


def _recurring_cost(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether an amount is a family's monthly or yearly cost or income: 每月/每年 before it in
    its clause, with no rate word, no money verb and no body there ("省总工会每年设置5000万元
    资金" is a body's yearly budget)."""
    c = cues()
    lo = scope.clause[0]
    if not any_within(masked, lo, mention.start, _recurring_words()):
        return False
    return not any(
        any_within(masked, lo, mention.start, words) for words in (c.rates, c.money_verbs, c.bodies)
    )


@cache
def _recurring_words() -> tuple[str, ...]:
    """Words saying an amount comes back each month or year (每月, 每年 …)."""
    return tuple(raw_cues()["recurring_before"])


# What an amount is, named right after it ("1.2亿元的小额贷款"): 的 and a short noun.
_NAMED_AFTER = re.compile(r"的[^，。；！？、\d的]{1,6}")


_PACKAGE_REACH = 6  # "每份价值约380元": from the word to the amount


@cache
def _per_package() -> tuple[str, ...]:
    """Words for one package handed out (每份, 每袋 …): what it is worth, each recipient gets."""
    return tuple(raw_cues()["per_package"])


@cache
def _aid_received() -> tuple[str, ...]:
    """Words after a count of people saying they then received aid (接受救助 …)."""
    return tuple(raw_cues()["persons"]["aid_received_after"])


@cache
def _received_in_hand() -> tuple[str, ...]:
    """Receiving verbs said only of people taking aid in hand (领到, 领取 …)."""
    return tuple(raw_cues()["received_in_hand"])


@cache
def _income_words() -> tuple[str, ...]:
    """What a family lives on, named after an amount (收入, 退休金 …): no money given."""
    return tuple(raw_cues()["income_named_after"])


# A period written after an amount ("248元/月"): what it is per, before the change word.
_PER_TIME_TAIL = re.compile(r"[/／](?:月|年|天|日)")


def _change_starts(masked: str, mention: Mention) -> bool:
    """Whether a number is where a change starts ("由7.1万户减少到…", "从500元/人提高到…",
    "由248元/月调整提高到…", "由2007年的30多万元，增加到…")."""
    tail = _PER_TIME_TAIL.match(masked, mention.end)
    end = tail.end() if tail else mention.end
    if masked[end : end + 1] in ("，", ","):
        end += 1
    return starts_with(masked, end, cues().change_to) is not None


# The year a change ended in, between the movement word and the amount ("增加到2011年的200多万元",
# "增至今年的5000人").
_YEAR_OF = re.compile(r"(?:\d{4}年(?:底|末)?|今年|目前|现在|当前)的?$")


def _in_change(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether an amount is where a change starts or, after 由/从 or a standard in its clause
    (or in the clause before, when its own opens with the movement), where it ends ("…提高到
    700元/人", "…标准提高到1720元", "由…，增加到2011年的200多万元")."""
    c = cues()
    if _change_starts(masked, mention):
        return True
    # "由…增加到现在的近210万元": the year it ended in and a qualifier between
    lo, end = scope.clause[0], _before_qualifier(masked, mention)
    if year := _YEAR_OF.search(masked, lo, end):
        end = year.start()
    if not masked.endswith(c.change_to, lo, end):
        return False
    if lo > scope.sentence[0] and starts_with(masked, lo, c.change_to):
        lo, _ = bounds(masked, lo - 1, CLAUSE_MARKS, scope.sentence[0], lo - 1)
    # a standard's new level with its rate written ("标准提高到100元/人/月") states the standard
    levels = () if mention.rate_after else c.change_levels
    return any(w in masked[lo : mention.start] for w in (*c.change_from, *levels))


@cache
def _baselines() -> tuple[str, ...]:
    """Words naming the period a comparison starts from (上期, 去年同期)."""
    return tuple(raw_cues()["changes"]["baselines"])


@cache
def _raised_by() -> tuple[str, ...]:
    """A raise word with 了 after it (提高了): the movement, said as done."""
    return tuple(w + "了" for w in cues().raises)


def is_change(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether the amount is a difference: a movement word right before it, after a comparison
    in its clause ("较上年增加200万元", "同比增长1.2万人") or a change stated earlier in its
    sentence ("…上调至600元，提高了300元"); or the level a comparison starts from (上期…)."""
    c = cues()
    if masked.endswith(_baselines(), scope.clause[0], mention.start):
        return True  # "上期714,496.8万元": the level another period started from
    if masked.endswith(c.change_to, scope.clause[0], mention.start):
        return False  # "…，特困供养标准提高至1600元/月": a new level, however many went before
    lo = scope.clause[0]
    end = _list_head(masked, lo, mention.start)  # "分别提高20元和15元": each item a change
    before = masked[max(lo, end - 4) : end]
    if not any(w in before for w in c.changes):
        return False
    if masked.endswith(c.raises, lo, end) or masked.endswith(_raised_by(), lo, end):
        return True  # "救助金提高250元/年": a level's movement, its comparison unsaid
    # "由每户300元上调至600元，提高了300元": after a change stated in its sentence, too; "补助标准
    # 提高20元": a standard's movement is a change, its level unsaid
    return (
        any_within(masked, lo, end, c.comparisons)
        or any_within(masked, lo, end, c.change_levels)
        or any_within(masked, scope.sentence[0], lo, c.change_to)
    )


@cache
def _conditions() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words opening a condition, and those opening its consequence."""
    data = raw_cues()["conditions"]
    return tuple(data["openers"]), tuple(data["consequences"])


@cache
def _comparisons() -> tuple[str, ...]:
    """Words comparing with a threshold right before its amount (大于等于50元)."""
    return tuple(raw_cues()["conditions"]["comparisons"])


def states_a_condition(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether the amount is part of a rule, not an outcome: in a clause opening with a condition
    word ("凡是捐赠200元的"), right after a comparison ("票价之和大于等于50元"), or in the
    consequence clause after one ("就可以视为资助了1户")."""
    openers, consequences = _conditions()
    lo = scope.clause[0]
    if masked.startswith(openers, lo) or masked.endswith(_comparisons(), lo, mention.start):
        return True
    if lo <= scope.sentence[0] or not masked.startswith(consequences, lo):
        return False
    return masked.startswith(openers, _clause_before(masked, scope))


def _next_sentence_verb(masked: str, scope: Scope, words: tuple[Cue, ...]) -> Cue | None:
    """The cue of the next sentence when it opens by referring back ("以上资金已全部发放")."""
    referring = _next_sentence_referring_back(masked, scope)
    hit = first_right(masked, *referring, words) if referring else None
    return hit[1] if hit else None


def _next_sentence_referring_back(masked: str, scope: Scope) -> tuple[int, int] | None:
    """The span of the next sentence when it opens by referring back (以上, 这批 …), else None."""
    start = scope.sentence[1] + 1
    if start >= len(masked) or not starts_with(masked, start, cues().back_references):
        return None
    end = start
    while end < len(masked) and masked[end] not in SENTENCE_MARKS:
        end += 1
    return start, end


@cache
def _relative_tail() -> re.Pattern:
    """What a raising verb's relative clause ends in before its amount ("筹集到的300万元")."""
    words = raw_cues()["raised_relative"]
    return re.compile(
        rf"(?:{alternation(words['complements'])})?的(?:{alternation(words['before_amount'])})?$"
    )


def _spent_after_raised(
    masked: str, mention: Mention, scope: Scope, raised: tuple[int, Cue]
) -> str | None:
    """aid_disbursed when money a relative clause says was raised is then paid out by a verb
    after it in its clause ("把募集的8万元慰问金发放到…"), else None."""
    if not _relative_tail().search(masked, raised[0] + len(raised[1].word), mention.start):
        return None
    verb = first_right(masked, mention.end, scope.clause[1], cues().money_action_verbs)
    return "aid_disbursed" if verb and verb[1].target == "aid_disbursed" else None


@cache
def _spending() -> frozenset[str]:
    """Verbs of money spent from a fund (支出, 列支): paid out, whoever holds the fund."""
    return frozenset(raw_cues()["spending_verbs"])


@cache
def _valuations() -> frozenset[str]:
    """Words that value goods (价值, 折合) rather than act on them."""
    return frozenset(raw_cues()["valuation_words"])


def _raised_before(masked: str, lo: int, hi: int) -> bool:
    """Whether the nearest money action in masked[lo:hi] raises money (募集, 筹集) and governs
    what follows: not a gift to someone (捐赠) nor a modifier ("筹集到的…资金和价值…的物资")."""
    taken = nearest_left(masked, lo, hi, cues().money_action_verbs)
    return (
        taken is not None
        and taken[1].target == "funds_raised"
        and taken[1].word not in cues().donating
        and "的" not in masked[taken[0] : hi]
    )


def money_metric(masked: str, mention: Mention, scope: Scope) -> str:
    """funds_raised, aid_disbursed or in_kind_value for an amount of yuan."""
    c = cues()
    after = masked[mention.end : mention.end + 8].lstrip("的（(")
    noun = starts_with(after, 0, c.money_nouns)
    raised = nearest_left(masked, scope.clause[0], mention.start, c.money_action_verbs)
    got = nearest_left(masked, scope.clause[0], mention.start, c.received_by)
    if (
        got
        and (raised is None or raised[0] <= got[0])
        and (
            _recipients_counted(masked, scope.sentence[0], got[0])
            or masked.endswith(c.beneficiaries, scope.clause[0], got[0])
            or masked.startswith(_received_in_hand(), got[0])
        )
    ):
        # "老人119名…收到了23800元的慰问物资", "35名女童领到了助学金21200元", "老人得到
        # 8000元救助": what the people counted or named received was given out, goods
        # named after it valued ("收到了3万余元的过冬棉衣")
        if noun in _specific_nouns():
            return noun.target
        return "in_kind_value" if _goods_named_after(masked, mention, scope) else "aid_disbursed"
    if (
        got
        and got[1] in c.receiving_gifts
        and raised is not None
        and raised[0] > got[0]
        and raised[1].target == "aid_disbursed"
        and not _recipients_counted(masked, scope.sentence[0], got[0])
        and not any_within(masked, scope.sentence[0], got[0], c.beneficiaries)
    ):
        return "funds_raised"  # "该县获得省慈善总会资助50万元": a place or body took a grant in
    if (
        noun
        and raised
        and raised[1].target == "funds_raised"
        and not _handed_out_as_described(masked, scope.clause[0], raised)
    ):
        return "funds_raised"  # "筹措了40多万元的慰问金": the money raised, named by its use
    if noun in _specific_nouns():
        named = _named_after(masked, mention, scope)
        if noun.target == "in_kind_value" and any(w in named for w in c.cash_words):
            return "aid_disbursed"  # "价值120多万元的慰问品和慰问金": goods and cash, aid
        return noun.target
    raising = raised is not None and raised[1].target == "funds_raised"
    if raising and (spent := _spent_after_raised(masked, mention, scope, raised)):
        return spent  # "将筹集到的300万元送温暖资金下拨到各级工会": the money raised, paid out
    if noun is None and not raising and _goods_named_after(masked, mention, scope):
        return "in_kind_value"  # "拨付了8万元的救灾大米": the value of the goods handed out
    for lo in (scope.since_previous, scope.clause[0]):
        hit = _money_verb(masked, lo, mention.start)
        if hit and hit[1].word in _valuations() and _raised_before(masked, scope.clause[0], hit[0]):
            return "funds_raised"  # "募集资金…、物资折合5304万元": the goods raised, valued
        if (
            hit
            and hit[1].word in _valuations()
            and not _acts(masked, scope.clause[0], hit[0])
            and _raised_before(masked, scope.sentence[0], hit[0])
        ):
            return "funds_raised"  # "募集善款200万元，物资价值35万元": a clause of its own
        if hit and hit[1].target == "aid_disbursed" and _goods_object(masked, hit, mention):
            return "in_kind_value"  # "另调拨救灾物资200万元": the goods handed out, valued
        if hit and hit[1].target == "aid_disbursed" and _goods_list_item(masked, hit, mention):
            return "in_kind_value"  # "发放救助金5万元、物资6万元": the second item is goods
        if (
            hit
            and hit[1].target == "aid_disbursed"
            and hit[1].word not in _spending()
            and not hit[1].word.endswith(cues().handing_out)
            and _business_gives(masked, scope, hit[0])
            and not _pays_its_people(masked, scope, hit[0])
        ):
            return "funds_raised"  # "某某有限公司资助216万元": a business's gift, raised
        if hit and hit[1].word in c.donating and _donated_to_people(masked, scope, hit[0]):
            return "aid_disbursed"  # "为2个贫困县…捐赠定向支持资金合计30万元": given out
        if hit and hit[1].target == "aid_disbursed" and _raised_and_paid(masked, lo, hit[0]):
            return "funds_raised"  # "共筹集发放送温暖资金15.5亿元": the money raised first
        if hit and hit[1].target == "in_kind_value" and _cash_list_item(masked, hit, mention):
            return "aid_disbursed"  # "价值2500元的粮油以及慰问金1000元": the cash item's own
        if hit:
            # Cash valued together, not cash with an amount of its own ("…和2万元慰问金",
            # "3000元的棉衣以及慰问金1000元").
            valued = _own_item_after(masked, mention, scope)
            return _valued(masked, lo, hit, valued, scope.sentence[0])
    hit = nearest_left(masked, scope.clause[0], mention.start, c.money_nouns_specific)
    if hit:
        return hit[1].target
    # The verb may follow its object: "项目资金52万元由…提供".
    hit = first_right(masked, mention.end, scope.clause[1], c.money_action_verbs)
    if hit and hit[1].target == "aid_disbursed" and _handed_to_a_charity(masked, hit, scope):
        return "funds_raised"  # "把20万元的支票交到区慈善总会负责人手中": a gift taken in
    if hit:
        return hit[1].target
    if _aided_right_before(masked, scope.clause[0], mention.start):
        return "aid_disbursed"  # "共募捐3051万元，救助2520万元": the relief given, in money
    hit = nearest_left(masked, scope.sentence[0], mention.start, c.money_verbs)
    own = masked[scope.clause[0] : mention.start]
    if (
        hit
        and hit[1].target == "aid_disbursed"
        and not any(w in own for w in c.cash_named)
        and _goods_handed_before(masked, hit, scope)
    ):
        return "in_kind_value"  # "发放棉被300床、棉衣500件，总计28.9万元": what the goods cost
    if hit:
        return hit[1].target
    hit = nearest_left(masked, scope.sentence[0], mention.start, c.money_nouns_specific)
    if hit:
        return hit[1].target  # "…领到慰问金，总额约600万元"
    referred = _next_sentence_verb(masked, scope, c.money_action_verbs)
    if referred:
        return referred.target
    lo = scope.sentence[0]
    if any_within(masked, lo, mention.start, c.rates) or any_within(
        masked, lo, mention.start, c.standard_words
    ):
        return "aid_disbursed"  # "31人，标准为2000元/人，计6.2万元": what the standard paid out
    if _relief_fund(masked, scope.clause[0], mention.start):
        return "aid_disbursed"  # "帮扶总金额300余万元", "送温暖资金共计45.95万元"
    if _after_a_visit(masked, scope):
        return "aid_disbursed"  # "慰问了困难职工家庭60户，金额达15万元": what the visit gave
    if _relief_to_recipients(masked, scope.clause[0], mention.start):
        return "aid_disbursed"  # "向54户残疾人实施临时救助2.83万元": relief given to them
    if _class_sum().search(masked, scope.clause[0], mention.start):
        return "aid_disbursed"  # "其中，城市低保对象共535万元": the sum a class received
    return "aid_disbursed" if noun else "funds_raised"


@cache
def _class_sum() -> re.Pattern:
    """A class of recipients right before an amount, with only a total word between them
    ("城市低保对象共535万元"): what the class received."""
    nouns = alternation([*cues().beneficiaries, *raw_cues()["class_rate"]["people"]])
    return re.compile(rf"(?:{nouns})(?:{alternation(cues().each_totals)}|计)$")


@cache
def _aid_amount_words() -> tuple[str, ...]:
    """What an aiding word heads when it names an amount (救助总额, 资助金额)."""
    return tuple(raw_cues()["aid_amount_words"])


def _aided_right_before(masked: str, lo: int, hi: int) -> bool:
    """Whether an aiding action (救助, 资助) stands right before the amount in its clause, or
    names the amount's total ("救助总额19.3万元"): the amount is the aid it gave."""
    total = ends_with(masked, hi, _aid_amount_words())
    if total is not None:
        hi -= len(total)
    relief = ends_with(masked, hi, cues().person_actions)
    return (
        isinstance(relief, Cue) and relief.target == "people_aided" and hi - len(relief.word) >= lo
    )


def _relief_to_recipients(masked: str, lo: int, hi: int) -> bool:
    """Whether a relief or visiting verb acts, before the amount in its clause, on people a
    marker (向, 为, 给, 对) names: the amount went out to them."""
    marker = _last_recipient_marker(masked, lo, hi)
    if marker < 0:
        return False
    relief = nearest_left(masked, marker, hi, cues().person_actions)
    if relief is None or relief[1].target not in ("people_aided", "people_reached"):
        return False
    # people, counted or named, not a body ("向…街道慈善基金注资…")
    return _COUNTED.search(masked, marker, relief[0]) is not None or any_within(
        masked, marker, relief[0], cues().beneficiaries
    )


def _relief_fund(masked: str, lo: int, hi: int) -> bool:
    """Whether a verbless clause names its amount as a relief's money: a relief action right
    before a money word (帮扶总金额, 送温暖资金)."""
    c = cues()
    relief = nearest_left(masked, lo, hi, c.person_actions)
    if relief is None or relief[1].target not in ("people_aided", "people_reached"):
        return False
    after = relief[0] + len(relief[1].word)
    after += masked.startswith("的", after)  # "用于春节走访慰问的经费共计32.4万元"
    if starts_with(masked, after, c.fund_words) is not None:
        return True
    # "用于慰问贫困妇女儿童的资金将达到20万元": whom the relief is for, then its money
    whom = _RELIEF_OBJECT.match(masked, after, hi)
    return whom is not None and starts_with(masked, whom.end(), c.fund_words) is not None


def _after_a_visit(masked: str, scope: Scope) -> bool:
    """Whether a verbless amount's clause follows one that visits or aids people in its
    sentence: the amount is what the visit or the aid handed out."""
    if scope.clause[0] <= scope.sentence[0]:
        return False
    visit = nearest_left(
        masked, _clause_before(masked, scope), scope.clause[0] - 1, cues().person_actions
    )
    return visit is not None and visit[1].target in ("people_reached", "people_aided")


_RELIEF_OBJECT = re.compile(r"[^，。；！？、\d的]{1,8}的")


def _handed_out_as_described(masked: str, lo: int, raised: tuple[int, Cue]) -> bool:
    """Whether a raising verb only describes what a paying verb before it hands out
    ("送上红十字会捐赠的…慰问金": 捐赠的 says where it came from, 送上 what was done)."""
    if not masked.startswith("的", raised[0] + len(raised[1].word)):
        return False
    verb = _money_verb(masked, lo, raised[0] + len(raised[1].word))
    return verb is not None and verb[0] < raised[0] and verb[1].target == "aid_disbursed"


def _money_verb(masked: str, lo: int, hi: int) -> tuple[int, Cue] | None:
    """The money verb nearest before `hi`, passing over a verb that names a fund: one written
    right before 资金/金/款 (争取上级补助资金: 争取 decides, 补助资金 is what it obtained), or
    one closing a modifier with 的 (争取到财政拨付的帮扶资金: the fund obtained was paid to them
    by another, and 争取 says what the campaign did)."""
    c = cues()
    hit = nearest_left(masked, lo, hi, c.money_verbs)
    while hit and (
        masked.startswith(c.fund_endings, end := hit[0] + len(hit[1].word))
        or masked.startswith("的", end)
        or _paid_donations(masked, lo, hit)
        or _paid_gift_described(masked, lo, hit, hi)
    ):
        earlier = nearest_left(masked, lo, hit[0], c.money_verbs)
        if earlier is None:
            break
        hit = earlier
    return hit


_DONATION_OBJECT_GAP = 4  # characters between a paying verb and the donations it pays ("定向")


def _paid_donations(masked: str, lo: int, hit: tuple[int, Cue]) -> bool:
    """Whether a giving word is the object of a paying verb a few characters before it
    ("安排定向捐款40万元"): the donations were paid out, the paying verb decides."""
    if hit[1].word not in _donation_nouns():
        return False
    return _paid_before(masked, max(lo, hit[0] - _DONATION_OBJECT_GAP - 2), hit[0])


def _paid_before(masked: str, lo: int, at: int) -> bool:
    """Whether the money verb nearest before `at` (from `lo`) pays out."""
    earlier = nearest_left(masked, lo, at, cues().money_verbs)
    return earlier is not None and earlier[1].target == "aid_disbursed"


def _paid_gift_described(masked: str, lo: int, hit: tuple[int, Cue], hi: int) -> bool:
    """Whether a giving verb stands in a modifier (…的) of the money a paying verb before it
    pays ("拨付某集团定向捐赠县一中的助学金60万元"): the gift says where the money came from,
    the paying verb what was done with it."""
    if hit[1].target != "funds_raised" or not _modifies_noun_after(masked, hit, hi):
        return False
    return _paid_before(masked, lo, hit[0])


@cache
def _donation_nouns() -> frozenset[str]:
    """Giving words a paying verb may take as its object (捐款)."""
    return frozenset(raw_cues()["donation_nouns"])


def _raised_and_paid(masked: str, lo: int, paying: int) -> bool:
    """Whether a paying verb at `paying` is the second half of a raising one written with it
    ("筹集发放", "募集并发放"): the amount is what was raised, and all of it paid out."""
    at = paying - 1 if masked[paying - 1 : paying] in _VERB_JOINERS else paying
    return ends_with(masked, at, cues().raised_then_paid) is not None and at > lo


_VERB_JOINERS = ("并", "和", "及")  # "募集并发放": two verbs of one object


@cache
def _specific_nouns() -> frozenset[Cue]:
    """The money nouns but 资金, as a set (a tuple's `in` compares every cue field by field)."""
    return frozenset(cues().money_nouns_specific)


def _donated_to_people(masked: str, scope: Scope, verb: int) -> bool:
    """Whether a campaign's body gives a donation out to people or places in need: the body
    is the giver, before a recipient marker that names no body taking donations in ("市慈善
    总会为2个贫困县和2个功能区捐赠…"; not "向县慈善会捐赠…", nor a call on others to give:
    "号召干部职工为灾区捐款…")."""
    c = cues()
    marker = _last_recipient_marker(masked, scope.clause[0], verb)
    if marker < 0 or _to_a_gift_body(masked, marker, verb):
        return False
    giver = masked[scope.sentence[0] : marker]
    if not any(body in giver for body in c.donation_receivers) or any(
        call in giver for call in c.calls_to_give
    ):
        return False
    return any_within(masked, marker + 1, verb, c.beneficiaries) or any_within(
        masked, marker + 1, verb, c.needy_places
    )


def _donated_to_a_body(text: str, mention: Mention, scope: Scope) -> bool:
    """Whether goods are donated to a body that takes donations in ("向…慈善联合总会捐赠棉服
    2900件"): goods the campaign raised, which the contract has no metric for."""
    verb = nearest_left(text, scope.clause[0], mention.start, cues().donating)
    if verb is None:
        return False
    marker = _last_recipient_marker(text, scope.clause[0], verb[0])
    return marker >= 0 and _to_a_gift_body(text, marker, verb[0])


def _to_a_gift_body(masked: str, marker: int, verb: int) -> bool:
    """Whether the recipient the marker at `marker` names before the verb at `verb` is a body
    that takes gifts in (向县慈善会捐赠…), not people or places in need."""
    receiver = masked[marker + 1 : verb]
    return any(body in receiver for body in cues().donation_receivers)


def _handed_to_a_charity(masked: str, hit: tuple[int, Cue], scope: Scope) -> bool:
    """Whether the handing verb after an amount hands it to a charity named right after the
    verb ("交到区慈善总会负责人手中", "送到县红十字会")."""
    after = masked[hit[0] + len(hit[1].word) : min(scope.clause[1], hit[0] + _CHARITY_REACH)]
    return any(body in after for body in cues().charities)


_CHARITY_REACH = 10  # the verb and a charity's name after it: "交到区慈善总会"


def _business_gives(masked: str, scope: Scope, verb: int) -> bool:
    """Whether a business is who gives ("某某有限公司资助…"), not who receives ("向企业困难职工
    发放…", "为企业送去…"): its name stands before the verb with no recipient marker before it."""
    c = cues()
    giver = nearest_left(masked, scope.clause[0], verb, c.business_givers)
    if giver is None:
        return False
    return not any(m in masked[scope.clause[0] : giver[0]] for m in c.recipient_markers)


def _pays_its_people(masked: str, scope: Scope, verb: int) -> bool:
    """Whether a business's money goes to people it counts or is named as their aid
    ("集团公司为88名职工子女提供助学金26.6万元", "公司安排15万元送温暖资金"): it pays its own
    people, as a body's aid does, rather than giving to a campaign."""
    c = cues()
    if _recipients_counted(masked, scope.clause[0], verb):
        return True
    named = masked[scope.clause[0] : scope.clause[1]]
    return any(w in named for w in c.aid_money) or any(w in named for w in c.consolation)


def _goods_named_after(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether goods, and no cash, are what the amount is of ("8万元的救灾大米", "300万元过冬
    物资")."""
    c = cues()
    named = _named_after(masked, mention, scope)
    if not masked.startswith("的", mention.end):
        if _goods_right_after().match(masked, mention.end, scope.clause[1]) is None:
            return False
        return not any(w in named[:8] for w in c.cash_words)  # "600元取暖煤货币补贴": cash
    if any(w in named for w in c.cash_words):
        return False  # "价值…的米、面等慰问品和救助金": cash too
    head = re.split(r"[、和及与]", named[1:9], maxsplit=1)[0]
    return any(w in head for w in c.goods)


@cache
def _goods_right_after() -> re.Pattern:
    """A goods noun a few characters after an amount, with no 的 between ("300万元过冬物资")."""
    c = cues()
    return re.compile(rf"[^，。；、\d的和及与]{{0,4}}?(?:{alternation(c.goods)})")


def _named_after(masked: str, mention: Mention, scope: Scope) -> str:
    """The words after an amount up to the next number in its clause (what it is made of)."""
    return re.split(r"\d", masked[mention.end : scope.clause[1]], maxsplit=1)[0]


def _raising_before(masked: str, lo: int, hi: int) -> tuple[int, Cue] | None:
    """The raising verb of the clause before a valuation, unless an amount comes between or
    the verb gives to someone ("为院内老人捐赠爱心物资，总价值…": goods given, not raised)."""
    verb = nearest_left(masked, lo, hi, cues().money_action_verbs)
    if verb is None or verb[1].target != "funds_raised":
        return None
    if any(m.group("unit") == "元" for m in MENTION.finditer(masked, verb[0], hi)):
        return None  # the verb raised another sum ("捐赠年夜饭850份，价值…" has none)
    clause_lo, _ = bounds(masked, verb[0], CLAUSE_MARKS, lo, verb[0])
    marker = _last_recipient_marker(masked, clause_lo, verb[0])
    if marker >= 0 and not _to_a_gift_body(masked, marker, verb[0]):
        return None  # given to people ("为院内老人捐赠…"), not to a body that takes gifts in
    return verb


def _goods_handed_before(masked: str, hit: tuple[int, Cue], scope: Scope) -> bool:
    """Whether the verb of an earlier clause handed out goods and no cash, the amount's verbless
    clause then totalling their value ("送去米、面、油等慰问品，金额共计13.5万元")."""
    c = cues()
    handed = masked[hit[0] + len(hit[1].word) : scope.clause[0]]
    if any(w in handed for w in c.cash_words):
        return False  # cash given too ("送去慰问金和米、面、油，共计…")
    if any(m.group("unit") == "元" for m in MENTION.finditer(handed)):
        return False  # the verb's own amount stands between
    return any(w in handed for w in c.goods)


def _goods_list_item(masked: str, hit: tuple[int, Cue], mention: Mention) -> bool:
    """Whether the amount is an item of a list of amounts after the verb whose own noun, right
    before it, is goods ("发放救助金5万元、物资6万元")."""
    item_lo = masked.rfind("、", hit[0], mention.start)
    if item_lo < 0 or not masked.endswith("元", hit[0], item_lo):
        return False
    own = masked[item_lo + 1 : mention.start]
    goods = any(w in own for w in _in_kind_nouns())
    return goods and not any(w in own for w in cues().cash_words)


def _cash_list_item(masked: str, hit: tuple[int, Cue], mention: Mention) -> bool:
    """Whether the amount is an item of a list of valued amounts whose own noun, right before
    it, is cash ("价值2500元的粮油、3000元的棉衣以及慰问金1000元")."""
    ends = [
        m.end() for m in MENTION.finditer(masked, hit[0], mention.start) if m.group("unit") == "元"
    ]
    if not ends:
        return False
    item = _LIST_SEPARATOR.split(masked[ends[-1] : mention.start])
    if len(item) < 2:
        return False
    own = item[-1]
    return any(w in own for w in cues().cash_named) and not any(w in own for w in _in_kind_nouns())


def _own_item_after(masked: str, mention: Mention, scope: Scope) -> str:
    """The words after an amount naming what it is of, without the next item of a list when
    that item has an amount of its own ("3000元的棉衣以及慰问金1000元": 的棉衣)."""
    named = _named_after(masked, mention, scope)
    if mention.end + len(named) >= scope.clause[1]:
        return named  # no amount follows in the clause
    return _LIST_SEPARATOR.split(named)[0]


_LIST_SEPARATOR = re.compile(r"以及|、|和|及|与")


def _goods_object(masked: str, hit: tuple[int, Cue], mention: Mention) -> bool:
    """Whether the verb's object before the amount is goods, not cash ("调拨救灾物资200万元")."""
    c = cues()
    between = masked[hit[0] + len(hit[1].word) : mention.start]
    goods = [w for w in _in_kind_nouns() if w in between]
    # cash words read outside the goods words: 物资金额 holds 资金 across two words
    rest = between
    for word in goods:
        rest = rest.replace(word, "|")
    return bool(goods) and not any(w in rest for w in c.cash_words)


@cache
def _in_kind_nouns() -> tuple[str, ...]:
    """The money nouns that name goods (物资, 慰问品 …)."""
    return tuple(n.word for n in cues().money_nouns if n.target == "in_kind_value")


def _valued(
    masked: str, lo: int, hit: tuple[int, Cue], valued: str = "", sentence_lo: int | None = None
) -> str:
    """价值/折合 value goods; the action before them says whether goods were raised or given,
    and cash valued with them (before, or in `valued`, the words after the amount: "价值…万元的
    棉被和慰问金") makes the whole aid. A clause with no action of its own takes the raising
    of the clause before, when no amount comes between ("共筹集慰问款物，总价值…") and the
    clause does not hand goods out."""
    pos, cue = hit
    if cue.target != "in_kind_value":
        return cue.target
    if cue.word in cues().purchase_verbs:
        return "in_kind_value"  # "集中采购粮油14.34万元": money spent on goods is their value
    action = nearest_left(masked, lo, pos, cues().money_action_verbs)
    handed = any_within(masked, lo, pos, cues().goods_handed_out)
    if action is None and sentence_lo is not None and sentence_lo < lo and not handed:
        # "…带动社会组织参与，…走访慰问…，赠送生活物资价值31万元": the clause hands the goods
        # out itself, whatever an earlier clause raised
        action = _raising_before(masked, sentence_lo, lo)
    if action and action[1].target == "funds_raised":
        return "funds_raised"
    if action and any(w in masked[action[0] : pos] for w in cues().cash_words):
        return "aid_disbursed"
    if any(w in valued for w in cues().cash_words):
        return "aid_disbursed"
    if masked[lo:pos].removesuffix("总").endswith(cues().cash_valued):
        return "aid_disbursed"  # "红包价值总计近4万元": the value of cash
    return cue.target


@cache
def _taking_part() -> re.Pattern:
    """Those who took part in the work, named right before their count ("参与慰问的人员有564人",
    or with no noun, "参加活动的已达217人")."""
    data = raw_cues()["taking_part"]
    links = alternation(data["links"])
    return re.compile(
        rf"(?:{alternation(data['verbs'])})[^，。；：\d]{{0,8}}?的"
        rf"(?:[^，。；：\d]{{0,4}}?(?:{alternation(data['nouns'])})(?:{links})?|已?(?:{links}))"
        rf"(?:{alternation(_bounding_words())})?$"  # "…的志愿者累计近万人次"
    )


@cache
def _bounding_words() -> tuple[str, ...]:
    """Qualifier words written right before a count (近, 约, 超过 …)."""
    return tuple(cue.word for cue in cues().qualifier_before)


# The characters after a count within which the noun naming those counted ends ("178名政府购买
# 社会救助经办服务人员": the modifiers before the noun may be long).
_NOUN_REACH = 16


def _beneficiaries_before_staff(masked: str, lo: int, noun: int) -> bool:
    """Whether people to receive are named in masked[lo:noun], before a staff noun, other than
    as the first half of the staff's own name (大学生村官: students who serve as officials)."""
    hit = nearest_left(masked, lo, noun, cues().beneficiaries)
    if hit is None:
        return False
    # the only such word, ending where the staff noun starts
    compound = hit[0] + len(hit[1]) == noun and masked.find(hit[1], lo, noun) == hit[0]
    return not compound


def person_metric(masked: str, mention: Mention, scope: Scope) -> str | None:
    """staff_mobilized, people_aided or people_reached for a count of people (None: no cue)."""
    c = cues()
    lo = max(scope.clause[0], mention.start - 20)
    part = _taking_part().search(masked, lo, mention.start)
    if part and not any_within(masked, part.start(), mention.start, c.donating):
        return "staff_mobilized"  # "参与慰问的人员有564人": those who did the work
    if _members_of_teams().search(masked, scope.clause[0], mention.start):
        return "staff_mobilized"  # "专业救援队伍209支、6763人": the teams' members
    composing = first_right(masked, mention.end, min(scope.clause[1], mention.end + 8), c.composing)
    if composing and not any_within(masked, mention.end, composing[0], c.beneficiaries):
        return "staff_mobilized"  # "服务队由25人组成": the team's members
    if _team_of_the_count().match(masked, mention.end):
        return "staff_mobilized"  # "派驻20多人的工作队": the team's size
    noun = first_right(
        masked, mention.end, min(mention.end + _NOUN_REACH, scope.clause[1]), c.person_nouns
    )
    if noun is not None and _next_item_between(masked[mention.end : noun[0]]):
        # "救助对象14人、慰问对象67人", "60名童伴妈妈和80名志愿者": the noun after 、 or after
        # another count heads the next item
        noun = None
    staff = noun is not None and noun[1].target == "staff_mobilized"
    if staff and (
        # "为1万多名困难群众以及老干部…": people to receive named before the staff noun; not
        # a compound that names staff ("100名大学生村官")
        _beneficiaries_before_staff(masked, mention.end, noun[0])
        or any_within(masked, mention.end, noun[0], c.staff_in_need)
        or _received_by_count(masked, scope.clause[0], mention.start)
        or _visited_count(masked, scope.clause[0], mention.start)
    ):
        # "为1万多名困难群众以及老干部…送去": the people named first are who receive;
        # "慰问了…2位老侨务工作者": the workers a visit went to;
        # "向139名贫困党员发放": members in need receive, they are not staff;
        # "为近300名医护人员、环卫工人…送上": the people after 为/向 receive
        noun = None
    if noun:
        return noun[1].target
    before = nearest_left(
        masked, max(scope.clause[0], mention.start - 10), mention.start, c.person_nouns
    )
    between = masked[before[0] + len(before[1].word) : mention.start] if before else ""
    if (
        before
        and len(between) <= 2
        and "、" not in between  # "2名离任干部、8名困难群众": the noun heads the item before
        # "工作人员发现2名…": the finder, not the found (a party's 一行 still counts it)
        and _acted_on_by(between) is None
        and not any(w in between for w in c.recipient_markers)  # "志愿者为300名老人…"
        and not _object_of_visit(masked, scope.sentence[0], before)
        and not (
            before[1].target == "staff_mobilized"
            and masked.endswith(c.staff_in_need, scope.clause[0], before[0])
        )  # "慰问困难党员12名": members in need, not staff
    ):
        return before[1].target  # "出动救助管理工作人员1.6万人次": the noun right before the count
    if _carried_home(masked, mention, scope):
        # "投入7台大巴，免费送约300名外来工返乡": the riders of a free ride home, whatever
        # verb of manpower the sentence has
        return "people_reached"
    if _ate_at_the_meal(masked, mention, scope):
        return "people_reached"  # "1290名志愿者参与，近2.2万人在此就餐": those who ate
    metric = _person_cue(masked, mention, scope)
    if metric == "staff_mobilized" and (
        _beneficiary_before(masked, mention, scope)
        or _received_by_count(masked, scope.clause[0], mention.start)
    ):
        # 受惠群众达…人, "投入16万元，为750名环卫工人捐赠棉衣": people who receive are never staff
        return "people_reached"
    if metric == "staff_mobilized" and any_within(
        masked, mention.end, min(scope.clause[1], mention.end + 8), c.beneficiaries
    ):
        return None  # "组织动员10万农民工留在省内就业": people urged to act, neither staff nor aid
    if metric is None and (
        _beneficiaries_after().match(masked, mention.end, scope.clause[1])
        or any_within(masked, *scope.sentence, c.meals)
    ):
        # "200名困难对象把大厅坐得满满当当", "420名环卫工人的年夜饭开了席": those the event
        # was for
        return "people_reached"
    if (
        metric is None
        and _recipient_before(masked, scope.clause[0], mention.start)
        and (
            first_right(masked, mention.end, scope.clause[1], c.donating) is not None
            or first_right(masked, mention.end, scope.clause[1], c.giving_verbs) is not None
        )
        and not _is_not_outcome(masked, mention, scope, c.person_actions)
    ):
        # "向3000名学生捐赠校服", "为40名散居孤儿和留守儿童购置了羽绒服": those the gift went to
        return "people_reached"
    if metric is None and _served_after_recipient_marker(masked, mention, scope):
        # "为3000名贫困老人开展健康体检", "为留校的300多名学生提前过年": those the service was for
        return "people_reached"
    if metric is None and _receive_after(masked, mention, scope):
        # "400名贫困学子穿上了新棉衣", "120多名环卫工人喝上了腊八粥": the people counted
        # received what the campaign gave: people reached
        return "people_reached"
    return metric


_MEAL_REACH = 6  # characters from a count to the meal its people ate ("在此就餐")


def _ate_at_the_meal(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a meal word follows the count within a few characters in its clause, no digit
    or verb of the people's own between ("近2.2万人在此就餐", "200多人前来用餐")."""
    hi = min(scope.clause[1], mention.end + _MEAL_REACH + 3)
    found = first_right(masked, mention.end, hi, cues().meals)
    if found is None or found[0] - mention.end > _MEAL_REACH:
        return False
    meal = found[0]
    between = masked[mention.end : meal]
    return not any(ch.isdigit() for ch in between) and not any_within(
        masked, mention.end, meal, cues().person_verbs
    )


_SERVED_NOUN_REACH = 14  # characters from a count to the noun of the people it counts


def _served_after_recipient_marker(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count after 为 (or 向, 给) names people who receive (persons.beneficiaries) and a
    service follows them in the clause (persons.services): those the campaign did it for."""
    c = cues()
    if not _recipient_before(masked, scope.clause[0], mention.start):
        return False
    reach = min(scope.clause[1], mention.end + _SERVED_NOUN_REACH)
    noun = first_right(masked, mention.end, reach, c.beneficiaries)
    if noun is None:
        return False
    after = noun[0] + len(noun[1])
    return first_right(masked, after, scope.clause[1], c.services) is not None and not (
        _is_not_outcome(masked, mention, scope, c.person_actions)
    )


_RECEIVER_REACH = 12  # characters from a count of people to the verb they receive by


def _receive_after(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether the people counted are the subject of a verb of receiving a few characters
    after them, in their clause or in the next one when theirs has none, no other verb or count
    between."""
    clause_hi = scope.clause[1]
    got = first_right(
        masked, mention.end, min(clause_hi, mention.end + _RECEIVER_REACH), _receiving_verbs()
    )
    if got is None and clause_hi < scope.sentence[1] and masked[clause_hi] in "，,":
        # "300多名老人来到服务中心，从工作人员手里领到了…": a clause without a subject of its
        # own goes on with theirs
        _, next_hi = bounds(masked, clause_hi + 1, CLAUSE_MARKS, clause_hi + 1, scope.sentence[1])
        reach = min(next_hi, clause_hi + 1 + _RECEIVER_REACH)
        got = first_right(masked, clause_hi + 1, reach, _receiving_verbs())
        if got is not None and any_within(masked, clause_hi + 1, got[0], cues().negations):
            return False  # "…受了轻伤外，暂未收到其他伤亡的报告": nothing received
    if got is None:
        return False
    return not any(ch.isdigit() for ch in masked[mention.end : got[0]]) and not any_within(
        masked, mention.end, got[0], cues().person_verbs
    )


def _carried_home(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether a carrying verb stands right before the count (a qualifier between) and a way
    home follows it in its clause, no other verb or count between ("送约300名外来工返乡"); or,
    in a clause naming the free ride's vehicle, a carrying verb before the riders' count, their
    noun between ("“返岗专车”共送出农民工2000余人", "满载600名农民工的爱心专列")."""
    carriers, ways_home, vehicles = _carrying_home()
    verb_end = _before_qualifier(masked, mention)
    riders = ends_with(masked, verb_end, cues().beneficiaries)
    ridden = riders is not None and any_within(masked, *scope.clause, vehicles)
    if ridden:
        verb_end -= len(spelled(riders))  # "送出农民工2000余人": the riders named first
    verb_end -= masked.endswith("了", scope.clause[0], verb_end)  # "送了300名…"
    if masked.endswith(_RIDE_OUT, scope.clause[0], verb_end):
        ridden = ridden or any_within(masked, *scope.clause, vehicles)
        verb_end -= ridden  # "送出": carried off in the ride's vehicle
    if verb_end <= scope.clause[0] or masked[verb_end - 1] not in carriers:
        return False
    if ends_with(masked, verb_end, cues().person_verbs):
        return False  # "护送20多人返乡", "运送…": a verb of its own reads the count
    if ridden or any_within(masked, *scope.clause, vehicles):
        return True  # "满载600名农民工的爱心专列": the ride's vehicle carries them
    reach = min(scope.clause[1], mention.end + _RECEIVER_REACH)
    home = first_right(masked, mention.end, reach, ways_home)
    return (
        home is not None
        and not any(ch.isdigit() for ch in masked[mention.end : home[0]])
        and not any_within(masked, mention.end, home[0], cues().person_verbs)
    )


_RIDE_OUT = "出"  # "送出": carried off


@cache
def _carrying_home() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The carrying verbs (送, 接), the ways home (返乡, 回家) and the vehicles (专车, 专列) of a
    free ride."""
    words = raw_cues()["persons"]["carried_home"]
    return tuple(words["before"]), tuple(words["after"]), tuple(words["vehicles"])


@cache
def _receiving_verbs() -> tuple[str, ...]:
    """Verbs whose subject received what a campaign gave (穿上, 收到, 喝上)."""
    return tuple(raw_cues()["persons"]["received_after"])


@cache
def _team_of_the_count() -> re.Pattern:
    """的 and a team right after a count of people, a few words between ("的志愿服务队")."""
    teams = alternation(raw_cues()["persons"]["staff_mobilized"]["teams_after"])
    return re.compile(rf"的[^，。；、\d]{{0,4}}?(?:{teams})")


@cache
def _members_of_teams() -> re.Pattern:
    """A count of teams and a 、 right before a count of people (队伍209支、)."""
    teams = alternation(raw_cues()["persons"]["staff_mobilized"]["teams_before"])
    return re.compile(rf"(?:{teams})\d+(?:\.\d+)?[余多]?支、$")


def _next_item_between(between: str) -> bool:
    """Whether the words between a count and a noun after it open another item: a 、 or a
    number of its own."""
    return "、" in between or any(ch.isdigit() for ch in between)


@cache
def _beneficiaries_after() -> re.Pattern:
    """People in need named right after a count ("200名困难对象", "36名贫困儿童")."""
    needy = alternation(raw_cues()["persons"]["in_need"])
    return re.compile(
        rf"[^，。；！？\d]{{0,4}}?(?:{needy})[^，。；！？\d]{{0,4}}?(?:{alternation(cues().beneficiaries)})"
    )


def _visited_count(masked: str, lo: int, at: int) -> bool:
    """Whether the nearest person verb before the count in its clause visits or aids them ("慰问了
    9位名誉主席…、2位老侨务工作者"), not one that mobilises staff (组织, 出动)."""
    verb = nearest_left(masked, lo, at, cues().person_verbs)
    if verb is None or verb[1].target not in ("people_reached", "people_aided"):
        return False
    # the people are the verb's object when 了 closes it ("慰问了…") or the count follows it
    # ("慰问1274名党员"); a verb with words between may have the staff as its agents ("看望
    # 慰问…的100多名干部职工在…村")
    end = verb[0] + len(verb[1].word)
    return end == at or masked.startswith("了", end)


def _received_by_count(masked: str, lo: int, at: int) -> bool:
    """Whether the count at `at` names who receive: a recipient marker (为, 向, 给) opens the
    words before it in its clause, with no action verb between them ("为该区近300名…")."""
    marker = _near_recipient_marker(masked, lo, at)
    return marker >= 0 and not _has_action(masked, marker + 1, at)


def _last_recipient_marker(masked: str, lo: int, hi: int) -> int:
    """Where the last recipient marker (为, 向, 给, 对) of masked[lo:hi] stands, or -1."""
    return max(masked.rfind(m, lo, hi) for m in cues().recipient_markers)


_RECIPIENT_REACH = 8  # characters between 为/向 and the count ("为全区困难的近300名")


def _near_recipient_marker(masked: str, lo: int, at: int) -> int:
    """Where the last recipient marker before the count at `at` stands, if it is near enough
    to open the count's phrase, else -1: farther when a modifier closed by 的 leads to the
    count ("向8个坚守一线单位的120名…")."""
    marker = _last_recipient_marker(masked, lo, at)
    reach = _RECIPIENT_REACH_MODIFIED if masked[at - 1 : at] == "的" else _RECIPIENT_REACH
    if marker >= 0 and at - marker > reach and masked[at - 1 : at] == "、":
        # "为1名退伍军人、1名困难党员、2名离任干部…": a list of counts the marker opens
        items = masked[marker + 1 : at - 1].split("、")
        if all(_COUNTED.match(item) for item in items):
            return marker
    return marker if marker >= 0 and at - marker <= reach else -1


_RECIPIENT_REACH_MODIFIED = 16


def _titled_as_plan(title: str) -> bool:
    """Whether a headline names a plan document ("…实施方案"), not one set off ("启动应急预案")."""
    c = cues()
    for word in c.planned_titles:
        at = title.find(word)
        if at >= 0 and not any(verb in title[:at] for verb in c.plan_started):
            return True
    return False


def _object_of_visit(masked: str, lo: int, noun: tuple[int, Cue]) -> bool:
    """Whether staff words right before a count are whom a visit or aid went to ("慰问…老党员、
    离职干部和社区居民党员100名"): a reaching or aiding verb before them in the sentence."""
    if noun[1].target != "staff_mobilized":
        return False
    # "为了帮助贫困群众…，1月3日，…帮扶干部40余人来到…", "送温暖活动开展以来，…民警干部220余人":
    # a day or a time clause opens the sentence's main clause; a verb before it says what the
    # work was for, or names the campaign
    dated = [m.end() for m in _time_opening().finditer(masked, lo, noun[0])]
    lo = dated[-1] if dated else lo
    # a verb right before the staff word names their work ("出动救助管理工作人员"): skipped
    verb = nearest_left(masked, lo, max(lo, noun[0] - _STAFF_COMPOUND), cues().person_verbs)
    if verb is None or verb[1].target not in ("people_reached", "people_aided"):
        return False
    clause_lo, _ = bounds(masked, noun[0], CLAUSE_MARKS, lo, noun[0])
    if verb[0] < clause_lo and _has_action(masked, clause_lo, noun[0]):
        return False  # "…提供了…服务，投入服务的志愿者5.3万名": their clause's own verb
    if masked.startswith(cues().verb_as_noun_after, verb[0] + len(verb[1].word)):
        return False  # "志愿者服务队773支、志愿者…": a team's name, no visit
    if masked.endswith(_passive_markers(), lo, verb[0]):
        return False  # "受资助大学生中的志愿者28人": the verb in 受… describes who they are
    # a verb inside a body's name ("救助管理站农场工作人员一行4人") names who the staff are
    body = nearest_left(masked, lo, noun[0], cues().bodies)
    return body is None or not body[0] <= verb[0] < body[0] + len(body[1])


_STAFF_COMPOUND = 4  # the characters of a staff word's modifiers ("救助管理工作人员")


@cache
def _time_opening() -> re.Pattern:
    """A day or a time clause before a sentence's main clause ("1月3日，", "活动开展以来，")."""
    ends = alternation(raw_cues()["time_clause_ends"])
    return re.compile(rf"(?:\d{{1,2}}月\d{{1,2}}日|{ends})[，,]")


@cache
def _passive_markers() -> tuple[str, ...]:
    """Words after which a verb describes people (受)."""
    return tuple(raw_cues()["passive_markers"])


def _beneficiary_before(masked: str, mention: Mention, scope: Scope) -> bool:
    """Whether the clause names receiving people right before the count, after any staff verb
    there ("巡查流浪乞讨人员340人次" counts those patrolled; "流浪乞讨人员街面巡查942人次" the
    patrols)."""
    lo = max(scope.clause[0], mention.start - 8)
    who = nearest_left(masked, lo, mention.start, cues().beneficiaries)
    if who is None:
        return False
    verb = nearest_left(masked, lo, mention.start, cues().person_verbs)
    return verb is None or verb[1].target != "staff_mobilized" or verb[0] < who[0]


def _consoled(masked: str, mention: Mention, scope: Scope, metric: str) -> str:
    """People given consolation only (慰问金, 慰问品) were reached, not aided; given aid money
    as well (救助金和慰问金) they were aided."""
    # "把…慰问救助款送到385名…手中": with 把 the gifts stand before the count
    lo = scope.clause[0] if "把" in masked[scope.clause[0] : mention.start] else mention.end
    return _consoled_within(masked, lo, scope.clause[1], metric)


def _subsidy_paid_before(masked: str, scope: Scope, at: int) -> bool:
    """Whether the sentence pays a subsidy (补贴, 补助) before the benefit verb at `at`: those it
    benefits received it."""
    c = cues()
    paid = nearest_left(masked, scope.sentence[0], at, c.money_action_verbs)
    return (
        paid is not None
        and paid[1].target == "aid_disbursed"
        and any_within(masked, paid[0], at, c.subsidy_words)
    )


def _consoled_within(masked: str, lo: int, hi: int, metric: str) -> str:
    """`_consoled` for the gifts named in masked[lo:hi]."""
    c = cues()
    if (
        metric == "people_aided"
        and any_within(masked, lo, hi, c.consolation)
        and not any_within(masked, lo, hi, c.aid_money)
    ):
        return "people_reached"
    if metric == "people_reached" and any_within(masked, lo, hi, c.aid_money):
        return "people_aided"  # "为50名困难群众送去临时救助金(和慰问金)": aid money given, aided
    return metric


def _acting_verb(masked: str, lo: int, hi: int, policies: bool) -> tuple[int, Cue] | None:
    """The person verb nearest before `hi`, passing over one that names a thing counted as an
    item of its own before the count ("出动救助货车16辆、人员…": the vehicle) and, with
    `policies`, one naming a policy ("宣传社会救助政策5万余人次")."""
    c = cues()
    hit = nearest_left(masked, lo, hi, c.person_verbs)
    while hit:
        end = hit[0] + len(hit[1].word)
        policy = policies and masked.startswith(c.verb_as_modifier, end)
        item = masked.startswith(c.verb_as_noun_after, end) and "、" in masked[end:hi]
        if not (policy or item):
            break
        hit = nearest_left(masked, lo, hit[0], c.person_verbs)
    return hit


def _person_cue(masked: str, mention: Mention, scope: Scope) -> str | None:
    """The person metric the cue words around a count point to."""
    c = cues()
    if _is_not_outcome(masked, mention, scope, c.person_actions):
        return None
    hit = _acting_verb(masked, scope.since_previous, mention.start, policies=True)
    if hit and hit[1].kind == "category":
        # 低保, 特困 say who the people are, not what was done: an action decides, in the
        # clause, before it in the sentence, or opening the next clause ("为582位低保残疾人，
        # 送上…")
        action = (
            first_right(masked, mention.end, scope.clause[1], c.person_actions)
            or nearest_left(masked, scope.sentence[0], hit[0], c.person_actions)
            or _opening_next_clause(masked, scope, c.person_actions)
        )
        if action:
            hit = action
    if hit and "的" in masked[hit[0] : mention.start]:
        # "向在走访中发现的86名群众发放救助金": a verb inside a modifier (…的) describes the
        # people; the verb the count is the object of decides.
        governing = first_right(masked, mention.end, scope.clause[1], c.person_actions)
        if governing:
            hit = governing
    elif hit and any(
        w in masked[hit[0] + len(hit[1].word) : mention.start] for w in c.recipient_markers
    ):
        # "组织部门向139名贫困党员发放…": the people after 向/为 receive; the verb after them
        # says what they received, not a verb before the marker
        governing = first_right(masked, mention.end, scope.clause[1], c.person_actions)
        if governing:
            hit = governing
    if hit and hit[1].word in c.found_verbs and not _on_patrol(masked, scope):
        return None  # "慰问团已发现了150多名抗战老兵": found, not reached
    if hit and hit[1].word in c.benefit_verbs and _subsidy_paid_before(masked, scope, hit[0]):
        return "people_aided"  # "发放价格临时补贴…万元，惠及困难群众77万余人次"
    if (
        hit
        and hit[1].target == "people_reached"
        and first_right(masked, mention.end, scope.clause[1], _aid_received()) is not None
    ):
        return "people_aided"  # "劝导4人进站接受救助": reached, then aided
    if hit:
        return _consoled(masked, mention, scope, hit[1].target)
    verb = first_right(masked, mention.end, scope.clause[1], c.person_verbs)
    if verb and verb[1].kind == "category":
        # "对1.2万名低保、特困对象开展走访": the group names who, the action decides, also
        # when it opens the next clause ("为582位低保残疾人，送上…")
        verb = (
            first_right(masked, verb[0], scope.clause[1], c.person_actions)
            or _opening_next_clause(masked, scope, c.person_actions)
            or verb
        )
    if verb and _modifies_noun_after(masked, verb, scope.clause[1]):
        # "给1万名…和享受抚恤补助的优抚对象送去…": a verb inside a modifier (…的) describes
        # the people; the verb after them says what was done for them
        verb = (
            first_right(masked, verb[0] + len(verb[1].word), scope.clause[1], c.person_actions)
            or verb
        )
    if verb:
        verb = _action_received(masked, verb)
    audience = _attending(masked, mention.end, scope.clause[1])
    if audience and _joins_the_work(masked, audience, scope.clause[1]):
        return "staff_mobilized"  # "共60余人参加了此次慰问活动": those who did the visiting
    if audience and (verb is None or audience[0] < verb[0]):
        return _verb_of_next_clause(masked, scope)  # "…参加团拜会，每人领到…": they received
    if verb:
        return _consoled(masked, mention, scope, verb[1].target)
    for lo in (scope.clause[0], scope.sentence[0]):
        hit = _acting_verb(masked, lo, mention.start, policies=False)
        if hit and hit[1].kind == "category":
            # "覆盖低保家庭、孤儿等困难群体，共9.2万人": the groups say who, the action what
            hit = nearest_left(masked, lo, hit[0], c.person_actions) or hit
        if hit:
            return hit[1].target
    return _verb_of_next_clause(masked, scope)


def _action_received(masked: str, verb: tuple[int, Cue]) -> tuple[int, Cue]:
    """The action people received, when a receiving verb after their count names one
    ("4.4万余人得到慰问": visited, not aided); else the verb itself."""
    c = cues()
    if verb[1].word not in c.received_by:
        return verb
    at = verb[0] + len(verb[1].word)
    at += masked.startswith("了", at)
    action = starts_with(masked, at, c.person_actions)
    return (at, action) if action is not None else verb


_MODIFIER_REACH = 8  # characters from a verb to the 的 that closes its modifier ("享受抚恤定补的")


def _modifies_noun_after(masked: str, verb: tuple[int, Cue], hi: int) -> bool:
    """Whether a verb stands inside a modifier of the people named after it: 的 closes its
    phrase within a few characters, before any number."""
    end = verb[0] + len(verb[1].word)
    de = masked.find("的", end, min(hi, end + _MODIFIER_REACH))
    return de >= 0 and not any(ch.isdigit() for ch in masked[end:de])


def _opening_next_clause(
    masked: str, scope: Scope, words: Sequence[str | Cue]
) -> tuple[int, str | Cue] | None:
    """Where the next clause of the sentence (after a comma) opens, and the word of `words`
    it opens with, if it does."""
    hi = scope.clause[1]
    if hi >= scope.sentence[1] or masked[hi] not in "，,":
        return None
    word = starts_with(masked, hi + 1, words)
    return (hi + 1, word) if word is not None else None


def _on_patrol(masked: str, scope: Scope) -> bool:
    """Whether the sentence is about a patrol (巡查, 街面, 流浪 …)."""
    return any_within(masked, *scope.sentence, cues().patrols)


def _verb_of_next_clause(masked: str, scope: Scope) -> str | None:
    """The person metric of the next clause's verb when it opens with the people counted
    before it, each or all ("一共40名困难群众，每人领到了一份年货")."""
    clause = _clause_on_those_counted(masked, scope)
    if clause is None:
        return None
    lo, next_hi = clause
    verb = first_right(masked, lo, next_hi, cues().person_actions)
    return _consoled_within(masked, verb[0], next_hi, verb[1].target) if verb else None


def _clause_on_those_counted(masked: str, scope: Scope) -> tuple[int, int] | None:
    """The next clause of the sentence, past its opening word, when it opens with the people
    counted before it (每人, 都, 他们 …): (start after that word, end)."""
    opening = _opening_next_clause(masked, scope, cues().people_openers)
    if opening is None:
        return None
    lo, opener = opening
    return lo + len(opener), bounds(masked, lo, CLAUSE_MARKS, lo, scope.sentence[1])[1]


_BUSINESS_MODIFIER = 2  # "6户困难企业", "3户小微企业": the most characters of a modifier


def _businesses_after(masked: str, end: int) -> bool:
    """Whether a 户 count ending at `end` counts businesses: one of their nouns follows it,
    right away or after a short modifier that holds no family word ("6户困难企业")."""
    words = cues().not_families_before
    for gap in range(_BUSINESS_MODIFIER + 1):
        if starts_with(masked, end + gap, words):
            modifier = masked[end : end + gap]
            return all("\u4e00" <= ch <= "\u9fff" for ch in modifier) and not any(
                w in modifier for w in cues().household_words
            )
    return False


def confirms_households(masked: str, mention: Mention, scope: Scope) -> bool:
    """A household count is a figure when its sentence speaks of visiting, aiding or enrolling,
    or its clause says the households received something."""
    c = cues()
    if _is_not_outcome(masked, mention, scope, ()):
        return False
    if masked.endswith(c.not_families_before, scope.clause[0], mention.start) or _businesses_after(
        masked, mention.end
    ):
        return False  # "困难企业2户", "44户企业", "6户困难企业": businesses
    if any_within(masked, scope.clause[0], mention.start, c.registered_stock):
        return True  # "共有在档困难职工3512户": the registered stock, which the corpus keeps
    if any_within(masked, mention.end, scope.clause[1], c.received_by):
        return True  # "17户困难老人收到了…": the households counted received
    return any_within(masked, *scope.sentence, c.household_words)


# A size written after a measure word: "5L", "5KG", "10斤装".
_SIZE_SPEC = re.compile(r"\d+(?:\.\d+)?\s*(?:[Ll升斤克gG]|[Kk][Gg]|公斤|千克|毫升|[Mm][Ll])装?")
_GOODS_AFTER_REACH = 6
# A value written between a count and its goods ("21个价值4400多元的温暖包").
_VALUE_SPEC = re.compile(r"价值(?:约|近|超过)?\d[\d.]*[万亿]?[余多]?元(?:左右)?的?")
_BRAND_REACH = 3  # "金龙鱼": a brand's name before the goods noun


def _paper_after(text: str, mention: Mention, scope: Scope) -> bool:
    """Whether the noun the measure word counts is paper: right after it, or after a few
    words of what it is about ("印制了300份救助热线宣传单") in a clause that names no goods
    (handed out with goods, "春联300副以及150份防疫手册", it is one of the gifts)."""
    if starts_with(text, mention.end, cues().paper) is not None:
        return True
    hi = min(scope.clause[1], mention.end + _PAPER_REACH)
    item_end = text.find("、", mention.end, hi)
    hi = item_end if item_end >= 0 else hi
    paper = first_right(text, mention.end, hi, cues().paper)
    return paper is not None and not any_within(text, *scope.clause, cues().goods)


def _tallies_contents(text: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count tallies what the clause before listed a package as holding ("包里装有
    冲锋衣、袜子和鞋子，共11件物品"); "…，总计300份" counts the packages."""
    tally, nouns, measures = _contents_words()
    return (
        text.startswith(tally, scope.clause[0])
        and (text.startswith(nouns, mention.end) or text[mention.end - 1] in measures)
        and _lists_contents(text, scope, mention)
    )


@cache
def _contents_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """The words that open a tally of a package's contents (共), the nouns it counts in
    (物品), and its measure words (样, 种)."""
    items = raw_cues()["items"]
    return (
        tuple(items["contents_tally"]),
        tuple(items["contents_nouns"]),
        frozenset(items["contents_measures"]),
    )


def _lists_contents(text: str, scope: Scope, mention: Mention) -> bool:
    """Whether the clause before the count's lists what a package holds (装有, 内含 …) and
    nothing is handed out from there to the count ("…，共发放爱心包300个" hands packages out)."""
    lo = scope.clause[0] - 1
    if lo <= scope.sentence[0]:
        return False
    holds = nearest_left(text, scope.sentence[0], lo, cues().goods_each_unit)
    return holds is not None and not any_within(
        text, holds[0] + len(holds[1]), mention.start, cues().giving_verbs
    )


@cache
def _packed_count() -> re.Pattern:
    """A count of goods in a measure word written right after another count, nothing between:
    what the first count's cartons pack ("50箱|1200个馒头"; not a size: "200瓶|5L花生油")."""
    items = raw_cues()["items"]
    measures = alternation([*items["measure_words"], *items["packed_measures"]])
    return re.compile(rf"[0-9]+(?:\.[0-9]+)?[多余]?(?:{measures})")


_PAPER_REACH = 10  # characters after the measure word within which a paper noun ends its phrase
_CLOSING_TITLE_MARKS = "》”」"  # between a title naming what was handed out and its count


def confirms_items(text: str, mention: Mention, scope: Scope) -> bool:
    """A count of items is a figure when goods or handing out are named in its sentence; one
    written with a generic measure word (个, 幅) needs a goods noun in its own clause, read
    inside quotation marks too (“新春关爱包”1200个)."""
    if mention.value == 1:
        return False  # "礼包1份、瓜子1盒…", "送上1份慰问金": what one package or family holds
    if _packed_count().match(text, mention.end):
        return False  # "50箱1200个馒头": the cartons the counted goods came in
    each_lo = scope.clause[0]
    if scope.clause[0] > scope.sentence[0] and text.startswith(
        cues().goods_list_continued, scope.clause[0]
    ):
        each_lo = _clause_before(text, scope)  # "每份包含大米10斤，以及口罩20个": still each's
    each = nearest_left(text, each_lo, mention.start, cues().goods_each_unit)
    if each and "的" not in text[each[0] : mention.start]:
        # "每桌4道凉菜、2份热汤": what each table holds, no total; but "装有大米的暖心包1.5万份"
        # counts the packages the modifier describes
        return False
    if _tallies_contents(text, mention, scope):
        return False  # "包里装有冲锋衣、袜子和鞋子，共11件物品": what one package holds
    if _kept_not_given(text, mention, scope):
        return False  # "储备棉被3万床", "共接收冬衣6.695万件": in store, not handed out
    if _donated_to_a_body(text, mention, scope):
        return False  # "某公司向区慈善联合总会捐赠棉服2900件": goods raised, not handed out
    need = nearest_left(text, scope.clause[0], mention.start, cues().goods_needed)
    if need and not any_within(text, need[0], mention.start, cues().giving_verbs):
        return False  # "共需御寒棉被360万床", "急需棉帐篷2万余顶": a need, not goods given
    c = cues()
    named_end = _before_qualifier(text, mention)  # "就业岗位近6万个": the noun before 近
    while named_end > scope.clause[0] and text[named_end - 1] in _CLOSING_TITLE_MARKS:
        named_end -= 1
    if text.endswith(c.paper, max(scope.clause[0], named_end - 6), named_end) or (
        _paper_after(text, mention, scope)
    ):
        return False  # "慰问信2000余份", "办好事实事3.3万件": paper or deeds, no goods
    if _loaded_vehicles(text, mention, scope):
        return False  # "12辆装满御寒物资的汽车": the vehicles that carry the goods
    if mention.generic:
        lo, hi = scope.clause
        if counts_units(text, mention):
            return False
        if any_within(text, mention.end, min(hi, mention.end + 10), cues().facilities):
            return False  # "3个民用煤供应点": places that hand goods out
        goods = cues().goods
        # The goods noun stands right before the number or right after the measure word, a
        # size and a brand between ("200瓶5L金龙鱼花生油").
        spec = _SIZE_SPEC.match(text, mention.end)
        reach = _GOODS_AFTER_REACH + (len(spec.group(0)) + _BRAND_REACH if spec else 0)
        valued = _VALUE_SPEC.match(text, mention.end)
        reach += len(valued.group(0)) if valued else 0
        return (
            any_within(text, max(lo, mention.start - 8), mention.start, goods)
            or any_within(text, mention.end, min(hi, mention.end + reach), goods)
            or _handed_out_noun(text, mention, scope)
            or _goods_across_quotes(text[max(lo, mention.start - 8) : mention.start])
            or _goods_closing_the_clause(text, mention.end, hi)
        )
    return any_within(text, *scope.sentence, cues().item_words) or _handed_out_in_next_sentence(
        text, scope
    )


def _handed_out_in_next_sentence(text: str, scope: Scope) -> bool:
    """Whether the next sentence opens by referring back and hands out ("…摆放着200多双棉袜、
    100多瓶洗发水。这批礼品是爱心人士为孩子们准备的"): the goods just listed were given."""
    referring = _next_sentence_referring_back(text, scope)
    return referring is not None and any_within(text, *referring, cues().goods_handed_out)


_QUOTE_MARKS = str.maketrans("", "", '“”‘’「」"')
_NOUN_PHRASE_MAX = 20  # the longest phrase after a measure word read as the goods' noun phrase


def _goods_closing_the_clause(text: str, end: int, hi: int) -> bool:
    """Whether the words after the measure word are one noun phrase, its kinds listed, that a
    goods noun closes at the clause's end ("3600多张免费高铁、动车及普快列车车票")."""
    phrase = text[end:hi]
    return (
        len(phrase) <= _NOUN_PHRASE_MAX
        and phrase.endswith(cues().goods)
        and not any(ch.isdigit() or ch in _phrase_breaks() for ch in phrase)
        and not any_within(text, end, hi, cues().giving_verbs)
    )


@cache
def _phrase_breaks() -> frozenset[str]:
    """What ends a goods noun phrase (的, 给, 在 …); its kinds may be joined (和, 与, 及)."""
    return frozenset(cues().goods_noun_breaks) - frozenset("和与及")


def _goods_across_quotes(before: str) -> bool:
    """Whether the words before a count name goods once quotation marks are read through
    ("“福”字1000余张": 福字)."""
    plain = before.translate(_QUOTE_MARKS)
    return plain != before and any(word in plain for word in cues().goods)


def counts_units(text: str, mention: Mention) -> bool:
    """Whether a count in a generic measure word counts units, groups or time, not goods ("由14
    个市州实施", "全市11个旗县市区的…", "连续书写4个多小时"); but "108桌年夜饭" is goods: the
    longer word after the count wins."""
    if not mention.generic:
        return False
    after = mention.end + (text[mention.end : mention.end + 1] in ("多", "余"))
    stop = starts_with(text, after, cues().not_goods_after)
    named = starts_with(text, after, cues().goods)
    return stop is not None and not (named and len(str(named)) > len(str(stop)))


def _loaded_vehicles(text: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count of 辆 or 台 counts vehicles (a 车 or 大巴 after it in its clause) that the
    clause loads with goods or people board ("12台装满大米的卡车"; not "装满…，共500台取暖器")."""
    c = cues()
    lo, hi = scope.clause
    if text[mention.end - 1 : mention.end] not in c.vehicle_measures:
        return False
    return any_within(text, lo, hi, c.loading_verbs) and any_within(
        text, mention.end, hi, c.vehicles
    )


_GOODS_NOUN_MAX = 8  # the longest noun read as goods between a handing-out verb and its count


def _handed_out_noun(text: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count follows a noun of its own that a verb handing goods out governs, alone or
    as an item of a list ("送去吸氧管250根、制氧机5台"); "了" may follow the verb."""
    c = cues()
    verb = nearest_left(text, scope.clause[0], mention.start, c.goods_handed_out)
    if verb is None:
        return False
    start, word = verb
    noun = text[start + len(str(word)) : mention.start].rsplit("、", 1)[-1].removeprefix("了")
    return (
        2 <= len(noun) <= _GOODS_NOUN_MAX
        and all("\u4e00" <= ch <= "\u9fff" and ch not in c.goods_noun_breaks for ch in noun)
        and not noun.endswith(c.not_goods_after)
    )


@cache
def _kept_after() -> re.Pattern:
    """After a count: goods set aside as a reserve, the stock a part is taken from, or a verb
    that stores them or has donors take them up ("80床棉被陆续被认领完毕")."""
    items = raw_cues()["items"]
    return re.compile(
        rf"(?:{alternation(items['set_aside'])})[^，。；]{{0,8}}储备"
        rf"|中(?:{alternation(items['taken_from'])})"
        rf"|[^，。；]*?(?:{alternation(items['kept_after'])})"
    )


def _given_with_money(text: str, mention: Mention, scope: Scope) -> bool:
    """Whether the goods verb before a count gives money (捐款, the money word fused to it)
    and the goods are listed with that money, nothing handed out after them: goods given in
    together with money raised."""
    lo, hi = scope.clause
    verb = nearest_left(text, lo, mention.start, cues().goods_handed_out)
    if verb is None or not text.startswith(_money_fused(), verb[0] + len(str(verb[1]))):
        return False
    return not any_within(text, mention.end, hi, cues().giving_verbs)


@cache
def _money_fused() -> tuple[str, ...]:
    """Money words fused to a giving verb (捐款): the verb gives money, not goods."""
    return tuple(raw_cues()["items"]["money_after_verb"])


def _kept_not_given(text: str, mention: Mention, scope: Scope) -> bool:
    """Whether a count of goods is goods kept, not handed out: the nearest goods verb before
    it in its clause stores or takes them in, or the words after it set them aside."""
    if _kept_after().match(text, mention.end, scope.clause[1]):
        return True
    if _given_with_money(text, mention, scope):
        return True  # "职工共捐款1.2万元、衣物80件": goods given in with the money raised
    lo = scope.sentence[0]  # "储备的冬季物资有：被子3236床，大衣1945件": the list's heading
    stored = nearest_left(text, lo, mention.start, cues().goods_not_given)
    if stored is None:
        return False
    if any_within(text, mention.end, scope.clause[1], cues().giving_verbs):
        return False  # "募集的棉衣被5.9万件已发往重灾区": raised, then handed out
    if _handed_out_next(text, scope):
        return False  # "把2000多件棉被全部领回，并发放到救助对象手中": then handed out
    given = nearest_left(text, lo, mention.start, cues().giving_verbs)
    if (
        given is not None
        and scope.clause[0] <= given[0] < stored[0]
        and starts_with(text, stored[0] + len(stored[1]), _stock_nouns())
    ):
        return False  # "调拨省级储备物资棉被970床": the store names where the goods came from
    # "接收捐赠冬衣": a giving word right after the store word names what was taken in;
    # "接收社会各界捐赠的衣物6万余件": a donation in a modifier (…的) describes the goods
    attached = given is not None and given[0] == stored[0] + len(stored[1])
    donated = nearest_left(text, stored[0], mention.start, cues().donating)
    modifier = donated is not None and "的" in text[donated[0] : mention.start]
    if modifier and given is not None and given[0] > donated[0]:
        modifier = False  # "接受…捐赠的款物…，发放各类物品96万余件": handed out after
    return given is None or given[0] < stored[0] or attached or modifier


@cache
def _stock_nouns() -> tuple[str, ...]:
    """Nouns that name a store's goods as such (物资, 物品), not one kind of goods (棉被)."""
    return tuple(raw_cues()["money"]["in_kind_value"]["nouns"])


def _handed_out_next(text: str, scope: Scope) -> bool:
    """Whether the next clause of the sentence goes on with the goods' verb phrase (并, 再,
    向 …) and hands them out, naming no goods of its own ("，并把御寒物资发放到…" may hand out
    other goods than those counted)."""
    opening = _opening_next_clause(text, scope, cues().continuing_openers)
    if opening is None:
        return False
    lo = opening[0]
    _, end = bounds(text, lo, CLAUSE_MARKS, lo, scope.sentence[1])
    return any_within(text, lo, end, cues().giving_verbs) and not any_within(
        text, lo, end, cues().goods
    )


def qualifier_of(text: str, mention: Mention) -> str:
    """exact, approx, at_least or at_most from the words written around the amount."""
    c = cues()
    before = ends_with(text, mention.start, c.qualifier_before)
    if before is None and text.endswith("了", 0, mention.start):
        # "总价值超过了400万元": the aspect word between the qualifier and the amount
        before = ends_with(text, mention.start - 1, c.qualifier_before)
    if before:
        return before.target
    if mention.inner_qualifier:
        return "at_least"
    if text.startswith(_BARE_MAGNITUDES, mention.start) and text.endswith(
        _bare_lower_bounds(), 0, mention.start
    ):
        return "at_least"  # "上万名困难儿童": ten thousand or more
    after = starts_with(text, mention.end, _qualifiers_after())
    if after:
        return after.target
    return _yuan_range_end(text, mention) or "exact"


def _yuan_range_end(text: str, mention: Mention) -> str | None:
    """at_least for the lower end of a range whose ends each write their unit ("每人1000元至
    3500元"), at_most for its upper end; None for an amount that is neither."""
    if not text.endswith("元", 0, mention.end):
        return None
    if _YUAN_RANGE_UPPER.match(text, mention.end):
        return "at_least"
    if _YUAN_RANGE_LOWER.search(text, max(0, mention.start - 16), mention.start):
        return "at_most"
    return None


# The upper end of a range of yuan after an amount that writes its unit, and the lower end
# before one ("1000元至3500元", "500元到1000元", "2000元—5000元").
_YUAN_RANGE_UPPER = re.compile(r"[-~—－至到]\d+(?:\.\d+)?(?:千|万|亿)?元")
_YUAN_RANGE_LOWER = re.compile(r"\d元[-~—－至到]$")


_BARE_MAGNITUDES = ("百", "千", "万")  # a count written as its magnitude alone ("上千户")


@cache
def _bare_lower_bounds() -> tuple[str, ...]:
    """The words that make a bare 百/千/万 after them a lower bound (上)."""
    return tuple(raw_cues()["numbers"]["at_least_before_bare"])


@cache
def _qualifiers_after() -> tuple[Cue, ...]:
    """The qualifier words after an amount, but single characters (one tuple, so that
    starts_with indexes it by first character once)."""
    return tuple(q for q in cues().qualifier_after if len(q.word) > 1)


def _perfective_after(masked: str, pos: int) -> bool:
    """Whether the clause after 将 says its verb was done ("将价值15万元的大米送到了…"): 将 then
    marks the object, as 把 does."""
    c = cues()
    _, hi = bounds(masked, pos, CLAUSE_MARKS, pos, len(masked))
    at = masked.find(c.perfective, pos, hi)
    while at >= 0:
        if not any(masked.startswith(w, at - w.index(c.perfective)) for w in c.not_perfective):
            return True
        at = masked.find(c.perfective, at + 1, hi)
    return False


def _opens_with_purpose(masked: str, lo: int) -> bool:
    """Whether the clause at `lo` opens with a purpose (为确保…), after its outlet's tag when it
    opens a lead ("某某讯（记者）为确保…")."""
    tag = _lead_tag().match(masked, lo)
    return starts_with(masked, tag.end() if tag else lo, cues().purpose_openers) is not None


@cache
def _lead_tag() -> re.Pattern:
    """An outlet's tag opening a lead, with its byline in brackets ("武城讯（李淑冉）")."""
    endings = alternation(raw_cues()["segment"]["lead_tag_endings"])
    # (a byline holding a space, "（通讯员 王敏）", may leave only its end in the clause)
    return re.compile(
        rf"(?:[^\s，。；！？：（(]{{1,16}}?(?:{endings}))?(?:[（(]?[^（()）\s，。]{{0,20}}[）)]|\s)*"
    )


def planned_after(masked: str, end: int, clause_hi: int) -> bool:
    """Whether a planning word follows a figure in its clause ("1万件衣物近期将陆续送到…")."""
    return _planned_cue(masked, end, clause_hi) is not None


def _planned_cue(masked: str, lo: int, hi: int) -> int | None:
    """Position of the nearest planning cue in masked[lo:hi] (将 as an object marker skipped)."""
    c = cues()
    while hi > lo:
        hit = nearest_left(masked, lo, hi, c.planned)
        if hit is None:
            return None
        pos, word = hit
        if word == "将" and masked.startswith(_receiving_verbs(), pos + 1):
            return pos  # "将穿上合身的新棉衣": a verb of receiving right after 将 is to come
        object_marker = word == "将" and (
            any(masked.startswith(obj, pos + 1) for obj in (*c.jiang_objects, "近"))
            or masked.startswith(_goods_words(), pos + 1)  # "将棉被送到…": goods, as after 把
            or _people_object_after(masked, pos + 1)  # "将街头流浪人员接回…": people
            or _perfective_after(masked, pos + 1)
        )
        if (
            object_marker
            or _done_reading(masked, pos, word)  # "准备了一个温暖包": done, no plan
            or any(masked.startswith(w, pos) for w in c.not_planned_compounds)
            or (
                word in c.describing_planned
                and not masked.startswith(c.plan_prepositions, pos + len(word))
                and _describes_people(masked, pos + len(word))
            )
        ):
            hi = pos
            continue
        return pos
    return None


# The most characters of a modifier between 将 and the people it marks ("将街头流浪人员").
_JIANG_MODIFIER = 4


def _people_object_after(masked: str, at: int) -> bool:
    """Whether the people who receive (persons.beneficiaries) are named right after 将 or after
    a short modifier with no verb or preposition in it: 将 marks them as the object, as 把 does
    ("将他们送回家中", "将街头流浪人员接回站内"); a future 将 comes before a verb or a preposition
    ("将为500户困难家庭送去…")."""
    c = cues()
    hit = first_right(masked, at, at + _JIANG_MODIFIER + 4, c.beneficiaries)
    if hit is None or hit[0] > at + _JIANG_MODIFIER:
        return False
    start = hit[0]
    return not (
        any(mark in masked[at:start] for mark in CLAUSE_MARKS)
        or any(w in masked[at:start] for w in c.plan_prepositions)
        or _has_action(masked, at, start)
    )


@cache
def _goods_words() -> tuple[str, ...]:
    """Goods nouns of two characters or more (a single one starts other words: 面向, 油然)."""
    return tuple(w for w in cues().goods if len(w) > 1)


def _done_reading(masked: str, pos: int, word: str) -> bool:
    """Whether a longer cue of deeds done starts where the planning word does (准备了 over
    准备): the longer reading wins."""
    done = starts_with(masked, pos, cues().actual)
    return done is not None and len(str(done)) > len(word)


def _describes_people(masked: str, after: int) -> bool:
    """Whether the modifier after a planning word, closed by 的, gives or pays nothing
    ("即将踏上归途的大学生", "准备露宿的"): what people are about to do, no plan."""
    de = masked.find("的", after, after + _DESCRIBED_SPAN)
    if de < 0 or any(mark in masked[after:de] for mark in CLAUSE_MARKS):
        return False
    return not _has_action(masked, after, de) and not _has_figure(masked, after, de)


# The longest modifier a planning word opens (即将踏上返乡归途的): words, not a clause.
_DESCRIBED_SPAN = 10


@per_span
def clause_status(masked: str, lo: int, hi: int) -> str | None:
    """planned or actual when the clause text masked[lo:hi] carries a status cue."""
    c = cues()
    planned = _planned_cue(masked, lo, hi)
    actual = nearest_left(masked, lo, hi, c.actual)
    if planned is not None and (actual is None or planned > actual[0]):
        return "planned"
    if actual and actual[1] in c.aspect and masked.endswith(c.planned_before_aspect, lo, actual[0]):
        return "planned"  # "将累计投入…": the plan's aspect, not a deed
    return "actual" if actual else None


@per_span
def _has_action(masked: str, lo: int, hi: int) -> bool:
    c = cues()
    return any_within(masked, lo, hi, c.money_action_verbs) or any_within(
        masked, lo, hi, c.person_actions
    )


def _new_subject(masked: str, clause_lo: int) -> bool:
    """Whether a clause opens with its own subject or time instead of going on with the verb
    phrase before it (a place, an organisation, a date, 其中 …): anything but a verb or a word
    that goes on with it (为, 向, 并 …, and a use the money before is put to: 用来, 用以 …)."""
    c = cues()
    rest = masked[clause_lo : clause_lo + 6]
    if rest.startswith(c.continuing_openers) or rest.startswith(c.use_words):
        return False
    return not rest.startswith(_action_words())


@cache
def _action_words() -> tuple[str, ...]:
    """The money and person action verbs as one tuple: str.startswith tries them all in C."""
    c = cues()
    return tuple(v.word for v in (*c.money_action_verbs, *c.person_actions))


@per_span
def _has_figure(masked: str, lo: int, hi: int) -> bool:
    return MENTION.search(masked, lo, hi) is not None


def _planned_list_item(masked: str, sentence_lo: int, item_lo: int) -> bool:
    """Whether the list item opening at `item_lo` after a semicolon goes on with a plan before
    it: "活动还将向…学生送去助学款；出资26.5万元，援建…；为孤残儿童送去…" — items that open
    with a verb (or 为/向 …) have no subject of their own, and the first item with one says
    whose plan they share."""
    while (
        item_lo > sentence_lo and masked[item_lo - 1] in "；;" and not _new_subject(masked, item_lo)
    ):
        previous_lo = max(masked.rfind(m, sentence_lo, item_lo - 1) for m in "；;") + 1
        previous_lo = max(previous_lo, sentence_lo)
        status = clause_status(masked, previous_lo, item_lo - 1)
        if status is not None:
            return status == "planned"
        item_lo = previous_lo
    return False


def _plans_what_follows(
    masked: str, clause_lo: int, end: int, clause_hi: int, opens_sentence: bool
) -> bool:
    """Whether the clause after a figure's clause plans the figure ("…3360余万元，将于1月15日前
    发放"): not when the figure's clause says it was done ("资金已于日前下拨到各县区，将在供暖
    期前发放") or the next clause only says what it is for ("总价值约490万元，将全部用于…")."""
    c = cues()
    time = starts_with(masked, clause_hi + 1, c.plan_times)
    if time and any_within(masked, clause_lo, end, c.tally_words):
        time = None
    lo = clause_hi + 1 + (len(time) if time else 0)  # where the plan's words open
    opener = starts_with(masked, lo, c.planning_openers)
    subject = opens_sentence and not _has_action(masked, clause_lo, clause_hi)
    if opener is None and (subject or time) and masked.startswith("将", lo):
        # "装有…的2.5万份暖心包，将赶在元旦前送达": 将 after a sentence's subject, a figure's
        # clause with no verb (not after a listed amount a verb before it governs: "拨付…，
        # 五保对象补贴907万元，将按照…发放"), unless it marks an object ("将温暖送到…"); or
        # after a time ("…口罩3120个，近期将分批发放")
        _, next_hi = bounds(masked, lo, CLAUSE_MARKS, lo, len(masked))
        opener = "将" if _planned_cue(masked, lo, next_hi) == lo else None
    if opener is None or any_within(masked, end, clause_hi, c.actual):
        return False
    return not masked.startswith(c.use_words, lo + len(opener))


def status_of(masked: str, mention: Mention, scope: Scope, title: str = "") -> str:
    """actual or planned: the clause's own cue, else the governing clause before it (across
    clauses without a figure of their own), else a planning word to its right in the clause
    ("1.2万名困难群众将在春节前领到…"), else what the document is (a plan: 方案, 计划)."""
    clause_lo, clause_hi = scope.clause
    own = clause_status(masked, clause_lo, mention.start)
    if own == "planned" and "的" in masked[clause_lo : mention.start]:
        # "计划于春节前发放的2.4亿元资金已全部拨付": the plan describes the money; the verb
        # after it says what became of it.
        after = nearest_left(masked, mention.end, clause_hi, cues().actual)
        planned_at = _planned_cue(masked, clause_lo, mention.start)
        modifier = planned_at is not None and "的" in masked[planned_at : mention.start]
        if after and modifier:
            return "actual"
    if own:
        return own
    sentence_lo, sentence_hi = scope.sentence
    if any_within(masked, clause_lo, mention.start, cues().weak_planned):
        before = clause_status(masked, sentence_lo, clause_lo)
        return "actual" if before == "actual" else "planned"
    hi = clause_lo
    run_lo = clause_lo  # the first clause of the run of verb phrases the figure's clause ends
    first = True
    # A clause with a verb of its own is not governed by the clauses before it.
    has_verb = _has_action(masked, clause_lo, mention.start)
    while hi > sentence_lo and (first or not has_verb) and masked[hi - 1] not in "；;":
        prev_lo, _ = bounds(masked, hi - 1, CLAUSE_MARKS, sentence_lo, hi - 1)
        previous = clause_status(masked, prev_lo, hi - 1)
        if previous == "planned" and _opens_with_purpose(masked, prev_lo):
            previous = None  # "确保群众温暖过冬，市局向9个县调拨…": a goal governs no deed
        if first and masked.startswith("其中", clause_lo) and previous:
            if planned_after(masked, mention.end, clause_hi):
                return "planned"  # "其中1万件衣物近期将陆续送到…": the part's own plan
            return previous
        if first and has_verb:
            if previous == "planned" and (
                not _has_figure(masked, prev_lo, hi) or not _new_subject(masked, run_lo)
            ):
                # "将救助3925户，发放救助金520万元": 将 also governs the verb after the comma
                # when no new subject or time opens the clause.
                return "planned"
            if previous is None and not (
                _new_subject(masked, run_lo) or _new_subject(masked, prev_lo)
            ):
                # "将投入…，走访…1000户，发放…3000份": a run of verb phrases shares the
                # status of the one that opens it.
                hi = run_lo = prev_lo
                continue
            break
        if _has_figure(masked, prev_lo, hi):
            # A clause with a figure of its own governs this verbless one only by planning:
            # "全省还将为…发放补贴，所需资金8400万元由省级财政承担".
            if previous == "planned" and not has_verb:
                return "planned"
            if previous is None and not has_verb:
                hi = prev_lo
                first = False
                continue
            break
        if previous:
            if previous == "planned":
                return "planned"
            break
        first = False
        hi = prev_lo
    if _planned_cue(masked, mention.end, clause_hi) is not None:
        return "planned"
    if _planned_list_item(masked, sentence_lo, run_lo):
        return "planned"
    if _opens_with_purpose(masked, clause_lo) and clause_hi < sentence_hi:
        # "为实现对全省…户的全覆盖，各级工会将…": the purpose is what the next clause plans.
        served = clause_status(masked, clause_hi + 1, sentence_hi)
        if served:
            return served
    continued = clause_hi < sentence_hi and masked[clause_hi] in "，,"
    opens = clause_lo == sentence_lo
    if continued and _plans_what_follows(masked, clause_lo, mention.end, clause_hi, opens):
        return "planned"
    each = starts_with(masked, clause_hi + 1, cues().rates) if continued else None
    if each and masked.startswith("将", clause_hi + 1 + len(each.word)):
        return "planned"  # "1000家困难户，每户将领到…": what each will receive, to come
    if title and _titled_as_plan(title):
        return "planned"
    return "actual"
