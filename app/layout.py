"""Pieces every page uses: the filters in force, the no-data notice, chart captions."""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go
import polars as pl
import streamlit as st

from app import data
from exports import images
from exports.naming import export_name
from exports.tables_out import chart_workbook
from presentation.filters import Filters
from presentation.i18n import t


def current_filters() -> Filters:
    """The filters set by the router for this run."""
    return st.session_state.get("filters", Filters())


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
        filters.provinces, filters.season_from, filters.season_to, extension, subject=subject
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


def show_chart(
    fig: go.Figure, filters: Filters, key: str, chart_data: pl.DataFrame, subject: str
) -> None:
    """A chart with PNG, SVG and XLSX downloads beside it (title, sources and filters drawn in)."""
    st.plotly_chart(fig, width="stretch", key=f"chart_{key}")
    title = fig.layout.title.text or subject

    def workbook() -> bytes:
        return chart_workbook(chart_data, filters, title, data.connection().cursor())

    downloads(
        filters,
        key,
        subject,
        {
            "PNG": (lambda: images.render(fig, "png"), "image/png"),
            "SVG": (lambda: images.render(fig, "svg"), "image/svg+xml"),
            "XLSX": (workbook, XLSX_MIME),
        },
    )


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
