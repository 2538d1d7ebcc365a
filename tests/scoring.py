"""Compare extracted figures with hand-labelled gold figures (same rules as the scorer)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.conftest import GOLDEN_DIR


def load_gold() -> list[dict]:
    """Every gold file of tests/golden."""
    return load_gold_from(GOLDEN_DIR)


def load_gold_from(folder: Path) -> list[dict]:
    """Every gold file of `folder`."""
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yaml"))]


def _same_value(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= 1e-4 * max(abs(float(a)), abs(float(b)), 1e-9)


_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "街道", "省", "市", "县", "区", "镇", "乡")


def _bare(place: str | None) -> str:
    s = str(place or "").strip()
    for suffix in _SUFFIXES:
        if len(s) > len(suffix) + 1 and s.endswith(suffix):
            return s[: -len(suffix)]
    return s


def same_place(a: str | None, b: str | None) -> bool:
    """Places equal without suffixes, or one names the other's area (沈阳 ~ 沈阳市和平区)."""
    a, b = str(a or "").strip(), str(b or "").strip()
    if not a or not b:
        return a == b
    ba, bb = _bare(a), _bare(b)
    return ba == bb or a.startswith(bb) or b.startswith(ba) or a.endswith(b) or b.endswith(a)


def match(gold: list[dict], pred: list[dict], strict: bool = False) -> list[tuple[dict, dict]]:
    """Pairs of gold and predicted figures: same unit and value, metric or an accepted one
    (strict: the gold metric only)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        accepted = {g["metric"]} if strict else {g["metric"], *g.get("also", [])}
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
    place: int = 0
    strict_matched: int = 0
    docs: int = 0

    def add(self, gold: list[dict], pred: list[dict]) -> None:
        pairs = match(gold, pred)
        self.strict_matched += len(match(gold, pred, strict=True))
        self.place += sum(same_place(g.get("place"), p["place"]) for g, p in pairs)
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
