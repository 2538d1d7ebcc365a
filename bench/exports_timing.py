"""Time the briefing exports on the bundled warehouse: pack (cold and warm browser), CSV, XLSX.

usage: python bench/exports_timing.py [--province 湖南] [--season 2024]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import warehouse
from exports.briefing import collect
from exports.pptx_pack import build_pack
from exports.tables_out import figures_file
from presentation.filters import Filters


def _timed(label: str, make) -> None:
    started = time.perf_counter()
    data = make()
    size = len(data[0] if isinstance(data, tuple) else data)
    print(f"{label:34s} {time.perf_counter() - started:6.2f} s  {size / 1024:7.1f} kB")


def main() -> None:
    """Print one line per export."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--province", default="湖南")
    parser.add_argument("--season", type=int, default=2024)
    args = parser.parse_args()
    con = warehouse.connect()
    pack_scope = Filters((args.province,), args.season, args.season, status="both")
    everything = Filters((), 2000, 2100, status="both")
    _timed("pack, browser cold", lambda: build_pack(collect(con, pack_scope)))
    _timed("pack, browser warm", lambda: build_pack(collect(con, pack_scope)))
    _timed("figures CSV, all provinces", lambda: figures_file(con, everything, "csv"))
    _timed("figures XLSX, all provinces", lambda: figures_file(con, everything, "xlsx"))


if __name__ == "__main__":
    main()
