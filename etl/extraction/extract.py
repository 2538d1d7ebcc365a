"""Turn the mentions of one article into figure records of the contract."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date
from functools import cache

from etl.extraction import classify
from etl.extraction.confidence import evidence, score, with_context, with_sentence_figures
from etl.extraction.context import (
    CLAUSE_MARKS,
    GROUP_MARKS,
    any_within,
    bounds,
    goes_on_from_before,
    nearest_left,
    opens_with_verb,
    starts_with,
)
from etl.extraction.context_votes import context_tokens, reading, votes
from etl.extraction.cues import alternation, cues, raw_cues
from etl.extraction.frames import Frame, find_frames, frame_of, programme_metric
from etl.extraction.mentions import Mention, find_mentions
from etl.extraction.numbers import parse_number
from etl.extraction.periods import figure_period, season_of
from etl.extraction.places import Mention as PlaceMention
from etl.extraction.places import gazetteer
from etl.extraction.placing import (
    Located,
    Named,
    after_arrival,
    body_gives,
    figure_place,
    from_elsewhere,
    located,
    of_a_school,
    opens_a_body,
    raised_by_the_province,
)
from etl.extraction.scan import Matcher
from etl.extraction.tables import table_cells
from etl.model import Article, Figure
from etl.units import counted_unit

_TOTALS = raw_cues()["totals"]
_TOTAL_WORDS = re.compile(rf"({'|'.join(_TOTALS['words'])})[^，。；]{{0,4}}$")
# A match of _TOTAL_WORDS ends the text (or a final line break, which $ matches before too),
# so it starts within this many characters of the end: only that tail is searched.
_TOTAL_REACH = max(map(len, _TOTALS["words"])) + 4 + 1
_MIN_QUOTE = 8  # a clause shorter than this is quoted with the clause before it


def _metric_and_unit(
    text: str, masked: str, m: Mention, scope: classify.Scope
) -> tuple[str, str] | None:
    if m.unit == "yuan":
        if classify.per_time(masked, m, scope.clause[0]):
            return None  # "每小时8元补助": per hour, no unit of the contract
        rate = classify.rate_unit(masked, m, scope)
        if rate:
            return "aid_standard", rate
        if classify.standard_without_basis(masked, m, scope.clause[0]):
            return None  # "各福利机构按3000元的标准慰问": a rate, but per what the contract lacks
        return classify.money_metric(masked, m, scope), "yuan"
    if m.unit in ("persons", "person_visits"):
        metric = classify.person_metric(masked, m, scope)
        return (metric, m.unit) if metric else None
    if m.unit in ("households", "household_visits"):
        return (
            ("households_reached", m.unit)
            if classify.confirms_households(masked, m, scope)
            else None
        )
    if m.unit == "items":
        # 每户…米面油1套 is a per-household quota, not goods handed out; but a count with 余/多
        # in it and no rate word before it is no quota ("为学生分别送去了700多件棉衣": all of them)
        rough = m.inner_qualifier and not nearest_left(
            masked, scope.clause[0], m.start, cues().rates
        )
        quota = not rough and classify.rate_unit(masked, m, scope)
        if quota or not classify.confirms_items(text, m, scope):
            return None
        return "items_distributed", "items"
    return None


# "两位劳模…分别向市总工会捐助5万元": counted givers, each giving the one amount after 分别.
_COUNTED_GIVERS = re.compile(
    rf"([两二三四五六七八九十]|\d{{1,2}})(?:{alternation(raw_cues()['givers_counters'])})"
    r"[^。；！？\d]{0,60}?分别[^，。；！？\d]{0,16}$"
)


_KIND_NAME_MAX = 10  # characters of one kind of goods in a list before 各 ("充电式收音机")


@cache
def _place_endings() -> tuple[str, ...]:
    """What ends a place's name (区, 县, 镇 …): places listed before 各 are no kinds."""
    return tuple(raw_cues()["items"]["place_endings"])


def _each_multiplier(text: str, m: Mention, clause_lo: int, clause_hi: int) -> int:
    """冲锋衣、棉被各500份: '各' over n kinds counts n times the amount; n givers who
    分别 give one amount give n times it (two amounts after 分别 are respective, not each)."""
    if text[m.start - 1 : m.start] == "各":
        listed = text[clause_lo : m.start - 1]
        listed = re.sub(r"^.*(?:以及|并且|还有)", "", listed)  # "…，以及棉衣、棉被各100件"
        parts = re.split(r"[、和及与]", listed)
        if len(parts) == 1:
            return max(1, _kinds_of_goods(listed[-24:]))
        endings = _place_endings()
        if parts[-1].endswith(endings) and parts[-2].endswith(endings):
            return 1  # "海勃湾区、乌达区各1500户": each place's count, not a sum of kinds
        # the kinds listed right before 各, each a short name; the first holds the verb too
        kinds = 1
        for part in reversed(parts[1:]):
            if len(part) > _KIND_NAME_MAX:
                break
            kinds += 1
        return kinds
    sentence_lo, _ = bounds(text, m.start, "。！？\n", 0, m.start)
    # The givers' pattern (tried at every character) needs 分别: most sentences lack it.
    respective = text.find("分别", sentence_lo, m.start) >= 0
    givers = _COUNTED_GIVERS.search(text, sentence_lo, m.start) if respective else None
    if givers and not re.search(r"\d", text[m.end : clause_hi]):
        count = int(parse_number(givers.group(1)))
        return count if 1 < count <= 20 else 1
    each = any(text.find(w, clause_lo, m.start) >= 0 for w in cues().each_words)
    if each and not re.search(r"\d", text[m.end : clause_hi]):
        return _listed_givers(text, clause_lo, m.start)
    return 1


