"""Normalise report text (script, full-width characters, PDF layout) keeping an offset map.

Spans of figures point into the normalised text; `offsets[i]` is the raw index of normalised
character `i`, so a span can always be traced back to the file as it was published.
Extraction reads `text`, in Simplified characters; `shown` is the same text in the script the
report was published in, character for character, and is what is stored and quoted.
"""

from __future__ import annotations

import csv
import re
import statistics
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from etl.extraction.script import restore, to_simplified
from etl.paths import RADICALS_FILE

# Sentence-final marks: a line ending in one of these ends a paragraph, not a layout wrap.
TERMINAL = "。！？!?…"
_CLOSERS = "”’」』）)"
_SPACES = " \t\u3000\u00a0\u2002\u2003\u2009\u200b"
_WIDTH_MAP = {
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "．": ".",
    "％": "%",
    "\u3000": " ",
    "\u00a0": " ",
}


def _radicals() -> dict[str, str]:
    """Radical code points that PDF fonts emit for ordinary characters (⼈ → 人, ⺠ → 民)."""
    table = {chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
    with RADICALS_FILE.open(encoding="utf-8", newline="") as f:
        table.update({r["radical"]: r["ideograph"] for r in csv.DictReader(f)})
    return {k: v for k, v in table.items() if len(v) == 1}


_WIDTH_TABLE = str.maketrans({**{k: v for k, v in _WIDTH_MAP.items() if v != " "}, **_radicals()})
# Most reports hold none of the characters the table maps: one search in C says so, and the
# text is then not translated at all (translation looks every character up).
_NEEDS_WIDTH = re.compile("[" + re.escape("".join(sorted(map(chr, _WIDTH_TABLE)))) + "]")
_SPACE_RUN = re.compile(f"[{_SPACES}]+|\r")
_SPACE_OR_CR = re.compile(f"[{_SPACES}\r]")  # one character class: scanned in C
# Digits grouped by threes with a space or thin space between the groups, the way standard
# printing writes large numbers ("救助13 057人", "2 350万元"): one number. The last group must
# touch its unit, so columns of a table written as text ("甲镇 12 345") stay apart; decimals
# may follow it ("275 257.82元").
_DIGIT_GROUPS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[ \u2009\u00a0]\d{3})+(?:\.\d+)?(?=[\u4e00-\u9fff%])"
)
_GROUP_SPACE = re.compile(r"\d[ \u2009\u00a0]\d")


