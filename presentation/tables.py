"""Tables for display: pure polars transforms with amounts written the Chinese way."""

from __future__ import annotations

import polars as pl

from etl.corrections import decision_key
from presentation import format, headlines
from presentation.columns import column
from presentation.i18n import metric_label, province_label, qualifier_label, status_label, t
from presentation.messages import in_language
from presentation.places_en import place_label
from presentation.publishers_en import publisher_label

# A browser table of a million rows helps nobody: tables show the newest rows, downloads
# carry them all.
MAX_ROWS = 2000


REVIEW_LABELS = {
    "needs_review": {"zh": "待复核", "en": "needs review"},
    "confirmed": {"zh": "已确认", "en": "confirmed"},
    "corrected": {"zh": "已更正", "en": "corrected"},
    "added": {"zh": "人工补录", "en": "added"},
    "decided": {"zh": "已记录，待构建", "en": "decided, next build"},
}


REVIEW_ACTIONS = {
    "confirm": {"zh": "已确认", "en": "confirmed"},
    "correct": {"zh": "已更正", "en": "corrected"},
    "reject": {"zh": "已驳回", "en": "rejected"},
}


def review_action_label(action: str, lang: str) -> str:
    """What an analyst's decision did, in the interface language (已确认, rejected …)."""
    return REVIEW_ACTIONS.get(action, {}).get(lang, action)


def header(key: str, lang: str) -> str:
    """A column header in the interface language."""
    return column(key, lang)


def _amounts(frame: pl.DataFrame, lang: str, value="value", unit="unit", qualifier="qualifier"):
    return [
        format.amount(v, u, q, lang)
        for v, u, q in zip(
            frame[value].to_list(), frame[unit].to_list(), frame[qualifier].to_list(), strict=True
        )
    ]


def _places(column: pl.Series, lang: str) -> list[str | None]:
    """Place names in the reader's language (English where the gazetteer has it)."""
    return [place_label(p, lang) for p in column.to_list()]


def _publishers(column: pl.Series, lang: str) -> list[str | None]:
    """Publishers in the reader's language (by rule; Chinese where the rule cannot read one)."""
    return [publisher_label(p, lang) for p in column.to_list()]


def _dates(column: pl.Series) -> list[str]:
    return [d.isoformat()[:10] if d is not None else "—" for d in column.to_list()]


def _bracketed(text: str, lang: str) -> str:
    """（text） in Chinese, " (text)" in English."""
    return f"（{text}）" if lang == "zh" else f" ({text})"


def _season(s: int | None, lang: str) -> str:
    return t("season_fmt", lang, s=s) if s is not None else "—"


def figures_table(
    figures: pl.DataFrame, lang: str, decided: frozenset[str] = frozenset()
) -> pl.DataFrame:
    """One row per figure: where, when, what, how much (written out), and its source.

    `decided` holds the decision keys of figures an analyst has decided since the build: they
    are marked as waiting for the next build, as the review queue no longer lists them."""
    if figures.is_empty():
        return pl.DataFrame()
    seasons = (
        figures["season"].fill_null(figures["article_season"])
        if "article_season" in figures.columns
        else figures["season"]
    )
    return pl.DataFrame(
        {
            header("province", lang): [province_label(p, lang) for p in figures["province"]],
            header("place", lang): _places(figures["place"], lang),
            header("season", lang): [
                _season(s, lang) if not c else ("跨救助季" if lang == "zh" else "spans seasons")
                for s, c in zip(seasons.to_list(), figures["cumulative"].to_list(), strict=True)
            ],
            header("metric", lang): [metric_label(m, lang) for m in figures["metric"].to_list()],
            header("status", lang): [status_label(s, lang) for s in figures["status"].to_list()],
            header("qualifier", lang): [
                qualifier_label(q, lang) for q in figures["qualifier"].to_list()
            ],
            header("amount", lang): _amounts(figures, lang),
            # beside the value, so that a figure waiting for review is seen with its number
            header("review", lang): _reviews(figures, lang, decided),
            header("quote", lang): figures["quote"],
            header("title", lang): figures["article_title"],
            header("publisher", lang): _publishers(figures["publisher"], lang),
            header("published", lang): _dates(figures["published"]),
            header("source_url", lang): figures["source_url"],
        }
    )


