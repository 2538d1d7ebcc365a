"""人均救助 Per-capita aid: derived per person and per household beside the stated standards."""

import streamlit as st

from app import data, layout
from presentation import charts, tables, transforms
from presentation.charts import ChartText
from presentation.filters import describe
from presentation.i18n import t

INPUT_ROWS = 300

filters = layout.current_filters()
lang = filters.lang
line = describe(filters)
st.title(t("page_per_capita", lang))

if layout.require_data(lang):
    scope = filters.scope()
    derived = data.load("per_capita_summary", statuses=list(filters.statuses()), **scope)
    standards = data.load("standards_summary", **scope)
    panels = (
        ("per_person", "yuan_per_person"),
        ("per_household", "yuan_per_household"),
        (None, "yuan_per_person_month"),
    )
    for basis, unit in panels:
        mine = (
            derived.filter(derived["basis"] == basis)
            if basis and not derived.is_empty()
            else derived.clear()
        )
        stated = (
            standards.filter(standards["unit"] == unit) if not standards.is_empty() else standards
        )
        if mine.is_empty() and stated.is_empty():
            continue
        title = (
            t("per_capita_title", lang, b=t(basis, lang))
            if basis
            else t("stated_standard", lang) + "（每人每月）"
        )
        sources = transforms.source_text(stated) if not stated.is_empty() else "—"
        text = ChartText(title, unit, sources, t("per_capita_note", lang) if basis else "", line)
        layout.show_chart(
            charts.per_capita_strip(mine, stated, text, lang),
            filters,
            f"per_capita_{unit}",
            mine if not mine.is_empty() else stated,
            "人均救助",
        )
    st.subheader(t("inputs", lang))
    st.caption(t("per_capita_note", lang))
    inputs = data.load("per_capita", **scope)
    if not inputs.is_empty():
        inputs = inputs.filter(inputs["status"].is_in(filters.statuses()))
        if inputs.height > INPUT_ROWS:
            st.caption(t("showing_first", lang, k=INPUT_ROWS, n=inputs.height))
        inputs = inputs.sort("season", descending=True).head(INPUT_ROWS)
    st.dataframe(tables.per_capita_table(inputs, lang), hide_index=True, width="stretch")
