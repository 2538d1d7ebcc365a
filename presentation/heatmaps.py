"""Grid charts: the tile map of provinces, report coverage, a province's season-by-metric grid.

Cells are heatmap cells, so a grid keeps its shape at any width; a cell without a report
stays grey or blank, never zero.
"""

from __future__ import annotations

from dataclasses import replace

import plotly.graph_objects as go
import polars as pl

from presentation import format
from presentation.charts import (
    FOOTER_LINE_PX,
    FOOTER_WIDTH,
    ChartText,
    framed,
    names_the_province,
    nice_ticks,
    wrap_words,
)
from presentation.i18n import PROVINCE_EN, province_label, t
from presentation.places_en import place_label

NO_REPORT_GREY = "#d9d9d9"

# Tile grid of China: one square per province at its rough position (column, row).
TILES = {
    "黑龙江": (8, 0),
    "内蒙古": (5, 1),
    "吉林": (8, 1),
    "新疆": (1, 2),
    "宁夏": (4, 2),
    "山西": (5, 2),
    "北京": (6, 2),
    "天津": (7, 2),
    "辽宁": (8, 2),
    "青海": (2, 3),
    "甘肃": (3, 3),
    "陕西": (4, 3),
    "河南": (5, 3),
    "河北": (6, 3),
    "山东": (7, 3),
    "西藏": (1, 4),
    "四川": (3, 4),
    "重庆": (4, 4),
    "湖北": (5, 4),
    "安徽": (6, 4),
    "江苏": (7, 4),
    "上海": (8, 4),
    "云南": (3, 5),
    "贵州": (4, 5),
    "湖南": (5, 5),
    "江西": (6, 5),
    "浙江": (7, 5),
    "广西": (4, 6),
    "广东": (5, 6),
    "福建": (6, 6),
    "台湾": (7, 6),
    "海南": (4, 7),
    "澳门": (5, 7),
    "香港": (6, 7),
}


# ISO 3166-2:CN codes: tile labels in English that fit a square.
TILE_CODES = {
    "北京": "BJ", "天津": "TJ", "河北": "HE", "山西": "SX", "内蒙古": "NM", "辽宁": "LN",
    "吉林": "JL", "黑龙江": "HL", "上海": "SH", "江苏": "JS", "浙江": "ZJ", "安徽": "AH",
    "福建": "FJ", "江西": "JX", "山东": "SD", "河南": "HA", "湖北": "HB", "湖南": "HN",
    "广东": "GD", "广西": "GX", "海南": "HI", "重庆": "CQ", "四川": "SC", "贵州": "GZ",
    "云南": "YN", "西藏": "XZ", "陕西": "SN", "甘肃": "GS", "青海": "QH", "宁夏": "NX",
    "新疆": "XJ", "台湾": "TW", "香港": "HK", "澳门": "MO",
}  # fmt: skip


def tile_key() -> str:
    """The English map's key: each two-letter code (ISO 3166-2:CN) with its province."""
    pairs = sorted((code, province_label(p, "en")) for p, code in TILE_CODES.items())
    return "Codes: " + ", ".join(f"{code} {name}" for code, name in pairs) + "."


def _tiles(z, labels, hover, name: str, **style) -> go.Heatmap:
    """One layer of the tile grid: cells with their labels and hover text, 3 px apart."""
    return go.Heatmap(
        z=z,
        text=labels,
        hovertext=hover,
        hoverinfo="text",
        texttemplate="%{text}",
        xgap=3,
        ygap=3,
        name=name,
        **style,
    )


