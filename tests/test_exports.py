"""Briefing exports: CSV/XLSX round trips, chart images, the PPTX pack, file names."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime

import duckdb
import polars as pl
import pytest

from etl.building.load import create_marts
from exports.csv_out import neutralise, read_csv_bytes, restore
from exports.naming import export_name
from exports.tables_out import export_frame, figures_file, reports_file
from exports.xlsx_out import number_format, read_figures_sheet
from presentation.filters import Filters
from tests.browser import CHROMIUM
from tests.conftest import ROOT
from warehouse import connect, query

ALL = Filters((), 2000, 2100, status="both")
FORMULA_QUOTES = ["=SUM(A1:A9)", "+86 0471 1234567", "-5户困难家庭", "@民政厅 发放资金", "'已引用"]


@pytest.fixture(scope="module")
def big_warehouse(built_warehouse, tmp_path_factory):
    """The bundled warehouse grown past 1,000 figures, some quotes shaped like formulas."""
    path = tmp_path_factory.mktemp("big") / "big.duckdb"
    shutil.copy(built_warehouse, path)
    con = duckdb.connect(str(path))
    for i in range(8):
        con.execute(
            "insert into figures select * replace (figure_id || $suffix as figure_id,"
            " value * $factor as value) from figures where figure_id not like '%-%'",
            {"suffix": f"-{i}", "factor": 1 + i / 7},
        )
    ids = [
        r[0]
        for r in con.execute("select figure_id from figures order by figure_id limit 5").fetchall()
    ]
    for figure_id, quote in zip(ids, FORMULA_QUOTES, strict=True):
        con.execute("update figures set quote = ? where figure_id = ?", [quote, figure_id])
    create_marts(con)  # the marts are stored at build time: refresh them after the edit
    con.close()
    return path


def _expected(path) -> pl.DataFrame:
    return export_frame(connect(path), ALL)


def test_export_holds_more_than_a_thousand_figures(big_warehouse):
    frame = _expected(big_warehouse)
    assert frame.height > 1000
    assert set(FORMULA_QUOTES) <= set(frame["quote"].to_list())


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_equals_the_warehouse_value_for_value(fmt, big_warehouse):
    expected = _expected(big_warehouse)
    data, _ = figures_file(connect(big_warehouse), ALL, fmt)
    if fmt == "csv":
        assert data.startswith("\ufeff".encode())
    back = read_csv_bytes(data) if fmt == "csv" else read_figures_sheet(data)
    assert back.columns == expected.columns
    assert back.height == expected.height
    for col in expected.columns:
        for want, got in zip(expected[col].to_list(), back[col].to_list(), strict=True):
            assert _same(want, got), (col, want, got)


def test_csv_cells_shaped_like_formulas_are_neutralised(big_warehouse):
    data, _ = figures_file(connect(big_warehouse), ALL, "csv")
    text = data.decode("utf-8-sig")
    for quote in FORMULA_QUOTES:
        assert f",'{quote}," in text or f',"\'{quote}",' in text or f"'{quote}" in text
    assert neutralise("=1+1") == "'=1+1" and restore("'=1+1") == "=1+1"
    assert neutralise("走访30801名") == "走访30801名"


def _same(want, got) -> bool:
    """Equal after the file format's own representation (text, numbers, dates, lists)."""
    if want is None:
        return got in (None, "")
    if isinstance(want, bool):
        return str(got).lower() == str(want).lower()
    if isinstance(want, int | float):
        return abs(float(got) - float(want)) <= 1e-9 * max(1.0, abs(float(want)))
    if isinstance(want, date):
        if isinstance(got, datetime):
            got = got.date()
        return got == want or str(got)[:10] == want.isoformat()
    if isinstance(want, list):
        return json.loads(got) == want
    return str(got) == str(want)


def test_xlsx_has_summary_sources_and_notes_sheets(built_warehouse):
    data, _ = figures_file(
        connect(built_warehouse), Filters(("湖南",), 2019, 2026, status="both"), "xlsx"
    )
    sheets = pl.read_excel(io.BytesIO(data), sheet_id=0)
    assert list(sheets) == ["数据明细", "汇总", "来源", "说明"]
    sources = sheets["来源"]
    assert sources.height == sources.unique().height and sources.height >= 5
    notes = (
        dict(zip(*[sheets["说明"][c].to_list() for c in sheets["说明"].columns[:2]], strict=True))
        if sheets["说明"].width >= 2
        else {}
    )
    text = " ".join(str(v) for v in notes.values()) + " ".join(sheets["说明"].columns)
    assert "湖南" in text and "计划数与实际数分列" in text


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (536_000, "households", '0!.0,"万户"'),
        (350_000_000, "yuan", '0!.00,,"亿元"'),
        (134_237, "yuan", '0!.0,"万元"'),
        (6328, "yuan", '#,##0"元"'),
        (53016.52, "yuan", '#,##0.00"元"'),
    ],
)
def test_xlsx_numbers_are_numbers_with_wan_and_yi_formats(value, unit, shown):
    assert number_format(value, unit) == shown


