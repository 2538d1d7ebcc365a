"""Briefing exports: CSV/XLSX round trips, chart images, the PPTX pack, file names."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date, datetime

import duckdb
import polars as pl
import pytest

from etl.building.load import create_marts
from etl.building.load import figure_id as id_of_figure
from exports.csv_out import neutralise, read_csv_bytes, restore
from exports.naming import export_name
from exports.tables_out import (
    chart_workbook,
    export_frame,
    figures_file,
    reader_frame,
    reports_file,
)
from exports.xlsx_out import number_format, to_xlsx_bytes
from presentation.filters import Filters
from presentation.transforms import trend_frame
from tests.browser import CHROMIUM
from tests.conftest import ROOT
from tests.helpers import households_rows
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


def _read(data: bytes, fmt: str, sheet: str = "数据明细") -> pl.DataFrame:
    return (
        read_csv_bytes(data) if fmt == "csv" else pl.read_excel(io.BytesIO(data), sheet_name=sheet)
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_equals_the_warehouse_value_for_value(fmt, big_warehouse):
    expected = reader_frame(_expected(big_warehouse), "zh")
    data, _ = figures_file(connect(big_warehouse), ALL, fmt)
    if fmt == "csv":
        assert data.startswith("\ufeff".encode())
    back = _read(data, fmt)
    assert back.columns == expected.columns
    assert back.height == expected.height
    for col in expected.columns:
        for want, got in zip(expected[col].to_list(), back[col].to_list(), strict=True):
            assert _same(want, got), (col, want, got)


def test_a_planned_export_sums_and_cites_its_planned_figures_only(built_warehouse):
    con = connect(built_warehouse)
    planned = Filters(("湖南",), 2019, 2026, status="planned")
    data = figures_file(con, planned, "xlsx", standards=False)[0]
    sheets = pl.read_excel(io.BytesIO(data), sheet_id=0)
    figures, summary, sources = sheets["数据明细"], sheets["汇总"], sheets["来源"]
    assert set(figures["口径"]) == {"计划"} and set(summary["口径"]) == {"计划"}
    assert set(sources["报告文件"]) == set(figures["报告文件"])
    everything = Filters(("湖南",), 2019, 2026, status="both")
    assert len(sources) < len(
        pl.read_excel(io.BytesIO(figures_file(con, everything, "xlsx")[0]), sheet_name="来源")
    )


def test_a_figures_export_lists_aid_standards_only_when_asked_and_says_which(built_warehouse):
    con = connect(built_warehouse)
    actual = Filters(("湖南",), 2019, 2026, status="actual")
    with_standards = _read(figures_file(con, actual, "xlsx")[0], "xlsx")
    without = _read(figures_file(con, actual, "xlsx", standards=False)[0], "xlsx")
    assert set(with_standards["口径"]) == {"实际", "标准"}
    assert set(without["口径"]) == {"实际"}
    assert without.height == with_standards.filter(pl.col("口径") == "实际").height
    notes = pl.read_excel(
        io.BytesIO(figures_file(con, actual, "xlsx", standards=False)[0]), sheet_name="说明"
    )
    assert "救助标准" in notes.to_series(0).to_list()
    assert "未列入" in notes.to_series(1).to_list()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_speak_the_chosen_language_in_headers_and_values(fmt, built_warehouse):
    con = connect(built_warehouse)
    hunan = Filters(("湖南",), 2019, 2026, status="both")
    zh = _read(figures_file(con, hunan, fmt)[0], fmt)
    assert zh.columns[:8] == [
        "省份",
        "地点",
        "救助季",
        "指标",
        "口径",
        "数值（基本单位）",
        "数值",
        "单位",
    ]
    assert {"原文", "发布方", "来源链接", "报告文件"} <= set(zh.columns)
    row = zh.filter(pl.col("原文") == "目前已归集走访慰问资金5.87亿元").row(0, named=True)
    assert (row["指标"], row["口径"], row["单位"], row["数值"]) == (
        "筹集款物",
        "实际",
        "元",
        "5.87亿元",
    )
    assert float(row["数值（基本单位）"]) == 587_000_000
    assert "aid_disbursed" not in set(zh["指标"]) and "yuan" not in set(zh["单位"])
    english = Filters(("湖南",), 2019, 2026, status="both", lang="en")
    en = _read(figures_file(con, english, fmt)[0], fmt, sheet="Figures")
    assert en.columns[:6] == [
        "Province",
        "Place",
        "Season",
        "Metric",
        "Status",
        "Value (base unit)",
    ]
    row = en.filter(pl.col("Quote") == "目前已归集走访慰问资金5.87亿元").row(0, named=True)
    assert (row["Province"], row["Metric"], row["Unit"], row["Value"]) == (
        "Hunan",
        "Funds raised",
        "yuan",
        "587 million yuan",
    )


def test_a_charts_workbook_opens_on_the_charts_data(built_warehouse):
    con = connect(built_warehouse)
    filters = Filters(("湖南",), 2019, 2026)
    chart = query(con, "province_metrics", filters.scope()).select(
        "province", "season", "metric", "value", "unit"
    )
    data = chart_workbook(
        chart, filters, "筹集款物：各省<br>历年变化（元）", con, "湖南省民政厅 等2家", "筛选：湖南"
    )
    sheets = pl.read_excel(io.BytesIO(data), sheet_id=0, read_options={"header_row": 4})
    assert next(iter(sheets)) == "图表数据"
    first = sheets["图表数据"]
    assert first.columns == ["省份", "救助季", "指标", "数值（基本单位）", "数值", "单位"]
    assert first.height == chart.height
    assert all(" " not in c for c in first.columns)  # no doubled "title title" headers
    # the sheet says what it holds above the table: title, source line, filters
    heading = pl.read_excel(
        io.BytesIO(data), sheet_name="图表数据", has_header=False, read_options={"n_rows": 3}
    )
    assert heading.to_series(0).to_list() == [
        "筹集款物：各省历年变化（元）",
        "数据来源：湖南省民政厅 等2家",
        "筛选：湖南",
    ]


def test_a_trend_charts_workbook_quotes_each_value_and_lists_only_its_metrics_figures(
    built_warehouse,
):
    con = connect(built_warehouse)
    filters = Filters(("湖南",), 2019, 2026, metric="funds_raised")
    metrics = query(con, "province_metrics", filters.scope())
    places = query(con, "place_metrics", filters.scope())
    shown = trend_frame(metrics, places, "funds_raised", "yuan", ("actual",))
    data = chart_workbook(shown, filters, "筹集款物：各省历年变化（元）", con)
    sheets = pl.read_excel(io.BytesIO(data), sheet_id=0, read_options={"header_row": 3})
    chart = sheets["图表数据"]
    assert "原文" in chart.columns and chart["原文"].null_count() == 0
    assert all(q in " ".join(shown["quote"].to_list()) for q in chart["原文"].to_list())
    figures = pl.read_excel(io.BytesIO(data), sheet_name="数据明细")
    assert set(figures["指标"].to_list()) == {"筹集款物"}


def _sheet_xml(data: bytes, n: int) -> tuple[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        return book.read(f"xl/worksheets/sheet{n}.xml").decode(), book.read(
            "xl/styles.xml"
        ).decode()


def test_a_table_prints_one_page_wide_while_readable_with_its_text_wrapped():
    seasons = pl.DataFrame(
        {"place": ["Xinbaerhu Right Banner, Hulunbuir"]}
        | {f"s{year}": [float(year)] for year in range(2014, 2025)}
    )  # a chart's seasons side by side: twelve columns
    data = to_xlsx_bytes(seasons, pl.DataFrame({"doc": ["a.txt"]}), [], value_unit=None)
    sheet, styles = _sheet_xml(data, 1)
    assert 'fitToPage="1"' in sheet and 'fitToHeight="0"' in sheet  # one page wide, A4 across
    assert 'orientation="landscape"' in sheet
    # the long name's cell wraps in its column instead of being cut off on paper
    style = int(re.search(r'<c r="A2" s="(\d+)" t="s"', sheet).group(1))
    cell_formats = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S).group(1)
    assert 'wrapText="1"' in re.findall(r"<xf .*?(?:/>|</xf>)", cell_formats)[style]
    wide = pl.DataFrame({f"c{i}": ["x"] for i in range(24)})
    sheet, _ = _sheet_xml(to_xlsx_bytes(wide, pl.DataFrame({"doc": ["a.txt"]}), []), 1)
    assert 'fitToPage="1"' not in sheet  # 24 columns would print too small to read


def test_a_column_is_as_wide_as_its_longest_label_so_printed_rows_do_not_overlap():
    frame = pl.DataFrame(
        {
            "metric": ["Households reached", "Aid"],
            "place": ["呼伦贝尔市新巴尔虎右旗", "长沙"],
            "n": [1, 2],
        }
    )
    sheet, _ = _sheet_xml(to_xlsx_bytes(frame, pl.DataFrame({"doc": ["a.txt"]}), []), 1)
    widths = {}
    for low, high, width in re.findall(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"', sheet):
        widths |= {c: float(width) for c in range(int(low), int(high) + 1)}
    # 18 letters; eleven Chinese characters print as wide as twenty-two letters; a column of
    # short values keeps the usual width
    assert widths[1] >= 18 and widths[2] >= 22 and widths[3] < widths[1]


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


def test_figure_ids_are_never_read_as_numbers_by_a_spreadsheet():
    # A spreadsheet turns "7264760254609491" into 7264760254609490 and "71493633026207e5" into
    # 7.1493633026207E+18: the exported row would lose the figure it came from.
    number = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
    ids = {id_of_figure(f"report-{n % 500}.txt", n % 3, (n, n + 4)) for n in range(20_000)}
    assert len(ids) == 20_000
    assert not [i for i in ids if number.fullmatch(i)]


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
        (536_000, "households", '0\\.0,"万户"'),
        (350_000_000, "yuan", '0\\.00,,"亿元"'),
        (134_237, "yuan", '#,##0"元"'),  # 13.4万元 would hide the units
        (202_500, "yuan", '#,##0"元"'),
        (121_000_000, "yuan", '0\\.00,,"亿元"'),
        (6328, "yuan", '#,##0"元"'),
        (53016.52, "yuan", '#,##0.00"元"'),
    ],
)
def test_xlsx_numbers_are_numbers_shown_in_wan_and_yi_only_where_exact(value, unit, shown):
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
    # a planned export is named apart from the actual one of the same scope
    from exports.naming import figures_subject

    names = {
        export_name(("湖南",), 2024, 2024, "xlsx", figures_subject(status))
        for status in ("actual", "planned", "both")
    }
    assert names == {
        "湖南_救助成效数据_2024季.xlsx",
        "湖南_救助成效数据_计划_2024季.xlsx",
        "湖南_救助成效数据_实际+计划_2024季.xlsx",
    }
    # a chart titled by its province names the province once
    assert export_name(("辽宁",), 2019, 2026, "png", subject="辽宁_历年成效一览") == (
        "辽宁_历年成效一览_2019-2026季.png"
    )


needs_browser = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("RELIEF_REQUIRE_BROWSER"),
    reason=f"{CHROMIUM} not installed",
)


def _slides(data: bytes) -> list[list[str]]:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    out = []
    for slide in deck.slides:
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        for shape in slide.shapes:
            if shape.has_table:
                texts += [c.text for row in shape.table.rows for c in row.cells]
        out.append(texts)
    return out


def _pictures(data: bytes) -> list[int]:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    return [sum(1 for sh in slide.shapes if sh.shape_type == 13) for slide in deck.slides]


@needs_browser
def test_briefing_pack_has_findings_and_covers_the_seasons_its_cover_names(seed_warehouse):
    from exports.briefing import collect
    from exports.pptx_pack import build_pack

    brief = collect(connect(seed_warehouse), Filters(("湖南",), 2019, 2026, status="both"))
    data = build_pack(brief)
    slides = _slides(data)
    assert slides[0][0].startswith("湖南冬季救助成效简报（2019-2026季）")
    findings = " ".join(slides[1])
    assert slides[1][0] == "主要发现：各省最新数字与变化"
    assert "约3.5亿元" in findings and "-7.9% 较2022季" in findings and "2024季" in findings
    for chart in brief.charts[:-1]:  # every trend covers exactly 2019–2026
        assert list(chart.figure.layout.xaxis.categoryarray) == [
            f"{s}季" for s in range(2019, 2027)
        ]
    chart_slides = slides[2:-1]
    assert len(chart_slides) == len(brief.charts) >= 2
    assert _pictures(data)[2:-1] == [1] * len(chart_slides)  # one chart per slide
    points = " ".join(" ".join(s) for s in chart_slides)
    assert "湖南：2024季筹集款物约3.5亿元，较2022季下降7.9%（据公益时报）" in points
    assert all(any(t.startswith("数据来源：") for t in s) for s in chart_slides)
    # each chart slide names its unit in the title and the filters it was drawn with
    assert any(s[0].startswith("走访慰问户数：各省历年变化（户）") for s in chart_slides)
    assert all(any("筛选：湖南 · 2019季–2026季" in t for t in s) for s in chart_slides)
    # the coverage slide says what its numbers count, and cites no status for them
    (coverage,) = [s for s in chart_slides if s[0].startswith("报告覆盖")]
    assert any("报告份数" in t for t in coverage)
    assert not any("实际" in t for t in coverage if t.startswith("筛选："))
    # the slide names the chart once: the image carries no title or footer of its own
    from presentation.chart_views import for_slide

    slide_figure = for_slide(brief.charts[0].figure, 800, 450, "zh")
    assert not slide_figure.layout.title.text and not slide_figure.layout.annotations
    assert slide_figure.layout.font.size >= 15
    assert slides[-1][0].startswith("数据来源") and "公益时报" in slides[-1][0]
    # one line per report, its title linked to the published page
    from pptx import Presentation

    last = Presentation(io.BytesIO(data)).slides[-1]
    paragraphs = [p for sh in last.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    reports = paragraphs[1:]
    assert len(reports) == brief.citations.height or len(reports) <= 24
    links = [r.hyperlink.address for p in reports for r in p.runs if r.hyperlink.address]
    assert links and all(link.startswith("http") for link in links)
    assert all(len(p.runs) == 2 for p in reports)


@needs_browser
def test_findings_rows_are_as_tall_as_their_text_and_slides_hold_what_fits():
    from exports.briefing import Finding
    from exports.pptx_pack import TABLE_ROOM_IN, WORDS, _findings_rows, _row_height_pt

    long = "over tenfold apart from season 2023, likely another programme: not compared"
    findings = [
        Finding(
            "Heilongjiang",
            "Aid per person or household",
            "790 yuan per household",
            2024,
            long if i % 2 else "+1.2% vs season 2022–23",
            "Linwu County only (city/county figure)",
        )
        for i in range(12)
    ]
    slides = _findings_rows(WORDS["en"], findings, "en")
    assert sum(len(rows) for rows in slides) == 12 and len(slides) > 1
    head = _row_height_pt(WORDS["en"]["heads"])
    for rows in slides:
        assert head + sum(_row_height_pt(r) for r in rows) <= TABLE_ROOM_IN * 72
    # a three-line change gets a row three lines tall, a short one a row of one or two
    assert _row_height_pt(slides[0][1]) > _row_height_pt(slides[0][0])
    assert _findings_rows(WORDS["zh"], [], "zh") == []


def test_an_english_pack_speaks_english_in_its_own_words(built_warehouse):
    import re

    from exports.briefing import collect
    from exports.pptx_pack import build_pack

    filters = Filters(("湖南", "青海"), 2019, 2026, status="both", lang="en")
    slides = _slides(build_pack(collect(connect(built_warehouse), filters)))
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert slides[0][0].split("\n")[0] == (
        "Winter relief outcomes: Hunan, Qinghai (Seasons 2018–19 to 2025–26)"
    )
    assert slides[1][:7] == [
        "Findings: each province's latest figures and their change",
        "Province",
        "Metric",
        "Latest value",
        "Season",
        "Change",
        "Level",
    ]
    titles = [s[0].split("\n")[0] for s in slides[:-1]]
    assert not any(cjk.search(t) for t in titles), titles
    table = slides[1][1:]
    assert "Funds raised" in table and "about 350 million yuan" in table
    # our own words are English; only names of sources and places stay as published
    assert not any(cjk.search(cell) for cell in table[::6] + table[1::6] + table[3::6])


@needs_browser
def test_chart_png_has_the_expected_size_and_is_not_blank(built_warehouse):
    from PIL import Image, ImageStat

    from exports.briefing import collect
    from exports.images import render

    brief = collect(connect(built_warehouse), Filters(("湖南",), 2024, 2024, status="both"))
    from exports.images import SLIDE
    from presentation.chart_views import for_export

    wide = for_export(brief.charts[0].figure, **SLIDE, lang="zh")
    # beside the plot (right of its margin's edge), out of the footer's way
    assert wide.layout.legend.xref == "paper" and wide.layout.legend.x > 1
    png = render(wide, "png", **SLIDE)
    image = Image.open(io.BytesIO(png)).convert("L")
    assert image.size == (2560, 1440)  # 16:9 at slide size, drops onto a slide as it is
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


def test_reports_csv_lists_every_report_of_the_scope_beyond_the_table(seed_warehouse):
    con = connect(seed_warehouse)
    hunan = Filters(provinces=("湖南",))
    rows = read_csv_bytes(reports_file(con, hunan))
    assert rows.height == 5 and set(rows["省份"]) == {"湖南"}
    everything = read_csv_bytes(reports_file(con, Filters()))
    loaded = con.execute("select count(*) from documents where status = 'loaded'").fetchall()[0][0]
    assert everything["报告文件"].n_unique() == loaded
    shown = query(con, "reports", {"provinces": [], "limit": 3})
    assert shown.height == 3 and everything.height == shown["n_total"][0]


def test_key_points_state_each_province_before_any_second_place_of_one():
    from exports.briefing import _key_points

    rows = households_rows(
        [
            ("湖南", "资兴市", "actual", 2024, 1962.0),
            ("湖南", "醴陵市", "actual", 2024, 2.0),
            ("湖南", "长沙市", "actual", 2024, 500.0),
            ("辽宁", "沈阳市", "actual", 2024, 3955.0),
            ("青海", None, "actual", 2024, 161900.0),
            ("青海", None, "actual", 2023, 160000.0),
            ("黑龙江", None, "actual", 2024, 95000.0),
        ]
    )
    stated = [p.split("：")[0].split("（")[0] for p in _key_points(rows, "走访户数", "zh")]
    # the provinces' own series first, then one place for each province without one
    assert stated[:2] == ["黑龙江", "青海"] and sorted(stated[2:]) == ["湖南", "辽宁"]


def test_a_province_without_its_own_series_is_stated_by_the_place_its_overview_card_shows():
    from exports.briefing import _key_points
    from presentation import headlines

    rows = households_rows(
        [
            ("湖南", "醴陵市", "actual", 2020, 2.0),
            ("湖南", "醴陵市", "actual", 2021, 2.0),
            ("湖南", "醴陵市", "actual", 2022, 2.0),
            ("湖南", "资兴市", "actual", 2026, 1962.0),
        ]
    )
    (point,) = _key_points(rows, "走访户数", "zh")
    cited = rows.with_columns(pl.lit("").alias("quote"), pl.lit("").alias("publisher"))
    card = headlines._choose(cited.clear(), cited, "湖南", "households_reached")
    assert card.place == "资兴市" and "资兴市" in point and "醴陵市" not in point


def test_an_earlier_report_too_far_to_compare_is_not_called_none():
    from exports.sentences import change_sentence

    text = change_sentence("湖南", "筹集款物", 2024, "2000万元", 2019, None, "某报", "zh")
    assert "此前无可比报告" not in text and "2019季" in text
    # as the overview card says: too far back, not a different measure
    assert "相隔过远" in text and "口径不同" not in text
    # near in time but tenfold apart: the card's own words, not a claim of another basis
    near = change_sentence("湖南", "筹集款物", 2024, "2000万元", 2022, None, "某报", "zh")
    assert "相差十倍以上" in near and "口径不同" not in near
    english = change_sentence("Hunan", "Funds raised", 2024, "20m", 2022, None, "", "en")
    assert "over tenfold apart from season 2021–22" in english


def test_a_change_that_rounds_to_nothing_is_no_rise():
    from exports.sentences import change_sentence

    zh = change_sentence("湖南", "筹集款物", 2024, "约3.5亿元", 2023, 0.0001, "某报", "zh")
    en = change_sentence("Hunan", "Funds raised", 2024, "350m", 2023, -0.0002, "s", "en")
    assert "与2023季持平" in zh and "增长" not in zh
    assert "unchanged on season 2022–23" in en and "+0.0%" not in en


@needs_browser
def test_an_english_chart_whose_legend_takes_half_the_image_still_renders():
    from PIL import Image

    from exports.images import SLIDE, render
    from presentation import charts
    from presentation.chart_views import for_export

    # nine characters each: two columns of them take half the image's width
    places = [
        f"{'甲乙丙丁戊己庚辛壬癸'[i % 10]}{'子丑寅'[i // 10]}社区服务中心站{i:03d}"
        for i in range(30)
    ]
    rows = households_rows([("青海", p, "actual", 2024, 10.0 + i) for i, p in enumerate(places)])
    text = charts.ChartText("t", "households", "s", "n", "f")
    fig = charts.season_trend(
        rows.with_columns(pl.lit("place").alias("level")), range(2020, 2025), text, "en"
    )
    wide = for_export(fig, **SLIDE, lang="en")
    assert wide.layout.margin.r > SLIDE["width"] / 2
    image = Image.open(io.BytesIO(render(wide, "png", **SLIDE)))
    assert image.size == (2 * SLIDE["width"], 2 * SLIDE["height"])


def test_the_english_notes_explain_the_qualifier_words_english_cells_use():
    from exports.tables_out import RULES
    from presentation.charts import QUALIFIER_MARK
    from presentation.format import EN_QUALIFIERS

    for word in EN_QUALIFIERS.values():
        assert f'"{word.strip()}"' in RULES["en"]
    for mark in QUALIFIER_MARK["en"].values():
        assert mark in RULES["en"]


def test_a_province_keeps_one_colour_on_every_trend_slide_of_a_briefing(seed_warehouse):
    from exports.briefing import collect

    chosen = ("黑龙江", "青海", "湖南", "辽宁")
    brief = collect(connect(seed_warehouse), Filters(chosen, 2008, 2026, status="both"))
    colours: dict[str, set[str]] = {}
    drawn_in: dict[str, int] = {}
    for chart in brief.charts:
        for trace in chart.figure.data:
            if trace.meta in chosen and trace.marker.symbol == "circle":
                colours.setdefault(trace.meta, set()).add(trace.line.color)
                drawn_in[trace.meta] = drawn_in.get(trace.meta, 0) + 1
    # the provinces are not drawn on the same slides, yet each keeps its colour
    assert len(colours) >= 3 and len(set(drawn_in.values())) > 1
    assert all(len(c) == 1 for c in colours.values())
    assert len({c for cs in colours.values() for c in cs}) == len(colours)
