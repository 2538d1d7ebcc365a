"""The cue vocabulary (data/cues.yml) loaded into lookups the classifier uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from etl.paths import CUES_FILE

# Lists of the `persons` section that say who or what surrounds a count, not a metric's cues.
PERSON_CONTEXT_LISTS = (
    "not_outcome",
    "past_experience",
    "refused",
    "prizes",
    "carried_home",
    "work_nouns",
    "benefit_verbs",
    "subsidy_words",
    "beneficiaries",
    "in_need",
    "meals",
    "found_verbs",
    "patrols",
    "consolation",
    "aid_money",
    "bare_counts",
    "aid_received_after",
    "received_after",
    "services",
)


@dataclass(frozen=True)
class Cue:
    """A cue word and what it points to."""

    word: str
    target: str
    kind: str  # "verb", "noun" or "category" (a group of people, no action)


@dataclass(frozen=True)
class Cues:
    """All cue lists, longest words first so that 不超过 wins over 超过."""

    money_verbs: tuple[Cue, ...]
    money_nouns: tuple[Cue, ...]
    money_nouns_specific: tuple[Cue, ...]  # without the generic 资金
    money_action_verbs: tuple[Cue, ...]  # verbs that act on money, not the valuation words
    person_verbs: tuple[Cue, ...]
    person_actions: tuple[Cue, ...]  # person verbs without the group names (低保, 特困 …)
    relief_actions: tuple[Cue, ...]  # what a campaign does: person actions and money actions
    person_nouns: tuple[Cue, ...]
    person_not_outcome: tuple[str, ...]
    past_experience: tuple[str, ...]  # 参加过: who the people are, not what they attend
    household_words: tuple[str, ...]
    not_families_before: tuple[str, ...]
    institutions: tuple[str, ...]  # given "to each" of these, money is each one's sum, no rate
    item_words: tuple[str, ...]
    goods_handed_out: tuple[str, ...]  # the verbs that hand goods out (送去, 分发, 赠送 …)
    goods_each_unit: tuple[str, ...]  # 每桌, 每个: what each table or body holds or gets
    goods_list_continued: tuple[str, ...]  # 以及: a clause going on with the list before
    meals: tuple[str, ...]  # 年夜饭, 团年饭: a charity meal, whose diners were reached
    found_verbs: frozenset[str]  # 发现: reaches people only on a patrol
    patrols: tuple[str, ...]  # 巡查, 街面: a patrol's sentence
    goods_noun_breaks: str  # characters no goods noun holds (的, 为, 给 …)
    goods: tuple[str, ...]
    planned_titles: tuple[str, ...]
    plan_started: tuple[str, ...]  # 启动: a headline that sets a plan off
    changes: tuple[str, ...]
    raises: tuple[str, ...]  # 提高, 上调: a level's movement, a change with no comparison said
    comparisons: tuple[str, ...]
    consolation: tuple[str, ...]
    back_references: tuple[str, ...]
    restating: tuple[str, ...]
    standard_words: tuple[str, ...]
    aspect: tuple[str, ...]
    subject_continuing: tuple[str, ...]  # 又, 还: an item opening with one has no subject
    noun_compounds: frozenset[str]  # 党组织, 组织部: nouns whose inner words are no cues
    negations: tuple[str, ...]  # 未能, 尚未: before an action, it was not done
    unable_after: tuple[str, ...]  # 不上, 不到: after an action, it could not be done
    describing_planned: frozenset[str]  # 即将: before a modifier, what people are about to do
    plan_prepositions: tuple[str, ...]  # 把, 依照: after a planning word, the plan's object
    beneficiaries: tuple[str, ...]
    not_outcome_verbs: tuple[str, ...]
    capacity: tuple[str, ...]  # 可容纳: what a place can hold
    not_outcome_money: tuple[str, ...]
    record_broken: tuple[str, ...]  # 打破, 刷新: before an amount named a record
    record_named: tuple[str, ...]  # 纪录: the noun after it
    need_or_damage: tuple[str, ...]
    damage: tuple[str, ...]  # what a disaster did to houses or goods (损坏, 倒塌)
    donating: tuple[str, ...]
    need_places: tuple[str, ...]  # 受灾地区: a need word describing a place
    people_openers: tuple[str, ...]  # 每人, 他们: a clause going on about people counted
    cash_named: tuple[str, ...]  # 现金, 慰问金: cash named in an amount's own clause
    fund_words: tuple[str, ...]  # 资金, 金额: after a relief action, what it cost
    purchase_verbs: tuple[str, ...]  # 采购, 购买: money spent on goods
    composing: tuple[str, ...]  # 组成: the people counted make up a team
    verb_as_noun_after: tuple[str, ...]  # 服务队: a verb that names a team or place
    loading_verbs: tuple[str, ...]  # 装满, 满载: vehicles loaded with goods
    vehicle_measures: tuple[str, ...]  # 辆, 台: what counts vehicles
    vehicles: tuple[str, ...]  # 车: the noun that ends a vehicle's name
    raised_then_paid: tuple[str, ...]  # 筹集 in 筹集发放: the money raised, then paid out
    verb_as_modifier: tuple[str, ...]  # 政策, 工作: after a person verb, it names a thing
    donation_receivers: tuple[str, ...]  # 慈善会, 红十字会: bodies that take donations in
    charities: tuple[str, ...]  # 慈善, 红十字, 基金会: money handed to one is a gift taken in
    needy_places: tuple[str, ...]  # 贫困县, 灾区: places a donation goes out to
    calls_to_give: tuple[str, ...]  # 号召, 动员: a body calling on others to give
    donating_joiners: tuple[str, ...]  # 参与捐款: joined to a donating verb
    raised_results: tuple[str, ...]  # "…人次参与，募得善款…": what the people taking part gave
    giver_nouns: tuple[str, ...]  # 爱心人士, 捐款人: people who give
    receiving_gifts: tuple[str, ...]  # 接受捐赠: the gift received, not given
    business_givers: tuple[str, ...]
    handing_out: tuple[str, ...]  # 发放: a business handing money out pays it, not gives it
    recipient_markers: tuple[str, ...]
    there_are: tuple[str, ...]
    back_to_recipients: tuple[str, ...]
    staff_in_need: tuple[str, ...]
    cash_words: tuple[str, ...]
    cash_valued: tuple[str, ...]  # 红包价值…: cash whose value is stated
    need_before_relief: tuple[str, ...]
    quota_per_person: tuple[str, ...]
    need_relief: tuple[str, ...]
    continuing_openers: tuple[str, ...]
    manner: tuple[str, ...]
    aid_money: tuple[str, ...]
    not_goods_after: tuple[str, ...]
    facilities: tuple[str, ...]
    paper: tuple[str, ...]
    bracket_after: tuple[str, ...]
    received_by: tuple[str, ...]
    change_from: tuple[str, ...]
    change_levels: tuple[str, ...]  # 标准: "…标准提高到1720元" is a new level, no outcome
    purpose_openers: tuple[str, ...]
    weak_planned: tuple[str, ...]
    rate_caps: tuple[str, ...]
    rate_additions: tuple[str, ...]  # 外加, 以及: one more item of the rate before
    rate_cap_households: tuple[str, ...]  # 家庭: a capped amount per household
    standard_after: tuple[str, ...]
    by_standard: tuple[str, ...]
    loans: tuple[str, ...]
    each_recipient: tuple[str, ...]
    planned: tuple[str, ...]
    actual: tuple[str, ...]
    planned_before_aspect: tuple[str, ...]
    planning_openers: tuple[str, ...]
    plan_times: tuple[str, ...]  # a time before 将 in the clause after a figure's (近期将…)
    tally_words: tuple[str, ...]  # 共, 累计: a figure so tallied is done
    use_words: tuple[str, ...]
    perfective: str  # 了 after a verb: done
    not_perfective: tuple[str, ...]  # words that hold 了 without saying so (为了, 了解)
    work_nouns: tuple[str, ...]  # 活动, 工作: a relief action attended is work done
    benefit_verbs: tuple[str, ...]  # 惠及, 受益: whom a payment benefited
    services: tuple[str, ...]  # 体检, 举办: what a campaign did for the people after 为
    subsidy_words: tuple[str, ...]  # 补贴, 补助: a payment to each of them
    jiang_objects: tuple[str, ...]
    not_planned_compounds: tuple[str, ...]
    qualifier_before: tuple[Cue, ...]
    qualifier_after: tuple[Cue, ...]
    rates: tuple[Cue, ...]
    rate_per_body: tuple[str, ...]  # 每家企业: what follows 每家/每个 when it is no household
    rate_body_counters: tuple[str, ...]  # 每所: a counter of institutions
    rate_per_time: tuple[str, ...]  # 每人每天: a rate per day, which the contract has no unit for
    averages: tuple[str, ...]  # 日均: an average over days, no total
    each_words: tuple[str, ...]  # 分别, 各
    each_totals: tuple[str, ...]  # words that make an amount after 分别/各 a total
    each_home_words: tuple[str, ...]  # recipients visited at home get a rate per household
    change_to: tuple[str, ...]  # 减少到 …: a count right before one started a change
    registered_stock: tuple[str, ...]  # 在册, 在档
    received_stock: tuple[str, ...]  # 受助, 受益
    goods_not_given: tuple[str, ...]  # goods stored, taken in or raised
    goods_needed: tuple[str, ...]  # 共需, 急需: goods needed, not given
    fund_endings: tuple[str, ...]  # after a money verb, they make it a fund's name
    giving_verbs: tuple[str, ...]  # what hands goods or money out (items, aid, 发往 …)
    bodies: tuple[str, ...]  # organisations (总工会, 民政 …) a place's name may open


def alternation(words) -> str:
    """A regex alternation of `words`, escaped, longest first (so 不超过 wins over 超过)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def spelled(cue: str | Cue) -> str:
    """The word a cue is written as (a plain string is its own word)."""
    return cue.word if isinstance(cue, Cue) else cue


