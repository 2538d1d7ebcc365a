"""Render time of every dashboard page under AppTest on one warehouse (default: the bundled one).

usage: python bench/page_render.py [--warehouse PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import pages  # noqa: E402


def main() -> None:
    """Print first and cached render time per page and the dashboard's peak memory."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", type=Path, default=ROOT / "warehouse" / "campaigns.duckdb")
    pages(parser.parse_args().warehouse)


if __name__ == "__main__":
    main()
