"""File names that say scope, subject and seasons: 湖南_筹集款物_2019-2026季.png."""

from __future__ import annotations

import re

from presentation.i18n import province_label, seasons_text, t

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def scope_label(
    provinces: tuple[str, ...] | list[str], season_from: int, season_to: int, lang: str = "zh"
) -> str:
    """湖南_2024季, 湖南-青海_2022-2024季, 全国_2019-2026季 (All-provinces_2019-2026)."""
    where = (
        "-".join(province_label(p, lang) for p in provinces)
        if provinces
        else ("全国" if lang == "zh" else "All-provinces")
    )
    return f"{where}_{seasons_label(season_from, season_to, lang)}"


def seasons_label(season_from: int, season_to: int, lang: str = "zh") -> str:
    """2024季 / 2019-2026季 in Chinese, 2024 / 2019-2026 in English."""
    when = f"{season_from}" if season_from == season_to else f"{season_from}-{season_to}"
    return when + ("季" if lang == "zh" else "")


def seasons_shown(season_from: int, season_to: int, lang: str = "zh") -> str:
    """The seasons as a reader names them: 2020-2024季 in Chinese; Season 2023–24 or Seasons
    2019–20 to 2023–24 in English, where a bare 2024 reads as a calendar year."""
    if lang == "zh":
        return seasons_label(season_from, season_to, lang)
    return seasons_text(season_from, season_to, lang)


def export_name(
    provinces: tuple[str, ...] | list[str],
    season_from: int,
    season_to: int,
    extension: str,
    subject: str = "救助成效",
    lang: str = "zh",
) -> str:
    """A safe file name: where, what, which seasons — distinct for every chart of a page."""
    where, when = scope_label(provinces, season_from, season_to, lang).rsplit("_", 1)
    subject = subject.removeprefix(f"{where}_")  # a chart of one province names it once
    return _UNSAFE.sub("_", f"{where}_{subject}_{when}.{extension}")


def figures_subject(status: str, lang: str = "zh") -> str:
    """What a figures export holds, with its status when it is not actual alone
    (救助成效数据_计划): a planned export never overwrites the actual one of the same scope."""
    name = "救助成效数据" if lang == "zh" else "Figures"
    if status == "actual":
        return name
    return f"{name}_{t('status_both' if status == 'both' else 'status_' + status, lang)}"
