"""Analysts' corrections: who may make them, their store, replay by builds, and the check."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from etl import corrections
from etl.building.build import build_warehouse
from etl.building.errors import BuildError
from etl.corrections import Correction, store_path
from tests.conftest import ROOT
from warehouse import connect


def figure_rows(live, where: str = "true") -> list[dict]:
    cur = connect(live).execute(f"select * from figures_detail where {where} order by figure_id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def correction_for(
    row: dict, action: str, new_values: dict | None = None, who: str = "t"
) -> Correction:
    return Correction(
        doc=row["doc"],
        doc_sha256=row["doc_sha256"],
        article=row["article"],
        span=tuple(row["span"]),
        quote=row["quote"],
        action=action,
        new_values=new_values or {},
        who=who,
    )


def dashboard(secrets: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    return at.run()


def select_first_figure(at: AppTest) -> AppTest:
    at.switch_page(str(ROOT / "app_pages" / "figures.py"))
    at.session_state["figures_table"] = {"selection": {"rows": [0], "columns": []}}
    return at.run()


def review_buttons(at: AppTest) -> list[str]:
    return [
        b.label for b in at.button if b.label in ("确认无误", "驳回（不是成效数字）", "保存更正")
    ]


def test_without_analyst_credentials_upload_and_review_controls_do_not_render(live):
    at = dashboard()
    with pytest.raises(ValueError):
        at.switch_page(str(ROOT / "app_pages" / "upload.py"))
    at = select_first_figure(dashboard())
    assert not at.exception
    assert any(s.value.startswith("原文：") for s in at.subheader)
    assert review_buttons(at) == []


def test_with_a_password_but_not_signed_in_nothing_renders_for_analysts(live):
    at = dashboard({"analyst_password": "s3cret"})
    at.switch_page(str(ROOT / "app_pages" / "upload.py")).run()
    assert not at.get("file_uploader")
    assert any("仅供分析员" in i.value for i in at.info)
    at = select_first_figure(dashboard({"analyst_password": "s3cret"}))
    assert review_buttons(at) == []


def test_a_signed_in_analyst_reviews_and_the_decision_lands_in_the_store(live):
    at = dashboard({"analyst_password": "s3cret"})
    at.sidebar.text_input(key="analyst_pw").input("wrong").run()
    assert "analyst" not in at.session_state
    assert any("密码不正确" in e.value for e in at.error)
    at.sidebar.text_input(key="analyst_pw").input("s3cret").run()
    at = select_first_figure(at)
    assert review_buttons(at) == ["确认无误", "驳回（不是成效数字）", "保存更正"]
    next(b for b in at.button if b.label == "确认无误").click().run()
    stored = corrections.load_all(store_path(live))
    assert [(c.action, c.who) for c in stored] == [("confirm", "analyst")]
    assert not (live.parent / "campaigns.duckdb.wal").exists()  # the warehouse was not written
    at.switch_page(str(ROOT / "app_pages" / "upload.py")).run()
    assert at.get("file_uploader")


def test_corrections_are_replayed_by_every_build(live, reports_copy):
    rows = figure_rows(live, "doc = '2024-01-30-gongyi-bulletin.txt'")
    by_value = {r["value"]: r for r in rows}
    con = corrections.connect(store_path(live))
    corrections.record(con, correction_for(by_value[30801], "confirm"))
    corrections.record(con, correction_for(by_value[85000], "correct", {"metric": "aid_disbursed"}))
    corrections.record(con, correction_for(by_value[4000], "reject"))
    text = (
        connect(live)
        .execute("select text from documents where doc = ?", [by_value[134237]["doc"]])
        .fetchone()[0]
    )
    at = text.index("近期又因流感")
    added = correction_for(
        by_value[134237], "add", {"metric": "people_reached", "value": 1, "unit": "persons"}
    )
    quote = text[at : at + 14]
    corrections.record(
        con, Correction(**{**added.__dict__, "span": (at, at + 2), "quote": quote, "action": "add"})
    )
    con.close()
    for full in (False, True):  # replayed by an incremental build and by a full one
        summary = build_warehouse(reports_copy, live, quiet=True, full=full)
        assert summary["corrections_applied"] == 4 and summary["correction_conflicts"] == []
        after = {r["value"]: r for r in figure_rows(live, "doc = '2024-01-30-gongyi-bulletin.txt'")}
        assert after[30801]["review"] == "confirmed"
        assert (after[85000]["review"], after[85000]["metric"]) == ("corrected", "aid_disbursed")
        assert 4000 not in after
        assert after[1]["review"] == "added"
    untouched = build_warehouse(reports_copy, live, quiet=True)  # nothing new: nothing read
    assert untouched["read"] == 0
    assert {r["value"]: r for r in figure_rows(live)}[30801]["review"] == "confirmed"


def test_a_correction_whose_report_changed_is_reported_not_applied(live, reports_copy):
    row = figure_rows(live, "doc = 'qh-2024-10-qunuanjiuzhu.txt' and value = 137000000")[0]
    con = corrections.connect(store_path(live))
    corrections.record(con, correction_for(row, "correct", {"value": 1.4e8}))
    con.close()
    report = reports_copy / "qh-2024-10-qunuanjiuzhu.txt"
    report.write_text(
        report.read_text(encoding="utf-8").replace("截至", "截止到"), encoding="utf-8"
    )
    summary = build_warehouse(reports_copy, live, quiet=True)
    assert summary["corrections_applied"] == 0
    assert [c[0] for c in summary["correction_conflicts"]] == ["qh-2024-10-qunuanjiuzhu.txt"]
    values = [r["value"] for r in figure_rows(live, "doc = 'qh-2024-10-qunuanjiuzhu.txt'")]
    assert 137_000_000 in values and 140_000_000 not in values
    out = subprocess.run(
        [sys.executable, "-m", "etl", "check", "--warehouse", str(live)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1
    assert "not applied: the report changed since this correction was made" in out.stdout


def test_a_stored_correction_that_is_not_valid_is_reported_and_the_report_stays(live, reports_copy):
    rows = figure_rows(live, "doc = '2024-01-30-gongyi-bulletin.txt'")
    by_value = {r["value"]: r for r in rows}
    con = corrections.connect(store_path(live))
    ids = [
        corrections.record(con, correction_for(by_value[v], "correct", {"value": 1.0}))
        for v in (30801, 85000, 4000)
    ]
    # a store edited by hand: values that are no JSON, no number, a metric that does not exist
    stored_values = ('{"value": 1', '{"value": "abc"}', '{"metric": "bogus"}')
    for cid, stored in zip(ids, stored_values, strict=True):
        con.execute("update corrections set new_values = ? where id = ?", (stored, cid))
    con.close()
    before = len(rows)
    summary = build_warehouse(reports_copy, live, quiet=True, full=True)
    assert summary["rejected"] == [] and summary["corrections_applied"] == 0
    reasons = [why for _, _, why in summary["correction_conflicts"]]
    assert len(reasons) == 3
    assert all(why.startswith("the stored correction is not valid: ") for why in reasons)
    after = figure_rows(live, "doc = '2024-01-30-gongyi-bulletin.txt'")
    assert len(after) == before and {30801, 85000, 4000} <= {r["value"] for r in after}


def test_a_corrections_store_that_is_no_database_is_named_in_the_error(live, reports_copy):
    store_path(live).write_bytes(b"not a database at all" * 100)
    with pytest.raises(BuildError, match=r"corrections store .*corrections\.sqlite cannot be read"):
        build_warehouse(reports_copy, live, quiet=True)


_WORKER = """
import json, sys, time
from pathlib import Path
from etl import corrections
from etl.corrections import Correction
store, rows = Path(sys.argv[1]), json.loads(sys.argv[2])
con = corrections.connect(store)
for r in rows:
    corrections.record(con, Correction(doc=r["doc"], doc_sha256=r["doc_sha256"],
        article=r["article"], span=tuple(r["span"]), quote=r["quote"], action="confirm",
        new_values={}, who=sys.argv[3]))
    print("wrote", flush=True)
    time.sleep(0.05)