_MAX_GIVERS = 20  # more names than this before 分别 is no list of givers


def _listed_givers(text: str, clause_lo: int, amount_lo: int) -> int:
    """How many givers are listed right before 分别 or 各 and a donating verb ("张某、李某分别
    捐款5000元": 2; "甲公司、乙公司各捐款1万元": 2), else 1."""
    at, word = max((text.rfind(w, clause_lo, amount_lo), w) for w in cues().each_words)
    if at < 0 or not starts_with(text, at + len(word), cues().donating):
        return 1
    if re.search(r"\d", text[at:amount_lo]):
        return 1  # another amount between: respective amounts, not one each
    names = re.split(r"[、和与及]", text[clause_lo:at])
    if not 1 < len(names) <= _MAX_GIVERS or any(not 1 <= len(n) <= 12 for n in names):
        return 1
    return len(names)


@cache
def _goods_matcher() -> Matcher:
    return Matcher(cues().goods)


def _kinds_of_goods(listed: str) -> int:
    """How many goods are written together before 各 with no joiner ("棉被棉褥各50床": 2): the
    goods nouns after the last giving verb, longest first, not overlapping."""
    giving = nearest_left(listed, 0, len(listed), cues().giving_verbs)
    rest = listed[giving[0] + len(giving[1]) :] if giving else listed
    return sum(1 for _ in _goods_matcher().iter_long(rest))


def _row(text: str, m: Mention) -> str:
    """A table row as its quote: the cells separated by single spaces."""
    lo = text.rfind("\n", 0, m.start) + 1
    hi = text.find("\n", m.end)
    return re.sub(r"\s+", " ", text[lo : hi if hi >= 0 else len(text)]).strip()


def _quote(text: str, m: Mention, scope: classify.Scope) -> str:
    lo, hi = scope.clause
    if hi - lo < _MIN_QUOTE and lo > scope.sentence[0]:
        lo, _ = bounds(text, lo - 1, CLAUSE_MARKS, scope.sentence[0], lo - 1)
    return re.sub(r"\s+", "", text[lo:hi]).strip("，,：:")


_SENT_TO = "给往至"  # the end of a verb that sends aid on to a place ("拨付给", "运往", "送至")


def _other_province(
    text: str, m: Mention, article: Article, provinces: list[tuple[int, int, str]]
) -> str | None:
    """Another province named by its full name in the figure's clause group ("向贵州省调拨棉被
    5万床" in a report about several provinces): the figure is that province's."""
    lo, _ = bounds(text, m.start, GROUP_MARKS, article.start, m.start)
    if goes_on_from_before(text, lo, article.start):
        # "这批物资包括棉被5000床…" goes on with the sentence before and the province it named
        lo, _ = bounds(text, lo - 1, GROUP_MARKS, article.start, lo - 1)
    # (provinces come in text order: a long report's figures each look at their own stretch)
    group_names = provinces[bisect_left(provinces, (lo,)) : bisect_left(provinces, (m.start,))]
    in_group = [(end, p) for _, end, p in group_names]
    named = {p for _, p in in_group}
    if len(named) > 1:
        # "北京市红十字会…赶到内蒙古自治区某县，把…送到…": the province the givers went to
        gone_to = {p for at, _, p in group_names if after_arrival(text, at)}
        named = gone_to if len(gone_to) == 1 else named
    if not named:
        # "50万元已拨付给西藏自治区红十字会": sent on to the province named after the verb
        _, hi = bounds(text, m.end, CLAUSE_MARKS, m.end, article.end)
        first = bisect_right(provinces, (m.end, len(text) + 1))  # the first starting after it
        after = provinces[first : bisect_left(provinces, (hi,))]
        named = {p for at, _, p in after if text[at - 1] in _SENT_TO}
    if len(named) != 1 or article.province in named:
        return None
    # "天津市津南区团委…为灵台县捐赠…": given to a place of the article's own province
    group = text[lo : m.start]
    own_places = [
        place
        for place in gazetteer().mentions(group, counties=True)
        if any(p.province == article.province for p in place.candidates)
    ]
    if any(group.endswith(cues().recipient_markers, 0, place.start) for place in own_places):
        return None
    # "湖南省某基金会的物资发放仪式在吐鲁番市…举行，该校60名学生…": another province's body
    # acting where the article's own place is: a giver from elsewhere, the figure the article's
    if own_places and any(opens_a_body(text, end, m.start) for end, _ in in_group):
        return None
    return named.pop()


