"""待复核 Review queue: analysts work through the figures the extractor was unsure of."""

import streamlit as st

from app import auth, data, layout, review
from app.review_panel import review_panel
from etl.corrections import store_path
from etl.extraction.confidence import threshold
from presentation import tables
from presentation.filters import describe_provinces
from presentation.i18n import t
from presentation.messages import in_language

filters = layout.current_filters()
lang = filters.lang
st.title(t("page_review", lang))
who = auth.analyst()

if who is None:
    st.info(t("analysts_only", lang))
elif layout.require_data(lang):
    st.caption(t("queue_lead", lang))
    try:
        decided = review.decided_keys(store_path(data.warehouse_path()))
    except review.StoreError as exc:  # the queue still shows, with what the warehouse says
        st.error(in_language(str(exc), lang))
        decided = []
    scope = {"provinces": list(filters.provinces), "decided": decided}
    counts = data.load("review_counts", **scope).row(0, named=True)
    st.markdown(
        "**"
        + t(
            "queue_count",
            lang,
            n=counts["n_needs_review"],
            m=counts["n_waiting"],
            th=f"{threshold():.2f}",
        )
        + "** · "
        + t("province", lang)
        + ("：" if lang == "zh" else ": ")
        + describe_provinces(filters)
    )
    if saved := st.session_state.pop("queue_saved", None):
        st.success(t("queue_saved", lang) + f" ({saved})")
    if counts["n_decided"]:
        st.info(t("queue_pending", lang, n=counts["n_decided"]), icon=":material/schedule:")
    queue = data.load("review_queue", limit=tables.MAX_ROWS, **scope)
    if counts["n_waiting"] > queue.height:
        st.caption(t("showing_top", lang, k=queue.height, n=counts["n_waiting"]))
    if queue.is_empty():
        st.success(t("queue_empty", lang))
    else:
        # A new table after each decision: the old selection would point at the next figure.
        table_key = f"review_queue_{st.session_state.get('queue_round', 0)}"
        event = st.dataframe(
            tables.queue_table(queue, lang),
            hide_index=True,
            width="stretch",
            on_select="rerun",
            selection_mode="single-row",
            key=table_key,
        )
        rows = event.selection.rows if event and event.selection else []
        if not rows:
            st.caption(t("queue_select", lang))
        else:
            fig = queue.row(rows[0], named=True)
            article = layout.figure_source(fig, lang, sentence_first=True)
            if article is not None and (action := review_panel(fig, article, who, lang)):
                st.session_state["queue_saved"] = tables.review_action_label(action, lang)
                st.session_state["queue_round"] = st.session_state.get("queue_round", 0) + 1
                st.rerun()
