"""Published figures and marts as Parquet, partitioned by province and season, for any engine."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

PARTITIONED = ("figures_detail", "province_season_metrics", "place_season_metrics")
SINGLE = ("per_capita_aid", "coverage", "freshness")


def parquet_dir(live: Path) -> Path:
    """Where the Parquet copy of a warehouse lives."""
    return live.with_name(live.stem + ".parquet")


def write_parquet(con: duckdb.DuckDBPyConnection, live: Path) -> Path:
    """Write the Parquet copy beside `live`, replacing the previous one in one rename."""
    target = parquet_dir(live)
    staged = target.with_name(f".{target.name}.{os.getpid()}")
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    for name in PARTITIONED:
        out = staged / name
        con.execute(
            f"copy (select * exclude (text_as_written) from {name}) to '{out}' "
            "(format parquet, partition_by (province, season), overwrite_or_ignore)"
            if name == "figures_detail"
            else f"copy (select * from {name}) to '{out}' "
            "(format parquet, partition_by (province, season), overwrite_or_ignore)"
        )
    for name in SINGLE:
        con.execute(f"copy (select * from {name}) to '{staged / name}.parquet' (format parquet)")
    old = target.with_name(f".{target.name}.old.{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(staged, target)
    shutil.rmtree(old, ignore_errors=True)
    return target
