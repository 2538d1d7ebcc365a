"""Rules the dashboard's numbers obey, proven on a small fixture warehouse built by the ETL."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl
import pytest

from etl.building.build import build_warehouse
from presentation import charts, headlines, heatmaps, tables, transforms
from presentation.chart_views import for_export, for_slide
from presentation.filters import Filters, parse, to_params
from presentation.i18n import t
from tests.conftest import ROOT
from tests.helpers import households_rows
from warehouse import connect, mart, query

FIXTURE_REPORTS = ROOT / "tests" / "fixtures" / "rules"


@pytest.fixture(scope="module")
def fixture_warehouse(tmp_path_factory):
    live = tmp_path_factory.mktemp("rules") / "rules.duckdb"
    build_warehouse(FIXTURE_REPORTS, live, quiet=True)
    return live


@pytest.fixture(scope="module")
def metrics(fixture_warehouse) -> pl.DataFrame:
    return mart(connect(fixture_warehouse), "province_season_metrics")


def headline(metrics, province, season, metric, status):
    rows = metrics.filter(
        (pl.col("province") == province)
        & (pl.col("season") == season)
        & (pl.col("metric") == metric)
        & (pl.col("status") == status)
    )
    return rows["value"].to_list()


def test_planned_figures_are_not_summed_with_actual(metrics):
    assert headline(metrics, "湖南", 2024, "households_reached", "actual") == [220_000]
    assert headline(metrics, "湖南", 2024, "households_reached", "planned") == [500_000]
    assert _card(metrics, "湖南", "households_reached").value == 220_000


def _card(metrics, province, key):
    rows = headlines.province_headlines(metrics, pl.DataFrame(), pl.DataFrame(), [province])
    return next(c for c in rows[province] if c.key == key)


def test_reports_restating_a_total_are_not_added_together(metrics):
    # 20万户 (15 Jan) and 22万户 (1 Feb) are two reports of one campaign: the larger stands.
    assert headline(metrics, "湖南", 2024, "households_reached", "actual") == [220_000]
    assert _card(metrics, "湖南", "households_reached").value == 220_000


def test_city_figures_are_not_added_into_the_province(metrics, fixture_warehouse):
    assert 80_000 not in headline(metrics, "湖南", 2024, "households_reached", "actual")
    places = mart(connect(fixture_warehouse), "place_season_metrics")
    assert places.filter(pl.col("place") == "长沙市")["value"].to_list() == [80_000]


def test_multi_year_cumulative_figures_never_count_as_a_season(metrics):
    assert 1_500_000_000 not in metrics["value"].to_list()
    assert headline(metrics, "湖南", 2024, "funds_raised", "actual") == [300_000_000]


def test_a_citys_multi_year_total_is_drawn_under_the_city_not_the_province(fixture_warehouse):
    spans = query(
        connect(fixture_warehouse),
        "cumulative",
        {"metric": "funds_raised", "statuses": ["actual"], "provinces": []},
    )
    fig = charts.cumulative_spans(spans, charts.ChartText("t", "yuan", "s"), "zh")
    rows = {bar.y[0]: bar.text[0] for bar in fig.data}
    assert rows == {"湖南 · 2020–2024": "15亿元", "湖南·长沙市（市县） · 2020–2024": "4亿元"}
    # one row per span at full thickness (grouped, each bar got a 1/n slot), text level
    assert fig.layout.barmode == "overlay" and {bar.textangle for bar in fig.data} == {0}
    # room after the latest span for the amount written beside a short one
    assert fig.layout.xaxis.range[1] > spans["period_end"].max().isoformat()
    # a total over one calendar year is named by that year, not "2019–2019"
    one_year = spans.head(1).with_columns(
        pl.col("period_start").dt.replace(year=2019), pl.col("period_end").dt.replace(year=2019)
    )
    single = charts.cumulative_spans(one_year, charts.ChartText("t", "yuan", "s"), "zh")
    assert single.data[0].y[0] == "湖南 · 2019"
    # each span is named over its bar, not beside it: on a phone the names would take the
    # width the bars need
    names = [a.text for a in fig.layout.annotations if a.name != "footer"]
    assert sorted(names) == sorted(rows) and fig.layout.yaxis.showticklabels is False


def test_spans_follow_the_status_filter_and_leave_no_empty_decade_after_them(fixture_warehouse):
    con = connect(fixture_warehouse)
    planned = {"metric": "funds_raised", "statuses": ["planned"], "provinces": []}
    assert query(con, "cumulative", planned).is_empty()  # the fixture's spans are actual
    spans = query(con, "cumulative", {**planned, "statuses": ["actual"]})
    long_ago = spans.with_columns(pl.col("period_start").dt.replace(year=1990))
    fig = charts.cumulative_spans(long_ago, charts.ChartText("t", "yuan", "s"), "zh")
    assert fig.layout.xaxis.range[1] < "2028-01-01"  # the latest span ends in 2024


def test_parts_and_their_stated_total_are_not_added(metrics, fixture_warehouse):
    figures = mart(connect(fixture_warehouse), "figures_detail")
    parts = figures.filter(pl.col("part_of").is_not_null())
    assert sorted(parts["value"].to_list()) == [100_000_000, 200_000_000]
    assert headline(metrics, "湖南", 2024, "funds_raised", "actual") == [300_000_000]


def test_standards_are_never_summed_or_used_as_outcomes(metrics, fixture_warehouse):
    assert "aid_standard" not in metrics["metric"].to_list()
    per_capita = mart(connect(fixture_warehouse), "per_capita_aid")
    assert 500 not in per_capita["aid_yuan"].to_list()


def test_a_card_compares_with_the_previous_reported_season_and_never_adds_provinces(metrics):
    funds = _card(metrics, "湖南", "funds_raised")
    assert (funds.value, funds.season, funds.previous_season) == (300_000_000, 2024, 2023)
    assert funds.change == pytest.approx(300 / 250 - 1)
    rows = headlines.province_headlines(
        metrics, pl.DataFrame(), pl.DataFrame(), sorted(metrics["province"].unique())
    )
    aid = [c.value for cards in rows.values() for c in cards if c.key == "aid_delivered"]
    assert 110_000_000 + 120_000_000 not in aid  # two provinces are two cards, not one sum


def test_amounts_read_the_chinese_way_in_tables(fixture_warehouse):
    figures = mart(connect(fixture_warehouse), "figures_detail")
    shown = tables.figures_table(figures, "zh")
    assert {"3亿元", "22万户", "500元/户", "15亿元"} <= set(shown["数值"].to_list())
    english = tables.figures_table(figures, "en")
    assert "300 million yuan" in english["Value"].to_list()


def test_trend_chart_draws_planned_dashed_and_leaves_gaps(metrics):
    rows = transforms.series(metrics, "households_reached", "households", ("actual", "planned"))
    fig = charts.season_trend(
        rows, range(2022, 2025), charts.ChartText("走访", "households", "湖南省民政厅"), "zh"
    )
    by_name = {trace.name: trace for trace in fig.data}
    actual, planned = by_name["湖南 · 实际"], by_name["湖南 · 计划"]
    assert actual.line.dash == "solid" and planned.line.dash == "dash"
    assert list(actual.y) == [None, 180_000, 220_000]  # 2022: no report → a gap, not zero
    assert actual.connectgaps is False
    bridge = next(tr for tr in fig.data if tr.legendgroup == actual.legendgroup and not tr.name)
    assert bridge.line.dash == "dot" and not bridge.x  # adjacent seasons need no bridge
    assert "数据来源：湖南省民政厅" in fig.layout.annotations[0].text
    assert fig.layout.title.text == "走访（户）"


def _trend_lines(values: dict[int, float]):
    rows = pl.DataFrame(
        {
            "province": ["甲"] * len(values),
            "season": list(values),
            "status": ["actual"] * len(values),
            "value": list(values.values()),
            "qualifier": ["exact"] * len(values),
        }
    )
    fig = charts.season_trend(rows, range(2015, 2025), charts.ChartText("t", "yuan", "s"), "zh")
    solid = next(tr for tr in fig.data if tr.name)
    bridge = next(tr for tr in fig.data if not tr.name)

    def joined(points):  # pairs of seasons a line runs between
        pairs, last = set(), None
        for x, y in points:
            if y is None:
                last = None
                continue
            if last is not None:
                pairs.add((last, int(x[:4])))
            last = int(x[:4])
        return pairs

    return joined(zip(solid.x, solid.y, strict=True)), joined(zip(bridge.x, bridge.y, strict=True))


def test_a_trend_line_never_joins_values_the_cards_would_not_compare():
    # 2016→2017 tenfold apart; 2017…2019 bridged over a season without a report;
    # 2019…2024 five seasons apart: not joined at all
    solid, dotted = _trend_lines({2016: 5e6, 2017: 2e8, 2019: 3e8, 2024: 2.5e8})
    assert solid == set()
    assert dotted == {(2017, 2019)}
    solid, dotted = _trend_lines({2022: 1e8, 2023: 1.2e8, 2024: 1.1e8})
    assert solid == {(2022, 2023), (2023, 2024)} and dotted == set()


def test_trend_chart_marks_approximate_and_lower_bound_values():
    rows = pl.DataFrame(
        {
            "province": ["甲", "甲"],
            "season": [2023, 2024],
            "status": ["actual"] * 2,
            "value": [1.0, 2.0],
            "qualifier": ["approx", "at_least"],
            "unit": ["yuan"] * 2,
        }
    )
    fig = charts.season_trend(rows, range(2023, 2025), charts.ChartText("t", "yuan", "s"), "zh")
    named = next(trace for trace in fig.data if trace.name)
    assert list(named.text) == ["约", "余"]
    assert named.cliponaxis is False  # the mark above the top point is not cut off


def test_tile_map_greys_provinces_without_a_report(metrics):
    rows = transforms.series(metrics, "households_reached", "households", ("actual",))
    fig = heatmaps.tile_map(
        rows.filter(pl.col("season") == 2024), charts.ChartText("m", "households", "s"), "zh"
    )
    grey, coloured = fig.data
    x, y = heatmaps.TILES["湖南"]
    assert coloured.z[y][x] == 220_000 and grey.z[y][x] is None
    qx, qy = heatmaps.TILES["青海"]
    assert grey.z[qy][qx] == 0 and coloured.z[qy][qx] is None
    assert grey.text[qy][qx] == "青海"


def test_an_english_tile_map_says_what_each_code_on_its_tiles_stands_for(metrics):
    rows = transforms.series(metrics, "households_reached", "households", ("actual",))
    text = charts.ChartText("m", "households", "s", "Tile map.", "f")
    fig = heatmaps.tile_map(rows.filter(pl.col("season") == 2024), text, "en")
    footer = next(a for a in fig.layout.annotations if a.name == "footer").text.replace("<br>", " ")
    codes = {label.replace("<b>", "").split("</b>")[0] for row in fig.data[0].text for label in row}
    codes.discard("")
    assert codes and all(f"{code} " in footer for code in codes)
    assert "HN Hunan" in footer and "QH Qinghai" in fig.layout.meta["note"]
    # the key's lines are added to the chart: the tiles keep the room a Chinese map gives them
    zh = heatmaps.tile_map(rows.filter(pl.col("season") == 2024), text, "zh")

    def plot_height(f):
        return f.layout.height - f.layout.margin.t - f.layout.margin.b

    assert plot_height(fig) == plot_height(zh)
    assert "：" not in " ".join(h for row in fig.data[0].hovertext for h in row if h)


def test_a_campaign_grid_cell_of_several_places_is_not_labelled_as_the_province():
    cells = pl.DataFrame(
        {
            "province": ["青海", "青海"],
            "place": ["青海省", "西宁市"],
            "season": [2016, 2017],
            "value": [31448.0, 2000.0],
            "unit": ["households", "households"],
            "qualifier": ["exact", "exact"],
            "key": ["households_reached", "households_reached"],
            "level": ["place", "place"],
            "quote": ["", ""],
            "publisher": ["", ""],
        }
    )
    text = charts.ChartText("t", "", "s", "n", "f")
    fig = heatmaps.campaign_grid(cells, {"households_reached": "户数"}, text, "zh", "青海")
    labels = [cell for row in fig.data[0].text for cell in row]
    assert any("多个市县" in c for c in labels) and not any("青海省" in c for c in labels)
    assert any("西宁市" in c for c in labels)


def test_a_tile_maps_footer_sits_below_its_colour_scale(metrics):
    rows = transforms.series(metrics, "households_reached", "households", ("actual",))
    text = charts.ChartText("m", "households", "s", "n", "f")
    fig = heatmaps.tile_map(rows.filter(pl.col("season") == 2024), text, "zh")
    plain = charts.season_trend(
        rows.filter(pl.col("season") == 2024), range(2024, 2025), text, "zh"
    )
    footer = next(a for a in fig.layout.annotations if a.name == "footer")
    colour_scale = fig.data[1].colorbar
    assert colour_scale.orientation == "h" and colour_scale.yanchor == "top"
    # the scale's title, bar and ticks take ~60 px under the tiles; the footer starts below
    assert footer.yshift <= -45 - 60
    # … and the room it takes is added to the chart, not taken from the tiles
    plot_height = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    assert plot_height == 560 - fig.layout.margin.t - (fig.layout.margin.b - 60)
    assert (
        fig.layout.margin.b - (-footer.yshift)
        >= plain.layout.margin.b - 45 - plain.layout.meta["legend_px"]
    )


def test_article_text_is_escaped_and_the_sentence_highlighted():
    body = "标题<b>粗体</b>\n发放[资金]*100*万元，惠及群众。"
    start = body.index("100")
    out = transforms.highlighted_article(body, start, start + 6, "发放[资金]*100*万元")
    assert "<b>" not in out.replace("\\<b\\>", "")
    # the whole sentence is highlighted, not only the quoted clause
    assert r":orange-background[**发放\[资金\]\*100\*万元，惠及群众。**]" in out


def test_headline_figure_is_shown_highlighted_above_the_body():
    body = "全区发放救助金120万元。"
    out = transforms.highlighted_article(body, -12, -7, "区民政局下拨*300*万元")
    assert out.startswith(r":orange-background[**区民政局下拨\*300\*万元**]")
    assert out.endswith("全区发放救助金120万元。")


def test_filters_round_trip_through_the_url():
    provinces, seasons = ["湖南", "青海"], [2022, 2023, 2024]
    defaults = parse({}, provinces, seasons)
    chosen = Filters(("湖南",), 2023, 2024, "funds_raised", "both", "en")
    params = to_params(chosen, defaults)
    assert parse(params, provinces, seasons) == chosen
    assert (
        parse({"province": "火星", "from": "1900", "metric": "drop table"}, provinces, seasons)
        == defaults
    )


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "人均（每人）救助：测算值与公布标准（元/人）",
            ["人均（每人）救助：测算值与公布标准", "（元/人）"],
        ),
        ("发放资金各省历年变化（元）", ["发放资金各省历年变化（元）"]),
    ],
)
def test_a_chinese_chart_title_breaks_before_its_unit_not_inside_it(title, lines):
    assert charts.wrap_title(title, 19) == lines


def test_a_chinese_subtitle_breaks_after_a_clause_not_inside_a_word():
    text = "走访、慰问、入户、惠及、覆盖的户数；省级口径；无省级数字的省份列出其市县（单列）"
    lines = charts.wrap_words(text, 27)
    assert "".join(lines) == text and all(len(line) <= 27 for line in lines)
    assert lines[0].endswith("；") and lines[1].startswith("无省级数字")
    # a run with no clause mark in reach is still cut at the width
    assert charts.wrap_words("一" * 60, 27) == ["一" * 27, "一" * 27, "一" * 6]


def test_a_provinces_plan_does_not_hide_the_results_its_cities_reported():
    province = households_rows([("湖南", None, "planned", 2024, 536000.0)]).drop("place")
    places = households_rows(
        [("湖南", "资兴市", "actual", 2024, 1962.0), ("湖南", "资兴市", "actual", 2023, 1800.0)]
    )
    shown = transforms.trend_frame(
        province, places, "households_reached", "households", ("actual", "planned")
    )
    assert set(zip(shown["level"], shown["status"], strict=True)) == {
        ("province", "planned"),
        ("place", "actual"),
    }


def test_a_chart_of_a_provinces_places_draws_the_place_its_overview_card_shows():
    # three places reported in more seasons; the card shows the largest of the latest season
    places = households_rows(
        [
            ("湖南", place, "actual", season, 10.0)
            for place in ("甲村", "乙村", "丙村")
            for season in (2021, 2022, 2023)
        ]
        + [("湖南", "新宁县", "actual", 2024, 8300.0), ("湖南", "岳阳市", "actual", 2024, 8000.0)]
    )
    province = places.clear().drop("place")
    shown = transforms.trend_frame(
        province, places, "households_reached", "households", ("actual",)
    )
    assert "新宁县" in shown["place"].to_list() and shown["place"].n_unique() == 3


def test_a_status_shown_by_cities_alone_is_named_beside_a_provinces_plan():
    province = households_rows([("湖南", None, "planned", 2024, 536000.0)]).drop("place")
    places = households_rows(
        [("湖南", "资兴市", "actual", 2024, 1962.0), ("青海", "西宁市", "actual", 2024, 9.0)]
    )
    shown = transforms.trend_frame(
        province, places, "households_reached", "households", ("actual", "planned")
    )
    assert transforms.places_only(shown, ["湖南", "青海"]) == [("湖南", "actual"), ("青海", None)]


def test_a_chart_of_derived_points_and_stated_rates_credits_both_sources():
    derived = pl.DataFrame({"publisher": ["甲县民政局", "乙市慈善总会"], "value": [300.0, 500.0]})
    stated = pl.DataFrame({"publisher": ["丙省民政厅"], "value": [800.0]})
    line = transforms.sources_of("zh", derived, stated)
    assert all(name in line for name in ("甲县民政局", "乙市慈善总会", "丙省民政厅"))
    assert transforms.sources_of("zh", derived.clear(), stated.clear()) == "—"


@pytest.mark.parametrize("top", [3.0, 7.0, 12.0, 13.0, 24.0])
def test_small_counts_get_whole_number_ticks(top):
    ticks = charts.nice_ticks([top], "zh")["tickvals"]
    assert all(float(v).is_integer() for v in ticks) and ticks[-1] >= top


def test_a_series_of_several_places_named_by_their_province_says_so():
    rows = households_rows([("青海", "青海省", "actual", 2024, 120.0)]).with_columns(
        pl.lit("place").alias("level")
    )
    text = charts.ChartText("t", "households", "s", "n", "f")
    names = {trace.name for trace in charts.season_trend(rows, range(2023, 2025), text, "zh").data}
    assert "青海·多个市县 · 实际" in names and not any("青海省（市县）" in n for n in names if n)


def test_the_footer_of_an_english_chart_sits_below_its_axis_title():
    rows = households_rows([("青海", None, "actual", 2024, 120.0)]).with_columns(
        pl.lit("province").alias("level")
    )
    text = charts.ChartText("t", "households", "s", "n", "f")
    zh, en = (charts.season_trend(rows, range(2023, 2025), text, lang) for lang in ("zh", "en"))
    footer = {
        lang: next(a for a in fig.layout.annotations if a.name == "footer")
        for lang, fig in (("zh", zh), ("en", en))
    }
    assert en.layout.xaxis.title.text and not zh.layout.xaxis.title.text
    assert footer["en"].yshift < footer["zh"].yshift
    assert en.layout.margin.b - zh.layout.margin.b == footer["zh"].yshift - footer["en"].yshift


def test_an_english_chart_names_a_season_by_both_its_years_and_a_chinese_one_by_its_festival():
    rows = households_rows([("青海", None, "actual", 2024, 120.0)]).with_columns(
        pl.lit("province").alias("level")
    )
    text = charts.ChartText("t", "households", "s", "n", "f")
    zh, en = (charts.season_trend(rows, range(2023, 2025), text, lang) for lang in ("zh", "en"))
    assert list(en.layout.xaxis.categoryarray) == ["2022–23", "2023–24"]
    assert list(zh.layout.xaxis.categoryarray) == ["2023季", "2024季"]
    assert t("vs_season", "en", s=2000) == "vs season 1999–00"
    assert t("season_range", "en", s=2019, s_to=2024) == "Seasons 2018–19 to 2023–24"
    assert t("season_range", "zh", s=2019, s_to=2024) == "2019季–2024季"


def _many_series(n: int) -> go.Figure:
    places = [f"第{i}镇" for i in range(n)]
    rows = households_rows([("青海", p, "actual", 2024, 10.0 + i) for i, p in enumerate(places)])
    text = charts.ChartText("t", "households", "s", "n", "f")
    return charts.season_trend(
        rows.with_columns(pl.lit("place").alias("level")), range(2023, 2025), text, "zh"
    )


def _legends(fig: go.Figure) -> dict[str, list[str]]:
    shown: dict[str, list[str]] = {}
    for trace in fig.data:
        if trace.showlegend is not False:
            shown.setdefault(trace.legend or "legend", []).append(trace.name)
    return shown


def test_an_exported_chart_lists_every_series_of_a_long_legend_in_columns():
    fig = _many_series(40)
    wide = for_export(fig, width=1280, height=720, lang="zh")
    legends = _legends(wide)
    assert len(legends) >= 2  # one column of 40 entries would run off a 720-px image
    assert sorted(n for names in legends.values() for n in names) == sorted(
        tr.name for tr in fig.data if tr.showlegend is not False
    )
    room = 720 - wide.layout.margin.t - wide.layout.margin.b
    assert all(len(names) * charts.LEGEND_ROW_PX <= room for names in legends.values())
    lefts = [wide.layout[name].x for name in sorted(legends, key=lambda k: (len(k), k))]
    assert lefts == sorted(lefts) and lefts[0] > 1  # right of the plot (paper 1 is its edge)
    assert not any("未列入图例" in (a.text or "") for a in wide.layout.annotations)


def test_an_exported_chart_says_how_many_series_its_legend_leaves_out():
    fig = _many_series(150)
    wide = for_export(fig, width=1280, height=720, lang="en")
    listed = sum(len(names) for names in _legends(wide).values())
    assert listed < 150 and wide.layout.margin.r <= 1280 * 0.5 + 30
    note = next(a.text for a in wide.layout.annotations if "more series" in (a.text or ""))
    assert note.startswith(f"{150 - listed} more series")


def test_a_long_legend_below_the_chart_gets_the_room_made_for_it():
    fig = _many_series(30)
    # groups (a series' line and its markers) would each add a gap to the 21-px rows
    assert fig.layout.legend.tracegroupgap == 0
    assert fig.layout.meta["legend_px"] >= 30 * charts.LEGEND_ROW_PX


def test_an_exported_chart_of_many_seasons_labels_every_other_one_level():
    rows = households_rows([("青海", None, "actual", 2024, 120.0)]).with_columns(
        pl.lit("province").alias("level")
    )
    text = charts.ChartText("t", "households", "s", "n", "f")
    many = for_export(
        charts.season_trend(rows, range(2002, 2027), text, "zh"), width=1280, height=720, lang="zh"
    )
    few = for_export(
        charts.season_trend(rows, range(2020, 2027), text, "zh"), width=1280, height=720, lang="zh"
    )
    assert many.layout.xaxis.ticklabelstep >= 2 and many.layout.xaxis.tickangle == 0
    assert few.layout.xaxis.ticklabelstep is None
    # a slide too: the overview's briefing draws thirty seasons on an 800-px image
    slide = for_slide(charts.season_trend(rows, range(1996, 2027), text, "zh"), 800, 450, "zh")
    assert slide.layout.xaxis.ticklabelstep >= 3 and slide.layout.xaxis.tickangle == 0


def test_a_slide_of_many_series_names_them_beside_the_plot_and_counts_the_rest():
    few, many = _many_series(4), _many_series(40)
    below = for_slide(few, 800, 450, "zh")
    assert below.layout.legend.orientation == "h"  # a few series: a row under the plot
    beside = for_slide(many, 800, 450, "en")
    legends = _legends(beside)
    listed = sum(len(names) for names in legends.values())
    # rows under the plot would leave it no room on an 800 × 450 image: columns beside it
    assert beside.layout.legend.orientation == "v" and beside.layout.margin.b < 100
    assert beside.layout.margin.r <= 800 * 0.5 + 30
    note = next(a.text for a in beside.layout.annotations if "more series" in (a.text or ""))
    assert listed < 40 and note.startswith(f"{40 - listed} more series")


def test_a_citys_stated_rate_is_drawn_apart_from_its_provinces_and_named_by_the_city():
    standards = pl.DataFrame(
        {
            "province": ["青海", "青海"],
            "place": ["青海省", "西宁市"],
            "level": ["province", "city"],
            "season": [2024, 2024],
            "value": [600.0, 800.0],
            "unit": ["yuan_per_household"] * 2,
            "qualifier": ["exact"] * 2,
            "quote": ["每户600元", "每户800元"],
        }
    )
    fig = charts.add_standards(_many_series(1), standards, "zh")
    rates = {tr.name: tr for tr in fig.data if "公布的救助标准" in (tr.name or "")}
    assert {name: list(tr.y) for name, tr in rates.items()} == {
        "青海 · 公布的救助标准": [600.0],
        "青海·各地 · 公布的救助标准": [800.0],
    }
    assert rates["青海·各地 · 公布的救助标准"].hovertext[0].startswith("西宁市：800元/户")


def test_a_rate_restated_by_several_reports_is_one_point_whose_quote_is_text():
    standards = pl.DataFrame(
        {
            "province": ["青海"] * 3,
            "place": ["青海省"] * 3,
            "level": ["province"] * 3,
            "season": [2024, 2024, 2024],
            "value": [600.0, 600.0, 900.0],
            "unit": ["yuan_per_household"] * 3,
            "qualifier": ["exact"] * 3,
            "quote": ["<b>低保户</b>每户600元", "低保户每户600元", "特困户每户900元"],
        }
    )
    fig = charts.add_standards(_many_series(1), standards, "zh")
    (rates,) = [tr for tr in fig.data if "公布的救助标准" in (tr.name or "")]
    assert list(rates.y) == [600.0, 900.0]
    assert "2篇报告公布了这一标准" in rates.hovertext[0]
    assert "&lt;b&gt;低保户&lt;/b&gt;" in rates.hovertext[0]  # shown as text, never as markup
    assert "篇报告" not in rates.hovertext[1]


def test_a_legend_too_long_for_its_room_leaves_out_places_before_stated_rates():
    fig = _many_series(150)
    standards = pl.DataFrame(
        {
            "province": ["青海"],
            "season": [2024],
            "value": [600.0],
            "unit": ["yuan_per_household"],
            "qualifier": ["exact"],
            "quote": ["每户600元"],
        }
    )
    fig = charts.add_standards(fig, standards, "zh")
    listed = [n for names in _legends(for_export(fig, 1280, 720, "zh")).values() for n in names]
    assert "青海 · 公布的救助标准" in listed and len(listed) < 151


def test_a_place_series_names_the_level_its_name_ends_with():
    assert charts.place_series("湖南", "资兴市", "zh") == "湖南·资兴市（市县）"
    assert charts.place_series("湖南", "青山镇", "zh") == "湖南·青山镇（乡镇街道）"
    assert charts.place_series("湖南", "宏路街道", "zh") == "湖南·宏路街道（乡镇街道）"
    assert charts.place_series("湖南", "札子村", "zh") == "湖南·札子村（村社区）"
    assert charts.place_series("湖南", "小花社区", "zh") == "湖南·小花社区（村社区）"
    assert charts.place_series("Hunan", "资兴市", "en").endswith("(local)")


def _per_capita_rows(places: int) -> pl.DataFrame:
    """Hunan's own per-person aid in two seasons and one value of each of `places` counties."""
    n = places + 2
    return pl.DataFrame(
        {
            "province": ["湖南"] * n,
            "place": ["湖南省", "湖南省"] + [f"第{k}县" for k in range(places)],
            "level": ["province", "province"] + ["place"] * places,
            "status": ["actual"] * n,
            "season": [2023, 2024] + [2020 + k % 5 for k in range(places)],
            "value": [500.0, 520.0] + [300.0 + 10 * k for k in range(places)],
            "qualifier": ["exact"] * n,
            "unit": ["yuan_per_person"] * n,
            "publisher": ["湖南省民政厅"] * n,
        }
    )


