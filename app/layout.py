"""Pieces every page uses: the filters in force, the no-data notice, chart captions."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

import plotly.graph_objects as go
import polars as pl
import streamlit as st

from app import data
from exports import images
from exports.naming import export_name
from exports.tables_out import chart_workbook
from presentation import chart_views, format, tables, transforms
from presentation.filters import Filters, describe
from presentation.headlines import Headline, change_text, unchanged
from presentation.i18n import place_level, t
from presentation.places_en import place_label
from presentation.publishers_en import publisher_label

FAVICON = Path(__file__).parent / "static" / "favicon.png"
# Cards and labels wrap instead of being cut with an ellipsis ("161,900 h…"); the page title
# is balanced so a phone does not leave one character on its own line.
STYLE = """
<style>
[data-testid="stMetricValue"] *, [data-testid="stMetricLabel"] *,
[data-testid="stMetricValue"], [data-testid="stMetricLabel"] {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  overflow-wrap: anywhere;
}
[data-testid="stMetricValue"] { font-size: 1.6rem; line-height: 1.25; }
h1 { text-wrap: balance; }
@media (max-width: 640px) { h1 { font-size: 1.6rem !important; } }
</style>
"""


def style() -> None:
    """Page-wide CSS: no truncated card, a title that breaks evenly on a phone."""
    st.html(STYLE)


def current_filters() -> Filters:
    """The filters set by the router for this run."""
    return st.session_state.get("filters", Filters())


# A page's own on/off switches kept in its URL when turned off (…/figures?standards=0), so a
# shared link shows what its sender saw.
PAGE_SWITCHES = {"figures": ("all_metrics", "standards")}


def url_switch(label: str, name: str, help_text: str | None = None) -> bool:
    """A page switch, on unless its URL says `name=0`; turning it off writes that to the URL."""
    on = st.toggle(
        label,
        value=st.query_params.get(name) != "0",
        key=f"switch_{name}",
        help=help_text,
    )
    if on:
        st.query_params.pop(name, None)
    else:
        st.query_params[name] = "0"
    return on


def require_data(lang: str) -> bool:
    """Show how to load reports when the warehouse is empty; True when there is data."""
    if data.connection() is not None and data.has_data():
        return True
    st.info(f"**{t('no_data', lang)}** — {t('no_data_help', lang)}")
    return False


def caption(lang: str, source: str, note: str | None = None) -> None:
    """The source line (据…) and how the numbers were computed, under a chart or card row."""
    st.caption(t("source_line", lang, src=source))
    if note:
        st.caption(note)


def rows_shown(frame: pl.DataFrame, lang: str, hint: str = "showing_newest") -> None:
    """Say when a table holds only the newest of the rows its query selects (its n_total)."""
    total = int(frame["n_total"][0]) if not frame.is_empty() else 0
    if total > frame.height:
        st.caption(t(hint, lang, k=frame.height, n=total))


def _name(filters: Filters, extension: str, subject: str) -> str:
    return export_name(
        filters.provinces,
        filters.season_from,
        filters.season_to,
        extension,
        subject=subject,
        lang=filters.lang,
    )


def downloads(
    filters: Filters, key: str, subject: str, files: dict[str, tuple[Callable, str]]
) -> None:
    """A row of download buttons; each file is made only when its button is clicked."""
    columns = st.columns(len(files) + 4)
    for column, (label, (make, mime)) in zip(columns, files.items(), strict=False):
        column.download_button(
            label,
            data=make,
            file_name=_name(filters, label.lower(), subject),
            mime=mime,
            key=f"dl_{key}_{label}",
            on_click="ignore",
            icon=":material/download:",
        )


PAGE_PLOT_PX = 700  # about the plot's width in the page's main column at 1440 px


def on_page(fig: go.Figure) -> go.Figure:
    """The chart as the page shows it: the footer (source, note, filters) becomes a caption
    that wraps with the screen, instead of annotation text cut off on a phone."""
    shown = chart_views.without_footer(fig)
    # thirty tilted season labels run into each other on a page: every second or third
    chart_views.thin_season_labels(shown, PAGE_PLOT_PX, level=False)
    meta = fig.layout.meta or {}
    shown.update_layout(
        margin={"b": 40 + meta.get("legend_px", 0)},
        height=fig.layout.height - fig.layout.margin.b + 40 + meta.get("legend_px", 0),
    )
    return shown


def show_chart(
    fig: go.Figure, filters: Filters, key: str, chart_data: pl.DataFrame, subject: str
) -> None:
    """A chart (or its table) with PNG, SVG and XLSX downloads (title, sources, filters drawn in).

    As in Grapher, a toggle shows the numbers behind the chart as a table.
    """
    # the chart's own filter line: a page may draw the focus provinces when none is chosen
    filters_line = (fig.layout.meta or {}).get("filters") or describe(filters)
    lang = filters.lang
    view = st.segmented_control(
        t("view", lang),
        ("chart", "table"),
        default="chart",
        key=f"view_{key}",
        format_func=lambda v: t("view_" + v, lang),
        label_visibility="collapsed",
    )
    meta = fig.layout.meta or {}
    if view == "table":
        st.dataframe(chart_views.figure_table(fig, lang), hide_index=True, width="stretch")
    else:
        with _scrolling(key, meta.get("min_width")):
            # no camera button: its PNG would lack the source line; the PNG download has it
            st.plotly_chart(
                on_page(fig),
                width="stretch",
                key=f"chart_{key}",
                config={"displaylogo": False, "modeBarButtonsToRemove": ["toImage"]},
            )
    lines = [t("source_line", lang, src=meta.get("source") or "—"), meta.get("note"), filters_line]
    st.caption("  \n".join(line for line in lines if line))
    title = fig.layout.title.text or subject

    def workbook() -> bytes:
        return chart_workbook(
            chart_data,
            filters,
            title,
            data.connection().cursor(),
            meta.get("source") or "",
            filters_line,
        )

    wide = chart_views.for_export(fig, lang=lang, **images.SLIDE)  # the legend beside the plot

    downloads(
        filters,
        key,
        subject,
        {
            "PNG": (lambda: images.render(wide, "png", **images.SLIDE), "image/png"),
            "SVG": (lambda: images.render(wide, "svg", **images.SLIDE), "image/svg+xml"),
            "XLSX": (workbook, XLSX_MIME),
        },
    )


def _scrolling(key: str, min_width: int | None):
    """A box that scrolls sideways when the screen is narrower than the chart needs."""
    if not min_width:
        return nullcontext()
    box = f"scroll_{key}"
    st.html(
        f'<style>.st-key-{box} [data-testid="stElementContainer"] {{ overflow-x: auto; }} '
        f'.st-key-{box} [data-testid="stFullScreenFrame"] {{ min-width: {int(min_width)}px; }}'
        "</style>"
    )
    return st.container(key=box)


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def headline_card(card: Headline, label: str, lang: str) -> None:
    """One overview card: value, change against the previous reported season, sparkline, level."""
    if card.level == "none":
        st.metric(label, t("no_report", lang), border=True)
        st.caption(t("nothing_reported", lang))
        return
    if card.level == "province":
        level = t("level_province", lang)
    else:
        place = place_label(card.place, lang) or "—"
        level = t("level_place", lang, p=place, k=place_level(card.place, lang))
        # whose number it is stands over the number, where a leader reads: not only in the
        # note under the card
        label = t("card_label_place", lang, m=label, p=place)
    change = card.change
    # a change that rounds to 0.0% is no rise: no green arrow for "+0.0%"
    flat = unchanged(change)
    st.metric(
        label,
        format.amount(
            round(card.value) if card.key == "per_capita" else card.value,
            card.unit,
            card.qualifier,
            lang,
        ),
        delta=change_text(change) if change is not None else None,
        delta_color="off" if flat else "normal",
        delta_arrow="off" if flat else "auto",
        delta_description=(
            t("vs_season", lang, s=card.previous_season) if change is not None else None
        ),
        chart_data=card.spark,
        chart_type="bar",  # one bar a season; a season without a report has none
        border=True,
        help=card.quote or None,
    )
    note = t("card_season", lang, s=card.season, l=level)
    if change is None:
        note += " · " + t(card.no_change_note, lang, s=card.previous_season)
    st.caption(note)


def sources_of(rows: dict[str, list[Headline]], lang: str = "zh") -> str:
    """The publishers behind the overview cards, for the source line."""
    return transforms.publishers_line([c.publisher for cs in rows.values() for c in cs], lang)


def figure_source(fig: dict, lang: str, sentence_first: bool = False) -> dict | None:
    """A figure's article with its sentence highlighted, under the report's publisher, date,
    file and link; returns the article row (None when the article is not in the warehouse).

    `sentence_first` shows the sentence alone and folds the article away, so that the review
    controls under it are in sight without scrolling through the whole article."""
    article = data.load("article_text", doc=fig["doc"], article=fig["article"])
    if article.is_empty():
        return None
    a = article.row(0, named=True)
    st.subheader(t("from_article", lang, t=a["title"] or fig["doc"]))
    from_page = (
        " · "
        + t(
            "from_page_note",
            lang,
            f="、".join(tables.header(k, lang) for k in a["from_page"].split(", ")),
        )
        if a["from_page"]
        else ""
    )
    st.caption(
        # publisher and file name are text from the reports: escaped, never markup
        f"{transforms.escape_markdown(publisher_label(a['publisher'], lang) or '—')} · "
        f"{a['published'] or '—'} · "
        f"{transforms.escape_markdown(fig['doc'])}"
        + (f" · {a['source_url']}" if a["source_url"] else "")
        + from_page
    )
    start, end = fig["span"][0] - a["char_start"], fig["span"][1] - a["char_start"]
    if sentence_first:
        st.markdown(transforms.highlighted_sentence(a["body"], start, end, fig["quote"]))
        with st.expander(t("whole_article", lang)):
            st.markdown(transforms.highlighted_article(a["body"], start, end, fig["quote"]))
    else:
        st.markdown(transforms.highlighted_article(a["body"], start, end, fig["quote"]))
    return a