@dataclass(frozen=True)
class Normalised:
    """Normalised text with the raw offset of every character, in both scripts."""

    text: str
    offsets: tuple[int, ...]
    raw_length: int
    shown: str  # `text` in the report's own script, character for character

    def to_norm(self, raw_index: int) -> int:
        """The normalised position of the first character at or after `raw_index`."""
        return bisect_left(self.offsets, raw_index)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw range covered by the normalised range [start, end)."""
        raw_start = self.offsets[start] if start < len(self.offsets) else self.raw_length
        raw_end = self.offsets[end - 1] + 1 if end > start else raw_start
        return raw_start, raw_end


def is_cjk(ch: str) -> bool:
    """True for Chinese characters and full-width punctuation."""
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…·"


def _is_digitish(ch: str) -> bool:
    return ch.isascii() and (ch.isdigit() or ch in ".,%")


def is_layout_wrapped(raw: str) -> bool:
    """True when lines are cut to a column width (PDF-extracted text), not ended by sentences.

    Rows of a table (cells separated by tabs) are short by nature and say nothing of wrapping.
    Short lines alone are not enough: a list of headings and items ("对4967名农村五保对象：",
    "增发一个月的保障金") is short too, but only a column cuts most of its unfinished lines to
    about one width.
    """
    lines = [line.strip() for line in raw.splitlines() if line.strip() and "\t" not in line]
    if len(lines) < 8 or statistics.median(len(line) for line in lines) > 24:
        return False
    if any(len(line) > _COLUMN_WIDEST for line in lines):
        return False  # headings and items between whole paragraphs: no column is that wide
    unfinished = [len(line) for line in lines if not _ends_paragraph(line)]
    if len(unfinished) < _COLUMN_LINES_MIN:
        return True
    width = statistics.median(unfinished)
    at_width = sum(abs(n - width) <= _COLUMN_SLACK for n in unfinished)
    return at_width >= _COLUMN_SHARE * len(unfinished)


# A column's lines differ by a few half-width digits or letters; a paragraph's last line is
# shorter. Below this many unfinished lines the share says little, and short lines decide.
_COLUMN_SLACK = 3
# The widest line a page's column holds (two columns read across as one line included).
_COLUMN_WIDEST = 100
_COLUMN_SHARE = 0.5
_COLUMN_LINES_MIN = 8


def _ends_paragraph(prev: str) -> bool:
    tail = prev.rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in TERMINAL


def _drop_space(left: str, right: str, wrapped: bool, heading: bool = False) -> bool:
    """Whether a run of spaces between two characters is a layout artefact.

    In a heading a space parts two phrases ("…50多万人受灾 1213吨救助粮下拨"), even beside a
    number, where body text spaces numbers out for layout ("发放 30 万元").
    """
    if not left or not right:
        return True
    if (_is_digitish(left) and is_cjk(right)) or (is_cjk(left) and _is_digitish(right)):
        return not heading
    if wrapped:
        punct = (not left.isalnum() and is_cjk(left)) or (not right.isalnum() and is_cjk(right))
        return punct or not (left.isascii() and right.isascii())
    return False


def normalise(raw: str, keep_breaks: Iterable[int] = ()) -> Normalised:
    """Normalise raw report text; line breaks at `keep_breaks` raw positions are always kept.

    Layout decisions are taken on the Simplified text, which is aligned with `raw` character
    for character, so `offsets` hold for both `text` and `shown`.
    """
    original, raw = raw, to_simplified(raw)
    # The table maps one character to one character and never to a space or a line break,
    # so the whole text is mapped at once (if at all) and each line cut from it.
    mapped = raw.translate(_WIDTH_TABLE) if _NEEDS_WIDTH.search(raw) else raw
    wrapped = is_layout_wrapped(raw)
    hard = sorted(set(keep_breaks))
    out: list[str] = []
    offs: list[int] = []
    prev_line = ""
    gap: list[int] = []  # raw indices of newlines since the last non-blank line
    pos = 0
    lines = raw.split("\n")
    for k, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        body = line.rstrip("\r")
        if not body.strip(_SPACES):
            if start + len(line) < len(raw):
                gap.append(start + len(line))
            continue
        lead = len(body) - len(body.lstrip(_SPACES)) if wrapped else 0
        trail = len(body.rstrip(_SPACES)) if wrapped else len(body)
        if prev_line:
            _join(out, offs, gap, prev_line, body[lead:], wrapped, hard)
        elif not wrapped:
            for nl in gap:  # leading blank lines stay, so clean files keep their offsets
                out.append("\n")
                offs.append(nl)
        heading = not wrapped and _is_heading(lines, k)
        _emit_line(out, offs, mapped[start + lead : start + trail], start + lead, wrapped, heading)
        prev_line = body[lead:trail]
        gap = [start + len(line)] if start + len(line) < len(raw) else []
    if not wrapped:
        for nl in gap:
            out.append("\n")
            offs.append(nl)
    text, offsets = "".join(out), tuple(offs)
    return Normalised(text, offsets, len(raw), restore(original, raw, text, offsets))


def _join(out, offs, gap, prev_line, next_text, wrapped, hard) -> None:
    """Decide whether the line breaks between two lines are kept or were layout wraps."""
    lo, hi = (gap[0], gap[-1]) if gap else (0, -1)
    forced = bool(gap) and any(lo <= h <= hi + 1 for h in _window(hard, lo, hi + 1))
    if not wrapped or forced or _ends_paragraph(prev_line):
        for nl in gap[:2] if wrapped else gap:
            out.append("\n")
            offs.append(nl)
    elif prev_line[-1].isascii() and prev_line[-1].isalpha() and next_text[:1].isascii():
        out.append(" ")
        offs.append(gap[0])


def _window(hard: list[int], lo: int, hi: int) -> list[int]:
    i = bisect_left(hard, lo)
    found = []
    while i < len(hard) and hard[i] <= hi:
        found.append(hard[i])
        i += 1
    return found


_HEADING_MAX = 60  # the longest line read as a heading
_BODY_PUNCTUATION = re.compile("[，。；！？,;]")


def _is_heading(lines: list[str], k: int) -> bool:
    """A short line with no sentence punctuation standing alone above a blank line and more
    text: a headline, not a row of a table (rows follow one another without blank lines)."""
    line = lines[k].strip(_SPACES + "\r")
    if len(line) > _HEADING_MAX or _BODY_PUNCTUATION.search(line):
        return False
    before = k == 0 or _blank(lines[k - 1])
    after = k + 2 < len(lines) and _blank(lines[k + 1])
    return before and after and any(not _blank(rest) for rest in lines[k + 2 :])


def _blank(line: str) -> bool:
    return not line.strip(_SPACES + "\r")


def _group_separators(line: str) -> set[int]:
    """Positions of the spaces that group a number's digits by threes ("13 057人")."""
    return {
        m.start() + i
        for m in _DIGIT_GROUPS.finditer(line)
        for i, ch in enumerate(m.group(0))
        if ch in " \u2009\u00a0"
    }


def _emit_line(out, offs, text, start, wrapped, heading=False) -> None:
    """Append one line (full-width characters mapped) from raw index `start`: layout spaces
    dropped, offsets kept."""
    pos = 0
    # _SPACE_RUN is slow to try at every character: a line without spaces skips it.
    gaps = _SPACE_RUN.finditer(text) if _SPACE_OR_CR.search(text) else ()
    grouping = _group_separators(text) if _GROUP_SPACE.search(text) else set()
    for gap in gaps:
        if gap.start() > pos:
            out.append(text[pos : gap.start()])
            offs.extend(range(start + pos, start + gap.start()))
        pos = gap.end()
        if gap.group(0) == "\r" or gap.start() in grouping:
            continue
        left = out[-1][-1] if out and out[-1] != "\n" else ""
        right = text[pos] if pos < len(text) else ""
        if not _drop_space(left, right, wrapped, heading):
            kept = " " if wrapped else gap.group(0)
            out.append(kept)
            offs.extend(range(start + gap.start(), start + gap.start() + len(kept)))
    if pos < len(text):
        out.append(text[pos:])
        offs.extend(range(start + pos, start + len(text)))
