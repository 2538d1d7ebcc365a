"""Accept an uploaded report: checked by content and size, stored with its metadata."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from etl.reading.report import ReadError, read_bytes
from etl.reading.sniff import KIND_OF_SUFFIX

MAX_UPLOAD_BYTES = 50 << 20
_SAFE = re.compile(r"[^\w\u4e00-\u9fff.-]+")


@dataclass(frozen=True)
class Intake:
    """The outcome of one upload: stored (with its path) or refused (with the reason)."""

    name: str
    accepted: bool
    reason: str = ""
    path: Path | None = None


def safe_name(name: str) -> str:
    """A file name without folders or characters a file system would object to."""
    base = Path(name.replace("\\", "/")).name
    stem, suffix = os.path.splitext(base)
    stem = _SAFE.sub("_", stem).strip("._") or "report"
    return f"{stem[:80]}{suffix.lower()}"


def page_metadata(name: str, data: bytes):
    """Title, date and site name of an uploaded HTML page (to pre-fill its metadata), or None.

    The page is read as a report is (by content, in the sandbox); a page that cannot be read
    gives None here and its reason when it is stored.
    """
    if KIND_OF_SUFFIX.get(Path(name).suffix.lower()) != "html" or len(data) > MAX_UPLOAD_BYTES:
        return None
    try:
        return read_bytes(safe_name(name), data).page
    except ReadError:
        return None


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def accept(
    name: str,
    data: bytes,
    reports: Path,
    publisher: str = "",
    published: date | None = None,
    source_url: str = "",
    province: str = "",
    title: str = "",
) -> Intake:
    """Check an upload by its content and store it in `reports` with its .meta.yml."""
    clean = safe_name(name)
    if len(data) > MAX_UPLOAD_BYTES:
        return Intake(
            clean,
            False,
            f"the file is {len(data) >> 20} MB, over the {MAX_UPLOAD_BYTES >> 20} MB upload limit",
        )
    try:
        read_bytes(clean, data)
    except ReadError as exc:
        return Intake(clean, False, str(exc))
    digest = hashlib.sha256(data).hexdigest()
    reports.mkdir(parents=True, exist_ok=True)
    target = reports / clean
    if target.exists():
        if hashlib.sha256(target.read_bytes()).hexdigest() == digest:
            return Intake(clean, False, "this report is already loaded (same content)")
        stem, suffix = os.path.splitext(clean)
        target = reports / f"{stem}-{digest[:8]}{suffix}"
    meta = {
        "publisher": publisher,
        "published": published,
        "source_url": source_url,
        "province_hint": province or None,
        "note": "uploaded by an analyst",
        **({"title": title} if title else {}),
        "sha256": digest,
    }
    _write_atomically(
        target.with_name(target.stem + ".meta.yml"),
        yaml.safe_dump(meta, allow_unicode=True, sort_keys=False).encode("utf-8"),
    )
    _write_atomically(target, data)
    return Intake(target.name, True, path=target)
