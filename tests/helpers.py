"""Small helpers for tests: extract figures from a text given inline."""

from __future__ import annotations

import hashlib
from datetime import date

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
