"""Chart builders: pure functions from polars frames to plotly figures (no Streamlit here).

Every chart carries its title with the unit, a source line and, where a value is derived,
a note on how it was computed; the same figure object is what exports render.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import plotly.graph_objects as go
import polars as pl

from etl.extraction.places import gazetteer
from presentation import format
from presentation.headlines import comparable
from presentation.i18n import place_level, province_label, t
from presentation.places_en import place_label

FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
PALETTE = [
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
]
QUALIFIER_MARK = {
    "zh": {"approx": "约", "at_least": "余", "at_most": "≤", "exact": ""},
    "en": {"approx": "~", "at_least": "≥", "at_most": "≤", "exact": ""},
}


@dataclass(frozen=True)
class ChartText:
    """What a chart says about itself: title, unit, source line, computation note."""

    title: str
    unit: str
    source: str
    note: str = ""
    filters: str = ""
    subtitle: str = ""  # what the metric counts and the level it rests on (Grapher's subtitle)


def wrap(text: str, width: int) -> list[str]:
    """Cut a footer line into pieces of `width` characters (annotations do not wrap)."""
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def wrap_title(text: str, width: int) -> list[str]:
    """Cut a Chinese title at its natural breaks — before a bracket, after a colon — so that
    the unit (元/人) or a clause stays whole; an English title at spaces."""
    if " " in text or len(text) <= width:
        return wrap_words(text, width)
    cut = max(
        (i for i, ch in enumerate(text[: width + 1]) if ch == "（" and i > 0),
        default=max((i + 1 for i, ch in enumerate(text[:width]) if ch == "："), default=0),
    )
    if cut < width // 2:
        return wrap(text, width)
    return [text[:cut], *wrap_title(text[cut:], width)]


def wrap_words(text: str, width: int) -> list[str]:
    """Cut a line at spaces where it has them (English), else after the last punctuation
    mark that leaves a line at least half full ("…；省级口径；" / "无省级数字的省份…"), else
    every `width` characters."""
    if " " not in text:
        return _wrap_clauses(text, width)
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


_CLAUSE_BREAKS = "，；：、。）"


def _wrap_clauses(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters of a text without spaces, cut after clauses."""
    lines = []
    while len(text) > width:
        cut = max((i + 1 for i, ch in enumerate(text[:width]) if ch in _CLAUSE_BREAKS), default=0)
        if cut < width // 2:
            cut = width  # no clause ends in reach: cut at the width
        lines.append(text[:cut])
        text = text[cut:]
    return [*lines, text] if text or not lines else lines


# Characters per line of the title (18 px) and subtitle (12 px) that fit a 390 px phone.
TITLE_WIDTH = {"zh": 19, "en": 36}
SUBTITLE_WIDTH = {"zh": 27, "en": 50}


def with_unit(title: str, unit: str | None, lang: str) -> str:
    """A chart title with its unit: 走访慰问户数（户）, Households reached (households)."""
    shown = format.unit_label(unit, lang) if unit else ""
    if not shown:
        return title
    return f"{title}（{shown}）" if lang == "zh" else f"{title} ({shown})"


def framed(fig: go.Figure, text: ChartText, lang: str, height: int = 460) -> go.Figure:
    """Title with unit, source line and note below the plot, CJK-capable font."""
    title = with_unit(text.title, text.unit, lang)
    parts = (t("source_line", lang, src=text.source), text.note, text.filters)
    footer = "<br>".join(line for p in parts if p for line in wrap_words(p, FOOTER_WIDTH[lang]))
    title_lines = wrap_title(title, TITLE_WIDTH[lang])
    sub_lines = wrap_words(text.subtitle, SUBTITLE_WIDTH[lang]) if text.subtitle else []
    subtitle = "<br>".join(sub_lines)
    top = 30 + 24 * len(title_lines) + 17 * len(sub_lines)
    # an x-axis title (English charts) takes a line under the tick labels: the footer goes below
    axis_title = _AXIS_TITLE_PX if fig.layout.xaxis.title.text else 0
    fig.update_layout(
        title={
            "text": "<br>".join(title_lines),
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            "y": 1,
            "yanchor": "top",
            "yref": "container",
            "pad": {"t": 12 + 22 * (len(title_lines) - 1), "l": 12},
            "font": {"size": 18},
            "subtitle": {"text": subtitle, "font": {"size": 12, "color": "#555"}},
        },
        font={"family": FONT, "size": 13},
        height=height,
        margin={
            "l": 70,
            "r": 30,
            "t": top + 20,
            "b": 80 + axis_title + FOOTER_LINE_PX * footer.count("<br>"),
        },
        legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"},
        template="plotly_white",
        meta={
            "source": text.source,
            "note": text.note,
            "unit": text.unit,
            "filters": text.filters,
            "footer": footer,
        },
    )
    fig.add_annotation(
        name="footer",
        text=footer,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-45 - axis_title,
        showarrow=False,
        align="left",
        xanchor="left",
        yanchor="top",
        font={"size": 11, "color": "#555"},
    )
    return fig


