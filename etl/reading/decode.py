"""Report bytes to text, exactly: a known encoding or a clear reason for rejecting the file."""

from __future__ import annotations

import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


class ReadError(Exception):
    """A report that cannot be read; the message says why, in words an analyst can act on."""


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


def decode_html(data: bytes) -> str:
    """HTML bytes to text: the declared charset when it decodes, else UTF-8, else GB18030."""
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        name = "gb18030" if name in ("gb2312", "gbk", "gb18030") else name
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)[0]


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"the file declares {encoding} but byte {exc.start} is not valid {encoding}"
        ) from None
