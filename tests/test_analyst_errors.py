"""What an analyst or a reader sees when something is off: messages, never tracebacks; exports
that no spreadsheet runs as formulas and that say when a cell was cut; links that say what they
asked in vain."""

from __future__ import annotations

import io
import shutil
import sqlite3

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

import etl.corrections
from etl.building.lock import build_lock
from exports.csv_out import neutralise, read_csv_bytes, restore, to_csv_bytes
from exports.xlsx_out import MAX_CELL, NOTES_SHEET, read_figures_sheet, to_xlsx_bytes
from tests.conftest import ROOT

# OWASP's CSV-injection starts, the blanks spreadsheets skip, and the full-width signs
HOSTILE_CELLS = [
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",
    "\0=1+1",
    '＝HYPERLINK("http://x")',
    "＋1",
    "－1",
    "＠SUM(A1)",
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("cell", HOSTILE_CELLS)
def test_csv_neutralises_every_formula_start_and_reads_back_exactly(cell):
    assert neutralise(cell).startswith("'")
    assert restore(neutralise(cell)) == cell
    frame = pl.DataFrame({"quote": [cell, "走访30801名"]})
    back = read_csv_bytes(to_csv_bytes(frame))
    assert back["quote"].to_list() == [cell, "走访30801名"]


def test_xlsx_marks_a_cut_cell_and_says_so_in_the_notes():
    long_quote = "民" * 100_000
    book = to_xlsx_bytes(
        pl.DataFrame({"quote": [long_quote, "短句"]}),
        pl.DataFrame({"doc": ["a.txt"]}),
        [("来源", "test")],
    )
    cells = read_figures_sheet(book)["quote"].to_list()
    assert len(cells[0]) == MAX_CELL and cells[0].endswith("截断 truncated〕")
    assert cells[1] == "短句"
    notes = pl.read_excel(io.BytesIO(book), sheet_name=NOTES_SHEET, has_header=False)
    text = " ".join(str(v) for v in notes.row(-1))
    assert "1 cell(s)" in text and "32,767" in text


# Streamlit pages ------------------------------------------------------------------------


def dashboard(query: dict | None = None, password: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if password:
        at.secrets["analyst_password"] = password
    return at.run()


def test_a_link_with_unknown_filters_says_what_it_ignored(live):
    at = dashboard({"province": "湖南,火星", "from": "1900", "metric": "drop table"})
    assert not at.exception
    assert at.sidebar.multiselect[0].value == ["湖南"]
    (toast,) = at.toast
    assert "火星" in toast.value and "from=1900" in toast.value
    assert "metric=drop?table" in toast.value


def test_a_valid_link_shows_no_notice(live):
    at = dashboard({"province": "湖南", "lang": "en"})
    assert not at.exception
    assert len(at.toast) == 0


def signed_in(password: str = "s3cret") -> AppTest:
    at = dashboard(password=password)
    return at.sidebar.text_input(key="analyst_pw").input(password).run()


def test_a_full_corrections_store_is_a_message_not_a_traceback(live, monkeypatch):
    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(etl.corrections, "record", disk_full)
    at = signed_in()
    at.switch_page(str(ROOT / "app_pages" / "figures.py"))
    at.session_state["figures_table"] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    next(b for b in at.button if b.label == "确认无误").click().run()
    assert not at.exception
    assert any("database or disk is full" in e.value for e in at.error)


def test_rebuilding_while_another_build_runs_says_so(live, tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    shutil.copytree(ROOT / "reports", reports)
    monkeypatch.setenv("RELIEF_REPORTS", str(reports))
    at = signed_in()
    at.switch_page(str(ROOT / "app_pages" / "upload.py")).run()
    with build_lock(live):
        next(b for b in at.button if b.label == "重新构建仓库").click().run()
    assert not at.exception
    assert any("的另一次构建正在进行" in e.value for e in at.error)  # in the reader's language