FOOTER_WIDTH = {"zh": 58, "en": 110}  # characters in a line of the footer
FOOTER_LINE_PX = 16  # the height of a footer line
_AXIS_TITLE_PX = 22  # the height of an axis title's line at the chart's font size
LEGEND_ROW_PX = 21  # the height of a legend entry at the chart's font size
LEGEND_RANK = {"province": 100, "standard": 500, "place": 1000}  # legend order (Plotly's rank)


def nice_ticks(values: list[float], lang: str, count: int = 5) -> dict:
    """Axis ticks written the Chinese way (10万, 1亿) instead of 100k / 100M."""
    top = max((v for v in values if v is not None), default=0)
    if top <= 0:
        return {}
    raw = top / count
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    # a step of 2.5 only from 25 up: counts of households or people have no halves
    steps = (1, 2, 2.5, 5, 10) if magnitude >= 10 else (1, 2, 5, 10)
    step = next(m * magnitude for m in steps if m * magnitude >= raw)
    ticks = [i * step for i in range(int(top // step) + 1)]
    if ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return {"tickvals": ticks, "ticktext": [format.number(v, lang) for v in ticks]}


def _value_axis(fig: go.Figure, values: list, unit: str, lang: str, axis: str = "y") -> None:
    """Value axis from zero, ticks written the interface's way.

    In Chinese the unit stands in the chart title only: a rotated 户 or 元 reads badly.
    """
    update = fig.update_yaxes if axis == "y" else fig.update_xaxes
    ticks = nice_ticks(values, lang)
    extra = (
        {"range": [0, ticks["tickvals"][-1] * 1.02], **ticks} if ticks else {"rangemode": "tozero"}
    )
    update(title=None if lang == "zh" else format.unit_label(unit, lang), **extra)


def _values(frame: pl.DataFrame, column: str = "value") -> list:
    return frame[column].to_list() if not frame.is_empty() else []


def _marks(qualifiers: list[str | None], lang: str) -> list[str]:
    return [QUALIFIER_MARK[lang].get(q or "exact", "") for q in qualifiers]


def _hover_amounts(values, units, qualifiers, lang) -> list[str]:
    return [
        format.amount(v, u, q, lang) if v is not None else t("no_report", lang)
        for v, u, q in zip(values, units, qualifiers, strict=True)
    ]


def _series_name(row: dict, lang: str) -> str:
    province = province_label(row["province"], lang)
    status = t("status_" + row["status"], lang)
    if row.get("level") == "place" and names_the_province(row["place"], row["province"]):
        # figures of several of its places together, named by the province
        return f"{t('several_places_series', lang, p=province)} · {status}"
    if row.get("level") == "place":
        return f"{place_series(province, row['place'], lang)} · {status}"
    return f"{province} · {status}"


def names_the_province(place: str | None, province: str) -> bool:
    """Whether a place series carries its province's own name (a sum over some of its places;
    吉林市 is a city of 吉林, not the province)."""
    return place is not None and place == gazetteer().full_province_name(province)


def season_trend(
    metrics: pl.DataFrame,
    seasons: range,
    text: ChartText,
    lang: str,
    colors: dict[str, str] | None = None,
) -> go.Figure:
    """A metric over seasons: one line per province (or city series) and status.

    Markers are reported seasons; a solid line joins consecutive seasons and a thin dotted
    line bridges seasons without a report (a gap, never a zero); two reports the cards would
    not compare (far apart in time or tenfold in size) are not joined at all. Actual is
    solid, planned dashed with hollow markers; city and county series have square markers;
    approximate and lower-bound values carry 约 / 余 beside the point.
    """
    traces: list[dict] = []  # plain dicts: validating each trace object costs ~10 ms
    labels = [t("season_tick", lang, s=s) for s in seasons]
    frame = (
        metrics
        if "level" in metrics.columns
        else metrics.with_columns(
            pl.lit("province").alias("level"), pl.lit(None, pl.String).alias("place")
        )
    )
    keys = (
        frame.select("province", "place", "level")
        .unique()
        .sort(["level", "province", "place"], descending=[True, False, False])
        .iter_rows(named=True)
        if not frame.is_empty()
        else []
    )
    # places take the palette's colours the page's provinces do not hold
    pool = [c for c in PALETTE if c not in (colors or {}).values()] or PALETTE
    for i, key in enumerate(keys):
        city = key["level"] == "place"
        # a province's own line keeps the colour the page gives it, in every chart
        color = (colors or {}).get(key["province"]) if not city else None
        color = color or pool[i % len(pool)]
        for status in ("actual", "planned"):
            rows = frame.filter(
                (pl.col("province") == key["province"])
                & (pl.col("place").eq_missing(key["place"]))
                & (pl.col("status") == status)
            )
            if rows.is_empty():
                continue
            by_season = {
                r["season"]: r for r in rows.sort("value").iter_rows(named=True)
            }  # the largest of a season when several remain
            picked = [by_season.get(s) for s in seasons]
            values = [r["value"] if r else None for r in picked]
            quals = [r["qualifier"] if r else None for r in picked]
            planned = status == "planned"
            name = _series_name({**key, "status": status}, lang)
            group = f"{name}-{i}"
            bridge_x, bridge_y, at = _joins(list(seasons), labels, values)
            traces.append(
                dict(
                    type="scatter",
                    x=bridge_x,
                    y=bridge_y,
                    mode="lines",
                    connectgaps=False,
                    line={"color": color, "dash": "dot", "width": 1},
                    legendgroup=group,
                    showlegend=False,
                    hoverinfo="skip",
                )
            )
            amounts = _hover_amounts(values, [text.unit] * len(values), quals, lang)
            marks = _marks(quals, lang)
            traces.append(
                dict(
                    type="scatter",
                    x=[labels[k] if k >= 0 else labels[-k - 1] for k in at],
                    y=[values[k] if k >= 0 else None for k in at],
                    name=name,
                    meta=key["province"],
                    legendgroup=group,
                    # the provinces' own series first, then stated rates, then places: a
                    # legend too long for its room leaves out places, not the keys
                    legendrank=LEGEND_RANK["place" if city else "province"],
                    mode="lines+markers+text",
                    connectgaps=False,
                    cliponaxis=False,
                    line={"color": color, "dash": "dash" if planned else "solid", "width": 2.5},
                    marker={
                        "size": 9 if city else 10,
                        "color": "white" if planned else color,
                        "line": {"color": color, "width": 2},
                        "symbol": "square" if city else "circle",
                    },
                    text=[marks[k] if k >= 0 else "" for k in at],
                    textposition="top center",
                    customdata=[amounts[k] if k >= 0 else "" for k in at],
                    hovertemplate="%{x}<br>%{customdata}<extra>%{fullData.name}</extra>",
                )
            )
    fig = go.Figure(data=traces)
    fig.update_xaxes(
        type="category",
        categoryorder="array",
        categoryarray=labels,
        automargin=True,
        title=None if lang == "zh" else t("season", lang),
    )
    _value_axis(fig, [v * 1.08 for v in _values(metrics)], text.unit, lang)
    n = len(traces) // 2
    fig = framed(fig, text, lang, height=480 + 24 * max(0, n - 3))
    return _legend_below(fig, t("legend_title", lang))


def _joins(
    seasons: list[int], labels: list[str], values: list[float | None]
) -> tuple[list, list, list[int]]:
    """How a series' reported seasons are joined, by the rule the cards compare by: a thin
    dotted bridge over seasons without a report, and a break in the solid line, where two
    reports are too far apart in time or size to be the same measure (`comparable`).

    Returns the bridge's x and y (segments split by None) and the solid line's points as
    indexes into `values`, where -k-1 is a break placed at season k.
    """
    bridge_x: list = []
    bridge_y: list = []
    at: list[int] = []
    last: int | None = None
    for k, value in enumerate(values):
        if value is None:
            at.append(k)
            continue
        if last is not None and not comparable(seasons[k], value, seasons[last], values[last]):
            if last == k - 1:
                at.append(-k - 1)
        elif last is not None and last < k - 1:
            bridge_x += [labels[last], labels[k], labels[k]]
            bridge_y += [values[last], value, None]
        at.append(k)
        last = k
    return bridge_x, bridge_y, at


def _legend_below(fig: go.Figure, title: str = "") -> go.Figure:
    """Legend at the foot of the chart, one entry per line: long series names never cover
    the title or the axis, at 1440 px or 390 px."""
    entries = sum(1 for tr in fig.data if tr.showlegend is not False)
    legend_px = 30 + LEGEND_ROW_PX * entries
    fig.update_layout(
        showlegend=True,  # name the series even when there is only one
        height=fig.layout.height + legend_px,
        margin={"b": fig.layout.margin.b + legend_px},
        meta={**fig.layout.meta, "legend_px": legend_px},
        legend={
            "orientation": "v",
            "x": 0,
            "xanchor": "left",
            "xref": "paper",
            "y": 0,
            "yanchor": "bottom",
            "yref": "container",
            "title": {"text": title, "side": "top"},
            # each series is its own legend group (line and markers): no gap between groups,
            # or every row takes half as much again as the room made for it
            "tracegroupgap": 0,
        },
    )
    return fig


def within_season(figures: pl.DataFrame, text: ChartText, lang: str) -> go.Figure:
    """Province-level figures of a season by the date they run to (one marker per figure)."""
    traces: list[dict] = []  # plain dicts: validating each trace object costs ~10 ms
    provinces = sorted(figures["province"].unique().to_list()) if not figures.is_empty() else []
    for i, province in enumerate(provinces):
        color = PALETTE[i % len(PALETTE)]
        for status in ("actual", "planned"):
            rows = figures.filter((pl.col("province") == province) & (pl.col("status") == status))
            if rows.is_empty():
                continue
            planned = status == "planned"
            quals = rows["qualifier"].to_list()
            traces.append(
                dict(
                    type="scatter",
                    x=[d.isoformat() if d else None for d in rows["period_end"].to_list()],
                    y=rows["value"].to_list(),
                    name=f"{province_label(province, lang)} · {t('status_' + status, lang)}",
                    mode="markers+text",
                    cliponaxis=False,
                    marker={
                        "size": 11,
                        "color": "white" if planned else color,
                        "line": {"color": color, "width": 2},
                    },
                    text=_marks(quals, lang),
                    textposition="top center",
                    customdata=list(
                        zip(
                            _hover_amounts(
                                rows["value"].to_list(), rows["unit"].to_list(), quals, lang
                            ),
                            [format.chart_text(q) for q in rows["quote"].to_list()],
                            strict=True,
                        )
                    ),
                    hovertemplate="%{x|%Y-%m-%d}<br>%{customdata[0]}<br>%{customdata[1]}"
                    "<extra>%{fullData.name}</extra>",
                )
            )
    fig = go.Figure(data=traces)
    # Dates as dates: plotly reads ISO strings on a date axis (never epoch milliseconds).
    fig.update_xaxes(
        type="date", tickformat="%Y-%m-%d", title=t("date_axis", lang), automargin=True
    )
    _value_axis(fig, [v * 1.1 for v in _values(figures)], text.unit, lang)
    return _legend_below(framed(fig, text, lang, height=460), t("legend_title", lang))


def cumulative_spans(figures: pl.DataFrame, text: ChartText, lang: str) -> go.Figure:
    """Multi-year cumulative figures as spans over the years they cover, never as a season."""
    traces: list[dict] = []  # plain dicts: validating each trace object costs ~10 ms
    labels: list[dict] = []
    rows = figures.filter(pl.col("period_start").is_not_null() & pl.col("period_end").is_not_null())
    # households and household-visits of one place and years are two rows, named apart
    units = rows["unit"].n_unique() > 1
    for i, r in enumerate(rows.iter_rows(named=True)):
        span_days = (r["period_end"] - r["period_start"] + timedelta(days=1)).days
        label = format.amount(r["value"], r["unit"], r["qualifier"], lang)
        first, last = r["period_start"].year, r["period_end"].year
        years = f"{first}–{last}" if last > first else str(first)  # a year's total: "2019"
        row = f"{_span_owner(r, lang)} · {years}"
        row = f"{row} · {format.unit_label(r['unit'], lang)}" if units else row
        # whose span it is, written over its bar: the bars keep the chart's width, which
        # names beside them would take on a phone
        labels.append(
            dict(
                xref="paper",
                x=0,
                y=row,
                yref="y",
                text=row,
                showarrow=False,
                xanchor="left",
                yanchor="bottom",
                yshift=SPAN_LABEL_SHIFT,
                font={"size": 12, "color": "#555"},
            )
        )
        traces.append(
            dict(
                type="bar",
                y=[row],
                x=[span_days * 86_400_000],
                base=[r["period_start"].isoformat()],
                orientation="h",
                marker={"color": PALETTE[i % len(PALETTE)], "opacity": 0.35},
                text=[label],
                # inside a span long enough to hold it, else beside it; never turned on end
                textposition="auto",
                textangle=0,
                insidetextanchor="middle",
                textfont={"size": 13, "color": "#1a1a1a"},
                cliponaxis=False,
                constraintext="none",
                showlegend=False,
                hovertext=[format.chart_text(r["quote"])],
                hoverinfo="text",
            )
        )
    fig = go.Figure(data=traces)
    # one bar per trace, each on its own row: grouped, every bar would get a 1/n-thick slot
    fig.update_layout(
        uniformtext={"minsize": 12, "mode": "show"},
        barmode="overlay",
        bargap=0.55,
        annotations=labels,
    )
    fig.update_xaxes(type="date", tickformat="%Y")
    if not rows.is_empty():
        # room after the latest span for an amount written beside it, but no empty decade
        # after it when the spans reach far back
        first, last = rows["period_start"].min(), rows["period_end"].max()
        room = min((last - first) * 0.3, SPAN_ROOM_MAX)
        fig.update_xaxes(range=[first.isoformat(), (last + room).isoformat()])
    fig.update_yaxes(showticklabels=False)
    fig = framed(fig, text, lang, height=max(300, 150 + 56 * rows.height))
    return fig.update_layout(margin={"l": 24})  # names stand over the bars, none at the left


SPAN_LABEL_SHIFT = 9  # pixels from a span's middle up to the foot of its name
SPAN_ROOM_MAX = timedelta(days=3 * 365)  # the most room after the latest span


def _span_owner(row: dict, lang: str) -> str:
    """Whose multi-year figure a span is: the province's own, or a named place of it."""
    place = None if row.get("province_level", True) else row.get("place")
    name = _owner_name(row["province"], place, lang)
    return name if row["status"] == "actual" else f"{name} · {t('status_' + row['status'], lang)}"


def place_series(province: str, place: str, lang: str) -> str:
    """A place's series name: "湖南·资兴市（市县）", "湖南·札子村（村社区）"; in English
    "Hunan · Zixing (local)"."""
    kind = place_level(place, lang) if lang == "zh" else "local"
    return t("city_series", lang, p=province, c=place_label(place, lang), k=kind)


def _owner_name(province: str, place: str | None, lang: str) -> str:
    """The province's name, or "province·place（市县）" for a place of it that stated a figure."""
    if not place or names_the_province(place, province):
        return province_label(province, lang)
    return place_series(province_label(province, lang), place, lang)


def province_bars(metrics: pl.DataFrame, text: ChartText, lang: str) -> go.Figure:
    """Provinces compared for one season: actual bars solid, planned hatched, never stacked."""
    traces: list[dict] = []  # plain dicts: validating each trace object costs ~10 ms
    order = (
        metrics.filter(pl.col("status") == "actual").sort("value")["province"].to_list()
        if not metrics.is_empty()
        else []
    )
    order += (
        [p for p in metrics["province"].unique().sort().to_list() if p not in order]
        if not metrics.is_empty()
        else []
    )
    for status in ("actual", "planned"):
        rows = metrics.filter(pl.col("status") == status)
        if rows.is_empty():
            continue
        planned = status == "planned"
        quals = rows["qualifier"].to_list()
        amounts = _hover_amounts(rows["value"].to_list(), rows["unit"].to_list(), quals, lang)
        traces.append(
            dict(
                type="bar",
                x=rows["value"].to_list(),
                y=[province_label(p, lang) for p in rows["province"].to_list()],
                orientation="h",
                name=t("status_" + status, lang),
                text=amounts,
                textposition="auto",
                marker={
                    "color": "#9ecae1" if planned else "#1f77b4",
                    "pattern": {"shape": "/" if planned else ""},
                    "line": {"color": "#1f77b4", "width": 1},
                },
                hovertemplate="%{y}: %{text}<extra>%{fullData.name}</extra>",
            )
        )
    fig = go.Figure(data=traces)
    fig.update_layout(barmode="group")
    fig.update_yaxes(categoryorder="array", categoryarray=[province_label(p, lang) for p in order])
    _value_axis(fig, _values(metrics), text.unit, lang, axis="x")
    return framed(fig, text, lang, height=max(320, 120 + 40 * len(order)))


def _with_owner(standards: pl.DataFrame) -> pl.DataFrame:
    """Rates with the place that stated them: a city's or county's own name, or None for
    the province's own (a rate of unknown level counts as the province's)."""
    if "level" not in standards.columns or "place" not in standards.columns:
        return standards.with_columns(pl.lit(None, pl.String).alias("owner"))
    local = pl.col("level").is_not_null() & (pl.col("level") != "province")
    return standards.with_columns(
        pl.when(local).then(pl.col("place")).otherwise(None).alias("owner")
    )


def add_standards(fig: go.Figure, standards: pl.DataFrame, lang: str) -> go.Figure:
    """Stated aid rates beside derived values: open diamonds, never joined into the derived
    lines. A province's own rates are one series; the rates its places stated are one more,
    each point named by its place (a legend entry per place would outgrow the chart)."""
    if standards.is_empty():
        return fig
    # a rate several reports restate ("低保对象每户500元" in a province's three articles) is one
    # point, its hover saying how many stated it
    rows = (
        _with_owner(standards.filter(pl.col("season").is_not_null()))
        .group_by(["province", "owner", "season", "value", "unit"], maintain_order=True)
        .agg(pl.col("qualifier").first(), pl.col("quote").first(), pl.len().alias("n_stated"))
    )
    groups = (
        rows.select("province", pl.col("owner").is_not_null().alias("local"))
        .unique()
        .sort(["province", "local"])
    )
    for province, local in groups.iter_rows():
        mine = rows.filter(
            (pl.col("province") == province) & (pl.col("owner").is_not_null() == local)
        )
        label = province_label(province, lang)
        whose = t("each_place_series", lang, p=label) if local else label
        color = _series_color(fig, province)
        names = [
            f"{_point_place(o, province, lang)}{_COLON[lang]}" if o else ""
            for o in mine["owner"].to_list()
        ]
        fig.add_trace(
            go.Scatter(
                x=_season_ticks(mine, lang),
                y=mine["value"].to_list(),
                mode="markers",
                name=f"{whose} · {t('stated_standard_series', lang)}",
                meta=province,
                legendrank=LEGEND_RANK["standard"],
                marker={
                    "symbol": "diamond-open",
                    "size": 10 if local else 13,
                    "color": color,
                    "line": {"width": 2},
                },
                cliponaxis=False,
                hovertext=[
                    f"{name}{format.amount(v, u, q, lang)}<br>{format.chart_text(quote)}"
                    + (f"<br>{t('stated_times', lang, n=n)}" if n > 1 else "")
                    for name, v, u, q, quote, n in zip(
                        names,
                        mine["value"].to_list(),
                        mine["unit"].to_list(),
                        mine["qualifier"].to_list(),
                        mine["quote"].to_list(),
                        mine["n_stated"].to_list(),
                        strict=True,
                    )
                ],
                hoverinfo="text",
            )
        )
    return _grown(fig, groups.height, lang)


def add_place_points(fig: go.Figure, places: pl.DataFrame, lang: str) -> go.Figure:
    """Values the places of a province stated or derived, one series of square points per
    province and status, each point named by its place: a legend of a few entries however
    many places report (a line per place made per-capita charts of 60 series)."""
    if places.is_empty():
        return fig
    groups = places.select("province", "status").unique().sort(["province", "status"])
    for province, status in groups.iter_rows():
        mine = places.filter((pl.col("province") == province) & (pl.col("status") == status)).sort(
            "season"
        )
        label = province_label(province, lang)
        color = _series_color(fig, province)
        planned = status == "planned"
        values = mine["value"].to_list()
        amounts = _hover_amounts(values, mine["unit"].to_list(), mine["qualifier"].to_list(), lang)
        fig.add_trace(
            go.Scatter(
                x=_season_ticks(mine, lang),
                y=values,
                mode="markers+text",
                name=f"{t('each_place_series', lang, p=label)} · {t('status_' + status, lang)}",
                meta=province,
                legendrank=LEGEND_RANK["place"],
                marker={
                    "symbol": "square",
                    "size": 9,
                    "color": "white" if planned else color,
                    "line": {"color": color, "width": 2},
                },
                text=_marks(mine["qualifier"].to_list(), lang),
                textposition="top center",
                cliponaxis=False,
                hovertext=[
                    f"{_point_place(place, province, lang)}{_COLON[lang]}{amount}"
                    for place, amount in zip(mine["place"].to_list(), amounts, strict=True)
                ],
                hoverinfo="text+x",
            )
        )
    return _grown(fig, groups.height, lang)


def per_capita_chart(
    derived: pl.DataFrame,
    stated: pl.DataFrame,
    seasons: Sequence[int],
    text: ChartText,
    lang: str,
    provinces: Sequence[str] = (),
) -> go.Figure:
    """Per-capita aid: each province's own derived values as lines, its places' values as
    points, stated rates beside, each province in one colour (the same in every chart drawn
    for `provinces`); the value axis stops short of a few far larger values and marks them at
    its top."""
    local = pl.col("level") == "place"
    own = derived.filter(~local) if not derived.is_empty() else derived
    places = derived.filter(local) if not derived.is_empty() else derived
    colors = province_colors(provinces)
    fig = season_trend(own, seasons, text, lang, colors)
    fig.update_layout(meta={**(fig.layout.meta or {}), "province_colors": colors})
    fig = add_standards(add_place_points(fig, places, lang), stated, lang)
    return clip_far_values(without_crowded_marks(fig), lang)


# Above this many points a chart drops the 约 / 余 written beside each: on a narrow screen they
# run into each other and hide the points (the hover still says each value's qualifier).
CROWDED_POINTS = 40


def without_crowded_marks(fig: go.Figure) -> go.Figure:
    """The chart without the qualifier marks beside its points when it holds more than
    CROWDED_POINTS points."""
    drawn = [tr for tr in fig.data if tr.y is not None and tr.hoverinfo != "skip"]
    if sum(v is not None for tr in drawn for v in tr.y) <= CROWDED_POINTS:
        return fig
    for trace in drawn:
        if "text" in (trace.mode or ""):
            trace.update(mode=trace.mode.replace("+text", ""), text=None)
    return fig


def province_colors(provinces: Sequence[str]) -> dict[str, str]:
    """One palette colour per province, by its place in the list the page draws."""
    return {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(provinces)}


_COLON = {"zh": "：", "en": ": "}


def _season_ticks(rows: pl.DataFrame, lang: str) -> list[str]:
    """The season axis labels of a frame's rows (2024季, 2024)."""
    return [t("season_tick", lang, s=s) for s in rows["season"].to_list()]


def _point_place(place: str | None, province: str, lang: str) -> str:
    """Whose value a place point is: the place, or "several places" for a value of some of the
    province's places together (named by the province, it is no province-wide value)."""
    if not place or names_the_province(place, province):
        return t("several_places", lang)
    return place_label(place, lang)


def _series_color(fig: go.Figure, province: str) -> str:
    """The colour the chart already gives a province (its traces carry it as `meta`), so that
    its line, its places and its rates share one; the next free palette colour otherwise."""
    given = ((fig.layout.meta or {}).get("province_colors") or {}).get(province)
    if given:
        return given
    drawn = []
    for trace in fig.data:
        color = trace.line.color or trace.marker.line.color
        if trace.meta == province and color:
            return color
        drawn.append(color)
    return next((c for c in PALETTE if c not in drawn), PALETTE[len(fig.data) % len(PALETTE)])


def _grown(fig: go.Figure, entries: int, lang: str) -> go.Figure:
    """The value axis fitted to every point drawn, and room at the foot for `entries` more
    legend entries."""
    top = max(v for tr in fig.data for v in (tr.y or ()) if v is not None)
    _value_axis(fig, [top * 1.08], fig.layout.meta.get("unit", ""), lang)
    extra = LEGEND_ROW_PX * entries
    meta = fig.layout.meta or {}
    fig.update_layout(
        height=fig.layout.height + extra,
        margin={"b": fig.layout.margin.b + extra},
        meta={**meta, "legend_px": meta.get("legend_px", 0) + extra},
    )
    return fig


# A value axis stops short of the largest values when they stand FAR_FACTOR times above the
# next one down, among the top FAR_SHARE of the points: one 42,000元 standard after an
# earthquake would otherwise flatten every other point, while 1,847 above 1,200 is drawn.
FAR_FACTOR = 2.0
FAR_SHARE = 0.1
FAR_MIN_POINTS = 8  # fewer points than this are all shown to scale


def _far_cut(points: list[float]) -> float | None:
    """The largest value drawn to scale, when the values above it are far larger (a gap of
    FAR_FACTOR between two neighbours in the sorted top share); None when there is none."""
    if len(points) < FAR_MIN_POINTS:
        return None
    lowest = len(points) - max(1, int(len(points) * FAR_SHARE))
    for k in range(lowest, len(points)):
        if points[k - 1] > 0 and points[k] > FAR_FACTOR * points[k - 1]:
            return points[k - 1]
    return None


def clip_far_values(fig: go.Figure, lang: str) -> go.Figure:
    """Points far above the rest drawn at the axis top, marked ↑ with their amount (the hover
    still gives it in full), and the chart's note says so."""
    drawn = [tr for tr in fig.data if tr.y is not None and tr.hoverinfo != "skip"]
    cut = _far_cut(sorted(v for tr in drawn for v in tr.y if v is not None))
    if cut is None:
        return fig
    cap = cut * 1.08
    ticks = nice_ticks([cap], lang)
    top = ticks["tickvals"][-1]
    if not any(v is not None and v > top for tr in drawn for v in tr.y):
        return fig
    for trace in fig.data:
        if trace.y is None or not any(v is not None and v > top for v in trace.y):
            continue
        texts = list(trace.text) if isinstance(trace.text, (list, tuple)) else [""] * len(trace.y)
        for k, v in enumerate(trace.y):
            if v is not None and v > top:
                texts[k] = "↑" + format.compact(v, "exact", lang)
        trace.update(
            y=[min(v, top) if v is not None else None for v in trace.y],
            text=texts,
            textposition="top center",
        )
        if trace.hoverinfo != "skip" and "text" not in (trace.mode or ""):
            trace.update(mode=f"{trace.mode}+text")
    fig.update_yaxes(range=[0, top * 1.02], **ticks)
    note = t("clipped_note", lang, v=format.number(top, lang))
    for annotation in fig.layout.annotations:
        if annotation.name == "footer":
            annotation.text = f"{annotation.text}<br>{note}" if annotation.text else note
            fig.update_layout(margin={"b": fig.layout.margin.b + FOOTER_LINE_PX})
    meta = fig.layout.meta or {}
    said = meta.get("note") or ""
    fig.update_layout(meta={**meta, "clipped_above": top, "note": f"{said} {note}".strip()})
    return fig
