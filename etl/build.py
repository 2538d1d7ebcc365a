"""`python -m etl build`: read every report, check the result, publish it atomically."""

from __future__ import annotations

import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from etl.gate import run_checks
from etl.load import Rejected, create_marts, insert_document, insert_rejected, open_staging
from etl.meta import read_meta
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


def process_one(path: Path) -> tuple[Document, str, int] | Rejected:
    """Read and extract one report; any failure becomes a rejection with its reason."""
    meta = read_meta(path)
    try:
        raw = read_report(path)
        return process_text(raw, meta), raw.encoding, raw.size
    except ReadError as exc:
        return Rejected(path.name, str(exc), meta)
    except Exception as exc:  # one bad report must never stop the others
        return Rejected(path.name, f"extraction failed: {type(exc).__name__}: {exc}", meta)


def build_warehouse(reports: Path, live: Path, *, quiet: bool = False) -> dict:
    """Build, check and publish; return a summary. Raises GateFailed and leaves `live` as it was."""
    live.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(live)
    staged = staging_path(live)
    files = report_files(reports) if reports.is_dir() else []
    con = open_staging(staged)
    try:
        loaded, rejected, by_metric, by_province = 0, [], Counter(), Counter()
        n_figures = 0
        progress = Progress(len(files), enabled=not quiet)
        for path in files:
            result = process_one(path)
            if isinstance(result, Rejected):
                insert_rejected(con, result)
                rejected.append(result)
            else:
                doc, encoding, size = result
                insert_document(con, doc, read_meta(path), encoding, size)
                loaded += 1
                n_figures += len(doc.figures)
                by_metric.update(f.metric for f in doc.figures)
                by_province.update(f.province or "?" for f in doc.figures)
            progress.step(path.name)
        progress.close()
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
    }


def format_summary(summary: dict, seconds: float, live: Path) -> str:
    """The closing summary printed after a build."""
    lines = [
        f"Published {live} in {seconds:.1f} s: {summary['loaded']} report(s) loaded, "
        f"{len(summary['rejected'])} rejected, {summary['figures']} figures.",
    ]
    for name, reason in summary["rejected"]:
        lines.append(f"  rejected {name}: {reason}")
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
