"""One report from file to figures: read → normalise → segment → extract."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

from etl.extraction import classify
from etl.extraction.context import mask_quoted
from etl.extraction.cues import alternation, cues, raw_cues
from etl.extraction.extract import extract_article
from etl.extraction.mentions import find_mentions
from etl.extraction.normalise import normalise
from etl.extraction.periods import campaign_season, infer_published
from etl.extraction.places import Mention as PlaceMention
from etl.extraction.places import gazetteer, infer_province, province_of_towns
from etl.extraction.placing import (
    NATIONAL,
    Located,
    article_place,
    byline_place,
    capital_place,
    caption_lines,
    continued_place,
    firm_headline,
    from_elsewhere,
    held_there,
    household_scene,
    lead_sentence,
    lower_than_province,
    named_places,
    national_headline,
    national_news,
    new_area_place,
    opens_a_school,
    own_city,
    past_agency_datelines,
    province_body_headline,
    province_body_lead,
    seat_province,
    sent_to,
    sole_county,
    source_names,
    states_province,
    titled_town,
    titles_a_town_of,
    unnamed_body_place,
    venue_place,
    visited_place,
    without_agency_datelines,
)
from etl.extraction.script import to_simplified
from etl.extraction.segment import hard_breaks, segment
from etl.model import Article, Document, Figure
from etl.reading.meta import ReportMeta, read_meta
from etl.reading.report import RawText, read_report
from etl.units import counted_unit

# A headline rounds the body's figure: "近3亿元" over "2.96亿元" is the same figure.
_HEADLINE_ROUNDING = 0.1
# A number the body states but reads as no figure, shortened in the headline (1676.56万 →
# 1676万余): a closer match than a figure restated in round terms.
_HEADLINE_TRUNCATION = 0.01
_QUOTED = re.compile(r"“([^“”\n]{2,30})”")
_CAMPAIGN_WORDS = (
    "暖",
    "慰问",
    "救助",
    "帮扶",
    "慈善",
    "敲门",
    "关爱",
    "新春",
    "两节",
    "补贴",
    "补助",
)


def campaign_name(title: str, body: str) -> str:
    """The campaign an article reports on, as its quoted name (“暖心敲门”, “迎新春送温暖”)."""
    for text in (title, body):
        for name in _QUOTED.findall(text):
            if any(w in name for w in _CAMPAIGN_WORDS):
                return name
    found = _QUOTED.findall(title)
    return found[0] if found else ""


def _unless_a_lower_body(place: Located | None, unnamed: Located | None) -> Located | None:
    """`place`, unless it is a province while the headline is about a lower body that names
    no place ("区妇联…" on a provincial outlet's page): that body's county, not the province."""
    if place is not None and place.level == "province" and unnamed is not None:
        return None
    return place


def _clean_title(raw_title: str, shown: bool = False) -> str:
    norm = normalise(raw_title)
    return (norm.shown if shown else norm.text).replace("\n", "").strip()


def _title_as_published(raw: str, title: str, start: int, end: int) -> str:
    """A headline's text in the report's own script (joined as segment joins its lines)."""
    shown = "".join(line.strip() for line in raw[start:end].split("\n"))
    return shown if len(shown) == len(title) else title


def _with_page(meta: ReportMeta, page) -> tuple[ReportMeta, tuple[str, ...]]:
    """The metadata with what an HTML page says of itself filling the fields it lacks."""
    if page is None:
        return meta, ()
    filled = {
        name: value
        for name, own, value in (
            ("published", meta.published, page.published),
            ("title", meta.title, page.title),
            ("publisher", meta.publisher, page.site),
        )
        if not own and value
    }
    return replace(meta, **filled), tuple(filled)


@cache
def _not_news_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words after a place that make it no place of the news: name parts and giving
    (hometowns: `from_elsewhere`)."""
    places = raw_cues()["places"]
    return tuple(places["name_part_before"]), tuple(places["giver_after"])


@cache
def _hometown_body_after() -> re.Pattern:
    """A hometown body a few characters after a place ("广东洪商会")."""
    places = raw_cues()["places"]
    bodies = alternation(places["hometown_bodies"])
    return re.compile(rf"[\u4e00-\u9fff]{{1,{places['hometown_gap']}}}(?:{bodies})")


@cache
def _own_province_words() -> tuple[str, ...]:
    """Words by which a report calls its province its own (我省)."""
    return tuple(raw_cues()["places"]["own_province"])


def _provinces_of(mentions: Iterable[PlaceMention]) -> set[str]:
    """The provinces the place mentions lie in."""
    return {c.province for m in mentions for c in m.candidates}


def _not_hometowns(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The place mentions that name a place of the news: not where people come from ("兰州
    商会", "定西籍", "来自江苏省的…") or a giver from elsewhere ("上海捐赠衣物"), nor a short
    city name that is part of a village's or street's name ("太原村"), nor a province opening
    a school's name ("福建师大研支团…助力甘陇"): where its people study."""
    parts, givers = _not_news_words()
    received = cues().recipient_markers  # "向湖南捐赠": the place the gift went to
    kept: list[PlaceMention] = []
    dropped_end = -1
    listed = False  # whether the dropped run goes on as a list ("回甘肃、青海")
    for i, m in enumerate(mentions):
        end = _name_end(mentions, i)
        if 0 <= m.start < dropped_end:
            continue  # inside the dropped name ("广东湛江")
        joined_by = text[dropped_end : m.start] if dropped_end >= 0 else None
        # "回甘肃、青海过年": a place listed right after a hometown is one too; so is a place
        # opening the list's next group ("送回广东湛江、梅州，广西梧州、贺州，以及江西赣州")
        in_list = joined_by == "、" or (listed and joined_by in _LIST_GROUP_JOINS)
        if (
            in_list
            or from_elsewhere(text, end, m.start)
            or _hometown_body_after().match(text, end)
            or (m.short and text.startswith(parts, m.end))
            or (text.startswith(givers, end) and not text.endswith(received, 0, m.start))
            or (m.level == "province" and opens_a_school(text, m.end))
        ):
            listed = in_list
            dropped_end = end
        else:
            kept.append(m)
            listed, dropped_end = False, -1
    return kept


_LIST_GROUP_JOINS = ("，", "，以及", "以及", "；")  # between the groups of a list of places


def _name_end(mentions: list[PlaceMention], i: int) -> int:
    """The end of the place name that mentions[i] opens: a province or city written right
    before a place inside it ("新疆托克逊县", "湖南岳阳") is part of that place's name, and
    shares its role (a giver's, a hometown's)."""
    end = mentions[i].end
    provinces = _provinces_of([mentions[i]])
    for k in range(i + 1, len(mentions)):
        if mentions[k].start != end or not provinces & _provinces_of([mentions[k]]):
            break
        end = mentions[k].end
    return end


def process_text(raw: RawText, meta: ReportMeta) -> Document:
    """Normalise, segment and extract one decoded report."""
    # Articles are found in Simplified text, aligned with the raw text character for character.
    located = segment(to_simplified(raw.text), raw.page.articles if raw.page else ())
    norm = normalise(raw.text, hard_breaks(located))
    text = norm.text
    masked = mask_quoted(text)
    own, from_page = _with_page(meta, raw.page)
    published = own.published or infer_published(raw.name, text)
    doc = Document(
        name=raw.name,
        text=norm.shown,
        sha256=raw.sha256,
        published=published,
        publisher=own.publisher,
        source_url=meta.source_url,
        province_hint=meta.province_hint,
        title=own.title,
        from_page=from_page,
    )
    previous: Located | None = None  # the place of the item before on the page
    previous_province: str | None = None
    # a publisher naming a place of the report's own province (资兴市融媒体中心 for 湖南) says
    # whose work its articles report; one naming elsewhere (a reposting site) says nothing
    publisher_mentions = [
        m
        for m in gazetteer().mentions(own.publisher or "", counties=True)
        if any(p.province == meta.province_hint for p in m.candidates)
    ]
    for index, loc in enumerate(located, start=1):
        start, end = norm.to_norm(loc.body_start), norm.to_norm(loc.body_end)
        title = " ".join(_clean_title(t) for t in loc.titles)
        shown_title = " ".join(
            _clean_title(_title_as_published(raw.text, t, s, e), shown=True)
            for t, (s, e) in zip(loc.titles, loc.title_ranges, strict=True)
        )
        if not title and len(located) == 1 and own.title:
            # a one-article report's headline from its metadata or its HTML page
            title, shown_title = _clean_title(own.title), _clean_title(own.title, shown=True)
        body = text[start:end]
        # the lines between the headline and the body: a dateline, a source line
        title_end = max((e for _, e in loc.title_ranges if e <= loc.body_start), default=None)
        masthead = text[norm.to_norm(title_end) : start] if title_end is not None else ""
        g = gazetteer()
        in_body = g.with_short_forms(body, g.mentions(body))
        lead_start, lead_end = lead_sentence(body)
        in_lead = _lead_mentions(body, lead_end, in_body)
        # a district the headline writes short is named by the body in full, or by the lead
        # right after its city ("走进古冶容大特教中心" over "来到唐山古冶…")
        named_in_full = frozenset(m.written for m in in_body if not m.short) | frozenset(
            p.name for m in in_lead if m.short for p in m.candidates if p.level == "county"
        )
        in_title = g.mentions(title, counties=True, confirmed=named_in_full)
        in_attribution = g.mentions(loc.attribution)
        news_in_title = _not_hometowns(title, in_title)
        captions = caption_lines(body)
        # "浙江省对口支援物资及时到位": a headline's giving province is not the news's anywhere
        givers = _provinces_of(m for m in in_title if m not in news_in_title)
        # … unless the body says the news happens there ("晋江青商会…" and "日前在福建晋江")
        if givers:
            givers -= _provinces_of(m for m in in_body if held_there(body, m.start))
        if meta.province_hint and titles_a_town_of(title, meta.province_hint):
            # "二二二团举行…" on a corps site: a headline naming a town of the hinted province
            # is that province's news, whatever provinces its people come from
            province = meta.province_hint
        elif not meta.province_hint and national_headline(title, in_title):
            # a ministry's news on a page without its province: the seat's, and so the country's
            province = seat_province()
        else:
            province = infer_province(
                [
                    (news_in_title, 2.0),
                    (in_attribution, 2.0),
                    # a local outlet reports its own province's work, whatever places elsewhere
                    # the body names as givers or partners
                    (
                        publisher_mentions
                        if meta.province_hint
                        # no publisher's province to check: the source line the page gives
                        else g.mentions(" ".join(source_names(masthead, body)), counties=True),
                        2.0,
                    ),
                    (
                        [
                            m
                            for m in _not_hometowns(body, in_body)
                            if _provinces_of([m]) - givers
                            and not any(lo <= m.start < hi for lo, hi in captions)
                        ],
                        1.0,
                    ),
                ],
                meta.province_hint,
                own_province=any(word in body for word in _own_province_words()),
            ) or province_of_towns(title + "\n" + body)
        full = g.full_province_name(province) if province else None
        attribution = loc.attribution
        title_names = named_places(title, 0, len(title), in_title, province, headline=True)
        lead_names = named_places(body, lead_start, lead_end, in_lead, province)
        if household_scene(body, lead_end, lead_names):
            lead_names = []  # a feature opening at one family's home: placed from elsewhere
        elif not lead_names:
            # a scene-setting first sentence ("兔年春节一天天近了。"): the lead paragraph's places
            paragraph_end = body.find("\n", lead_end)
            paragraph_end = len(body) if paragraph_end < 0 else paragraph_end
            lead_names = named_places(
                body,
                lead_start,
                paragraph_end,
                _lead_mentions(body, paragraph_end, in_body),
                province,
            )
        governing = article_place(
            title_names,
            lead_names,
            named_places(attribution, 0, len(attribution), in_attribution, province),
            full,
            title,
            body,
        )
        unnamed = unnamed_body_place(title_names, full, title)
        if governing is None:
            governing = (
                new_area_place(title)
                or continued_place(body, previous if previous_province == province else None)
                or capital_place(body, province)
                # the body's places are read only when the cheaper fallbacks found none
                or titled_town(
                    title, body_names := named_places(body, 0, len(body), in_body, province)
                )
                or byline_place(masthead, body, province)
                or province_body_headline(title_names, lead_names, full)
                or province_body_lead(lead_names, full)
                or _unless_a_lower_body(lower_than_province(own.publisher, province), unnamed)
                or own_city(title + body, body_names, province)
                or sole_county(body_names)
                or venue_place(title, in_title, province)
                or unnamed
                or (Located(full, "province") if full else None)
            )
        elif governing.level == "province" and unnamed is not None:
            # "县总工会…" over a dateline's province: a county's news, the one its source line
            # names when it names one ("来源：福州市民政局")
            governing = byline_place(masthead, body, province) or unnamed
        unstated = (
            governing is not None
            and governing.level == "province"
            and (
                firm_headline(title)
                or not states_province(
                    past_agency_datelines(title + body + attribution), province, full
                )
            )
        )
        national = (
            governing is not None
            and governing.level == "province"
            and national_news(title, body[lead_start:lead_end], body, full, in_body)
        )
        headlines = [(norm.to_norm(s), norm.to_norm(e)) for s, e in loc.title_ranges]
        article = Article(
            index=index,
            start=start,
            end=end,
            title_start=min((s for s, _ in headlines), default=None),
            title_end=max((e for _, e in headlines), default=None),
            title=shown_title,
            attribution=loc.attribution,
            province=province,
            place=NATIONAL if national else governing.name if governing else None,
            level=governing.level if governing and not (unstated or national) else None,
            campaign=campaign_name(title, body),
            season=campaign_season(title + body[:300], published),
        )
        doc.articles.append(article)
        previous, previous_province = governing, province
        places = [
            PlaceMention(m.start + start, m.end + start, m.written, m.candidates, m.short)
            for m in in_body
        ]
        names = without_agency_datelines(text, named_places(text, start, end, places, province))
        visited = None
        if governing:
            # where a lead's visit went, or where a province's headline sends its goods
            visited = visited_place(body, lead_names, governing) or sent_to(
                title, in_title, governing, province
            )
        found = extract_article(
            raw.name,
            text,
            masked,
            article,
            names,
            governing,
            published,
            norm.shown,
            title,
            places,
            visited,
        )
        for headline_start, headline_end in headlines:
            headline = replace(article, start=headline_start, end=headline_end)
            stated = extract_article(
                raw.name, text, masked, headline, [], governing, published, norm.shown, title
            )
            if stated:  # most headlines state no figure: the body is read again only for one
                found = _with_headline_figures(found, stated, _situation_counts(masked, start, end))
        if national:  # a national body's news in Beijing: the seat's whole is the country
            for fig in found:
                if fig.place == full:
                    fig.place, fig.level = NATIONAL, None
        elif unstated:  # placed in the province by default only: no province-wide figure
            for fig in found:
                if fig.level == "province" and fig.place == full:
                    fig.level = None
        else:
            # a province-wide figure is one its own paragraph or the headline says is the
            # province's: "3名巡查人员搬下…" deep in a provincial paper's story is not
            for fig in found:
                if fig.level != "province":
                    continue
                province_name = g.full_province_name(fig.province) if fig.province else None
                if not states_province(title, fig.province, province_name) and not (
                    states_province(
                        _paragraph_before(text, start, fig.span[0]), fig.province, province_name
                    )
                ):
                    fig.level = None
        doc.figures.extend(found)
    return doc


def _paragraph_before(text: str, lo: int, position: int) -> str:
    """The text of `position`'s paragraph before it (from the last line break, not before lo)."""
    return text[max(lo, text.rfind("\n", lo, position) + 1) : position]


def _lead_mentions(body: str, lead_end: int, in_body: list[PlaceMention]) -> list[PlaceMention]:
    """The place names of an article's lead (counties without 县/市 too), reusing the body's."""
    lead = [m for m in in_body if m.end <= lead_end]
    return gazetteer().mentions(body[:lead_end], counties=True, names=lead)


def _situation_counts(masked: str, lo: int, hi: int) -> list[tuple[str, float]]:
    """The counts of people or households the body states as a need or a damage ("1676.56万人
    受灾"): (unit, value) pairs."""
    found = []
    for m in find_mentions(masked[lo:hi], lo):
        if m.unit in ("persons", "households"):
            scope = classify.scope_of(masked, m, lo, lo, hi)
            if classify.in_need_or_damage(masked, m, scope):
                found.append((m.unit, m.value))
    return found


def _with_headline_figures(
    body: list[Figure], headline: list[Figure], situation: list[tuple[str, float]]
) -> list[Figure]:
    """A figure the headline states and the body does not ("…增拨4510万元助困送温暖" over two
    allocations) is a figure too; a headline figure the body restates, even rounded, is not,
    and neither is one the body states as a need or a damage ("帮助1676万余名受灾群众" over
    the body's "1676.56万人受灾"): the body's reading of the number wins."""
    kept = [
        h
        for h in headline
        if not any(
            counted_unit(b.unit) == counted_unit(h.unit)  # 救助1806人 over 1806人次
            and abs(b.value - h.value) <= _HEADLINE_ROUNDING * h.value
            for b in body
        )
        and not any(
            unit == h.unit and abs(value - h.value) <= _HEADLINE_TRUNCATION * h.value
            for unit, value in situation
        )
    ]
    return [*kept, *body]


def process_file(path: Path) -> Document:
    """Read and process one report file (raises ReadError when it cannot be read)."""
    return process_text(read_report(path), read_meta(path))
