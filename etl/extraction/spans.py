"""Questions about many ranges of a text answered by bisecting, not by scanning them all.

A report of a few hundred characters names a handful of places, and a scan of every range per
question costs nothing; a long one (a bulletin pasted whole, a year's reports in one file)
names thousands, and the same scans, asked once per character or per figure, took minutes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Protocol

from etl.extraction.context import _remember


class Spans:
    """Ranges [start, end) of a text: whether any overlaps a range, whether any ends at a
    position (O(log n) a question)."""

    __slots__ = ("_ends", "_max_end", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._max_end: list[int] = []  # the largest end among the ranges up to each one
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self._max_end.append(furthest)
        self._ends = {b for _, b in ordered}

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether some range starts before `hi` and ends after `lo`."""
        i = bisect_left(self._starts, hi)
        return i > 0 and self._max_end[i - 1] > lo

    def covers(self, at: int) -> bool:
        """Whether some range holds position `at`."""
        return self.overlaps(at, at + 1)

    def ends_at(self, at: int) -> bool:
        """Whether some range ends at `at`."""
        return at in self._ends


class _Started(Protocol):
    start: int


def starting_within(items: Sequence[_Started], lo: int, hi: int) -> range:
    """The indices of the items (sorted by start) that start in [lo, hi)."""
    starts = _starts_of(items)
    return range(bisect_left(starts, lo), bisect_left(starts, hi))


def starting_after(items: Sequence[_Started], at: int) -> range:
    """The indices of the items (sorted by start) that start after `at`."""
    return range(bisect_right(_starts_of(items), at), len(items))


# A list's id → (the list, kept so that the id stays its own; its items' starts). A figure's
# questions come in runs over one article's list of names.
_STARTS: dict[int, tuple[Sequence, list[int]]] = {}


def _starts_of(items: Sequence[_Started]) -> list[int]:
    """The items' starts, worked out once a list (the last few lists are kept)."""
    hit = _STARTS.get(id(items))
    if hit is None or hit[0] is not items or len(hit[1]) != len(items):
        starts = [item.start for item in items]
        if starts != sorted(starts):
            raise ValueError("items must be sorted by start")
        hit = _remember(_STARTS, id(items), (items, starts), size=16)
    return hit[1]
