"""`python -m etl build`: read the reports, check the result, publish it atomically.

A build starts from a copy of the published warehouse and reads only the reports that are new
or changed (by size and modification time) or that have new corrections; a new extractor
version, or `--full`, reads everything. Reports are read by all cores.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from multiprocessing import get_context
from pathlib import Path

import duckdb

from etl.building.errors import BuildBusy, BuildError, BuildInterrupted, GateFailed
from etl.building.gate import hold_back, run_checks
from etl.building.load import (
    Columns,
    Loader,
    Rejected,
    create_marts,
    document_columns,
    open_staging,
)
from etl.building.lock import build_lock
from etl.building.parquet import discard, stage_parquet, swap_in
from etl.building.progress import Progress
from etl.building.publish import clean_leftovers, publish, staging_path
from etl.corrections import Correction, replay, store_path
from etl.corrections import load_all as load_corrections
from etl.extraction.pipeline import process_text
from etl.model import Document
from etl.paths import MARTS_DIR, ROOT, SCHEMA_FILE
from etl.reading.meta import MetaError, ReportMeta, read_meta
from etl.reading.report import ReadError, read_report_file
from etl.reading.sandbox import die_with_parent

PARALLEL_FROM = 32  # fewer reports than this are read in-process (pool start-up costs more)
TABLES_BY_DOC = ("figures", "articles", "correction_conflicts", "rejects", "documents")


@cache
def extractor_version() -> str:
    """A fingerprint of the extractor's code and data and of the warehouse's tables and marts:
    a change re-reads every report (an incremental build only adds to what is there)."""
    digest = hashlib.sha1()
    sources = [*(ROOT / "etl").rglob("*"), SCHEMA_FILE, *MARTS_DIR.glob("*.sql")]
    for path in sorted(sources):
        if path.suffix in (".py", ".yml", ".csv", ".sql") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class ReportFile:
    """A report on disk and what its directory entry says about it."""

    folder: Path
    name: str
    size: int
    mtime_ns: int

    @property
    def path(self) -> Path:
        """Where the report lies."""
        return self.folder / self.name


def report_files(reports: Path) -> list[ReportFile]:
    """Report files of a folder (metadata files, hidden files and folders are not reports).

    Links, pipes and devices are listed too: reading them rejects them with the reason. So is
    a link to a folder outside this one (a link to a folder inside is a folder).
    """
    entries = {}
    top = os.path.realpath(reports)
    with os.scandir(reports) as listing:
        for entry in listing:
            if entry.name.startswith(".") or entry.is_dir(follow_symlinks=False):
                continue
            if entry.is_dir() and os.path.commonpath([os.path.realpath(entry), top]) == top:
                continue
            try:
                info = entry.stat()
            except OSError:  # a broken link
                info = entry.stat(follow_symlinks=False)
            entries[entry.name] = (info.st_size, info.st_mtime_ns)
    found = []
    for name in sorted(entries):
        if name.endswith(".meta.yml"):
            continue
        size, mtime = entries[name]
        meta = entries.get(os.path.splitext(name)[0] + ".meta.yml")
        # A metadata edit must re-read its report too, and so must removing the metadata or
        # replacing it with an older copy: its presence and size are folded into the time
        # (a few microseconds at most, far below any real change of the report).
        stamp = max(mtime, meta[1]) + 1 + meta[0] if meta else mtime
        found.append(ReportFile(reports, name, size, stamp))
    return found


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes of the name became surrogates
        return False
    return True


def doc_name(name: str) -> str:
    """The name a report file is kept under in the warehouse: a name that is not UTF-8 (GBK
    bytes from a zip made on Windows) as shown, with its undecodable bytes marked."""
    return name if _utf8(name) else os.fsencode(name).decode("utf-8", "replace")


def process_one(path: Path) -> tuple[Document, ReportMeta, str, int, int] | Rejected:
    """Read and extract one report (with the size and mtime of what was read); any failure
    becomes a rejection with its reason."""
    if not _utf8(path.name):  # e.g. GBK bytes from a zip made on Windows
        return Rejected(doc_name(path.name), "the file name is not UTF-8: rename the file")
    try:
        meta = read_meta(path, path.parent)
    except MetaError as exc:
        return Rejected(path.name, f"bad metadata: {exc}")
    except Exception as exc:  # a metadata file must never stop the other reports
        return Rejected(path.name, f"bad metadata: {type(exc).__name__}")
    try:
        raw, size, mtime_ns = read_report_file(path, path.parent)
        return process_text(raw, meta), meta, raw.encoding, size, mtime_ns
    except ReadError as exc:
        return Rejected(path.name, str(exc), meta)
    except Exception as exc:  # one bad report must never stop the others
        return Rejected(path.name, f"extraction failed: {type(exc).__name__}: {exc}", meta)


@dataclass(frozen=True)
class Loaded:
    """A report read, its corrections replayed and its rows made, as a worker hands it on."""

    columns: dict[str, Columns]
    size: int
    mtime_ns: int
    applied: int
    conflicts: list[tuple[int, str]]


def prepare_one(path: Path, decisions: list[Correction]) -> Loaded | Rejected:
    """Read one report, replay the analysts' decisions on it and make its rows."""
    result = process_one(path)
    if isinstance(result, Rejected):
        return result
    doc, meta, encoding, size, mtime_ns = result
    replayed = replay(doc, decisions)
    return Loaded(
        document_columns(doc, meta, encoding, size, mtime_ns),
        size,
        mtime_ns,
        len(replayed.applied),
        replayed.conflicts,
    )


