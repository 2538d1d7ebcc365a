"""Compare extracted figures with hand-labelled gold figures (same rules as the scorer)."""

from __future__ import annotations

from dataclasses import dataclass

from etl.evaluation import headline_season, load_gold_from, match, same_place
from tests.conftest import GOLDEN_DIR


def load_gold() -> list[dict]:
    """Every gold file of tests/golden."""
    return load_gold_from(GOLDEN_DIR)


@dataclass
class Score:
    """Micro-averaged scores over documents."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    qualifier: int = 0
    status: int = 0
    province: int = 0
    place: int = 0
    season: int = 0
    strict_matched: int = 0
    docs: int = 0

    def add(self, gold: list[dict], pred: list[dict]) -> None:
        pairs = match(gold, pred)
        self.strict_matched += len(match(gold, pred, strict=True))
        self.place += sum(same_place(g.get("place"), p["place"]) for g, p in pairs)
        self.season += sum(headline_season(g) == headline_season(p) for g, p in pairs)
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

    @property
    def strict_f1(self) -> float:
        p = self.strict_matched / self.pred if self.pred else 0.0
        r = self.strict_matched / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, field: str) -> float:
        return getattr(self, field) / self.matched if self.matched else 0.0
