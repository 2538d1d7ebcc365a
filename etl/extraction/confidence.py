"""A figure's confidence: the weight of the evidence that decided its metric and status.

The weights are set by hand in data/cues.yml (section `confidence`), one per kind of evidence,
so that a reader can see why a figure was trusted; none is keyed to a sentence of the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from etl.extraction import classify
from etl.extraction.context import any_within, first_right, nearest_left
from etl.extraction.cues import Cue, cues, raw_cues
from etl.extraction.mentions import Mention

_FAR = 30  # characters between a number and its cue beyond which the link is weak


@dataclass(frozen=True)
class _Weights:
    threshold: float
    evidence: dict[str, float]
    factors: dict[str, float]
    ceilings: dict[str, float]


@cache
def _weights() -> _Weights:
    data = raw_cues()["confidence"]
    return _Weights(
        float(data["threshold"]),
        dict(data["metric_evidence"]),
        dict(data["factors"]),
        {unit: float(v) for unit, v in data["ceilings"].items()},
    )


@cache
def _two_way() -> frozenset[str]:
    return frozenset(raw_cues()["confidence"].get("two_way_money_verbs", []))


def threshold() -> float:
    """Figures under this confidence are published for review."""
    return _weights().threshold


@cache
def _cues_for(metric: str) -> tuple[tuple[Cue | str, ...], tuple[Cue | str, ...]]:
    """(cue words of `metric`, cue words of the other metrics its unit allows); cached, so
    that the same tuple objects reach the per-text cue index (keyed by identity)."""
    c = cues()
    if metric in ("funds_raised", "aid_disbursed", "in_kind_value"):
        words = c.money_verbs + c.money_nouns
    elif metric in ("people_reached", "people_aided", "staff_mobilized"):
        words = c.person_verbs + c.person_nouns
    elif metric == "households_reached":
        return c.household_words, ()
    elif metric == "items_distributed":
        return c.item_words, ()
    else:
        return (), ()
    own = tuple(w for w in words if w.target == metric)
    other = tuple(w for w in words if w.target != metric)
    return own, other


def confidence(
    masked: str,
    m: Mention,
    scope: classify.Scope,
    metric: str,
    status: str,
    framed: bool,
    tabled: bool = False,
) -> float:
    """The extractor's estimate (0-1) that a figure's metric, value and status are right."""
    w = _weights()
    ev, fac = w.evidence, w.factors
    lo, hi = scope.clause
    own, other = _cues_for(metric)
    if tabled:
        score = ev["table"]
    elif metric == "aid_standard":
        score = ev["rate"]
    elif framed:
        score = ev["frame"]
    elif own and first_right(masked, m.end, min(hi, m.end + 8), own):
        score = ev["noun_after"]
    elif m.generic:
        score = ev["goods_measure"]
    elif own and (near := nearest_left(masked, lo, m.start, own)):
        score = ev["clause_cue"] * (fac["long_clause"] if m.start - near[0] > _FAR else 1.0)
    elif own and any_within(masked, m.end, hi, own):
        score = ev["clause_cue"]
    elif own and any_within(masked, *scope.sentence, own):
        score = ev["sentence_cue"]
    else:
        score = ev["default"]
    if other and any_within(masked, lo, hi, other) and not (framed or tabled):
        score *= fac["competing_cue"]
    if metric in ("funds_raised", "aid_disbursed") and not (framed or tabled):
        verb = nearest_left(masked, lo, m.start, cues().money_verbs)
        if verb and verb[1].word in _two_way():
            score *= fac["two_way_money"]
    if (
        status == "actual"
        and not tabled
        and classify.clause_status(masked, *scope.sentence) is None
    ):
        score *= fac["no_status_cue"]
    if m.value > w.ceilings.get(m.unit, float("inf")):
        score *= fac["beyond_ceiling"]
    return round(min(1.0, max(0.0, score)), 3)


NEEDS_REVIEW = "needs_review"


def needs_review(confidence_value: float) -> str | None:
    """'needs_review' for a figure the extractor is not sure of, else None."""
    return NEEDS_REVIEW if confidence_value < threshold() else None
