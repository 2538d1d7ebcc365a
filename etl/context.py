"""Clauses, sentences and cue look-ups around a position in an article's text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from etl.cues import Cue

CLAUSE_MARKS = "，,。；;！？!?：:\n"
SENTENCE_MARKS = "。！？!?\n"
_QUOTED = re.compile(r"“[^“”\n]*”|《[^《》\n]*》|‘[^‘’\n]*’|「[^「」\n]*」")


def mask_quoted(text: str) -> str:
    """Hide words inside quotation and title marks: they name things, they do not act as cues."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "□" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def bounds(text: str, pos: int, marks: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Start and end of the clause or sentence (by `marks`) around `pos`, within [lo, hi)."""
    hi = len(text) if hi is None else hi
    start = pos
    while start > lo and text[start - 1] not in marks:
        start -= 1
    end = pos
    while end < hi and text[end] not in marks:
        end += 1
    return start, end


def nearest_left(
    text: str, lo: int, hi: int, words: Iterable[str | Cue]
) -> tuple[int, str | Cue] | None:
    """The cue ending closest to `hi` inside text[lo:hi] (the longest when two end together)."""
    best: tuple[int, int, str | Cue] | None = None
    for cue in words:
        word = cue.word if isinstance(cue, Cue) else cue
        at = text.rfind(word, lo, hi)
        if at < 0:
            continue
        key = (at + len(word), len(word))
        if best is None or key > best[:2]:
            best = (key[0], key[1], cue)
    return (best[0] - best[1], best[2]) if best else None


def first_right(
    text: str, lo: int, hi: int, words: Iterable[str | Cue]
) -> tuple[int, str | Cue] | None:
    """The cue starting closest after `lo` inside text[lo:hi]."""
    best: tuple[int, int, str | Cue] | None = None
    for cue in words:
        word = cue.word if isinstance(cue, Cue) else cue
        at = text.find(word, lo, hi)
        if at < 0:
            continue
        key = (at, -len(word))
        if best is None or key < best[:2]:
            best = (key[0], key[1], cue)
    return (best[0], best[2]) if best else None


def starts_with(text: str, pos: int, words: Iterable[str | Cue]) -> str | Cue | None:
    """The first cue that text[pos:] starts with."""
    for cue in words:
        word = cue.word if isinstance(cue, Cue) else cue
        if text.startswith(word, pos):
            return cue
    return None


def ends_with(text: str, pos: int, words: Iterable[str | Cue]) -> str | Cue | None:
    """The first cue that text[:pos] ends with."""
    for cue in words:
        word = cue.word if isinstance(cue, Cue) else cue
        if pos >= len(word) and text.startswith(word, pos - len(word)):
            return cue
    return None
