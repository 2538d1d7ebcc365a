"""A second opinion on a figure's reading, from the characters around its number.

The rules decide a figure's metric and status from cue words and sentence structure. This
model knows nothing of rules: a naive Bayes count of which readings ("people_aided/actual",
or "none" for numbers the gold leaves out) the character pairs around a number went with in
the labelled reports. Where the two agree the figure is likelier right; where the context
says another reading, or no figure at all, it is likelier wrong. Its agreement is one
piece of evidence of the confidence score (etl/extraction/confidence.py); the counts are
made by `python -m etl train` and kept in data/context_votes.json.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from operator import itemgetter
from pathlib import Path

from etl.model import METRIC_UNITS
from etl.paths import CONTEXT_VOTES_FILE

# Characters before the number read, within its clause: a verb of an earlier clause belongs
# to that clause's number ("走访慰问…18万户，统筹资金2.5亿元").
LEFT = 16
RIGHT = 8  # characters after its unit read
NO_FIGURE = "none"  # the reading of a number the gold does not count as a figure
MIN_COUNT = 5  # a character pair seen fewer times in the labelled reports is not counted
_SMOOTHING = 0.5
# Neighbouring character pairs overlap and repeat ("走访慰问" twice in one window), which naive
# Bayes counts as independent evidence: its log odds divided by this are calibrated better
# (held-out AUC of the confidence 0.744 undivided, 0.759 divided by 6).
TEMPERATURE = 6.0
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def context_tokens(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, ...]:
    """The character pairs left and right of text[start:end] within [lo, hi), and the single
    characters on its left; digits read as one "0" (a number's value is not its context)."""
    left = _DIGITS.sub("0", text[max(lo, start - LEFT) : start])
    right = _DIGITS.sub("0", text[end : min(hi, end + RIGHT)])
    return (
        *["L" + a + b for a, b in pairwise(left)],
        *["R" + a + b for a, b in pairwise(right)],
        *["l" + a for a in left],
    )


def reading(metric: str, status: str) -> str:
    """A figure's reading as the model counts it: "people_aided/actual"."""
    return f"{metric}/{status}"


@dataclass(frozen=True)
class ContextVotes:
    """Naive Bayes counts: how often each reading occurred, and each token with it."""

    readings: dict[str, int]
    tokens: dict[str, dict[str, int]]
    # per unit, the log tables `agreement` reads: worked out once, not once per figure
    _tables: dict[str, _UnitTable] = field(default_factory=dict, compare=False, repr=False)
    # each token's log probability under every reading, which the units' tables pick from
    _logs: dict[str, tuple[float, ...]] = field(default_factory=dict, compare=False, repr=False)

    def agreement(self, tokens: Iterable[str], unit: str, own: str) -> float:
        """The model's probability (0-1) of the figure's own reading ("metric/status") among
        those its unit allows; 0.5 when the labelled reports hold no such reading."""
        if unit not in self._tables:
            self._tables[unit] = _unit_table(self, unit)
        candidates, table, prior = self._tables[unit]
        if own not in candidates or len(candidates) < 2:
            return 0.5
        # one column per reading, summed in C: a figure's tokens are some forty
        rows = [row for row in map(table.get, tokens) if row is not None]
        sums = list(map(sum, zip(*rows, strict=True))) if rows else [0.0] * len(prior)
        log_p = [p + s / TEMPERATURE for p, s in zip(prior, sums, strict=True)]
        top = max(log_p)
        return math.exp(log_p[candidates.index(own)] - top) / sum(math.exp(v - top) for v in log_p)


# The readings a unit allows, each token's log probability under each, their log priors.
_UnitTable = tuple[tuple[str, ...], dict[str, tuple[float, ...]], tuple[float, ...]]


def _unit_table(model: ContextVotes, unit: str) -> _UnitTable:
    """The readings a number of `unit` may take (the metrics its unit allows, or no figure),
    each token's smoothed log probability under each of them (a token never seen with a
    reading gets the smoothing's share), and their log priors."""
    candidates = tuple(
        r for r in model.readings if r == NO_FIGURE or unit in METRIC_UNITS.get(r.split("/")[0], ())
    )
    columns = [list(model.readings).index(r) for r in candidates]
    pick = itemgetter(*columns) if len(columns) > 1 else lambda row: tuple(row[i] for i in columns)
    table = {token: pick(row) for token, row in _log_rows(model).items()}
    return candidates, table, tuple(math.log(model.readings[r]) for r in candidates)


def _log_rows(model: ContextVotes) -> dict[str, tuple[float, ...]]:
    """Each token's smoothed log probability under every reading, in the readings' order
    (worked out once: a reading's probabilities do not depend on the unit asking)."""
    if not model._logs and model.tokens:
        totals: Counter[str] = Counter()
        for counts in model.tokens.values():
            totals.update(counts)
        denominator = [totals[r] + _SMOOTHING * len(model.tokens) for r in model.readings]
        model._logs.update(
            (
                token,
                tuple(
                    math.log((counts.get(r, 0) + _SMOOTHING) / d)
                    for r, d in zip(model.readings, denominator, strict=True)
                ),
            )
            for token, counts in model.tokens.items()
        )
    return model._logs


def fit_votes(examples: Iterable[tuple[tuple[str, ...], str]]) -> ContextVotes:
    """Count (tokens, reading) examples; tokens seen fewer than MIN_COUNT times are dropped."""
    readings: Counter[str] = Counter()
    per_token: dict[str, Counter[str]] = {}
    for tokens, read in examples:
        readings[read] += 1
        for token in tokens:
            per_token.setdefault(token, Counter())[read] += 1
    kept = {
        token: dict(sorted(counts.items()))
        for token, counts in sorted(per_token.items())
        if sum(counts.values()) >= MIN_COUNT
    }
    return ContextVotes(dict(sorted(readings.items())), kept)


def write_votes(model: ContextVotes, path: Path, provenance: str) -> None:
    """The counts as JSON: the readings in order, then one line per token with its count
    under each reading in that order (sorted, so a change reads as a diff)."""
    order = list(model.readings)
    body = ",\n".join(
        f"{json.dumps(token, ensure_ascii=False)}: {_compact([counts.get(r, 0) for r in order])}"
        for token, counts in model.tokens.items()
    )
    path.write_text(
        f'{{"made_by": {json.dumps(provenance, ensure_ascii=False)},\n'
        f'"readings": {json.dumps(model.readings)},\n'
        f'"tokens": {{\n{body}\n}}}}\n',
        encoding="utf-8",
    )


def _compact(counts: list[int]) -> str:
    return json.dumps(counts, separators=(",", ":"))


def read_votes(path: Path) -> ContextVotes:
    """The counts written by write_votes."""
    data = json.loads(path.read_text(encoding="utf-8"))
    order = list(data["readings"])
    tokens = {
        token: {r: n for r, n in zip(order, counts, strict=True) if n}
        for token, counts in data["tokens"].items()
    }
    return ContextVotes(data["readings"], tokens)


@cache
def votes() -> ContextVotes:
    """The committed counts (data/context_votes.json), read once."""
    if not CONTEXT_VOTES_FILE.exists():
        # before the first `python -m etl train`: no opinion, and training replaces it anyway
        return ContextVotes({}, {})
    return read_votes(CONTEXT_VOTES_FILE)
