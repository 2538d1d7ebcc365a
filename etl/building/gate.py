"""The quality gate: SQL checks that must return zero rows before a warehouse is published."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.paths import CHECKS_DIR


@dataclass(frozen=True)
class CheckResult:
    """A check that failed: its name, how many rows broke it and the first of them."""

    name: str
    n_rows: int
    sample: list[tuple]


def run_checks(con: duckdb.DuckDBPyConnection, checks_dir: Path = CHECKS_DIR) -> list[CheckResult]:
    """Run every check; return the failing ones (an empty list means the gate is passed)."""
    failed = []
    for sql_file in sorted(checks_dir.glob("*.sql")):
        rows = con.execute(sql_file.read_text(encoding="utf-8")).fetchall()
        if rows:
            failed.append(CheckResult(sql_file.stem, len(rows), rows[:5]))
    return failed