def _longest_first(cues):
    return tuple(sorted(cues, key=lambda c: -len(spelled(c))))


def _group(section: dict, kind: str) -> list[Cue]:
    key = "categories" if kind == "category" else kind + "s"
    return [Cue(w, target, kind) for target, lists in section.items() for w in lists.get(key, [])]


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def raw_cues(path: Path = CUES_FILE) -> dict:
    """The cue file as parsed YAML (sections read by their own modules), loaded once."""
    # libyaml's parser where PyYAML has it: a tenth of the time, which every process pays
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)


def load_cues(path: Path = CUES_FILE) -> Cues:
    """Read the cue vocabulary from YAML."""
    data = raw_cues() if path == CUES_FILE else raw_cues(path)
    persons = {k: v for k, v in data["persons"].items() if k not in PERSON_CONTEXT_LISTS}
    households = data["households"]["households_reached"]
    money_verbs = _longest_first(_group(data["money"], "verb"))
    money_nouns = _longest_first(_group(data["money"], "noun"))
    person_verbs = _longest_first(_group(persons, "verb") + _group(persons, "category"))
    return Cues(
        money_verbs=money_verbs,
        money_nouns=money_nouns,
        money_nouns_specific=tuple(n for n in money_nouns if n.word != "资金"),
        money_action_verbs=tuple(v for v in money_verbs if v.target != "in_kind_value"),
        person_verbs=person_verbs,
        person_actions=tuple(v for v in person_verbs if v.kind != "category"),
        relief_actions=_longest_first(
            [v for v in person_verbs if v.kind != "category"]
            + [v for v in money_verbs if v.target != "in_kind_value"]
        ),
        person_nouns=_longest_first(_group(persons, "noun")),
        person_not_outcome=_longest_first(data["persons"].get("not_outcome", [])),
        past_experience=tuple(data["persons"]["past_experience"]),
        household_words=_longest_first(households.get("verbs", []) + households.get("nouns", [])),
        not_families_before=_longest_first(data["not_families_before"]),
        institutions=_longest_first(data["institutions"]),
        item_words=_longest_first(data["items"]["verbs"] + data["items"]["nouns"]),
        goods_handed_out=_longest_first(data["items"]["verbs"]),
        goods_each_unit=_longest_first(data["items"]["each_unit"]),
        goods_list_continued=tuple(data["items"]["list_continued"]),
        meals=_longest_first(data["persons"].get("meals", [])),
        found_verbs=frozenset(data["persons"].get("found_verbs", [])),
        patrols=_longest_first(data["persons"].get("patrols", [])),
        goods_noun_breaks="".join(data["items"]["noun_breaks"]),
        goods=_longest_first(data["items"]["goods"]),
        planned_titles=tuple(data["status"].get("planned_titles", [])),
        plan_started=tuple(data["status"]["plan_started"]),
        changes=_longest_first(data["changes"]["movements"]),
        raises=_longest_first(data["changes"]["raises"]),
        comparisons=_longest_first(data["changes"]["comparisons"]),
        consolation=_longest_first(data["persons"].get("consolation", [])),
        back_references=tuple(data["back_references"]),
        restating=tuple(data["restating"]),
        standard_words=tuple(data["standard_words"]),
        aspect=_longest_first(data["status"].get("aspect", [])),
        subject_continuing=_longest_first(data["subject_continuing"]),
        noun_compounds=frozenset(data["noun_compounds"]),
        negations=_longest_first(data["negations"]),
        unable_after=_longest_first(data["unable_after"]),
        describing_planned=frozenset(data["describing_planned"]),
        plan_prepositions=tuple(data["plan_prepositions"]),
        beneficiaries=_longest_first(data["persons"].get("beneficiaries", [])),
        not_outcome_verbs=_longest_first(data["not_outcome_verbs"]),
        capacity=_longest_first(data["capacity"]),
        not_outcome_money=_longest_first(data.get("not_outcome_money", [])),
        record_broken=_longest_first(data["broken_record"]["before"]),
        record_named=_longest_first(data["broken_record"]["after"]),
        need_or_damage=_longest_first(data.get("need_or_damage", [])),
        damage=_longest_first(data["damage"]),
        donating=_longest_first(data.get("donating", [])),
        need_places=_longest_first(data["need_places"]),
        people_openers=_longest_first(data["people_openers"]),
        cash_named=_longest_first(data["cash_named"]),
        fund_words=_longest_first(data["fund_words"]),
        purchase_verbs=tuple(data["purchase_verbs"]),
        composing=tuple(data["persons"]["staff_mobilized"]["composing"]),
        verb_as_noun_after=tuple(data["persons"]["staff_mobilized"]["verb_as_noun_after"]),
        loading_verbs=tuple(data["items"]["loading_verbs"]),
        vehicle_measures=tuple(data["items"]["vehicle_measures"]),
        vehicles=tuple(data["items"]["vehicles"]),
        raised_then_paid=tuple(data["raised_then_paid"]),
        verb_as_modifier=tuple(data["verb_as_modifier"]),
        donation_receivers=tuple(data["donation_receivers"]),
        charities=tuple(data["charities"]),
        needy_places=_longest_first(data["needy_places"]),
        calls_to_give=tuple(data["calls_to_give"]),
        donating_joiners=_longest_first(data["donating_joiners"]),
        raised_results=_longest_first(data["raised_results"]),
        giver_nouns=_longest_first(data["giver_nouns"]),
        receiving_gifts=_longest_first(data["receiving_gifts"]),
        business_givers=_longest_first(data.get("business_givers", [])),
        handing_out=tuple(data["handing_out"]),
        recipient_markers=tuple(data.get("recipient_markers", [])),
        there_are=_longest_first(data.get("there_are", [])),
        back_to_recipients=_longest_first(data.get("back_to_recipients", [])),
        staff_in_need=_longest_first(data.get("staff_in_need", [])),
        cash_words=_longest_first(data.get("cash_words", [])),
        cash_valued=_longest_first(data.get("cash_valued", [])),
        need_before_relief=_longest_first(data.get("need_before_relief", [])),
        quota_per_person=_longest_first(data["quota_per_person"]),
        need_relief=_longest_first(data.get("need_relief", [])),
        continuing_openers=tuple(data["status"].get("continuing_openers", [])),
        manner=_longest_first(data["status"].get("manner", [])),
        aid_money=_longest_first(data["persons"].get("aid_money", [])),
        not_goods_after=_longest_first(data["items"].get("not_goods_after", [])),
        facilities=_longest_first(data["items"]["facilities"]),
        paper=_longest_first(
            [*data["items"]["paper"], *data["items"]["deeds"], *data["items"]["ways"]]
        ),
        bracket_after=_longest_first(data["bracket_after"]),
        received_by=tuple(data["received_by"]),
        purpose_openers=_longest_first(data["status"].get("purpose_openers", [])),
        weak_planned=_longest_first(data["status"].get("weak_planned", [])),
        rate_caps=_longest_first(data["rates"].get("caps", [])),
        rate_additions=_longest_first(data["rate_additions"]),
        rate_cap_households=_longest_first(data["cap_households"]),
        standard_after=_longest_first(data.get("standard_after", [])),
        by_standard=_longest_first(data["by_standard"]),
        loans=_longest_first(data["loans"]),
        each_recipient=_longest_first(data.get("each_recipient", [])),
        planned=_longest_first(data["status"]["planned"]),
        actual=_longest_first(data["status"]["actual"]),
        planned_before_aspect=_longest_first(data["status"]["planned_before_aspect"]),
        planning_openers=_longest_first(data["status"]["planning_openers"]),
        plan_times=_longest_first(data["status"]["plan_times"]),
        tally_words=_longest_first(data["status"]["tally_words"]),
        use_words=tuple(data["status"]["use_words"]),
        perfective=data["status"]["perfective"],
        not_perfective=tuple(data["status"]["not_perfective"]),
        work_nouns=tuple(data["persons"]["work_nouns"]),
        benefit_verbs=tuple(data["persons"]["benefit_verbs"]),
        services=_longest_first(data["persons"]["services"]),
        subsidy_words=tuple(data["persons"]["subsidy_words"]),
        jiang_objects=tuple(str(w) for w in data["status"]["not_planned_after_jiang"]),
        not_planned_compounds=tuple(data["status"].get("not_planned_compounds", [])),
        qualifier_before=_longest_first(
            Cue(w, q, "before") for q, ws in data["qualifier"]["before"].items() for w in ws
        ),
        qualifier_after=_longest_first(
            Cue(w, q, "after") for q, ws in data["qualifier"]["after"].items() for w in ws
        ),
        rates=_longest_first(
            Cue(w, unit, "rate")
            for unit, ws in data["rates"].items()
            if unit not in ("caps", "per_body", "per_body_counters", "per_time", "averages")
            for w in ws
        ),
        rate_per_body=_longest_first(data["rates"]["per_body"]),
        rate_body_counters=tuple(data["rates"]["per_body_counters"]),
        rate_per_time=_longest_first(data["rates"].get("per_time", [])),
        averages=_longest_first(data["rates"]["averages"]),
        each_words=_longest_first(data["each_words"]),
        each_totals=_longest_first(data["totals"]["words"] + data["each_total_words"]),
        each_home_words=_longest_first(data["each_home_words"]),
        change_to=_longest_first(data["changes"]["to_words"]),
        change_from=tuple(data["changes"]["from_words"]),
        change_levels=tuple(data["changes"]["level_words"]),
        registered_stock=_longest_first(data["registered_stock"]),
        received_stock=_longest_first(data["received_stock"]),
        goods_not_given=_longest_first(data["items"]["not_given"]),
        goods_needed=_longest_first(data["items"]["needed"]),
        fund_endings=_longest_first(data["fund_endings"]),
        giving_verbs=_longest_first(
            set(data["items"]["verbs"])
            | set(data["money"]["aid_disbursed"]["verbs"])
            | set(data["places"]["destination_before"])
        ),
        bodies=_longest_first(data["places"]["back_reference"]["organisations"]),
    )


@cache
def cues() -> Cues:
    """The cue vocabulary, loaded once per process."""
    return load_cues()