# The decisions a worker process replays, set once when it starts (not sent with every report).
_worker_decisions: list[Correction] = []


def _start_worker(decisions: list[Correction]) -> None:
    global _worker_decisions
    _worker_decisions = decisions
    die_with_parent(True)
    # Ctrl-C reaches the whole process group: the builder alone stops, cancels what is left
    # and says what became of the build (a traceback from every worker told the analyst
    # nothing); the workers end with it (die_with_parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_in_worker(path: Path) -> Loaded | Rejected:
    return prepare_one(path, _worker_decisions)


def _processed(
    paths: list[Path], decisions: list[Correction], workers: int
) -> Iterator[tuple[Path, Loaded | Rejected]]:
    """(path, result) for every report, in order, on `workers` processes when worth it.

    Workers hand on rows, not the report's objects: the builder's own process shares the
    cores with them, and unpickling lists of plain values costs it a third as much."""
    if workers <= 1 or len(paths) < PARALLEL_FROM:
        for path in paths:
            yield path, prepare_one(path, decisions)
        return
    pool = ProcessPoolExecutor(
        workers,
        mp_context=get_context("fork"),
        initializer=_start_worker,
        initargs=(decisions,),
    )
    try:
        yield from zip(paths, pool.map(_prepare_in_worker, paths, chunksize=16), strict=True)
    finally:  # stopped early (Ctrl-C, a failure): the reports not yet begun are not read
        pool.shutdown(wait=False, cancel_futures=True)


def _read_live(live: Path, *queries: str) -> list[list[tuple]] | None:
    """Rows of each query on the published warehouse, or None when it cannot be read."""
    if not live.exists():
        return None
    try:
        con = duckdb.connect(str(live), read_only=True)
    except duckdb.Error:
        return None
    try:
        return [con.execute(q).fetchall() for q in queries]
    except duckdb.Error:
        return None
    finally:
        con.close()


# What a build reads of the published warehouse: its extractor and corrections, its reports
# (and whether each was loaded).
_PUBLISHED_SQL = (
    "select extractor_version, corrections_max_id from build_info",
    "select doc, size_bytes, mtime_ns, status = 'loaded' from documents",
)


def _previous(rows: list[list[tuple]] | None) -> tuple[dict[str, tuple[int, int]], int] | None:
    """What the published warehouse was built from (its rows of _PUBLISHED_SQL), if a build
    may start from it."""
    if not rows or not rows[0] or rows[0][0][0] != extractor_version():
        return None
    return {doc: (size, mtime) for doc, size, mtime, _ in rows[1]}, int(rows[0][0][1])


def _published_loaded(rows: list[list[tuple]] | None) -> frozenset[str]:
    """The reports the published warehouse holds as loaded (its rows of _PUBLISHED_SQL)."""
    return frozenset(doc for doc, _, _, loaded in rows[1] if loaded) if rows else frozenset()


