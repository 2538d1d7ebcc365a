"""Command line: `python -m etl extract FILE...` and `python -m etl build`."""

from etl.cli import main

raise SystemExit(main())
