"""The analyst's review controls for one figure: confirm, reject, correct, or add a missed one."""

from __future__ import annotations

import streamlit as st

from app import data, review
from etl.corrections import store_path
from etl.model import METRIC_UNITS, QUALIFIERS, STATUSES
from presentation.format import amount, unit_label
from presentation.i18n import metric_label, qualifier_label, status_label, t
from presentation.messages import in_language


def review_panel(fig: dict, article: dict, who: str, lang: str) -> str | None:
    """Controls shown under a selected figure, for signed-in analysts only; returns the
    decision recorded in this run about the figure (confirm, reject, correct), else None."""
    store = store_path(data.warehouse_path())
    decided = None
    st.subheader(t("review", lang))
    # A row that wraps on a phone, each button as wide as its label (never cut short).
    row = st.container(horizontal=True)
    for action, label, icon in (
        ("confirm", "confirm", ":material/check:"),
        ("reject", "reject_figure", ":material/block:"),
    ):
        if row.button(t(label, lang), icon=icon, key=f"review_{action}"):
            try:
                review.decide(store, fig, action, who)
            except ValueError as exc:  # a store that cannot be written says so
                st.error(in_language(str(exc), lang))
            else:
                st.success(t("saved_review", lang))
                decided = action

    with st.form("review_correct"):
        c1, c2, c3 = st.columns(3)
        metric = c1.selectbox(
            t("metric", lang),
            list(METRIC_UNITS),
            index=list(METRIC_UNITS).index(fig["metric"]),
            format_func=lambda m: metric_label(m, lang),
        )
        current = float(fig["value"])
        value = c2.number_input(
            t("amount_value", lang),
            value=current,
            min_value=0.0,
            # whole amounts without decimals; the help says how the stored value reads
            format="%.0f" if current.is_integer() else "%.2f",
            help=t("amount_reads", lang, a=amount(current, fig["unit"], "exact", lang)),
        )
        units = sorted({u for us in METRIC_UNITS.values() for u in us})
        unit = c3.selectbox(
            t("unit", lang),
            units,
            index=units.index(fig["unit"]),
            format_func=lambda u: unit_label(u, lang),
        )
        # one row per pair of fields: on a phone the columns stack row by row, so value and
        # unit, start and end stay next to each other
        c1, c2, c3 = st.columns(3)
        qualifier = c1.selectbox(
            t("qualifier", lang),
            QUALIFIERS,
            index=QUALIFIERS.index(fig["qualifier"]),
            format_func=lambda q: qualifier_label(q, lang),
        )
        status = c2.selectbox(
            t("status", lang),
            STATUSES,
            index=STATUSES.index(fig["status"]),
            format_func=lambda s: status_label(s, lang),
        )
        place = c3.text_input(t("place", lang), value=fig["place"] or "")
        c1, c2 = st.columns(2)
        start = c1.date_input(t("period_start", lang), value=fig["period_start"])
        end = c2.date_input(t("period_end", lang), value=fig["period_end"])
        if st.form_submit_button(t("correct", lang)):
            wanted = {
                "metric": metric,
                "value": value,
                "unit": unit,
                "qualifier": qualifier,
                "status": status,
                "place": place or None,
                "period_start": start,
                "period_end": end,
            }
            changed = {k: v for k, v in wanted.items() if v != fig.get(k)}
            try:
                review.decide(store, fig, "correct", who, changed)
            except ValueError as exc:
                st.error(in_language(str(exc), lang))
            else:
                st.success(t("saved_review", lang))
                decided = "correct"

    with st.expander(t("add_figure", lang)), st.form("review_add"):
        number = st.text_input(t("number_as_written", lang))
        sentence = st.text_input(t("sentence", lang))
        c1, c2, c3 = st.columns(3)
        metric = c1.selectbox(
            t("metric", lang),
            list(METRIC_UNITS),
            key="add_metric",
            format_func=lambda m: metric_label(m, lang),
        )
        value = c2.number_input(t("amount_value", lang), min_value=0.0, key="add_value")
        unit = c3.selectbox(
            t("unit", lang), units, key="add_unit", format_func=lambda u: unit_label(u, lang)
        )
        if st.form_submit_button(t("add_figure", lang)):
            span = review.locate(article["body"], article["char_start"], number, sentence)
            if span is None:
                st.error(t("not_found", lang))
            else:
                try:
                    review.add(
                        store,
                        fig["doc"],
                        article["doc_sha256"],
                        int(fig["article"]),
                        span,
                        sentence.strip(),
                        {"metric": metric, "value": value, "unit": unit},
                        who,
                    )
                except ValueError as exc:
                    st.error(in_language(str(exc), lang))
                else:
                    st.success(t("saved_review", lang))
    return decided
