"""Provenance beside each report: `<id>.meta.yml` (publisher, date, URL, province hint).

The file is checked before it is used: a regular file of at most 64 KB (a large one parsed in
the sandboxed reader, under a time and memory limit), YAML without aliases (an alias bomb would
expand without end), a mapping whose fields have the right types, real
dates, http(s) URLs, a province of the gazetteer and bounded lengths. A file that breaks any of
these raises MetaError, which rejects its report (and only that report) with the reason.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path

import yaml

from etl.paths import PLACES_FILE
from etl.reading.decode import ReadError
from etl.reading.files import read_regular
from etl.reading.sandbox import SandboxError, run_limited

MAX_META_BYTES = 64 << 10
# Parsing takes time in proportion to size: a usual file (under 4 KB) is parsed here, a larger
# one in the sandboxed reader with a time and memory limit (a fork costs ~4 ms a file).
SANDBOX_FROM = 4 << 10
SANDBOX_SECONDS = 5
SANDBOX_MEMORY = 256 << 20
MAX_TEXT = {"publisher": 300, "source_url": 2000, "note": 2000, "provinces": 300}
MAX_ARTICLES = 500
# Relief reports are modern; a date outside these years is a typing error (or 0001-01-01).
FIRST_YEAR, LAST_YEAR = 1949, 2100
URL_SCHEMES = ("http://", "https://")


class MetaError(ReadError):
    """A .meta.yml that cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class ReportMeta:
    """What is known about a report besides its text."""

    publisher: str = ""
    published: date | None = None
    source_url: str = ""
    province_hint: str | None = None
    note: str = ""
    title: str = ""
    # Bulletin pages: per-article publisher and source URL, keyed by article index.
    articles: dict[int, dict[str, str]] = field(default_factory=dict)


def meta_path(report: Path) -> Path:
    """The metadata file that belongs to a report file."""
    return report.with_name(report.stem + ".meta.yml")


# libyaml's parser, in C, where PyYAML has it: six times faster than Python's over the
# bundle's metadata (a seventh of a build's time per report went to reading it).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 20  # metadata nests two or three levels; the C composer recurses per level
_OPENS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSES = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def _load_yaml(text: str) -> object:
    """Safe YAML that refuses aliases (metadata never needs them, alias bombs use them) and
    deep nesting, both seen in one pass over the parser's events before anything is built."""
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent):
            raise MetaError("aliases (*name) are not allowed in metadata")
        if isinstance(event, _OPENS):
            depth += 1
            if depth > MAX_DEPTH:
                raise MetaError(f"lists or mappings nested deeper than {MAX_DEPTH} levels")
        elif isinstance(event, _CLOSES):
            depth -= 1
    return yaml.load(text, Loader=_LOADER)


def _text(data: dict, key: str, where: str = "") -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise MetaError(f"{where}{key} must be text, not {type(value).__name__}")
    text = str(value).strip()
    if len(text) > MAX_TEXT.get(key, 300):
        raise MetaError(f"{where}{key} is {len(text)} characters, over {MAX_TEXT.get(key, 300)}")
    return text


def _url(data: dict, key: str, where: str = "") -> str:
    url = _text(data, key, where)
    if url and not url.lower().startswith(URL_SCHEMES):
        raise MetaError(f"{where}{key} must start with http:// or https://: {url[:60]!r}")
    return url


def _published(value) -> date | None:
    day = _date(value)
    if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise MetaError(f"published {day} lies outside {FIRST_YEAR}–{LAST_YEAR}")
    return day


def _date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise MetaError(f"published must be a real date (YYYY-MM-DD), not {str(value)[:40]!r}")


@cache
def _provinces() -> dict[str, str]:
    """Short and full province names of the gazetteer → short name."""
    with PLACES_FILE.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["level"] == "province"]
    return {
        **{r["name"]: r["province"] for r in rows},
        **{r["province"]: r["province"] for r in rows},
    }