def _reviews(figures: pl.DataFrame, lang: str, decided: frozenset[str]) -> list[str]:
    marks = figures["review"].to_list() if "review" in figures.columns else [None] * figures.height
    if decided and "doc_sha256" in figures.columns:
        keys = [
            decision_key(h, a, s)
            for h, a, s in zip(
                figures["doc_sha256"], figures["article"], figures["span"].to_list(), strict=True
            )
        ]
        marks = [
            "decided" if m in (None, "needs_review") and k in decided else m
            for m, k in zip(marks, keys, strict=True)
        ]
    return [REVIEW_LABELS.get(m or "", {}).get(lang, "") for m in marks]


def _amounts(figures: pl.DataFrame, lang: str) -> list[str]:
    """Each figure's value as officials write it (万/亿), kept as published where it was."""
    written = (
        figures["text_as_written"].to_list()
        if "text_as_written" in figures.columns
        else [None] * figures.height
    )
    return [
        format.as_written(v, u, q, w, lang)
        for v, u, q, w in zip(
            figures["value"].to_list(),
            figures["unit"].to_list(),
            figures["qualifier"].to_list(),
            written,
            strict=True,
        )
    ]


def queue_table(queue: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The review queue: review state and confidence first, then the figure and its source."""
    if queue.is_empty():
        return pl.DataFrame()
    return pl.DataFrame(
        {
            header("review", lang): [
                REVIEW_LABELS[m][lang] if m in REVIEW_LABELS else t("unreviewed", lang)
                for m in queue["review"].to_list()
            ],
            header("confidence", lang): [
                f"{c:.2f}" if c is not None else "—" for c in queue["confidence"].to_list()
            ],
            header("amount", lang): _amounts(queue, lang),
            header("metric", lang): [metric_label(m, lang) for m in queue["metric"].to_list()],
            header("place", lang): _places(queue["place"], lang),
            header("province", lang): [province_label(p, lang) for p in queue["province"]],
            header("status", lang): [status_label(s, lang) for s in queue["status"].to_list()],
            header("quote", lang): queue["quote"],
            header("publisher", lang): _publishers(queue["publisher"], lang),
            header("published", lang): _dates(queue["published"]),
            header("doc", lang): queue["doc"],
        }
    )


def places_table(places: pl.DataFrame, lang: str) -> pl.DataFrame:
    """City and county headline values of one province."""
    if places.is_empty():
        return pl.DataFrame()
    return pl.DataFrame(
        {
            header("season", lang): [_season(s, lang) for s in places["season"].to_list()],
            header("place", lang): _places(places["place"], lang),
            header("status", lang): [status_label(s, lang) for s in places["status"].to_list()],
            header("amount", lang): _amounts(places, lang),
            header("quote", lang): places["quote"],
            header("publisher", lang): _publishers(places["publisher"], lang),
            header("published", lang): _dates(places["published"]),
        }
    )


def reports_table(reports: pl.DataFrame, lang: str) -> pl.DataFrame:
    """Reports and their articles."""
    if reports.is_empty():
        return pl.DataFrame()
    return pl.DataFrame(
        {
            header("published", lang): _dates(reports["published"]),
            header("publisher", lang): _publishers(reports["publisher"], lang),
            header("title", lang): reports["title"],
            header("province", lang): [province_label(p, lang) for p in reports["province"]],
            header("place", lang): _places(reports["place"], lang),
            header("campaign", lang): reports["campaign"],
            header("season", lang): [_season(s, lang) for s in reports["season"].to_list()],
            header("attribution", lang): reports["attribution"],
            header("doc", lang): reports["doc"],
            header("source_url", lang): reports["source_url"],
            # which of published/title/publisher the HTML page gave, in the reader's language
            header("from_page", lang): [
                ", ".join(header(k, lang) for k in v.split(", ")) if v else None
                for v in reports["from_page"].to_list()
            ],
        }
    )


def rejects_table(rejects: pl.DataFrame, lang: str) -> pl.DataFrame:
    """Reports refused, each with its reason in the reader's language."""
    return pl.DataFrame(
        {
            header("doc", lang): rejects["doc"],
            header("reason", lang): [in_language(r, lang) for r in rejects["reason"].to_list()],
        },
        schema={header("doc", lang): pl.String, header("reason", lang): pl.String},
    )


def per_capita_table(derived: pl.DataFrame, lang: str) -> pl.DataFrame:
    """Derived per-capita aid with its formula inputs."""
    if derived.is_empty():
        return pl.DataFrame()
    rate_units = [
        "yuan_per_household" if b == "per_household" else "yuan_per_person"
        for b in derived["basis"].to_list()
    ]
    return pl.DataFrame(
        {
            header("season", lang): [_season(s, lang) for s in derived["season"].to_list()],
            header("province", lang): [province_label(p, lang) for p in derived["province"]],
            header("place", lang): _places(derived["place"], lang),
            header("per_capita", lang): [
                format.amount(v, u, "approx" if a else "exact", lang)
                for v, u, a in zip(
                    derived["per_capita_yuan"].to_list(),
                    rate_units,
                    derived["approximate"].to_list(),
                    strict=True,
                )
            ],
            header("aid", lang): [
                format.amount(v, "yuan", "exact", lang) for v in derived["aid_yuan"].to_list()
            ],
            header("denominator", lang): [
                format.amount(v, u, "exact", lang)
                for v, u in zip(
                    derived["denominator"].to_list(),
                    derived["denominator_unit"].to_list(),
                    strict=True,
                )
            ],
            header("denominator_metric", lang): [
                metric_label(m, lang) for m in derived["denominator_metric"].to_list()
            ],
        }
    )


def standards_table(standards: pl.DataFrame, lang: str) -> pl.DataFrame:
    """Stated aid rates with the sentence that states them."""
    if standards.is_empty():
        return pl.DataFrame()
    return pl.DataFrame(
        {
            header("season", lang): [_season(s, lang) for s in standards["season"].to_list()],
            header("province", lang): [province_label(p, lang) for p in standards["province"]],
            header("place", lang): _places(standards["place"], lang),
            header("amount", lang): _amounts(standards, lang),
            header("quote", lang): standards["quote"],
            header("publisher", lang): _publishers(standards["publisher"], lang),
        }
    )


def freshness_table(fresh: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The newest report per province."""
    if fresh.is_empty():
        return pl.DataFrame()
    return pl.DataFrame(
        {
            header("province", lang): [province_label(p, lang) for p in fresh["province"]],
            header("newest", lang): _dates(fresh["newest_published"]),
            header("publisher", lang): _publishers(fresh["newest_publisher"], lang),
            header("reports", lang): fresh["n_documents"],
        }
    )


def headline_cards_table(rows: dict, labels: dict[str, str], lang: str) -> pl.DataFrame:
    """What each overview card rests on: season, value, change, level and the sentence."""
    out = []
    for cards in rows.values():
        for c in cards:
            if c.level == "none":
                continue
            out.append(
                {
                    header("province", lang): province_label(c.province, lang),
                    header("metric", lang): labels[c.key],
                    header("season", lang): _season(c.season, lang),
                    header("amount", lang): format.amount(c.value, c.unit, c.qualifier, lang),
                    t("vs_season", lang, s="…").replace("…", ""): (
                        headlines.change_text(c.change)
                        + (_bracketed(_season(c.previous_season, lang), lang))
                        if c.change is not None
                        else "—"
                    ),
                    t("level", lang): (
                        t("level_province", lang)
                        if c.level == "province"
                        else place_label(c.place, lang)
                    ),
                    header("quote", lang): c.quote,
                    header("publisher", lang): publisher_label(c.publisher, lang),
                }
            )
    return pl.DataFrame(out)


def headline_table(metrics: pl.DataFrame, lang: str) -> pl.DataFrame:
    """Province headline values: one row per province, season and metric, with the quote
    behind it (the latest season first)."""
    if metrics.is_empty():
        return pl.DataFrame()
    rows = metrics.sort(["province", "season", "metric"], descending=[False, True, False])
    return pl.DataFrame(
        {
            header("province", lang): [province_label(p, lang) for p in rows["province"]],
            header("season", lang): [_season(s, lang) for s in rows["season"].to_list()],
            header("metric", lang): [metric_label(m, lang) for m in rows["metric"].to_list()],
            header("status", lang): [status_label(s, lang) for s in rows["status"].to_list()],
            header("amount", lang): _amounts(rows, lang),
            header("quote", lang): rows["quote"],
            header("publisher", lang): _publishers(rows["publisher"], lang),
            header("published", lang): _dates(rows["published"]),
        }
    )