def tile_map(values: pl.DataFrame, text: ChartText, lang: str) -> go.Figure:
    """A tile-grid map of China coloured by value; provinces without a report stay grey.

    Tiles are heatmap cells, so the grid keeps its shape at any width.
    """
    by_province = (
        {r["province"]: r for r in values.iter_rows(named=True)} if not values.is_empty() else {}
    )
    key_px = 0
    if lang == "en":  # a printed map has no hover: the footer says what each code stands for
        lines = len(wrap_words(text.note, FOOTER_WIDTH["en"])) if text.note else 0
        text = replace(text, note=f"{text.note} {tile_key()}".strip())
        # the key's lines are added to the chart, not taken from the tiles
        key_px = FOOTER_LINE_PX * (len(wrap_words(text.note, FOOTER_WIDTH["en"])) - lines)
    colon = "：" if lang == "zh" else ": "
    cols = max(x for x, _ in TILES.values()) + 1
    rows = max(y for _, y in TILES.values()) + 1
    grey = [[None] * cols for _ in range(rows)]
    coloured = [[None] * cols for _ in range(rows)]
    labels = [[""] * cols for _ in range(rows)]
    hover = [[""] * cols for _ in range(rows)]
    for province, (x, y) in TILES.items():
        row = by_province.get(province)
        # Short labels fit a tile even on a phone: 2-letter codes in English, the value compact
        # (its unit is in the title); the hover gives the full name and amount.
        name = TILE_CODES[province] if lang == "en" else province
        full = province_label(province, lang)
        if row is None:
            grey[y][x] = 0
            labels[y][x] = name
            hover[y][x] = f"{full}{colon}{t('no_report', lang)}"
            continue
        amount = format.amount(row["value"], row["unit"], row["qualifier"], lang)
        coloured[y][x] = row["value"]
        labels[y][x] = f"<b>{name}</b><br>{format.compact(row['value'], row['qualifier'], lang)}"
        hover[y][x] = f"{full}{colon}{amount}"
    fig = go.Figure()
    fig.add_trace(
        _tiles(
            grey,
            labels,
            hover,
            "no_report",
            colorscale=[[0, NO_REPORT_GREY], [1, NO_REPORT_GREY]],
            showscale=False,
            textfont={"color": "#555", "size": 10},
        )
    )
    shown = [v for r in coloured for v in r if v is not None]
    if shown:
        fig.add_trace(
            _tiles(
                coloured,
                labels,
                hover,
                "reported",
                colorscale=[[0, "#c6dbef"], [1, "#08519c"]],
                zmin=0,
                zmax=max(shown),
                textfont={"size": 10},
                # A horizontal scale under the grid leaves the phone's width to the tiles.
                colorbar={
                    "title": {"text": format.unit_label(text.unit, lang), "side": "top"},
                    "orientation": "h",
                    "x": 0.5,
                    "xanchor": "center",
                    "y": -0.02,
                    "yanchor": "top",
                    "len": 0.6,
                    "thickness": 12,
                    **nice_ticks(shown, lang),
                },
            )
        )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, autorange="reversed", scaleanchor="x")
    fig.update_layout(plot_bgcolor="white")
    fig = framed(fig, text, lang, height=560 + key_px)
    # no axes to label: the tiles take the width, so names fit a tile on a phone
    fig.update_layout(margin={"l": 12, "r": 12})
    if shown:  # the footer goes below the colour scale (title, bar, ticks), not over it
        fig.update_layout(
            height=fig.layout.height + _COLOUR_SCALE_PX,  # the tiles keep their room
            margin={"b": fig.layout.margin.b + _COLOUR_SCALE_PX},
        )
        footer = next(a for a in fig.layout.annotations if a.name == "footer")
        footer.yshift -= _COLOUR_SCALE_PX
    return fig


_COLOUR_SCALE_PX = 60  # the horizontal colour scale under the tiles: title, bar and tick labels


def coverage_grid(grid: pl.DataFrame, text: ChartText, lang: str) -> go.Figure:
    """Province × season: reports and figures per cell; a cell without a report reads so."""
    # the country's official order (北京, 天津, 河北 …), as every list of provinces reads
    official = {p: i for i, p in enumerate(PROVINCE_EN)}
    provinces = (
        sorted(grid["province"].unique().to_list(), key=lambda p: (official.get(p, 99), p))
        if not grid.is_empty()
        else []
    )
    seasons = sorted(grid["season"].unique().to_list()) if not grid.is_empty() else []
    cells = {(r["province"], r["season"]): r for r in grid.iter_rows(named=True)}
    z, labels, hover = [], [], []
    for p in provinces:
        row_z, row_text, row_hover = [], [], []
        for s in seasons:
            cell = cells.get((p, s))
            has = bool(cell and cell["has_report"])
            row_z.append(cell["n_documents"] if has else None)
            # a cell holds one short number so it reads on a phone; the hover says the rest
            row_text.append(str(cell["n_documents"]) if has else "")
            row_hover.append(
                t("cell_counts", lang, d=cell["n_documents"], f=cell["n_figures"])
                if has
                else t("no_report", lang)
            )
        z.append(row_z)
        labels.append(row_text)
        hover.append(row_hover)
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[t("season_tick", lang, s=s) for s in seasons],
            y=[province_label(p, lang) for p in provinces],
            text=labels,
            customdata=hover,
            texttemplate="%{text}",
            textfont={"size": 12},
            colorscale=[[0, "#deebf7"], [1, "#6baed6"]],
            zmin=0,
            showscale=False,
            xgap=2,
            ygap=2,
            hovertemplate="%{y} %{x}: %{customdata}<extra></extra>",
        )
    )
    fig.update_layout(plot_bgcolor=NO_REPORT_GREY)
    fig.update_xaxes(type="category", showgrid=False)
    fig.update_yaxes(showgrid=False, autorange="reversed")
    fig = framed(fig, text, lang, height=max(300, 120 + 38 * len(provinces)))
    # a cell needs room for a two-digit count: a phone scrolls the grid sideways instead of
    # squeezing thirty seasons into unreadable slivers
    fig.update_layout(meta={**fig.layout.meta, "min_width": 110 + CELL_MIN_PX * len(seasons)})
    return fig


