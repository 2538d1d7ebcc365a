"""Uploads never replace another report or its metadata, and store report and metadata together."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading

import yaml

import etl.reading.intake
from etl.reading.intake import accept
from tests.conftest import ROOT

REPORT = ROOT / "reports" / "hn-2019-01-yingxinchun.txt"


def stored(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def meta_of(report) -> dict:
    return yaml.safe_load(report.with_name(report.stem + ".meta.yml").read_text(encoding="utf-8"))


def test_an_upload_with_another_suffix_keeps_the_existing_reports_metadata(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy2(REPORT, reports / REPORT.name)
    meta = REPORT.with_suffix(".meta.yml")
    shutil.copy2(meta, reports / meta.name)
    upload = REPORT.read_bytes() + "\n另走访慰问困难群众12户。\n".encode()
    result = accept("hn-2019-01-yingxinchun.md", upload, reports, publisher="别处")
    assert result.accepted
    assert result.name.startswith("hn-2019-01-yingxinchun-") and result.name.endswith(".md")
    assert (reports / meta.name).read_bytes() == meta.read_bytes()
    assert meta_of(result.path)["publisher"] == "别处"


def test_the_same_content_uploaded_again_is_refused(tmp_path):
    reports = tmp_path / "reports"
    first = accept(REPORT.name, REPORT.read_bytes(), reports)
    again = accept(REPORT.name, REPORT.read_bytes(), reports)
    assert first.accepted and not again.accepted
    assert "already loaded" in again.reason


def test_two_uploads_of_one_name_at_once_both_survive_with_their_own_metadata(tmp_path):
    base = REPORT.read_bytes()
    for trial in range(40):
        reports = tmp_path / f"r{trial}"
        reports.mkdir()
        start = threading.Barrier(2)
        results = {}

        def upload(who: str, reports=reports, start=start, results=results) -> None:
            data = base + f"\n{who}走访慰问困难群众{len(who)}户。\n".encode()
            start.wait()
            results[who] = (accept("同名报告.txt", data, reports, publisher=who), data)

        threads = [threading.Thread(target=upload, args=(w,)) for w in ("分析员甲", "分析员乙乙")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        paths = {r.path for r, _ in results.values()}
        assert all(r.accepted for r, _ in results.values())
        assert len(paths) == 2, trial
        for who, (result, data) in results.items():
            assert result.path.read_bytes() == data
            meta = meta_of(result.path)
            assert meta["publisher"] == who
            assert meta["sha256"] == hashlib.sha256(data).hexdigest()
        assert len(stored(reports)) == 4


def test_report_and_metadata_are_stored_together_or_not_at_all(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    reports.mkdir()
    real, calls = os.fsync, []

    def full_on_second(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(fd)

    monkeypatch.setattr(etl.reading.intake.os, "fsync", full_on_second)
    result = accept(REPORT.name, REPORT.read_bytes(), reports)
    monkeypatch.undo()
    assert not result.accepted
    assert "No space left on device" in result.reason
    assert stored(reports) == []


def test_an_upload_whose_metadata_a_build_would_refuse_is_refused(tmp_path):
    reports = tmp_path / "reports"
    result = accept(REPORT.name, REPORT.read_bytes(), reports, source_url="javascript:alert(1)")
    assert not result.accepted
    assert "source_url" in result.reason


def test_uploads_with_long_chinese_names_are_stored_under_a_shortened_name_that_keeps_the_original(
    tmp_path,
):
    reports = tmp_path / "reports"
    long_name = "关于开展" + "冬春困难群众走访慰问" * 12 + ".txt"  # 376 bytes in UTF-8
    rare = "𠀀" * 70 + ".txt"  # characters of four bytes each
    base = REPORT.read_bytes()
    results = [
        accept(long_name, base, reports),
        accept(long_name, base + "\n另走访慰问困难群众12户。\n".encode(), reports),
        accept(long_name, base + "\n另走访慰问困难群众13户。\n".encode(), reports),
        accept(rare, base + "\n另走访慰问困难群众14户。\n".encode(), reports),
    ]
    assert [r.reason for r in results] == [""] * 4
    assert len({r.path for r in results}) == 4
    for name in stored(reports):
        assert len(name.encode("utf-8")) <= 255, name
    for result, original in zip(results, [long_name] * 3 + [rare], strict=True):
        assert result.path.name.startswith("关于开展冬春" if original == long_name else "𠀀")
        assert meta_of(result.path)["uploaded_as"] == original
