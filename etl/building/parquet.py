"""Published figures and marts as Parquet, partitioned by province and season, for any engine.

The copy is written into a staging folder beside the live one and swapped in only after the
warehouse itself is published, so a failed build changes neither. A full build writes every
partition; an incremental build starts from hard links to the live copy (when that copy
belongs to the live warehouse) and rewrites the partitions its reports touched. DuckDB names
every partition folder (percent-encoded: province=%E6%B9%96%E5%8D%97), in both kinds of build,
so one partition never lies in two folders.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import unquote

import duckdb

PARTITIONED = {
    "figures_detail": "select * exclude (text_as_written) from figures_detail",
    "province_season_metrics": "select * from province_season_metrics",
    "place_season_metrics": "select * from place_season_metrics",
}
SINGLE = ("per_capita_aid", "coverage", "freshness")
NULL_PART = "__HIVE_DEFAULT_PARTITION__"
EMPTY_FILE = "empty.parquet"  # the columns of a table with no rows (and so no partitions)
IDENTITY_FILE = ".warehouse-identity"  # which published warehouse file the copy belongs to
_PARTITION_COPY = "copy ({select}) to $path (format parquet, partition_by (province, season))"


def parquet_dir(live: Path) -> Path:
    """Where the Parquet copy of a warehouse lives."""
    return live.with_name(live.stem + ".parquet")


def staging_dir(live: Path) -> Path:
    """Where a build writes its Parquet copy before swapping it in (cleaned if left behind)."""
    target = parquet_dir(live)
    return target.with_name(f".{target.name}.{os.getpid()}")


def _identity(live: Path) -> str:
    info = live.stat()
    return f"{info.st_ino} {info.st_size} {info.st_mtime_ns}"


def belongs_to(live: Path) -> bool:
    """True when the Parquet copy was written for the warehouse file now published."""
    try:
        marker = (parquet_dir(live) / IDENTITY_FILE).read_text(encoding="utf-8")
        return marker == _identity(live)
    except OSError:
        return False


def _key(province, season) -> tuple[str, str]:
    return (
        NULL_PART if province is None else str(province),
        NULL_PART if season is None else str(season),
    )


def _link_tree(source: Path, target: Path) -> None:
    """Hard-link every file of `source` into `target` (same folder tree, no data copied)."""
    for folder, _, names in os.walk(source):
        into = target / Path(folder).relative_to(source)
        into.mkdir(parents=True, exist_ok=True)
        for name in names:
            os.link(Path(folder) / name, into / name)


def _drop_partitions(root: Path, keys: set[tuple[str, str]]) -> None:
    """Remove the partition folders of `keys`, whatever encoding named them."""
    if not root.is_dir():
        return
    for province in root.iterdir():
        if not province.name.startswith("province="):
            continue
        p = unquote(province.name.removeprefix("province="))
        for season in province.iterdir():
            if (p, unquote(season.name.removeprefix("season="))) in keys:
                shutil.rmtree(season)
        if not any(province.iterdir()):
            province.rmdir()


def _move_partitions(source: Path, root: Path) -> None:
    """Move partition folders written by DuckDB under `source` into `root`."""
    if not source.is_dir():
        return
    for province in source.iterdir():
        for season in province.iterdir():
            into = root / province.name
            into.mkdir(parents=True, exist_ok=True)
            if (into / season.name).exists():
                shutil.rmtree(into / season.name)
            os.replace(season, into / season.name)


def _readable_when_empty(con: duckdb.DuckDBPyConnection, folder: Path, select: str) -> None:
    """Give a table without partitions one empty file with its columns, where a partition of
    unknown province and season would lie (so `*/*/*.parquet` finds it too); removed once other
    partitions exist. Readers of an empty folder fail with "No files found"."""
    placeholder = folder / f"province={NULL_PART}" / f"season={NULL_PART}" / EMPTY_FILE
    if any(p != placeholder for p in folder.rglob("*.parquet")):
        if placeholder.exists():
            placeholder.unlink()
            for empty in (placeholder.parent, placeholder.parent.parent):
                if not any(empty.iterdir()):
                    empty.rmdir()
        return
    placeholder.parent.mkdir(parents=True, exist_ok=True)
    con.execute(
        f"copy (select * exclude (province, season) from ({select}) limit 0) to $path"
        " (format parquet)",
        {"path": str(placeholder)},
    )


def stage_parquet(
    con: duckdb.DuckDBPyConnection, live: Path, touched: set[tuple] | None = None
) -> Path:
    """Write the Parquet copy of the staged warehouse into a staging folder and return it.

    With `touched` (the (province, season)s an incremental build changed) and a live copy
    that belongs to the live warehouse, only those partitions are written.
    """
    target, staged = parquet_dir(live), staging_dir(live)
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    if touched is None or not target.is_dir() or not belongs_to(live):
        for name, select in PARTITIONED.items():
            con.execute(_PARTITION_COPY.format(select=select), {"path": str(staged / name)})
    else:
        keys = {_key(p, s) for p, s in touched}
        scratch = staged / ".partitions"
        scratch.mkdir()
        for name, select in PARTITIONED.items():
            if (target / name).is_dir():
                _link_tree(target / name, staged / name)
            _drop_partitions(staged / name, keys)
            changed = (
                f"select * from ({select}) where list_contains($keys, coalesce(province, $null)"
                " || chr(31) || coalesce(cast(season as varchar), $null))"
            )
            con.execute(
                _PARTITION_COPY.format(select=changed),
                {
                    "path": str(scratch / name),
                    "keys": [f"{p}\x1f{s}" for p, s in keys],
                    "null": NULL_PART,
                },
            )
            _move_partitions(scratch / name, staged / name)
        shutil.rmtree(scratch, ignore_errors=True)
    for name, select in PARTITIONED.items():
        _readable_when_empty(con, staged / name, select)
    for name in SINGLE:
        con.execute(
            f"copy (select * from {name}) to $path (format parquet)",
            {"path": str(staged / f"{name}.parquet")},
        )
    return staged


def swap_in(staged: Path, live: Path) -> Path:
    """Put the staged copy in place of the live one (call after the warehouse is published)."""
    target = parquet_dir(live)
    (staged / IDENTITY_FILE).write_text(_identity(live), encoding="utf-8")
    old = target.with_name(f".{target.name}.old.{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(staged, target)
    shutil.rmtree(old, ignore_errors=True)
    return target


def discard(staged: Path) -> None:
    """Remove a staged copy that will not be published."""
    shutil.rmtree(staged, ignore_errors=True)


def row_counts(live: Path) -> dict[str, int]:
    """Rows of each table in the Parquet copy (to compare with the warehouse)."""
    root = parquet_dir(live)
    con = duckdb.connect()
    try:
        counts = {}
        for name in PARTITIONED:
            pattern = str(root / name / "**" / "*.parquet")
            counts[name] = con.execute(
                "select count(*) from read_parquet($p, hive_partitioning = true)", {"p": pattern}
            ).fetchone()[0]
        for name in SINGLE:
            counts[name] = con.execute(
                "select count(*) from read_parquet($p)", {"p": str(root / f"{name}.parquet")}
            ).fetchone()[0]
        return counts
    finally:
        con.close()
