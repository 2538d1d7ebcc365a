"""Province headlines for leaders: latest value, its season, change, history and level.

A value rests on province-level figures when the province reported any; otherwise on one
city or county, named and never summed into the province (design principle 5).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from etl.units import format_amount
from presentation.transforms import KPI_METRICS, combine_qualifiers, latest_largest

# The four cards of each province row on the overview, in order.
HEADLINE_KEYS = ("households_reached", "funds_raised", "aid_delivered", "per_capita")
LONG_COLUMNS = ("province", "place", "season", "value", "unit", "qualifier", "quote", "publisher")
# Person-visits and household-visits count contacts, not people: never a per-capita basis.
PER_CAPITA_BASES = (("per_person", "yuan_per_person"), ("per_household", "yuan_per_household"))


# A change is shown against a report at most this many seasons before the latest one.
MAX_COMPARE_GAP = 3


# A value more than this many times larger or smaller than the previous one is not shown as a
# change: a province's largest figure may be a union's fund one season and the department's
# heating aid the next, and a "−99%" between them would be no change at all.
MAX_COMPARE_RATIO = 10.0


def comparable(season: int | None, value: float, previous_season: int | None, previous: float):
    """Whether a value may be compared with an earlier one: near in time and in size."""
    if season is None or previous_season is None or not value or not previous:
        return False
    ratio = value / previous
    return (
        season - previous_season <= MAX_COMPARE_GAP
        and 1 / MAX_COMPARE_RATIO <= ratio <= MAX_COMPARE_RATIO
    )


def unchanged(change: float | None) -> bool:
    """Whether a change rounds to 0.0%: no rise and no fall, however it is shown."""
    return change is not None and round(change * 100, 1) == 0


def change_text(change: float) -> str:
    """A change as the card writes it: +12.5%, -3.0%, and 0.0% without a sign when it rounds
    to nothing (an ASCII minus: Streamlit reads the sign to colour the card's arrow)."""
    return "0.0%" if unchanged(change) else f"{change * 100:+.1f}%"


@dataclass(frozen=True)
class Headline:
    """One card: a province's latest reported value of a metric and what it rests on."""

    province: str
    key: str
    unit: str
    level: str = "none"  # province | place | none
    place: str | None = None
    season: int | None = None
    value: float | None = None
    qualifier: str = "exact"
    previous_season: int | None = None
    previous_value: float | None = None
    quote: str = ""
    publisher: str = ""
    history: list[tuple[int, float]] = field(default_factory=list)

    @property
    def spark(self) -> list[float] | None:
        """The card's history season by season, a season without a report as NaN: the
        sparkline has no bar there instead of a line joining figures years apart (None: one
        season)."""
        if len(self.history) < 2:
            return None
        values = dict(self.history)
        first, last = self.history[0][0], self.history[-1][0]
        return [values.get(season, float("nan")) for season in range(first, last + 1)]

    @property
    def change(self) -> float | None:
        """Relative change against the previous reported season (None when there is none,
        when it lies more than MAX_COMPARE_GAP seasons back — a figure of 2006 says nothing
        about how 2023 went — or when the two differ more than MAX_COMPARE_RATIO times).
        Never for per-capita aid: each season's value divides another programme's money by
        its own recipients (a flood fund one season, a union's gift the next)."""
        if self.key == "per_capita" or self.value is None or self.previous_value is None:
            return None
        if not comparable(self.season, self.value, self.previous_season, self.previous_value):
            return None
        return self.value / self.previous_value - 1

    @property
    def no_change_note(self) -> str:
        """The i18n key saying why no change is shown: no earlier report, one too far back, or
        one too different in size to be the same measure, or a per-capita value."""
        if self.key == "per_capita":
            return "per_capita_not_compared"
        if self.previous_season is None:
            return "no_previous"
        if self.season is not None and self.season - self.previous_season > MAX_COMPARE_GAP:
            return "previous_too_far"
        return "previous_not_comparable"


def _empty() -> pl.DataFrame:
    return pl.DataFrame(
        schema={
            "province": pl.String,
            "place": pl.String,
            "season": pl.Int64,
            "value": pl.Float64,
            "unit": pl.String,
            "qualifier": pl.String,
            "quote": pl.String,
            "publisher": pl.String,
        }
    )


def kpi_rows(frame: pl.DataFrame, key: str, status: str, place: bool) -> pl.DataFrame:
    """Rows of one KPI per province (and place), season: aid delivered adds cash and goods."""
    if frame.is_empty():
        return _empty()
    names, unit = KPI_METRICS[key]
    rows = frame.filter(
        pl.col("metric").is_in(names) & (pl.col("unit") == unit) & (pl.col("status") == status)
    )
    if not place:
        rows = rows.with_columns(pl.lit(None, pl.String).alias("place"))
    grouped = rows.group_by("province", "place", "season").agg(
        pl.col("value").sum(),
        pl.col("qualifier"),
        pl.col("quote").sort_by("value", descending=True).first(),
        pl.col("publisher").sort_by("value", descending=True).first(),
    )
    return grouped.with_columns(
        pl.col("season").cast(pl.Int64),
        pl.lit(unit).alias("unit"),
        pl.col("qualifier").map_elements(combine_qualifiers, return_dtype=pl.String),
    ).select(LONG_COLUMNS)


def _per_capita_long(per_capita: pl.DataFrame, status: str, level: bool) -> pl.DataFrame:
    """Derived per-capita rows at province level (level=True) or below it."""
    if per_capita.is_empty():
        return _empty()
    rows = per_capita.filter(
        (pl.col("status") == status) & (pl.col("province_level") == level)
    ).with_columns(
        pl.when(pl.col("basis") == "per_household")
        .then(pl.lit("yuan_per_household"))
        .otherwise(pl.lit("yuan_per_person"))
        .alias("unit"),
        pl.when(pl.col("approximate"))
        .then(pl.lit("approx"))
        .otherwise(pl.lit("exact"))
        .alias("qualifier"),
        pl.col("per_capita_yuan").alias("value"),
        pl.col("season").cast(pl.Int64),
        # what the value is computed from, in place of a quote: 3000万元 ÷ 2万人
        pl.struct("aid_yuan", "denominator", "denominator_unit")
        .map_elements(_computed_from, return_dtype=pl.String)
        .alias("quote"),
        pl.col("publisher").fill_null(""),
    )
    if level:
        rows = rows.with_columns(pl.lit(None, pl.String).alias("place"))
    return rows.select(LONG_COLUMNS)


def _computed_from(row: dict) -> str:
    """The division behind a per-capita value, written as officials write amounts."""
    return (
        f"{format_amount(row['aid_yuan'], 'yuan')} ÷ "
        f"{format_amount(row['denominator'], row['denominator_unit'])}"
    )


def _pick(rows: pl.DataFrame, province: str, key: str, unit: str, level: str) -> Headline:
    by_season = rows.sort("value", descending=True).unique(["season"], keep="first").sort("season")
    history = list(zip(by_season["season"].to_list(), by_season["value"].to_list(), strict=True))
    latest = by_season.row(-1, named=True)
    previous = by_season.row(-2, named=True) if by_season.height > 1 else None
    return Headline(
        province=province,
        key=key,
        unit=unit,
        level=level,
        place=latest["place"],
        season=int(latest["season"]),
        value=float(latest["value"]),
        qualifier=latest["qualifier"],
        previous_season=int(previous["season"]) if previous else None,
        previous_value=float(previous["value"]) if previous else None,
        quote=latest["quote"] or "",
        publisher=latest["publisher"] or "",
        history=history,
    )


def _choose(province_rows: pl.DataFrame, place_rows: pl.DataFrame, province: str, key: str):
    """Province-level rows when there are any, else the place with the largest figure of the
    latest season a place reported."""
    mine = province_rows.filter(pl.col("province") == province)
    units = [u for _, u in PER_CAPITA_BASES] if key == "per_capita" else [KPI_METRICS[key][1]]
    for unit in units:  # per person first; per household only where no per-person value
        rows = mine.filter(pl.col("unit") == unit)
        if not rows.is_empty():
            return _pick(rows, province, key, unit, "province")
    places = place_rows.filter(pl.col("province") == province)
    for unit in units:
        rows = places.filter(pl.col("unit") == unit)
        if rows.is_empty():
            continue
        place = latest_largest(rows)["place"][0]
        return _pick(rows.filter(pl.col("place") == place), province, key, unit, "place")
    return Headline(province, key, units[0])


def province_headlines(
    metrics: pl.DataFrame,
    places: pl.DataFrame,
    per_capita: pl.DataFrame,
    provinces: list[str],
    status: str = "actual",
) -> dict[str, list[Headline]]:
    """For each province, one Headline per HEADLINE_KEYS (level 'none' when nothing reported)."""
    out: dict[str, list[Headline]] = {p: [] for p in provinces}
    for key in HEADLINE_KEYS:
        if key == "per_capita":
            top = _per_capita_long(per_capita, status, True)
            below = _per_capita_long(per_capita, status, False)
        else:
            top = kpi_rows(metrics, key, status, place=False)
            below = kpi_rows(places, key, status, place=True)
        for province in provinces:
            out[province].append(_choose(top, below, province, key))
    return out


def joint_total(headlines: dict[str, list[Headline]], index: int) -> tuple[float, int, str] | None:
    """Sum over provinces of card `index`, only when every province reports it at province
    level for the same season (value, season, qualifier); never for per-capita rates."""
    cards = [cards[index] for cards in headlines.values()]
    if len(cards) < 2 or cards[0].key == "per_capita":
        return None
    seasons = {c.season for c in cards}
    if any(c.level != "province" for c in cards) or len(seasons) != 1:
        return None
    return (
        sum(c.value or 0 for c in cards),
        seasons.pop(),
        combine_qualifiers([c.qualifier for c in cards]),
    )


GRID_KEYS = ("households_reached", "people_reached", "funds_raised", "aid_delivered")


def campaign_cells(
    metrics: pl.DataFrame, places: pl.DataFrame, province: str, status: str = "actual"
) -> pl.DataFrame:
    """One province's season × headline-metric cells: the province-level value, else the
    largest city or county figure of that season, named (level 'place'), never a sum."""
    parts = []
    for key in GRID_KEYS:
        top = kpi_rows(metrics, key, status, place=False).filter(pl.col("province") == province)
        below = kpi_rows(places, key, status, place=True).filter(
            (pl.col("province") == province) & ~pl.col("season").is_in(top["season"].implode())
        )
        below = below.sort("value", descending=True).unique(["season"], keep="first")
        for frame, level in ((top, "province"), (below, "place")):
            if not frame.is_empty():
                parts.append(
                    frame.with_columns(pl.lit(key).alias("key"), pl.lit(level).alias("level"))
                )
    if not parts:
        return _empty().with_columns(pl.lit("").alias("key"), pl.lit("").alias("level")).clear()
    return pl.concat(parts).sort("season", "key")
