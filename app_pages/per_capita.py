"""人均救助 Per-capita aid over the seasons: per person and per household, stated rates beside."""

import polars as pl
import streamlit as st

from app import data, layout
from presentation import charts, tables, transforms
from presentation.charts import ChartText
from presentation.filters import describe, with_values
from presentation.i18n import t

INPUT_ROWS = 300

filters = layout.current_filters()
lang = filters.lang
st.title(t("page_per_capita", lang))

if layout.require_data(lang):
    # The focus provinces unless others are chosen: a line per province stays readable.
    focus = filters.focus()
    # downloads are named and captioned by the provinces drawn
    shown_filters = with_values(filters, provinces=focus)
    line = describe(shown_filters)
    scope = {**filters.scope(), "provinces": list(focus)}
    derived = data.load("per_capita", **scope)
    standards = data.load("standards", **scope)
    st.caption(t("per_capita_note", lang))
    for basis, unit in (("per_person", "yuan_per_person"), ("per_household", "yuan_per_household")):
        shown = transforms.per_capita_series(derived, basis, filters.statuses())
        stated = standards.filter(pl.col("unit") == unit) if not standards.is_empty() else standards
        if shown.is_empty() and stated.is_empty():
            continue
        text = ChartText(
            t("per_capita_title", lang, b=t(basis, lang)),
            unit,
            transforms.sources_of(
                lang, transforms.per_capita_rows(derived, basis, filters.statuses()), stated
            ),
            t("per_capita_note_" + basis, lang),
            line,
            t("denominator_" + basis, lang),
        )
        fig = charts.per_capita_chart(shown, stated, filters.seasons(), text, lang, focus)
        layout.show_chart(
            fig,
            shown_filters,
            f"per_capita_{unit}",
            transforms.per_capita_chart_data(shown, stated),
            t("per_capita_subject_" + basis, lang),
        )
    monthly = (
        standards.filter(pl.col("unit") == "yuan_per_person_month")
        if not standards.is_empty()
        else standards
    )
    if not monthly.is_empty():
        st.subheader(t("stated_standard", lang) + t("per_month", lang))
        st.dataframe(tables.standards_table(monthly, lang), hide_index=True, width="stretch")
    st.subheader(t("inputs", lang))
    inputs = derived
    if not inputs.is_empty():
        inputs = inputs.filter(inputs["status"].is_in(filters.statuses()))
        if inputs.height > INPUT_ROWS:
            st.caption(t("showing_top", lang, k=INPUT_ROWS, n=inputs.height))
        inputs = inputs.sort("season", descending=True).head(INPUT_ROWS)
    st.dataframe(tables.per_capita_table(inputs, lang), hide_index=True, width="stretch")
