"""The dashboard in a real headless Chromium: every page, its charts, Chinese text, filters."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.browser import CHROMIUM, CHROMIUM_ARGS, dashboard_server
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
PAGES = {
    "overview": ("总览", "[data-testid=stDataFrame]"),
    "trends": ("趋势", ".js-plotly-plot"),
    "provinces": ("省份", ".js-plotly-plot"),
    "per_capita": ("人均救助", ".js-plotly-plot"),
    "figures": ("数据明细", "[data-testid=stDataFrame]"),
    "sources": ("报告来源", ".js-plotly-plot"),
}

# Without Chromium each test is skipped on its own, with the reason (tests/conftest.py).
if CHROMIUM.exists():
    from playwright import sync_api


# The bundled reports by default; RELIEF_BROWSER_WAREHOUSE runs the same walk on another
# published warehouse (e.g. one built from more reports).
FOCUS = ("黑龙江", "青海", "湖南", "辽宁")
FOCUS_EN = ("Heilongjiang", "Qinghai", "Hunan", "Liaoning")
MIN_SEASONS = 5


@pytest.fixture(scope="module")
def server(seed_warehouse):
    # The 18 seed reports: the expected values below (latest season, 16.19万户) are theirs.
    with dashboard_server(seed_warehouse) as url:
        yield url


@pytest.fixture(scope="module")
def full_server(built_warehouse):
    # Every bundled report (or RELIEF_BROWSER_WAREHOUSE): the seasons a leader should see.
    wanted = os.environ.get("RELIEF_BROWSER_WAREHOUSE")
    with dashboard_server(Path(wanted) if wanted else built_warehouse) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    pg = context.new_page()
    yield pg
    context.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_renders_its_charts_with_chinese_text(name, server, page):
    title, ready = PAGES[name]
    path = "" if name == "overview" else name  # the default page lives at the root
    page.goto(f"{server}/{path}", wait_until="domcontentloaded")
    page.wait_for_selector(ready, timeout=45_000)
    settle(page)
    assert (
        page.locator("h1")
        .first.inner_text()
        .strip()
        .startswith(title if name != "overview" else "冬季救助成效分析")
    )
    assert re.search(r"[\u4e00-\u9fff]", page.locator("[data-testid=stSidebar]").inner_text())
    assert not page.locator("[data-testid=stException]").count()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def settle(page) -> None:
    """Wait until the script run is over and plotly has drawn (first paint shows placeholders)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=45_000
    )
    page.wait_for_timeout(800)


def _kpis(page) -> list[str]:
    page.wait_for_selector("[data-testid=stMetricValue]", timeout=45_000)
    return page.locator("[data-testid=stMetricValue]").all_inner_texts()


def test_province_filter_changes_what_is_shown(server, page):
    page.goto(f"{server}/", wait_until="domcontentloaded")
    page.wait_for_selector("[data-testid=stDataFrame]", timeout=45_000)
    settle(page)
    before = _kpis(page)
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect] input").first
    box.click()
    box.fill("青海")
    box.press("Enter")
    page.wait_for_function(
        """before => {
            const now = [...document.querySelectorAll('[data-testid=stMetricValue]')]
                .map(e => e.innerText);
            return now.length > 0 && JSON.stringify(now) !== JSON.stringify(before);
        }""",
        arg=before,
        timeout=30_000,
    )
    settle(page)
    after = _kpis(page)
    assert after != before
    assert "16.19万户" in after
    assert "province=" in page.url


def test_copied_link_reopens_the_same_view(server, page):
    page.goto(f"{server}/?province=湖南&lang=en", wait_until="domcontentloaded")
    page.wait_for_selector("[data-testid=stMetricValue]", timeout=45_000)
    settle(page)
    # text_content, not inner_text: a card's label may still be laid out when the run ends
    labels = page.locator("[data-testid=stMetricLabel]").all_text_contents()
    assert any("Funds raised" in label for label in labels), labels
    assert "Hunan" in page.locator("[data-testid=stSidebar]").inner_text()


