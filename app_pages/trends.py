"""趋势 Trends: a metric over seasons by province, inside a season by date, cumulative spans."""

import streamlit as st

from app import data, layout
from presentation import charts, transforms
from presentation.charts import ChartText
from presentation.filters import describe
from presentation.i18n import metric_label, t

filters = layout.current_filters()
lang = filters.lang
label = metric_label(filters.metric, lang)
line = describe(filters)
st.title(t("page_trends", lang))

if layout.require_data(lang):
    scope = filters.scope()
    metrics = data.load("province_metrics", **scope)
    unit = transforms.primary_unit(metrics, filters.metric)
    shown = transforms.series(metrics, filters.metric, unit, filters.statuses())
    if shown.is_empty():
        st.info(t("no_figures", lang))
    else:
        text = ChartText(
            t("trend_title", lang, m=label),
            unit,
            transforms.source_text(shown),
            t("trend_note", lang),
            line,
        )
        layout.show_chart(
            charts.season_trend(shown, filters.seasons(), text, lang),
            filters,
            "trend",
            shown,
            f"{label}趋势",
        )

    with_data = (
        sorted(shown["season"].unique().to_list(), reverse=True) if not shown.is_empty() else []
    )
    season = st.selectbox(
        t("season_pick", lang),
        with_data or list(filters.seasons())[::-1],
        key="trend_season",
        format_func=lambda s: t("season_fmt", lang, s=s),
    )
    dated = data.load(
        "within_season",
        metric=filters.metric,
        statuses=list(filters.statuses()),
        provinces=list(filters.provinces),
        season_from=season,
        season_to=season,
    )
    dated = dated.filter(dated["unit"] == unit) if not dated.is_empty() else dated
    if dated.is_empty():
        st.caption(t("no_figures", lang))
    else:
        text = ChartText(
            t("within_title", lang, m=label, s=season),
            unit,
            transforms.source_text(dated),
            t("within_note", lang),
            line,
        )
        layout.show_chart(
            charts.within_season(dated, text, lang), filters, "within", dated, f"{label}季内"
        )

    spans = data.load("cumulative", metric=filters.metric, provinces=list(filters.provinces))
    if not spans.is_empty():
        text = ChartText(
            t("cumulative_title", lang, m=label),
            spans["unit"][0],
            transforms.source_text(spans),
            t("cumulative_note", lang),
            line,
        )
        layout.show_chart(
            charts.cumulative_spans(spans, text, lang),
            filters,
            "cumulative",
            spans,
            f"{label}多年累计",
        )