CELL_MIN_PX = 21  # a two-digit count in 12-point type; forty seasons fit a desktop page


def campaign_grid(
    cells: pl.DataFrame, columns: dict[str, str], text: ChartText, lang: str, province: str = ""
) -> go.Figure:
    """One province's campaign season by season: rows are seasons, columns headline metrics.

    A province-level value fills its cell blue; a city or county value (named, never summed)
    fills it orange; a season without a report for a metric stays blank.
    """
    seasons = sorted(cells["season"].unique().to_list()) if not cells.is_empty() else []
    keys = list(columns)
    found = {(r["season"], r["key"]): r for r in cells.iter_rows(named=True)}
    z, labels, hover = [], [], []
    for season in seasons:
        row_z, row_text, row_hover = [], [], []
        for key in keys:
            r = found.get((season, key))
            if r is None:
                row_z.append(None)
                row_text.append("")
                row_hover.append(t("no_report", lang))
                continue
            amount = format.amount(r["value"], r["unit"], r["qualifier"], lang)
            short = format.compact(r["value"], r["qualifier"], lang)
            city = r["level"] == "place"
            row_z.append(0.0 if city else 1.0)
            province_of = r.get("province") or province
            place = (
                t("several_places", lang)  # a sum over some of its places, not the province's
                if city and names_the_province(r["place"], province_of)
                else place_label(r["place"], lang)
            )
            row_text.append(f"{short}<br><sup>{_cell_name(place, lang)}</sup>" if city else short)
            row_hover.append(f"{amount}<br>{place or t('level_province', lang)}")
        z.append(row_z)
        labels.append(row_text)
        hover.append(row_hover)
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[columns[k] for k in keys],
            y=[t("season_fmt", lang, s=s) for s in seasons],
            text=labels,
            customdata=hover,
            texttemplate="%{text}",
            textfont={"size": 12},
            colorscale=[[0, "#fdd9b5"], [1, "#c6dbef"]],
            zmin=0,
            zmax=1,
            showscale=False,
            xgap=3,
            ygap=3,
            hovertemplate="%{y} %{x}<br>%{customdata}<extra></extra>",
        )
    )
    fig.update_layout(plot_bgcolor="#f4f4f4")
    fig.update_xaxes(side="top", showgrid=False, type="category", automargin=True, tickangle=0)
    fig.update_yaxes(showgrid=False, autorange="reversed", type="category", automargin=True)
    fig = framed(fig, text, lang, height=190 + 44 * max(len(seasons), 1))
    fig.update_layout(
        margin={"t": fig.layout.margin.t + 30},
        meta={**fig.layout.meta, "campaign": province, "seasons": seasons},
    )
    return fig


# Characters of a place's name a grid cell holds under its number on a phone (the hover gives
# it whole): "Chengdong District" ran across the next cell at 390 px.
CELL_NAME_CHARS = {"zh": 6, "en": 14}


def _cell_name(place: str, lang: str) -> str:
    """A place's name as short as a cell needs: cut with … past CELL_NAME_CHARS."""
    most = CELL_NAME_CHARS[lang]
    return place if len(place) <= most else place[: most - 1] + "…"