def _opens(path) -> bool:
    """The downloaded file opens with the tool its type belongs to."""
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if suffix == ".png":
        from PIL import Image

        with Image.open(path) as image:  # 16:9, at slide size
            return image.size[0] > 500 and abs(image.size[0] / image.size[1] - 16 / 9) < 0.01
    if suffix == ".svg":
        return data.lstrip().startswith(b"<svg") and "数据来源".encode() in data
    if suffix == ".csv":
        return data.startswith(b"\xef\xbb\xbf") and len(data.decode("utf-8-sig").splitlines()) > 1
    if suffix == ".xlsx":
        import polars as pl

        sheets = pl.read_excel(path, sheet_id=0)
        first = pl.read_excel(path, sheet_id=1, has_header=False).to_series(0).to_list()
        # the figures' own workbook opens on its table; a chart's on the chart's title, source
        # line and filters above its table
        heading = first[0] == "省份" or (
            first[1].startswith("数据来源") and first[2].startswith("筛选") and "省份" in first[3:5]
        )
        return not sheets["数据明细"].is_empty() and heading
    if suffix == ".pptx":
        from pptx import Presentation

        return len(Presentation(str(path)).slides) >= 3
    return False


@pytest.mark.parametrize("name", list(PAGES))
def test_every_download_button_gives_a_file_that_opens(name, server, page, tmp_path):
    path = "" if name == "overview" else name
    page.goto(f"{server}/{path}", wait_until="domcontentloaded")
    page.wait_for_selector(PAGES[name][1], timeout=45_000)
    settle(page)
    buttons = page.locator("[data-testid=stDownloadButton] button")
    count = buttons.count()
    names: list[str] = []
    if name == "figures":
        assert count == 2
    elif name != "sources" or count:
        assert count >= 1
    for i in range(count):
        with page.expect_download(timeout=90_000) as info:
            buttons.nth(i).click()
        download = info.value
        target = tmp_path / download.suggested_filename
        download.save_as(target)
        # where, what, which seasons: 全国_报告清单_2019-2026季.csv
        assert re.match(r"^[^_]+_[^_].*_\d{4}(-\d{4})?季\.\w+$", target.name), target.name
        assert _opens(target), target.name
        names.append(target.name)
    assert len(names) == len(set(names)), names  # every file of a page has its own name


def test_selecting_a_figure_shows_its_sentence_in_the_article(server, page):
    page.goto(f"{server}/figures", wait_until="domcontentloaded")
    grid = page.wait_for_selector("[data-testid=stDataFrame]", timeout=45_000)
    settle(page)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the selection cell of the first row
    page.wait_for_selector("text=原文：", timeout=30_000)
    settle(page)
    highlighted = page.locator("mark, span[class*=Background], [data-testid=stMarkdown] span")
    assert page.locator("h3", has_text="原文：").count() == 1
    assert highlighted.count() > 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "figures-selected.png"), full_page=True)


@pytest.mark.parametrize("password", [None, "s3cret"], ids=["no-sign-in-configured", "password"])
def test_upload_page_as_first_request_shows_no_uploader_without_sign_in(
    password, built_warehouse, browser, tmp_path
):
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'analyst_password = "{password}"\n' if password else "", encoding="utf-8")
    with dashboard_server(built_warehouse, args=(f"--secrets.files={secrets}",)) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        page = context.new_page()
        page.goto(f"{url}/upload", wait_until="domcontentloaded")
        page.wait_for_selector("[data-testid=stSidebar]", timeout=45_000)
        settle(page)
        assert not page.locator("[data-testid=stFileUploader]").count()
        assert not page.locator("input[type=file]").count()
        assert not page.locator("[data-testid=stException]").count()
        if password:
            assert "仅供分析员" in page.locator("[data-testid=stMain]").inner_text()
        context.close()


