"""Small helpers for tests: extract figures from a text given inline; trend rows by hand;
whether a message still reads in English."""

from __future__ import annotations

import hashlib
import re
from datetime import date

import polars as pl

from etl.extraction.pipeline import process_text
from etl.model import Document
from etl.reading.meta import ReportMeta
from etl.reading.report import RawText


def process(
    text: str,
    name: str = "2024-01-20-report.txt",
    published: date | None = None,
    province: str | None = None,
    publisher: str = "",
) -> Document:
    """Run the pipeline on an inline report text."""
    raw = RawText(
        name, text, "utf-8", hashlib.sha256(text.encode()).hexdigest(), len(text.encode())
    )
    meta = ReportMeta(
        published=published or date(2024, 1, 20), province_hint=province, publisher=publisher
    )
    return process_text(raw, meta)


def figures(text: str, **kwargs) -> list[dict]:
    """The contract records extracted from an inline report text."""
    return [f.contract() for f in process(text, **kwargs).figures]


def households_rows(rows: list[tuple[str, str | None, str, int, float]]) -> pl.DataFrame:
    """Households reached as the marts give them: (province, place, status, season, value)."""
    return pl.DataFrame(
        {
            "province": [r[0] for r in rows],
            "place": [r[1] for r in rows],
            "status": [r[2] for r in rows],
            "season": [r[3] for r in rows],
            "value": [r[4] for r in rows],
            "metric": ["households_reached"] * len(rows),
            "unit": ["households"] * len(rows),
            "qualifier": ["exact"] * len(rows),
            "publisher": ["某民政局"] * len(rows),
            "quote": [f"走访慰问困难家庭{r[4]:g}户" for r in rows],
        },
        schema_overrides={"place": pl.String},
    )


_ENGLISH_WORDS = re.compile(r"\b[a-z]{3,}\s+[a-z]{2,}\b")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def reads_in_chinese(shown: str) -> bool:
    """True when a message holds Chinese and no run of English words (values such as file
    names, numbers and encodings may stay as written)."""
    return bool(_CHINESE.search(shown)) and not _ENGLISH_WORDS.search(shown)
