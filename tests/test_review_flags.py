"""Low-confidence figures: published for review, counted by `etl check`, kept out of headlines."""

from __future__ import annotations

import duckdb

from etl.building.build import build_warehouse
from etl.building.check import check


def _report(folder, name: str, text: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.yml").write_text(
        "publisher: 测试\npublished: 2024-01-20\nprovince_hint: 甘肃\n", encoding="utf-8"
    )


def _unsure_warehouse(tmp_path):
    """A warehouse of one report with a sure figure (5000万元) and an unsure one (800万元)."""
    reports = tmp_path / "reports"
    reports.mkdir()
    _report(
        reports,
        "2024-01-20-gansu",
        "甘肃开展冬季救助\n\n全省累计发放救助金5000万元。全省相关项目共800万元完成授牌。",
    )
    live = tmp_path / "w.duckdb"
    build_warehouse(reports, live, quiet=True)
    return live


def test_unsure_figures_need_review_are_listed_by_check_and_stay_out_of_headlines(tmp_path, capsys):
    live = _unsure_warehouse(tmp_path)
    con = duckdb.connect(str(live), read_only=True)
    rows = dict(con.execute("select value, review from figures").fetchall())
    assert rows == {50_000_000: None, 8_000_000: "needs_review"}
    levels = {v for (v,) in con.execute("select distinct level from figures").fetchall()}
    assert levels == {"province"}
    headline = con.execute(
        "select metric, value from province_season_metrics where status = 'actual'"
    ).fetchall()
    assert headline == [("aid_disbursed", 50_000_000)]
    con.close()
    check(live)
    out = capsys.readouterr().out
    assert "1 figure(s) need review" in out
    assert "1 need review" in out


def test_the_review_queue_lists_figures_that_need_review_first(tmp_path):
    from etl.paths import SQL_DIR

    live = _unsure_warehouse(tmp_path)
    con = duckdb.connect(str(live), read_only=True)
    sql = (SQL_DIR / "queries" / "review_queue.sql").read_text(encoding="utf-8")
    rows = con.execute(
        f"select value, review from ({sql})", {"limit": 10, "provinces": [], "decided": []}
    ).fetchall()
    assert rows == [(8_000_000, "needs_review"), (50_000_000, None)]


def test_check_of_a_damaged_or_busy_warehouse_says_so_in_one_line(tmp_path, capsys):
    damaged = tmp_path / "damaged.duckdb"
    damaged.write_bytes(bytes(range(256)) * 12)
    assert check(damaged) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: cannot read the warehouse {damaged}: ")
    assert "not a valid DuckDB database" in err and "\n" not in err
    live = _unsure_warehouse(tmp_path)
    writer = duckdb.connect(str(live))  # a build holding it
    try:
        assert check(live) == 2
    finally:
        writer.close()
    assert capsys.readouterr().err.startswith(f"error: cannot read the warehouse {live}: ")
