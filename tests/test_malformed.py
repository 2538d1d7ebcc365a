"""300+ malformed inputs: each rejected with a reason, no hang, nothing published is touched."""

from __future__ import annotations

import hashlib
import shutil
import time

import pytest

from etl.building.build import GateFailed, build_warehouse
from etl.paths import REPORTS_DIR
from etl.reading.intake import accept
from etl.reading.report import ReadError, read_report
from presentation.messages import in_language
from tests.browser import CHROMIUM
from tests.helpers import reads_in_chinese
from tests.malformed import write_corpus
from tests.typeset import paragraphs, pdf_bytes

pytestmark = pytest.mark.slow  # hundreds of hostile files, minutes: run with --all


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    valid_pdf = None
    if CHROMIUM.exists():
        seed = (REPORTS_DIR / "2024-01-30-gongyi-bulletin.txt").read_text(encoding="utf-8")
        valid_pdf = pdf_bytes(paragraphs(seed)[:20])
    folder = tmp_path_factory.mktemp("malformed")
    return folder, write_corpus(folder, valid_pdf)


def test_every_malformed_input_is_rejected_with_a_reason_and_none_hangs(corpus):
    _, paths = corpus
    if CHROMIUM.exists():
        assert len(paths) >= 300
    slowest = 0.0
    reasons = {}
    for path in paths:
        started = time.perf_counter()
        with pytest.raises(ReadError) as caught:  # any other exception fails the test
            read_report(path)
        slowest = max(slowest, time.perf_counter() - started)
        reasons[path.name] = str(caught.value)
    assert all(len(r) > 8 for r in reasons.values())
    assert slowest < 35
    assert "zip bomb" in reasons["zip-bomb.docx"]
    assert "content is PDF" in reasons["pdf-named.txt"]
    assert "over the 10 MB limit" in reasons["huge-chinese-line.txt"]
    if CHROMIUM.exists():
        assert "encrypted" in reasons["encrypted.pdf"]
        assert "garbled" in reasons["garbled-cid.pdf"]
    assert all("no text layer" in reasons[f"scan-{i}.pdf"] for i in range(5))
    # and every reason reads in Chinese on the dashboard
    assert [r for r in reasons.values() if not reads_in_chinese(in_language(r, "zh"))] == []


def test_uploads_of_malformed_files_are_refused_and_nothing_is_stored(corpus, tmp_path):
    _, paths = corpus
    reports = tmp_path / "reports"
    reports.mkdir()
    for path in paths:
        result = accept(path.name, path.read_bytes(), reports)
        assert not result.accepted and result.reason
    assert list(reports.iterdir()) == []


def test_a_build_of_only_malformed_files_leaves_the_published_warehouse_byte_for_byte(
    corpus, built_warehouse, tmp_path
):
    folder, _ = corpus
    live = tmp_path / "campaigns.duckdb"
    shutil.copy(built_warehouse, live)
    before = hashlib.sha256(live.read_bytes()).hexdigest()
    with pytest.raises(GateFailed, match="no report could be read"):
        build_warehouse(folder, live, quiet=True)
    assert hashlib.sha256(live.read_bytes()).hexdigest() == before


def test_malformed_files_among_good_reports_are_rejected_and_the_rest_load(
    corpus, reports_copy, tmp_path
):
    _, paths = corpus
    for path in paths[:60]:
        shutil.copy(path, reports_copy / path.name)
    summary = build_warehouse(reports_copy, tmp_path / "mixed.duckdb", quiet=True)
    assert summary["loaded"] == len(list(REPORTS_DIR.glob("*.txt")))
    assert len(summary["rejected"]) == 60