def test_an_uploaded_html_page_prefills_the_metadata_form(built_warehouse, browser, tmp_path):
    from datetime import date

    from tests.provincial_pages import provincial_page

    secrets = tmp_path / "secrets.toml"
    secrets.write_text('analyst_password = "s3cret"\n', encoding="utf-8")
    reports = tmp_path / "reports"
    headline = "花垣县开展春节慰问活动"
    text = (ROOT / "reports" / "hn-2025-01-huayuan.txt").read_text(encoding="utf-8")
    upload = tmp_path / "新闻.html"
    upload.write_text(
        provincial_page(headline, text.splitlines(), published=date(2025, 1, 18)),
        encoding="utf-8",
    )
    with dashboard_server(
        built_warehouse,
        env={"RELIEF_REPORTS": str(reports)},
        args=(f"--secrets.files={secrets}",),
    ) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        page = context.new_page()
        page.goto(url, wait_until="domcontentloaded")
        box = page.wait_for_selector("input[type=password]", timeout=45_000)
        box.fill("s3cret")
        box.press("Enter")
        # The sign-in reruns the script; the upload page is only worth opening after that run.
        page.get_by_role("button", name="退出登录").wait_for(timeout=30_000)
        page.get_by_role("link", name="上传报告").click(timeout=30_000)
        page.wait_for_selector("input[type=file]", state="attached", timeout=30_000)
        page.set_input_files("input[type=file]", str(upload))
        page.wait_for_selector("text=已按网页", timeout=30_000)
        # the note shows before the form's fields take the page's values on a slow machine:
        # wait for them, then read them
        prefilled = sync_api.expect(page.get_by_label("标题"))
        prefilled.to_have_value(headline, timeout=30_000)
        sync_api.expect(page.get_by_role("spinbutton", name="day, 发布日期")).to_have_attribute(
            "aria-valuenow", "18", timeout=30_000
        )
        assert page.get_by_label("标题").input_value() == headline
        assert page.get_by_label("发布方").input_value() == "湖南省民政厅"
        parts = {
            part: page.get_by_role("spinbutton", name=f"{part}, 发布日期").get_attribute(
                "aria-valuenow"
            )
            for part in ("year", "month", "day")
        }
        assert parts == {"year": "2025", "month": "1", "day": "18"}
        page.get_by_role("button", name="保存报告").click()
        page.wait_for_selector("text=已保存", timeout=30_000)
        context.close()
    meta = (reports / "新闻.meta.yml").read_text(encoding="utf-8")
    assert f"title: {headline}" in meta and "published: 2025-01-18" in meta


# What a page must show in each language and width, read from the live DOM.
_TRUNCATED = """() => [...document.querySelectorAll(
    '[data-testid=stMetricValue] *, [data-testid=stMetricLabel] *, [data-testid=stMetricValue],'
    + '[data-testid=stMetricLabel]')]
    .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
    .map(e => e.innerText)"""
_TILES = """() => {
    const out = [];
    for (const gd of document.querySelectorAll('.js-plotly-plot')) {
        const data = gd.data || [];
        if (!data.length || data[0].name !== 'no_report') continue;
        const size = gd._fullLayout._size;
        const cellW = size.w / data[0].z[0].length, cellH = size.h / data[0].z.length;
        for (const t of gd.querySelectorAll('.heatmaplayer text, text.textpoint')) {
            const b = t.getBBox();
            const over = b.width > cellW + 1 || b.height > cellH + 1;
            if (t.textContent && over) out.push(t.textContent);
        }
    }
    return out;
}"""
_TICKS = """() => [...document.querySelectorAll(
    '.js-plotly-plot .xtick text, .js-plotly-plot .ytick text')].map(e => e.textContent)"""
_CAMPAIGNS = """() => [...document.querySelectorAll('.js-plotly-plot')]
    .filter(gd => gd.layout && gd.layout.meta && gd.layout.meta.campaign)
    .map(gd => [gd.layout.meta.campaign, gd.layout.meta.seasons.length])"""


