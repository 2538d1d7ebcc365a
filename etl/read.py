"""Read a report file into text: exact decoding or a clear reason for rejecting it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
MAX_BYTES = 64 * 1024 * 1024
_CJK_MIN_SHARE = 0.05


class ReadError(Exception):
    """A report that cannot be read; the message says why, in words an analyst can act on."""


@dataclass(frozen=True)
class RawText:
    """Decoded report text with the facts of its file."""

    name: str
    text: str
    encoding: str
    sha256: str
    size: int


def decode(data: bytes) -> tuple[str, str]:
    """Decode report bytes exactly (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030/GBK)."""
    if not data.strip():
        raise ReadError("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data:
        raise ReadError("the file holds binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # GB18030 is a superset of GBK and GB2312, the encodings government sites use.
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"the text is neither UTF-8 nor GB18030/GBK (undecodable byte at offset {exc.start})"
        ) from None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"the file declares {encoding} but byte {exc.start} is not valid {encoding}"
        ) from None


def _cjk_share(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    return sum("\u4e00" <= c <= "\u9fff" for c in visible) / len(visible)


def read_report(path: Path) -> RawText:
    """Read one report file; raise ReadError naming the reason when it cannot be used."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        raise ReadError(f"unsupported file type '{suffix or '(none)'}': expected .txt or .md")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(
                f"the file is {size / 2**20:.0f} MB, over the {MAX_BYTES >> 20} MB limit"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"the file cannot be opened: {exc.strerror or exc}") from None
    text, encoding = decode(data)
    if _cjk_share(text) < _CJK_MIN_SHARE:
        raise ReadError("the text holds almost no Chinese characters: not a report")
    return RawText(
        name=path.name,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