def test_file_names_say_where_what_and_which_seasons():
    assert export_name(("湖南",), 2019, 2026, "png", subject="筹集款物") == (
        "湖南_筹集款物_2019-2026季.png"
    )
    assert export_name((), 2024, 2024, "csv") == "全国_救助成效_2024季.csv"
    assert (
        export_name(("湖南",), 2019, 2026, "png", subject="Funds raised", lang="en")
        == "Hunan_Funds_raised_2019-2026.png"
    )
    assert "/" not in export_name(("a/b",), 2024, 2024, "png")


needs_browser = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("RELIEF_REQUIRE_BROWSER"),
    reason=f"{CHROMIUM} not installed",
)


@needs_browser
def test_briefing_pack_for_hunan_2024(built_warehouse):
    from pptx import Presentation

    from exports.briefing import collect
    from exports.pptx_pack import build_pack

    brief = collect(connect(built_warehouse), Filters(("湖南",), 2024, 2024, status="both"))
    deck = Presentation(io.BytesIO(build_pack(brief)))
    slides = [
        [s.text_frame.text for s in slide.shapes if s.has_text_frame] for slide in deck.slides
    ]
    assert slides[0][0].startswith("湖南冬季救助成效简报（2024季）")
    chart_slides = slides[1:-1]
    assert len(chart_slides) == len(brief.charts) >= 2
    assert any("2024年湖南省计划走访慰问53.6万户困难群众" in " ".join(s) for s in chart_slides)
    assert any("约3.5亿元" in " ".join(s) for s in chart_slides)
    assert all(any(t.startswith("数据来源：") for t in s) for s in chart_slides)
    pictures = [
        sh for slide in list(deck.slides)[1:-1] for sh in slide.shapes if sh.shape_type == 13
    ]
    assert len(pictures) == len(chart_slides)
    assert slides[-1][0].startswith("数据来源") and "公益时报" in slides[-1][0]


@needs_browser
def test_chart_png_has_the_expected_size_and_is_not_blank(built_warehouse):
    from PIL import Image, ImageStat

    from exports.briefing import collect
    from exports.images import render

    brief = collect(connect(built_warehouse), Filters(("湖南",), 2024, 2024, status="both"))
    png = render(brief.charts[0].figure, "png", width=1000, height=500, scale=2)
    image = Image.open(io.BytesIO(png)).convert("L")
    assert image.size == (2000, 1000)
    assert ImageStat.Stat(image).stddev[0] > 10
    svg = render(brief.charts[0].figure, "svg")
    assert svg.startswith(b"<svg") and "数据来源".encode() in svg


_TITLE_RENDER = """
import sys, plotly.graph_objects as go
from exports.images import render
fig = go.Figure(go.Scatter(x=[0], y=[0]))
fig.update_layout(title={"text": "冬季救助成效简报", "font": {"size": 40}}, width=600, height=300,
                  xaxis_visible=False, yaxis_visible=False, plot_bgcolor="white",
                  paper_bgcolor="white")
sys.stdout.buffer.write(render(fig, "png", width=600, height=300, scale=1))
"""


def _title_ink(env: dict) -> tuple[int, bytes]:
    from PIL import Image

    png = subprocess.run(
        [sys.executable, "-c", _TITLE_RENDER],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout
    title = Image.open(io.BytesIO(png)).convert("L").crop((0, 0, 600, 90))
    return sum(1 for p in title.tobytes() if p < 128), title.tobytes()


@needs_browser
def test_chinese_text_renders_as_glyphs_not_boxes(tmp_path):
    no_cjk = tmp_path / "fonts.conf"
    no_cjk.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        "<dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{tmp_path}/cache</cachedir></fontconfig>"
    )
    with_cjk, pixels = _title_ink(dict(os.environ))
    without_cjk, fallback_pixels = _title_ink({**os.environ, "FONTCONFIG_FILE": str(no_cjk)})
    assert pixels != fallback_pixels
    assert with_cjk > 1.3 * without_cjk  # strokes of real glyphs, not empty boxes


def test_reports_csv_lists_every_report_of_the_scope_beyond_the_table(built_warehouse):
    con = connect(built_warehouse)
    hunan = Filters(provinces=("湖南",))
    rows = read_csv_bytes(reports_file(con, hunan))
    assert rows.height == 5 and set(rows["province"]) == {"湖南"}
    everything = read_csv_bytes(reports_file(con, Filters()))
    loaded = con.execute("select count(*) from documents where status = 'loaded'").fetchall()[0][0]
    assert everything["doc"].n_unique() == loaded
    shown = query(con, "reports", {"provinces": [], "limit": 3})
    assert shown.height == 3 and everything.height == shown["n_total"][0]