def _walk_page(page, server: str, name: str, lang: str, width: int) -> None:
    height = 900 if width >= 1000 else 844
    page.set_viewport_size({"width": width, "height": height})
    path = "" if name == "overview" else name
    page.goto(f"{server}/{path}{'?lang=en' if lang == 'en' else ''}", wait_until="domcontentloaded")
    page.wait_for_selector(PAGES[name][1], timeout=60_000)
    settle(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{lang}-{width}.png"))


@pytest.mark.parametrize("width", [1440, 390])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_reads_well_in_both_languages_at_desktop_and_phone_width(
    name, lang, width, full_server, page
):
    _walk_page(page, full_server, name, lang, width)
    assert not page.locator("[data-testid=stException]").count()
    body = page.locator("[data-testid=stMain]").inner_text()
    assert "暂无数据" not in body and "No data yet" not in body  # the warehouse has figures
    assert page.evaluate(_TRUNCATED) == [], "a card is cut off"
    assert page.evaluate(_TILES) == [], "a tile label spills over its tile"
    ticks = page.evaluate(_TICKS)
    # an axis in epoch milliseconds shows 13-digit numbers or trillions (1.7T)
    assert not [t for t in ticks if re.fullmatch(r"[\d,.]{13,}|[\d.]+T", t.strip())], ticks
    if lang == "en":
        assert "：" not in page.locator("[data-testid=stSidebar]").inner_text()
        assert "Filters：" not in body
    if name == "overview":
        headings = page.locator("[data-testid=stMain] h3").all_inner_texts()
        wanted = FOCUS if lang == "zh" else FOCUS_EN
        assert [h.strip() for h in headings[: len(wanted)]] == list(wanted)
        # every card of a focus province shows its change against a recent earlier season,
        # or says why it shows none (no earlier report, the last one too far back, one too
        # different in size to be the same measure, or a per-capita value)
        why = (
            ["无更早报告可比", "相隔过远", "相差十倍以上", "不作跨季比较"]
            if lang == "zh"
            else ["no earlier report", "too far", "over tenfold", "from another programme"]
        )
        rows = page.evaluate(
            """(why) => [...document.querySelectorAll('[data-testid=stMain] h3')].map(h => {
                let cards = 0, told = 0, e = h.closest('[data-testid=stElementContainer]');
                while ((e = e && e.nextElementSibling) && !e.querySelector('h3')) {
                    cards += e.querySelectorAll('[data-testid=stMetric]').length;
                    told += e.querySelectorAll('[data-testid=stMetricDelta]').length;
                    for (const c of e.querySelectorAll('[data-testid=stCaptionContainer]'))
                        if (why.some(w => c.innerText.includes(w))) told += 1;
                }
                return [cards, told]; })""",
            why,
        )
        assert all(cards > 0 and told == cards for cards, told in rows[: len(wanted)]), rows
        assert page.locator("[data-testid=stMetricDelta]").count() > 0  # some change is shown
    if name == "sources":
        # the coverage grid keeps cells wide enough for their counts; a phone scrolls it
        cell = page.evaluate(_COVERAGE_CELL)
        assert cell >= MIN_CELL_PX, cell
    if name == "trends":
        seasons = dict(page.evaluate(_CAMPAIGNS))
        assert set(seasons) == set(FOCUS)
        assert all(n >= MIN_SEASONS for n in seasons.values()), seasons


MIN_CELL_PX = 20
# the width of one season's column in the coverage grid (the page's first chart)
_COVERAGE_CELL = """() => {
    const ax = document.querySelector('.js-plotly-plot')._fullLayout.xaxis;
    return ax._length / ax._categories.length; }"""


def test_the_favicon_comes_from_the_app_not_a_font_server(server, page):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/", wait_until="domcontentloaded")
    page.wait_for_selector("[data-testid=stMetricValue]", timeout=45_000)
    settle(page)
    icon = page.evaluate("() => document.querySelector('link[rel~=icon]').href")
    assert icon.startswith((server, "data:")), icon
    assert not [u for u in requests if not u.startswith((server, "data:", "blob:", "ws"))]
    assert not page.locator("[data-testid=stAppDeployButton]").count()
