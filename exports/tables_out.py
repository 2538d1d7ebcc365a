"""Figures exports (CSV, XLSX) for a scope, with their sources and the notes that explain them.

Every file is written for the reader in the chosen language (exports/labels.py): headers and
codes written out, numbers beside their written form.
"""

from __future__ import annotations

from datetime import datetime

import duckdb
import polars as pl

import warehouse
from exports.csv_out import to_csv_bytes
from exports.labels import header, localise
from exports.xlsx_out import to_xlsx_bytes
from presentation.filters import Filters, describe
from presentation.i18n import METRIC_DEFINITIONS, metric_label, t

RULES = {
    "zh": "计划数与实际数分列，不相加；多年累计数不计入单一救助季；省级数字只取关于全省的数字，"
    "市县数字单列；部分与其合计（三项合计、其中）不重复相加；约=约数，余=下限，不超过=上限。",
    "en": "Planned and actual figures are kept apart, never added; multi-year cumulative figures "
    "count for no single season; a province's value is a figure about the whole province, city "
    'figures stand apart; parts are never added to their total; "about" (~, the reports\' 约) '
    '= approximate, "over" (≥, 余/多) = lower bound, "at most" (≤, 不超过) = upper bound.',
}
NOTE_KEYS = {
    "filters": {"zh": "筛选条件", "en": "Filters"},
    "generated": {"zh": "生成时间", "en": "Generated"},
    "season": {"zh": "救助季", "en": "Season"},
    "rules": {"zh": "计算规则", "en": "Rules"},
    "chart": {"zh": "图表", "en": "Chart"},
    "standards": {"zh": "救助标准", "en": "Aid standards"},
}
# Aid standards are neither actual nor planned: a figures table lists them beside the chosen
# statuses only when asked, and says which.
STANDARDS_NOTE = {
    True: {"zh": "已列入（标准既非实际也非计划）", "en": "included (neither actual nor planned)"},
    False: {"zh": "未列入", "en": "not included"},
}
SEASON_NOTE = {
    "zh": "以春节所在年份命名：2024季 = 2023年10月1日至2024年9月30日",
    "en": "Named by its Spring Festival year: 2024 = 1 Oct 2023 – 30 Sep 2024, the dashboard's "
    "2023–24",
}
SHEETS = {
    "zh": ("数据明细", "汇总", "来源", "说明"),
    "en": ("Figures", "Summary", "Sources", "Notes"),
}
CHART_SHEET = {"zh": "图表数据", "en": "Chart data"}
# The order a reader scans a figure in: where, when, what, how much, then its source.
READER_ORDER = (
    "province", "place", "season", "metric", "status", "value", "unit", "qualifier",
    "period_start", "period_end", "cumulative", "quote", "article_title", "publisher",
    "published", "source_url", "doc", "article", "span", "review", "reviewed_by", "reviewed_at",
    "figure_id",
)  # fmt: skip


