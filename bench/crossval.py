"""Document-grouped 5-fold scores of the extractor on the labelled reports, and a confusion matrix.

usage: python bench/crossval.py [--reports reports] [--gold tests/golden] [--folds 5] [--json]

The extractor's rules are set by hand in etl/data/cues.yml, not fitted, so nothing is trained
on four folds: each fold is scored as it stands, and the spread across folds shows whether the
score rests on a few documents. The confidence weights are fitted on all the labelled reports
(`python -m etl train`, which prints their held-out separation); here they are in-sample.
Documents are assigned to folds by a hash of their name (stable, independent of the order of
files). The confusion matrix counts, for gold figures whose value and unit were found, the gold
metric against the extracted one. It also reports how well the confidence separates right from
wrong figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.extraction.confidence import threshold  # noqa: E402
from etl.extraction.pipeline import process_file  # noqa: E402
from etl.model import METRICS  # noqa: E402
from tests.scoring import Score, load_gold_from, match  # noqa: E402


def fold_of(doc: str, folds: int) -> int:
    """The fold a document belongs to: a stable hash of its name."""
    return int(hashlib.sha256(doc.encode()).hexdigest(), 16) % folds


def _detected(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs of the same unit and value, whatever the metric (for the confusion matrix)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if i in used or p["unit"] != g["unit"]:
                continue
            if abs(float(p["value"]) - float(g["value"])) > 1e-4 * max(abs(float(g["value"])), 1):
                continue
            used.add(i)
            pairs.append((g, p))
            break
    return pairs


def _row(score: Score) -> dict:
    return {
        "docs": score.docs,
        "gold": score.gold,
        "pred": score.pred,
        "f1": round(score.f1, 3),
        "strict": round(score.strict_f1, 3),
        "place": round(score.accuracy("place"), 3),
        "status": round(score.accuracy("status"), 3),
        "season": round(score.accuracy("season"), 3),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=Path, default=ROOT / "reports")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "golden")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    golds = load_gold_from(a.gold)
    per_fold = [Score() for _ in range(a.folds)]
    total = Score()
    confusion: Counter[tuple[str, str]] = Counter()
    right_conf, wrong_conf = [], []
    flagged_wrong = flagged = 0
    for g in golds:
        pred = [f.contract() for f in process_file(a.reports / g["doc"]).figures]
        for score in (per_fold[fold_of(g["doc"], a.folds)], total):
            score.add(g["figures"], pred)
            score.docs += 1
        for gold_fig, p in _detected(g["figures"], pred):
            confusion[(gold_fig["metric"], p["metric"])] += 1
        strict = {id(p) for _, p in match(g["figures"], pred, strict=True)}
        for p in pred:
            ok = id(p) in strict
            (right_conf if ok else wrong_conf).append(p["confidence"])
            if p["confidence"] < threshold():
                flagged += 1
                flagged_wrong += not ok
    folds = [_row(s) for s in per_fold]
    out = {
        "folds": folds,
        "mean_f1": round(sum(f["f1"] for f in folds) / len(folds), 3),
        "min_f1": min(f["f1"] for f in folds),
        "all": _row(total),
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items()) if g != p},
        "confidence": {
            "mean_right": round(sum(right_conf) / max(len(right_conf), 1), 3),
            "mean_wrong": round(sum(wrong_conf) / max(len(wrong_conf), 1), 3),
            "flagged": flagged,
            "flagged_wrong": flagged_wrong,
            "wrong": len(wrong_conf),
        },
    }
    if a.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    for i, f in enumerate(folds):
        print(f"fold {i}: " + " ".join(f"{k}={v}" for k, v in f.items()))
    print(f"mean F1 {out['mean_f1']}  min F1 {out['min_f1']}")
    print("all: " + " ".join(f"{k}={v}" for k, v in out["all"].items()))
    print("\nconfusion (gold metric -> extracted), value and unit found:")
    metrics = [m for m in METRICS if any(m in k for k in confusion)]
    print(" " * 19 + " ".join(f"{m[:9]:>9s}" for m in metrics))
    for g in metrics:
        cells = " ".join(f"{confusion.get((g, p), 0):9d}" for p in metrics)
        print(f"{g:18s} {cells}")
    c = out["confidence"]
    print(
        f"\nconfidence: mean {c['mean_right']} on right figures, {c['mean_wrong']} on wrong "
        f"(strict); {c['flagged']} flagged for review, {c['flagged_wrong']} of them wrong, "
        f"of {c['wrong']} wrong in all"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
