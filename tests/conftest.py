"""Shared fixtures: the bundled reports, a built warehouse, and small report folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from etl.building.build import build_warehouse
from etl.paths import REPORTS_DIR

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_DIR = ROOT / "tests" / "golden"


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory) -> Path:
    """The warehouse built from the bundled reports (built once per test session)."""
    live = tmp_path_factory.mktemp("wh") / "campaigns.duckdb"
    build_warehouse(REPORTS_DIR, live, quiet=True)
    return live


@pytest.fixture
def reports_copy(tmp_path) -> Path:
    """A writable copy of the bundled reports folder."""
    target = tmp_path / "reports"
    shutil.copytree(REPORTS_DIR, target)
    return target


def pytest_collection_modifyitems(config, items) -> None:
    """Without Chromium, skip each browser test by name with the reason (CI requires it)."""
    from tests.browser import CHROMIUM

    if CHROMIUM.exists():
        return
    if os.environ.get("RELIEF_REQUIRE_BROWSER"):
        raise pytest.UsageError(f"{CHROMIUM} is missing: install Debian's chromium (.ci/run)")
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not installed (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)