def test_per_capita_chart_draws_many_places_as_one_series_naming_each_point():
    text = charts.ChartText("人均救助", "yuan_per_person", "湖南省民政厅")
    fig = charts.per_capita_chart(
        _per_capita_rows(30), pl.DataFrame(), range(2019, 2026), text, "zh"
    )
    named = [tr.name for tr in fig.data if tr.name and tr.showlegend is not False]
    assert named == ["湖南 · 实际", "湖南·各地 · 实际"]
    places = next(tr for tr in fig.data if tr.name == "湖南·各地 · 实际")
    assert len(places.y) == 30 and places.hovertext[0] == "第0县：300元/人"
    # the places share their province's colour
    own = next(tr for tr in fig.data if tr.name == "湖南 · 实际")
    assert places.marker.line.color == own.line.color


def test_a_crowded_per_capita_chart_leaves_its_qualifier_marks_to_the_hover():
    text = charts.ChartText("人均救助", "yuan_per_person", "湖南省民政厅")

    def approx(places: int) -> pl.DataFrame:
        return _per_capita_rows(places).with_columns(pl.lit("approx").alias("qualifier"))

    few = charts.per_capita_chart(approx(8), pl.DataFrame(), range(2019, 2026), text, "zh")
    marks = [m for tr in few.data if tr.text is not None for m in tr.text]
    assert "约" in marks
    many = charts.per_capita_chart(approx(60), pl.DataFrame(), range(2019, 2026), text, "zh")
    assert not any("约" in (m or "") for tr in many.data if tr.text is not None for m in tr.text)
    places = next(tr for tr in many.data if tr.name == "湖南·各地 · 实际")
    assert "约" in places.hovertext[0]


