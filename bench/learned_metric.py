"""Does a fitted metric chooser beat the hand-written rules? An experiment, not a test.

usage: python -m bench.learned_metric [--test-gold DIR --test-docs DIR]

For every extracted figure in yuan or persons whose value and unit match a gold figure, the
features are hashed character n-grams of the clause before it and the words after it, plus the
rules' own metric; a softmax regression learns the gold metric among the unit's metrics
(funds_raised / aid_disbursed / in_kind_value, or people_reached / people_aided /
staff_mobilized). It prints the metric accuracy of the rules and of the model: document-grouped
5-fold on the bundled reports, and, given a held-out labelled folder, trained on all bundled
reports and scored there once.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.extraction.pipeline import process_file  # noqa: E402
from tests.scoring import load_gold_from  # noqa: E402

FAMILIES = {
    "yuan": ("funds_raised", "aid_disbursed", "in_kind_value"),
    "persons": ("people_reached", "people_aided", "staff_mobilized"),
    "person_visits": ("people_reached", "people_aided", "staff_mobilized"),
}
DIM = 1 << 15  # hashed feature space
_LEFT, _RIGHT = 24, 12  # characters of context read on each side


@dataclass
class Example:
    """One matched figure: its hashed features, the gold and the rules' metric index."""

    doc: str
    features: list[int]
    gold: int
    rule: int


def _hash(feature: str) -> int:
    return int(hashlib.md5(feature.encode()).hexdigest()[:8], 16) % DIM


def features(text: str, span: tuple[int, int], rule_metric: str) -> list[int]:
    """Hashed n-grams (1–3) of the clause before the figure and of the words after it."""
    start, end = span
    left = text[max(0, start - _LEFT) : start]
    left = left[max(left.rfind(m) for m in "。；！？\n") + 1 :]
    right = text[end : end + _RIGHT]
    cut = min((i for i in (right.find(m) for m in "，。；！？\n") if i >= 0), default=len(right))
    right = right[:cut]
    names = [f"rule={rule_metric}"]
    for n in (1, 2, 3):
        names += [f"L{n}:{left[i : i + n]}" for i in range(len(left) - n + 1)]
        names += [f"R{n}:{right[i : i + n]}" for i in range(len(right) - n + 1)]
    return [_hash(name) for name in names]


def examples(gold_dir: Path, docs_dir: Path) -> list[Example]:
    """Matched yuan and person figures of every labelled report in the folders."""
    out = []
    for gold in load_gold_from(gold_dir):
        doc = process_file(docs_dir / gold["doc"])
        used: set[int] = set()
        for fig in doc.figures:
            family = FAMILIES.get(fig.unit)
            if family is None:
                continue
            for i, g in enumerate(gold["figures"]):
                same = g["unit"] == fig.unit and abs(float(g["value"]) - fig.value) < 1e-6
                if i in used or not same:
                    continue
                if g["metric"] in family:
                    used.add(i)
                    rule = family.index(fig.metric) if fig.metric in family else -1
                    feats = features(doc.text, fig.span, fig.metric)
                    out.append(Example(gold["doc"], feats, family.index(g["metric"]), rule))
                break
    return out


def train(rows: list[Example], epochs: int = 30, rate: float = 0.5) -> np.ndarray:
    """Softmax regression by stochastic gradient descent (weights decay a little each epoch)."""
    weights = np.zeros((DIM, 3))
    for epoch in range(epochs):
        for i in np.random.RandomState(epoch).permutation(len(rows)):
            idx = rows[i].features
            z = weights[idx].sum(0)
            p = np.exp(z - z.max())
            p /= p.sum()
            p[rows[i].gold] -= 1
            weights[idx] -= rate * p / max(1, len(idx)) ** 0.5
        weights *= 1 - 1e-4
    return weights


def accuracy(weights: np.ndarray, rows: list[Example]) -> tuple[float, float]:
    """The rules' and the model's share of right metrics."""
    model = sum(int(np.argmax(weights[r.features].sum(0))) == r.gold for r in rows)
    rules = sum(r.rule == r.gold for r in rows)
    return rules / len(rows), model / len(rows)


def main() -> None:
    """Print cross-validated and held-out metric accuracy of the rules and of the model."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--test-gold", type=Path)
    parser.add_argument("--test-docs", type=Path)
    args = parser.parse_args()
    rows = examples(ROOT / "tests" / "golden", ROOT / "reports")
    fold = [int(hashlib.sha256(r.doc.encode()).hexdigest(), 16) % 5 for r in rows]
    right_rules = right_model = 0
    for k in range(5):
        held = [r for r, f in zip(rows, fold, strict=True) if f == k]
        weights = train([r for r, f in zip(rows, fold, strict=True) if f != k])
        rules, model = accuracy(weights, held)
        right_rules += rules * len(held)
        right_model += model * len(held)
    print(
        f"bundled, {len(rows)} matched figures, 5 folds by document: "
        f"rules {right_rules / len(rows):.3f} (written on these reports), "
        f"model {right_model / len(rows):.3f}"
    )
    if args.test_gold and args.test_docs:
        held = examples(args.test_gold, args.test_docs)
        rules, model = accuracy(train(rows), held)
        print(f"held out, {len(held)} matched figures: rules {rules:.3f}, model {model:.3f}")


if __name__ == "__main__":
    main()
