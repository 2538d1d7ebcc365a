"""Pure transforms from warehouse frames to what the pages show (no Streamlit here)."""

from __future__ import annotations

from collections import Counter

import polars as pl

from presentation.publishers_en import publisher_label

# The KPI cards of the overview: metric shown → (metrics added per province, unit).
KPI_METRICS: dict[str, tuple[tuple[str, ...], str]] = {
    "households_reached": (("households_reached",), "households"),
    "people_reached": (("people_reached",), "persons"),
    "funds_raised": (("funds_raised",), "yuan"),
    "aid_delivered": (("aid_disbursed", "in_kind_value"), "yuan"),
}


def combine_qualifiers(qualifiers: list[str]) -> str:
    """The qualifier of a sum: exact only if every part is exact."""
    kinds = set(qualifiers) - {"exact"}
    if not kinds:
        return "exact"
    if kinds == {"at_least"}:
        return "at_least"
    if kinds == {"at_most"}:
        return "at_most"
    return "approx"


def primary_unit(frame: pl.DataFrame, metric: str) -> str | None:
    """The unit a metric is charted in: its contract unit when present, else the commonest."""
    from etl.model import METRIC_UNITS

    rows = frame.filter(pl.col("metric") == metric) if "metric" in frame.columns else frame
    if rows.is_empty():
        return METRIC_UNITS.get(metric, (None,))[0]
    present = rows["unit"].value_counts(sort=True)["unit"].to_list()
    for unit in METRIC_UNITS.get(metric, ()):
        if unit in present:
            return unit
    return present[0]


def series(
    metrics: pl.DataFrame, metric: str, unit: str, statuses: tuple[str, ...]
) -> pl.DataFrame:
    """Rows of one metric in one unit and the chosen statuses (actual and planned stay apart)."""
    return metrics.filter(
        (pl.col("metric") == metric) & (pl.col("unit") == unit) & pl.col("status").is_in(statuses)
    )


TREND_COLUMNS = (
    "province",
    "place",
    "level",
    "status",
    "season",
    "value",
    "qualifier",
    "unit",
    "publisher",
)

# … and a trend frame keeps each value's metric and the sentence it came from: a chart's
# workbook lists them beside the value.
TREND_SOURCED_COLUMNS = (*TREND_COLUMNS[:3], "metric", *TREND_COLUMNS[3:], "quote")


def latest_largest(rows: pl.DataFrame) -> pl.DataFrame:
    """Per province, the row of the largest figure of the latest season its rows hold (ties:
    the first place by name): the place an overview card shows for a province that states no
    figure of its own. A leader asks how its places did lately, not which place reported most
    often (a ceremony's 2户 every year)."""
    return rows.sort(
        ["province", "season", "value", "place"], descending=[False, True, True, False]
    ).unique("province", keep="first", maintain_order=True)


def trend_frame(
    metrics: pl.DataFrame,
    places: pl.DataFrame,
    metric: str,
    unit: str,
    statuses: tuple[str, ...],
    max_places: int = 3,
) -> pl.DataFrame:
    """Province series of a metric, and for a province without any province-level figure of
    it in a status, its cities and counties as separate series of that status (the places
    reported in most seasons): a province's plan does not hide the results its cities
    reported."""
    columns = TREND_SOURCED_COLUMNS
    top = series(metrics, metric, unit, statuses).with_columns(
        pl.lit(None, pl.String).alias("place"), pl.lit("province").alias("level")
    )
    frames = [top.select(columns)] if not top.is_empty() else []
    if not places.is_empty():
        covered = top.select("province", "status").unique()
        below = series(places, metric, unit, statuses).join(
            covered, on=["province", "status"], how="anti"
        )
        # the place the overview's card shows first, so that a briefing's card and chart
        # state the same number; then the places reported in most seasons
        shown = latest_largest(below)
        often = (
            below.group_by("province", "place")
            .agg(pl.col("season").n_unique().alias("n"), pl.col("season").max().alias("last"))
            .sort(["province", "n", "last", "place"], descending=[False, True, True, False])
        )
        keep = (
            pl.concat([shown.select("province", "place"), often.select("province", "place")])
            .unique(maintain_order=True)
            .group_by("province", maintain_order=True)
            .head(max_places)
        )
        below = below.join(keep, on=["province", "place"]).with_columns(
            pl.lit("place").alias("level")
        )
        if not below.is_empty():
            frames.append(below.select(columns))
    if not frames:
        return top.select(columns)
    return pl.concat([f.with_columns(pl.col("season").cast(pl.Int64)) for f in frames])


