"""The quality gate: SQL checks that must return zero rows before a warehouse is published."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.paths import CHECKS_DIR


@dataclass(frozen=True)
class CheckResult:
    """A check that failed: its name, how many rows broke it, the first of them, and the
    reports those rows belong to (None when a row names no report)."""

    name: str
    n_rows: int
    sample: list[tuple]
    docs: frozenset[str] | None = None


def run_checks(con: duckdb.DuckDBPyConnection, checks_dir: Path = CHECKS_DIR) -> list[CheckResult]:
    """Run every check; return the failing ones (an empty list means the gate is passed)."""
    failed = []
    for sql_file in sorted(checks_dir.glob("*.sql")):
        cursor = con.execute(sql_file.read_text(encoding="utf-8"))
        rows = cursor.fetchall()
        if rows:
            columns = [d[0] for d in cursor.description]
            failed.append(
                CheckResult(sql_file.stem, len(rows), rows[:5], _docs(con, columns, rows))
            )
    return failed


def _docs(con: duckdb.DuckDBPyConnection, columns: list[str], rows: list[tuple]):
    """The reports the failing rows belong to: by their `doc`, else by their `figure_id`."""
    if "doc" in columns:
        docs = {row[columns.index("doc")] for row in rows}
        return None if None in docs else frozenset(docs)
    if "figure_id" in columns:
        ids = [row[columns.index("figure_id")] for row in rows]
        found = con.execute(
            "select list(distinct doc), count(distinct figure_id) from figures "
            "where list_contains($ids, figure_id)",
            {"ids": ids},
        ).fetchone()
        if found[1] == len(set(ids)) and None not in found[0]:
            return frozenset(found[0])
    return None


def hold_back(con: duckdb.DuckDBPyConnection, failures: list[CheckResult]) -> dict[str, str] | None:
    """Take the reports that broke a check out of this build: their figures and articles are
    deleted and the report is recorded as rejected with the check's name, so the other reports
    are published. None (nothing changed) when a failing row names no report, or when the
    reports to hold back are every report loaded: then the gate fails as a whole."""
    if any(f.docs is None for f in failures):
        return None
    broken: dict[str, list[str]] = {}
    for f in failures:
        for doc in sorted(f.docs or ()):
            broken.setdefault(doc, []).append(f.name)
    reasons = {
        doc: f"held back: its figures broke the quality check {', '.join(names)} "
        "(a defect of the extractor, not of the report)"
        for doc, names in broken.items()
    }
    loaded = con.execute("select count(*) from documents where status = 'loaded'").fetchone()[0]
    if len(reasons) >= loaded:
        return None
    docs = list(reasons)
    for table in ("figures", "articles", "correction_conflicts"):
        con.execute(f"delete from {table} where list_contains($docs, doc)", {"docs": docs})
    for doc, reason in reasons.items():
        con.execute(
            "update documents set status = 'rejected', reason = ?, n_articles = 0, n_figures = 0"
            " where doc = ?",
            [reason, doc],
        )
        con.execute("insert into rejects (doc, reason) values (?, ?)", [doc, reason])
    return reasons
