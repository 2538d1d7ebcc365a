"""Dashboard pages under Streamlit's AppTest, on the bundled warehouse and on empty ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app.data import WAREHOUSE_ENV
from etl.build import build_warehouse
from tests.conftest import ROOT

TIMEOUT = 60


def app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


@pytest.fixture
def bundled(built_warehouse, monkeypatch) -> Path:
    monkeypatch.setenv(WAREHOUSE_ENV, str(built_warehouse))
    return built_warehouse


@pytest.fixture
def empty_warehouse(tmp_path, monkeypatch) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    live = tmp_path / "empty.duckdb"
    build_warehouse(reports, live, quiet=True)
    monkeypatch.setenv(WAREHOUSE_ENV, str(live))
    return live


def metric_values(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_overview_shows_the_latest_season_kpis(bundled):
    at = app()
    assert not at.exception
    values = metric_values(at)
    assert values["筹集款物"] == "约3.5亿元"
    assert "最新救助季：2024季" in [s.value for s in at.subheader]
    assert any(c.value.startswith("数据来源：") for c in at.caption)


def test_overview_planned_figures_are_listed_apart(bundled):
    at = app()
    planned = [m.value for m in at.markdown if "计划" in m.value or "53.6万户" in m.value]
    assert any("53.6万户" in text for text in planned)
    assert values_do_not_include(metric_values(at), "53.6万户")


def values_do_not_include(values: dict[str, str], text: str) -> bool:
    return all(text not in v for v in values.values())


def test_changing_the_province_filter_changes_the_numbers(bundled):
    at = app()
    before = metric_values(at)
    at.sidebar.multiselect[0].select("青海").run()
    after = metric_values(at)
    assert not at.exception
    assert after != before
    assert after["走访慰问户数"] == "16.19万户"
    assert at.query_params["province"] in ("青海", ["青海"])


def test_url_parameters_restore_the_view(bundled):
    at = app({"province": "湖南", "lang": "en"})
    assert not at.exception
    assert at.sidebar.multiselect[0].value == ["湖南"]
    assert "Funds raised" in metric_values(at)


@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_without_data_the_page_says_how_to_load_reports(
    kind, empty_warehouse, tmp_path, monkeypatch
):
    if kind == "missing":
        monkeypatch.setenv(WAREHOUSE_ENV, str(tmp_path / "nothing-here.duckdb"))
    at = app()
    assert not at.exception
    assert any("python -m etl build" in i.value for i in at.info)
