"""Range look-ups by bisecting answer as a scan of every range does."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from etl.extraction.spans import Spans, starting_after, starting_within


def test_range_questions_agree_with_a_scan_of_every_range():
    rng = random.Random(5)
    for _ in range(200):
        ranges = [(a, a + rng.randint(1, 6)) for a in rng.sample(range(60), rng.randint(0, 12))]
        spans = Spans(ranges)
        for lo in range(-1, 70):
            for hi in (lo + 1, lo + 3):
                assert spans.overlaps(lo, hi) == any(a < hi and lo < b for a, b in ranges)
            assert spans.covers(lo) == any(a <= lo < b for a, b in ranges)
            assert spans.ends_at(lo) == any(b == lo for _, b in ranges)


@dataclass(frozen=True)
class _Name:
    start: int
    end: int


def test_names_starting_in_a_stretch_are_those_a_scan_finds():
    names = [_Name(s, s + 2) for s in (0, 3, 3, 8, 12, 20)]
    assert list(starting_within(names, 3, 12)) == [1, 2, 3]
    assert list(starting_within(names, 13, 20)) == []
    assert list(starting_after(names, 8)) == [4, 5]
    assert list(starting_after(names, -1)) == [0, 1, 2, 3, 4, 5]


def test_names_out_of_order_are_refused_rather_than_misread():
    with pytest.raises(ValueError, match="sorted"):
        starting_within([_Name(5, 6), _Name(1, 2)], 0, 10)
