"""`python -m etl build`: read every report, check the result, publish it atomically."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import duckdb

from etl.corrections import load_all as load_corrections
from etl.corrections import replay, store_path
from etl.gate import run_checks
from etl.load import (
    Rejected,
    create_marts,
    insert_conflicts,
    insert_document,
    insert_rejected,
    open_staging,
)
from etl.meta import ReportMeta, read_meta
from etl.model import Document
from etl.pipeline import process_text
from etl.progress import Progress
from etl.publish import clean_leftovers, publish, staging_path
from etl.read import ReadError, read_report


class GateFailed(Exception):
    """The staged warehouse broke a quality check; nothing was published."""


def report_files(reports: Path) -> list[Path]:
    """Report files of a folder (metadata files and hidden files are not reports)."""
    return sorted(
        p
        for p in reports.iterdir()
        if p.is_file() and not p.name.startswith(".") and not p.name.endswith(".meta.yml")
    )


def process_one(path: Path) -> tuple[Document, ReportMeta, str, int] | Rejected:
    """Read and extract one report; any failure becomes a rejection with its reason."""
    meta = read_meta(path)
    try:
        raw = read_report(path)
        return process_text(raw, meta), meta, raw.encoding, raw.size
    except ReadError as exc:
        return Rejected(path.name, str(exc), meta)
    except Exception as exc:  # one bad report must never stop the others
        return Rejected(path.name, f"extraction failed: {type(exc).__name__}: {exc}", meta)


def _live_has_figures(live: Path) -> bool:
    if not live.exists():
        return False
    try:
        con = duckdb.connect(str(live), read_only=True)
    except duckdb.Error:
        return False
    try:
        return con.execute("select count(*) from figures").fetchone()[0] > 0
    except duckdb.Error:
        return False
    finally:
        con.close()


def build_warehouse(
    reports: Path,
    live: Path,
    *,
    quiet: bool = False,
    corrections: Path | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> dict:
    """Build, check and publish; return a summary. Raises GateFailed and leaves `live` as it was.

    Analysts' corrections (default: the store beside `live`) are replayed on every report.
    """
    live.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(live)
    staged = staging_path(live)
    files = report_files(reports) if reports.is_dir() else []
    decisions = load_corrections(corrections or store_path(live))
    con = open_staging(staged)
    try:
        loaded, rejected, by_metric, by_province = 0, [], Counter(), Counter()
        n_figures, applied, conflicts = 0, 0, []
        progress = Progress(len(files), enabled=not quiet)
        for done, path in enumerate(files, start=1):
            result = process_one(path)
            if isinstance(result, Rejected):
                insert_rejected(con, result)
                rejected.append(result)
            else:
                doc, meta, encoding, size = result
                replayed = replay(doc, decisions)
                applied += len(replayed.applied)
                conflicts += [(path.name, cid, why) for cid, why in replayed.conflicts]
                insert_document(con, doc, meta, encoding, size)
                insert_conflicts(con, doc.name, replayed.conflicts)
                loaded += 1
                n_figures += len(doc.figures)
                by_metric.update(f.metric for f in doc.figures)
                by_province.update(f.province or "?" for f in doc.figures)
            progress.step(path.name)
            if on_progress:
                on_progress(done, len(files), path.name)
        progress.close()
        if loaded == 0 and _live_has_figures(live):
            raise GateFailed("no report could be read; the published warehouse keeps its data")
        con.execute(
            "insert into build_info values (?, ?, ?, ?, ?)",
            [datetime.now().replace(microsecond=0), str(reports), loaded, len(rejected), n_figures],
        )
        create_marts(con)
        failures = run_checks(con)
        if failures:
            lines = [f"{f.name}: {f.n_rows} row(s), e.g. {f.sample[0]}" for f in failures]
            raise GateFailed("quality gate failed, nothing published:\n  " + "\n  ".join(lines))
        con.execute("checkpoint")
        con.close()
        publish(staged, live)
    except BaseException:
        con.close()
        staged.unlink(missing_ok=True)
        raise
    return {
        "loaded": loaded,
        "rejected": [(r.name, r.reason) for r in rejected],
        "figures": n_figures,
        "by_metric": dict(by_metric),
        "by_province": dict(by_province),
        "corrections_applied": applied,
        "correction_conflicts": conflicts,
    }


def format_summary(summary: dict, seconds: float, live: Path) -> str:
    """The closing summary printed after a build."""
    lines = [
        f"Published {live} in {seconds:.1f} s: {summary['loaded']} report(s) loaded, "
        f"{len(summary['rejected'])} rejected, {summary['figures']} figures.",
    ]
    for name, reason in summary["rejected"]:
        lines.append(f"  rejected {name}: {reason}")
    if summary.get("corrections_applied") or summary.get("correction_conflicts"):
        lines.append(
            f"Corrections replayed: {summary['corrections_applied']} applied, "
            f"{len(summary['correction_conflicts'])} not applied."
        )
    for name, cid, why in summary.get("correction_conflicts", []):
        lines.append(f"  correction #{cid} on {name} not applied: {why}")
    if summary["by_metric"]:
        lines.append(
            "Figures per metric:   "
            + ", ".join(
                f"{k} {v}" for k, v in sorted(summary["by_metric"].items(), key=lambda kv: -kv[1])
            )
        )
        lines.append(
            "Figures per province: "
            + ", ".join(
                f"{k} {v}" for k, v in sorted(summary["by_province"].items(), key=lambda kv: -kv[1])
            )
        )
    return "\n".join(lines)


def build(reports: Path, live: Path) -> int:
    """Command entry: build and print the summary; exit status 1 when the gate fails."""
    if not reports.is_dir():
        print(f"error: reports folder {reports} does not exist", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        summary = build_warehouse(reports, live)
    except GateFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(format_summary(summary, time.perf_counter() - started, live))
    return 0
