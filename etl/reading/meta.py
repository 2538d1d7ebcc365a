"""Provenance beside each report: `<id>.meta.yml` (publisher, date, URL, province hint)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml


@dataclass(frozen=True)
class ReportMeta:
    """What is known about a report besides its text."""

    publisher: str = ""
    published: date | None = None
    source_url: str = ""
    province_hint: str | None = None
    note: str = ""
    title: str = ""
    # Bulletin pages: per-article publisher and source URL, keyed by article index.
    articles: dict[int, dict[str, str]] = field(default_factory=dict)


def meta_path(report: Path) -> Path:
    """The metadata file that belongs to a report file."""
    return report.with_name(report.stem + ".meta.yml")


def read_meta(report: Path) -> ReportMeta:
    """Read a report's metadata; a missing or unreadable file gives empty metadata."""
    path = meta_path(report)
    if not path.exists():
        return ReportMeta()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return ReportMeta()
    published = data.get("published")
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError:
            published = None
    hint = data.get("province_hint") or None
    articles = {
        int(a["article"]): {k: str(a.get(k) or "") for k in ("publisher", "source_url")}
        for a in data.get("articles") or []
        if isinstance(a, dict) and str(a.get("article", "")).isdigit()
    }
    return ReportMeta(
        publisher=str(data.get("publisher") or ""),
        published=published if isinstance(published, date) else None,
        source_url=str(data.get("source_url") or ""),
        province_hint=str(hint) if hint and len(str(hint)) <= 4 else None,
        note=str(data.get("note") or ""),
        title=str(data.get("title") or ""),
        articles=articles,
    )
