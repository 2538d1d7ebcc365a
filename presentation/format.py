"""Numbers for display: 3.5亿元, 53.6万户, 134,237元 in Chinese; 350 million yuan in English."""

from __future__ import annotations

from etl.units import format_amount, format_number


def is_wide(ch: str) -> bool:
    """Whether a character is set full width (Chinese, from the CJK radicals on): about one em
    wide, where a Latin letter or digit is about half of one."""
    return ord(ch) > 0x2E7F


EN_UNITS = {
    "yuan": "yuan",
    "households": "households",
    "household_visits": "household visits",
    "persons": "people",
    "person_visits": "person visits",
    "items": "items",
    "yuan_per_household": "yuan per household",
    "yuan_per_person": "yuan per person",
    "yuan_per_person_month": "yuan per person a month",
}
EN_QUALIFIERS = {"approx": "about ", "at_least": "over ", "at_most": "at most "}
UNIT_AXIS = {
    "yuan": {"zh": "元", "en": "yuan"},
    "households": {"zh": "户", "en": "households"},
    "household_visits": {"zh": "户次", "en": "household visits"},
    "persons": {"zh": "人", "en": "people"},
    "person_visits": {"zh": "人次", "en": "person visits"},
    "items": {"zh": "件", "en": "items"},
    "yuan_per_household": {"zh": "元/户", "en": "yuan per household"},
    "yuan_per_person": {"zh": "元/人", "en": "yuan per person"},
    "yuan_per_person_month": {"zh": "元/人·月", "en": "yuan per person a month"},
}


def _english_number(value: float) -> str:
    for base, word in ((1e9, " billion"), (1e6, " million")):
        if abs(value) >= base:
            return f"{value / base:.2f}".rstrip("0").rstrip(".") + word
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def amount(value: float | None, unit: str, qualifier: str = "exact", lang: str = "zh") -> str:
    """An amount with unit and qualifier in the interface language."""
    if value is None:
        return "—"
    if lang == "zh":
        return format_amount(value, unit, qualifier)
    return (
        EN_QUALIFIERS.get(qualifier, "") + _english_number(value) + " " + EN_UNITS.get(unit, unit)
    )


def number(value: float, lang: str = "zh") -> str:
    """A number without unit (axis ticks, table cells)."""
    return format_number(value) if lang == "zh" else _english_number(value)


def unit_label(unit: str, lang: str = "zh") -> str:
    """A unit for an axis title."""
    return UNIT_AXIS.get(unit, {}).get(lang, unit)


def percent_change(change: float | None) -> str | None:
    """+12.5% / −3.0% (None when there is nothing to compare)."""
    if change is None:
        return None
    return f"{change * 100:+.1f}%".replace("-", "−")


def compact(value: float, qualifier: str = "exact", lang: str = "zh") -> str:
    """A short number for a table cell whose unit stands in the header: 345.5万, 3.46M."""
    if lang == "zh":
        text = format_number(round(value, 0) if abs(value) < 1e4 else value)
        mark = {"approx": "约", "at_least": "", "at_most": "≤"}.get(qualifier, "")
        return mark + text + ("余" if qualifier == "at_least" else "")
    for base, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= base:
            text = f"{value / base:.3g}" + suffix
            break
    else:
        text = f"{value:,.0f}"
    return {"approx": "~", "at_least": "≥", "at_most": "≤"}.get(qualifier, "") + text


def as_written(
    value: float, unit: str, qualifier: str, written: str | None, lang: str = "zh"
) -> str:
    """An amount as the report wrote it where the qualifier sits inside the number
    (3.5万余元, 20多亿元), else written the usual way."""
    if lang == "zh" and written and ("余" in written or "多" in written):
        prefix = "约" if qualifier == "approx" and not written.startswith("约") else ""
        return prefix + written
    return amount(value, unit, qualifier, lang)


def chart_text(text: str | None) -> str:
    """Report text for a chart's hover: Plotly reads tags in hover text (<b>, <a href>), so
    the text's own angle brackets and ampersands are written as entities it shows as text."""
    if not text:
        return ""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
