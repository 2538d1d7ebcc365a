"""人均救助 Per-capita aid: derived per person and per household beside the stated standards."""

import streamlit as st

from app import charts, data, layout, tables, transforms
from app.i18n import t

filters = layout.current_filters()
lang = filters.lang
st.title(t("page_per_capita", lang))

if layout.require_data(lang):
    scope = {
        "provinces": list(filters.provinces),
        "season_from": filters.season_from,
        "season_to": filters.season_to,
    }
    derived = data.load("per_capita", **scope)
    derived = (
        derived.filter(derived["status"].is_in(filters.statuses()))
        if not derived.is_empty()
        else derived
    )
    standards = data.load("standards", **scope)
    filter_line = layout.filter_line(filters)
    for basis, rate_units, key in (
        ("per_person", ("yuan_per_person",), "per_person"),
        ("per_household", ("yuan_per_household",), "per_household"),
    ):
        mine = derived.filter(derived["basis"] == basis) if not derived.is_empty() else derived
        stated = (
            standards.filter(standards["unit"].is_in(rate_units))
            if not standards.is_empty()
            else standards
        )
        if mine.is_empty() and stated.is_empty():
            continue
        both = [f for f in (mine, stated) if not f.is_empty()]
        st.plotly_chart(
            charts.per_capita_strip(
                mine,
                stated,
                charts.ChartText(
                    t("per_capita_title", lang, b=t(key, lang)),
                    rate_units[0],
                    "；".join(sorted({transforms.source_text(f) for f in both})),
                    t("per_capita_note", lang),
                    filter_line,
                ),
                lang,
            ),
            width="stretch",
        )
    monthly = (
        standards.filter(standards["unit"] == "yuan_per_person_month")
        if not standards.is_empty()
        else standards
    )
    if not monthly.is_empty():
        st.plotly_chart(
            charts.per_capita_strip(
                monthly.clear(),
                monthly,
                charts.ChartText(
                    t("stated_standard", lang),
                    "yuan_per_person_month",
                    transforms.source_text(monthly),
                    "",
                    filter_line,
                ),
                lang,
            ),
            width="stretch",
        )
    st.subheader(t("inputs", lang))
    st.caption(t("per_capita_note", lang))
    st.dataframe(tables.per_capita_table(derived, lang), hide_index=True, width="stretch")
