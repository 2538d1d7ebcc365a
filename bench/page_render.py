"""Render time of every dashboard page under AppTest on a warehouse (default: the bundled one).

usage: python bench/page_render.py [--warehouse PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ["overview", "trends", "provinces", "per_capita", "figures", "sources"]


def main() -> None:
    """Print median and worst render time per page (first run, cold caches, shown apart)."""
    from streamlit.testing.v1 import AppTest

    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", default=str(ROOT / "warehouse" / "campaigns.duckdb"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ["RELIEF_WAREHOUSE"] = args.warehouse
    print(f"{'page':12s} {'cold s':>7s} {'median s':>9s} {'max s':>7s}")
    for name in PAGES:
        times = []
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
        for _ in range(args.runs + 1):
            started = time.perf_counter()
            if name == "overview":
                at.run()
            else:
                at.switch_page(str(ROOT / "app_pages" / f"{name}.py")).run()
            times.append(time.perf_counter() - started)
            assert not at.exception, at.exception
        cold, warm = times[0], times[1:]
        print(f"{name:12s} {cold:7.3f} {statistics.median(warm):9.3f} {max(warm):7.3f}")


if __name__ == "__main__":
    main()
