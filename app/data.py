"""Data for the pages: the read-only warehouse connection and cached named queries."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl
import streamlit as st

import warehouse
from etl.paths import DEFAULT_WAREHOUSE

WAREHOUSE_ENV = "RELIEF_WAREHOUSE"


def warehouse_path() -> Path:
    """The published warehouse file ($RELIEF_WAREHOUSE, else warehouse/campaigns.duckdb)."""
    return Path(os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE)


def stamp(path: Path) -> tuple[int, int, int] | None:
    """Identity of the file now published: a new publish (atomic rename) changes it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_ino, info.st_mtime_ns, info.st_size


@dataclass
class _Live:
    """The one open connection, to the file that was published when it was opened."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    key: tuple | None = None
    con: duckdb.DuckDBPyConnection | None = None


@st.cache_resource
def _live() -> _Live:
    return _Live()


def _connect(path: str, version: tuple[int, int, int]) -> duckdb.DuckDBPyConnection:
    # DuckDB shares one database instance per path inside a process, so the connection to a
    # replaced file must be closed before the new file can be opened under the same name.
    live = _live()
    with live.lock:
        if live.key != (path, version):
            if live.con is not None:
                live.con.close()
            live.con = warehouse.connect(Path(path))
            live.key = (path, version)
        return live.con


def connection() -> duckdb.DuckDBPyConnection | None:
    """The read-only connection to the warehouse now published (None when there is none)."""
    path = warehouse_path()
    version = stamp(path)
    if version is None:
        return None
    return _connect(str(path), version)


@st.cache_data(ttl=600, max_entries=64, show_spinner=False)
def _query(path: str, version: tuple[int, int, int], name: str, params: tuple) -> pl.DataFrame:
    bound = {k: list(v) if isinstance(v, tuple) else v for k, v in params}
    for attempt in range(2):
        # duckdb connections are not safe across threads: each query runs on its own cursor.
        cursor = _connect(path, version).cursor()
        try:
            return warehouse.query(cursor, name, bound)
        except duckdb.ConnectionException:
            if attempt:  # closed by a publish that happened during the query: once more
                raise
        finally:
            cursor.close()
    raise AssertionError("unreachable")


def load(name: str, **params) -> pl.DataFrame:
    """Run warehouse/sql/queries/<name>.sql with bound parameters (cached per published file)."""
    path = warehouse_path()
    version = stamp(path)
    if version is None:
        return pl.DataFrame()
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))
    return _query(str(path), version, name, frozen)


def has_data() -> bool:
    """True when a published warehouse holds at least one figure."""
    try:
        counts = load("counts")
    except duckdb.Error:
        return False
    return not counts.is_empty() and counts["n_figures"][0] > 0
