"""`python -m exports`: briefing files for a scope, for scheduled packs.

python -m exports pack    --province 湖南 --season 2024 [--out DIR]
python -m exports figures --province 湖南 --from 2022 --to 2024 --format xlsx [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import warehouse
from etl.paths import DEFAULT_WAREHOUSE
from exports.naming import export_name
from presentation.filters import Filters


def _filters(args: argparse.Namespace, pack: bool = False) -> Filters:
    season_to = args.season or args.to
    # a season's pack shows the seasons that led to it, and its cover names them
    season_from = (args.season - 4 if pack else args.season) if args.season else args.from_
    return Filters(
        tuple(args.province or ()), season_from, season_to, status=args.status, lang=args.lang
    )


def main(argv: list[str] | None = None) -> int:
    """Write a briefing pack or a figures export and print where it went."""
    parser = argparse.ArgumentParser(
        prog="python -m exports",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("what", choices=("pack", "figures"))
    parser.add_argument("--province", action="append", help="repeat for several provinces")
    parser.add_argument("--season", type=int, help="one season (overrides --from/--to)")
    parser.add_argument("--from", dest="from_", type=int, default=2019)
    parser.add_argument("--to", type=int, default=2026)
    parser.add_argument("--status", choices=("actual", "planned", "both"), default="both")
    parser.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE))
    parser.add_argument("--out", default=".")
    args = parser.parse_args(argv)
    path = Path(args.warehouse)
    if not path.exists():
        print(f"error: no warehouse at {path}; run `python -m etl build` first", file=sys.stderr)
        return 2
    filters = _filters(args, pack=args.what == "pack")
    started = time.perf_counter()
    con = warehouse.connect(path)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.what == "pack":
        from exports.briefing import collect
        from exports.pptx_pack import build_pack

        brief = collect(con, filters)
        target = out / export_name(
            brief.provinces,
            filters.season_from,
            filters.season_to,
            "pptx",
            "简报" if filters.lang == "zh" else "Briefing",
            filters.lang,
        )
        target.write_bytes(build_pack(brief))
        detail = f"{len(brief.charts)} chart slides, {brief.citations.height} sources"
    else:
        from exports.naming import figures_subject
        from exports.tables_out import figures_file

        data, extension = figures_file(con, filters, args.format)
        target = out / export_name(
            filters.provinces,
            filters.season_from,
            filters.season_to,
            extension,
            figures_subject(filters.status, filters.lang),
            filters.lang,
        )
        target.write_bytes(data)
        detail = f"{args.format.upper()}"
    print(f"wrote {target} ({detail}) in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
