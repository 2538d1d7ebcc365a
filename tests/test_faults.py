"""Crashes and concurrent readers never leave a missing, partial or wrong published warehouse."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import etl.building.build
import etl.building.load
import etl.building.publish
from etl.building.build import BuildError, build_warehouse
from etl.building.gate import run_checks
from etl.paths import REPORTS_DIR
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # builds killed and faulted many times, minutes: run with --all
STATE_SQL = "select count(*), round(sum(value), 2) from figures"


def state(live: Path) -> tuple:
    con = duckdb.connect(str(live), read_only=True)
    try:
        return con.execute(STATE_SQL).fetchone()
    finally:
        con.close()


@pytest.fixture(scope="module")
def report_sets(tmp_path_factory) -> list[Path]:
    """Ten report folders, each a different subset of the bundled reports."""
    base = tmp_path_factory.mktemp("sets")
    reports = sorted(p for p in REPORTS_DIR.iterdir() if p.suffix == ".txt")
    sets = []
    for i in range(10):
        folder = base / f"set{i}"
        folder.mkdir()
        for p in reports[: 8 + i]:
            shutil.copy2(p, folder / p.name)
            meta = p.with_name(p.stem + ".meta.yml")
            if meta.exists():
                shutil.copy2(meta, folder / meta.name)
        sets.append(folder)
    return sets


@pytest.fixture(scope="module")
def expected_states(report_sets, tmp_path_factory) -> list[tuple]:
    out = tmp_path_factory.mktemp("expected")
    states = []
    for i, folder in enumerate(report_sets):
        build_warehouse(folder, out / f"w{i}.duckdb", quiet=True, parquet=False)
        states.append(state(out / f"w{i}.duckdb"))
    assert len(set(states)) == 10
    return states


_READER = r"""
import sys, time, duckdb
live, seconds = sys.argv[1], float(sys.argv[2])
end = time.monotonic() + seconds
seen, failed = set(), 0
while time.monotonic() < end:
    try:
        con = duckdb.connect(live, read_only=True)
        seen.add(con.execute("select count(*), round(sum(value), 2) from figures").fetchone())
        con.close()
    except Exception as exc:
        failed += 1
        print("ERR", type(exc).__name__, exc, file=sys.stderr)
print(repr((sorted(seen), failed)))
"""


def test_readers_never_fail_and_only_see_published_states(report_sets, expected_states, tmp_path):
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(report_sets[0], live, quiet=True, parquet=False)
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", _READER, str(live), "30"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for folder in report_sets[1:] + report_sets[:1]:  # ten publishes while they read
        time.sleep(1.5)
        build_warehouse(folder, live, quiet=True, full=True, parquet=False)
    for reader in readers:
        out, err = reader.communicate(timeout=90)
        seen, failed = eval(out.strip().splitlines()[-1])
        assert failed == 0, err[-2000:]
        assert set(seen) <= set(expected_states)
        assert len(seen) >= 2


def test_a_build_killed_at_random_moments_never_damages_the_live_warehouse(
    report_sets, expected_states, tmp_path
):
    live = tmp_path / "campaigns.duckdb"
    sets = (report_sets[2], report_sets[9])
    states = (expected_states[2], expected_states[9])
    build_warehouse(sets[0], live, quiet=True, parquet=False)
    rng = random.Random(5)
    current = 0
    for kill in range(50):
        target = 1 - current
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "etl",
                "build",
                "--full",
                "--reports",
                str(sets[target]),
                "--warehouse",
                str(live),
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.2))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        now = state(live)  # the live file always opens
        assert now in (states[current], states[target]), kill
        con = duckdb.connect(str(live), read_only=True)
        assert run_checks(con) == []
        con.close()
        current = states.index(now)
    build_warehouse(sets[1], live, quiet=True)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    clean = tmp_path / "clean" / "campaigns.duckdb"
    build_warehouse(sets[1], clean, quiet=True)
    assert state(live) == state(clean)


def _fail(*args, **kwargs):
    raise OSError("injected fault")


@pytest.mark.parametrize("step", ["write", "check", "close", "rename"])
def test_a_fault_at_each_publishing_step_leaves_the_live_warehouse_whole(
    step, report_sets, expected_states, tmp_path, monkeypatch
):
    live = tmp_path / "campaigns.duckdb"
    build_warehouse(report_sets[3], live, quiet=True)
    target = {
        "write": (etl.building.load.Loader, "flush"),
        "check": (etl.building.build, "run_checks"),
        "close": (etl.building.build, "stage_parquet"),
        "rename": (etl.building.publish.os, "replace"),
    }[step]
    monkeypatch.setattr(*target, _fail)
    with pytest.raises(BuildError, match="injected fault"):
        build_warehouse(report_sets[7], live, quiet=True, full=True)
    monkeypatch.undo()
    assert state(live) == expected_states[3]
    con = duckdb.connect(str(live), read_only=True)
    assert run_checks(con) == []
    con.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".build-")]
