"""A figure's confidence: a logistic score over the evidence that decided its metric and status.

The evidence is named (a cue word after the number, a slot of an enumeration, a clause with a
competing cue …) so that a reader can see why a figure was trusted or not; the weight of each
kind is fitted on the bundled gold by `python -m etl train` and kept in data/confidence.yml.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import yaml

from etl.extraction import classify
from etl.extraction.context import any_within, first_right, nearest_left
from etl.extraction.cues import Cue, cues, raw_cues
from etl.extraction.mentions import Mention
from etl.paths import CONFIDENCE_FILE

_FAR = 30  # characters between a number and its cue beyond which the link is weak
# More figures than this in one sentence count as this many: a long list is a long list.
MAX_SENTENCE_FIGURES = 8
# A value beyond its unit's ceiling is never trusted, whatever else the evidence says: too rare
# in the gold for a fitted weight to say so.
BEYOND_CEILING = "beyond_ceiling"
_UNTRUSTED = 0.05


@dataclass(frozen=True)
class Weights:
    """The fitted logistic model: a bias, one weight per kind of evidence, and the threshold
    under which a figure is published for review."""

    bias: float
    weights: dict[str, float]
    threshold: float


@cache
def weights() -> Weights:
    """The weights of data/confidence.yml, read once."""
    data = yaml.safe_load(CONFIDENCE_FILE.read_text(encoding="utf-8"))
    return Weights(
        float(data["bias"]),
        {name: float(w) for name, w in data["weights"].items()},
        float(data["threshold"]),
    )


@cache
def _ceilings() -> dict[str, float]:
    return {unit: float(v) for unit, v in raw_cues()["confidence"]["ceilings"].items()}


@cache
def _two_way() -> frozenset[str]:
    return frozenset(raw_cues()["confidence"].get("two_way_money_verbs", []))


def threshold() -> float:
    """Figures under this confidence are published for review."""
    return weights().threshold


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


def _decided_by(
    masked: str, m: Mention, scope: classify.Scope, metric: str, framed: bool, tabled: bool
) -> str:
    """The strongest evidence for the metric, as a feature name."""
    lo, hi = scope.clause
    own, _ = _cues_for(metric)
    if tabled:
        return "table"
    if metric == "aid_standard":
        return "rate"
    if framed:
        return "frame"
    if own and first_right(masked, m.end, min(hi, m.end + 8), own):
        return "noun_after"  # "2万元慰问金", "300名志愿者"
    if m.generic:
        return "goods_measure"  # 10个 next to a goods noun
    if own and nearest_left(masked, lo, m.start, own):
        return "clause_cue"
    if own and any_within(masked, m.end, hi, own):
        return "clause_cue_after"
    if own and any_within(masked, *scope.sentence, own):
        return "sentence_cue"
    return "no_cue"  # the metric is the fallback of its unit


def evidence(
    masked: str,
    m: Mention,
    scope: classify.Scope,
    metric: str,
    status: str,
    framed: bool,
    tabled: bool = False,
) -> dict[str, float]:
    """The named evidence behind a figure's metric and status (feature name → value).

    The count of figures in the sentence is added by the caller, once the article is read."""
    lo, hi = scope.clause
    own, other = _cues_for(metric)
    found = {_decided_by(masked, m, scope, metric, framed, tabled): 1.0, f"metric:{metric}": 1.0}
    near = nearest_left(masked, lo, m.start, own) if own else None
    if near and m.start - near[0] > _FAR:
        found["far_cue"] = 1.0
    if other and any_within(masked, lo, hi, other) and not (framed or tabled):
        found["competing_cue"] = 1.0  # a cue of another metric of the same unit
    if metric in ("funds_raised", "aid_disbursed") and not (framed or tabled):
        verb = nearest_left(masked, lo, m.start, cues().money_verbs)
        if verb and verb[1].word in _two_way():
            found["two_way_money"] = 1.0  # 投入, 安排 …: money coming in or going out
    if (
        status == "actual"
        and not tabled
        and classify.clause_status(masked, *scope.sentence) is None
    ):
        found["no_status_cue"] = 1.0  # actual by default
    if status == "planned":
        found["planned"] = 1.0
    if m.generic:
        found["generic_measure"] = 1.0
    if m.value > _ceilings().get(m.unit, float("inf")):
        found[BEYOND_CEILING] = 1.0  # a typo or a misread number
    return found


def with_sentence_figures(found: dict[str, float], count: int) -> dict[str, float]:
    """The evidence with the number of figures its sentence holds (scaled to 0-1)."""
    return {**found, "sentence_figures": min(count, MAX_SENTENCE_FIGURES) / MAX_SENTENCE_FIGURES}


CONTEXT_AGREES = "context_agrees"


def with_context(found: dict[str, float], agreement: float) -> dict[str, float]:
    """The evidence with how far the number's surrounding characters agree with its reading
    (0-1, etl/extraction/context_votes.py)."""
    return {**found, CONTEXT_AGREES: agreement}


def score(found: dict[str, float], model: Weights | None = None) -> float:
    """The logistic score (0-1) of the evidence under the fitted weights."""
    if found.get(BEYOND_CEILING):
        return _UNTRUSTED
    model = model or weights()
    z = model.bias + sum(model.weights.get(name, 0.0) * v for name, v in found.items())
    return round(1.0 / (1.0 + math.exp(-z)), 3)


NEEDS_REVIEW = "needs_review"


def needs_review(confidence_value: float) -> str | None:
    """'needs_review' for a figure the extractor is not sure of, else None."""
    return NEEDS_REVIEW if confidence_value < threshold() else None