def _within_other_province(text: str, m: Mention, article: Article, province: str) -> Located:
    """The place of a figure another province's name governs: the province, or the place of
    it written right after its name ("青海省海东市红十字会…接收捐款": 海东市)."""
    full = gazetteer().full_province_name(province)
    lo, _ = bounds(text, m.start, GROUP_MARKS, article.start, m.start)
    at, name = text.rfind(full, lo, m.start), full
    if at < 0:  # named short, opening its clause ("河北石家庄投入…")
        at, name = text.rfind(province, lo, m.start), province
    place = Located(full, "province")
    if at < 0:
        return place
    end = at + len(name)
    for named in _place_mentions(text, end, m.start):
        if named.start != end or (inside := located(named, province)) is None:
            break
        place, end = inside, named.end
    return place


def _province_names(text: str, places: list[PlaceMention]) -> list[tuple[int, int, str]]:
    """(start, end, province) of every province written by its full name among `places`, but
    one whose people or team come from it ("福建省对口支援新疆…", "来自江苏省的…") or whose
    body gives ("浙江省某基金会捐赠…": a giver from elsewhere)."""
    return [
        (n.start, n.end, c.province)
        for n in places
        if n.level == "province"
        and (not n.short or _acting_subject(text, n, places))
        and not from_elsewhere(text, n.end, n.start)
        and not body_gives(text, n.end)
        for c in n.candidates
    ]


def _acting_subject(text: str, name: PlaceMention, places: list[PlaceMention]) -> bool:
    """Whether a province's short name opens its clause and acts ("。内蒙古投入150万元…"),
    itself or through its own place or whole area written right after it ("河北石家庄投入…",
    "宁夏平罗县拿出…", "广西全区投入…"): the subject of the clause, as its full name would be."""
    c = cues()
    opens = name.start == 0 or text[name.start - 1] in CLAUSE_MARKS
    if not opens:
        return False
    end = _past_own_places(text, name, places)
    if (when := _TIME_BEFORE_VERB.match(text, end)) is not None:
        end = when.end()  # "湖北仅1月份就发放…": the time it acted in, then its verb
    if starts_with(text, end, c.donating) is not None:
        return False  # "北京捐赠衣物5万件" in another's account: a giver from elsewhere
    return starts_with(text, end, c.money_action_verbs) is not None


# A time between a subject and its verb ("仅1月份就", "在12月"): how long, not who.
_TIME_BEFORE_VERB = re.compile(
    r"(?:仅|在|仅在)?(?:\d+|[一二三四五六七八九十]+)(?:年|个?月份?|日)(?:以来|期间|内)?(?:就|共|已|累计|又)?"
)


def _past_own_places(text: str, name: PlaceMention, places: list[PlaceMention]) -> int:
    """Where the text goes on after a province's name and the places of that province (or the
    word for its whole area) written right after it."""
    provinces = {p.province for p in name.candidates}
    end = name.end
    for place in places:
        if place.start == end and any(p.province in provinces for p in place.candidates):
            end = place.end
    return end + len(starts_with(text, end, _whole_area_words()) or "")


@cache
def _whole_area_words() -> tuple[str, ...]:
    """全省, 全区, 全市: a province's whole area, after its name ("广西全区")."""
    return tuple(raw_cues()["places"]["whole_area_after_name"])


def _place_mentions(text: str, lo: int, hi: int) -> list[PlaceMention]:
    """The gazetteer's names in text[lo:hi], at their offsets in `text`."""
    return [
        PlaceMention(n.start + lo, n.end + lo, n.written, n.candidates, n.short)
        for n in gazetteer().mentions(text[lo:hi])
    ]


def _place(
    text: str,
    m: Mention,
    article: Article,
    names: list[Named],
    governing: Located | None,
    visited: Located | None,
) -> Located | None:
    """The place a figure is about: its clause group's own place, else the article's."""
    if governing is None:
        return None
    g = gazetteer()
    province_full = g.full_province_name(article.province) if article.province else ""
    autonomous = province_full.endswith("自治区")
    place = figure_place(
        text, m.start, article.start, names, governing, province_full, autonomous, visited
    )
    if place.level == "province" and of_a_school(text, m.start, article.start):
        return Located(place.name, None, place.prefecture)  # "为全校2822名困难学生…"
    return place


