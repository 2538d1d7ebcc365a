"""`python -m etl check`: data quality per report — figures, reviewed or not, rejects, conflicts."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

_PER_REPORT = """
select
    d.doc,
    d.status,
    coalesce(d.reason, '') as reason,
    count(f.figure_id) as figures,
    count(f.review) filter (where f.review <> 'needs_review') as reviewed,
    count(f.figure_id) - count(f.review) filter (where f.review <> 'needs_review') as unreviewed,
    count(f.figure_id) filter (where f.review = 'needs_review') as needs_review
from documents as d
left join figures as f using (doc)
group by d.doc, d.status, d.reason
order by needs_review desc, d.status, d.doc
"""
# Low-confidence figures, listed first so that an analyst reviews them before anything else.
_NEEDS_REVIEW = """
select doc, article, metric, value, unit, confidence, quote
from figures
where review = 'needs_review'
order by confidence, doc, span[1]
"""


def check(live: Path) -> int:
    """Print the quality table of the published warehouse; exit status 1 if anything is off."""
    if not live.exists():
        print(f"error: no warehouse at {live}; run `python -m etl build` first", file=sys.stderr)
        return 2
    try:
        con = duckdb.connect(str(live), read_only=True)
        rows = con.execute(_PER_REPORT).fetchall()
    except duckdb.Error as exc:  # not a warehouse, a damaged one, or one a writer holds
        print(f"error: cannot read the warehouse {live}: {_first_line(exc)}", file=sys.stderr)
        return 2
    conflicts = con.execute(
        "select doc, correction_id, reason from correction_conflicts order by doc"
    ).fetchall()
    width = max((len(r[0]) for r in rows), default=10)
    flagged = con.execute(_NEEDS_REVIEW).fetchall()
    if flagged:
        print(f"{len(flagged)} figure(s) need review (low confidence), least sure first:")
        for doc, article, metric, value, unit, conf, quote in flagged:
            amount = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
            print(f"  {conf:.2f} {doc} #{article} {metric} {amount} {unit}  {quote[:40]}")
        print()
    print(
        f"{'report':{width}s}  {'status':8s} {'figures':>7s} {'reviewed':>8s} {'unreviewed':>10s}"
        f" {'needs_review':>12s}"
    )
    for doc, status, reason, figures, reviewed, unreviewed, needs in rows:
        line = (
            f"{doc:{width}s}  {status:8s} {figures:7d} {reviewed:8d} {unreviewed:10d} {needs:12d}"
        )
        print(line + (f"  {reason}" if reason else ""))
    loaded = [r for r in rows if r[1] == "loaded"]
    print(
        f"\n{len(loaded)} report(s) loaded, {len(rows) - len(loaded)} rejected; "
        f"{sum(r[3] for r in rows)} figures, {sum(r[4] for r in rows)} reviewed, "
        f"{sum(r[6] for r in rows)} need review."
    )
    for doc, cid, reason in conflicts:
        print(f"correction #{cid} on {doc} not applied: {reason}")
    return 1 if conflicts or len(loaded) < len(rows) else 0


def _first_line(exc: BaseException) -> str:
    """An error's first line (DuckDB's messages go on with hints and links)."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
