"""Instructions the interpreter executes per report extracted: a cost that does not vary with
the machine's load, as time on a shared machine does (by a tenth to a third between passes).

usage: python -m bench.instructions [--reports DIR] [--count 120]
Runs valgrind (cachegrind, no cache simulation) over the first COUNT reports of DIR and over
the first WARM_UP, and divides the difference by COUNT - WARM_UP: imports and the first
reports' warm-up cancel out. About 40 s for 120 reports.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 20
_TOTAL = re.compile(r"I\s+refs:\s+([\d,]+)")


def extract_first(reports: Path, count: int) -> None:
    """Extract the first `count` reports of a folder (what valgrind counts)."""
    sys.path.insert(0, str(ROOT))
    from etl.extraction.pipeline import process_text
    from etl.reading.meta import read_meta
    from etl.reading.report import read_report

    for path in sorted(reports.glob("*.txt"))[:count]:
        process_text(read_report(path), read_meta(path, path.parent))


def instructions(reports: Path, count: int) -> int:
    """The instructions valgrind counts for extracting the first `count` reports."""
    run = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-m",
            "bench.instructions",
            "--reports",
            str(reports),
            "--count",
            str(count),
            "--child",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found = _TOTAL.search(run.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    """Print the instructions per report beyond the warm-up."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=Path, default=ROOT / "reports")
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        extract_first(args.reports, args.count)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    if args.count <= WARM_UP:
        raise SystemExit(f"--count must be above the {WARM_UP} reports of the warm-up")
    extra = instructions(args.reports, args.count) - instructions(args.reports, WARM_UP)
    per_report = extra / (args.count - WARM_UP)
    which = f"reports {WARM_UP + 1}-{args.count} of {args.reports}"
    print(f"{per_report / 1e6:.2f}M instructions a report ({which})")


if __name__ == "__main__":
    main()