def extract_article(
    doc: str,
    text: str,
    masked: str,
    article: Article,
    names: list[Named],
    governing: Located | None,
    published: date | None,
    shown: str | None = None,
    title: str | None = None,
    places: list[PlaceMention] | None = None,
    visited: Located | None = None,
) -> list[Figure]:
    """Every figure of one article, deduplicated, with parts linked to their stated totals.

    `masked` is the document text with quoted names hidden; `names` are the places the
    article names (offsets into the document text), `governing` the article's own place
    and `visited` the lower place its lead went to, if any.
    `shown` is the document text in the report's own script (same length): quotes and the
    figure's text are cut from it; `title` is the article's title in Simplified script, which
    the cue words are looked up in (`article.title` is as published); `places` are the
    gazetteer's names in the article (document offsets), when the caller has found them.
    """
    shown = shown or text
    title = article.title if title is None else title
    body = text[article.start : article.end]
    figures: list[tuple[Figure, tuple[int, int]]] = []
    previous_end = article.start
    cells = {c.mention.start: c for c in table_cells(text, article.start, article.end)}
    found = [m for m in find_mentions(body, article.start) if m.start not in cells]
    if not found and not cells:
        return []  # most headlines state no amount: no frames or places to look for
    frames = find_frames(text, article.start, article.end)
    if places is None:
        places = _place_mentions(text, article.start, article.end)
    provinces = _province_names(text, places)
    for m in sorted([*found, *(c.mention for c in cells.values())], key=lambda x: x.start):
        scope = classify.scope_of(masked, m, previous_end, article.start, article.end)
        previous_end = m.end
        cell = cells.get(m.start)
        frame = frame_of(frames, m.start)
        framed = None
        part_of = None
        if cell is not None:
            kind = (cell.metric, m.unit)  # a table's column says what its numbers count
        else:
            if _in_short_name(masked, m):
                continue  # “1元捐”, “3个100万工程”: a quoted name, not an amount given
            if classify.is_change(masked, m, scope):
                continue  # 较上年增加200万元: a difference, not an outcome
            if classify.is_average(masked, m, scope.clause[0]):
                continue  # 日均服务360人次: a day's average, not the campaign's total
            if classify.states_a_condition(masked, m, scope):
                continue  # 凡是捐赠200元的，就可以视为资助了1户: a rule, not an outcome
            if m.unit == "yuan" and classify.is_not_money_outcome(masked, m, scope):
                continue  # 经济损失, 清欠工资: money, but no relief outcome
            if m.unit in _COUNT_UNITS and classify.is_no_outcome_count(masked, m, scope):
                continue  # 受灾需救助, donors, an audience: even inside an enumeration
            kind = _metric_and_unit(text, masked, m, scope)
            framed = _in_frame(text, masked, m, frame, kind, figures, title)
        if framed is not None:
            kind, framed_status, part_of = framed
        if kind is None and (total := _total_broken_down(text, m, figures, scope, names)):
            # "…210个温暖包，其中靖远县5个", "慰问60户…。其中李家村30户": a part of the total
            kind = (total.metric, m.unit)
        if kind is None:
            continue
        metric, unit = kind
        status = (
            "standard" if metric == "aid_standard" else classify.status_of(masked, m, scope, title)
        )
        if framed is not None and framed_status:
            status = framed_status
        period = figure_period(
            status,
            text[scope.sentence[0] : m.start],
            text[article.start : m.start],
            body,
            published,
            title or "",
        )
        # a rate is per recipient: "分别" multiplies only amounts each giver gave
        value = (
            m.value
            if metric == "aid_standard"
            else m.value * _each_multiplier(text, m, *scope.clause)
        )
        province = _other_province(text, m, article, provinces) or article.province
        own = province == article.province
        slot_names = _outside_sibling_slots(text, frame, m, names)
        place = _place(text, m, article, slot_names, governing, visited) if own else None
        if not own:
            place = _within_other_province(text, m, article, province)
        elif (
            # "省慈善协会募集款物价值3000余万元" in a county's news: raised across the province
            metric == "funds_raised"
            and place is not None
            and place.level in ("city", "county", "town")
            and raised_by_the_province(text, m.start, names, article.start)
        ):
            place = Located(gazetteer().full_province_name(province), "province")
        figures.append(
            (
                Figure(
                    doc=doc,
                    article=article.index,
                    metric=metric,
                    value=value,
                    unit=unit,
                    qualifier=classify.qualifier_of(text, m),
                    status=status,
                    province=province,
                    place=place.name if place else None,
                    level=place.level if place else None,
                    period_start=period.start,
                    period_end=period.end,
                    quote=_row(shown, m) if cell is not None else _quote(shown, m, scope),
                    span=(m.start, m.end),
                    text=shown[m.start : m.end],
                    cumulative=period.cumulative,
                    part_of=part_of,
                    evidence=evidence(
                        masked,
                        m,
                        scope,
                        metric,
                        status,
                        framed is not None and bool(part_of),
                        tabled=cell is not None,
                    ),
                    context=context_tokens(text, m.start, m.end, *scope.clause),
                ),
                scope.sentence,
            )
        )
    _score_confidence(figures)
    _link_table_totals(figures, cells)
    _link_parts(text, masked, figures)
    return _deduplicate(figures, text)


def _score_confidence(figures: list[tuple[Figure, tuple[int, int]]]) -> None:
    """Each figure's confidence, from its evidence, the number of figures its sentence holds
    (known only once the article is read; the fit finds a lone number the less sure) and how
    far the characters around its number agree with its reading (context_votes.py)."""
    per_sentence = Counter(sentence for _, sentence in figures)
    model = votes()
    for fig, sentence in figures:
        agreement = model.agreement(fig.context, fig.unit, reading(fig.metric, fig.status))
        fig.evidence = with_context(
            with_sentence_figures(fig.evidence, per_sentence[sentence]), agreement
        )
        fig.confidence = score(fig.evidence)


def _link_table_totals(figures: list[tuple[Figure, tuple[int, int]]], cells: dict) -> None:
    """The rows of a table above its total row (合计) are parts of that total."""
    pending: dict[tuple[str, str], list[Figure]] = {}
    for fig, _ in figures:
        cell = cells.get(fig.span[0])
        if cell is None:
            continue
        key = (fig.metric, fig.unit)
        if cell.total:
            for part in pending.pop(key, []):
                part.part_of = fig.span
        else:
            pending.setdefault(key, []).append(fig)


_COUNT_UNITS = ("persons", "person_visits", "households", "household_visits")