def _keep_published(con: duckdb.DuckDBPyConnection, live: Path, doc: str) -> bool:
    """Copy a report's published rows into the staged warehouse (an incremental build deleted
    them to read it again; a full one starts without them); False when the live warehouse
    cannot be opened."""
    try:
        published = duckdb.connect(str(live), read_only=True)
    except duckdb.Error:  # a damaged warehouse: nothing to keep
        return False
    try:
        for table in reversed(TABLES_BY_DOC):  # documents first, then what refers to it
            query = f"select * from {table} where doc = $doc"
            kept = published.sql(query, params={"doc": doc}).to_arrow_table()  # noqa: F841
            con.execute(f"insert into {table} select * from kept")
    finally:
        published.close()
    return True


def _live_has_figures(live: Path) -> bool:
    rows = _read_live(live, "select count(*) from figures")
    return bool(rows and rows[0][0][0] > 0)


def _partitions(con: duckdb.DuckDBPyConnection, docs: list[str]) -> set[tuple]:
    """(province, season) partitions holding figures of these reports."""
    if not docs:
        return set()
    return set(
        con.execute(
            "select distinct province, season from figures where list_contains($docs, doc)",
            {"docs": docs},
        ).fetchall()
    )


def _plan(files: list[ReportFile], previous, decisions: list[Correction]):
    """Which reports to read and which to drop, given what the live warehouse holds."""
    if previous is None:
        return [f.path for f in files], []
    known, max_id = previous
    corrected = {c.doc for c in decisions if (c.id or 0) > max_id}
    names = {doc_name(f.name) for f in files}
    changed = [
        f.path
        for f in files
        if known.get(doc_name(f.name)) != (f.size, f.mtime_ns) or f.name in corrected
    ]
    removed = [doc for doc in known if doc not in names]
    return changed, removed


def build_warehouse(
    reports: Path,
    live: Path,
    *,
    quiet: bool = False,
    corrections: Path | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    full: bool = False,
    workers: int | None = None,
    parquet: bool = True,
    wait: float = 0.0,
) -> dict:
    """Build, check and publish; return a summary. Raises BuildError (GateFailed, BuildBusy)
    and then leaves `live` and its Parquet copy as they were.

    One build runs at a time per warehouse: another waits up to `wait` seconds for the lock.
    Analysts' corrections (default: the store beside `live`) are replayed on every report read.
    """
    # A link to the warehouse is the warehouse: lock and publish beside the file it names, or a
    # build through the link would take a lock of its own and replace the link by a copy.
    live = Path(os.path.realpath(live))
    try:
        live.parent.mkdir(parents=True, exist_ok=True)
        with build_lock(live, wait):
            return _build_locked(
                reports, live, quiet, corrections, on_progress, full, workers, parquet
            )
    except BuildError:
        raise
    except (OSError, duckdb.Error, sqlite3.Error) as exc:
        raise BuildError(f"the build stopped, nothing was published: {_reason(exc)}") from exc


def _counts(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int]:
    """Reports loaded, reports rejected and figures in the staged warehouse."""
    return con.execute(
        "select count(*) filter (where status = 'loaded'), count(*) filter (where status ="
        " 'rejected'), (select count(*) from figures) from documents"
    ).fetchone()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror + (f" ({exc.filename})" if exc.filename else "")
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def _discard_staging(staged: Path, parquet_staged: Path | None) -> None:
    staged.unlink(missing_ok=True)
    staged.with_name(staged.name + ".wal").unlink(missing_ok=True)
    if parquet_staged is not None:
        discard(parquet_staged)


