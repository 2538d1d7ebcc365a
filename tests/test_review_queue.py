"""The analysts' review queue page: who sees it, its order, its scope, and what a decision does."""

from __future__ import annotations

import re
import shutil

import pytest
from streamlit.testing.v1 import AppTest

import app.auth
from etl import corrections
from etl.building.build import build_warehouse
from etl.corrections import store_path
from presentation import format
from presentation.tables import MAX_ROWS
from tests.conftest import ROOT
from warehouse import connect

PAGE = str(ROOT / "app_pages" / "review.py")


@pytest.fixture(autouse=True)
def _no_client_lockouts(monkeypatch):
    monkeypatch.setattr(app.auth, "_CLIENTS", {}, raising=False)


def signed_in(lang: str = "zh", provinces: list[str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.secrets["analyst_password"] = "s3cret"
    at.run()
    at.sidebar.text_input(key="analyst_pw").input("s3cret").run()
    if lang != "zh":
        at.session_state["f_lang"] = lang
    if provinces:
        at.session_state["f_provinces"] = provinces
    return at.switch_page(PAGE).run()


def queue_rows(at: AppTest) -> list[dict]:
    return at.dataframe[0].value.to_dict("records")


def waiting_total(at: AppTest) -> int:
    """How many figures the page says wait in all (its table shows at most MAX_ROWS of them)."""
    return int(re.search(r"尚未审核共 (\d+) 条", at.markdown[0].value).group(1))


def waiting(live, where: str = "true") -> list[tuple]:
    """(review, confidence, published, doc) of every figure that waits, from the warehouse."""
    return (
        connect(live)
        .execute(
            "select review, confidence, published, doc from figures_detail"
            f" where (review is null or review = 'needs_review') and {where}"
        )
        .fetchall()
    )


def fresh(live):
    """A connection to what the build published: a copy, because DuckDB shares one database
    per path in a process and the dashboard under test still holds the file it opened."""
    copy = live.with_name("published-copy.duckdb")
    shutil.copy(live, copy)
    return connect(copy)


def select(at: AppTest, row: int) -> AppTest:
    # a fresh page: its table is the first of the session (a decision opens a new one)
    at.session_state["review_queue_0"] = {"selection": {"rows": [row], "columns": []}}
    return at.run()


def test_without_sign_in_configured_there_is_no_review_page(live):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    with pytest.raises(ValueError):
        at.switch_page(PAGE)


def test_before_signing_in_the_queue_is_not_shown(live):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.secrets["analyst_password"] = "s3cret"
    at.run().switch_page(PAGE).run()
    assert not at.exception
    assert not at.dataframe
    assert any("仅供分析员" in i.value for i in at.info)


def test_needs_review_comes_first_least_confident_first_then_the_newest_unreviewed(live):
    at = signed_in()
    assert not at.exception
    rows = queue_rows(at)
    unsure = [r for r in rows if r["审核"] == "待复核"]
    rest = [r for r in rows if r["审核"] != "待复核"]
    expected = waiting(live)
    n_unsure = sum(1 for r in expected if r[0] == "needs_review")
    assert n_unsure > 1 and len(unsure) == n_unsure
    assert rows[:n_unsure] == unsure  # every unsure figure before any other
    confidences = [float(r["置信度"]) for r in unsure]
    assert confidences == sorted(confidences)
    assert {r["审核"] for r in rest} == {"未审核"}
    dates = [r["发布日期"] for r in rest]
    assert dates == sorted(dates, reverse=True)
    count = at.markdown[0].value
    assert f"待复核 {n_unsure} 条" in count and f"尚未审核共 {len(expected)} 条" in count


def test_the_sidebar_province_filter_scopes_the_queue_and_its_count(live):
    at = signed_in(provinces=["湖南"])
    rows = queue_rows(at)
    expected = waiting(live, "province = '湖南'")
    assert {r["省份"] for r in rows} == {"湖南"}
    assert len(rows) == len(expected) < len(waiting(live))
    n_unsure = sum(1 for r in expected if r[0] == "needs_review")
    assert f"待复核 {n_unsure} 条" in at.markdown[0].value


def test_the_value_is_written_the_chinese_way_and_the_sentence_as_text(live):
    rows = queue_rows(signed_in())
    expected = {
        (doc, quote, format.as_written(value, unit, qualifier, written, "zh"))
        for doc, quote, value, unit, qualifier, written in connect(live)
        .execute("select doc, quote, value, unit, qualifier, text_as_written from figures_detail")
        .fetchall()
    }
    # the sentence exactly as stored (text, not markup), the value as officials write it
    assert all((r["报告文件"], r["原文"], r["数值"]) in expected for r in rows)
    assert any(r["数值"].endswith("亿元") for r in rows)
    assert any(r["数值"].endswith("万元") for r in rows)


def test_a_confirmed_figure_leaves_the_queue_at_once_and_the_build_applies_it(live, reports_copy):
    at = select(signed_in(), 0)
    first = queue_rows(at)[0]
    n_before = waiting_total(at)
    assert [b.label for b in at.button][:2] == ["确认无误", "驳回（不是成效数字）"]
    next(b for b in at.button if b.label == "确认无误").click().run()
    assert not at.exception
    stored = corrections.load_all(store_path(live))
    assert [(c.action, c.quote) for c in stored] == [("confirm", first["原文"])]
    rows = queue_rows(at)
    assert waiting_total(at) == n_before - 1
    # One sentence may hold several figures: the figure is its file, sentence and value.
    key = ("报告文件", "原文", "数值")
    assert tuple(first[k] for k in key) not in {tuple(r[k] for k in key) for r in rows}
    assert any("下次构建时生效" in s.value for s in at.success)
    assert any("已记录 1 项决定" in i.value for i in at.info)  # says it waits for a build
    assert "原文：" not in " ".join(h.value for h in at.subheader)  # nothing stays selected
    at.session_state["f_status"] = "both"  # the figure may be a plan: show plans too
    # the figure's province: the table shows its first rows, and the bundle holds more
    at.session_state["f_provinces"] = [first["省份"]]
    at.switch_page(str(ROOT / "app_pages" / "figures.py")).run()
    marks = {
        r["审核"] for r in at.dataframe[0].value.to_dict("records") if r["原文"] == first["原文"]
    }
    assert "已记录，待构建" in marks  # the figures table says the same as the queue

    summary = build_warehouse(reports_copy, live, quiet=True)
    assert summary["corrections_applied"] == 1, summary
    reviewed = (
        fresh(live)
        .execute(
            "select review from figures_detail where doc = ? and span = ?",
            [stored[0].doc, list(stored[0].span)],
        )
        .fetchall()
    )
    assert reviewed == [("confirmed",)]
    after = signed_in()
    assert waiting_total(after) == n_before - 1
    assert not any("项决定" in i.value for i in after.info)  # nothing waits for a build now


def test_a_rejected_figure_leaves_the_queue_and_the_warehouse_after_the_build(live, reports_copy):
    at = select(signed_in(), 0)
    first = queue_rows(at)[0]
    n_before = waiting_total(at)
    next(b for b in at.button if b.label == "驳回（不是成效数字）").click().run()
    assert waiting_total(at) == n_before - 1
    (stored,) = corrections.load_all(store_path(live))
    assert (stored.action, stored.doc, stored.quote) == ("reject", first["报告文件"], first["原文"])
    build_warehouse(reports_copy, live, quiet=True)
    left = (
        fresh(live)
        .execute(
            "select count(*) from figures_detail where doc = ? and span = ?",
            [stored.doc, list(stored.span)],
        )
        .fetchone()[0]
    )
    assert left == 0
    assert waiting_total(signed_in()) == n_before - 1


def test_the_queue_speaks_english(live):
    at = signed_in(lang="en")
    assert not at.exception
    assert at.title[0].value == "Review queue"
    rows = queue_rows(at)
    assert {"Review", "Confidence", "Value", "Metric", "Place", "Quote", "Published"} <= set(
        rows[0]
    )
    assert rows[0]["Review"] == "needs review"
    assert "need review" in at.markdown[0].value


def test_the_sentence_is_shown_alone_as_escaped_text():
    from presentation.transforms import highlighted_sentence

    body = "标题\n第一句。全市<b>发放</b>救助金**5000**万元[链接](http://x)。第三句。"
    start = body.index("5000")
    shown = highlighted_sentence(body, start, start + 8, "发放</b>救助金**5000**万元")
    assert "第一句" not in shown and "第三句" not in shown  # the figure's sentence only
    assert "\\<b\\>" in shown and "\\*\\*5000" in shown and "\\[链接\\]" in shown


def test_an_unreadable_corrections_store_is_said_and_the_queue_still_shows(live):
    store_path(live).mkdir()  # a folder where the store should be: SQLite cannot open it
    at = signed_in()
    assert not at.exception
    assert any("读取审核决定" in e.value for e in at.error)  # in the reader's language
    assert waiting_total(at) == len(waiting(live))
    assert len(queue_rows(at)) == min(len(waiting(live)), MAX_ROWS)


def test_the_correction_field_says_how_the_stored_value_reads(live):
    at = select(signed_in(), 0)
    field = at.number_input[0]
    assert field.proto.format in ("%.0f", "%.2f")
    assert "现值读作" in field.help and any(u in field.help for u in ("万", "亿", "元", "户", "人"))
