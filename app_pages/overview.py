"""总览 Overview: one row per focus province — latest value, season, change, history, level."""

import streamlit as st

from app import data, layout
from exports import briefing, pptx_pack
from exports.naming import export_name
from presentation import format, headlines, tables
from presentation.filters import describe, with_values
from presentation.i18n import metric_label, province_label, t

filters = layout.current_filters()
lang = filters.lang
st.title(t("app_title", lang))

if layout.require_data(lang):
    focus = list(filters.focus())
    scope = {**filters.scope(), "provinces": focus}
    # The cards show actual figures unless only plans are asked for; plans stay apart.
    status = "planned" if filters.status == "planned" else "actual"
    metrics = data.load("province_metrics", **scope)
    places = data.load("place_metrics", **scope)
    per_capita = data.load("per_capita", **scope)
    rows = headlines.province_headlines(metrics, places, per_capita, focus, status)
    st.caption(
        t("overview_lead", lang) + " " + describe(with_values(filters, provinces=tuple(focus)))
    )

    def pack() -> bytes:
        brief = briefing.collect(data.connection().cursor(), filters)
        return pptx_pack.build_pack(brief)

    st.download_button(
        t("briefing_pack", lang),
        data=pack,
        on_click="ignore",
        key="dl_pack",
        icon=":material/slideshow:",
        mime=layout.PPTX_MIME,
        file_name=export_name(
            focus,
            filters.season_from,
            filters.season_to,
            "pptx",
            subject="简报" if lang == "zh" else "Briefing",
            lang=lang,
        ),
    )
    labels = {
        "households_reached": metric_label("households_reached", lang),
        "funds_raised": metric_label("funds_raised", lang),
        "aid_delivered": t("aid_delivered", lang),
        "per_capita": t("per_capita_card", lang),
    }
    for province, cards in rows.items():
        st.subheader(province_label(province, lang))
        if all(c.level == "none" for c in cards):
            st.info(t("nothing_for_province", lang, p=province_label(province, lang)))
            continue
        for column, card in zip(st.columns(len(cards)), cards, strict=True):
            with column:
                layout.headline_card(card, labels[card.key], lang)

    totals = [
        (labels[key], headlines.joint_total(rows, i))
        for i, key in enumerate(headlines.HEADLINE_KEYS)
    ]
    for label, total in totals:
        if total is not None:
            value, season, qualifier = total
            unit = next(c.unit for c in next(iter(rows.values())) if labels[c.key] == label)
            st.caption(
                f"{t('joint_total', lang, n=len(rows), s=season)} · {label}："
                f"{format.amount(value, unit, qualifier, lang)}"
            )

    st.subheader(t("headline_sources", lang))
    st.dataframe(tables.headline_cards_table(rows, labels, lang), hide_index=True, width="stretch")
    layout.caption(lang, layout.sources_of(rows, lang), t("overview_note", lang))

    if filters.status == "both":
        planned = (
            metrics.filter(metrics["status"] == "planned") if not metrics.is_empty() else metrics
        )
        if not planned.is_empty():
            st.subheader(t("planned_apart", lang))
            st.dataframe(tables.headline_table(planned, lang), hide_index=True, width="stretch")
