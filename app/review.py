"""Analysts' review decisions written to the corrections store (never to the warehouse)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from etl import corrections
from etl.corrections import Correction


class StoreError(ValueError):
    """The corrections store could not be written (disk full, locked…); nothing was saved."""


def _recorded(store: Path, correction: Correction) -> int:
    """Record one correction; a store that cannot be written becomes a StoreError message."""
    try:
        con = corrections.connect(store)
        try:
            return corrections.record(con, correction)
        finally:
            con.close()
    except (sqlite3.Error, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StoreError(f"the decision could not be saved, nothing was stored: {reason}") from exc


def decided_keys(store: Path) -> list[str]:
    """Keys of the figures an analyst has confirmed, corrected or rejected (sorted), as
    review_queue.sql matches them.

    A decision keeps the key of the report it was made on: once the report changes, the key
    matches no figure and the figure waits in the queue again, as the build will not apply it.
    """
    try:
        stored = corrections.load_all(store)
    except (sqlite3.Error, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StoreError(f"the decisions could not be read from {store.name}: {reason}") from exc
    return sorted(
        {
            corrections.decision_key(c.doc_sha256, c.article, c.span)
            for c in stored
            if c.action != "add"
        }
    )


def locate(body: str, article_start: int, number: str, sentence: str) -> tuple[int, int] | None:
    """Span of `number` inside `sentence` inside the article body (document offsets)."""
    sentence, number = sentence.strip(), number.strip()
    at = body.find(sentence) if sentence else -1
    if at < 0 or not number:
        return None
    inside = sentence.find(number)
    if inside < 0:
        return None
    start = article_start + at + inside
    return start, start + len(number)


def decide(
    store: Path, figure: dict, action: str, who: str, new_values: dict | None = None, note: str = ""
) -> int:
    """Record confirm / correct / reject for an extracted figure (a row of figures_detail)."""
    old = {k: figure.get(k) for k in (new_values or {})}
    return _recorded(
        store,
        Correction(
            doc=figure["doc"],
            doc_sha256=figure["doc_sha256"],
            article=int(figure["article"]),
            span=(int(figure["span"][0]), int(figure["span"][1])),
            quote=figure["quote"],
            action=action,
            new_values=new_values or {},
            old_values=old,
            who=who,
            note=note,
        ),
    )


def add(
    store: Path,
    doc: str,
    doc_sha256: str,
    article: int,
    span: tuple[int, int],
    quote: str,
    values: dict,
    who: str,
) -> int:
    """Record a figure the extractor missed."""
    return _recorded(
        store,
        Correction(
            doc=doc,
            doc_sha256=doc_sha256,
            article=article,
            span=span,
            quote=quote,
            action="add",
            new_values=values,
            who=who,
        ),
    )