"""


def _spawn(store, rows, who):
    payload = json.dumps(
        [{k: r[k] for k in ("doc", "doc_sha256", "article", "span", "quote")} for r in rows],
        ensure_ascii=False,
    )
    return subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(store), payload, who],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_hundred_corrections_from_processes_one_killed_all_survive_a_rebuild(live, reports_copy):
    rows = figure_rows(live)[:100]
    store = store_path(live)
    corrections.connect(store).close()
    workers = [_spawn(store, rows[i * 25 : (i + 1) * 25], f"worker{i}") for i in range(4)]
    victim = workers[0]
    for _ in range(10):  # let the victim write ten, then kill it between two writes
        victim.stdout.readline()
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    for w in workers[1:]:
        assert w.wait(timeout=60) == 0
    done = {(c.doc, c.span) for c in corrections.load_all(store)}
    missing = [r for r in rows if (r["doc"], tuple(r["span"])) not in done]
    assert 0 < len(missing) < 25
    assert _spawn(store, missing, "rerun").wait(timeout=60) == 0
    stored = corrections.load_all(store)
    assert len(stored) == 100 and len({(c.doc, c.span) for c in stored}) == 100
    summary = build_warehouse(reports_copy, live, quiet=True)
    assert summary["corrections_applied"] == 100
    reviewed = connect(live).execute("select count(*) from figures where review = 'confirmed'")
    assert reviewed.fetchone()[0] == 100


def test_a_decision_on_a_sentence_with_a_layout_space_is_applied():
    from tests.helpers import process

    doc = process("全区“迎新春 送温暖”活动共向困难群众发放慰问金12万元。")
    (fig,) = doc.figures
    decision = Correction(
        doc.name, doc.sha256, fig.article, fig.span, fig.quote, "confirm", {}, "t"
    )
    assert fig.quote not in doc.text  # the quote drops the space the report has
    result = corrections.replay(doc, [decision])
    assert result.conflicts == [] and doc.figures[0].review == "confirmed"
