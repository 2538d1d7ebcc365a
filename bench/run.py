"""Scale benchmarks in one table: extraction, builds, mart queries, pages, memory, a peer.

usage: python bench/run.py [--sizes 1000,10000,50000] [--jionlp-python PATH] [--out bench/out]
       python bench/run.py --real-only --jionlp-python PATH   (ours beside jionlp, a minute)
       python bench/run.py --builds-only --sizes 10000        (full + incremental build)

Corpora come from bench/make_corpus.py (made here when missing). jionlp is measured in its own
interpreter (it is large and not a dependency): pass --jionlp-python to a Python that has it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.building.build import build_warehouse  # noqa: E402
from etl.extraction.pipeline import process_text  # noqa: E402
from etl.reading.meta import ReportMeta  # noqa: E402
from etl.reading.report import read_report  # noqa: E402
from tests.scoring import Score, load_gold  # noqa: E402

ROWS: list[tuple[str, str, str]] = []
MART_QUERIES = {
    "province_metrics (all)": (
        "province_metrics",
        {"provinces": [], "season_from": 2017, "season_to": 2026},
    ),
    "province_metrics (湖南)": (
        "province_metrics",
        {"provinces": ["湖南"], "season_from": 2017, "season_to": 2026},
    ),
    "per_capita": ("per_capita", {"provinces": [], "season_from": 2024, "season_to": 2024}),
    "within_season": (
        "within_season",
        {
            "metric": "households_reached",
            "statuses": ["actual", "planned"],
            "provinces": [],
            "season_from": 2024,
            "season_to": 2024,
        },
    ),
    "cumulative": ("cumulative", {"metric": "funds_raised", "provinces": []}),
    "places (湖南)": (
        "places",
        {
            "province": "湖南",
            "metric": "households_reached",
            "season_from": 2017,
            "season_to": 2026,
        },
    ),
    "standards": ("standards", {"provinces": [], "season_from": 2024, "season_to": 2024}),
    "coverage": ("coverage", {"provinces": []}),
    "freshness": ("freshness", {"provinces": []}),
    "figures (湖南, 2024)": (
        "figures",
        {
            "provinces": ["湖南"],
            "metric": "",
            "statuses": ["actual", "planned", "standard"],
            "season_from": 2024,
            "season_to": 2024,
            "limit": 2000,
        },
    ),
    "figures (no filter, as the page opens)": (
        "figures",
        {
            "provinces": [],
            "metric": "",
            "statuses": ["actual", "planned", "standard"],
            "season_from": 2017,
            "season_to": 2026,
            "limit": 2000,
        },
    ),
    "reports (湖南)": ("reports", {"provinces": ["湖南"], "limit": 2000}),
    "reports (all)": ("reports", {"provinces": [], "limit": 2000}),
    "publishers (all)": ("publishers", {"provinces": []}),
    "filter_options": ("filter_options", {}),
}


def row(what: str, value: str, target: str = "") -> None:
    ROWS.append((what, value, target))
    print(f"  {what:58s} {value:>24s}  {target}", flush=True)


def corpus(size: int, out: Path) -> Path:
    folder = out / f"corpus-{size}"
    if not (folder / "gold.jsonl").exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(size), str(folder)],
            check=True,
        )
    return folder


def _extract(path: Path) -> list[dict]:
    return [f.contract() for f in process_text(read_report(path), ReportMeta()).figures]


def extraction(folder: Path, limit: int = 2000) -> list[Path]:
    docs = sorted((folder / "docs").iterdir())[:limit]
    size = sum(p.stat().st_size for p in docs)
    gold: dict[str, list[dict]] = {}
    for line in (folder / "gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        gold.setdefault(g["doc"], []).append(g)
    _extract(docs[0])
    started = time.perf_counter()
    predicted = [_extract(p) for p in docs]
    one = time.perf_counter() - started
    score = Score()
    for p, pred in zip(docs, predicted, strict=True):
        score.add(gold.get(p.name, []), pred)
    cores = os.cpu_count() or 1
    started = time.perf_counter()
    with ProcessPoolExecutor(cores, mp_context=get_context("fork")) as pool:
        list(pool.map(_extract, docs, chunksize=32))
    many = time.perf_counter() - started
    row(
        f"extraction, 1 process ({len(docs)} reports, {size / 1e6:.1f} MB)",
        f"{size / 1e6 / one:.2f} MB/s, {len(docs) / one:.0f} rep/s",
    )
    row(
        f"extraction, {cores} processes",
        f"{size / 1e6 / many:.2f} MB/s, {len(docs) / many:.0f} rep/s",
    )
    row(
        "extraction F1 on synthetic gold (qualifier/status/province acc.)",
        f"{score.f1:.3f} ({score.accuracy('qualifier'):.3f}/{score.accuracy('status'):.3f}/"
        f"{score.accuracy('province'):.3f})",
    )
    return docs


_JIONLP = r"""
import json, sys, time, io, contextlib
with contextlib.redirect_stdout(io.StringIO()):
    import jionlp as jio
