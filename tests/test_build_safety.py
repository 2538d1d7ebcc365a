"""Builds survive hostile inputs and faults: Parquet equals DuckDB, one build at a time, a failed
build changes nothing, bad metadata and odd files reject one report, paths with quotes work."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

import etl.building.build
from etl import corrections
from etl.building.build import BuildBusy, BuildError, build, build_warehouse
from etl.building.lock import build_lock
from etl.building.parquet import parquet_dir, row_counts
from etl.corrections import Correction, store_path
from tests.conftest import ROOT

TABLES = (
    "figures_detail",
    "province_season_metrics",
    "place_season_metrics",
    "per_capita_aid",
    "coverage",
    "freshness",
)


def duckdb_counts(live: Path) -> dict[str, int]:
    con = duckdb.connect(str(live), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def figures(live: Path) -> tuple:
    con = duckdb.connect(str(live), read_only=True)
    try:
        return con.execute("select count(*), round(sum(value), 2) from figures").fetchone()
    finally:
        con.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def small_set(tmp_path: Path, n: int = 6, name: str = "reports") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for report in sorted((ROOT / "reports").glob("*.txt"))[:n]:
        shutil.copy2(report, folder / report.name)
        shutil.copy2(report.with_suffix(".meta.yml"), folder / f"{report.stem}.meta.yml")
    return folder


def bump(path: Path) -> None:
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


# 1. Parquet --------------------------------------------------------------------------------


def test_parquet_rows_equal_duckdb_after_touch_overlap_delete_and_correction(
    reports_copy, tmp_path
):
    live = tmp_path / "wh" / "campaigns.duckdb"
    build_warehouse(reports_copy, live, quiet=True)
    assert row_counts(live) == duckdb_counts(live)

    bump(reports_copy / "hn-2019-01-yingxinchun.txt")  # touch and rebuild
    assert build_warehouse(reports_copy, live, quiet=True)["read"] == 1
    assert row_counts(live) == duckdb_counts(live)

    bump(reports_copy / "ln-2023-01-shenyang-liangjie.txt")  # two overlapping builds
    bump(reports_copy / "qh-2022-01-liangjiebutie.txt")
    errors = []

    def run():
        try:
            build_warehouse(reports_copy, live, quiet=True, wait=120)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert row_counts(live) == duckdb_counts(live)

    (reports_copy / "hn-2021-01-hengyang.txt").unlink()  # a deleted report
    assert build_warehouse(reports_copy, live, quiet=True)["removed"] == 1
    assert row_counts(live) == duckdb_counts(live)

    con = duckdb.connect(str(live), read_only=True)  # a correction rejecting a figure
    row = con.execute(
        "select doc, doc_sha256, article, span, quote from figures_detail order by figure_id"
    ).fetchone()
    con.close()
    store = corrections.connect(store_path(live))
    corrections.record(
        store, Correction(row[0], row[1], row[2], tuple(row[3]), row[4], "reject", {}, "t")
    )
    store.close()
    before = duckdb_counts(live)["figures_detail"]
    build_warehouse(reports_copy, live, quiet=True)
    assert duckdb_counts(live)["figures_detail"] == before - 1
    assert row_counts(live) == duckdb_counts(live)
    assert leftovers(live.parent) == []


def test_incremental_parquet_names_partitions_as_a_full_build_does(reports_copy, tmp_path):
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(reports_copy, live, quiet=True)
    bump(reports_copy / "hn-2019-01-yingxinchun.txt")
    build_warehouse(reports_copy, live, quiet=True)
    names = {p.name for p in (parquet_dir(live) / "figures_detail").iterdir()}
    assert "province=%E6%B9%96%E5%8D%97" in names
    assert "province=湖南" not in names


# 6. A failed build publishes neither the warehouse nor its Parquet copy ------------------------


def _parquet_files(live: Path) -> dict[str, bytes]:
    root = parquet_dir(live)
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("step", ["checkpoint", "publish"])
def test_a_build_failing_at_publish_leaves_warehouse_and_parquet_unchanged(
    step, reports_copy, tmp_path, monkeypatch
):
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(small_set(tmp_path, 10, "first"), live, quiet=True)
    before, parquet_before = figures(live), _parquet_files(live)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if step == "checkpoint":
        real = etl.building.build.stage_parquet

        def then_lose_the_file(con, *args):
            staged = real(con, *args)
            con.close()  # the checkpoint that follows fails, as on a full disk
            return staged

        monkeypatch.setattr(etl.building.build, "stage_parquet", then_lose_the_file)
    else:
        monkeypatch.setattr(etl.building.build, "publish", disk_full)
    with pytest.raises(BuildError, match="nothing was published"):
        build_warehouse(reports_copy, live, quiet=True, full=True)
    monkeypatch.undo()
    assert figures(live) == before
    assert _parquet_files(live) == parquet_before
    assert leftovers(tmp_path) == []


def test_a_first_build_that_fails_publishes_no_parquet_either(reports_copy, tmp_path, monkeypatch):
    live = tmp_path / "campaigns.duckdb"

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(etl.building.build, "publish", disk_full)
    with pytest.raises(BuildError):
        build_warehouse(reports_copy, live, quiet=True)
    assert not live.exists()
    assert not parquet_dir(live).exists()
    assert leftovers(tmp_path) == []


def test_disk_full_at_the_start_of_an_incremental_build_is_a_message(
    reports_copy, tmp_path, monkeypatch
):
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(reports_copy, live, quiet=True, parquet=False)
    bump(reports_copy / "hn-2019-01-yingxinchun.txt")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(etl.building.build.shutil, "copyfile", disk_full)
    with pytest.raises(BuildError, match="No space left on device"):
        build_warehouse(reports_copy, live, quiet=True, parquet=False)
    assert build(reports_copy, live) == 1  # the command prints a message, no traceback


# Concurrent builds ----------------------------------------------------------------------------


def test_a_second_build_says_who_holds_the_warehouse_and_exits_non_zero(
    reports_copy, tmp_path, capsys
):
    live = tmp_path / "campaigns.duckdb"
    with build_lock(live):
        with pytest.raises(BuildBusy, match=f"pid {os.getpid()}"):
            build_warehouse(reports_copy, live, quiet=True)
        assert build(reports_copy, live) == 3
    assert "another build" in capsys.readouterr().err
    assert not live.exists()
    build_warehouse(reports_copy, live, quiet=True, parquet=False)  # free again
    assert live.exists()


def test_a_build_in_another_process_blocks_a_second_one(reports_copy, tmp_path):
    live = tmp_path / "campaigns.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from etl.building.lock import build_lock\n"
            "with build_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)",
            str(live),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(BuildBusy, match=f"pid {holder.pid}"):
            build_warehouse(reports_copy, live, quiet=True)
    finally:
        holder.kill()
        holder.wait()
    build_warehouse(reports_copy, live, quiet=True, parquet=False, wait=10)
    assert live.exists()


# 2, 3, 8. Bad metadata rejects its report, the others publish ---------------------------------

BAD_META = {
    "impossible-date": "published: 2024-02-30\n",
    "top-level-list": "- publisher\n- source_url\n",
    "top-level-string": "just a sentence\n",
    "articles-number": "articles: 5\n",
    "article-superscript": "articles:\n- article: '²'\n  publisher: x\n",
    "alias-bomb": "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "publisher: *i\n",
    "unknown-province": "province_hint: 火星\n",
    "quote-province": 'province_hint: "湖\'南"\n',
    "script-url": "source_url: 'javascript:alert(1)'\n",
    "publisher-mapping": "publisher: {a: 1}\n",
    "huge": "note: " + "长" * 70_000 + "\n",
    "not-utf8": "publisher: 民政厅\n".encode("gbk"),
    "deep-nesting": "publisher: " + "[" * 3000 + "]" * 3000 + "\n",
    "bad-yaml": "publisher: [unclosed\n",
    "python-tag": "publisher: !!python/object/apply:os.system ['true']\n",
    "hex-beyond-int-limit": "publisher: 0x" + "f" * 3600 + "\n",
    "sexagesimal-beyond-int-limit": "note: " + ":".join(["59"] * 3000) + "\n",
    "article-beyond-int-limit": "articles:\n- article: 0x" + "f" * 3600 + "\n",
    "year-one": "published: 0001-01-01\n",
    "year-9999": "published: 9999-12-31\n",
}


@pytest.mark.parametrize("case", sorted(BAD_META))
def test_a_bad_meta_file_rejects_its_report_with_the_reason_and_the_others_publish(case, tmp_path):
    reports = small_set(tmp_path, 4)
    victim = sorted(reports.glob("*.txt"))[0]
    content = BAD_META[case]
    meta = victim.with_suffix(".meta.yml")
    meta.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    live = tmp_path / "campaigns.duckdb"
    summary = build_warehouse(reports, live, quiet=True, parquet=False)
    assert summary["loaded"] == 3
    ((name, reason),) = summary["rejected"]
    assert name == victim.name
    assert meta.name in reason and len(reason) > len(meta.name) + 10


def test_a_pipe_named_like_metadata_does_not_hang_the_build(tmp_path):
    reports = small_set(tmp_path, 3)
    victim = sorted(reports.glob("*.txt"))[0]
    meta = victim.with_suffix(".meta.yml")
    meta.unlink()
    os.mkfifo(meta)
    os.mkfifo(reports / "pipe.txt")
    live = tmp_path / "campaigns.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "etl", "build", "--reports", str(reports), "--warehouse", str(live)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    assert "rejected pipe.txt: not a regular file" in done.stdout
    assert f"rejected {victim.name}: bad metadata: {meta.name}: not a regular file" in done.stdout


def test_links_leaving_the_reports_folder_are_rejected(tmp_path):
    reports = small_set(tmp_path, 3)
    first, inside = sorted(reports.glob("*.txt"))[:2]
    outside = tmp_path / "secret.txt"
    shutil.copy(first, outside)
    (reports / "escape.txt").symlink_to(outside)
    (reports / "alias.txt").symlink_to(inside.name)  # a link inside the folder is fine
    summary = build_warehouse(reports, tmp_path / "campaigns.duckdb", quiet=True, parquet=False)
    assert summary["rejected"] == [
        ("escape.txt", "the file is a link to somewhere outside the reports folder")
    ]
    assert summary["loaded"] == 4


def test_province_hint_of_the_gazetteer_is_accepted_by_full_name(tmp_path):
    reports = small_set(tmp_path, 2)
    victim = sorted(reports.glob("*.txt"))[0]
    meta = victim.with_suffix(".meta.yml")
    text = meta.read_text(encoding="utf-8").replace("province_hint: null", "province_hint: 湖南省")
    meta.write_text(text.replace("province_hint: 辽宁", "province_hint: 辽宁省"), encoding="utf-8")
    summary = build_warehouse(reports, tmp_path / "campaigns.duckdb", quiet=True, parquet=False)
    assert summary["rejected"] == []


@pytest.mark.parametrize("hint", ["全国", "中国"])
def test_province_hint_naming_the_whole_country_leaves_the_provinces_to_the_text(tmp_path, hint):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "roundup.txt").write_text(
        "各地春节送温暖\n\n江西九江投入救灾资金300万元，为2000户受灾群众送去棉被。\n",
        encoding="utf-8",
    )
    (reports / "roundup.meta.yml").write_text(
        f"published: 2024-01-20\nprovince_hint: {hint}\n", encoding="utf-8"
    )
    summary = build_warehouse(reports, tmp_path / "campaigns.duckdb", quiet=True, parquet=False)
    assert summary["rejected"] == []
    con = duckdb.connect(str(tmp_path / "campaigns.duckdb"), read_only=True)
    rows = con.execute("select province, place, value from figures order by value").fetchall()
    assert rows == [("江西", "九江市", 2000.0), ("江西", "九江市", 3_000_000.0)]


@pytest.mark.parametrize("hint", ["黑龍江", "遼寧省", "廣西壯族自治區"])
def test_province_hint_written_in_traditional_script_names_its_province(hint):
    from etl.reading.meta import parse_meta

    expected = {"黑龍江": "黑龙江", "遼寧省": "辽宁", "廣西壯族自治區": "广西"}[hint]
    assert parse_meta(f"province_hint: {hint}\n".encode()).province_hint == expected


def test_quotes_in_the_warehouse_path_do_not_break_builds(reports_copy, tmp_path):
    live = tmp_path / "it's here" / "campaigns.duckdb"
    build_warehouse(reports_copy, live, quiet=True)
    bump(reports_copy / "hn-2019-01-yingxinchun.txt")
    build_warehouse(reports_copy, live, quiet=True)
    assert row_counts(live) == duckdb_counts(live)


# 9. A report changing while the build runs --------------------------------------------------


def test_a_report_truncated_after_listing_is_read_as_it_is_now_with_a_warning(
    tmp_path, monkeypatch
):
    reports = small_set(tmp_path, 3)
    victim = sorted(reports.glob("*.txt"))[1]
    real = etl.building.build.report_files

    def then_truncate(folder):
        listed = real(folder)
        text = victim.read_text(encoding="utf-8")
        victim.write_text(text[: len(text) // 2], encoding="utf-8")
        return listed

    monkeypatch.setattr(etl.building.build, "report_files", then_truncate)
    live = tmp_path / "campaigns.duckdb"
    summary = build_warehouse(reports, live, quiet=True, parquet=False)
    assert any(victim.name in w and "changed while the build ran" in w for w in summary["warnings"])
    con = duckdb.connect(str(live), read_only=True)
    size = con.execute("select size_bytes from documents where doc = ?", [victim.name]).fetchone()
    con.close()
    assert size == (victim.stat().st_size,)


def test_a_report_growing_during_its_read_is_read_again(tmp_path, monkeypatch):
    import etl.reading.files as files

    reports = small_set(tmp_path, 1)
    victim = next(reports.glob("*.txt"))
    addition = "\n另走访慰问困难群众4321户。\n"
    real = files._read_all
    calls = []

    def grow_once(fd, limit):
        data = real(fd, limit)
        if not calls:
            with victim.open("a", encoding="utf-8") as f:
                f.write(addition)
        calls.append(1)
        return data

    monkeypatch.setattr(files, "_read_all", grow_once)
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(reports, live, quiet=True, parquet=False)
    con = duckdb.connect(str(live), read_only=True)
    text = con.execute("select text from documents").fetchone()[0]
    con.close()
    assert len(calls) == 2
    assert "4321户" in text


def _large_meta(n: int = 400) -> str:
    lines = ["publisher: 民政厅", "published: 2024-01-30", "articles:"]
    for i in range(1, n + 1):
        lines += [f"- article: {i}", f"  publisher: 第{i}家报社", f"  source_url: https://x.cn/{i}"]
    return "\n".join(lines) + "\n"


def test_a_large_meta_file_is_parsed_in_the_sandbox_with_its_limits(tmp_path, monkeypatch):
    import etl.reading.meta as meta

    report = tmp_path / "r.txt"
    report.write_text("民政", encoding="utf-8")
    text = _large_meta()
    assert meta.SANDBOX_FROM < len(text.encode()) < meta.MAX_META_BYTES
    (tmp_path / "r.meta.yml").write_text(text, encoding="utf-8")
    read = meta.read_meta(report, tmp_path)
    assert read.articles[400] == {"publisher": "第400家报社", "source_url": "https://x.cn/400"}

    def endless(data):
        while True:
            pass

    monkeypatch.setattr(meta, "parse_meta", endless)  # a parse that never ends is stopped
    monkeypatch.setattr(meta, "SANDBOX_SECONDS", 1)
    with pytest.raises(meta.MetaError, match=r"r\.meta\.yml: reading took longer than 1 s"):
        meta.read_meta(report, tmp_path)


def test_a_file_name_that_is_not_utf8_rejects_that_file_and_the_others_publish(tmp_path):
    reports = small_set(tmp_path, 3)
    source = sorted(reports.glob("*.txt"))[0]
    # GBK bytes in a name, as unzipping an archive made on Chinese Windows leaves them
    os.link(source, os.path.join(os.fsencode(reports), "湖南报告.txt".encode("gbk")))
    live = tmp_path / "campaigns.duckdb"
    summary = build_warehouse(reports, live, quiet=True, parquet=False)
    assert summary["loaded"] == 3
    ((name, reason),) = summary["rejected"]
    assert "not UTF-8" in reason and name.endswith(".txt")
    # the next builds, with the file unchanged and then touched, go on from that one
    again = build_warehouse(reports, live, quiet=True, parquet=False)
    assert (again["loaded"], again["read"], again["rejected"]) == (3, 0, [])
    for report in reports.iterdir():
        os.utime(report, ns=(1_800_000_000_000_000_000,) * 2)
    touched = build_warehouse(reports, live, quiet=True, parquet=True)
    assert touched["loaded"] == 3 and touched["read"] == 4
    assert [reason for _, reason in touched["rejected"]] == [reason]


def test_an_incremental_build_notices_removed_metadata_of_a_newer_report(tmp_path):
    reports = small_set(tmp_path, 3)
    victim = sorted(reports.glob("*.txt"))[0]
    meta = victim.with_suffix(".meta.yml")
    os.utime(meta, ns=(1_700_000_000_000_000_000,) * 2)
    os.utime(victim, ns=(1_710_000_000_000_000_000,) * 2)  # the report is newer
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(reports, live, quiet=True, parquet=False)
    meta.unlink()
    summary = build_warehouse(reports, live, quiet=True, parquet=False)
    assert summary["loaded"] == 3
    con = duckdb.connect(str(live), read_only=True)
    try:
        (source_url,) = con.execute(
            "select source_url from documents where doc = ?", [victim.name]
        ).fetchone()
    finally:
        con.close()
    assert not source_url


# Attack review: linked warehouse, linked folders, empty marts ----------------------------------


def test_a_warehouse_named_through_a_link_shares_the_lock_of_its_target(reports_copy, tmp_path):
    real = tmp_path / "real" / "campaigns.duckdb"
    real.parent.mkdir()
    link = tmp_path / "elsewhere" / "campaigns.duckdb"
    link.parent.mkdir()
    link.symlink_to(real)
    with build_lock(real), pytest.raises(BuildBusy):
        build_warehouse(reports_copy, link, quiet=True, parquet=False)


def test_a_build_through_a_link_publishes_into_the_target_and_keeps_the_link(tmp_path):
    reports = small_set(tmp_path, 3)
    real = tmp_path / "real" / "campaigns.duckdb"
    real.parent.mkdir()
    build_warehouse(reports, real, quiet=True, parquet=False)
    link = tmp_path / "link.duckdb"
    link.symlink_to(real)
    bump(sorted(reports.glob("*.txt"))[0])
    assert build_warehouse(reports, link, quiet=True, parquet=False)["read"] == 1
    assert link.is_symlink() and link.resolve() == real
    assert not (tmp_path / "link.duckdb.lock").exists()


def test_a_link_to_a_folder_outside_the_reports_is_rejected_with_the_reason(tmp_path):
    reports = small_set(tmp_path, 3)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (reports / "archive").symlink_to(outside)
    (reports / "sub").mkdir()  # a real folder inside is no report and no reject
    summary = build_warehouse(reports, tmp_path / "campaigns.duckdb", quiet=True, parquet=False)
    assert summary["loaded"] == 3
    assert summary["rejected"] == [
        ("archive", "the file is a link to a folder outside the reports folder")
    ]


def test_an_empty_mart_reads_from_parquet_as_an_empty_table(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for path in (ROOT / "reports").glob("hn-2019-01-yingxinchun.*"):  # figures of no city
        shutil.copy2(path, reports / path.name)
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(reports, live, quiet=True)
    counts = duckdb_counts(live)
    assert 0 in counts.values(), "the set must leave a mart empty"
    assert row_counts(live) == counts
    con = duckdb.connect()
    for pattern in ("**/*.parquet", "*/*/*.parquet"):  # as row_counts and the README read it
        p = {"p": str(parquet_dir(live) / "place_season_metrics" / pattern)}
        read = "from read_parquet($p, hive_partitioning = true)"
        assert con.execute(f"select count(*) {read}", p).fetchone() == (0,)
        columns = {c[0] for c in con.execute(f"describe select * {read}", p).fetchall()}
        assert {"province", "season", "metric"} <= columns
    bump(sorted(reports.glob("*.txt"))[0])  # an incremental build keeps it readable
    build_warehouse(reports, live, quiet=True)
    assert row_counts(live) == duckdb_counts(live)
    for path in (ROOT / "reports").glob("ln-2023-01-shenyang-liangjie.*"):  # city figures
        shutil.copy2(path, reports / path.name)
    build_warehouse(reports, live, quiet=True)
    assert duckdb_counts(live)["place_season_metrics"] > 0
    assert row_counts(live) == duckdb_counts(live)
    assert not list((parquet_dir(live) / "place_season_metrics").rglob("empty.parquet"))


def _children(pid: int) -> set[int]:
    """Processes whose parent is `pid` (from /proc: no extra library needed)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.slow
