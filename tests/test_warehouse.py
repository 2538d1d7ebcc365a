"""The built warehouse: tables, marts, quality gate (on good and broken files), atomic publish."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

import etl.building.build
from etl.building.build import GateFailed, build_warehouse, report_files
from etl.building.gate import hold_back, run_checks
from etl.building.load import Rejected
from etl.extraction.pipeline import process_file
from etl.paths import CHECKS_DIR, REPORTS_DIR
from tests.conftest import copy_seed_reports
from warehouse import connect, mart, query

ONE = "figure_id = (select min(figure_id) from figures)"
# One deliberate break per check; every check must appear here.
BREAKS = {
    "figures_missing_required_fields": f"update figures set quote = null where {ONE}",
    "figures_outside_vocabulary": f"update figures set qualifier = 'roughly' where {ONE}",
    "figures_unit_not_fitting_metric": "update figures set unit = 'yuan' where figure_id = "
    "(select min(figure_id) from figures where metric = 'households_reached')",
    "figures_nonpositive_value": f"update figures set value = 0 where {ONE}",
    "figures_quote_missing_number": f"update figures set quote = '无数字' where {ONE}",
    "figures_span_outside_text": f"update figures set span = [0, 99999999] where {ONE}",
    "figures_period_reversed": f"update figures set period_start = period_end + 1 where {ONE}",
    "figures_duplicate_span": "insert into figures select * replace ('copy' as figure_id) "
    f"from figures where {ONE}",
    "figures_standard_status_mismatch": "update figures set status = 'actual' where figure_id = "
    "(select min(figure_id) from figures where metric = 'aid_standard')",
    "figures_part_without_total": f"update figures set part_of = 'nowhere' where {ONE}",
    "documents_loaded_without_text": "update documents set text = null where doc = "
    "(select min(doc) from documents where status = 'loaded')",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_built_warehouse_passes_every_check(built_warehouse):
    con = connect(built_warehouse)
    assert run_checks(con) == []
    counts = con.execute(
        "select (select count(*) from documents), (select count(*) from articles),"
        " (select count(*) from figures), (select count(*) from rejects)"
    ).fetchone()
    # Every bundled report is loaded with every article and figure the extractor finds in it.
    docs = [process_file(f.path) for f in report_files(REPORTS_DIR)]
    articles = sum(len(d.articles) for d in docs)
    figures = sum(len(d.figures) for d in docs)
    assert counts == (len(docs), articles, figures, 0)
    assert len(docs) >= 90 and figures >= 500


def test_every_check_has_a_deliberate_break():
    assert {p.stem for p in CHECKS_DIR.glob("*.sql")} == set(BREAKS)


@pytest.mark.parametrize("check", sorted(BREAKS))
def test_each_broken_warehouse_is_caught_by_its_check(check, built_warehouse, tmp_path):
    broken = tmp_path / "broken.duckdb"
    shutil.copy(built_warehouse, broken)
    con = duckdb.connect(str(broken))
    con.execute(BREAKS[check])
    failed = {f.name for f in run_checks(con)}
    assert check in failed


def test_failed_gate_publishes_nothing_and_keeps_the_live_warehouse(
    seed_warehouse, tmp_path, monkeypatch
):
    # The seed reports all state figures, so corrupting each one's first breaks every report
    # (a bundled report whose one figure the extractor misses would otherwise be published).
    reports = copy_seed_reports(tmp_path / "reports")
    live = tmp_path / "campaigns.duckdb"
    shutil.copy(seed_warehouse, live)
    before = sha256(live)
    real = etl.building.build.process_one

    def corrupt(path):
        result = real(path)
        if not isinstance(result, Rejected) and result[0].figures:
            result[0].figures[0].value = -5
        return result

    monkeypatch.setattr(etl.building.build, "process_one", corrupt)
    with pytest.raises(GateFailed, match="figures_nonpositive_value"):
        # In-process: a monkeypatched reader does not reach worker processes.
        build_warehouse(reports, live, quiet=True, full=True, workers=1)
    assert sha256(live) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "campaigns.duckdb",
        "campaigns.duckdb.lock",
        "reports",
    ]


@pytest.mark.parametrize("check", sorted(BREAKS))
def test_a_report_breaking_a_check_is_held_back_and_the_rest_pass(check, built_warehouse, tmp_path):
    broken = tmp_path / "broken.duckdb"
    shutil.copy(built_warehouse, broken)
    con = duckdb.connect(str(broken))
    before = con.execute("select count(*) from documents where status = 'loaded'").fetchone()[0]
    con.execute(BREAKS[check])
    held = hold_back(con, run_checks(con))
    assert held is not None and len(held) == 1
    (doc,) = held
    assert check in held[doc]
    assert run_checks(con) == []
    status, n_figures = con.execute(
        "select status, (select count(*) from figures where doc = $doc) from documents"
        " where doc = $doc",
        {"doc": doc},
    ).fetchone()
    assert (status, n_figures) == ("rejected", 0)
    loaded = con.execute("select count(*) from documents where status = 'loaded'").fetchone()[0]
    assert loaded == before - 1


def test_one_report_breaking_the_gate_is_rejected_and_the_others_publish(
    reports_copy, tmp_path, monkeypatch
):
    live = tmp_path / "campaigns.duckdb"
    real = etl.building.build.process_one
    victim = sorted(p.name for p in reports_copy.glob("*.txt"))[0]

    def corrupt(path):
        result = real(path)
        if path.name == victim and not isinstance(result, Rejected):
            result[0].figures[0].value = -5
        return result

    monkeypatch.setattr(etl.building.build, "process_one", corrupt)
    summary = build_warehouse(reports_copy, live, quiet=True, full=True, workers=1)
    assert [name for name, _ in summary["rejected"]] == [victim]
    assert "figures_nonpositive_value" in summary["rejected"][0][1]
    con = connect(live)
    assert run_checks(con) == []
    assert con.execute("select count(*) from figures where doc = ?", [victim]).fetchone() == (0,)
    others = con.execute("select count(*) from documents where status = 'loaded'").fetchone()[0]
    assert others == summary["loaded"] > 0
    assert con.execute("select n_rejected from build_info").fetchone() == (1,)


def test_unreadable_report_is_rejected_and_the_others_load(reports_copy, tmp_path):
    (reports_copy / "garbled.txt").write_bytes(b"\x00\x9f\x92\x96")
    (reports_copy / "scan.pdf").write_bytes(b"%PDF-1.4 image only")
    live = tmp_path / "w.duckdb"
    summary = build_warehouse(reports_copy, live, quiet=True)
    assert summary["loaded"] == len(list(REPORTS_DIR.glob("*.txt")))
    con = connect(live)
    rejects = dict(con.execute("select doc, reason from rejects").fetchall())
    assert set(rejects) == {"garbled.txt", "scan.pdf"}
    assert "binary" in rejects["garbled.txt"]
    assert "PDF is truncated" in rejects["scan.pdf"]
    statuses = dict(
        con.execute("select status, count(*) from documents group by status").fetchall()
    )
    assert statuses == {"loaded": summary["loaded"], "rejected": 2}


def test_building_twice_gives_identical_figures(built_warehouse, tmp_path):
    again = tmp_path / "again.duckdb"
    build_warehouse(REPORTS_DIR, again, quiet=True)
    sql = "select * from figures order by figure_id"
    assert (
        connect(built_warehouse).execute(sql).fetchall() == connect(again).execute(sql).fetchall()
    )


def test_incremental_build_reads_only_what_changed_and_equals_a_full_build(reports_copy, tmp_path):
    live = tmp_path / "live.duckdb"
    build_warehouse(reports_copy, live, quiet=True, parquet=False)
    edited = reports_copy / "hn-2025-01-huayuan.txt"
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\n另走访慰问困难群众1234户。\n", encoding="utf-8"
    )
    shutil.copy(reports_copy / "qh-2023-11-chengbeiqu.txt", reports_copy / "qh-copy.txt")
    (reports_copy / "ln-2025-01-heping-cishan.txt").unlink()
    summary = build_warehouse(reports_copy, live, quiet=True, parquet=False)
    full = tmp_path / "full.duckdb"
    build_warehouse(reports_copy, full, quiet=True, parquet=False, full=True)
    assert (summary["read"], summary["removed"]) == (2, 1)
    for sql in (
        "select * from figures_detail order by figure_id",
        "select * from province_season_metrics order by all",
        "select * from place_season_metrics order by all",
    ):
        assert connect(live).execute(sql).fetchall() == connect(full).execute(sql).fetchall()
    newest = {
        "provinces": [],
        "metric": "",
        "statuses": ["actual", "planned", "standard"],
        "season_from": 2000,
        "season_to": 2100,
        "limit": 20,
    }
    assert query(connect(live), "figures", newest).equals(query(connect(full), "figures", newest))
    docs = {
        d for (d,) in connect(live).execute("select distinct doc from figures_detail").fetchall()
    }
    assert "qh-copy.txt" in docs and "ln-2025-01-heping-cishan.txt" not in docs
    assert connect(live).execute(
        "select count(*) from figures_detail where quote like '%1234户%'"
    ).fetchone() == (1,)


def test_build_cleans_leftovers_of_a_killed_build(tmp_path):
    live = tmp_path / "campaigns.duckdb"
    leftover = tmp_path / ".build-999999999-campaigns.duckdb"
    leftover.write_bytes(b"half-written")
    build_warehouse(REPORTS_DIR, live, quiet=True)
    assert not leftover.exists()
    assert live.exists()


def test_dashboard_connection_is_read_only(built_warehouse):
    con = connect(built_warehouse)
    with pytest.raises(duckdb.Error, match="read-only"):
        con.execute("delete from figures")


def test_province_value_takes_province_figures_and_keeps_plans_apart(built_warehouse):
    rows = mart(connect(built_warehouse), "province_season_metrics")
    hunan = rows.filter((rows["province"] == "湖南") & (rows["season"] == 2024))
    funds = hunan.filter((hunan["metric"] == "funds_raised") & (hunan["status"] == "actual"))
    # 近3.5亿元 this season; the 20多亿元 of five years is cumulative and left out.
    assert funds["value"].to_list() == [350_000_000]
    assert funds["qualifier"].to_list() == ["approx"]
    planned = hunan.filter(
        (hunan["metric"] == "households_reached") & (hunan["status"] == "planned")
    )
    assert planned["value"].to_list() == [536_000]
    assert hunan.filter(
        (hunan["metric"] == "households_reached") & (hunan["status"] == "actual")
    ).is_empty()


def test_city_figures_are_not_counted_as_the_province(built_warehouse):
    con = connect(built_warehouse)
    province = mart(con, "province_season_metrics")
    liaoning = province.filter((province["province"] == "辽宁") & (province["season"] == 2024))
    assert liaoning.is_empty()  # the 2024 reports speak of 沈阳市 only
    places = mart(con, "place_season_metrics")
    shenyang = places.filter((places["place"] == "沈阳市") & (places["season"] == 2024))
    assert 3955 in shenyang.filter(shenyang["metric"] == "households_reached")["value"].to_list()


def test_per_capita_aid_uses_one_article_and_names_its_denominator(built_warehouse):
    rows = mart(connect(built_warehouse), "per_capita_aid")
    # the seed bulletin's Mudanjiang article (season 2024); other reports place figures there too
    row = rows.filter(
        (rows["place"] == "牡丹江市")
        & (rows["season"] == 2024)
        & (rows["status"] == "actual")
        & (rows["denominator_metric"] == "people_aided")
    ).row(0, named=True)
    assert row["aid_yuan"] == 134237 + 6328
    assert row["denominator"] == 103
    assert row["basis"] == "per_person"
    assert row["per_capita_yuan"] == round((134237 + 6328) / 103, 2)


def test_coverage_keeps_seasons_without_a_report(built_warehouse):
    grid = mart(connect(built_warehouse), "coverage")
    qinghai = grid.filter(grid["province"] == "青海").sort("season")
    assert qinghai.filter(~qinghai["has_report"])["n_documents"].to_list() == [0] * len(
        qinghai.filter(~qinghai["has_report"])
    )
    assert not qinghai["has_report"].all()
    assert grid.select(["province", "season"]).is_duplicated().sum() == 0


def test_bulletin_articles_keep_their_own_publisher(built_warehouse):
    rows = (
        connect(built_warehouse)
        .execute(
            "select article, publisher, source_url from articles"
            " where doc = 'other-2024-02-kuaixun-qingnuanwanjia.txt' order by article"
        )
        .fetchall()
    )
    assert [r[1].split("（")[0] for r in rows] == [
        "csjcs.com 地方频道·淮北",
        "新疆生产建设兵团民政局",
        "罗湖区文明办",
    ]
    assert len({r[2] for r in rows}) == 3


def test_a_province_bodys_visiting_team_or_small_grant_is_no_province_headline(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name, text in (
        (
            "2024-01-18-gansu-team",
            "省救助站节前走访\n\n1月18日，甘肃省救助管理站工作人员一行6人走访慰问困难群众。",
        ),
        (
            "2023-01-25-gansu-total",
            "甘肃寒冬送温暖\n\n今年入冬以来，全省民政系统累计出动工作人员1.2万人次开展巡查。",
        ),
        (
            "2022-01-20-gansu-grant",
            "省慈善总会节前慰问\n\n1月20日，甘肃省慈善总会向一户困难家庭发放慰问金2000元。",
        ),
    ):
        (reports / f"{name}.txt").write_text(text, encoding="utf-8")
        (reports / f"{name}.meta.yml").write_text(
            f"publisher: 测试\npublished: {name[:10]}\nprovince_hint: 甘肃\n", encoding="utf-8"
        )
    live = tmp_path / "w.duckdb"
    build_warehouse(reports, live, quiet=True)
    con = duckdb.connect(str(live), read_only=True)
    staff = con.execute(
        "select value from figures where metric = 'staff_mobilized' and level = 'province' "
        "order by value"
    ).fetchall()
    assert staff == [(6,), (12_000,)]  # both stated at the province …
    headline = con.execute(
        "select season, value from province_season_metrics where metric = 'staff_mobilized'"
    ).fetchall()
    assert headline == [(2023, 12_000)]  # … the team of six is no province's mobilisation
    grant = con.execute("select level from figures where metric = 'aid_disbursed'").fetchall()
    assert grant == [("province",)]
    assert con.execute(
        "select count(*) from province_season_metrics where metric = 'aid_disbursed'"
    ).fetchone() == (0,)  # one family's 2000元 is no province's payment
    con.close()
