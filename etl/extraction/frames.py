"""Enumeration frames: a colon heading followed by slots ("…情况为：甲镇2户10人，25380元；…").

A frame is the text after a colon up to the end of its sentence, holding at least two slots
separated by semicolons (or line breaks). Its head is the sentence before the colon, extended
to the sentence before it when it states no figure, and the section heading above the
paragraph. A slot inside a frame counts a part of what the head counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from etl.extraction.cues import raw_cues

_COLONS = "：:"
_SLOT_MARKS = "；;"
_SENTENCE_END = "。！？!?\n"
# A frame runs to its sentence's end, or to a blank line or the end of the range.
_FRAME_END = re.compile(r"[。！？!?]|\n(?=\n|\Z)")


@dataclass(frozen=True)
class Frame:
    """An enumeration: slots in [start, end), its head in [head_start, head_end)."""

    start: int
    end: int
    head_start: int
    head_end: int
    heading: str  # the section heading line above the paragraph, if any


@dataclass(frozen=True)
class _Vocab:
    programmes: tuple[str, ...]
    metrics: dict[str, str]
    heading_max: int


@cache
def _vocab() -> _Vocab:
    data = raw_cues()["frames"]
    return _Vocab(
        tuple(sorted(data["programmes"], key=len, reverse=True)),
        dict(data["programme_metrics"]),
        int(data["heading_max_chars"]),
    )


def _sentence_start(text: str, pos: int, lo: int) -> int:
    while pos > lo and text[pos - 1] not in _SENTENCE_END:
        pos -= 1
    return pos


def _heading_above(text: str, paragraph_start: int, lo: int) -> str:
    """The short line just above a paragraph, when it reads as a section heading."""
    if paragraph_start <= lo:
        return ""
    end = paragraph_start - 1
    while end > lo and text[end - 1] == "\n":
        end -= 1
    start = text.rfind("\n", lo, end) + 1
    line = text[max(start, lo) : end].strip()
    if 0 < len(line) <= _vocab().heading_max and not any(ch in line for ch in "。，；,;"):
        return line
    return ""


def find_frames(text: str, lo: int, hi: int) -> list[Frame]:
    """The enumeration frames of text[lo:hi]."""
    frames = []
    pos = lo
    while True:
        colon = min((i for i in (text.find(c, pos, hi) for c in _COLONS) if i >= 0), default=-1)
        if colon < 0:
            return frames
        stop = _FRAME_END.search(text, colon + 1, hi)
        end = stop.start() if stop else hi
        body = text[colon + 1 : end]
        pos = colon + 1
        semicolons = any(m in body for m in _SLOT_MARKS)
        if not (semicolons or _comma_slots(body)) or not any(ch.isdigit() for ch in body):
            continue
        head_start = _sentence_start(text, colon, lo)
        if not semicolons and not any(ch.isdigit() for ch in text[head_start:colon]):
            continue  # a comma list splits only a total its head states ("共发放304个：…")
        if not any(ch.isdigit() for ch in text[head_start:colon]) and head_start > lo:
            previous = _sentence_start(text, head_start - 1, lo)
            if text[head_start - 1] != "\n":
                head_start = previous
        paragraph = text.rfind("\n", lo, head_start)
        paragraph = lo if paragraph < 0 else paragraph + 1
        frames.append(Frame(colon + 1, end, head_start, colon, _heading_above(text, paragraph, lo)))


# A slot of a comma list: a name, then a count and its measure word ("武川新村学校61个").
_NAMED_COUNT = re.compile(r"[^\d，,。；;：:]{2,16}\d+(?:\.\d+)?[^\d，,。；;：:]{1,3}")
_MIN_COMMA_SLOTS = 3


def _comma_slots(body: str) -> bool:
    """Whether the text after a colon is a comma list of named counts and nothing else
    ("武川新村学校61个，水川白茨滩小学50个，…"): slots like those between semicolons."""
    items = [item.strip() for item in re.split(r"[，,]", body.strip().rstrip("。"))]
    return len(items) >= _MIN_COMMA_SLOTS and all(_NAMED_COUNT.fullmatch(i) for i in items)


def frame_of(frames: list[Frame], pos: int) -> Frame | None:
    """The frame holding position `pos`, if any."""
    return next((f for f in frames if f.start <= pos < f.end), None)


def programme_metric(frame: Frame, text: str, unit: str, title: str = "") -> str | None:
    """The metric a slot of `unit` counts when the head, the section heading or the title
    names an aid programme."""
    v = _vocab()
    head = text[frame.head_start : frame.head_end] + frame.heading + title
    if any(p in head for p in v.programmes):
        return v.metrics.get(unit)
    return None
