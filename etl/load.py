"""Write documents, articles, figures and rejects into a new (staging) DuckDB file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.meta import ReportMeta
from etl.model import METRIC_UNITS, QUALIFIERS, STATUSES, Document
from etl.paths import MARTS_DIR, SCHEMA_FILE
from etl.periods import Period
from etl.places import gazetteer


@dataclass
class Rejected:
    """A report that could not be used, and why."""

    name: str
    reason: str
    meta: ReportMeta = field(default_factory=ReportMeta)


def figure_id(doc: str, article: int, span: tuple[int, int]) -> str:
    """A stable id: the same figure of the same report keeps its id across builds."""
    return hashlib.sha1(f"{doc}|{article}|{span[0]}|{span[1]}".encode()).hexdigest()[:16]


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Tables from schema.sql and the contract's vocabularies."""
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    con.executemany(
        "insert into vocab_metric_units values (?, ?)",
        [(m, u) for m, units in METRIC_UNITS.items() for u in units],
    )
    con.executemany("insert into vocab_qualifiers values (?)", [(q,) for q in QUALIFIERS])
    con.executemany("insert into vocab_statuses values (?)", [(s,) for s in STATUSES])


def create_marts(con: duckdb.DuckDBPyConnection) -> None:
    """One view per .sql file of warehouse/sql/marts, named after the file."""
    for sql_file in sorted(MARTS_DIR.glob("*.sql")):
        con.execute(
            f'create or replace view "{sql_file.stem}" as {sql_file.read_text(encoding="utf-8")}'
        )


def insert_document(
    con: duckdb.DuckDBPyConnection, doc: Document, meta: ReportMeta, encoding: str, size: int
) -> None:
    """Insert one loaded report with its articles and figures."""
    g = gazetteer()
    con.execute(
        "insert into documents values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'loaded', null, ?, ?, ?)",
        [
            doc.name,
            doc.sha256,
            size,
            encoding,
            doc.publisher,
            doc.published,
            doc.source_url,
            doc.province_hint,
            meta.note,
            len(doc.articles),
            len(doc.figures),
            doc.text,
        ],
    )
    con.executemany(
        "insert into articles values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc.name,
                a.index,
                a.title,
                a.attribution,
                a.province,
                a.place,
                a.campaign,
                a.season,
                meta.articles.get(a.index, {}).get("publisher") or doc.publisher,
                meta.articles.get(a.index, {}).get("source_url") or doc.source_url,
                a.start,
                a.end,
            )
            for a in doc.articles
        ],
    )
    rows = []
    for f in doc.figures:
        season = Period(f.period_start, f.period_end, f.cumulative).season
        province_level = bool(f.province) and f.place == g.full_province_name(f.province)
        part_of = figure_id(f.doc, f.article, f.part_of) if f.part_of else None
        rows.append(
            (
                figure_id(f.doc, f.article, f.span),
                f.doc,
                f.article,
                f.metric,
                float(f.value),
                f.unit,
                f.qualifier,
                f.status,
                f.province,
                f.place,
                f.period_start,
                f.period_end,
                f.quote,
                list(f.span),
                f.text,
                season,
                f.cumulative,
                province_level,
                part_of,
                f.review,
                f.reviewed_by,
                f.reviewed_at,
            )
        )
    if rows:
        con.executemany(f"insert into figures values ({', '.join(['?'] * 22)})", rows)


def insert_conflicts(
    con: duckdb.DuckDBPyConnection, doc: str, conflicts: list[tuple[int, str]]
) -> None:
    """Record corrections that were not applied because their source changed."""
    if conflicts:
        con.executemany(
            "insert into correction_conflicts values (?, ?, ?)",
            [(cid, doc, reason) for cid, reason in conflicts],
        )


def insert_rejected(con: duckdb.DuckDBPyConnection, rejected: Rejected) -> None:
    """Record a report that could not be read, in documents and rejects."""
    m = rejected.meta
    con.execute(
        "insert into documents"
        " (doc, publisher, published, source_url, province_hint, note, status, reason)"
        " values (?, ?, ?, ?, ?, ?, 'rejected', ?)",
        [
            rejected.name,
            m.publisher,
            m.published,
            m.source_url,
            m.province_hint,
            m.note,
            rejected.reason,
        ],
    )
    con.execute("insert into rejects values (?, ?)", [rejected.name, rejected.reason])


def open_staging(path: Path) -> duckdb.DuckDBPyConnection:
    """A fresh warehouse file with the schema in place."""
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    create_schema(con)
    return con