def _build_locked(
    reports: Path,
    live: Path,
    quiet: bool,
    corrections: Path | None,
    on_progress: Callable[[int, int, str], None] | None,
    full: bool,
    workers: int | None,
    parquet: bool,
) -> dict:
    clean_leftovers(live)
    staged = staging_path(live)
    files = report_files(reports) if reports.is_dir() else []
    store = corrections or store_path(live)
    try:
        decisions = load_corrections(store)
    except (sqlite3.Error, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise BuildError(
            f"the build stopped, nothing was published: the corrections store {store} "
            f"cannot be read: {reason}"
        ) from exc
    published = _read_live(live, *_PUBLISHED_SQL)  # None: no warehouse, or one unreadable
    # a damaged warehouse is replaced by a full build: say so, the analyst may want to know why
    unreadable = published is None and live.exists()
    previous = None if full else _previous(published)
    kept_if_refused = _published_loaded(published)  # a refused update keeps these
    to_read, removed = _plan(files, previous, decisions)
    touched: set[tuple] | None = None
    gone: list[str] | None = None  # reports an incremental build deletes or re-reads
    held: dict[str, str] | None = None  # reports whose figures broke a quality check
    parquet_staged: Path | None = None
    con = None
    try:
        if previous is not None:
            shutil.copyfile(live, staged)
            con = duckdb.connect(str(staged))
            gone = [doc_name(p.name) for p in to_read] + removed
            touched = _partitions(con, gone)
            if gone:
                for table in TABLES_BY_DOC:
                    con.execute(
                        f"delete from {table} where list_contains($docs, doc)", {"docs": gone}
                    )
            con.execute("delete from build_info")
        else:
            con = open_staging(staged)
        stats = {f.name: f for f in files}
        # the workers hold every core while reports are read: one thread writes their rows
        con.execute("set threads = 1")
        loader = Loader(con)
        rejected, by_metric, by_province = [], Counter(), Counter()
        applied, conflicts, warnings = 0, [], []
        if unreadable:
            warnings.append(
                f"the published warehouse {live.name} could not be read; it is rebuilt in full"
            )
        progress = Progress(len(to_read), enabled=not quiet)
        cores = workers or os.cpu_count() or 1
        for done, (path, result) in enumerate(_processed(to_read, decisions, cores), start=1):
            _stop_if_asked()
            stat = stats[path.name]
            if isinstance(result, Rejected):
                rejected.append(result)
                if result.name in kept_if_refused and _keep_published(con, live, result.name):
                    # a truncated copy or a metadata typo must not withdraw what was published
                    warnings.append(
                        f"{result.name}: the version published before stays until the file "
                        "can be read again"
                    )
                else:
                    loader.rejected(result, stat.size, stat.mtime_ns)
            else:
                if result.size != stat.size or result.mtime_ns > stat.mtime_ns:
                    warnings.append(
                        f"{path.name} changed while the build ran: the version of "
                        f"{datetime.fromtimestamp(result.mtime_ns / 1e9):%H:%M:%S} "
                        f"({result.size} bytes) was read; check that it is complete"
                    )
                documents = result.columns["documents"]
                name = documents["doc"][0]
                # what was read is recorded, so a later change is seen by the next build
                documents["mtime_ns"][0] = max(result.mtime_ns, stat.mtime_ns)
                applied += result.applied
                conflicts += [(name, cid, why) for cid, why in result.conflicts]
                loader.add(result.columns)
                loader.conflicts(name, result.conflicts)
                figures = result.columns["figures"]
                by_metric.update(figures["metric"])
                by_province.update(figures["province"])  # None: counted as "?" below
            progress.step(path.name)
            if on_progress:
                on_progress(done, len(to_read), path.name)
        loader.flush()
        con.execute("reset threads")  # the marts and the Parquet copy have the cores to themselves
        progress.close()
        loaded, n_rejected, n_figures = _counts(con)
        if loaded == 0 and _live_has_figures(live):
            raise GateFailed("no report could be read; the published warehouse keeps its data")
        con.execute(
            "insert into build_info values (?, ?, ?, ?, ?, ?, ?)",
            [
                datetime.now().replace(microsecond=0),
                str(reports),
                loaded,
                n_rejected,
                n_figures,
                extractor_version(),
                max((c.id or 0 for c in decisions), default=0),
            ],
        )
        create_marts(con, gone)
        failures = run_checks(con)
        held = hold_back(con, failures) if failures else None
        if held:
            # the other reports are published; the held ones wait for a fixed extractor
            create_marts(con, None if gone is None else gone + list(held))
            failures = run_checks(con)
            loaded, n_rejected, n_figures = _counts(con)
            con.execute(
                "update build_info set n_documents = ?, n_rejected = ?, n_figures = ?",
                [loaded, n_rejected, n_figures],
            )
        if failures:
            lines = [f"{f.name}: {f.n_rows} row(s), e.g. {f.sample[0]}" for f in failures]
            raise GateFailed("quality gate failed, nothing published:\n  " + "\n  ".join(lines))
        if parquet:
            if touched is not None:
                touched |= _partitions(con, [doc_name(p.name) for p in to_read])
            parquet_staged = stage_parquet(con, live, touched)
        con.execute("checkpoint")
        con.close()
        _stop_if_asked()
        publish(staged, live)
    except BaseException:
        if con is not None:
            con.close()
        _discard_staging(staged, parquet_staged)
        raise
    if parquet_staged is not None:
        try:
            swap_in(parquet_staged, live)
        except OSError as exc:  # the warehouse is published; its Parquet copy lags
            discard(parquet_staged)
            warnings.append(
                f"the Parquet copy could not be updated ({_reason(exc)}); "
                "the next build writes it in full"
            )
    return {
        "loaded": loaded,
        "rejected": [(r.name, r.reason) for r in rejected] + list((held or {}).items()),
        "figures": n_figures,
        "read": len(to_read),
        "removed": len(removed),
        "by_metric": dict(by_metric),
        "by_province": {p or "?": n for p, n in by_province.items()},
        "corrections_applied": applied,
        "correction_conflicts": conflicts,
        "warnings": warnings,
    }


def format_summary(summary: dict, seconds: float, live: Path) -> str:
    """The closing summary printed after a build."""
    lines = [
        f"Published {live} in {seconds:.1f} s: {summary['loaded']} report(s) loaded, "
        f"{len(summary['rejected'])} rejected now, {summary['figures']} figures "
        f"({summary['read']} report(s) read, {summary['removed']} removed).",
    ]
    for name, reason in summary["rejected"]:
        lines.append(f"  rejected {name}: {reason}")
    if summary.get("corrections_applied") or summary.get("correction_conflicts"):
        lines.append(
            f"Corrections replayed: {summary['corrections_applied']} applied, "
            f"{len(summary['correction_conflicts'])} not applied."
        )
    for name, cid, why in summary.get("correction_conflicts", []):
        lines.append(f"  correction #{cid} on {name} not applied: {why}")
    for warning in summary.get("warnings", []):
        lines.append(f"warning: {warning}")
    if summary["by_metric"]:
        lines.append(
            "Figures read per metric:   "
            + ", ".join(
                f"{k} {v}" for k, v in sorted(summary["by_metric"].items(), key=lambda kv: -kv[1])
            )
        )
        lines.append(
            "Figures read per province: "
            + ", ".join(
                f"{k} {v}" for k, v in sorted(summary["by_province"].items(), key=lambda kv: -kv[1])
            )
        )
    return "\n".join(lines)


# Set by Ctrl-C in a command-line build: the build stops at the next report it takes in, or
# before publishing, not wherever the signal lands (inside DuckDB, a pool's bookkeeping).
_STOP = threading.Event()


def _ask_to_stop(signum: int, frame: object) -> None:
    if _STOP.is_set():  # pressed again (while waiting for another build's lock): at once
        raise KeyboardInterrupt
    _STOP.set()


def _stop_if_asked() -> None:
    if _STOP.is_set():
        raise BuildInterrupted("interrupted: build stopped, nothing was published")


def build(reports: Path, live: Path, full: bool = False, wait: float = 0.0) -> int:
    """Command entry: build and print the summary; exit status 1 when the build stopped
    (gate failed, disk full…), 3 when another build holds the warehouse, 130 on Ctrl-C."""
    if not reports.is_dir():
        print(f"error: reports folder {reports} does not exist", file=sys.stderr)
        return 2
    started = time.perf_counter()
    _STOP.clear()
    before = signal.signal(signal.SIGINT, _ask_to_stop)
    try:
        summary = build_warehouse(reports, live, full=full, wait=wait)
    except BuildInterrupted as exc:
        print(exc, file=sys.stderr)
        return 130
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3 if isinstance(exc, BuildBusy) else 1
    finally:
        signal.signal(signal.SIGINT, before)
    print(format_summary(summary, time.perf_counter() - started, live))
    return 0
