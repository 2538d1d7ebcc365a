"""Accept an uploaded report: checked by content and size, stored with its metadata."""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from etl.reading.meta import MetaError, parse_meta
from etl.reading.report import ReadError, read_bytes
from etl.reading.sniff import KIND_OF_SUFFIX

MAX_UPLOAD_BYTES = 50 << 20
MAX_ORIGINAL = 300  # characters of an uploaded name kept in the metadata
_SAFE = re.compile(r"[^\w\u4e00-\u9fff.-]+")
# File systems allow 255 bytes a name and a Chinese character takes 3 in UTF-8 (rarer ones 4):
# the stem stays short enough for "-<16 hex of the hash>.meta.yml" to follow it.
STEM_BYTES = 200


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
    stem = _SAFE.sub("_", stem).strip("._")[:80]
    stem = stem.encode("utf-8")[:STEM_BYTES].decode("utf-8", "ignore").strip("._") or "report"
    return f"{stem}{suffix.lower()}"


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


def _temporary(folder: Path, data: bytes) -> Path:
    """A hidden, synced file holding `data` (builds skip hidden files)."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _store_together(target: Path, data: bytes, meta: Path, meta_data: bytes) -> None:
    """Store a report and its metadata, both or neither; never over an existing file.

    os.link fails when the name exists (as O_EXCL does), and the metadata goes first, so a
    build never reads the report without its metadata.
    """
    temporaries = []
    try:
        temporaries.append(_temporary(target.parent, meta_data))
        temporaries.append(_temporary(target.parent, data))
        os.link(temporaries[0], meta)
        try:
            os.link(temporaries[1], target)
        except BaseException:
            meta.unlink(missing_ok=True)
            raise
    finally:
        for tmp in temporaries:
            tmp.unlink(missing_ok=True)
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """One upload at a time per folder: the name check and the writes form one step."""
    fd = os.open(folder, os.O_RDONLY | os.O_CLOEXEC)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _stems(folder: Path) -> set[str]:
    """Stems in use: a report's stem names its metadata, whatever the report's suffix."""
    out = set()
    for name in os.listdir(folder):
        out.add(name[: -len(".meta.yml")] if name.endswith(".meta.yml") else Path(name).stem)
    return out


def _same_content(path: Path, digest: str) -> bool:
    try:
        return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == digest
    except OSError:
        return False


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
    """Check an upload by its content and store it in `reports` with its .meta.yml.

    A name whose stem is taken by another report (of any suffix) gets the content's hash
    added, so no upload replaces another report or its metadata.
    """
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
    stem, suffix = os.path.splitext(clean)
    meta = {
        "publisher": publisher,
        "published": published,
        "source_url": source_url,
        "province_hint": province or None,
        "note": "uploaded by an analyst",
        **({"title": title} if title else {}),
        "sha256": digest,
    }
    original = Path(name.replace("\\", "/")).name
    if original != clean:  # the name as uploaded, where the stored one had to change it
        meta["uploaded_as"] = original[:MAX_ORIGINAL].encode("utf-8", "replace").decode()
    meta_data = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False).encode("utf-8")
    try:
        parse_meta(meta_data)  # what a build would refuse is refused now
    except MetaError as exc:
        return Intake(clean, False, f"metadata: {exc}")
    try:
        reports.mkdir(parents=True, exist_ok=True)
        with _folder_lock(reports):
            candidates = [stem, f"{stem}-{digest[:8]}", f"{stem}-{digest[:16]}"]
            if any(_same_content(reports / f"{c}{suffix}", digest) for c in candidates):
                return Intake(clean, False, "this report is already loaded (same content)")
            taken = _stems(reports)
            free = next((c for c in candidates if c not in taken), None)
            if free is None:
                return Intake(clean, False, "a report of this name is already stored")
            target = reports / f"{free}{suffix}"
            _store_together(target, data, reports / f"{free}.meta.yml", meta_data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Intake(clean, False, f"the report could not be stored: {reason}")
    return Intake(target.name, True, path=target)
