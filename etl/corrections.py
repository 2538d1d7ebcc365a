"""Analysts' corrections: their own SQLite store (WAL) beside the warehouse, replayed by builds.

A correction is keyed by the report's SHA-256, the figure's span and its quote, so it survives
rebuilds; when the report's text changed since, the correction is reported, never applied.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from pathlib import Path

from etl.model import METRIC_UNITS, QUALIFIERS, STATUSES, Document, Figure

ACTIONS = ("confirm", "correct", "reject", "add")
EDITABLE = ("metric", "value", "unit", "qualifier", "status", "place", "period_start", "period_end")
_SCHEMA = """
create table if not exists corrections (
    id          integer primary key autoincrement,
    doc         text not null,
    doc_sha256  text not null,
    article     integer not null,
    span_start  integer not null,
    span_end    integer not null,
    quote       text not null,
    action      text not null check (action in ('confirm', 'correct', 'reject', 'add')),
    new_values  text not null default '{}',
    old_values  text not null default '{}',
    who         text not null,
    at          text not null,
    note        text not null default ''
)
"""


def store_path(warehouse: Path) -> Path:
    """The corrections store that belongs to a warehouse file (same folder, never inside it).

    Beside the file a link names, as the build resolves it: a dashboard opened through the link
    and the build must find one store."""
    return Path(os.path.realpath(warehouse)).with_name("corrections.sqlite")


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the store in WAL mode, waiting for other writers."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    con.execute("pragma journal_mode = wal")
    con.execute("pragma synchronous = full")
    con.execute("pragma busy_timeout = 30000")
    con.execute(_SCHEMA)
    return con


@dataclass(frozen=True)
class Correction:
    """One analyst decision about one figure."""

    doc: str
    doc_sha256: str
    article: int
    span: tuple[int, int]
    quote: str
    action: str
    new_values: dict
    who: str
    old_values: dict | None = None
    note: str = ""
    id: int | None = None
    at: str = ""


def decision_key(doc_sha256: str, article: int, span: tuple[int, int] | list[int]) -> str:
    """The figure a decision is about, as 'sha256:article:start:end' (what replay matches)."""
    return f"{doc_sha256}:{int(article)}:{int(span[0])}:{int(span[1])}"


def _json_value(value):
    return value.isoformat() if isinstance(value, date) else value


def validate(correction: Correction) -> None:
    """Refuse a correction that would break the figure contract."""
    if correction.action not in ACTIONS:
        raise ValueError(f"unknown action {correction.action!r}")
    changes = correction.new_values
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"these fields cannot be corrected: {sorted(unknown)}")
    if "metric" in changes and changes["metric"] not in METRIC_UNITS:
        raise ValueError(f"unknown metric {changes['metric']!r}")
    if "qualifier" in changes and changes["qualifier"] not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {changes['qualifier']!r}")
    if "status" in changes and changes["status"] not in STATUSES:
        raise ValueError(f"unknown status {changes['status']!r}")
    if "value" in changes and not float(changes["value"]) > 0:
        raise ValueError("a value must be positive")
    if correction.action == "add" and not {"metric", "value", "unit"} <= set(changes):
        raise ValueError("an added figure needs metric, value and unit")


def record(con: sqlite3.Connection, correction: Correction) -> int:
    """Store a correction in one transaction; return its id."""
    validate(correction)
    cur = con.execute(
        "insert into corrections (doc, doc_sha256, article, span_start, span_end, quote, action,"
        " new_values, old_values, who, at, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            correction.doc,
            correction.doc_sha256,
            correction.article,
            correction.span[0],
            correction.span[1],
            correction.quote,
            correction.action,
            json.dumps(
                {k: _json_value(v) for k, v in correction.new_values.items()}, ensure_ascii=False
            ),
            json.dumps(
                {k: _json_value(v) for k, v in (correction.old_values or {}).items()},
                ensure_ascii=False,
            ),
            correction.who,
            datetime.now().isoformat(timespec="seconds"),
            correction.note,
        ),
    )
    return int(cur.lastrowid)


def load_all(path: Path) -> list[Correction]:
    """Every correction in the order it was made (an empty list when there is no store).

    A row whose values are not readable is returned with new_values None: replaying reports it
    as not applied instead of stopping the build."""
    if not path.exists():
        return []
    con = connect(path)
    try:
        rows = con.execute(
            "select id, doc, doc_sha256, article, span_start, span_end, quote, action, new_values,"
            " old_values, who, at, note from corrections order by id"
        ).fetchall()
    finally:
        con.close()
    return [
        Correction(
            doc=r[1],
            doc_sha256=r[2],
            article=r[3],
            span=(r[4], r[5]),
            quote=r[6],
            action=r[7],
            new_values=_stored_values(r[8]),
            old_values=_stored_values(r[9]),
            who=r[10],
            at=r[11],
            note=r[12],
            id=r[0],
        )
        for r in rows
    ]


def _stored_values(text: str | None) -> dict | None:
    """A row's values as stored (JSON of an object); None when they are not."""
    try:
        values = json.loads(text) if text is not None else None
    except ValueError:
        return None
    return values if isinstance(values, dict) else None


