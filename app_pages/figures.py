"""数据明细 Figures: every figure in a filterable table; a selected row shows its sentence."""

import streamlit as st

from app import auth, data, layout, review
from app.review_panel import review_panel
from etl.corrections import store_path
from exports.naming import figures_subject
from exports.tables_out import figure_statuses, figures_file
from presentation import tables
from presentation.filters import describe
from presentation.i18n import t

filters = layout.current_filters()
lang = filters.lang
st.title(t("page_figures", lang))

if layout.require_data(lang):
    switches = st.columns(2)
    with switches[0]:
        all_metrics = layout.url_switch(t("all_metrics", lang), "all_metrics")
    with switches[1]:
        standards = layout.url_switch(
            t("with_standards", lang), "standards", t("standards_help", lang)
        )
    query = {
        **filters.scope(),
        "metric": "" if all_metrics else filters.metric,
        "statuses": figure_statuses(filters, standards),
    }
    figures = data.load("figures", limit=tables.MAX_ROWS, **query)
    total = int(figures["n_total"][0]) if not figures.is_empty() else 0
    # standards can be among the rows only when every metric or the standards' own is chosen
    listed = standards and (all_metrics or filters.metric == "aid_standard")
    shown_scope = [describe(filters), *([t("standards_listed", lang)] if listed else [])]
    st.caption(" · ".join([t("figures_count", lang, n=total), *shown_scope]))
    layout.rows_shown(figures, lang, "showing_first")
    if figures.is_empty():
        st.info(t("no_figures", lang))
    else:
        metric = "" if all_metrics else filters.metric

        def export(fmt: str) -> bytes:
            return figures_file(data.connection().cursor(), filters, fmt, metric, standards)[0]

        layout.downloads(
            filters,
            "figures",
            figures_subject(filters.status, lang),
            {
                "CSV": (lambda: export("csv"), "text/csv"),
                "XLSX": (lambda: export("xlsx"), layout.XLSX_MIME),
            },
        )
        try:  # decisions the next build applies: marked, as the review queue drops them
            decided = frozenset(review.decided_keys(store_path(data.warehouse_path())))
        except review.StoreError:
            decided = frozenset()
        shown = tables.figures_table(figures, lang, decided)
        event = st.dataframe(
            shown,
            hide_index=True,
            width="stretch",
            on_select="rerun",
            selection_mode="single-row",
            key="figures_table",
            column_config={
                tables.header("source_url", lang): st.column_config.LinkColumn(),
                # "下限（余/多/超过）" whole, not cut to "下限（"
                tables.header("qualifier", lang): st.column_config.TextColumn(width="medium"),
            },
        )
        rows = event.selection.rows if event and event.selection else []
        if not rows:
            st.caption(t("select_row", lang))
        else:
            fig = figures.row(rows[0], named=True)
            a = layout.figure_source(fig, lang)
            who = auth.analyst()
            if a is not None and who:
                review_panel(fig, a, who, lang)
