"""报告来源 Sources: coverage grid, freshness per province, reports and articles, rejects."""

import streamlit as st

from app import data, layout
from exports.tables_out import reports_file
from presentation import heatmaps, tables, transforms
from presentation.charts import ChartText
from presentation.filters import describe, with_values
from presentation.i18n import t

filters = layout.current_filters()
lang = filters.lang
st.title(t("page_sources", lang))

if layout.require_data(lang):
    grid = data.load("coverage", provinces=list(filters.provinces))
    publishers = data.load("publishers", provinces=list(filters.provinces))
    # every season is listed here: captions and file names say the seasons shown
    shown_filters = (
        with_values(
            filters, season_from=int(grid["season"].min()), season_to=int(grid["season"].max())
        )
        if not grid.is_empty()
        else filters
    )
    text = ChartText(
        t("coverage_title", lang),
        "",
        transforms.source_text(publishers, lang),
        t("coverage_note", lang),
        describe(shown_filters, with_status=False),  # reports are counted whatever their figures
    )
    layout.show_chart(
        heatmaps.coverage_grid(grid, text, lang),
        shown_filters,
        "coverage",
        grid,
        t("subject_coverage", lang),
    )

    st.subheader(t("freshness", lang))
    fresh = data.load("freshness", provinces=list(filters.provinces))
    st.dataframe(tables.freshness_table(fresh, lang), hide_index=True, width="stretch")

    st.subheader(t("reports", lang))
    reports = data.load("reports", provinces=list(filters.provinces), limit=tables.MAX_ROWS)
    layout.rows_shown(reports, lang)
    layout.downloads(
        shown_filters,
        "reports",
        t("subject_reports", lang),
        {"CSV": (lambda: reports_file(data.connection().cursor(), filters), "text/csv")},
    )
    st.dataframe(
        tables.reports_table(reports, lang),
        hide_index=True,
        width="stretch",
        column_config={tables.header("source_url", lang): st.column_config.LinkColumn()},
    )

    st.subheader(t("rejected", lang))
    rejects = data.load("rejects")
    if rejects.is_empty():
        st.caption(t("no_rejects", lang))
    else:
        st.dataframe(tables.rejects_table(rejects, lang), hide_index=True, width="stretch")
