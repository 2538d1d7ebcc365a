"""The `python -m etl` commands: extract, build, check, train."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from etl.extraction.pipeline import process_file
from etl.paths import (
    CONFIDENCE_FILE,
    CONTEXT_VOTES_FILE,
    DEFAULT_WAREHOUSE,
    GOLD_DIR,
    REPORTS_DIR,
)
from etl.reading.report import ReadError
from etl.units import format_amount


def _extract(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            doc = process_file(path)
        except ReadError as exc:
            print(f"{path}: rejected: {exc}", file=sys.stderr)
            failed += 1
            continue
        for fig in doc.figures:
            if args.format == "jsonl":
                print(json.dumps(fig.contract(), ensure_ascii=False))
            else:
                print(
                    f"{fig.doc}\t{fig.article}\t{fig.province or '-'}\t{fig.place or '-'}\t"
                    f"{fig.metric}\t{fig.status}\t{fig.qualifier}\t"
                    f"{format_amount(fig.value, fig.unit, fig.qualifier)}\t{fig.quote}"
                )
    return 1 if failed else 0


def _build(args: argparse.Namespace) -> int:
    from etl.building.build import build

    return build(Path(args.reports), Path(args.warehouse), full=args.full, wait=args.wait)


def _check(args: argparse.Namespace) -> int:
    from etl.building.check import check

    return check(Path(args.warehouse))


def _train(args: argparse.Namespace) -> int:
    from etl.training import train

    for line in train(
        Path(args.gold), Path(args.reports), Path(args.out), args.review_share, Path(args.votes)
    ):
        print(line)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run one command."""
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the figures of report files")
    ex.add_argument("files", nargs="+", metavar="FILE")
    ex.add_argument("--format", choices=("jsonl", "table"), default="table")
    ex.set_defaults(run=_extract)
    bd = sub.add_parser("build", help="read every report and publish the warehouse")
    bd.add_argument("--reports", default=str(REPORTS_DIR), metavar="DIR")
    bd.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE), metavar="PATH")
    bd.add_argument("--full", action="store_true", help="read every report, not only changed ones")
    bd.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another build of the warehouse to finish (default: do not)",
    )
    bd.set_defaults(run=_build)
    ck = sub.add_parser("check", help="print data quality per report of the published warehouse")
    ck.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE), metavar="PATH")
    ck.set_defaults(run=_check)
    tr = sub.add_parser(
        "train", help="fit the confidence weights and the context model on labelled reports"
    )
    tr.add_argument("--gold", default=str(GOLD_DIR), metavar="DIR")
    tr.add_argument("--reports", default=str(REPORTS_DIR), metavar="DIR")
    tr.add_argument("--out", default=str(CONFIDENCE_FILE), metavar="PATH")
    tr.add_argument(
        "--votes",
        default=str(CONTEXT_VOTES_FILE),
        metavar="PATH",
        help="where to write the context model's counts (default etl/data/context_votes.json)",
    )
    tr.add_argument(
        "--review-share",
        type=float,
        default=0.04,
        metavar="SHARE",
        help="the share of figures, least sure first, to publish for review (default 0.04)",
    )
    tr.set_defaults(run=_train)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        # a build publishes in one step at its end: stopped before it, nothing changed
        kept = ", nothing was published" if args.command == "build" else ""
        print(f"interrupted: {args.command} stopped{kept}", file=sys.stderr)
        return 130
