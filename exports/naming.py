"""File names that say scope and date: 救助成效_湖南_2024季_2026-11-28.xlsx."""

from __future__ import annotations

import re
from datetime import date

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def scope_label(provinces: tuple[str, ...] | list[str], season_from: int, season_to: int) -> str:
    """湖南_2024季, 湖南-青海_2022-2024季, 全国_2019-2026季."""
    where = "-".join(provinces) if provinces else "全国"
    when = f"{season_from}季" if season_from == season_to else f"{season_from}-{season_to}季"
    return f"{where}_{when}"


def export_name(
    provinces: tuple[str, ...] | list[str],
    season_from: int,
    season_to: int,
    extension: str,
    today: date | None = None,
    subject: str = "救助成效",
) -> str:
    """A safe file name carrying subject, scope and the day it was made."""
    day = (today or date.today()).isoformat()
    name = f"{subject}_{scope_label(provinces, season_from, season_to)}_{day}.{extension}"
    return _UNSAFE.sub("_", name)
