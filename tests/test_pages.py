"""Dashboard pages under Streamlit's AppTest, on the bundled warehouse and on empty ones."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from app.data import WAREHOUSE_ENV
from etl.building.build import build_warehouse
from tests.conftest import ROOT, copy_seed_reports

TIMEOUT = 60


def app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


@pytest.fixture
def bundled(seed_warehouse, monkeypatch) -> Path:
    monkeypatch.setenv(WAREHOUSE_ENV, str(seed_warehouse))
    return seed_warehouse


@pytest.fixture
def empty_warehouse(tmp_path, monkeypatch) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    live = tmp_path / "empty.duckdb"
    build_warehouse(reports, live, quiet=True)
    monkeypatch.setenv(WAREHOUSE_ENV, str(live))
    return live


def metric_values(at: AppTest) -> list[str]:
    return [m.value for m in at.metric]


def _walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def cards(at: AppTest) -> dict[str, dict[str, object]]:
    """The overview's cards by province (the subheader above them) and label."""
    out: dict[str, dict[str, object]] = {}
    province = None
    for node in _walk(at.main):
        if type(node).__name__ == "Subheader":
            province = node.value
        elif type(node).__name__ == "Metric":
            out.setdefault(province, {})[node.label] = node
    return out


def test_overview_shows_a_row_per_focus_province_with_latest_value_and_change(bundled):
    at = app()
    assert not at.exception
    rows = cards(at)
    assert list(rows) == ["黑龙江", "青海", "湖南", "辽宁"]
    assert all(len(row) == 4 for row in rows.values())
    funds = rows["湖南"]["筹集款物"]
    assert funds.value == "约3.5亿元"
    # the change is against the previous *reported* season, and names it
    assert funds.proto.delta == "-7.9%" and funds.proto.delta_description == "较2022季"
    assert any(c.value.startswith("2024季 · 全省") for c in at.caption)
    assert any(c.value.startswith("数据来源：") for c in at.caption)


def test_a_province_without_province_figures_shows_its_cities_named(bundled):
    at = app({"province": "辽宁"})
    assert not at.exception
    assert list(cards(at)) == ["辽宁"]
    assert not any("暂无数据" in i.value for i in at.info)
    assert any("仅沈阳市（市县数字，不计入全省）" in c.value for c in at.caption)
    # the card's own label says whose number it is, over the number
    assert any(label.endswith("（仅沈阳市）") for label in cards(at)["辽宁"])


def test_each_page_shows_only_the_filters_it_uses_and_keeps_the_others(bundled):
    at = app({"metric": "funds_raised"})
    assert not at.sidebar.selectbox  # the overview has its own four metrics
    at.switch_page(str(ROOT / "app_pages" / "sources.py")).run()
    assert not at.sidebar.selectbox and not at.sidebar.select_slider and len(at.sidebar.radio) == 1
    # the grid counts reports, which are neither actual nor planned: its line cites no status
    line = next(c.value for c in at.caption if "筛选：" in c.value)
    assert "实际" not in line and "计划" not in line
    at.switch_page(str(ROOT / "app_pages" / "trends.py")).run()
    assert at.sidebar.selectbox[0].label == "指标"
    assert at.sidebar.selectbox[0].value == "funds_raised"  # kept while it was hidden
    assert at.sidebar.select_slider


def test_overview_planned_figures_are_listed_apart(bundled):
    at = app({"status": "both"})
    planned = at.dataframe[-1].value  # the planned table comes last
    assert set(planned["口径"]) == {"计划"}
    assert "53.6万户" in planned["数值"].to_list()
    assert "53.6万户" not in metric_values(at)


def test_changing_the_province_filter_changes_the_numbers(bundled):
    at = app()
    before = metric_values(at)
    at.sidebar.multiselect[0].select("青海").run()
    assert not at.exception
    assert metric_values(at) != before
    assert list(cards(at)) == ["青海"]
    assert cards(at)["青海"]["走访慰问户数"].value == "16.19万户"
    assert at.query_params["province"] in ("青海", ["青海"])


def test_url_parameters_restore_the_view(bundled):
    at = app({"province": "湖南", "lang": "en"})
    assert not at.exception
    assert at.sidebar.multiselect[0].value == ["湖南"]
    assert list(cards(at)) == ["Hunan"]
    assert "Funds raised" in cards(at)["Hunan"]


