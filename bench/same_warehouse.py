"""Guard for build speed work: two warehouses hold the same loaded rows.

usage: python -m bench.same_warehouse A.duckdb B.duckdb
Compares a digest of every table's rows (order-free). Only the loaded tables (documents,
articles, figures, rejects, conflicts) must be equal: build_info names the extractor's version
(a hash of its source) and marts that pick one row among equal values (the largest figure of
a province and season) may pick another on each build.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.building.load import TABLES

_SKIP = {"build_info": "built_at"}


def digests(path: Path) -> dict[str, tuple[int, str]]:
    """Table name → (rows, md5 of the sorted rows as text)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_type = 'BASE TABLE'"
                " order by 1"
            ).fetchall()
        ]
        out = {}
        for table in tables:
            skip = _SKIP.get(table)
            cols = "* exclude (" + skip + ")" if skip else "*"
            out[table] = con.execute(
                f"select count(*), md5(coalesce(string_agg(x, '|' order by x), '')) "
                f"from (select cast(t as varchar) as x from (select {cols} from {table}) t)"
            ).fetchone()
        return out
    finally:
        con.close()


def main() -> None:
    """Print the tables that differ; exit 1 if any does."""
    a, b = (digests(Path(p)) for p in sys.argv[1:3])
    differing = sorted(t for t in a.keys() | b.keys() if a.get(t) != b.get(t))
    for t in sorted(a.keys() | b.keys()):
        print(f"  {t:28s} {a.get(t)}  {'SAME' if t not in differing else b.get(t)}")
    differing = [t for t in differing if t in TABLES]
    if differing:
        print(f"DIFFERENT tables: {differing}")
        sys.exit(1)
    print("same warehouse: every loaded table holds the same rows")


if __name__ == "__main__":
    main()
