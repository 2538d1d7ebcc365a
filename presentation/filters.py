"""Shared filters and their place in the URL, so a copied link reopens the same view."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from etl.model import METRICS
from presentation.i18n import province_label, seasons_text, t

STATUSES = ("actual", "planned", "both")
# The provinces a leader follows: the overview shows one row each unless others are chosen.
FOCUS_PROVINCES = ("黑龙江", "青海", "湖南", "辽宁")
DEFAULT_METRIC = "households_reached"


@dataclass(frozen=True)
class Filters:
    """What the user has chosen: provinces (empty = all), season range, metric, status, language."""

    provinces: tuple[str, ...] = ()
    season_from: int = 0
    season_to: int = 0
    metric: str = DEFAULT_METRIC
    status: str = "actual"
    lang: str = "zh"

    def statuses(self) -> tuple[str, ...]:
        """The statuses to show ('both' shows actual and planned as separate series)."""
        return ("actual", "planned") if self.status == "both" else (self.status,)

    def scope(self) -> dict:
        """The query parameters of the chosen provinces and season range."""
        return {
            "provinces": list(self.provinces),
            "season_from": self.season_from,
            "season_to": self.season_to,
        }

    def focus(self) -> tuple[str, ...]:
        """The provinces of the overview rows: those chosen, else the focus provinces."""
        return self.provinces or FOCUS_PROVINCES

    def seasons(self) -> range:
        """Every season in the chosen range."""
        return range(self.season_from, self.season_to + 1)


def _int(value: str | None, fallback: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return fallback


def parse(params: Mapping[str, str], provinces: list[str], seasons: list[int]) -> Filters:
    """Filters from URL query parameters, each value checked against what exists."""
    lo, hi = (min(seasons), max(seasons)) if seasons else (0, 0)
    chosen = tuple(p for p in str(params.get("province", "")).split(",") if p in provinces)
    season_from = min(max(_int(params.get("from"), lo), lo), hi)
    season_to = min(max(_int(params.get("to"), hi), season_from), hi)
    metric = params.get("metric", DEFAULT_METRIC)
    status = params.get("status", "actual")
    lang = params.get("lang", "zh")
    return Filters(
        provinces=chosen,
        season_from=season_from,
        season_to=season_to,
        metric=metric if metric in METRICS else DEFAULT_METRIC,
        status=status if status in STATUSES else "actual",
        lang=lang if lang in ("zh", "en") else "zh",
    )


def to_params(filters: Filters, defaults: Filters) -> dict[str, str]:
    """Query parameters for the filters that differ from the defaults (short, shareable URLs)."""
    out: dict[str, str] = {}
    if filters.provinces:
        out["province"] = ",".join(filters.provinces)
    if filters.season_from != defaults.season_from:
        out["from"] = str(filters.season_from)
    if filters.season_to != defaults.season_to:
        out["to"] = str(filters.season_to)
    if filters.metric != defaults.metric:
        out["metric"] = filters.metric
    if filters.status != defaults.status:
        out["status"] = filters.status
    if filters.lang != defaults.lang:
        out["lang"] = filters.lang
    return out


def with_values(filters: Filters, **changes) -> Filters:
    """A copy of the filters with some values changed (e.g. the focus provinces of a page)."""
    return replace(filters, **changes)


def describe_provinces(filters: Filters) -> str:
    """The chosen provinces in one line (全部省份 when none is chosen)."""
    lang = filters.lang
    if not filters.provinces:
        return t("all_provinces", lang)
    return ("、" if lang == "zh" else ", ").join(province_label(p, lang) for p in filters.provinces)


def describe(filters: Filters, with_status: bool = True) -> str:
    """The active filters in one line, drawn under charts and written into exports
    (`with_status` False for what counts reports, which are neither actual nor planned)."""
    lang = filters.lang
    seasons = seasons_text(filters.season_from, filters.season_to, lang)
    parts = [describe_provinces(filters), seasons]
    if with_status:
        both = filters.status == "both"
        parts.append(t("status_both" if both else "status_" + filters.status, lang))
    return ("筛选：" if lang == "zh" else "Filters: ") + " · ".join(parts)


_UNSAFE = re.compile(r"[^\w\u4e00-\u9fff,.:-]")  # values from a link are shown, never rendered


def _shown(value: object) -> str:
    return _UNSAFE.sub("?", str(value))[:30]


def ignored_params(params: Mapping[str, str], filters: Filters) -> list[str]:
    """The URL parameters `parse` dropped or changed, as short 'name=value' texts."""
    out = []
    if "province" in params:
        asked = [p for p in str(params["province"]).split(",") if p]
        dropped = [p for p in asked if p not in filters.provinces]
        if dropped:
            out.append("province=" + ",".join(_shown(p) for p in dropped))
    for key, chosen in (("from", filters.season_from), ("to", filters.season_to)):
        if key in params and str(params[key]) != str(chosen):
            out.append(f"{key}={_shown(params[key])} → {chosen}")
    for key, chosen in (("metric", filters.metric), ("status", filters.status)):
        if key in params and params[key] != chosen:
            out.append(f"{key}={_shown(params[key])}")
    if "lang" in params and params["lang"] != filters.lang:
        out.append(f"lang={_shown(params['lang'])}")
    return out
