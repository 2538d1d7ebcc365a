"""Fit the confidence weights on labelled reports (`python -m etl train`).

Every figure the extractor reads from a labelled report is a sample: its named evidence
(etl/extraction/confidence.py) and whether it is right (the gold holds a figure of the same
value, unit, metric and status). A logistic regression with a small L2 penalty, fitted by
Newton's method (deterministic, no dependency), gives one weight per kind of evidence; the
held-out folds (grouped by report) say how well the score separates right from wrong. The
context model (etl/extraction/context_votes.py) is counted here too, on the gold's reading of
each number; a sample's context agreement comes from the counts of the other folds.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from etl.evaluation import load_gold_from, match, same_value
from etl.extraction.confidence import BEYOND_CEILING, CONTEXT_AGREES, Weights
from etl.extraction.context_votes import (
    NO_FIGURE,
    ContextVotes,
    fit_votes,
    reading,
    write_votes,
)
from etl.extraction.pipeline import process_file

L2 = 1.0  # penalty on the weights (not the bias): keeps rare kinds of evidence near zero
_ITERATIONS = 25
_SEED = 1  # the folds' shuffle: the same folds on every run


@dataclass(frozen=True)
class Sample:
    """One extracted figure of a labelled report: its evidence and whether it is right; for
    the context model, the characters around its number, its unit and the gold's reading."""

    doc: str
    evidence: dict[str, float]
    right: bool
    context: tuple[str, ...] = ()
    unit: str = ""
    extracted: str = ""  # the extractor's "metric/status"
    reading: str = NO_FIGURE  # the gold's "metric/status" for this number, or no figure


def labelled_samples(gold_dir: Path, reports_dir: Path) -> list[Sample]:
    """Every figure extracted from the reports that `gold_dir` labels, marked right or wrong,
    its context agreement worked out by a context model that did not see its report."""
    samples = []
    for gold in load_gold_from(gold_dir):
        figures = process_file(reports_dir / gold["doc"]).figures
        pred = [f.contract() for f in figures]
        labels = gold.get("figures") or []
        right = {id(p) for g, p in match(labels, pred, strict=True) if g["status"] == p["status"]}
        read = _gold_readings(labels, pred)
        samples.extend(
            Sample(
                gold["doc"],
                f.evidence,
                id(p) in right,
                f.context,
                f.unit,
                reading(f.metric, f.status),
                reading(f.metric, f.status) if id(p) in right else read.get(id(p), NO_FIGURE),
            )
            for f, p in zip(figures, pred, strict=True)
            if not f.evidence.get(BEYOND_CEILING)  # decided by rule, not by weight
        )
    return _with_held_out_agreement(samples)


def _gold_readings(gold: list[dict], pred: list[dict]) -> dict[int, str]:
    """The gold's reading of each extracted figure whose value and unit the gold holds,
    whatever metric was extracted (keyed by id of the extracted record)."""
    used: set[int] = set()
    found = {}
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and g["unit"] == p["unit"] and same_value(p["value"], g["value"]):
                used.add(i)
                found[id(p)] = reading(g["metric"], g["status"])
                break
    return found


def _folds(samples: Sequence[Sample], folds: int) -> dict[str, int]:
    """Each report's fold: reports shuffled once by a fixed seed, then dealt out."""
    docs = sorted({s.doc for s in samples})
    random.Random(_SEED).shuffle(docs)
    return {doc: i % folds for i, doc in enumerate(docs)}


def context_votes(samples: Iterable[Sample]) -> ContextVotes:
    """The context model counted on labelled samples."""
    return fit_votes((s.context, s.reading) for s in samples)


def _with_held_out_agreement(samples: list[Sample], folds: int = 5) -> list[Sample]:
    """The samples with their context agreement from a context model counted on the other
    folds' reports: counted on its own report the model would know the answer, and the
    logistic fit would trust the agreement more than it deserves on reports never seen."""
    fold_of = _folds(samples, folds)
    out = list(samples)
    for k in range(folds):
        model = context_votes(s for s in samples if fold_of[s.doc] != k)
        for i, s in enumerate(samples):
            if fold_of[s.doc] == k:
                agreement = model.agreement(s.context, s.unit, s.extracted)
                out[i] = replace(s, evidence={**s.evidence, CONTEXT_AGREES: agreement})
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b (Gaussian elimination with partial pivoting; a is small and dense)."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def fit(samples: Sequence[Sample], l2: float = L2) -> Weights:
    """Logistic regression of right on the evidence, by Newton's method (threshold 0.5)."""
    names = sorted({name for s in samples for name in s.evidence})
    index = {name: i + 1 for i, name in enumerate(names)}  # 0 is the bias
    rows = [[(0, 1.0), *((index[k], v) for k, v in s.evidence.items())] for s in samples]
    ys = [1.0 if s.right else 0.0 for s in samples]
    beta = [0.0] * (len(names) + 1)
    for _ in range(_ITERATIONS):
        grad = [-l2 * b if i else 0.0 for i, b in enumerate(beta)]
        hess = [[0.0] * len(beta) for _ in beta]
        for i in range(1, len(beta)):
            hess[i][i] = l2
        for row, y in zip(rows, ys, strict=True):
            p = 1.0 / (1.0 + math.exp(-sum(beta[j] * v for j, v in row)))
            w = p * (1.0 - p)
            for j, v in row:
                grad[j] += (y - p) * v
                for k, u in row:
                    hess[j][k] += w * v * u
        step = _solve(hess, grad)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(map(abs, step)) < 1e-9:
            break
    return Weights(beta[0], {n: beta[index[n]] for n in names}, 0.5)


