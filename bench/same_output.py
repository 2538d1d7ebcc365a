"""Guard for speed work: every extracted field of every sample report, byte for byte.

Dumps, as canonical JSON, each document (normalised text, articles) and every field of every
figure for the bundled reports (reports/*, which hold the tests/golden and golden_unseen docs),
the rule fixtures (tests/fixtures/rules) and a synthetic corpus (bench/make_corpus.py, fixed
seed), then compares the dump with a saved baseline.

usage: python -m bench.same_output --save     # record the baseline (before a change)
       python -m bench.same_output            # compare with it (after each change)
options: --synthetic N (default 1000 synthetic reports), --baseline PATH
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.building.build import report_files  # noqa: E402
from etl.extraction.pipeline import process_text  # noqa: E402
from etl.reading.meta import read_meta  # noqa: E402
from etl.reading.report import read_report  # noqa: E402

OUT = ROOT / "bench" / "out"


def _canonical(doc) -> dict:
    """A document with every field (figures and articles included) as plain JSON values."""
    record = dataclasses.asdict(doc)
    record["text_sha256"] = hashlib.sha256(record.pop("text").encode("utf-8")).hexdigest()
    return record


_FULL_WIDTH = str.maketrans(
    {**{str(i): chr(0xFF10 + i) for i in range(10)}, ".": "．", "%": "％", "人": "⼈"}
)


def _variants() -> Path:
    """The bundled reports with full-width digits, a radical for 人 and CRLF line ends (the
    mapping and line handling paths of normalisation, which the reports themselves skip)."""
    folder = OUT / "same-output-variants"
    folder.mkdir(parents=True, exist_ok=True)
    for f in report_files(ROOT / "reports"):
        text = f.path.read_text(encoding="utf-8")
        changed = text.translate(_FULL_WIDTH).replace("\n", "\r\n")
        (folder / f.path.name).write_text(changed, encoding="utf-8", newline="")
    return folder


def _folders(synthetic: int) -> list[Path]:
    folders = [ROOT / "reports", ROOT / "tests" / "fixtures" / "rules", _variants()]
    if synthetic:
        folder = OUT / f"same-output-corpus-{synthetic}"
        if not (folder / "gold.jsonl").exists():
            make = ROOT / "bench" / "make_corpus.py"
            subprocess.run([sys.executable, str(make), str(synthetic), str(folder)], check=True)
        folders.append(folder / "docs")
    return folders


def dump(synthetic: int) -> dict[str, dict]:
    """Every report of the sample folders → its canonical extraction."""
    out: dict[str, dict] = {}
    for folder in _folders(synthetic):
        for f in report_files(folder):
            key = f"{folder.relative_to(ROOT)}/{f.path.name}"
            if f.path.suffix == ".yml":
                continue
            out[key] = _canonical(process_text(read_report(f.path), read_meta(f.path)))
    return out


def _encode(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, default=str) + "\n"


def main() -> None:
    """Save or compare the canonical dump; exit 1 on any difference."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--save", action="store_true")
    parser.add_argument("--synthetic", type=int, default=1000)
    parser.add_argument("--baseline", type=Path, default=OUT / "same_output.json")
    args = parser.parse_args()
    current = _encode(dump(args.synthetic))
    if args.save:
        args.baseline.parent.mkdir(parents=True, exist_ok=True)
        args.baseline.write_text(current, encoding="utf-8")
        print(f"saved {args.baseline} ({len(current)} chars)")
        return
    saved = args.baseline.read_text(encoding="utf-8")
    if saved == current:
        print(f"same output: byte-identical to {args.baseline}")
        return
    old, new = json.loads(saved), json.loads(current)
    differing = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    print(f"DIFFERENT output in {len(differing)} reports: {differing[:20]}")
    for key in differing[:3]:
        a, b = old.get(key) or {}, new.get(key) or {}
        for field in sorted(a.keys() | b.keys()):
            if a.get(field) != b.get(field):
                was, now = repr(a.get(field))[:600], repr(b.get(field))[:600]
                print(f"  {key}.{field}:\n    was {was}\n    now {now}")
    sys.exit(1)


if __name__ == "__main__":
    main()
