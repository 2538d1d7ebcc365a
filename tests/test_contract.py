"""The figure contract (docs/figures.md), the code's vocabularies and the cue file agree."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from etl.extraction.cues import PERSON_CONTEXT_LISTS
from etl.model import CONTRACT_FIELDS, METRIC_UNITS, METRICS, QUALIFIERS, STATUSES, UNITS
from etl.paths import CUES_FILE, REPORTS_DIR, ROOT

SPEC = (ROOT / "docs" / "figures.md").read_text(encoding="utf-8")


def _table_rows(heading: str) -> list[list[str]]:
    section = SPEC.split(heading, 1)[1].split("\n## ", 1)[0]
    rows = [
        line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("|")
    ]
    return [[cell.strip() for cell in row] for row in rows[2:]]


def _ticked(cell: str) -> list[str]:
    return re.findall(r"`([a-z_]+)`", cell)


def test_contract_fields_match_the_spec():
    fields = [_ticked(row[0]) for row in _table_rows("## Fields")]
    flat = [name for names in fields for name in names]
    assert tuple(flat) == CONTRACT_FIELDS


def test_metric_vocabulary_and_units_match_the_spec():
    rows = _table_rows("## Metric vocabulary")
    spec = {_ticked(r[0])[0]: tuple(u.strip() for u in r[3].split(",")) for r in rows}
    assert tuple(spec) == METRICS
    assert spec == METRIC_UNITS


def test_unit_qualifier_and_status_vocabularies_match_the_spec():
    rows = {(_ticked(r[0]) or [""])[0]: r[2] for r in _table_rows("## Fields")}
    assert tuple(_ticked(rows["unit"])) == UNITS
    assert tuple(_ticked(rows["qualifier"])) == QUALIFIERS
    assert tuple(_ticked(rows["status"])) == STATUSES


def test_cue_file_names_only_contract_vocabulary():
    cues = yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))
    assert set(cues["money"]) <= set(METRICS)
    assert {k for k in cues["persons"] if k not in PERSON_CONTEXT_LISTS} <= set(METRICS)
    assert set(cues["households"]) <= set(METRICS)
    assert set(cues["status"]) - {
        "not_planned_after_jiang",
        "not_planned_compounds",
        "planned_titles",
        "plan_started",
        "aspect",
        "planned_before_aspect",
        "purpose_openers",
        "weak_planned",
        "manner",
        "continuing_openers",
        "planning_openers",
        "plan_times",
        "tally_words",
        "use_words",
        "perfective",
        "not_perfective",
    } <= set(STATUSES)
    for side in ("before", "after"):
        assert set(cues["qualifier"][side]) <= set(QUALIFIERS)
    rate_context = {"caps", "fixed_after", "per_body", "per_body_counters", "per_time", "averages"}
    assert set(cues["rates"]) - rate_context <= set(UNITS)


def test_extract_command_prints_exactly_the_contract_fields():
    report = REPORTS_DIR / "2024-01-30-gongyi-bulletin.txt"
    out = subprocess.run(
        [sys.executable, "-m", "etl", "extract", str(report), "--format", "jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 23
    for rec in records:
        assert tuple(rec) == CONTRACT_FIELDS
        assert rec["doc"] == report.name
        assert len(rec["span"]) == 2


def test_extract_command_reports_a_bad_file_and_goes_on(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    good = REPORTS_DIR / "qh-2024-10-qunuanjiuzhu.txt"
    run = subprocess.run(
        [sys.executable, "-m", "etl", "extract", str(bad), str(good), "--format", "table"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert "bad.txt: rejected: the content is binary data" in run.stderr
    assert "1.37亿元" in run.stdout