def notes(filters: Filters, extra: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """The notes sheet: filters, generation time, rules and metric definitions."""
    lang = filters.lang
    rows = [
        (NOTE_KEYS["filters"][lang], describe(filters)),
        (NOTE_KEYS["generated"][lang], datetime.now().replace(microsecond=0).isoformat(sep=" ")),
        (NOTE_KEYS["season"][lang], SEASON_NOTE[lang]),
        (NOTE_KEYS["rules"][lang], RULES[lang]),
        *(extra or []),
    ]
    rows += [(metric_label(m, lang), text[lang]) for m, text in METRIC_DEFINITIONS.items()]
    return rows


def export_frame(
    con: duckdb.DuckDBPyConnection, filters: Filters, metric: str = "", standards: bool = True
) -> pl.DataFrame:
    """One row per figure in scope: contract fields and citation (codes, for machines)."""
    return warehouse.query(
        con,
        "export_figures",
        {**filters.scope(), "metric": metric, "statuses": figure_statuses(filters, standards)},
    )


def figure_statuses(filters: Filters, standards: bool) -> list[str]:
    """The statuses a figures table lists: the filter's, and aid standards when asked."""
    return [*filters.statuses(), *(["standard"] if standards else [])]


def reader_frame(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The figures in reading order, written out in `lang`."""
    ordered = [c for c in READER_ORDER if c in frame.columns]
    rest = [c for c in frame.columns if c not in ordered]
    return localise(frame.select(ordered + rest), lang)


def _xlsx(
    figures: pl.DataFrame,
    citations: pl.DataFrame,
    filters: Filters,
    summary: pl.DataFrame | None,
    extra: list[tuple[str, str]] | None = None,
    summary_sheet: str | None = None,
    summary_heading: list[str] | None = None,
) -> bytes:
    lang = filters.lang
    sheets = SHEETS[lang]
    if summary_sheet:
        sheets = (sheets[0], summary_sheet, sheets[2], sheets[3])
    return to_xlsx_bytes(
        figures,
        localise(citations, lang),
        notes(filters, extra),
        summary,
        # 万/亿 number formats are Chinese; an English workbook keeps plain numbers
        value_unit=(header("value", lang), header("unit", lang)) if lang == "zh" else None,
        sheets=sheets,
        summary_first=summary_sheet is not None,
        summary_heading=summary_heading,
    )


def figures_file(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    fmt: str,
    metric: str = "",
    standards: bool = True,
) -> tuple[bytes, str]:
    """The figures of a scope as CSV or XLSX bytes, with the file extension."""
    exported = export_frame(con, filters, metric, standards)
    figures = reader_frame(exported, filters.lang)
    if fmt == "csv":
        return to_csv_bytes(figures), "csv"
    # the summary and the sources follow the figures' own filters: a planned export cites and
    # sums planned figures only
    statuses = figure_statuses(filters, standards)
    summary = (
        warehouse.query(con, "province_metrics", filters.scope())
        .filter(pl.col("status").is_in(statuses) & ((pl.col("metric") == metric) | (metric == "")))
        .select(
            "province",
            "season",
            "metric",
            "status",
            "value",
            "unit",
            "qualifier",
            "quote",
            "publisher",
            "published",
        )
    )
    cited = exported["doc"].unique().to_list() if not exported.is_empty() else []
    citations = warehouse.query(con, "citations", filters.scope())
    if not citations.is_empty():
        citations = citations.filter(pl.col("doc").is_in(cited))
    lang = filters.lang
    note = [(NOTE_KEYS["standards"][lang], STANDARDS_NOTE[standards][lang])]
    return _xlsx(figures, citations, filters, localise(summary, lang), note), "xlsx"


def reports_file(con: duckdb.DuckDBPyConnection, filters: Filters) -> bytes:
    """Every loaded report about the chosen provinces, one row per article, as CSV bytes."""
    reports = warehouse.query(con, "reports", {"provinces": list(filters.provinces), "limit": None})
    return to_csv_bytes(localise(reports, filters.lang))


def chart_workbook(
    frame: pl.DataFrame,
    filters: Filters,
    title: str,
    con: duckdb.DuckDBPyConnection,
    source: str = "",
    filter_line: str = "",
) -> bytes:
    """XLSX for one chart: it opens on the chart's own data under the chart's title, source
    line and filters, then the scope's figures (of the chart's metric, when it draws one),
    sources and notes."""
    lang = filters.lang
    drawn = frame["metric"].unique().to_list() if "metric" in frame.columns else []
    figures = reader_frame(export_frame(con, filters, drawn[0] if len(drawn) == 1 else ""), lang)
    citations = warehouse.query(con, "citations", filters.scope())
    chart = localise(frame, lang) if not frame.is_empty() else frame
    title = title.replace("<br>", "" if lang == "zh" else " ")  # the page's wrapped title
    heading = [
        title,
        *([t("source_line", lang, src=source)] if source else []),
        filter_line or describe(filters),
    ]
    return _xlsx(
        figures,
        citations,
        filters,
        chart,
        [(NOTE_KEYS["chart"][lang], title)],
        summary_sheet=CHART_SHEET[lang],
        summary_heading=heading,
    )