def _simplified(name: str) -> str:
    """A province's name in Simplified characters (OpenCC's t2s; names are short)."""
    import opencc

    return opencc.OpenCC("t2s").convert(name)


# A hint naming the whole country: national news or a round-up of several provinces, whose
# figures take their provinces from the text ("全国", "中国").
NATIONAL_HINTS = frozenset({"全国", "中国", "我国", "全国性", "national", "China"})


def _province(value) -> str | None:
    if value is None or value == "":
        return None
    name = str(value).strip()
    if name in NATIONAL_HINTS:
        return None
    if name in _provinces():
        return _provinces()[name]
    simplified = _simplified(name)  # "黑龍江" in a report kept in Traditional script
    if simplified in _provinces():
        return _provinces()[simplified]
    raise MetaError(f"province_hint {name[:40]!r} is not a province of the gazetteer")


def _articles(value) -> dict[int, dict[str, str]]:
    if value is None:
        return {}
    if not isinstance(value, list):
        raise MetaError(f"articles must be a list, not {type(value).__name__}")
    if len(value) > MAX_ARTICLES:
        raise MetaError(f"articles lists {len(value)} entries, over {MAX_ARTICLES}")
    out = {}
    for n, item in enumerate(value, start=1):
        where = f"articles entry {n}: "
        if not isinstance(item, dict):
            raise MetaError(f"{where}must be a mapping, not {type(item).__name__}")
        index = item.get("article")
        if not isinstance(index, int) or isinstance(index, bool) or not 1 <= index <= 10_000:
            raise MetaError(f"{where}article must be a whole number from 1, not {index!r}")
        out[index] = {
            "publisher": _text(item, "publisher", where),
            "source_url": _url(item, "source_url", where),
        }
    return out


def parse_meta(data: bytes) -> ReportMeta:
    """Metadata from the bytes of a .meta.yml; raise MetaError saying what is wrong."""
    try:
        loaded = _load_yaml(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise MetaError("the file is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        raise MetaError(f"not valid YAML: {' '.join(str(exc).split())[:200]}") from None
    except (ValueError, RecursionError) as exc:  # e.g. a date like 2024-02-30
        raise MetaError(f"a value cannot be read: {str(exc)[:200]}") from None
    if loaded is None:
        return ReportMeta()
    if not isinstance(loaded, dict):
        raise MetaError(f"must be a mapping of fields, not {type(loaded).__name__}")
    try:
        return _fields(loaded)
    except (ValueError, OverflowError):  # e.g. a 4,000-digit 0x… number as publisher
        raise MetaError("a value cannot be read (a number too long or out of range)") from None


def _fields(loaded: dict) -> ReportMeta:
    provinces = loaded.get("provinces")
    if isinstance(provinces, list):
        provinces = "、".join(str(p) for p in provinces if isinstance(p, str))
    _text({"provinces": provinces}, "provinces")
    return ReportMeta(
        publisher=_text(loaded, "publisher"),
        published=_published(loaded.get("published")),
        source_url=_url(loaded, "source_url"),
        province_hint=_province(loaded.get("province_hint")),
        note=_text(loaded, "note"),
        title=_text(loaded, "title"),
        articles=_articles(loaded.get("articles")),
    )


def read_meta(report: Path, root: Path | None = None) -> ReportMeta:
    """Read a report's metadata (empty when there is none); raise MetaError when it is bad.

    `root` is the reports folder: a metadata link leading out of it is refused.
    """
    path = meta_path(report)
    if not path.exists() and not path.is_symlink():
        return ReportMeta()
    try:
        data, _, _ = read_regular(path, MAX_META_BYTES, root)
        if len(data) < SANDBOX_FROM:
            return parse_meta(data)
        try:
            return run_limited(parse_meta, data, SANDBOX_SECONDS, SANDBOX_MEMORY)
        except SandboxError as exc:
            raise MetaError(str(exc)) from None
    except MetaError as exc:
        raise MetaError(f"{path.name}: {exc}") from None
    except ReadError as exc:
        raise MetaError(f"{path.name}: {exc}") from None
