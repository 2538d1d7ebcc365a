"""Publish a checked warehouse file over the live one in a single atomic rename."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def staging_path(live: Path) -> Path:
    """Where a build writes before it publishes (same folder, so the rename is atomic)."""
    return live.with_name(f".build-{os.getpid()}-{live.name}")


def clean_leftovers(live: Path) -> list[Path]:
    """Remove what a killed build left behind (staging files, half-written Parquet folders)."""
    removed = []
    staged = [(p, p.name.split("-")[1]) for p in live.parent.glob(f".build-*-{live.name}*")]
    parquet = [(p, p.name.rsplit(".", 1)[-1]) for p in live.parent.glob(f".{live.stem}.parquet.*")]
    for leftover, pid in staged + parquet:
        if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
            continue  # another build is running right now
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def publish(staged: Path, live: Path) -> None:
    """Make the staged file durable, then rename it over the live file."""
    with staged.open("rb") as f:
        os.fsync(f.fileno())
    os.replace(staged, live)
    directory = os.open(live.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
