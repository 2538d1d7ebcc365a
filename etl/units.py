"""Units and amounts written the way officials write them: 3.5亿元, 53.6万户, 134,237元."""

from __future__ import annotations

UNIT_SUFFIX = {
    "yuan": "元",
    "households": "户",
    "household_visits": "户次",
    "persons": "人",
    "person_visits": "人次",
    "items": "件",
    "yuan_per_household": "元/户",
    "yuan_per_person": "元/人",
    "yuan_per_person_month": "元/人·月",
}
# Visits count the people or households visited, once per visit.
_VISITED = {"person_visits": "persons", "household_visits": "households"}
QUALIFIER_PREFIX = {"approx": "约", "at_most": "不超过"}
QUALIFIER_SUFFIX = {"at_least": "余"}


def _scaled(value: float, base: float) -> str | None:
    """value / base written with at most two decimals, or None when that would round it."""
    scaled = round(value / base, 2)
    if abs(scaled * base - value) > 1e-6 * max(abs(value), 1):
        return None
    return f"{scaled:.2f}".rstrip("0").rstrip(".")


def format_number(value: float) -> str:
    """350000000 → '3.5亿', 536000 → '53.6万', 134237 → '134,237', 142199600 → '1.42亿'.

    万 is used where it is exact to two decimals; amounts of 亿 and more are rounded to two
    decimals of 亿, as officials write them.
    """
    value = float(value)
    if abs(value) >= 1e8:
        rounded = f"{value / 1e8:.2f}".rstrip("0").rstrip(".")
        return (_scaled(value, 1e8) or rounded) + "亿"
    if abs(value) >= 1e4 and (text := _scaled(value, 1e4)) is not None:
        return text + "万"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def format_amount(value: float, unit: str, qualifier: str = "exact") -> str:
    """An amount with its unit and qualifier word: 约480万元, 20余亿元, 5万余户, 53.6万户."""
    text = format_number(value)
    if qualifier in QUALIFIER_SUFFIX:
        # 余/多 stands before 万/亿 after a round number ("20余万") and after it otherwise
        # ("5万余", "9.2万余"): "5余万" is not how anyone writes it
        if text[-1] in "万亿" and text[:-1].isdigit() and text[-2] == "0":
            text = text[:-1] + QUALIFIER_SUFFIX[qualifier] + text[-1]
        else:
            text += QUALIFIER_SUFFIX[qualifier]
    return QUALIFIER_PREFIX.get(qualifier, "") + text + UNIT_SUFFIX.get(unit, "")


def counted_unit(unit: str) -> str:
    """Who or what a unit counts, visits taken as those visited (人次 → 人, 户次 → 户)."""
    return _VISITED.get(unit, unit)
