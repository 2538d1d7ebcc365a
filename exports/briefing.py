"""What goes into a briefing for a scope: findings, charts with key points, citations.

A pack speaks one language and covers exactly the seasons its cover names (the filters'
range); its provinces are the chosen ones, else the focus provinces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import duckdb
import plotly.graph_objects as go
import polars as pl

import warehouse
from exports.naming import seasons_shown
from exports.sentences import change_sentence
from presentation import charts, format, headlines, heatmaps, transforms
from presentation.filters import Filters, describe, with_values
from presentation.i18n import (
    PROVINCE_EN,
    metric_definition,
    metric_label,
    place_level,
    province_label,
    t,
)
from presentation.places_en import place_label

PACK_METRICS = ("households_reached", "people_reached", "funds_raised", "aid_disbursed")


@dataclass
class BriefingChart:
    """One slide's content: a chart and the sentences that state its key numbers."""

    title: str
    figure: go.Figure
    sentences: list[str]
    source: str
    subtitle: str = ""


@dataclass
class Finding:
    """One line of the findings slide: a province's latest value of a metric and its change."""

    province: str
    label: str
    value: str
    season: int
    change: str
    level: str


@dataclass
class Briefing:
    """Everything a pack or an export needs, for one scope."""

    filters: Filters
    season: int
    scope: str
    filter_line: str
    generated: date
    charts: list[BriefingChart] = field(default_factory=list)
    citations: pl.DataFrame = field(default_factory=pl.DataFrame)
    findings: list[Finding] = field(default_factory=list)
    provinces: tuple[str, ...] = ()


MAX_KEY_POINTS = 4  # a slide's key points: one line each under its chart


def _key_points(rows: pl.DataFrame, label: str, lang: str) -> list[str]:
    """Per series (province or named place): latest value, change on the previous reported
    season, and the publisher it comes from."""
    points = []
    if rows.is_empty():
        return points
    actual = rows.filter(pl.col("status") == "actual")
    if actual.is_empty():  # a plan alone is still worth stating, as a plan
        actual = rows.filter(pl.col("status") == "planned")
        label = f"{label}（{t('status_planned', lang)}）" if lang == "zh" else f"{label} (planned)"
    for key in _series_to_state(actual):
        mine = actual.filter(
            (pl.col("province") == key["province"]) & pl.col("place").eq_missing(key["place"])
        ).sort("season")
        by_season = mine.sort("value").unique("season", keep="last").sort("season")
        last = by_season.row(-1, named=True)
        prev = by_season.row(-2, named=True) if by_season.height > 1 else None
        near = prev is not None and headlines.comparable(
            int(last["season"]), last["value"], int(prev["season"]), prev["value"]
        )
        change = last["value"] / prev["value"] - 1 if near else None
        points.append(
            change_sentence(
                province_label(key["province"], lang),
                label,
                int(last["season"]),
                format.amount(last["value"], last["unit"], last["qualifier"], lang),
                int(prev["season"]) if prev else None,
                change,
                (last["publisher"] or "").split("（")[0],
                lang,
                place_label(key["place"], lang) if key["place"] else None,
            )
        )
    return points[:MAX_KEY_POINTS]


def _series_to_state(rows: pl.DataFrame) -> list[dict]:
    """The series the key points state, one per province: its own series, else the place with
    the largest figure of the latest season a place reported, as the overview's card chooses
    (not the place that reported most often: a ceremony's 2户 every year); provinces in the
    country's official order, so that none is cut for sorting late."""
    order = list(PROVINCE_EN)
    own = rows.filter(pl.col("place").is_null()).select("province", "place").unique("province")
    below = transforms.latest_largest(rows.join(own, on="province", how="anti"))
    chosen = pl.concat([own, below.select("province", "place")]).to_dicts()
    return sorted(
        chosen,
        key=lambda k: (
            k["place"] is not None,
            order.index(k["province"]) if k["province"] in order else len(order),
        ),
    )


