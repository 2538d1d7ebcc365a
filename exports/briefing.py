"""What goes into a briefing for a scope: charts, the key numbers as sentences, citations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import duckdb
import plotly.graph_objects as go
import polars as pl

import warehouse
from exports.naming import scope_label
from exports.sentences import TEMPLATES, key_sentence
from presentation import charts, transforms
from presentation.filters import Filters, describe
from presentation.i18n import metric_label, t

PACK_METRICS = ("households_reached", "people_reached", "funds_raised", "aid_disbursed")
TREND_SEASONS = 5


@dataclass
class BriefingChart:
    """One slide's content: a chart and the sentences that state its key numbers."""

    title: str
    figure: go.Figure
    sentences: list[str]
    source: str


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


def _sentences(rows: pl.DataFrame, season: int, limit: int = 3) -> list[str]:
    """Key numbers of the season: actual first, then planned, largest first."""
    chosen = rows.filter(pl.col("season") == season).sort(
        [pl.col("status"), pl.col("value")], descending=[False, True]
    )
    return [
        key_sentence(
            season, r["province"], r["metric"], r["status"], r["value"], r["unit"], r["qualifier"]
        )
        for r in chosen.head(limit).iter_rows(named=True)
        if r["metric"] in TEMPLATES
    ]


def collect(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    season: int | None = None,
    today: date | None = None,
) -> Briefing:
    """Build the charts and sentences of a briefing from the published warehouse."""
    lang = filters.lang
    season = season or filters.season_to
    first = season - TREND_SEASONS + 1  # a season's pack shows the seasons that led to it
    scope = {"provinces": list(filters.provinces), "season_from": first, "season_to": season}
    line = describe(filters)
    brief = Briefing(
        filters, season, scope_label(filters.provinces, season, season), line, today or date.today()
    )
    metrics = warehouse.query(con, "province_metrics", scope)
    for metric in PACK_METRICS:
        unit = transforms.primary_unit(metrics, metric)
        rows = transforms.series(metrics, metric, unit, filters.statuses())
        if rows.filter(pl.col("season") == season).is_empty():
            continue
        title = t("trend_title", lang, m=metric_label(metric, lang))
        source = transforms.source_text(rows)
        text = charts.ChartText(title, unit, source, t("trend_note", lang), line)
        figure = charts.season_trend(rows, range(first, season + 1), text, lang)
        brief.charts.append(BriefingChart(title, figure, _sentences(rows, season), source))
        if len(rows.filter(pl.col("season") == season)["province"].unique()) > 1:
            this = rows.filter(pl.col("season") == season)
            bar_title = t("province_title", lang, m=metric_label(metric, lang), s=season)
            bars = charts.province_bars(
                this,
                charts.ChartText(
                    bar_title, unit, transforms.source_text(this), t("computed_note", lang), line
                ),
                lang,
            )
            brief.charts.append(BriefingChart(bar_title, bars, _sentences(this, season), source))
    one_season = {**scope, "season_from": season}
    derived = warehouse.query(
        con, "per_capita_summary", {**one_season, "statuses": list(filters.statuses())}
    )
    standards = warehouse.query(con, "standards_summary", one_season)
    if not derived.is_empty() or not standards.is_empty():
        per_person = (
            derived.filter(pl.col("basis") == "per_person") if not derived.is_empty() else derived
        )
        stated = (
            standards.filter(pl.col("unit") == "yuan_per_person")
            if not standards.is_empty()
            else standards
        )
        title = t("per_capita_title", lang, b=t("per_person", lang))
        source = transforms.source_text(stated) if not stated.is_empty() else "—"
        figure = charts.per_capita_strip(
            per_person,
            stated,
            charts.ChartText(title, "yuan_per_person", source, t("per_capita_note", lang), line),
            lang,
        )
        if per_person.height or stated.height:
            brief.charts.append(BriefingChart(title, figure, [], source))
    brief.citations = warehouse.query(con, "citations", scope)
    grid = warehouse.query(con, "coverage", {"provinces": list(filters.provinces)})
    if not grid.is_empty():
        title = t("coverage_title", lang)
        source = transforms.source_text(brief.citations)
        text = charts.ChartText(title, "", source, t("coverage_note", lang), line)
        brief.charts.append(
            BriefingChart(title, charts.coverage_grid(grid, text, lang), [], source)
        )
    return brief