def predict(model: Weights, evidence: dict[str, float]) -> float:
    """The model's probability that a figure with this evidence is right."""
    z = model.bias + sum(model.weights.get(k, 0.0) * v for k, v in evidence.items())
    return 1.0 / (1.0 + math.exp(-z))


def held_out_scores(samples: Sequence[Sample], folds: int = 5) -> list[float]:
    """Each sample's score from a model fitted on the other folds (folds group reports)."""
    fold_of = _folds(samples, folds)
    scores = [0.0] * len(samples)
    for k in range(folds):
        model = fit([s for s in samples if fold_of[s.doc] != k])
        for i, s in enumerate(samples):
            if fold_of[s.doc] == k:
                scores[i] = predict(model, s.evidence)
    return scores


def auc(scores: Sequence[float], right: Sequence[bool]) -> float:
    """Area under the ROC curve: the chance a right figure scores above a wrong one."""
    ranked = sorted(zip(scores, right, strict=True))
    pos = sum(right)
    neg = len(right) - pos
    if not pos or not neg:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mean_rank = (i + j + 1) / 2  # ties share their mean rank (ranks from 1)
        rank_sum += mean_rank * sum(1 for _, r in ranked[i:j] if r)
        i = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


@dataclass(frozen=True)
class Flags:
    """Figures under a threshold: how many, how many of them wrong, of how many wrong."""

    flagged: int
    wrong_flagged: int
    wrong: int


def flags(scores: Iterable[float], right: Iterable[bool], threshold: float) -> Flags:
    """What a threshold would send to review."""
    pairs = list(zip(scores, right, strict=True))
    return Flags(
        sum(s < threshold for s, _ in pairs),
        sum(s < threshold and not r for s, r in pairs),
        sum(not r for _, r in pairs),
    )


def write_weights(model: Weights, path: Path, provenance: list[str]) -> None:
    """The fitted weights as data/confidence.yml, with how they were made as its header."""
    header = "".join(f"# {line}\n" for line in provenance)
    body = {
        "threshold": round(model.threshold, 3),
        "bias": round(model.bias, 4),
        "weights": {k: round(v, 4) for k, v in sorted(model.weights.items())},
    }
    path.write_text(header + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")


def review_threshold(scores: Sequence[float], share: float) -> float:
    """The score under which the least sure `share` of figures falls."""
    ranked = sorted(scores)
    return ranked[min(len(ranked) - 1, int(len(ranked) * share))]


def train(
    gold_dir: Path, reports_dir: Path, out: Path, review_share: float, votes_out: Path
) -> list[str]:
    """Count the context model and fit the weights on every labelled report, write them to
    `votes_out` and `out`, and say how well the held-out scores separate right from wrong."""
    samples = labelled_samples(gold_dir, reports_dir)
    right = [s.right for s in samples]
    held_out = held_out_scores(samples)
    cut = round(review_threshold(held_out, review_share), 3)
    flagged = flags(held_out, right, cut)
    model = fit(samples)
    lines = [
        f"Made by `python -m etl train` from {len({s.doc for s in samples})} labelled reports:",
        f"{len(samples)} figures, {flagged.wrong} of them wrong (metric or status).",
        f"Held out (5 folds by report): AUC {auc(held_out, right):.3f}; under {cut} "
        f"({review_share:.0%} of figures) {flagged.flagged} flagged, {flagged.wrong_flagged} of "
        "them wrong.",
    ]
    write_weights(Weights(model.bias, model.weights, cut), out, lines)
    write_votes(context_votes(samples), votes_out, lines[0])
    return [*lines, f"wrote {out}", f"wrote {votes_out}"]
