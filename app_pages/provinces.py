"""省份 Provinces: a tile-grid map and provinces compared for a season; one province's places."""

import streamlit as st

from app import data, layout
from presentation import charts, tables, transforms
from presentation.filters import describe
from presentation.i18n import metric_label, t

filters = layout.current_filters()
lang = filters.lang
label = metric_label(filters.metric, lang)
st.title(t("page_provinces", lang))

if layout.require_data(lang):
    metrics = data.load("province_metrics", **filters.scope())
    unit = transforms.primary_unit(metrics, filters.metric)
    chosen = transforms.series(metrics, filters.metric, unit, filters.statuses())
    seasons = (
        sorted(chosen["season"].unique().to_list(), reverse=True) if not chosen.is_empty() else []
    )
    if not seasons:
        st.info(t("no_figures", lang))
    else:
        season = st.selectbox(
            t("season_pick", lang),
            seasons,
            key="province_season",
            format_func=lambda s: t("season_fmt", lang, s=s),
        )
        rows = chosen.filter(chosen["season"] == season)
        filter_line = describe(filters)
        coloured = "actual" if "actual" in filters.statuses() else "planned"
        on_map = rows.filter(rows["status"] == coloured)
        map_text = charts.ChartText(
            t("map_title", lang, m=label, s=season),
            unit,
            transforms.source_text(on_map),
            t("map_note", lang),
            filter_line,
        )
        layout.show_chart(
            charts.tile_map(on_map, map_text, lang), filters, "map", on_map, f"{label}分布"
        )
        bar_text = charts.ChartText(
            t("province_title", lang, m=label, s=season),
            unit,
            transforms.source_text(rows),
            t("computed_note", lang),
            filter_line,
        )
        layout.show_chart(
            charts.province_bars(rows, bar_text, lang), filters, "bars", rows, f"{label}各省比较"
        )

        province = st.selectbox(
            t("choose_province", lang),
            sorted(rows["province"].unique().to_list()),
            key="province_open",
        )
        places = data.load(
            "places",
            province=province,
            metric=filters.metric,
            season_from=filters.season_from,
            season_to=filters.season_to,
        )
        st.subheader(t("places_of", lang, p=province))
        if places.is_empty():
            st.caption(t("no_figures", lang))
        else:
            st.dataframe(tables.places_table(places, lang), hide_index=True, width="stretch")
        reports = data.load("reports", provinces=[province], limit=tables.MAX_ROWS)
        st.subheader(t("reports_of", lang, p=province))
        layout.rows_shown(reports, lang, "showing_newest_of")
        st.dataframe(
            tables.reports_table(reports, lang),
            hide_index=True,
            width="stretch",
            column_config={tables.header("source_url", lang): st.column_config.LinkColumn()},
        )