def _findings(
    con: duckdb.DuckDBPyConnection, scope: dict, provinces: list[str], lang: str
) -> list[Finding]:
    metrics = warehouse.query(con, "province_metrics", scope)
    places = warehouse.query(con, "place_metrics", scope)
    per_capita = warehouse.query(con, "per_capita", scope)
    labels = {
        "households_reached": metric_label("households_reached", lang),
        "funds_raised": metric_label("funds_raised", lang),
        "aid_delivered": t("aid_delivered_short", lang),
        "per_capita": t("per_capita_card", lang),
    }
    out = []
    for province, cards in headlines.province_headlines(
        metrics, places, per_capita, provinces
    ).items():
        for c in cards:
            if c.level == "none":
                continue
            value = round(c.value) if c.key == "per_capita" else c.value
            out.append(
                Finding(
                    province_label(province, lang),
                    labels[c.key],
                    format.amount(value, c.unit, c.qualifier, lang),
                    c.season,
                    (
                        f"{headlines.change_text(c.change)} "
                        + t("vs_season", lang, s=c.previous_season)
                        if c.change is not None
                        else t(c.no_change_note, lang, s=c.previous_season)
                    ),
                    t("level_province", lang)
                    if c.level == "province"
                    else t(
                        "level_place",
                        lang,
                        p=place_label(c.place, lang),
                        k=place_level(c.place, lang),
                    ),
                )
            )
    return out


def collect(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    season: int | None = None,
    today: date | None = None,
) -> Briefing:
    """Build the findings, charts and sentences of a briefing from the published warehouse."""
    lang = filters.lang
    first, last = filters.season_from, season or filters.season_to
    provinces = list(filters.focus())
    scope = {"provinces": provinces, "season_from": first, "season_to": last}
    shown = with_values(filters, provinces=tuple(provinces), season_from=first, season_to=last)
    line = describe(shown)
    where = ("、" if lang == "zh" else ", ").join(province_label(p, lang) for p in provinces)
    brief = Briefing(
        shown,
        last,
        f"{where} · {seasons_shown(first, last, lang)}",
        line,
        today or date.today(),
        provinces=tuple(provinces),
    )
    brief.findings = _findings(con, scope, provinces, lang)
    metrics = warehouse.query(con, "province_metrics", scope)
    places = warehouse.query(con, "place_metrics", scope)
    for metric in PACK_METRICS:
        unit = transforms.primary_unit(metrics, metric)
        rows = transforms.trend_frame(metrics, places, metric, unit, filters.statuses())
        if rows.is_empty():
            continue
        label = metric_label(metric, lang)
        title = t("trend_title", lang, m=label)
        source = transforms.source_text(rows, lang)
        mixed = bool((rows["level"] == "place").any())
        subtitle = (
            metric_definition(metric, lang)
            + ("；" if lang == "zh" else "; ")
            + t("level_note_mixed" if mixed else "level_note_province", lang)
        )
        text = charts.ChartText(title, unit, source, t("trend_note", lang), line, subtitle)
        colors = charts.province_colors(provinces)  # one colour per province on every slide
        figure = charts.season_trend(rows, range(first, last + 1), text, lang, colors)
        brief.charts.append(
            BriefingChart(title, figure, _key_points(rows, label, lang), source, subtitle)
        )
    brief.citations = warehouse.query(con, "citations", scope)
    grid = warehouse.query(con, "coverage", {"provinces": provinces})
    grid = grid.filter(pl.col("season").is_between(first, last)) if not grid.is_empty() else grid
    if not grid.is_empty():
        title = t("coverage_title", lang)
        source = transforms.source_text(brief.citations, lang)
        # reports are counted whatever their figures: the line names no status
        counted = describe(shown, with_status=False)
        text = charts.ChartText(title, "", source, t("coverage_note", lang), counted)
        grid_figure = heatmaps.coverage_grid(grid, text, lang)
        # a slide's cells are large: counts read from the back of a room
        grid_figure.update_traces(textfont={"size": SLIDE_CELL_PT})
        brief.charts.append(
            BriefingChart(title, grid_figure, [], source, t("coverage_slide_note", lang))
        )
    return brief


SLIDE_CELL_PT = 22  # the coverage grid's counts on a slide