def test_a_killed_build_leaves_no_reader_processes_behind(reports_copy, tmp_path):
    for n in range(1, 10):  # enough reports that the build is still reading when killed
        for path in list(reports_copy.glob("[a-z]*.txt")):
            if "-copy" not in path.stem:
                shutil.copy(path, path.with_stem(f"{path.stem}-copy{n}"))
    live = tmp_path / "campaigns.duckdb"
    command = [sys.executable, "-m", "etl", "build", "--full", "--reports", str(reports_copy)]
    build = subprocess.Popen(
        [*command, "--warehouse", str(live)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and build.poll() is None:
            workers |= _children(build.pid)
            time.sleep(0.05)
        assert workers, "the build read its reports without a pool"
        time.sleep(0.5)
        workers |= _children(build.pid)
    finally:
        build.kill()
        build.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(p) for p in workers):
        time.sleep(0.1)
    survivors = [p for p in workers if _running(p)]
    for pid in survivors:  # so a failing run leaves no orphans either
        os.kill(pid, signal.SIGKILL)
    assert survivors == []


def _published(live: Path) -> dict[str, list]:
    con = duckdb.connect(str(live), read_only=True)
    try:
        return {
            table: sorted(map(str, con.execute(f"select * from {table}").fetchall()))
            for table in ("documents", "articles", "figures")
        }
    finally:
        con.close()


@pytest.mark.parametrize("full", [False, True])
def test_a_published_report_made_unreadable_keeps_its_published_version(tmp_path, full):
    reports = small_set(tmp_path, 4)
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(reports, live, quiet=True, parquet=False)
    before = _published(live)
    emptied, mistyped = sorted(reports.glob("*.txt"))[:2]
    emptied.write_bytes(b"")  # a truncated copy
    mistyped.with_suffix(".meta.yml").write_text("publisher: [未闭合\n", encoding="utf-8")
    summary = build_warehouse(reports, live, quiet=True, parquet=False, full=full)
    assert sorted(name for name, _ in summary["rejected"]) == [emptied.name, mistyped.name]
    assert sum("published before stays" in w for w in summary["warnings"]) == 2
    assert _published(live) == before


def test_ctrl_c_stops_a_build_with_one_line_and_the_published_warehouse_as_it_was(tmp_path):
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(small_set(tmp_path, 4), live, quiet=True, parquet=False)
    before = _published(live)
    every = [sys.executable, "-m", "etl", "build", "--full", "--reports", str(ROOT / "reports")]
    build = subprocess.Popen(
        [*every, "--warehouse", str(live)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches it
    )
    time.sleep(2.5)  # the workers are reading reports
    os.killpg(build.pid, signal.SIGINT)
    _, err = build.communicate(timeout=60)
    assert build.returncode == 130
    assert err == "interrupted: build stopped, nothing was published\n"
    assert _published(live) == before


def test_a_damaged_warehouse_is_rebuilt_in_full_and_the_build_says_so(tmp_path):
    reports = small_set(tmp_path, 3)
    live = tmp_path / "campaigns.duckdb"
    live.write_bytes(bytes(range(256)) * 40)  # a copy cut short, or another program's file
    (reports / sorted(p.name for p in reports.glob("*.txt"))[0]).write_bytes(b"")
    summary = build_warehouse(reports, live, quiet=True, parquet=False)
    assert summary["read"] == 3 and summary["loaded"] == 2
    assert summary["warnings"] == [
        "the published warehouse campaigns.duckdb could not be read; it is rebuilt in full"
    ]
    again = build_warehouse(reports, live, quiet=True, parquet=False)
    assert (again["warnings"], again["read"]) == ([], 0)