paths = json.loads(sys.stdin.read())
texts = []
for p in paths:
    data = open(p, "rb").read()
    try:
        texts.append(data.decode("utf-8"))
    except UnicodeDecodeError:
        texts.append(data.decode("gb18030"))
with contextlib.redirect_stdout(io.StringIO()):
    jio.ner.extract_money(texts[0], with_parsing=True)
started = time.perf_counter()
found = []
with contextlib.redirect_stdout(io.StringIO()):
    for t in texts:
        found.append([m["detail"]["num"] for m in jio.ner.extract_money(t, with_parsing=True)])
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "found": found}))
"""


def jionlp(docs: list[Path], folder: Path, python: str | None) -> None:
    if not python:
        row("jionlp extract_money", "not measured", "pass --jionlp-python")
        return
    sample = docs[:500]
    out = subprocess.run(
        [python, "-c", _JIONLP],
        input=json.dumps([str(p) for p in sample]),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    size = sum(p.stat().st_size for p in sample) / 1e6
    theirs = size / result["seconds"]
    started = time.perf_counter()
    for p in sample:
        _extract(p)
    ours = size / (time.perf_counter() - started)
    gold: dict[str, list[float]] = {}
    for line in (folder / "gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        if g["unit"] == "yuan":
            gold.setdefault(g["doc"], []).append(g["value"])
    hits = total = 0
    for p, nums in zip(sample, result["found"], strict=True):
        values = {round(float(n[0] if isinstance(n, list) else n)) for n in nums}
        for v in gold.get(p.name, []):
            total += 1
            hits += round(v) in values
    row("jionlp extract_money, 1 process (money only)", f"{theirs:.3f} MB/s")
    row("ours / jionlp throughput (ours: every metric)", f"{ours / theirs:.1f}x", "≥ 5x")
    row("jionlp recall of money figures", f"{hits / max(total, 1):.3f} ({hits}/{total})")


def real_reports(python: str | None, rounds: int = 5) -> None:
    """Speed and scores on the bundled real reports (tests/golden), beside jionlp on the same
    text: the synthetic corpus flatters neither side."""
    golds = load_gold()
    paths = [ROOT / "reports" / g["doc"] for g in golds]
    raws = [read_report(p) for p in paths]
    chars = sum(len(r.text) for r in raws)
    process_text(raws[0], ReportMeta())
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        predicted = [process_text(r, ReportMeta()).figures for r in raws]
        best = min(best, time.perf_counter() - started)
    score = Score()
    for g, figs in zip(golds, predicted, strict=True):
        score.add(g["figures"], [f.contract() for f in figs])
    row(
        f"extraction on the {len(paths)} real reports ({chars} chars), 1 process",
        f"{chars / best / 1e6:.3f} Mchar/s",
    )
    row(
        "real reports: F1 / strict / place / status",
        f"{score.f1:.3f} / {score.strict_f1:.3f} / {score.accuracy('place'):.3f} / "
        f"{score.accuracy('status'):.3f}",
        "≥ 0.95 / 0.92 / 0.95 / 0.95",
    )
    if not python:
        row("jionlp on the real reports", "not measured", "pass --jionlp-python")
        return
    theirs = float("inf")
    for _ in range(rounds):
        out = subprocess.run(
            [python, "-c", _JIONLP],
            input=json.dumps([str(p) for p in paths]),
            capture_output=True,
            text=True,
            check=True,
        )
        theirs = min(theirs, json.loads(out.stdout.strip().splitlines()[-1])["seconds"])
    row(
        "jionlp extract_money on the real reports (money only)",
        f"{chars / theirs / 1e6:.3f} Mchar/s",
    )
    row("ours / jionlp on the real reports (ours: every metric)", f"{theirs / best:.2f}x", "≥ 1x")


def builds(folder: Path, out: Path, size: int) -> Path:
    live = out / f"warehouse-{size}.duckdb"
    for stale in out.glob(f"warehouse-{size}*"):
        if stale.is_file():
            stale.unlink()
    started = time.perf_counter()
    proc = subprocess.run(
        [
            "/usr/bin/time",
            "-f",
            "%M",
            sys.executable,
            "-m",
            "etl",
            "build",
            "--reports",
            str(folder / "docs"),
            "--warehouse",
            str(live),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    peak = int(proc.stderr.strip().splitlines()[-1]) / 1024
    figures = build_info(live)
    row(
        f"full build, {size} reports ({figures} figures), all cores",
        f"{seconds:.1f} s",
        "< 30 s at 10k on 2 cores" if size == 10_000 else "",
    )
    row("peak memory of that build", f"{peak:.0f} MB")
    new = folder / "docs" / "zz-one-more.txt"
    new.write_text(
        (ROOT / "reports" / "hn-2025-01-huayuan.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    started = time.perf_counter()
    summary = build_warehouse(folder / "docs", live, quiet=True)
    seconds = time.perf_counter() - started
    new.unlink()
    build_warehouse(folder / "docs", live, quiet=True)
    row(
        f"incremental build, one new report into {size} (read {summary['read']})",
        f"{seconds:.2f} s",
        "< 2 s",
    )
    return live


def build_info(live: Path) -> int:
    import duckdb

    con = duckdb.connect(str(live), read_only=True)
    try:
        return con.execute("select count(*) from figures").fetchone()[0]
    finally:
        con.close()


def queries(live: Path, runs: int = 30) -> None:
    import warehouse

    con = warehouse.connect(live)
    for label, (name, params) in MART_QUERIES.items():
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            warehouse.query(con, name, params)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        row(
            f"query {label}",
            f"p50 {statistics.median(times):.1f} / p95 {p95:.1f} ms",
            "p95 < 100 ms",
        )


_PAGES = r"""
import json, os, sys, time, resource
from streamlit.testing.v1 import AppTest
root = sys.argv[1]
out = {}
at = AppTest.from_file(os.path.join(root, "dashboard.py"), default_timeout=300).run()
for name in ["overview", "trends", "provinces", "per_capita", "figures", "sources"]:
    times = []
    for _ in range(4):
        started = time.perf_counter()
        if name == "overview":
            at.run()
        else:
            at.switch_page(os.path.join(root, "app_pages", name + ".py")).run()
        times.append(time.perf_counter() - started)
        assert not at.exception, at.exception
    out[name] = [times[0], sorted(times[1:])[1]]
