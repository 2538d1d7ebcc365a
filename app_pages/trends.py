"""趋势 Trends: each province's campaign over the seasons, a metric by season and by date."""

import streamlit as st

from app import data, layout
from presentation import charts, headlines, heatmaps, transforms
from presentation.charts import ChartText
from presentation.filters import describe, with_values
from presentation.i18n import metric_definition, metric_label, province_label, status_label, t

filters = layout.current_filters()
lang = filters.lang
label = metric_label(filters.metric, lang)
st.title(t("page_trends", lang))

if layout.require_data(lang):
    focus = list(filters.focus())
    # The page shows the focus provinces when none is chosen: the filter line says so.
    # downloads are named and captioned by the provinces drawn
    shown_filters = with_values(filters, provinces=tuple(focus))
    line = describe(shown_filters)
    scope = {**filters.scope(), "provinces": focus}
    metrics = data.load("province_metrics", **scope)
    places = data.load("place_metrics", **scope)
    unit = transforms.primary_unit(metrics, filters.metric)
    shown = transforms.trend_frame(metrics, places, filters.metric, unit, filters.statuses())
    if shown.is_empty():
        st.info(t("no_figures", lang))
    else:
        drawn = set(shown["province"].to_list())
        for province in (p for p in focus if p not in drawn):
            # a chosen province the chart leaves out says so: missing is not zero
            st.caption(t("nothing_for_metric", lang, p=province_label(province, lang), m=label))
        for province, status in transforms.places_only(shown, focus):
            name = province_label(province, lang)
            if status is None:
                st.caption(t("places_only", lang, p=name))
            else:
                st.caption(t("places_only_status", lang, p=name, s=status_label(status, lang)))
        mixed = (shown["level"] == "place").any()
        text = ChartText(
            t("trend_title", lang, m=label),
            unit,
            transforms.source_text(shown, lang),
            t("trend_note", lang) + " " + t("bridge_note", lang),
            line,
            metric_definition(filters.metric, lang)
            + ("；" if lang == "zh" else "; ")
            + t("level_note_mixed" if mixed else "level_note_province", lang),
        )
        layout.show_chart(
            charts.season_trend(
                shown, filters.seasons(), text, lang, charts.province_colors(focus)
            ),
            shown_filters,
            "trend",
            shown,
            f"{label}趋势" if lang == "zh" else f"{label} by season",
        )

    # Each focus province's campaign season by season, across the headline metrics.
    columns = {
        key: t("grid_" + key, lang)
        for key in ("households_reached", "people_reached", "funds_raised", "aid_delivered")
    }
    status = "planned" if filters.status == "planned" else "actual"
    for province in focus:
        cells = headlines.campaign_cells(metrics, places, province, status)
        name = province_label(province, lang)
        if cells.is_empty():
            st.info(t("nothing_for_province", lang, p=name))
            continue
        text = ChartText(
            t("campaign_title", lang, p=name),
            "",
            transforms.source_text(
                metrics.filter(metrics["province"] == province)
                if not metrics.is_empty()
                else metrics,
                lang,
            ),
            t("campaign_note", lang),
            line,
        )
        layout.show_chart(
            heatmaps.campaign_grid(cells, columns, text, lang, province),
            shown_filters,
            f"campaign_{province}",
            cells,
            t("campaign_title", lang, p=name).replace("：", "_").replace(": ", "_"),
        )

    # only seasons with province-level dated figures are offered: a season of city figures
    # alone would open on an empty chart
    all_dated = data.load(
        "within_season",
        metric=filters.metric,
        statuses=list(filters.statuses()),
        provinces=focus,
        season_from=filters.season_from,
        season_to=filters.season_to,
    )
    all_dated = (
        all_dated.filter(all_dated["unit"] == unit) if not all_dated.is_empty() else all_dated
    )
    with_data = (
        sorted(all_dated["season"].unique().to_list(), reverse=True)
        if not all_dated.is_empty()
        else []
    )
    season = st.selectbox(
        t("season_pick", lang),
        with_data or list(filters.seasons())[::-1],
        key="trend_season",
        format_func=lambda s: t("season_fmt", lang, s=s),
    )
    dated = (
        all_dated.filter(all_dated["season"] == season) if not all_dated.is_empty() else all_dated
    )
    if dated.is_empty():
        st.caption(t("no_figures", lang))
    else:
        # the chart shows one season: its filter line and file names say that one
        one_season = with_values(shown_filters, season_from=season, season_to=season)
        text = ChartText(
            t("within_title", lang, m=label, s=season),
            unit,
            transforms.source_text(dated, lang),
            t("within_note", lang),
            describe(one_season),
            metric_definition(filters.metric, lang),
        )
        layout.show_chart(
            charts.within_season(dated, text, lang),
            one_season,
            "within",
            dated,
            f"{label}季内" if lang == "zh" else f"{label} within season",
        )

    spans = data.load(
        "cumulative", metric=filters.metric, statuses=list(filters.statuses()), provinces=focus
    )
    if not spans.is_empty():
        text = ChartText(
            t("cumulative_title", lang, m=label),
            spans["unit"][0],
            transforms.source_text(spans, lang),
            t("cumulative_note", lang),
            line,
        )
        layout.show_chart(
            charts.cumulative_spans(spans, text, lang),
            shown_filters,
            "cumulative",
            spans,
            f"{label}跨季" if lang == "zh" else f"{label} spanning seasons",
        )
