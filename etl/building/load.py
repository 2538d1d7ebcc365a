"""Write documents, articles, figures and rejects into a (staging) DuckDB file, in batches."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain

import duckdb
import polars as pl

from etl.extraction.confidence import needs_review
from etl.extraction.periods import Period
from etl.extraction.places import gazetteer
from etl.model import METRIC_UNITS, QUALIFIERS, STATUSES, Document
from etl.paths import MARTS_DIR, SCHEMA_FILE
from etl.reading.meta import ReportMeta

DOCUMENT_SCHEMA = {
    "doc": pl.String,
    "sha256": pl.String,
    "size_bytes": pl.Int64,
    "mtime_ns": pl.Int64,
    "encoding": pl.String,
    "publisher": pl.String,
    "published": pl.Date,
    "source_url": pl.String,
    "province_hint": pl.String,
    "note": pl.String,
    "status": pl.String,
    "reason": pl.String,
    "n_articles": pl.Int32,
    "n_figures": pl.Int32,
    "text": pl.String,
    "title": pl.String,
    "from_page": pl.String,
}
ARTICLE_SCHEMA = {
    "doc": pl.String,
    "article": pl.Int32,
    "title": pl.String,
    "attribution": pl.String,
    "province": pl.String,
    "place": pl.String,
    "campaign": pl.String,
    "season": pl.Int32,
    "publisher": pl.String,
    "source_url": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "title_start": pl.Int32,
    "title_end": pl.Int32,
}
FIGURE_SCHEMA = {
    "figure_id": pl.String,
    "doc": pl.String,
    "article": pl.Int32,
    "metric": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "qualifier": pl.String,
    "status": pl.String,
    "province": pl.String,
    "place": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "quote": pl.String,
    "span": pl.List(pl.Int32),
    "text_as_written": pl.String,
    "season": pl.Int32,
    "cumulative": pl.Boolean,
    "province_level": pl.Boolean,
    "level": pl.String,
    "confidence": pl.Float64,
    "part_of": pl.String,
    "review": pl.String,
    "reviewed_by": pl.String,
    "reviewed_at": pl.String,
}
REJECT_SCHEMA = {"doc": pl.String, "reason": pl.String}
CONFLICT_SCHEMA = {"correction_id": pl.Int64, "doc": pl.String, "reason": pl.String}
SMALL_BATCH = 50  # executemany costs about a millisecond a row
TABLES = {
    "documents": DOCUMENT_SCHEMA,
    "articles": ARTICLE_SCHEMA,
    "figures": FIGURE_SCHEMA,
    "rejects": REJECT_SCHEMA,
    "correction_conflicts": CONFLICT_SCHEMA,
}


@dataclass
class Rejected:
    """A report that could not be used, and why."""

    name: str
    reason: str
    meta: ReportMeta = field(default_factory=ReportMeta)


def figure_id(doc: str, article: int, span: tuple[int, int]) -> str:
    """A stable id: the same figure of the same report keeps its id across builds.

    It opens with a letter: a spreadsheet reads a run of hex digits such as 7264760254609491
    or 71493633026207e5 as a number and rounds it, and the exported row loses its figure."""
    return "F" + hashlib.sha1(f"{doc}|{article}|{span[0]}|{span[1]}".encode()).hexdigest()[:15]


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Tables from schema.sql and the contract's vocabularies."""
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    con.executemany(
        "insert into vocab_metric_units values (?, ?)",
        [(m, u) for m, units in METRIC_UNITS.items() for u in units],
    )
    con.executemany("insert into vocab_qualifiers values (?)", [(q,) for q in QUALIFIERS])
    con.executemany("insert into vocab_statuses values (?)", [(s,) for s in STATUSES])


# Marts the dashboard reads on every page are stored as tables when the build publishes,
# sorted so that DuckDB's zone maps skip what a filter excludes (figures_detail in the order
# the figures table shows, so the newest rows lie together); the .sql files stay the
# definition. The other marts (season_figures) stay views and are created first: stored
# marts read them.
MATERIALISED = {
    "figures_detail": "published desc, doc, article, span[1]",
    "province_season_metrics": "province, season",
    "place_season_metrics": "province, season",
    "per_capita_aid": "season, province",
    "coverage": "province, season",
    "freshness": "province",
}
# Marts with one row per figure: a report's rows depend on that report alone.
PER_FIGURE = ("figures_detail",)


