"""Extraction throughput over the bundled reports: MB/s and reports/s on one core.

usage: python bench/extract_throughput.py [--rounds N]
"""

from __future__ import annotations

import argparse
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
    for _ in range(args.rounds):
        for raw, meta in raws:
            figures += len(process_text(raw, meta).figures)
    seconds = time.perf_counter() - started
    mb = size * args.rounds / 1e6
    print(f"reports: {len(raws)} ({size / 1e3:.1f} kB) x {args.rounds} rounds in {seconds:.2f} s")
    print(
        f"throughput: {mb / seconds:.3f} MB/s, {len(raws) * args.rounds / seconds:.0f} reports/s, "
        f"{figures / seconds:.0f} figures/s (one core)"
    )


if __name__ == "__main__":
    main()