def places_only(shown: pl.DataFrame, provinces: list[str]) -> list[tuple[str, str | None]]:
    """The focus provinces a trend frame shows by their places alone: (province, None) when
    it has no province-level series at all, else (province, status) for each status whose
    figures come from its cities and counties only."""
    out: list[tuple[str, str | None]] = []
    for province in sorted(set(provinces) & set(shown["province"].unique().to_list())):
        rows = shown.filter(pl.col("province") == province)
        own = set(rows.filter(pl.col("level") == "province")["status"].to_list())
        local = sorted(set(rows.filter(pl.col("level") == "place")["status"].to_list()) - own)
        if not own:
            out.append((province, None))
        else:
            out.extend((province, status) for status in local)
    return out


def province_and_places(
    top: pl.DataFrame, local: pl.DataFrame, max_places: int = 6
) -> pl.DataFrame:
    """One province's own series and its places' series, each labelled by level (never summed);
    the places reported in most seasons first."""
    frames = []
    if not top.is_empty():
        frames.append(
            top.with_columns(
                pl.lit(None, pl.String).alias("place"), pl.lit("province").alias("level")
            ).select(TREND_COLUMNS)
        )
    if not local.is_empty():
        keep = (
            local.group_by("place")
            .agg(pl.col("season").n_unique().alias("n"), pl.col("season").max().alias("last"))
            .sort(["n", "last", "place"], descending=[True, True, False])
            .head(max_places)
            .select("place")
        )
        frames.append(
            local.join(keep, on="place")
            .with_columns(pl.lit("place").alias("level"))
            .select(TREND_COLUMNS)
        )
    if not frames:
        return pl.DataFrame(schema={c: pl.String for c in TREND_COLUMNS})
    return pl.concat([f.with_columns(pl.col("season").cast(pl.Int64)) for f in frames])


def per_capita_rows(
    per_capita: pl.DataFrame, basis: str, statuses: tuple[str, ...]
) -> pl.DataFrame:
    """The derived per-capita values of one basis and the chosen statuses, one per article."""
    if per_capita.is_empty():
        return per_capita
    return per_capita.filter((pl.col("basis") == basis) & pl.col("status").is_in(statuses))


def per_capita_chart_data(derived: pl.DataFrame, stated: pl.DataFrame) -> pl.DataFrame:
    """The numbers a per-capita chart draws, for its XLSX: the derived values and the stated
    standards beside them (status "standard"), in trend form."""
    frames = [derived.select(TREND_COLUMNS)] if not derived.is_empty() else []
    if not stated.is_empty():
        frames.append(stated.with_columns(pl.lit("standard").alias("status")).select(TREND_COLUMNS))
    if not frames:
        return derived
    return pl.concat([f.with_columns(pl.col("season").cast(pl.Int64)) for f in frames])


def per_capita_series(
    per_capita: pl.DataFrame, basis: str, statuses: tuple[str, ...]
) -> pl.DataFrame:
    """Derived aid per person or household by province (or named place) and season: the
    median over the articles of that season, in trend form (TREND_COLUMNS)."""
    unit = "yuan_per_household" if basis == "per_household" else "yuan_per_person"
    if per_capita.is_empty():
        return pl.DataFrame(schema={c: pl.String for c in TREND_COLUMNS})
    rows = per_capita_rows(per_capita, basis, statuses).with_columns(
        pl.when(pl.col("province_level")).then(None).otherwise(pl.col("place")).alias("place"),
        pl.when(pl.col("province_level"))
        .then(pl.lit("province"))
        .otherwise(pl.lit("place"))
        .alias("level"),
    )
    return (
        rows.group_by("province", "place", "level", "status", "season")
        .agg(
            pl.col("per_capita_yuan").median().round(0).alias("value"),
            (pl.col("approximate").any() | (pl.len() > 1)).alias("approx"),
            # the publishers whose articles the median rests on
            pl.col("publisher").drop_nulls().unique().sort().str.join("；").alias("publisher"),
        )
        .with_columns(
            pl.when(pl.col("approx"))
            .then(pl.lit("approx"))
            .otherwise(pl.lit("exact"))
            .alias("qualifier"),
            pl.lit(unit).alias("unit"),
            pl.col("publisher").replace("", None),
            pl.col("season").cast(pl.Int64),
        )
        .select(TREND_COLUMNS)
        .sort("province", "place", "season", nulls_last=False)
    )


