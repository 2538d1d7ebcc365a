"""Extraction throughput over the bundled reports: MB/s, reports/s and ms per pass, one core.

usage: python -m bench.extract_throughput [--rounds N]
A pass is every bundled .txt report read-free through process_text (normalise → segment →
extract); the median and the fastest pass are printed (the CPU time of this process, so other
work on a shared machine inflates them less than wall time would).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.building.build import report_files
from etl.extraction.pipeline import process_text
from etl.paths import REPORTS_DIR
from etl.reading.meta import read_meta
from etl.reading.report import read_report


def main() -> None:
    """Time read-free extraction (normalise → segment → extract) of every bundled report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    paths = [f.path for f in report_files(REPORTS_DIR) if f.path.suffix == ".txt"]
    raws = [(read_report(p), read_meta(p)) for p in paths]
    size = sum(raw.size for raw, _ in raws)
    process_text(*raws[0])  # warm caches (gazetteer, cue file)
    started = time.perf_counter()
    figures = 0
    passes = []
    for _ in range(args.rounds):
        cpu = time.process_time()
        for raw, meta in raws:
            figures += len(process_text(raw, meta).figures)
        passes.append((time.process_time() - cpu) * 1000)
    seconds = time.perf_counter() - started
    mb = size * args.rounds / 1e6
    print(f"reports: {len(raws)} ({size / 1e3:.1f} kB) x {args.rounds} rounds in {seconds:.2f} s")
    print(
        f"throughput: {mb / seconds:.3f} MB/s, {len(raws) * args.rounds / seconds:.0f} reports/s, "
        f"{figures / seconds:.0f} figures/s (one core)"
    )
    print(
        f"per pass over the {len(raws)} reports: median {statistics.median(passes):.1f} ms, "
        f"fastest {min(passes):.1f} ms (CPU time)"
    )


if __name__ == "__main__":
    main()