def _in_frame(
    text: str,
    masked: str,
    m: Mention,
    frame: Frame | None,
    kind: tuple[str, str] | None,
    figures: list[tuple[Figure, tuple[int, int]]],
    title: str,
) -> tuple[tuple[str, str], str | None, tuple[int, int] | None] | None:
    """A slot of an enumeration counts what its head counts: (metric and unit, status, total).

    None when the mention is not a bare slot (outside a frame, a rate, or a slot with a verb
    of its own: "一是走访…3000户；二是发放…50万元" keeps its own verbs)."""
    if frame is None or (kind and kind[0] == "aid_standard") or m.rate_after:
        return None
    if classify.counts_units(text, m):
        return None  # "对象有：全市11个旗县市区的…": places, whatever the heading lists
    if m.unit == "yuan" and classify.standard_without_basis(masked, m):
        return None  # a standard per something the contract has no unit for
    slot_lo = _slot_start(text, frame, m.start, "；;")
    c = cues()
    if any_within(masked, slot_lo, m.start, c.rates):
        return None  # "：每户大米15公斤、冬装1件": a quota per household, not a slot
    family = counted_unit(m.unit)
    heads = [
        f
        for f, _ in figures
        if frame.head_start <= f.span[0] < frame.head_end
        and counted_unit(f.unit) == family
        and f.metric != "aid_standard"
    ]
    # the slot's own words: before its number, and after it up to the next slot
    # ("…；优抚对象4.4万余人得到慰问")
    slot_hi = _slot_end(text, frame, m.end, "；;")
    # … but not past the slot's next amount: "患病员工24人，救助总额19.3万元" aids with the
    # money, and the people stay the head's
    own_hi = min(slot_hi, _slot_end(text, frame, m.end, "，,"))
    if (
        any_within(masked, slot_lo, m.start, c.money_action_verbs)
        or any_within(masked, slot_lo, own_hi, c.person_actions)
        or any_within(masked, slot_lo, m.start, c.purchase_verbs)
    ):
        # a slot with a verb of its own ("集中采购粮油14.34万元") keeps its reading; but goods
        # counted in the head's own generic measure word name no noun again ("发放温暖包304个：
        # 某学校发放61个，…"): the head's goods
        if kind is None and m.generic and heads and _same_measure(text, heads[-1].span, m):
            head = heads[-1]
            return (head.metric, m.unit), head.status, head.span
        return None
    if heads:
        head = heads[-1]
        total = head.span if head.unit == m.unit else None  # 人 in a list under 人次 is no part
        return (head.metric, m.unit), head.status, total
    if kind and kind[0] == "in_kind_value":
        return None  # goods valued ("送来价值5.15万元的棉被…") under a programme heading stay goods
    metric = programme_metric(frame, text, m.unit, title)
    return ((metric, m.unit), None, None) if metric else None


def _outside_sibling_slots(
    text: str, frame: Frame | None, m: Mention, names: list[Named]
) -> list[Named]:
    """The places a slot of an enumeration may be about: not those named in the slots before
    it ("发放温暖包304个：某村学校发放61个，某小学发放50个": the second school is not in the
    first one's village)."""
    if frame is None:
        return names
    body = text[frame.start : frame.end]
    marks = "；;" if any(mark in body for mark in "；;") else "，,；;"
    slot_lo = _slot_start(text, frame, m.start, marks)
    return [n for n in names if not frame.start <= n.start < slot_lo]


def _slot_start(text: str, frame: Frame, pos: int, marks: str) -> int:
    """Where the slot holding `pos` starts: after the last of `marks` before it in the frame."""
    return max(frame.start, *(text.rfind(c, frame.start, pos) + 1 for c in marks))


def _slot_end(text: str, frame: Frame, pos: int, marks: str) -> int:
    """Where the slot holding `pos` ends: at the first of `marks` after it in the frame."""
    return min((at for c in marks if (at := text.find(c, pos, frame.end)) >= 0), default=frame.end)


def _total_broken_down(
    text: str,
    m: Mention,
    figures: list[tuple[Figure, tuple[int, int]]],
    scope: classify.Scope,
    names: list[Named],
) -> Figure | None:
    """The total that a count after 其中 breaks down, in the total's own unit: goods in its own
    generic measure word ("发放210个温暖包，其中靖远县5个，白银区95个"); households or people
    in theirs when a place opens the part ("慰问了60户…，其中李家村30户"), also when the sentence
    opens with 其中 after the total's ("…60户困难家庭。其中李家村30户、王庄村20户"). None if
    there is none."""
    if m.unit == "yuan" or (m.unit == "items" and not m.generic):
        return None  # "其中棉被300床": a kind of goods of its own, read by its own noun
    lo = scope.sentence[0]
    opener = _breakdown_opener(text, lo, m.start, figures)
    if opener < 0:
        return None
    by_place = _place_opens_part(text, opener, m, names)
    if m.unit != "items" and not by_place:
        return None  # "其中滞留旅客2137人": what the part is, not where, says no outcome
    since = lo
    if by_place and not text[lo:opener].strip("，,：: \n"):
        # a sentence opening with 其中: the total may stand in the sentence before
        since = max((s[0] for _, s in figures if s[1] <= lo), default=lo)
    for fig, _ in reversed(figures):
        if fig.span[0] < since:
            break
        if (
            fig.unit == m.unit
            and fig.metric != "aid_standard"
            and fig.span[1] <= opener
            and (m.unit != "items" or _same_measure(text, fig.span, m))
        ):
            return fig
    return None


