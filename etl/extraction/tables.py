"""Tables written as text: a header of labelled columns, then one row per place.

    乡镇    慰问户数（户）    慰问金（元）
    东岭镇  120              36000

Normalising the text keeps the tabs between numbers but may glue a row's name to its first
number ("东岭镇120\\t36000"), so a row is read as a name followed by tab-separated numbers.
Each number becomes a mention with the unit and magnitude of its column; its metric comes
from the cue words of the column's header, as a clause's would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from etl.extraction.cues import cues, raw_cues
from etl.extraction.mentions import Mention

_CELL_SPLIT = re.compile(r"\t+| {2,}|\u3000+")
_BRACKETED = re.compile(r"[（(]([^（）()]{1,4})[）)]\s*$")
_ROW = re.compile(r"^(?P<name>[^\d\t]*?)\s*(?P<nums>\d[\d.,]*(?:[\t ]+\d[\d.,]*)*)\s*$")


@dataclass(frozen=True)
class Cell:
    """A number of a table row, as a mention, with its column's metric."""

    mention: Mention
    metric: str
    total: bool  # the row is the table's total (合计)


@cache
def _vocab() -> tuple[dict[str, str], tuple[str, ...]]:
    data = raw_cues()["tables"]
    return dict(data["units"]), tuple(data["total_rows"])


def _column(header: str) -> tuple[str, int] | None:
    """(unit, magnitude) of a header cell, or None when it names no counted unit."""
    units, _ = _vocab()
    header = header.strip()
    m = _BRACKETED.search(header)
    word = (
        m.group(1)
        if m
        else next((u for u in sorted(units, key=len, reverse=True) if header.endswith(u)), None)
    )
    if word is None or word not in units:
        return None
    return units[word], 10_000 if word.startswith("万") else 1


def _metric(header: str, unit: str) -> str | None:
    """The metric a column counts, from the cue words of its header cell."""
    c = cues()
    if unit in ("households", "household_visits"):
        return "households_reached"
    if unit == "items":
        return "items_distributed"
    words = c.money_verbs + c.money_nouns if unit == "yuan" else c.person_verbs + c.person_nouns
    hit = next((w for w in words if w.word in header), None)
    return hit.target if hit else None


def table_cells(text: str, lo: int, hi: int) -> list[Cell]:
    """The numbers of every table written as text inside text[lo:hi]."""
    cells: list[Cell] = []
    if all(text.find(gap, lo, hi) < 0 for gap in ("\t", "  ", "\u3000")):
        return cells  # no line splits into cells: no header, so no table
    _, totals = _vocab()
    pos = lo
    columns: list[tuple[str, str, int] | None] | None = None
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        line = text[pos:end]
        parts = _CELL_SPLIT.split(line.strip())
        if len(parts) >= 2 and not any(ch.isdigit() for ch in line):
            found = [(_column(p), p) for p in parts[1:]]
            columns = [(p, *col) if col else None for col, p in found]
            columns = columns if any(columns) else None
        elif columns is not None and (row := _ROW.match(line)):
            nums = list(re.finditer(r"\d[\d.,]*", line[row.start("nums") :]))
            if len(nums) != len(columns):
                columns = None
            else:
                name = row.group("name").strip()
                for n, col in zip(nums, columns, strict=True):
                    if col is None:
                        continue
                    header, unit, magnitude = col
                    metric = _metric(header, unit)
                    if metric is None:
                        continue
                    start = pos + row.start("nums") + n.start()
                    value = float(n.group(0).replace(",", "")) * magnitude
                    if value <= 0:
                        continue
                    mention = Mention(start, start + len(n.group(0)), value, unit, False)
                    cells.append(Cell(mention, metric, name in totals))
        else:
            columns = None
        pos = end + 1
    return cells
