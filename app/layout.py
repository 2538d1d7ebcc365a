"""Pieces every page uses: the filters in force, the no-data notice, chart captions."""

from __future__ import annotations

import streamlit as st

from app import data
from app.filters import Filters
from app.i18n import t


def current_filters() -> Filters:
    """The filters set by the router for this run."""
    return st.session_state.get("filters", Filters())


def require_data(lang: str) -> bool:
    """Show how to load reports when the warehouse is empty; True when there is data."""
    if data.connection() is not None and data.has_data():
        return True
    st.info(f"**{t('no_data', lang)}** — {t('no_data_help', lang)}")
    return False


def caption(lang: str, sources: list[str], note: str | None = None) -> None:
    """The source line (据…) and how the numbers were computed, under a chart or card row."""
    unique = sorted({s for s in sources if s})
    shown = "；".join(unique[:6]) + ("…" if len(unique) > 6 else "")
    st.caption(t("source_line", lang, src=shown or "—"))
    if note:
        st.caption(note)


def filter_line(filters: Filters) -> str:
    """The active filters in one line, drawn under charts and written into exports."""
    lang = filters.lang
    provinces = "、".join(filters.provinces) if filters.provinces else t("all_provinces", lang)
    seasons = (
        t("season_fmt", lang, s=filters.season_from)
        + "–"
        + t("season_fmt", lang, s=filters.season_to)
    )
    status = (
        t("status_both", lang) if filters.status == "both" else t("status_" + filters.status, lang)
    )
    label = "筛选" if lang == "zh" else "Filters"
    return f"{label}：{provinces} · {seasons} · {status}"