def _place_opens_part(text: str, opener: int, m: Mention, names: list[Named]) -> bool:
    """Whether the part holding the count is a place's alone: a place the article names runs
    from the part's start (after 其中 or a list mark) right up to the count ("、王庄村20户")."""
    marks = (text.rfind(mark, opener, m.start) + 1 for mark in "、，,；：")
    start = max(opener + len("其中"), *marks)
    return any(n.start == start and n.end == m.start for n in names)


def _same_measure(text: str, span: tuple[int, int], m: Mention) -> bool:
    """Whether a figure at `span` ends in the measure word the mention ends in."""
    return text[span[1] - 1 : span[1]] == text[m.end - 1 : m.end]


def _link_parts(text: str, masked: str, figures: list[tuple[Figure, tuple[int, int]]]) -> None:
    """Mark parts of a stated total: '…三项合计11万元' after its parts, '其中…' after the total."""
    for i, (fig, sentence) in enumerate(figures):
        left = text[sentence[0] : fig.span[0]]
        if _TOTAL_WORDS.search(left, max(0, len(left) - _TOTAL_REACH)):
            first = i  # figures come in text order: the sentence's own lie right before
            while first > 0 and figures[first - 1][1] == sentence:
                first -= 1
            parts = [p for p, _ in figures[first:i] if _same_series(p, fig) and p.part_of is None]
            if len(parts) < 2:
                parts = []
            if not parts and left.startswith(tuple(_TOTALS["running"])):
                # "…当场募集善款3.6万元。至此，捐款总额已达11万元": a running total sums up
                # the sentence before it as well.
                earlier = [s for _, s in figures[:i] if s != sentence]
                parts = (
                    [
                        p
                        for p, s in figures[:i]
                        if s == earlier[-1] and _same_series(p, fig) and p.part_of is None
                    ]
                    if earlier
                    else []
                )
            for p in parts:
                p.part_of = fig.span
        opener = _breakdown_opener(text, sentence[0], fig.span[0], figures[:i])
        if opener < 0:
            continue
        before = [t for t, _ in figures[:i] if t.span[1] <= opener]
        if (
            fig.unit == "yuan"
            and before
            and before[-1].metric == "aid_standard"
            and fig.value <= before[-1].value  # "人均200元。其中，城市低保对象共535万元": sums
        ):
            # "每人一份价值600元的礼包，其中包含200元红包": a part of what each receives
            rate = before[-1]
            fig.metric, fig.unit, fig.status = rate.metric, rate.unit, rate.status
            fig.part_of = rate.span
            continue
        if fig.metric != "aid_standard":
            # "其中" breaks down the total before it: the parts count what the total counts.
            # a total of the last sentence before the breakdown that states figures ("…调拨了
            # 63.21万元的物资。这批物资包括棉被5000床…"), not one that sentence skips over
            stated = [s for t, s in figures[:i] if t.span[1] <= opener]
            referred = (stated[-1], sentence) if stated else (sentence,)
            totals = [
                t
                for t, s in figures[:i]
                # "走访171人次，其中低保141人": people visited, each counted once
                if t.span[1] <= opener
                and counted_unit(t.unit) == counted_unit(fig.unit)
                and s in referred
            ]
            # "筹集善款92万元，其中已发放慰问金60万元": a part led by its own verb keeps it;
            # "其中，省慈善总会下拨15万元" names a giver: a source of the total.
            clause_lo, _ = bounds(masked, fig.span[0], CLAUSE_MARKS, opener, fig.span[0])
            own_verb = (
                opens_with_verb(masked, _past_colon(masked, opener + 2), fig.span[0])
                or (clause_lo > opener + 2 and opens_with_verb(masked, clause_lo, fig.span[0]))
                or _gives_to_someone(masked, clause_lo, fig.span[0])
            )
            # Cash inside a total of goods ("筹集发放慰问物资120多万元…其中…筹集资金90多万元")
            # is no part of it: the part keeps what it counts.
            cash_in_goods = (
                totals
                and totals[-1].metric == "in_kind_value"
                and any_within(masked, clause_lo, fig.span[0], cues().cash_words)
            )
            if totals and not own_verb and not cash_in_goods:
                # the part shares the total's status, unless a plan follows it in its clause
                # ("其中1万件衣物近期将陆续送到…") or it says it is done ("目前已慰问…20户")
                _, clause_hi = bounds(masked, fig.span[1], CLAUSE_MARKS, fig.span[1], len(masked))
                fig.metric = totals[-1].metric
                if classify.planned_after(masked, fig.span[1], clause_hi):
                    fig.status = "planned"
                elif classify.clause_status(masked, clause_lo, fig.span[0]) != "actual":
                    fig.status = totals[-1].status
            if totals and totals[-1].metric == fig.metric:
                fig.part_of = totals[-1].span


_BACK_REFERENCE_REACH = 8  # "这笔救灾资金包括": the demonstrative, its noun, then 包括