def test_a_few_far_larger_values_are_drawn_at_the_axis_top_and_marked():
    standards = pl.DataFrame(
        {
            "province": ["湖南"],
            "place": ["某县"],
            "level": ["county"],
            "season": [2024],
            "value": [10000.0],
            "unit": ["yuan_per_person"],
            "qualifier": ["exact"],
            "quote": ["每人补助10000元"],
        }
    )
    text = charts.ChartText("人均救助", "yuan_per_person", "湖南省民政厅")
    fig = charts.per_capita_chart(_per_capita_rows(10), standards, range(2019, 2026), text, "zh")
    top = fig.layout.yaxis.range[1]
    assert 520 < top < 1000  # the largest value drawn to scale is Hunan's own 520
    rate = next(tr for tr in fig.data if "公布的救助标准" in (tr.name or ""))
    assert rate.y[0] <= top and rate.text[0] == "↑1万"
    assert "10000" in rate.hovertext[0] or "1万" in rate.hovertext[0]
    assert "以↑标注" in fig.layout.meta["note"]
    # a value twice as large as the next is far; one a little larger is drawn to scale
    near = standards.with_columns(pl.lit(900.0).alias("value"))
    drawn = charts.per_capita_chart(_per_capita_rows(10), near, range(2019, 2026), text, "zh")
    assert "clipped_above" not in drawn.layout.meta
    assert drawn.layout.yaxis.range[1] >= 900
    # without the far value every point is drawn to scale
    plain = charts.per_capita_chart(
        _per_capita_rows(10), pl.DataFrame(), range(2019, 2026), text, "zh"
    )
    assert "clipped_above" not in plain.layout.meta


