"""省份 Provinces: a tile-grid map and provinces compared for a season; any province's places."""

import polars as pl
import streamlit as st

from app import data, layout
from presentation import charts, heatmaps, tables, transforms
from presentation.filters import describe, with_values
from presentation.i18n import metric_definition, metric_label, province_label, t

filters = layout.current_filters()
lang = filters.lang
label = metric_label(filters.metric, lang)
st.title(t("page_provinces", lang))

if layout.require_data(lang):
    filter_line = describe(filters)
    metrics = data.load("province_metrics", **filters.scope())
    unit = transforms.primary_unit(metrics, filters.metric)
    chosen = transforms.series(metrics, filters.metric, unit, filters.statuses())
    seasons = (
        sorted(chosen["season"].unique().to_list(), reverse=True) if not chosen.is_empty() else []
    )
    if not seasons:
        st.caption(t("no_province_level", lang, m=label))
    else:
        season = st.selectbox(
            t("season_pick", lang),
            seasons,
            key="province_season",
            format_func=lambda s: t("season_fmt", lang, s=s),
        )
        # the map and the bars show one season: their filter line and file names say which
        one_season = with_values(filters, season_from=season, season_to=season)
        season_line = describe(one_season)
        rows = chosen.filter(chosen["season"] == season)
        coloured = "actual" if "actual" in filters.statuses() else "planned"
        on_map = rows.filter(rows["status"] == coloured)
        map_text = charts.ChartText(
            t("map_title", lang, m=label, s=season),
            unit,
            transforms.source_text(on_map, lang),
            t("map_note", lang),
            season_line,
            metric_definition(filters.metric, lang),
        )
        layout.show_chart(
            heatmaps.tile_map(on_map, map_text, lang),
            one_season,
            "map",
            on_map,
            f"{label}分布" if lang == "zh" else f"{label} map",
        )
        bar_text = charts.ChartText(
            t("province_title", lang, m=label, s=season),
            unit,
            transforms.source_text(rows, lang),
            t(
                "computed_note_planned" if "planned" in filters.statuses() else "computed_note",
                lang,
            ),
            season_line,
            metric_definition(filters.metric, lang),
        )
        layout.show_chart(
            charts.province_bars(rows, bar_text, lang),
            one_season,
            "bars",
            rows,
            f"{label}各省比较" if lang == "zh" else f"{label} by province",
        )

    # Every province with any figure can be opened, with or without province-level figures.
    grid = data.load("coverage", provinces=list(filters.provinces))
    reported = (
        set(grid.filter(grid["n_figures"] > 0)["province"].to_list())
        if not grid.is_empty()
        else set()
    )
    # the focus provinces first, so that the page opens on one a leader follows
    with_figures = [p for p in filters.focus() if p in reported] + sorted(
        reported - set(filters.focus())
    )
    if not with_figures:
        st.info(t("no_figures", lang))
    else:
        province = st.selectbox(
            t("choose_province", lang),
            with_figures,
            key="province_open",
            format_func=lambda p: province_label(p, lang),
        )
        name = province_label(province, lang)
        scope = {
            "provinces": [province],
            "season_from": filters.season_from,
            "season_to": filters.season_to,
        }
        places = data.load("place_metrics", **scope)
        own = data.load("province_metrics", **scope)
        top = transforms.series(own, filters.metric, unit, filters.statuses()) if unit else own
        local = transforms.series(places, filters.metric, unit, filters.statuses())
        if top.is_empty() and not local.is_empty():
            st.caption(t("places_only", lang, p=name))
        drawn = transforms.province_and_places(top, local)
        if drawn.is_empty():
            st.caption(t("nothing_for_metric", lang, p=name, m=label))
        else:
            text = charts.ChartText(
                t("places_title", lang, p=name, m=label),
                unit,
                transforms.source_text(drawn, lang),
                t("places_note", lang),
                filter_line,
                metric_definition(filters.metric, lang),
            )
            layout.show_chart(
                charts.season_trend(drawn, filters.seasons(), text, lang),
                filters,
                f"places_{province}",
                drawn,
                f"{label}_{province}市县" if lang == "zh" else f"{label} places of {name}",
            )
        st.subheader(t("places_of", lang, p=name))
        every = (
            places.filter(
                (pl.col("metric") == filters.metric) & pl.col("status").is_in(filters.statuses())
            )
            if not places.is_empty()
            else places
        )
        if every.is_empty():
            st.caption(t("nothing_for_metric", lang, p=name, m=label))
        else:
            st.dataframe(tables.places_table(every, lang), hide_index=True, width="stretch")
        reports = data.load("reports", provinces=[province], limit=tables.MAX_ROWS)
        st.subheader(t("reports_of", lang, p=name))
        layout.rows_shown(reports, lang, "showing_newest_of")
        st.dataframe(
            tables.reports_table(reports, lang),
            hide_index=True,
            width="stretch",
            column_config={tables.header("source_url", lang): st.column_config.LinkColumn()},
        )
