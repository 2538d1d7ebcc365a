"""Start the dashboard: `python -m app.serve [streamlit options]`, as `streamlit run dashboard.py`.

Streamlit runs each visitor's page in its own thread. Right after a start, several visitors'
first pages would import the data libraries at once, and Python can hand a thread a library
another thread is still importing ("partially initialized module 'pandas'"): the page fails
with a traceback. Importing them here, in the server's main thread before it serves anyone,
leaves the pages nothing to import at the same time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb  # noqa: F401
import pandas  # noqa: F401
import plotly.graph_objects  # noqa: F401
import polars  # noqa: F401
import pyarrow  # noqa: F401
from streamlit.web import cli

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"


def main() -> None:
    """Run the dashboard with the given Streamlit options."""
    sys.argv = ["streamlit", "run", str(DASHBOARD), *sys.argv[1:]]
    sys.exit(cli.main())


if __name__ == "__main__":
    main()