def test_a_per_capita_charts_data_holds_the_stated_standards_it_draws():
    stated = pl.DataFrame(
        {
            "province": ["湖南"],
            "place": ["某县"],
            "level": ["county"],
            "season": [2024],
            "value": [800.0],
            "unit": ["yuan_per_person"],
            "qualifier": ["exact"],
            "quote": ["每人800元"],
            "publisher": ["某县民政局"],
        }
    )
    rows = transforms.per_capita_chart_data(_per_capita_rows(3), stated)
    assert rows.filter(pl.col("status") == "standard")["value"].to_list() == [800.0]
    assert rows.filter(pl.col("status") == "actual").height == 5


def test_a_province_keeps_its_colour_in_both_per_capita_charts():
    text = charts.ChartText("人均救助", "yuan_per_person", "s")
    hunan = _per_capita_rows(3)
    both = pl.concat([hunan.with_columns(pl.lit("北京").alias("province")), hunan])
    focus = ("北京", "湖南")
    first = charts.per_capita_chart(both, pl.DataFrame(), range(2019, 2026), text, "zh", focus)
    second = charts.per_capita_chart(hunan, pl.DataFrame(), range(2019, 2026), text, "zh", focus)

    def colour(fig, name):
        return next(tr.line.color or tr.marker.line.color for tr in fig.data if tr.name == name)

    for name in ("湖南 · 实际", "湖南·各地 · 实际"):
        assert colour(first, name) == colour(second, name)


