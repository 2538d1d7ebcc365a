"""Province × season headline cells of the labelled reports: how many are right, and why not.

usage: python -m bench.headline_cells [--reports reports] [--gold tests/golden] [--show N]

Builds a warehouse from the reports (a temporary file) and compares its headline cells
(`province_season_metrics`, actual) with those the gold states: for each province, season and
metric, the largest actual figure the gold places at the province itself, neither spanning
seasons nor a part of a stated total (the design's rule). Each cell shown but wrong is put in
the first bucket that explains it, by the gold figure its shown value came from: none (no gold
figure of that value in its report), metric, status, place (the gold's is lower), season (the
gold's period spans two seasons, or lies in another), part (of a stated total), else the
largest (the cell's largest figure is another one).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from etl.building.build import build_warehouse  # noqa: E402
from etl.evaluation import headline_season, load_gold_from, same_value  # noqa: E402
from etl.extraction.places import gazetteer  # noqa: E402

HEADLINE_METRICS = {
    "households_reached", "people_reached", "people_aided", "funds_raised", "aid_disbursed",
    "in_kind_value", "items_distributed", "staff_mobilized",
}  # fmt: skip
# One cell a province, season and metric, as headline_check.py reads the mart: the largest of
# its rows (the mart keeps a row per unit: persons and person-visits, households and visits).
SHOWN = """
select province, season, metric, max(value), arg_max(doc, value), arg_max(quote, value)
from province_season_metrics
where status = 'actual' and metric in ({})
group by province, season, metric
""".format(", ".join(f"'{m}'" for m in sorted(HEADLINE_METRICS)))


def province_wide(figure: dict) -> bool:
    """Whether a gold figure is placed at its province itself (湖南, 湖南省)."""
    province, place = figure.get("province") or "", (figure.get("place") or "").strip()
    return place in {province, gazetteer().full_province_name(province) or province + "省"}


def expected(golds: list[dict]) -> dict[tuple[str, int, str], float]:
    """The headline cells the gold states: the largest province-wide actual figure a season."""
    cells: dict[tuple[str, int, str], float] = {}
    for gold in golds:
        for f in gold["figures"]:
            if f.get("status") != "actual" or f["metric"] not in HEADLINE_METRICS:
                continue
            season = headline_season(f)
            if season is None or f.get("part_of") or not province_wide(f):
                continue
            key = (f["province"], season, f["metric"])
            cells[key] = max(cells.get(key, 0.0), float(f["value"]))
    return cells


def why_wrong(shown: tuple, by_doc: dict[str, dict]) -> str:
    """The bucket of a cell shown but wrong (see the module docstring)."""
    _, season, metric, value, doc, quote = shown
    figures = by_doc.get(doc, {}).get("figures", [])
    same = [
        f
        for f in figures
        if same_value(f["value"], value) and (f.get("text", "") in quote or quote[:8] in f["quote"])
    ]
    if not same:
        return "none"
    f = same[0]
    if metric != f["metric"] and metric not in f.get("also", []):
        return "metric"
    if f.get("status") != "actual":
        return "status"
    if not province_wide(f):
        return "place"
    if headline_season(f) != season:
        return "season"
    return "part" if f.get("part_of") else "largest"


def main() -> None:
    """Print the headline cells' precision and recall, and the buckets of the wrong ones."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=Path, default=ROOT / "reports")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "golden")
    parser.add_argument("--show", type=int, default=3, help="examples per bucket")
    args = parser.parse_args()
    golds = load_gold_from(args.gold)
    want = expected(golds)
    with tempfile.TemporaryDirectory() as tmp:
        live = Path(tmp) / "w.duckdb"
        build_warehouse(args.reports, live, quiet=True, parquet=False)
        con = duckdb.connect(str(live), read_only=True)
        shown = con.execute(SHOWN).fetchall()
        con.close()
    right = [s for s in shown if s[:3] in want and same_value(want[s[:3]], s[3])]
    precision, recall = len(right) / max(len(shown), 1), len(right) / max(len(want), 1)
    print(
        f"headline cells: expected {len(want)}, shown {len(shown)}, right {len(right)}; "
        f"precision {precision:.3f}, recall {recall:.3f}"
    )
    by_doc = {g["doc"]: g for g in golds}
    buckets: dict[str, list[tuple]] = defaultdict(list)
    for cell in shown:
        if cell not in right:
            buckets[why_wrong(cell, by_doc)].append(cell)
    for bucket, cells in sorted(buckets.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(cells):5d}  {bucket}")
        for province, season, metric, value, doc, quote in cells[: args.show]:
            print(f"       {province} {season} {metric} {value:g}  {doc}  «{quote[:40]}»")


if __name__ == "__main__":
    main()
