"""人均救助 Per-capita aid: derived per person and per household beside the stated standards."""

import streamlit as st

from app import charts, data, layout, tables, transforms
from app.charts import ChartText
from app.filters import describe
from app.i18n import t

filters = layout.current_filters()
lang = filters.lang
line = describe(filters)
st.title(t("page_per_capita", lang))

if layout.require_data(lang):
    scope = {
        "provinces": list(filters.provinces),
        "season_from": filters.season_from,
        "season_to": filters.season_to,
    }
    derived = data.load("per_capita", **scope)
    if not derived.is_empty():
        derived = derived.filter(derived["status"].is_in(filters.statuses()))
    standards = data.load("standards", **scope)
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
        sources = "；".join(
            sorted({transforms.source_text(f) for f in (mine, stated) if not f.is_empty()})
        )
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
    st.dataframe(tables.per_capita_table(derived, lang), hide_index=True, width="stretch")