def test_a_card_resting_on_a_town_says_it_is_a_towns_figure():
    from presentation.i18n import place_level, t

    words = {
        place: t("level_place", "zh", p=place, k=place_level(place, "zh"))
        for place in ("沈阳市", "常胜乡", "小花社区")
    }
    assert words == {
        "沈阳市": "仅沈阳市（市县数字，不计入全省）",
        "常胜乡": "仅常胜乡（乡镇街道数字，不计入全省）",
        "小花社区": "仅小花社区（村社区数字，不计入全省）",
    }
    assert place_level("常胜乡", "en") == "township"


def test_a_grid_cell_cuts_a_long_place_name_and_the_hover_keeps_it_whole():
    assert heatmaps._cell_name("Chengdong District", "en") == "Chengdong Dis…"
    assert heatmaps._cell_name("several places", "en") == "several places"
    assert heatmaps._cell_name("玉树藏族自治州", "zh") == "玉树藏族自…"
    assert heatmaps._cell_name("资兴市", "zh") == "资兴市"


def test_the_coverage_grid_lists_provinces_in_the_countrys_official_order():
    grid = pl.DataFrame(
        {
            "province": ["上海", "云南", "内蒙古", "北京"],
            "season": [2024] * 4,
            "n_documents": [1, 2, 3, 4],
            "n_figures": [5, 6, 7, 8],
            "has_report": [True] * 4,
        }
    )
    fig = heatmaps.coverage_grid(grid, charts.ChartText("t", "", "s"), "zh")
    assert list(fig.data[0].y) == ["北京", "内蒙古", "上海", "云南"]


