"""Compare extracted figures with hand-labelled gold figures (same rules as the scorer)."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from tests.conftest import GOLDEN_DIR


def load_gold() -> list[dict]:
    """Every gold file of tests/golden."""
    return [
        yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN_DIR.glob("*.yaml"))
    ]


def _same_value(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= 1e-4 * max(abs(float(a)), abs(float(b)), 1e-9)


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs of gold and predicted figures: same unit and value, metric or an accepted one."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        accepted = {g["metric"], *g.get("also", [])}
        for i, p in enumerate(pred):
            if i in used or p["unit"] != g["unit"] or not _same_value(p["value"], g["value"]):
                continue
            if p["metric"] not in accepted:
                continue
            used.add(i)
            pairs.append((g, p))
            break
    return pairs


@dataclass
class Score:
    """Micro-averaged scores over documents."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    qualifier: int = 0
    status: int = 0
    province: int = 0

    def add(self, gold: list[dict], pred: list[dict]) -> None:
        pairs = match(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.matched += len(pairs)
        self.qualifier += sum(g["qualifier"] == p["qualifier"] for g, p in pairs)
        self.status += sum(g["status"] == p["status"] for g, p in pairs)
        self.province += sum(g["province"] == p["province"] for g, p in pairs)

    @property
    def f1(self) -> float:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, field: str) -> float:
        return getattr(self, field) / self.matched if self.matched else 0.0
