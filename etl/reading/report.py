"""Read a report file into text: exact decoding or a clear reason for rejecting it.

Plain text is decoded here; PDF, DOCX and HTML go through their readers in a child process
with a time and memory limit (etl/reading/sandbox.py), so no file can hang or sink a build.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from etl.reading.decode import ReadError, decode
from etl.reading.files import check_inside, read_regular
from etl.reading.sandbox import SandboxError, run_limited
from etl.reading.sniff import KIND_OF_SUFFIX, sniff

if TYPE_CHECKING:  # the HTML reader (and trafilatura) is imported only when a page is read
    from etl.reading.html import PageMeta

SUFFIXES = tuple(KIND_OF_SUFFIX)
# Reports are a few pages; anything far larger is a mistake or an attack.
MAX_BYTES = {"text": 10 << 20, "html": 10 << 20, "docx": 20 << 20, "pdf": 50 << 20}
_CJK_MIN_SHARE = 0.05


@dataclass(frozen=True)
class RawText:
    """Decoded report text with the facts of its file."""

    name: str
    text: str
    encoding: str
    sha256: str
    size: int
    page: PageMeta | None = None  # what an HTML page says of itself (title, date, site)


_SPACE = re.compile(r"\s")
_CJK = re.compile("[\u4e00-\u9fff]")


def _cjk_share(text: str) -> float:
    """The share of Chinese characters among the visible ones (counted in C by re)."""
    visible = len(text) - len(_SPACE.findall(text))
    return len(_CJK.findall(text)) / visible if visible else 0.0


def _reader(kind: str):
    from etl.reading.docx import read_docx
    from etl.reading.html import read_html
    from etl.reading.pdf import read_pdf

    return {"pdf": read_pdf, "docx": read_docx, "html": read_html}[kind]


def read_bytes(name: str, data: bytes) -> RawText:
    """Turn the bytes of a report named `name` into text, or raise ReadError with the reason."""
    suffix = Path(name).suffix.lower()
    claimed = KIND_OF_SUFFIX.get(suffix)
    if claimed is None:
        raise ReadError(
            f"unsupported file type '{suffix or '(none)'}': expected " + ", ".join(SUFFIXES)
        )
    if len(data) > MAX_BYTES[claimed]:
        raise ReadError(
            f"the file is {len(data) / 2**20:.0f} MB, over the "
            f"{MAX_BYTES[claimed] >> 20} MB limit for {claimed} reports"
        )
    if not data.strip():
        raise ReadError("the file is empty")
    actual = sniff(data[:2048], data if data.startswith(b"PK") else None)
    if actual in ("image", "zip", "binary"):
        what = {"image": "an image (a scan?)", "zip": "a zip archive", "binary": "binary data"}
        raise ReadError(f"the content is {what[actual]}, not a {claimed} report")
    if actual != claimed and not (claimed == "text" and actual == "html" and suffix == ".md"):
        raise ReadError(f"the name says {suffix} but the content is {actual.upper()}")
    page = None
    if claimed == "text":
        text, encoding = decode(data)
    else:
        try:
            text = run_limited(_reader(claimed), data)
        except SandboxError as exc:
            raise ReadError(str(exc)[:300]) from None
        if claimed == "html":
            text, page = text.text, text.meta
        encoding = claimed
    if _cjk_share(text) < _CJK_MIN_SHARE:
        raise ReadError("the text holds almost no Chinese characters: not a report")
    return RawText(name, text, encoding, hashlib.sha256(data).hexdigest(), len(data), page)


def read_report_file(path: Path, root: Path | None = None) -> tuple[RawText, int, int]:
    """Read one report file with the size and mtime of the content read; raise ReadError.

    Only a regular file inside `root` (when given) is read: pipes, devices and links out of
    the folder are refused, and a file changing while it is read is read again.
    """
    if root is not None:  # a link out of the folder is refused as such, whatever its name
        check_inside(path, root)
    kind = KIND_OF_SUFFIX.get(path.suffix.lower())
    if kind is None:
        return read_bytes(path.name, b""), 0, 0  # raises: unsupported file type
    try:
        data, size, mtime_ns = read_regular(path, MAX_BYTES[kind], root)
    except ReadError as exc:
        if "limit" in str(exc):
            raise ReadError(f"{exc} for {kind} reports") from None
        raise
    return read_bytes(path.name, data), size, mtime_ns


def read_report(path: Path) -> RawText:
    """Read one report file; raise ReadError naming the reason when it cannot be used."""
    return read_report_file(path)[0]