out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def pages(live: Path) -> None:
    env = {**os.environ, "RELIEF_WAREHOUSE": str(live)}
    proc = subprocess.run(
        [sys.executable, "-c", _PAGES, str(ROOT)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    for name in ("overview", "trends", "provinces", "per_capita", "figures", "sources"):
        cold, warm = result[name]
        row(f"page {name} (AppTest; first / cached)", f"{cold:.2f} / {warm:.2f} s", "< 1 s")
    row("dashboard process peak memory (all pages)", f"{result['rss_mb']:.0f} MB", "< 1 GB")


# Records when each chart is drawn: plotly's SVG, the cards' sparklines (vega) and tables'
# canvases, in ms since navigation started.
_DRAWN = """
window.__drawn = [];
new MutationObserver(() => {
  const n = document.querySelectorAll(
    '.js-plotly-plot .main-svg, [data-testid=stMetric] canvas, [data-testid=stMetric] svg,'
    + '[data-testid=stDataFrame] canvas').length;
  if (n > 0 && n !== window.__count) { window.__count = n; window.__drawn.push(performance.now()); }
}).observe(document, {childList: true, subtree: true});
"""
PAGE_NAMES = ("overview", "trends", "provinces", "per_capita", "figures", "sources")
READY = {
    "overview": "[data-testid=stMetric] canvas, [data-testid=stMetric] svg",
    "trends": ".js-plotly-plot .main-svg",
    "provinces": ".js-plotly-plot .main-svg",
    "per_capita": ".js-plotly-plot .main-svg",
    "figures": "[data-testid=stDataFrame] canvas",
    "sources": ".js-plotly-plot .main-svg",
}


def browser_pages(live: Path, runs: int = 3) -> None:
    """Per page, in Debian's Chromium: navigation to the last chart drawn (first / median)."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS, dashboard_server

    with dashboard_server(live) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for name in PAGE_NAMES:
            times = []
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                page.add_init_script(_DRAWN)
                page.goto(f"{url}/{'' if name == 'overview' else name}")
                page.wait_for_selector(READY[name], timeout=120_000)
                # settled: the run is over and nothing new was drawn for 1.5 s
                page.wait_for_function(
                    "() => !document.querySelector('[data-testid=stStatusWidget]')"
                    " && window.__drawn.length > 0"
                    " && performance.now() - window.__drawn[window.__drawn.length - 1] > 1500",
                    timeout=120_000,
                    polling=250,
                )
                times.append(page.evaluate("() => window.__drawn[window.__drawn.length - 1]"))
                page.close()
            row(
                f"page {name} (Chromium; navigation → last chart drawn, first / median)",
                f"{times[0] / 1000:.2f} / {statistics.median(times) / 1000:.2f} s",
                "< 3 s",
            )
        browser.close()


def main() -> None:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--jionlp-python")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument(
        "--pages-only",
        type=Path,
        help="time the pages (server side and in Chromium) on this published warehouse only",
    )
    parser.add_argument(
        "--real-only",
        action="store_true",
        help="only ours beside jionlp on the bundled real reports (a minute, no corpus, no build)",
    )
    parser.add_argument(
        "--builds-only",
        action="store_true",
        help="only the full and incremental builds of the --sizes corpora (time, peak memory)",
    )
    args = parser.parse_args()
    if args.real_only:
        real_reports(args.jionlp_python)
        _table()
        return
    if args.builds_only:
        args.out.mkdir(parents=True, exist_ok=True)
        for size in (int(s) for s in args.sizes.split(",")):
            builds(corpus(size, args.out), args.out, size)
        _table()
        return
    if args.pages_only:
        pages(args.pages_only)
        browser_pages(args.pages_only)
        _table()
        return
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    real_reports(args.jionlp_python)
    first = corpus(sizes[0], args.out)
    docs = extraction(first)
    jionlp(docs, first, args.jionlp_python)
    live = None
    for size in sizes:
        live = builds(corpus(size, args.out), args.out, size)
    if live:
        queries(live)
        pages(live)
        browser_pages(live)
    _table()


def _table() -> None:
    # Python's speed depends on how the interpreter was built (PGO and LTO, as Debian's and
    # python.org's are, or a plain source build): name the one measured with every table.
    print(
        f"\ninterpreter: {sys.executable}, Python {platform.python_version()} from "
        f"{sys.base_prefix} ({_build()})"
    )
    print("\n| measurement | result | target |\n|---|---|---|")
    for what, value, target in ROWS:
        print(f"| {what} | {value} | {target} |")


def _build() -> str:
    """The interpreter's compiler and build date, which tell one build of a version from
    another."""
    compiler = platform.python_compiler()
    return f"{compiler}, built {' '.join(platform.python_build()[1].split()[:3])}"


if __name__ == "__main__":
    main()