def _breakdown_opener(
    text: str, lo: int, hi: int, earlier: list[tuple[Figure, tuple[int, int]]]
) -> int:
    """Where a breakdown of a total opens in text[lo:hi] (其中, or 包括 right after the total
    or a few characters after a back-reference: "下拨的这笔资金包括："), else -1."""
    opener = text.rfind("其中", lo, hi)
    if opener >= 0:
        opened = max(text.rfind("（", lo, opener + 1), text.rfind("(", lo, opener + 1))
        if opened >= 0 and opener - opened <= 1 and _closes_before(text, opened, hi):
            return -1  # "（其中：城市121人…），累计支出…": the breakdown ended with its bracket
        return opener
    for word in _TOTALS["including"]:
        at = text.rfind(word, lo, hi)
        if at < 0:
            continue
        before = text[lo:at].rstrip("，,")
        right_after_total = any(f.span[1] == lo + len(before) for f, _ in earlier)
        near = text[max(lo, at - _BACK_REFERENCE_REACH) : at]
        referring_back = any(word in near for word in cues().back_references)
        if right_after_total or referring_back:
            return at
    return -1


def _closes_before(text: str, opened: int, hi: int) -> bool:
    """Whether the bracket opened at `opened` closes before `hi`."""
    return text.find("）" if text[opened] == "（" else ")", opened, hi) >= 0


def _past_colon(text: str, pos: int) -> int:
    """`pos`, moved past a colon there ("包括：中央…")."""
    return pos + 1 if text.startswith(("：", ":"), pos) else pos


