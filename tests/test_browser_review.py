"""The review queue in a real Chromium: an analyst signs in, confirms, the queue shrinks."""

from __future__ import annotations

import re
import shutil

import pytest

from etl import corrections
from etl.corrections import store_path
from tests.browser import CHROMIUM, CHROMIUM_ARGS, dashboard_server
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
SCREENSHOTS = ROOT / "artifacts" / "screenshots"

if CHROMIUM.exists():
    from playwright import sync_api


def _settle(page) -> None:
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=45_000
    )
    page.wait_for_timeout(800)


def _waiting(page) -> int:
    text = page.locator("[data-testid=stMain]").inner_text()
    return int(re.search(r"待复核 (\d+) 条", text).group(1))


def test_an_analyst_confirms_a_figure_and_it_leaves_the_queue(built_warehouse, tmp_path):
    live = tmp_path / "campaigns.duckdb"
    shutil.copy(built_warehouse, live)
    secrets = tmp_path / "secrets.toml"
    secrets.write_text('analyst_password = "s3cret"\n', encoding="utf-8")
    with (
        dashboard_server(live, args=(f"--secrets.files={secrets}",)) as url,
        sync_api.sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1400}, locale="zh-CN")
        page.goto(url, wait_until="domcontentloaded")
        box = page.wait_for_selector("input[type=password]", timeout=45_000)
        box.fill("s3cret")
        box.press("Enter")
        page.get_by_role("button", name="退出登录").wait_for(timeout=30_000)
        page.get_by_role("link", name="待复核").click(timeout=30_000)
        page.wait_for_selector("[data-testid=stDataFrame]", timeout=45_000)
        _settle(page)
        assert page.locator("h1").first.inner_text().strip() == "待复核"
        before = _waiting(page)
        assert before > 0
        # found again after the page settles: a rerun may have replaced the first grid drawn
        box = page.locator("[data-testid=stDataFrame]").first.bounding_box()
        page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the first row: least confident
        page.get_by_role("button", name="确认无误").wait_for(timeout=30_000)
        _settle(page)
        assert page.locator("h3", has_text="原文：").count() == 1
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "review-selected.png"))
        page.get_by_role("button", name="确认无误").click()
        page.wait_for_selector("text=已记录并移出队列", timeout=30_000)
        _settle(page)
        assert _waiting(page) == before - 1
        assert "下次构建仓库时生效" in page.locator("[data-testid=stMain]").inner_text()
        assert not page.locator("[data-testid=stException]").count()
        browser.close()
    assert [c.action for c in corrections.load_all(store_path(live))] == ["confirm"]
