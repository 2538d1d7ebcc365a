"""Report bytes to text, exactly: a known encoding or a clear reason for rejecting the file."""

from __future__ import annotations

import contextlib
import re
from functools import cache

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


class ReadError(Exception):
    """A report that cannot be read; the message says why, in words an analyst can act on."""


# A reading of GB18030-or-Big5 bytes is taken when this share of its non-ASCII characters are
# common ones, and when it beats the other reading by the margin; else the file is refused.
# Measured on 62 real reports: right readings 0.99-1.0, GB18030 readings of their Big5 bytes
# 0.34 at most; a list-like text with ①②★× still scores 0.87.
_PLAUSIBLE = 0.6
_MARGIN = 0.1
_SAMPLE = 100_000  # characters scored: the start of a file tells its encoding
_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·％－０１２３４５６７８９"


def decode(data: bytes) -> tuple[str, str]:
    """Decode report bytes exactly (UTF-8, with BOM, UTF-16 with BOM, GB18030/GBK, Big5)."""
    if not data.strip():
        raise ReadError("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data:
        if (encoding := utf16_without_bom(data)) is not None:
            return _strict(data, encoding), encoding
        raise ReadError("the file holds binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _gb_or_big5(data)


_UTF16_ASCII_MIN = 8  # the fewest ASCII characters (line breaks, digits) a UTF-16 text shows


def utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le or utf-16-be for text saved as UTF-16 with no byte-order mark (some Windows
    editors' "Unicode"): its line breaks, digits and ASCII punctuation put a NUL byte in every
    other place, and it reads as Chinese text without control characters. None otherwise."""
    head = data[: 2 * 4096]
    head = head[: len(head) // 2 * 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # ASCII characters are NUL on their high byte's side; a Chinese character rarely is (一)
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    high_side, low_side = max(even, odd), min(even, odd)
    if high_side < max(_UTF16_ASCII_MIN, len(head) // 80) or low_side * 2 > high_side:
        return None  # a few stray NULs, or as many on both sides: bytes, not UTF-16 text
    try:
        text = head.decode(encoding)
    except UnicodeDecodeError:
        return None
    if any(ch < " " and ch not in "\n\r\t" for ch in text) or not _cjk(text):
        return None
    return encoding


def _cjk(text: str) -> bool:
    """Whether a good share of the text is Chinese characters."""
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text) >= len(text) // 4


def _gb_or_big5(data: bytes) -> tuple[str, str]:
    """GB18030 (mainland sites) or Big5 (BIG5 mirrors, Hong Kong and Taiwan), by content.

    Big5 text decodes as GB18030 without an error, and GB text often as Big5, so when both
    decode, the reading whose characters are common Chinese characters wins.
    """
    _refuse_korean(data)
    readings: dict[str, str] = {}
    first_error = None
    # GB18030 is a superset of GBK and GB2312; Big5-HKSCS of Big5 (HK sites' extra characters).
    for encoding in ("gb18030", "big5", "big5hkscs"):
        if encoding == "big5hkscs" and "big5" in readings:
            break
        try:
            readings[encoding] = data.decode(encoding)
        except UnicodeDecodeError as exc:
            first_error = first_error if first_error is not None else exc.start
    if not readings:
        raise ReadError(
            "the text is neither UTF-8 nor GB18030/GBK nor Big5 "
            f"(undecodable byte at offset {first_error})"
        )
    scores = {encoding: _plausibility(text) for encoding, text in readings.items()}
    ranked = sorted(scores, key=scores.get, reverse=True)
    best = ranked[0]
    if scores[best] < _PLAUSIBLE:
        raise ReadError(
            f"the text is not UTF-8 and reads as no Chinese text in "
            f"{' or '.join(e.upper() for e in readings)} "
            f"({scores[best]:.0%} common characters as {best.upper()})"
        )
    if len(ranked) > 1 and scores[best] - scores[ranked[1]] < _MARGIN:
        raise ReadError(
            f"the text is not UTF-8 and reads as Chinese both in {best.upper()} and in "
            f"{ranked[1].upper()}: save it as UTF-8"
        )
    return readings[best], best


# Korean (EUC-KR/CP949) bytes of Hangul fall where GB2312's common characters lie, so such a
# text reads as plausible nonsense Chinese. Read as CP949, Korean is almost all Hangul; of the
# bundled reports' lines (20+ characters) in GB18030, the 61 that decode as CP949 at all came
# out 73% Hangul at most (no whole report decodes as CP949).
_HANGUL_SHARE = 0.9
_HANGUL_MIN = 20  # a few characters tell nothing (春节 in GB18030 is two Hangul syllables)


def _refuse_korean(data: bytes) -> None:
    """Raise ReadError when the bytes are Korean text (EUC-KR or CP949), not Chinese."""
    try:
        text = data[: _SAMPLE * 2].decode("cp949")
    except UnicodeDecodeError as exc:
        if exc.start < _SAMPLE * 2 - 1:  # a cut through the last character is no verdict
            return
        text = data[: exc.start].decode("cp949")
    wide = [c for c in text if not c.isascii() and not c.isspace()]
    hangul = sum("\uac00" <= c <= "\ud7a3" for c in wide)
    if hangul >= _HANGUL_MIN and hangul / len(wide) >= _HANGUL_SHARE:
        raise ReadError("the text is Korean (EUC-KR), not Chinese: not a report")


@cache
def _common_characters() -> frozenset[str]:
    """GB2312's level-1 and Big5's level-1 characters: the frequent ones in either script."""
    chars = set(_PUNCTUATION)
    for encoding, first, last, trails in (
        ("gb2312", 0xB0A1, 0xD7F9, range(0xA1, 0xFF)),
        ("big5", 0xA440, 0xC67E, [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
    ):
        for lead in range(first >> 8, (last >> 8) + 1):
            for trail in trails:
                if first <= (lead << 8 | trail) <= last:
                    with contextlib.suppress(UnicodeDecodeError):  # unassigned code points
                        chars.add(bytes((lead, trail)).decode(encoding))
    return frozenset(chars)


def _plausibility(text: str) -> float:
    """Share of the non-ASCII, non-space characters that are common Chinese ones."""
    common = _common_characters()
    wide = [c for c in text[:_SAMPLE] if not c.isascii() and not c.isspace()]
    return sum(c in common for c in wide) / len(wide) if wide else 0.0


def decode_html(data: bytes) -> str:
    """HTML bytes to text: the declared charset when it decodes, else as `decode` finds."""
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        name = "gb18030" if name in ("gb2312", "gbk", "gb18030") else name
        try:
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            text = None
        # Mirror sites keep a template's charset=gb2312 over Big5 bytes: such a reading is
        # mostly rare characters, so the bytes are judged as a text file's are.
        if text is not None and (name != "gb18030" or _plausibility(text) >= _PLAUSIBLE):
            return text
    return decode(data)[0]


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"the file declares {encoding} but byte {exc.start} is not valid {encoding}"
        ) from None
