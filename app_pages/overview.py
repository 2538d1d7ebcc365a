"""总览 Overview: the latest season's KPIs, planned figures apart, with what stands behind them."""

import streamlit as st

from app import data, format, layout, transforms
from app.i18n import metric_label, t

filters = layout.current_filters()
lang = filters.lang
st.title(t("app_title", lang))

if layout.require_data(lang):
    metrics = data.load(
        "province_metrics",
        provinces=list(filters.provinces),
        season_from=filters.season_from,
        season_to=filters.season_to,
    )
    per_capita = data.load(
        "per_capita",
        provinces=list(filters.provinces),
        season_from=filters.season_from,
        season_to=filters.season_to,
    )
    season = transforms.latest_season(metrics)
    if season is None:
        st.warning(t("no_data", lang))
    else:
        st.subheader(t("latest_season", lang, s=season))
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
            pc = transforms.per_capita_summary(per_capita, season)
            value = format.amount(pc["value"], "yuan_per_person", "exact", lang) if pc else "—"
            st.metric(t("per_capita", lang), value)
        shown = metrics.filter(metrics["season"] == season)
        st.caption(
            t(
                "provinces_reporting",
                lang,
                p="、".join(sorted(shown["province"].unique().to_list())),
            )
        )
        layout.caption(lang, shown["publisher"].to_list(), t("computed_note", lang))

        planned = shown.filter(shown["status"] == "planned")
        if not planned.is_empty():
            st.subheader(t("planned_apart", lang))
            for row in planned.iter_rows(named=True):
                st.markdown(
                    f"- **{row['province']}** · {metric_label(row['metric'], lang)}："
                    f"{format.amount(row['value'], row['unit'], row['qualifier'], lang)}"
                )
