"""Records that flow through the ETL: documents, articles and figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

METRICS = (
    "households_reached",
    "people_reached",
    "people_aided",
    "staff_mobilized",
    "funds_raised",
    "aid_disbursed",
    "in_kind_value",
    "items_distributed",
    "aid_standard",
)
UNITS = (
    "yuan",
    "households",
    "household_visits",
    "persons",
    "person_visits",
    "items",
    "yuan_per_household",
    "yuan_per_person",
    "yuan_per_person_month",
)
QUALIFIERS = ("exact", "approx", "at_least", "at_most")
STATUSES = ("actual", "planned", "standard")

# Which units each metric may carry (docs/figures.md, "Metric vocabulary").
METRIC_UNITS: dict[str, tuple[str, ...]] = {
    "households_reached": ("households", "household_visits"),
    "people_reached": ("persons", "person_visits"),
    "people_aided": ("persons", "person_visits"),
    "staff_mobilized": ("persons", "person_visits"),
    "funds_raised": ("yuan",),
    "aid_disbursed": ("yuan",),
    "in_kind_value": ("yuan",),
    "items_distributed": ("items",),
    "aid_standard": ("yuan_per_household", "yuan_per_person", "yuan_per_person_month"),
}

# The exact fields of the figure contract, in order.
CONTRACT_FIELDS = (
    "doc",
    "article",
    "metric",
    "value",
    "unit",
    "qualifier",
    "status",
    "province",
    "place",
    "period_start",
    "period_end",
    "level",
    "confidence",
    "quote",
    "span",
)


@dataclass
class Figure:
    """One outcome figure, as the contract defines it, plus warehouse-only context."""

    doc: str
    article: int
    metric: str
    value: float
    unit: str
    qualifier: str
    status: str
    province: str | None
    place: str | None
    period_start: date | None
    period_end: date | None
    quote: str
    span: tuple[int, int]
    text: str = ""
    cumulative: bool = False
    level: str | None = None  # province | city | county | town: the level of `place`
    confidence: float = 1.0  # the extractor's estimate that metric, value and status are right
    part_of: tuple[int, int] | None = None
    # the named evidence its confidence was scored from (etl/extraction/confidence.py)
    evidence: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    # the characters around its number, as etl/extraction/context_votes.py reads them
    context: tuple[str, ...] = field(default=(), repr=False, compare=False)
    review: str | None = None  # confirmed | corrected | added, by an analyst
    reviewed_by: str | None = None
    reviewed_at: str | None = None

    def contract(self) -> dict:
        """The record exactly as docs/figures.md defines it (JSON-ready)."""
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "doc": self.doc,
            "article": self.article,
            "metric": self.metric,
            "value": value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "status": self.status,
            "province": self.province,
            "place": self.place,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "level": self.level,
            "confidence": round(self.confidence, 3),
            "quote": self.quote,
            "span": [self.span[0], self.span[1]],
        }


@dataclass
class Article:
    """One article of a document: its body range in the normalised text and its context."""

    index: int
    start: int
    end: int
    title: str = ""
    attribution: str = ""
    province: str | None = None
    place: str | None = None
    level: str | None = None  # the administrative level of `place`
    campaign: str = ""
    season: int | None = None
    title_start: int | None = None  # the headline's range in the normalised text
    title_end: int | None = None


@dataclass
class Document:
    """A report file after reading and normalising, with its articles and figures."""

    name: str
    text: str
    sha256: str
    published: date | None = None
    publisher: str = ""
    source_url: str = ""
    province_hint: str | None = None
    title: str = ""
    # Fields the HTML page gave because the .meta.yml lacked them: published, title, publisher.
    from_page: tuple[str, ...] = ()
    articles: list[Article] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
