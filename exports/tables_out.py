"""Figures exports (CSV, XLSX) for a scope, with their sources and the notes that explain them."""

from __future__ import annotations

from datetime import datetime

import duckdb
import polars as pl

import warehouse
from exports.csv_out import to_csv_bytes
from exports.xlsx_out import to_xlsx_bytes
from presentation.filters import Filters, describe
from presentation.i18n import metric_label

DEFINITIONS = {
    "households_reached": "走访、慰问、入户、惠及、覆盖的户数（户或户次）",
    "people_reached": "走访、摸排、慰问、惠及的人数（人或人次）",
    "people_aided": "得到救助的人数（人或人次）",
    "staff_mobilized": "组织动员的工作人员、干部、志愿者人数",
    "funds_raised": "筹集、募集、捐赠、统筹、整合的款物金额（元）",
    "aid_disbursed": "发放、拨付、下拨的救助资金（元）",
    "in_kind_value": "发放物资的折价金额（元）",
    "items_distributed": "发放的物资件数（件、套、床、份、袋）",
    "aid_standard": "每户、每人或每人每月的救助标准（元/户、元/人、元/人·月）",
}
RULES = (
    "计划数与实际数分列，不相加；多年累计数不计入单一救助季；省级数字只取关于全省的数字，市县数字单列；"
    "部分与其合计（三项合计、其中）不重复相加；约=约数，余=下限，不超过=上限。"
)


def notes(filters: Filters, extra: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """The notes sheet: filters, generation time, rules and metric definitions."""
    rows = [
        ("筛选条件", describe(filters)),
        ("生成时间", datetime.now().replace(microsecond=0).isoformat(sep=" ")),
        ("救助季", "以春节所在年份命名：2024季 = 2023年10月1日至2024年9月30日"),
        ("计算规则", RULES),
        *(extra or []),
    ]
    rows += [(f"{metric_label(m, 'zh')}（{m}）", text) for m, text in DEFINITIONS.items()]
    return rows


def export_frame(
    con: duckdb.DuckDBPyConnection, filters: Filters, metric: str = ""
) -> pl.DataFrame:
    """One row per figure in scope: contract fields and citation."""
    return warehouse.query(
        con,
        "export_figures",
        {**filters.scope(), "metric": metric, "statuses": [*filters.statuses(), "standard"]},
    )


def figures_file(
    con: duckdb.DuckDBPyConnection, filters: Filters, fmt: str, metric: str = ""
) -> tuple[bytes, str]:
    """The figures of a scope as CSV or XLSX bytes, with the file extension."""
    figures = export_frame(con, filters, metric)
    if fmt == "csv":
        return to_csv_bytes(figures), "csv"
    summary = warehouse.query(con, "province_metrics", filters.scope()).select(
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
    citations = warehouse.query(con, "citations", filters.scope())
    return to_xlsx_bytes(figures, citations, notes(filters), summary), "xlsx"


def reports_file(con: duckdb.DuckDBPyConnection, filters: Filters) -> bytes:
    """Every loaded report about the chosen provinces, one row per article, as CSV bytes."""
    reports = warehouse.query(con, "reports", {"provinces": list(filters.provinces), "limit": None})
    return to_csv_bytes(reports.drop("n_total"))


def chart_workbook(
    frame: pl.DataFrame,
    filters: Filters,
    title: str,
    con: duckdb.DuckDBPyConnection,
    unit: str | None = None,
) -> bytes:
    """XLSX for one chart: its data as the summary sheet, the figures of the scope, sources."""
    figures = export_frame(con, filters)
    citations = warehouse.query(con, "citations", filters.scope())
    return to_xlsx_bytes(figures, citations, notes(filters, [("图表", title)]), frame, unit)