def _defect(c: Correction) -> str | None:
    """Why a stored correction cannot be applied as it stands (a store edited by hand or
    damaged), or None."""
    if c.new_values is None:
        return "its values are not readable"
    try:
        validate(c)
        values = _typed(c.new_values)
    except (ValueError, TypeError) as exc:
        return str(exc)
    if c.action == "add" and values["unit"] not in METRIC_UNITS[values["metric"]]:
        return f"{values['metric']} is not counted in {values['unit']}"
    return None


@dataclass
class Replay:
    """What replaying corrections did to one document."""

    applied: list[int]
    conflicts: list[tuple[int, str]]


def _typed(changes: dict) -> dict:
    out = dict(changes)
    for key in ("period_start", "period_end"):
        if isinstance(out.get(key), str):
            out[key] = date.fromisoformat(out[key])
    if "value" in out:
        out["value"] = float(out["value"])
    if "place" in out and "level" not in out:
        out["level"] = None  # the analyst's place: its level is derived again when loading
    return out


def replay(doc: Document, corrections: list[Correction]) -> Replay:
    """Apply the corrections of one document in order; report those whose source changed."""
    result = Replay([], [])
    mine = [c for c in corrections if c.doc == doc.name]
    for c in mine:
        if (defect := _defect(c)) is not None:
            result.conflicts.append((c.id, f"the stored correction is not valid: {defect}"))
            continue
        if c.doc_sha256 != doc.sha256:
            result.conflicts.append((c.id, "the report changed since this correction was made"))
            continue
        # Quotes are written without the layout's spaces ("迎新春 送温暖" → "迎新春送温暖").
        number, quote = _squeezed(doc.text[c.span[0] : c.span[1]]), _squeezed(c.quote)
        if number not in quote or quote not in _squeezed(doc.text):
            result.conflicts.append((c.id, "the quoted sentence is no longer at that place"))
            continue
        index = next(
            (i for i, f in enumerate(doc.figures) if f.article == c.article and f.span == c.span),
            None,
        )
        if c.action == "add":
            if index is not None:
                result.conflicts.append((c.id, "a figure already stands at that place"))
                continue
            doc.figures.append(_added(doc, c))
        elif index is None:
            result.conflicts.append((c.id, "the extractor no longer finds a figure there"))
            continue
        elif c.action == "reject":
            doc.figures.pop(index)
        else:
            figure = doc.figures[index]
            changes = _typed(c.new_values) if c.action == "correct" else {}
            metric, unit = changes.get("metric", figure.metric), changes.get("unit", figure.unit)
            if unit not in METRIC_UNITS[metric]:
                result.conflicts.append((c.id, f"{metric} is not counted in {unit}"))
                continue
            doc.figures[index] = replace(
                figure, **changes, review=_review(c), reviewed_by=c.who, reviewed_at=c.at
            )
        result.applied.append(c.id)
    doc.figures.sort(key=lambda f: (f.article, f.span))
    return result


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _review(c: Correction) -> str:
    return {"confirm": "confirmed", "correct": "corrected", "add": "added"}[c.action]


def _added(doc: Document, c: Correction) -> Figure:
    base = next((f for f in doc.figures if f.article == c.article), None)
    article = next(a for a in doc.articles if a.index == c.article)
    values = _typed(c.new_values)
    defaults = {
        "qualifier": "exact",
        "status": "actual",
        "place": article.place,
        "period_start": base.period_start if base else None,
        "period_end": base.period_end if base else doc.published,
    }
    known = {f.name for f in fields(Figure)}
    merged = {**defaults, **{k: v for k, v in values.items() if k in known}}
    return Figure(
        doc=doc.name,
        article=c.article,
        province=article.province,
        quote=c.quote,
        span=c.span,
        text=doc.text[c.span[0] : c.span[1]],
        review="added",
        reviewed_by=c.who,
        reviewed_at=c.at,
        **merged,
    )
