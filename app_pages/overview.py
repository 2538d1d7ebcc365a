"""总览 Overview: the latest season's KPIs, planned figures apart, with what stands behind them."""

import streamlit as st

from app import data, layout
from exports import briefing, pptx_pack
from exports.naming import export_name
from presentation import format, tables, transforms
from presentation.i18n import metric_label, t

filters = layout.current_filters()
lang = filters.lang
st.title(t("app_title", lang))

if layout.require_data(lang):
    metrics = data.load("province_metrics", **filters.scope())
    season = transforms.latest_season(metrics)
    if season is None:
        st.warning(t("no_data", lang))
    else:
        st.subheader(t("latest_season", lang, s=season))

        def pack() -> bytes:
            brief = briefing.collect(data.connection().cursor(), filters, season)
            return pptx_pack.build_pack(brief)

        st.download_button(
            t("briefing_pack", lang),
            data=pack,
            on_click="ignore",
            key="dl_pack",
            icon=":material/slideshow:",
            mime=layout.PPTX_MIME,
            file_name=export_name(filters.provinces, season, season, "pptx"),
        )
        labels = {
            **{k: metric_label(k, lang) for k in transforms.KPI_METRICS},
            "aid_delivered": t("aid_delivered", lang),
        }
        cards = st.columns(len(transforms.KPI_METRICS) + 1)
        for column, key in zip(cards, transforms.KPI_METRICS, strict=False):
            kpi = transforms.season_kpi(metrics, key, season)
            with column:
                if kpi is None:
                    st.metric(labels[key], t("no_report", lang))
                    continue
                st.metric(
                    labels[key],
                    format.amount(kpi.value, kpi.unit, kpi.qualifier, lang),
                    delta=format.percent_change(kpi.change),
                    help=t("vs_previous", lang, s=season - 1) if kpi.change is not None else None,
                )
                st.caption(t("reports_behind", lang, n=kpi.n_documents, d=kpi.newest))
        with cards[-1]:
            per_capita = data.load(
                "per_capita",
                provinces=list(filters.provinces),
                season_from=season,
                season_to=season,
            )
            pc = transforms.per_capita_summary(per_capita, season)
            if pc is None:
                st.metric(t("per_capita", lang), t("no_report", lang))
            else:
                st.metric(
                    t("per_capita", lang),
                    format.amount(round(pc["value"]), "yuan_per_person", "exact", lang),
                    help=t("per_capita_note", lang),
                )
                st.caption(t("per_capita_median", lang, n=pc["n_articles"]))
        shown = metrics.filter(metrics["season"] == season)
        st.caption(
            t(
                "provinces_reporting",
                lang,
                p="、".join(sorted(shown["province"].unique().to_list())),
            )
        )
        layout.caption(lang, transforms.source_text(shown), t("computed_note", lang))

        planned = shown.filter(shown["status"] == "planned")
        if not planned.is_empty():
            st.subheader(t("planned_apart", lang))
            st.dataframe(tables.headline_table(planned, lang), hide_index=True, width="stretch")

        actual = shown.filter(shown["status"] == "actual")
        if not actual.is_empty():
            st.subheader(t("provinces_this_season", lang, s=season))
            st.dataframe(tables.headline_table(actual, lang), hide_index=True, width="stretch")