def _gives_to_someone(masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] pays or gives to recipients it names ("其中，市红十字会为每位…发放
    700元"): a use of the total, not a source of it ("其中，省慈善总会下拨15万元")."""
    c = cues()
    at = [i for i in (masked.find(m, lo, hi) for m in c.recipient_markers) if i >= 0]
    return bool(at) and any_within(masked, min(at), hi, c.money_action_verbs)


_SHORT_NAME = 10  # the most characters a quoted name holding a number has


def _in_short_name(masked: str, m: Mention) -> bool:
    """Whether a number stands inside a short name in quotation marks (masked as □)."""
    if masked[m.start] != "□":
        return False
    opening = masked.rfind("“", max(0, m.start - _SHORT_NAME), m.start)
    closing = masked.find("”", m.end - 1, m.end + _SHORT_NAME)
    return opening >= 0 and closing >= 0 and closing - opening - 1 <= _SHORT_NAME


def _giver(text: str, fig: Figure, sentence: tuple[int, int]) -> str:
    """Who gives the figure's amount, named before a donating verb in its own clause
    ("某某公司捐款10万元": 某某公司), else ""."""
    lo = bounds(text, fig.span[0], CLAUSE_MARKS, lo=sentence[0])[0]
    verb = nearest_left(text, lo, fig.span[0], cues().donating)
    return text[lo : verb[0]].strip() if verb else ""


# An enumerated item's label at the start of its sentence: 一是, （二）, 3.
_ITEM_LABEL = re.compile(
    r"[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]"
)


def _other_items(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two sentences open two different items of an enumeration ("一是…10多名…。五是
    …10多名…"): the same count in each is two groups, not one restated."""
    label_a, label_b = _ITEM_LABEL.match(text, a[0]), _ITEM_LABEL.match(text, b[0])
    return bool(label_a and label_b and label_a.group(0) != label_b.group(0))


_ITEM_MARKS = "，,。；;！？!?、 \n"


def _goods_named(text: str, fig: Figure) -> set[str]:
    """The goods words of a count of items' own list item ("观影券2000份", "2000份年货"), or of
    the whole list a 等 closes before it."""
    lo, hi = bounds(text, fig.span[0], _ITEM_MARKS)
    if text.find("等", lo, fig.span[0]) >= 0:
        # "棉衣、棉被、手套等近4万件": one count of all the goods its list names
        lo, hi = bounds(text, fig.span[0], CLAUSE_MARKS)
    item = text[lo:hi]
    return {word for word in cues().goods if word in item} - _generic_goods()


@cache
def _generic_goods() -> frozenset[str]:
    """Goods words that name any goods (物资, 慰问品, 礼包 …): "爱心包6900份" restated as
    "生活物资6900份" is one count."""
    c = cues()
    return frozenset(n.word for n in c.money_nouns if n.target == "in_kind_value") | frozenset(
        raw_cues()["items"]["generic_goods"]
    )


def _other_goods(text: str, a: Figure, b: Figure) -> bool:
    """Whether two counts of items name different goods ("年货2000份" and "观影券2000份"): two
    figures, not one restated."""
    if a.metric != "items_distributed":
        return False
    named_a, named_b = _goods_named(text, a), _goods_named(text, b)
    return bool(named_a and named_b and not named_a & named_b)


def _other_givers(a: str, b: str) -> bool:
    """Whether two givers' names are two givers, not one named twice."""
    return len(a) >= 2 and len(b) >= 2 and a not in b and b not in a


_SUBHEADING_MAX = 40  # characters of a line standing as a subheading in a body


def _subheading(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence is a line of its own with no closing mark: a subheading of the body
    ("困难群众医疗救助达81.6万人次")."""
    lo, hi = sentence
    line_start = lo == 0 or text[lo - 1] == "\n"
    line_end = hi >= len(text) or text[hi] == "\n"
    return line_start and line_end and hi - lo <= _SUBHEADING_MAX


def _restates(a: Figure, b: Figure) -> bool:
    """Whether `b` states again what `a` stated: same metric, unit, value and place."""
    return (a.metric, a.unit, a.value, a.place) == (b.metric, b.unit, b.value, b.place)


def _same_series(a: Figure, b: Figure) -> bool:
    return a.metric == b.metric and a.unit == b.unit and a.status == b.status


_ROUNDED = 0.05  # how far a qualified round figure (超过1700万元) lies from the exact one


def _rounds(rounded: Figure, exact: Figure) -> bool:
    """Whether an earlier qualified figure ("超过1700万元", "近3亿元") rounds a later exact one
    of the same series and place ("1706.28万元")."""
    return (
        rounded.qualifier != "exact"
        and exact.qualifier == "exact"
        and (rounded.metric, rounded.unit, rounded.place) == (exact.metric, exact.unit, exact.place)
        and _same_time(rounded, exact)
        and rounded.metric != "aid_standard"
        and exact.part_of is None
        and rounded.value != exact.value
        and abs(rounded.value - exact.value) <= _ROUNDED * exact.value
        # a bound rounds only what lies on its side ("1000多万" is no 977万元 restated)
        and not (rounded.qualifier == "at_least" and exact.value < rounded.value)
        and not (rounded.qualifier == "at_most" and exact.value > rounded.value)
    )


def _money(unit: str) -> str:
    """A unit with the rates of yuan taken as yuan (an amount pointed back to may have been
    read as a rate where it was stated)."""
    return "yuan" if unit.startswith("yuan") else unit


def _same_time(a: Figure, b: Figure) -> bool:
    """Whether two figures' periods end in the same calendar year or the same season (a plan's
    period runs to the festival, its deed's to the report: one season, maybe two years)."""
    if a.period_end is None or b.period_end is None:
        return a.period_end == b.period_end
    return a.period_end.year == b.period_end.year or season_of(a.period_end) == season_of(
        b.period_end
    )


@cache
def _occasion_pointed_back() -> re.Pattern:
    """A demonstrative, an occasion and what was done on it, right before a count ("这次慰问的")."""
    data = raw_cues()
    demonstratives = "".join(w for w in data["restating"] if len(w) == 1)
    occasions = "".join(data["restating_occasions"])
    return re.compile(rf"[{demonstratives}][{occasions}][^，。；！？\d]{{0,6}}的$")


def _deduplicate(figures: list[tuple[Figure, tuple[int, int]]], text: str) -> list[Figure]:
    """A figure restated in a later sentence is one figure (rates repeat: they are per group;
    two places with the same count, two slots of one list, or the same amount in two different
    years, are two figures); so is one a demonstrative points back to ("这150户")."""
    kept: list[tuple[Figure, tuple[int, int]]] = []
    replaced: dict[tuple[int, int], tuple[int, int]] = {}
    restating = cues().restating
    givers: dict[tuple[int, int], str] = {}

    def giver(fig: Figure, sentence: tuple[int, int]) -> str:
        if fig.span not in givers:
            givers[fig.span] = _giver(text, fig, sentence)
        return givers[fig.span]

    for fig, sentence in figures:
        pointed_back = text.endswith(restating, max(0, fig.span[0] - 2), fig.span[0]) or bool(
            _occasion_pointed_back().search(text, max(0, fig.span[0] - 10), fig.span[0])
        )
        twin = next(
            (
                k
                for k, s in kept
                if s != sentence
                and (
                    # "这80元中，…": what a demonstrative points back to, however it was read
                    (pointed_back and (k.value, _money(k.unit)) == (fig.value, _money(fig.unit)))
                    or (
                        (k.metric, k.unit, k.value) == (fig.metric, fig.unit, fig.value)
                        and fig.metric != "aid_standard"
                        and k.place == fig.place
                        and _same_time(k, fig)
                        and fig.part_of is None
                    )
                )
                and not _other_givers(giver(fig, sentence), giver(k, s))
                and not _other_items(text, sentence, s)
                and not _other_goods(text, k, fig)
            ),
            None,
        )
        if twin is not None:
            at = next(i for i, (k, _) in enumerate(kept) if k is twin)
            if _subheading(text, kept[at][1]) and not _subheading(text, sentence):
                # "困难群众医疗救助达81.6万人次" over "…全年实施…救助81.6万人次": a subheading
                # restates the body's figure, which is labelled with its own time
                replaced[twin.span] = fig.span
                kept[at] = (fig, sentence)
            else:
                replaced[fig.span] = twin.span
            continue
        rounded = (
            next((i for i, (k, s) in enumerate(kept) if s != sentence and _rounds(k, fig)), None)
            if fig.qualifier == "exact"
            else None
        )
        if rounded is None:
            kept.append((fig, sentence))
        else:
            # "已拨付超过1700万元…。…共拨付1706.28万元": the lead rounded what the body states
            replaced[kept[rounded][0].span] = fig.span
            kept[rounded] = (fig, sentence)
    result = [f for f, _ in kept]
    for f in result:
        if f.part_of in replaced:
            f.part_of = replaced[f.part_of]
    return result