def create_marts(con: duckdb.DuckDBPyConnection, changed: Sequence[str] | None = None) -> None:
    """One mart per .sql file of warehouse/sql/marts, named after the file.

    With `changed` (the reports an incremental build deleted or re-read), figures_detail —
    one row per figure, by far the largest — is updated for those reports only; the
    aggregate marts are small and are always recomputed.
    """
    for sql_file in sorted(MARTS_DIR.glob("*.sql"), key=lambda f: (f.stem in MATERIALISED, f)):
        name, sql = sql_file.stem, sql_file.read_text(encoding="utf-8")
        existing = con.execute(
            "select table_type from information_schema.tables where table_name = ?", [name]
        ).fetchone()
        if changed is not None and name in PER_FIGURE and existing and existing[0] != "VIEW":
            con.execute(f'delete from "{name}" where list_contains($docs, doc)', {"docs": changed})
            con.execute(
                f'insert into "{name}" select * from ({sql}) where list_contains($docs, doc) '
                f"order by {MATERIALISED[name]}",
                {"docs": changed},
            )
            continue
        if existing:
            con.execute(f'drop {"view" if existing[0] == "VIEW" else "table"} "{name}"')
        if name in MATERIALISED:
            con.execute(
                f'create table "{name}" as select * from ({sql}) order by {MATERIALISED[name]}'
            )
        else:
            con.execute(f'create view "{name}" as {sql}')


def open_staging(path) -> duckdb.DuckDBPyConnection:
    """A fresh warehouse file with the schema in place."""
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    create_schema(con)
    return con


def _frame(queued: Columns, schema: dict) -> pl.DataFrame:
    """Queued columns as a frame (several times faster than from row dicts).

    A span column (two integers a row) is built flat and folded, not one list at a time."""
    columns = {}
    for name, dtype in schema.items():
        values = queued[name]
        flat = _pairs_flat(values) if dtype == pl.List(pl.Int32) else None
        if flat is not None:
            series = pl.Series(name, flat, dtype=pl.Int32).reshape((len(values), 2))
            columns[name] = series.arr.to_list()
        else:
            columns[name] = pl.Series(name, values, dtype=dtype)
    return pl.DataFrame(columns)


def _pairs_flat(values: list) -> list | None:
    """The values flattened, when every one is a pair (a figure's span); else None.

    Flattened in C and checked by length: a test of each pair in Python cost the builder
    half a second of a 10k build."""
    try:
        if set(map(len, values)) - {2}:
            return None
    except TypeError:  # a None among them
        return None
    return list(chain.from_iterable(values))


# A table's queued rows, column by column: lists of primitives cross from a worker process
# to the builder in a third of the time the report's objects take to unpickle.
Columns = dict[str, list]