PAGES = ["overview", "trends", "provinces", "per_capita", "figures", "sources"]


def page(name: str, query: dict[str, str] | None = None) -> AppTest:
    at = app(query)
    if name != "overview":
        at.switch_page(str(ROOT / "app_pages" / f"{name}.py")).run()
    return at


def chart_traces(at: AppTest) -> list[dict]:
    return [
        trace for chart in at.get("plotly_chart") for trace in json.loads(chart.proto.spec)["data"]
    ]


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_on_the_bundled_warehouse(name, bundled):
    at = page(name)
    assert not at.exception, [e.message for e in at.exception]
    assert at.title[0].value
    # The router ran: its language switch and shared filters are in the sidebar.
    assert at.sidebar.radio, "the router's language switch is missing"
    assert at.sidebar.multiselect, "the router's province filter is missing"
    if name in ("trends", "provinces", "per_capita", "sources"):
        assert at.get("plotly_chart"), "no chart on the page"
    if name in ("figures", "sources"):
        assert at.dataframe


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_without_data_every_page_says_how_to_load_reports(
    name, kind, empty_warehouse, tmp_path, monkeypatch
):
    if kind == "missing":
        monkeypatch.setenv(WAREHOUSE_ENV, str(tmp_path / "nothing-here.duckdb"))
    at = page(name)
    assert not at.exception
    assert any("python -m etl build" in i.value for i in at.info)


def test_trends_follow_the_metric_and_province_filters(bundled):
    everywhere = {
        t.get("name")
        for t in chart_traces(page("trends", {"metric": "households_reached", "status": "both"}))
    }
    assert {"湖南 · 计划", "青海 · 实际"} <= everywhere
    qinghai = {
        t.get("name")
        for t in chart_traces(page("trends", {"metric": "aid_disbursed", "province": "青海"}))
    }
    assert qinghai - {None} and all(n.startswith("青海") for n in qinghai if n)


def test_a_newly_published_warehouse_is_picked_up_without_restart(tmp_path, monkeypatch):
    live = tmp_path / "live.duckdb"
    build_warehouse(ROOT / "tests" / "fixtures" / "rules", live, quiet=True)
    monkeypatch.setenv(WAREHOUSE_ENV, str(live))
    at = app()
    assert "3亿元" in metric_values(at)
    staged = tmp_path / "next.duckdb"
    build_warehouse(copy_seed_reports(tmp_path / "seed"), staged, quiet=True)
    staged.replace(live)
    at.run()
    assert "约3.5亿元" in metric_values(at)


@pytest.mark.parametrize(
    ("name", "table", "hint"),
    [("figures", 0, "下载完整数据"), ("sources", 1, "选择省份"), ("provinces", -1, "共")],
)
def test_long_tables_show_the_newest_rows_and_say_how_many_there_are(
    name, table, hint, bundled, monkeypatch
):
    import presentation.tables

    monkeypatch.setattr(presentation.tables, "MAX_ROWS", 2)
    at = page(name, {"province": "湖南", "status": "both"} if name == "provinces" else None)
    assert not at.exception
    shown = at.dataframe[table].value
    assert len(shown) == 2
    dates = shown[next(c for c in shown.columns if c in ("发布日期", "日期"))].to_list()
    assert dates == sorted(dates, reverse=True)
    if name == "provinces":
        assert set(shown["省份"]) == {"湖南"}
    notes = [c.value for c in at.caption if "显示最新的 2 条" in c.value]
    assert len(notes) == 1 and hint in notes[0]


