"""Published figures and marts as Parquet, partitioned by province and season, for any engine.

A full build writes everything; an incremental build rewrites only the partitions its reports
touched, each file replaced in one rename, so a reader sees a partition before or after.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

PARTITIONED = {
    "figures_detail": "select * exclude (text_as_written) from figures_detail",
    "province_season_metrics": "select * from province_season_metrics",
    "place_season_metrics": "select * from place_season_metrics",
}
SINGLE = ("per_capita_aid", "coverage", "freshness")


def parquet_dir(live: Path) -> Path:
    """Where the Parquet copy of a warehouse lives."""
    return live.with_name(live.stem + ".parquet")


def _partition_dir(root: Path, name: str, province, season) -> Path:
    def part(value) -> str:
        return "__HIVE_DEFAULT_PARTITION__" if value is None else str(value)

    return root / name / f"province={part(province)}" / f"season={part(season)}"


def _replace_file(con: duckdb.DuckDBPyConnection, select: str, target: Path, params=None) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}")
    con.execute(f"copy ({select}) to '{temporary}' (format parquet)", params or {})
    os.replace(temporary, target)


def write_parquet(
    con: duckdb.DuckDBPyConnection, live: Path, touched: set[tuple] | None = None
) -> Path:
    """Write the Parquet copy beside `live`: everything, or the `touched` (province, season)s."""
    target = parquet_dir(live)
    if touched is None or not target.exists():
        staged = target.with_name(f".{target.name}.{os.getpid()}")
        shutil.rmtree(staged, ignore_errors=True)
        staged.mkdir(parents=True)
        for name, select in PARTITIONED.items():
            con.execute(
                f"copy ({select}) to '{staged / name}' "
                "(format parquet, partition_by (province, season), overwrite_or_ignore)"
            )
        for name in SINGLE:
            con.execute(
                f"copy (select * from {name}) to '{staged / name}.parquet' (format parquet)"
            )
        old = target.with_name(f".{target.name}.old.{os.getpid()}")
        if target.exists():
            os.replace(target, old)
        os.replace(staged, target)
        shutil.rmtree(old, ignore_errors=True)
        return target
    for name, select in PARTITIONED.items():
        for province, season in touched:
            folder = _partition_dir(target, name, province, season)
            for stale in folder.glob("*.parquet"):
                if stale.name != "data_0.parquet":
                    stale.unlink()
            _replace_file(
                con,
                f"select * exclude (province, season) from ({select}) "
                "where province is not distinct from $p and season is not distinct from $s",
                folder / "data_0.parquet",
                {"p": province, "s": season},
            )
    for name in SINGLE:
        _replace_file(con, f"select * from {name}", target / f"{name}.parquet")
    return target
