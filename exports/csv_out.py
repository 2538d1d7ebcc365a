"""CSV for Excel on Chinese Windows: UTF-8 with BOM, formula-like cells neutralised."""

from __future__ import annotations

import io

import polars as pl

BOM = "\ufeff"
# OWASP's list (= + - @, tab, carriage return) with line feed, space and NUL, which spreadsheets
# skip before a formula, and the full-width signs a Chinese input method types.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", " ", "\0", "＝", "＋", "－", "＠")
GUARD = "'"


def neutralise(text: str | None) -> str | None:
    """Prefix a cell that a spreadsheet could run as a formula with an apostrophe."""
    if text and (text.startswith(FORMULA_STARTS) or text.startswith(GUARD)):
        return GUARD + text
    return text


def restore(text: str | None) -> str | None:
    """Undo `neutralise` when reading an exported CSV back."""
    if text and text.startswith(GUARD):
        return text[1:]
    return text


def _text_columns(frame: pl.DataFrame) -> list[str]:
    return [c for c, dtype in frame.schema.items() if dtype == pl.String]


def whole_numbers_plain(column: str) -> pl.Expr:
    """A float column as text, whole numbers without a decimal point (30801, not 30801.0)."""
    value = pl.col(column)
    whole = value.is_finite() & (value == value.round(0)) & (value.abs() < 2**53)
    return (
        pl.when(whole)
        .then(value.cast(pl.Int64).cast(pl.String))
        .otherwise(value.cast(pl.String))
        .alias(column)
    )


def to_csv_bytes(frame: pl.DataFrame) -> bytes:
    """The frame as CSV bytes: BOM first, lists written as JSON, text cells neutralised,
    whole numbers written as integers."""
    out = frame.with_columns(
        [pl.col(c).map_elements(neutralise, return_dtype=pl.String) for c in _text_columns(frame)]
    )
    floats = [c for c, dtype in out.schema.items() if dtype.is_float()]
    out = out.with_columns([whole_numbers_plain(c) for c in floats])
    lists = [c for c, dtype in out.schema.items() if isinstance(dtype, pl.List)]
    out = out.with_columns(
        [
            pl.format("[{}]", pl.col(c).cast(pl.List(pl.String)).list.join(", ")).alias(c)
            for c in lists
        ]
    )
    buffer = io.StringIO()
    out.write_csv(buffer)
    return (BOM + buffer.getvalue()).encode("utf-8")


def read_csv_bytes(data: bytes) -> pl.DataFrame:
    """Read an exported CSV back (BOM stripped, neutralised cells restored, all text)."""
    text = data.decode("utf-8-sig")
    frame = pl.read_csv(io.StringIO(text), infer_schema=False)
    return frame.with_columns(
        [pl.col(c).map_elements(restore, return_dtype=pl.String) for c in frame.columns]
    )