def test_the_figures_table_lists_aid_standards_beside_actual_figures_only_when_asked(bundled):
    at = page("figures", {"status": "actual"})
    statuses = set(at.dataframe[0].value["口径"])
    assert statuses == {"实际", "标准"}
    assert any("含救助标准" in c.value for c in at.caption)
    at.toggle(key="switch_standards").set_value(False).run()
    assert not at.exception
    assert set(at.dataframe[0].value["口径"]) == {"实际"}
    assert not any("含救助标准" in c.value for c in at.caption)
    assert at.query_params["standards"] in ("0", ["0"])  # a shared link keeps the switch
    shared = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    shared.query_params.update({"status": "actual", "standards": "0"})
    shared.switch_page(str(ROOT / "app_pages" / "figures.py")).run()  # the link opened anew
    assert shared.toggle(key="switch_standards").value is False
    assert set(shared.dataframe[0].value["口径"]) == {"实际"}
    # one metric other than the standards: none can be listed, and the count line says none
    one = page("figures", {"status": "actual", "metric": "funds_raised"})
    one.toggle(key="switch_all_metrics").set_value(False).run()
    assert set(one.dataframe[0].value["口径"]) == {"实际"}
    assert not any("含救助标准" in c.value for c in one.caption)


def test_the_within_season_chart_names_the_one_season_it_shows(bundled):
    at = page("trends", {"metric": "households_reached"})
    assert not at.exception
    specs = [json.loads(chart.proto.spec)["layout"] for chart in at.get("plotly_chart")]
    within = next(s for s in specs if "季内" in s["title"]["text"])
    season = re.search(r"(\d{4})季内", within["title"]["text"]).group(1)
    assert within["meta"]["filters"].endswith(f"{season}季 · 实际")
    assert "–" not in within["meta"]["filters"]


def test_a_province_with_only_city_figures_is_never_a_dead_end(bundled):
    trends = page("trends", {"province": "辽宁"})
    assert not trends.exception
    names = {t.get("name") for t in chart_traces(trends)} - {None}
    assert "辽宁·沈阳市（市县） · 实际" in names
    assert any(c.value == "辽宁：仅有市县数字" for c in trends.caption)
    provinces = page("provinces")
    opened = provinces.selectbox(key="province_open")
    assert "辽宁" in opened.options and "青海" in opened.options
    opened.select("辽宁").run()
    assert not provinces.exception
    assert any("辽宁·沈阳市（市县）" in (t.get("name") or "") for t in chart_traces(provinces))
    assert not any("暂无数据" in i.value for i in provinces.info)


def test_per_capita_charts_credit_the_reports_their_points_come_from(bundled):
    import warehouse

    scope = {
        "provinces": ["黑龙江", "青海", "湖南", "辽宁"],
        "season_from": 2019,
        "season_to": 2026,
    }
    with warehouse.connect(bundled) as con:
        derived = warehouse.query(con, "per_capita", scope)
        stated = warehouse.query(con, "standards", scope)
    publishers = {
        p.split("（")[0]
        for frame, keep in (
            (derived, (pl.col("basis") == "per_person") & (pl.col("status") == "actual")),
            (stated, pl.col("unit") == "yuan_per_person"),
        )
        for p in frame.filter(keep)["publisher"]
    }
    at = page("per_capita")
    assert not at.exception
    line = next(c.value for c in at.caption if c.value.startswith("数据来源："))
    named = line.removeprefix("数据来源：").strip().split(" 等")[0].split("；")
    count = int(line.split(" 等")[1].split("家")[0]) if " 等" in line else len(named)
    assert count == len(publishers)
    # each chart states its own formula under it: a household's aid is divided by households
    notes = [c.value for c in at.caption if c.value.startswith("数据来源：")]
    per_person = [n for n in notes if "÷ 救助人数" in n]
    per_household = [n for n in notes if "÷ 走访慰问户数" in n]
    assert per_person and per_household and not set(per_person) & set(per_household)


def test_the_places_table_follows_the_status_filter(bundled):
    import warehouse

    with warehouse.connect(bundled) as con:
        both = warehouse.mart(con, "place_season_metrics")
    kinds = both.group_by("province", "metric").agg(pl.col("status").n_unique().alias("n"))
    province, metric = kinds.filter(pl.col("n") > 1).sort("province", "metric").row(0)[:2]
    query = {"province": province, "metric": metric}

    def statuses(at: AppTest) -> set[str]:
        assert not at.exception
        return {v for df in at.dataframe if "口径" in df.value.columns for v in df.value["口径"]}

    assert statuses(page("provinces", {**query, "status": "both"})) == {"实际", "计划"}
    assert statuses(page("provinces", query)) == {"实际"}


