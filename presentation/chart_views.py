"""The same chart for other places: a page (footer as caption), a slide, a table of its numbers."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from presentation.i18n import t


def without_footer(fig: go.Figure) -> go.Figure:
    """A copy of the chart without the footer annotation (source, note and filters), for a
    page or slide that states them in its own text."""
    shown = go.Figure(fig)
    shown.layout.annotations = [a for a in fig.layout.annotations if a.name != "footer"]
    return shown


def for_slide(fig: go.Figure) -> go.Figure:
    """The chart as a slide shows it: the slide carries title, subtitle and source, so the
    image has none of them (no duplicated titles); text is large enough to read projected."""
    shown = without_footer(fig)
    entries = sum(1 for tr in fig.data if tr.showlegend is not False and tr.name)
    rows = -(-entries // 3) if fig.layout.showlegend else 0
    shown.update_layout(
        title={"text": "", "subtitle": {"text": ""}},
        font={"size": 15},
        margin={"t": 20, "b": 50 + 24 * rows, "l": 80, "r": 20},
    )
    if fig.layout.showlegend:
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
    return shown


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


def for_export(fig: go.Figure) -> go.Figure:
    """The chart as a downloaded image (16:9, wide): the legend beside the plot, the footer
    (source, note, filters) right under the axis, so neither pushes the other."""
    meta = fig.layout.meta or {}
    legend_px = meta.get("legend_px", 0)
    if not legend_px:
        return fig
    shown = go.Figure(fig)
    shown.update_layout(
        height=fig.layout.height - legend_px,
        margin={"b": fig.layout.margin.b - legend_px},
        legend={
            "orientation": "v",
            "xref": "paper",
            "x": 1.02,
            "xanchor": "left",
            "yref": "paper",
            "y": 1,
            "yanchor": "top",
        },
    )
    return shown
