"""The same chart for other places: a page (footer as caption), a slide, a table of its numbers."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from presentation.charts import LEGEND_ROW_PX
from presentation.format import is_wide
from presentation.i18n import t


def without_footer(fig: go.Figure) -> go.Figure:
    """A copy of the chart without the footer annotation (source, note and filters), for a
    page or slide that states them in its own text."""
    shown = go.Figure(fig)
    shown.layout.annotations = [a for a in fig.layout.annotations if a.name != "footer"]
    return shown


def for_slide(fig: go.Figure, width: int, height: int, lang: str) -> go.Figure:
    """The chart as a slide shows it, as an image of `width` × `height` px: the slide carries
    title, subtitle and source, so the image has none of them (no duplicated titles); text is
    large enough to read projected. A few series are named in a row under the plot; more in
    columns beside it, as in a downloaded image."""
    shown = without_footer(fig)
    entries = sum(1 for tr in fig.data if tr.showlegend is not False and tr.name)
    below = fig.layout.showlegend and entries <= _SLIDE_LEGEND_BELOW
    rows = -(-entries // 3) if below else 0
    shown.update_layout(
        title={"text": "", "subtitle": {"text": ""}},
        font={"size": 15},
        margin={"t": 20, "b": 50 + 24 * rows, "l": 80, "r": 20},
    )
    if below:
        shown.update_layout(
            legend={
                "orientation": "h",
                "title": {"text": ""},
                "x": 0,
                "y": 0,
                "yref": "container",
                "yanchor": "bottom",
                "font": {"size": 14},
            }
        )
    elif fig.layout.showlegend:
        shown.update_layout(width=width, height=height)
        _legend_beside(shown, width, height, lang, "", (14, 12))  # thins the labels too
        return shown
    thin_season_labels(shown, width - _SLIDE_MARGIN_PX)
    return shown


_SLIDE_LEGEND_BELOW = 6  # series a slide names in a row under its plot
_SLIDE_MARGIN_PX = 100  # a slide image's left and right margins together


def figure_table(fig: go.Figure, lang: str) -> pl.DataFrame:
    """The numbers a chart draws, one row per point: series, x and value (Grapher's table tab)."""
    rows = []
    for trace in fig.data:
        if trace.type not in ("scatter", "bar") or (trace.showlegend is False and not trace.name):
            continue
        xs, ys = (trace.y, trace.x) if trace.orientation == "h" else (trace.x, trace.y)
        texts = trace.customdata if trace.customdata is not None else [None] * len(xs or ())
        for x, y, text in zip(xs or (), ys or (), texts, strict=False):
            if y is None or isinstance(y, str):
                continue
            shown = text[0] if isinstance(text, list | tuple) else text
            rows.append(
                {
                    t("series", lang): trace.name or "",
                    "x": str(x),
                    t("value_number", lang): float(y),
                    t("value_text", lang): shown if isinstance(shown, str) else "",
                }
            )
    return pl.DataFrame(rows) if rows else pl.DataFrame({t("series", lang): []})


def for_export(fig: go.Figure, width: int, height: int, lang: str) -> go.Figure:
    """The chart as a downloaded image of `width` × `height` px (16:9): the legend beside the
    plot, in as many columns as its entries need, and the footer (source, note, filters) right
    under the axis, so neither pushes the other. Entries that would take the plot's room are
    left out of the legend, and the image says how many."""
    meta = fig.layout.meta or {}
    if not meta.get("legend_px", 0):
        return fig
    shown = go.Figure(fig)
    shown.update_layout(
        width=width, height=height, margin={"b": fig.layout.margin.b - meta["legend_px"]}
    )
    title = fig.layout.legend.title.text or ""
    _legend_beside(shown, width, height, lang, title, (_LEGEND_TYPE, _LEGEND_TYPE_SMALL))
    return shown


def _legend_beside(
    shown: go.Figure, width: int, height: int, lang: str, title: str, sizes: tuple[int, int]
) -> None:
    """Name `shown`'s series in columns right of its plot, `sizes[0]` px type for one column and
    `sizes[1]` for more; series no column can hold are counted in a note."""
    margin = shown.layout.margin
    title_px = _LEGEND_TITLE_PX if title else 0
    traces = shown.data
    entries = [i for i, tr in enumerate(traces) if tr.showlegend is not False]
    # in the legend's own order (rank, then drawing order): what does not fit comes last
    entries.sort(key=lambda i: (traces[i].legendrank or _DEFAULT_RANK, i))
    names = [traces[i].name or "" for i in entries]
    row_px = round(LEGEND_ROW_PX * sizes[0] / _LEGEND_TYPE)
    rows = max(1, (height - margin.t - margin.b - title_px) // row_px)
    # more than one column: smaller type, so that two columns leave the plot its room
    size = sizes[0] if len(entries) <= rows else sizes[1]
    columns = _legend_columns(names, rows, width, size)
    listed = sum(len(column) for column, _ in columns)
    legend_of = {}  # legend group → the legend its entry is in (bridges follow their series)
    for k, (column, _) in enumerate(columns):
        for j in column:
            trace = traces[entries[j]]
            legend_of[trace.legendgroup or id(trace)] = "legend" if k == 0 else f"legend{k + 1}"
    for trace in traces:
        legend = legend_of.get(trace.legendgroup or id(trace))
        if legend is None:
            trace.showlegend = False
        else:
            trace.legend = legend
    right = sum(column_px for _, column_px in columns) + 28
    shown.update_layout(margin={"r": right})
    plot_px = width - margin.l - right
    # placed from the plot's right edge (paper 1): a legend placed on the image's width
    # (xref "container") left of its middle makes Plotly's margins fail ("axis scaling")
    left = 16
    for k, (_, column_px) in enumerate(columns):
        shown.update_layout(
            {
                "legend" if k == 0 else f"legend{k + 1}": {
                    "orientation": "v",
                    "xref": "paper",
                    "x": 1 + left / plot_px,
                    "xanchor": "left",
                    "yref": "paper",
                    "y": 1,
                    "yanchor": "top",
                    "tracegroupgap": 0,
                    # the other columns' empty titles keep their first rows level with the first's
                    "title": {"text": (title if k == 0 else "\u00a0") if title else ""},
                    "font": {"size": size},
                }
            }
        )
        left += column_px
    thin_season_labels(shown, plot_px)
    if listed < len(entries):
        shown.add_annotation(
            text=t("legend_more", lang, n=len(entries) - listed),
            xref="paper",
            x=1 + 16 / plot_px,
            xanchor="left",
            yref="paper",
            y=0,
            yanchor="top",
            yshift=-8,
            showarrow=False,
            font={"size": 11, "color": "#555"},
        )


def thin_season_labels(fig: go.Figure, plot_px: int, level: bool = True) -> None:
    """Label every second (third …) season when all of them would not fit level: tilted
    labels run into the footer under the axis. `level` keeps them level (an image of known
    width); else Plotly may still tilt them on a narrower screen."""
    seasons = fig.layout.xaxis.categoryarray
    if fig.layout.xaxis.type != "category" or not seasons:
        return
    label_px = max(_text_px(str(s), _LEGEND_TYPE) for s in seasons) + _LABEL_GAP_PX
    step = -(-label_px * len(seasons) // max(plot_px, 1))
    if step > 1:
        fig.update_xaxes(ticklabelstep=step, **({"tickangle": 0} if level else {}))


_LABEL_GAP_PX = 14  # room between two season labels
_DEFAULT_RANK = 1000  # Plotly's legendrank of a trace that sets none
_LEGEND_TITLE_PX = 28  # the legend's title line above its first entry
_LEGEND_TYPE, _LEGEND_TYPE_SMALL = 13, 11  # px: the chart's type size, and for several columns
_MAX_LEGEND_SHARE = 0.5  # the legend may take up to this share of the image's width


def _text_px(text: str, size: int) -> int:
    """A line of text's width at type `size` (a Chinese character is about one em wide, a Latin
    letter or digit half of one)."""
    return round(sum(1.08 if is_wide(ch) else 0.5 for ch in text) * size)


_SYMBOL_PX = 48  # a legend entry's symbol and the gap before its text


def _legend_columns(
    names: list[str], rows: int, width: int, size: int
) -> list[tuple[list[int], int]]:
    """The entries (by position) of each legend column, in order, with the column's width:
    `rows` to a column, as many columns as fit in the legend's share of the width (the first
    column always)."""
    columns: list[tuple[list[int], int]] = []
    used = 0
    for start in range(0, len(names), rows):
        column = list(range(start, min(start + rows, len(names))))
        column_px = _SYMBOL_PX + max(_text_px(names[j], size) for j in column)
        if columns and used + column_px > width * _MAX_LEGEND_SHARE:
            break
        columns.append((column, column_px))
        used += column_px
    return columns