def test_the_coverage_grid_of_forty_seasons_fits_a_desktop_page_without_scrolling():
    seasons = list(range(1988, 2028))
    grid = pl.DataFrame(
        {
            "province": ["山东"] * len(seasons),
            "season": seasons,
            "n_documents": [12] * len(seasons),
            "n_figures": [40] * len(seasons),
            "has_report": [True] * len(seasons),
        }
    )
    fig = heatmaps.coverage_grid(grid, charts.ChartText("t", "", "s"), "zh")
    # the main column of the page is about 980 pixels wide on a 1440-pixel screen; a phone
    # scrolls the grid sideways instead
    assert fig.layout.meta["min_width"] <= 980


def test_a_places_series_never_takes_a_chosen_provinces_colour():
    rows = pl.DataFrame(
        {
            "province": ["辽宁", "湖南", "湖南"],
            "place": [None, "资兴市", "长沙市"],
            "level": ["province", "place", "place"],
            "season": [2024, 2024, 2023],
            "status": ["actual"] * 3,
            "value": [238000.0, 1962.0, 5000.0],
            "qualifier": ["exact"] * 3,
            "unit": ["households"] * 3,
            "publisher": ["某报"] * 3,
        }
    )
    colors = charts.province_colors(["黑龙江", "青海", "湖南", "辽宁"])
    fig = charts.season_trend(
        rows, range(2022, 2025), charts.ChartText("t", "households", "s"), "zh", colors
    )
    places = {tr.line.color for tr in fig.data if tr.marker.symbol == "square"}
    assert places and not places & set(colors.values())


def test_a_source_line_names_publishers_before_reposts():
    line = transforms.publishers_line(
        ["转载镜像页（原发媒体未署名）"] * 3 + ["某论坛转载"] * 2 + ["湖南日报", "公益时报"],
        "zh",
        limit=2,
    )
    assert line == "公益时报；湖南日报 等4家"


def test_a_lower_bound_is_marked_alike_in_charts_and_in_table_cells():
    from presentation import format

    cell = format.compact(1500, "at_least", "en")
    assert cell == "≥1.5k" and charts.QUALIFIER_MARK["en"]["at_least"] == "≥"
