"""Extracted figures against hand-labelled gold figures: the matching rules of the scorer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from etl.extraction.periods import season_of


def load_gold_from(folder: Path) -> list[dict]:
    """Every gold file of `folder`."""
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yaml"))]


def same_value(a: float, b: float) -> bool:
    """Values equal within 0.01 %."""
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


def headline_season(figure: dict) -> int | None:
    """The season whose headline cell a figure can stand in: both ends of its period in one
    season (1 October to 30 September, named by the year it ends in); None for a figure whose
    period is open at the start or spans seasons (a calendar year, a running total)."""
    start, end = figure.get("period_start"), figure.get("period_end")
    if not start or not end:
        return None
    seasons = {season_of(date.fromisoformat(str(d)[:10])) for d in (start, end)}
    return seasons.pop() if len(seasons) == 1 else None


def match(gold: list[dict], pred: list[dict], strict: bool = False) -> list[tuple[dict, dict]]:
    """Pairs of gold and predicted figures: same unit and value, metric or an accepted one
    (strict: the gold metric only)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        accepted = {g["metric"]} if strict else {g["metric"], *g.get("also", [])}
        for i, p in enumerate(pred):
            if i in used or p["unit"] != g["unit"] or not same_value(p["value"], g["value"]):
                continue
            if p["metric"] not in accepted:
                continue
            used.add(i)
            pairs.append((g, p))
            break
    return pairs