def source_text(frame: pl.DataFrame, lang: str = "zh", limit: int = 4) -> str:
    """A short source line: the first publishers (without their notes) and how many more."""
    return sources_of(lang, frame, limit=limit)


def sources_of(lang: str, *frames: pl.DataFrame, limit: int = 4) -> str:
    """One source line for a chart drawn from several frames (derived points and stated
    rates): every frame's publishers, counted together."""
    publishers = [
        p for f in frames if not f.is_empty() and "publisher" in f.columns for p in f["publisher"]
    ]
    return publishers_line(publishers, lang, limit) if publishers else "—"


def publishers_line(publishers: list[str | None], lang: str = "zh", limit: int = 4) -> str:
    """Publishers in the reader's language, those cited most first, and how many there are in
    all: "湖南省民政厅；公益时报 等12家" / "Hunan Civil Affairs Department; … (12 in all)"."""
    cited = Counter(p.split("（")[0] for p in publishers if p)
    # a repost that names no original publisher says little on a source line: the named
    # publishers come first, reposts are counted among the rest
    names = sorted(cited, key=lambda name: (_repost(name), -cited[name], name))
    if not names:
        return "—"
    shown = [publisher_label(n, lang) or n for n in names[:limit]]
    if lang == "zh":
        return "；".join(shown) + (f" 等{len(names)}家" if len(names) > limit else "")
    return "; ".join(shown) + (f" ({len(names)} in all)" if len(names) > limit else "")


# Words of a publisher's name that say the page reposted someone else's report.
REPOST_WORDS = ("转载", "镜像", "论坛")


def _repost(publisher: str) -> bool:
    """Whether a publisher's name is a repost's ("转载镜像页", "某论坛转载"), not a publisher's."""
    return any(word in publisher for word in REPOST_WORDS)


SENTENCE_ENDS = "。！？；!?\n"
_MARKDOWN_SPECIAL = "\\`*_{}[]()#+-.!|<>~$:"


def escape_markdown(text: str) -> str:
    """Report text as literal text in Streamlit markdown (no formatting, no HTML)."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text)


def sentence_bounds(body: str, start: int, end: int, quote: str) -> tuple[int, int]:
    """Where the whole sentence around a figure lies in the article body (not only the clause
    its quote keeps); `start`/`end` are the figure's span relative to the body."""
    lo, hi = start, end
    at = body.rfind(quote, 0, end) if quote else -1
    if at >= 0 and at <= start and at + len(quote) >= end:
        lo, hi = at, at + len(quote)
    while lo > 0 and body[lo - 1] not in SENTENCE_ENDS:
        lo -= 1
    while hi < len(body) and body[hi - 1] not in SENTENCE_ENDS:
        hi += 1
    return lo, hi


def highlighted_sentence(body: str, start: int, end: int, quote: str) -> str:
    """The figure's whole sentence alone, highlighted, as escaped markdown (text, not markup);
    a headline's figure (its span outside the body) shows its quote."""
    if start < 0 or end > len(body):
        return ":orange-background[**" + escape_markdown(quote) + "**]"
    lo, hi = sentence_bounds(body, start, end, quote)
    return ":orange-background[**" + escape_markdown(body[lo:hi].strip()) + "**]"


def highlighted_article(body: str, start: int, end: int, quote: str) -> str:
    """The article as escaped markdown with the figure's sentence highlighted.

    `start`/`end` are the figure's span relative to the article body; the highlighted range
    is the quote around it when found, else the number itself. A figure of the headline (its
    span before the body) is shown as its highlighted quote above the body.
    """
    if start < 0 or end > len(body):
        mark = ":orange-background[**" + escape_markdown(quote) + "**]"
        return mark + "  \n\n" + escape_markdown(body).replace("\n", "  \n")
    lo, hi = sentence_bounds(body, start, end, quote)
    parts = [
        escape_markdown(body[:lo]),
        ":orange-background[**" + escape_markdown(body[lo:hi]) + "**]",
        escape_markdown(body[hi:]),
    ]
    return "".join(parts).replace("\n", "  \n")
