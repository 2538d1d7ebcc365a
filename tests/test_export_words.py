"""Exports and screen tables: whole numbers without a decimal point, one word per column."""

from __future__ import annotations

import polars as pl
import pytest

from exports import labels
from exports.csv_out import to_csv_bytes
from exports.tables_out import export_frame, figures_file, reader_frame, reports_file
from presentation import tables
from presentation.columns import COLUMNS
from presentation.filters import Filters
from warehouse import connect, query


def test_whole_numbers_are_written_as_integers_and_fractions_keep_their_decimals():
    frame = pl.DataFrame({"数值": [30801.0, 12.5, None, 2.114e10, -3.0], "原文": list("abcde")})
    lines = to_csv_bytes(frame).decode("utf-8-sig").splitlines()
    assert lines[1:] == ["30801,a", "12.5,b", ",c", "21140000000,d", "-3,e"]


def test_the_figures_csv_has_no_trailing_point_zero(built_warehouse):
    hunan = Filters(("湖南",), 2015, 2026, status="both")
    text = figures_file(connect(built_warehouse), hunan, "csv")[0].decode("utf-8-sig")
    header, *rows = text.splitlines()
    value_at = header.split(",").index("数值（基本单位）")
    values = [row.split(",")[value_at] for row in rows if row.count(",") >= value_at]
    assert "587000000" in values
    assert not any(v.endswith(".0") for v in values)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screen_tables_and_exports_name_each_column_alike(lang, built_warehouse):
    assert all(tables.header(k, lang) == labels.header(k, lang) for k in COLUMNS)
    con = connect(built_warehouse)
    scope = Filters(("湖南",), 2015, 2026, status="both", lang=lang)
    figures = query(
        con, "figures", {**scope.scope(), "metric": "", "statuses": ["actual"], "limit": 50}
    )
    on_screen = set(tables.figures_table(figures, lang).columns)
    exported = set(reader_frame(export_frame(con, scope), lang).columns)
    # the report's date and the written-out value carry one name in both
    for key in ("published", "amount", "publisher", "source_url", "quote", "status"):
        name = tables.header(key, lang)
        assert name in on_screen and name in exported, (key, name)
    reports = query(con, "reports", {"provinces": ["湖南"], "limit": 20})
    reports_csv = reports_file(con, scope).decode("utf-8-sig").splitlines()[0].split(",")
    for key in ("doc", "published", "publisher"):  # the sources page and its download
        name = tables.header(key, lang)
        assert name in tables.reports_table(reports, lang).columns and name in reports_csv
    assert len({COLUMNS[k][lang] for k in ("value", "amount")}) == 2  # two columns, two words