def test_the_planned_figures_set_apart_name_their_season(bundled):
    at = app({"status": "both"})
    assert not at.exception
    planned = [df.value for df in at.dataframe if "口径" in df.value.columns]
    assert planned and all("救助季" in df.columns for df in planned)
    assert all(str(s).endswith("季") for df in planned for s in df["救助季"])


def test_a_page_that_offers_a_download_in_words_has_one():
    import re

    from presentation.i18n import TEXT

    offering = {key for key, text in TEXT.items() if "下载" in text.get("zh", "")}
    for path in (ROOT / "app_pages").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        used = set(re.findall(r"[\"'](\w+)[\"']", source)) & offering
        if used:
            assert re.search(r"download|show_chart|downloads\(", source), (path.name, used)


def test_the_bars_note_says_how_plans_are_drawn_when_they_are(bundled):
    def notes(query: dict[str, str]) -> str:
        at = page("provinces", query)
        assert not at.exception
        return " ".join(c.value for c in at.caption)

    assert "计划数均不计入" in notes({})
    both = notes({"status": "both"})
    assert "斜线柱" in both and "计划数均不计入" not in both


def test_the_sources_page_says_the_seasons_it_lists_not_the_hidden_season_filter(bundled):
    at = app({"province": "湖南", "from": "2020", "to": "2024", "lang": "en"})
    at.switch_page(str(ROOT / "app_pages" / "sources.py")).run()
    assert not at.exception
    filter_lines = [c.value for c in at.caption if "Filters:" in c.value]
    assert filter_lines and all("Seasons 2019–20 to 2023–24" not in line for line in filter_lines)
    assert any(re.search(r"Seasons (19|20)\d\d–\d\d to 20\d\d–\d\d", line) for line in filter_lines)


def test_the_province_map_and_bars_name_the_season_they_show(bundled):
    at = page("provinces")
    season = at.selectbox(key="province_season").value
    lines = [c.value for c in at.caption if "筛选：" in c.value][:2]
    assert len(lines) == 2
    assert all(f"· {season}季 ·" in line and "–" not in line.split("筛选：")[1] for line in lines)


def test_a_chosen_province_the_trend_chart_leaves_out_is_named_as_having_no_figure(bundled):
    at = page("trends", {"metric": "households_reached", "status": "planned"})
    drawn = " ".join(t.get("name") or "" for t in chart_traces(at))
    missing = [p for p in ("黑龙江", "青海", "湖南", "辽宁") if p not in drawn]
    assert missing  # the bundled reports state no planned households for some of them
    captions = " ".join(c.value for c in at.caption)
    assert all(f"{p}在所选救助季没有“走访慰问户数”数字" in captions for p in missing)


def test_the_season_filter_names_seasons_as_each_language_does(bundled):
    english = app({"lang": "en"})
    english.switch_page(str(ROOT / "app_pages" / "trends.py")).run()
    assert not english.exception
    (seasons,) = english.sidebar.select_slider
    assert all(re.fullmatch(r"Season \d{4}–\d{2}", s) for s in seasons.options)
    chinese = app({})
    chinese.switch_page(str(ROOT / "app_pages" / "trends.py")).run()
    assert all(re.fullmatch(r"\d{4}季", s) for s in chinese.sidebar.select_slider[0].options)


def test_the_sources_page_gives_why_a_report_was_refused_in_the_readers_language(
    tmp_path, monkeypatch
):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "kept.txt").write_text(
        "某县民政局开展春节走访慰问，共走访困难群众120户，发放慰问金3.6万元。", encoding="utf-8"
    )
    (reports / "blank.txt").write_bytes(b"")
    live = tmp_path / "w.duckdb"
    build_warehouse(reports, live, quiet=True)
    monkeypatch.setenv(WAREHOUSE_ENV, str(live))
    at = app()
    at.switch_page(str(ROOT / "app_pages" / "sources.py")).run()
    refused = at.dataframe[-1].value
    assert refused.to_dict("records") == [{"报告文件": "blank.txt", "原因": "文件为空"}]
    at = app({"lang": "en"})
    at.switch_page(str(ROOT / "app_pages" / "sources.py")).run()
    assert at.dataframe[-1].value.iloc[0].tolist() == ["blank.txt", "the file is empty"]