def document_columns(
    doc: Document, meta: ReportMeta, encoding: str, size: int, mtime_ns: int | None
) -> dict[str, Columns]:
    """A loaded report's rows for documents, articles and figures, column by column."""
    g = gazetteer()
    document = {
        "doc": doc.name,
        "sha256": doc.sha256,
        "size_bytes": size,
        "mtime_ns": mtime_ns,
        "encoding": encoding,
        "publisher": doc.publisher,
        "published": doc.published,
        "source_url": doc.source_url,
        "province_hint": doc.province_hint,
        "note": meta.note,
        "status": "loaded",
        "reason": None,
        "n_articles": len(doc.articles),
        "n_figures": len(doc.figures),
        "text": doc.text,
        "title": doc.title or None,
        "from_page": ", ".join(doc.from_page) or None,
    }
    articles = []
    for a in doc.articles:
        own = meta.articles.get(a.index, {})
        articles.append(
            {
                "doc": doc.name,
                "article": a.index,
                "title": a.title,
                "attribution": a.attribution,
                "province": a.province,
                "place": a.place,
                "campaign": a.campaign,
                "season": a.season,
                "publisher": own.get("publisher") or doc.publisher,
                "source_url": own.get("source_url") or doc.source_url,
                "char_start": a.start,
                "char_end": a.end,
                "title_start": a.title_start,
                "title_end": a.title_end,
            }
        )
    figures = []
    for f in doc.figures:
        # A figure added by an analyst has no level from the extractor: a place written
        # as the province's full name is the province. (An extracted figure without a level
        # was placed in its province by default only, and is no province-wide figure.)
        level = f.level or (
            "province"
            if f.review == "added" and f.province and f.place == g.full_province_name(f.province)
            else None
        )
        figures.append(
            {
                "figure_id": figure_id(f.doc, f.article, f.span),
                "doc": f.doc,
                "article": f.article,
                "metric": f.metric,
                "value": float(f.value),
                "unit": f.unit,
                "qualifier": f.qualifier,
                "status": f.status,
                "province": f.province,
                "place": f.place,
                "period_start": f.period_start,
                "period_end": f.period_end,
                "quote": f.quote,
                "span": list(f.span),
                "text_as_written": f.text,
                "season": Period(f.period_start, f.period_end, f.cumulative).season,
                "cumulative": f.cumulative,
                "province_level": level == "province",
                "level": level,
                "confidence": f.confidence,
                "part_of": figure_id(f.doc, f.article, f.part_of) if f.part_of else None,
                "review": f.review or needs_review(f.confidence),
                "reviewed_by": f.reviewed_by,
                "reviewed_at": f.reviewed_at,
            }
        )
    return {
        "documents": _columns([document], DOCUMENT_SCHEMA),
        "articles": _columns(articles, ARTICLE_SCHEMA),
        "figures": _columns(figures, FIGURE_SCHEMA),
    }


def _columns(rows: list[dict], schema: dict) -> Columns:
    return {name: [r[name] for r in rows] for name in schema}


class Loader:
    """Collects rows and writes them in batches (row-by-row inserts are far too slow at scale)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, batch_documents: int = 400):
        self.con = con
        self.batch = batch_documents
        self.columns: dict[str, Columns] = {t: _empty(s) for t, s in TABLES.items()}
        self.pending = 0

    def add(self, columns: dict[str, Columns]) -> None:
        """Queue a report's rows (from document_columns)."""
        for table, values in columns.items():
            queued = self.columns[table]
            for name, column in values.items():
                queued[name] += column
        self._count()

    def rejected(self, rejected: Rejected, size: int | None, mtime_ns: int | None) -> None:
        """Queue a report that could not be read (in documents and rejects)."""
        m = rejected.meta
        document = {
            "doc": rejected.name,
            "sha256": None,
            "size_bytes": size,
            "mtime_ns": mtime_ns,
            "encoding": None,
            "publisher": m.publisher,
            "published": m.published,
            "source_url": m.source_url,
            "province_hint": m.province_hint,
            "note": m.note,
            "status": "rejected",
            "reason": rejected.reason,
            "n_articles": 0,
            "n_figures": 0,
            "text": None,
            "title": m.title or None,
            "from_page": None,
        }
        reject = {"doc": rejected.name, "reason": rejected.reason}
        self.add(
            {
                "documents": _columns([document], DOCUMENT_SCHEMA),
                "rejects": _columns([reject], REJECT_SCHEMA),
            }
        )

    def conflicts(self, doc: str, conflicts: list[tuple[int, str]]) -> None:
        """Queue corrections that were not applied because their source changed."""
        queued = self.columns["correction_conflicts"]
        for cid, why in conflicts:
            queued["correction_id"].append(cid)
            queued["doc"].append(doc)
            queued["reason"].append(why)

    def _count(self) -> None:
        self.pending += 1
        if self.pending >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Write every queued row."""
        for table, schema in TABLES.items():
            columns = self.columns[table]
            n_rows = len(columns["doc"])
            if not n_rows:
                continue
            if n_rows < SMALL_BATCH:
                # A few rows (an incremental build) go in directly: no columnar conversion.
                names = ", ".join(schema)
                marks = ", ".join("?" * len(schema))
                self.con.executemany(
                    f"insert into {table} ({names}) values ({marks})",
                    list(zip(*columns.values(), strict=True)),
                )
            else:
                frame = _frame(columns, schema)  # noqa: F841 - read by the SQL below
                self.con.execute(f"insert into {table} by name select * from frame")
            self.columns[table] = _empty(schema)
        self.pending = 0


def _empty(schema: dict) -> Columns:
    return {name: [] for name in schema}
