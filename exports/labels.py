"""Exports in the reader's language: headers and codes written out, numbers beside their text.

Staff hand a CSV or workbook on as it is, so `metric`, `aid_disbursed`, `yuan` and `[614, 621]`
become 指标, 发放资金, 元 and 614–621 (or their English words); each value comes twice, as a
number to compute with and as officials write it (3.5亿元).
"""

from __future__ import annotations

import polars as pl

from presentation import format
from presentation.columns import column as column_name
from presentation.i18n import metric_label, province_label, qualifier_label, status_label
from presentation.places_en import place_label
from presentation.publishers_en import publisher_label

LEVELS = {
    "province": {"zh": "全省", "en": "whole province"},
    "place": {"zh": "市县", "en": "city/county"},
}
BASES = {
    "per_person": {"zh": "每人", "en": "per person"},
    "per_household": {"zh": "每户", "en": "per household"},
}
KEYS = {"aid_delivered": {"zh": "发放资金与物资", "en": "Aid delivered"}}
YES_NO = {True: {"zh": "是", "en": "yes"}, False: {"zh": "否", "en": "no"}}
# Internal columns that mean nothing to a reader of a briefing.
DROPPED = ("n_total", "province_level", "part_of", "doc_sha256", "text_as_written")


def header(column: str, lang: str) -> str:
    """A column's header in the export's language (unknown columns keep their name)."""
    return column_name(column, lang)


def unit_label(unit: str | None, lang: str) -> str:
    """元 / yuan for a unit code."""
    if unit is None:
        return ""
    return (
        format.UNIT_AXIS.get(unit, {}).get(lang)
        if lang == "zh"
        else format.EN_UNITS.get(unit, unit)
    )


def _cell(column: str, value, lang: str):
    if value is None:
        return None
    if column in ("metric", "denominator_metric", "key"):
        return KEYS.get(value, {}).get(lang) or metric_label(value, lang)
    if column == "status":
        return status_label(value, lang)
    if column == "qualifier":
        return qualifier_label(value, lang)
    if column in ("unit", "denominator_unit"):
        return unit_label(value, lang)
    if column == "province":
        return province_label(value, lang)
    if column == "place":
        return place_label(value, lang)
    if column in ("publisher", "newest_publisher"):
        return publisher_label(value, lang)
    if column == "level":
        return LEVELS.get(value, {}).get(lang, value)
    if column == "basis":
        return BASES.get(value, {}).get(lang, value)
    if column == "span" and isinstance(value, list | tuple) and len(value) == 2:
        return f"{value[0]}–{value[1]}"
    if isinstance(value, bool):
        return YES_NO[value][lang]
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    return value


TEXT_COLUMNS = ("metric", "denominator_metric", "key", "status", "qualifier", "unit",
                "denominator_unit", "province", "level", "basis", "span", "place", "publisher",
                "newest_publisher")  # fmt: skip


def localise(frame: pl.DataFrame, lang: str = "zh") -> pl.DataFrame:
    """The frame as a reader gets it: headers and codes in `lang`, a written-out value beside
    the number, internal columns dropped."""
    frame = frame.drop([c for c in DROPPED if c in frame.columns])
    columns: dict[str, list] = {}
    for column in frame.columns:
        values = frame[column].to_list()
        if (
            column in TEXT_COLUMNS
            or frame.schema[column] in (pl.Boolean,)
            or isinstance(frame.schema[column], pl.List)
        ):
            values = [_cell(column, v, lang) for v in values]
        columns[header(column, lang)] = values
        if column == "value" and "unit" in frame.columns:
            quals = (
                frame["qualifier"].to_list()
                if "qualifier" in frame.columns
                else ["exact"] * frame.height
            )
            columns[header("amount", lang)] = [
                format.amount(v, u, q or "exact", lang) if v is not None and u else None
                for v, u, q in zip(values, frame["unit"].to_list(), quals, strict=True)
            ]
    return pl.DataFrame(columns, strict=False)
