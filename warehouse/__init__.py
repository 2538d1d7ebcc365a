"""The published warehouse: read-only connections and named queries returning polars frames."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from etl.paths import DEFAULT_WAREHOUSE, SQL_DIR

QUERIES_DIR = SQL_DIR / "queries"


def connect(path: Path = DEFAULT_WAREHOUSE) -> duckdb.DuckDBPyConnection:
    """Open the published warehouse read-only (readers never block or alter a publish)."""
    return duckdb.connect(str(path), read_only=True)


def query(con: duckdb.DuckDBPyConnection, name: str, params: dict | None = None) -> pl.DataFrame:
    """Run warehouse/sql/queries/<name>.sql with bound parameters and return a polars frame."""
    sql = (QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8")
    return con.sql(sql, params=params or {}).pl()


def mart(con: duckdb.DuckDBPyConnection, name: str) -> pl.DataFrame:
    """A whole mart view as a polars frame."""
    if not (SQL_DIR / "marts" / f"{name}.sql").exists():
        raise KeyError(f"no mart named {name!r}")
    return con.sql(f'select * from "{name}"').pl()
