"""XLSX workbooks: figures (numbers stored as numbers, 万/亿 formats), summary, sources, notes."""

from __future__ import annotations

import io
from datetime import date, datetime

import polars as pl
import xlsxwriter

from etl.units import UNIT_SUFFIX
from presentation.columns import COLUMNS
from presentation.format import is_wide

# Field → Chinese header (the one vocabulary of presentation/columns.py); the contract id
# follows so the sheet can be read back by machine.
FIELD_LABELS = {
    f: COLUMNS[f]["zh"]
    for f in ("doc", "article", "metric", "value", "unit", "qualifier", "status", "province",
              "place", "period_start", "period_end", "quote", "span", "season", "cumulative",
              "publisher", "published", "article_title", "source_url", "figure_id")
}  # fmt: skip
FIGURE_SHEET, SUMMARY_SHEET, SOURCES_SHEET, NOTES_SHEET = "数据明细", "汇总", "来源", "说明"
MAX_CELL = 32_767  # Excel keeps at most this many characters in a cell
CUT_MARK = "…〔截断 truncated〕"


def header(field: str) -> str:
    """'数值 value': the Chinese label, then the field id; a header already written for
    readers (省份, Province) stays as it is."""
    if field not in FIELD_LABELS:
        return field
    return f"{FIELD_LABELS[field]} {field}"


def field_of(header_text: str) -> str:
    """The field id of a header written by `header`."""
    return header_text.rsplit(" ", 1)[-1]


def number_format(value: float | None, unit: str | None) -> str:
    """A display format that writes the stored number as officials do (53.6万户, 3.50亿元,
    134,237元): in 万 or 亿 only where that shows it whole (a cell that displays 20.3万 for
    202,500 would no longer be the number to compute with)."""
    # a unit code (yuan) or a unit already written for readers (元)
    suffix = UNIT_SUFFIX.get(unit or "", unit if unit in UNIT_SUFFIX.values() else "")
    # The point is a literal (\.) inside a number scaled by the commas. Excel reads "\." and
    # "!." alike; LibreOffice reads only the backslash (it shows "61000!.0万元" for the other).
    if value is not None and abs(value) >= 1e8 and value % 1e6 == 0:
        return f'0\\.00,,"亿{suffix}"'
    if value is not None and abs(value) >= 1e5 and value % 1e3 == 0:
        return f'0\\.0,"万{suffix}"'
    decimals = "" if value is None or float(value).is_integer() else ".00"
    return f'#,##0{decimals}"{suffix}"'


class _Formats:
    """xlsxwriter formats, created once per workbook and style."""

    def __init__(self, book: xlsxwriter.Workbook):
        self.book = book
        self.cache: dict[str, object] = {}
        self.head = book.add_format(
            {"bold": True, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top", "border": 1}
        )
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.text = book.add_format({"text_wrap": False})
        # a table's text wraps in its column (a long English name is not cut off on paper)
        self.cell = book.add_format({"text_wrap": True, "valign": "top"})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.truncated = 0  # cells cut to Excel's limit, named in the notes sheet

    def number(self, num_format: str):
        if num_format not in self.cache:
            self.cache[num_format] = self.book.add_format({"num_format": num_format})
        return self.cache[num_format]


def _write_cell(sheet, row: int, col: int, value, fmt: _Formats, num_format: str | None = None):
    if value is None:
        sheet.write_blank(row, col, None)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value, fmt.number(num_format) if num_format else None)
    elif isinstance(value, datetime | date):
        sheet.write_datetime(row, col, datetime(value.year, value.month, value.day), fmt.date)
    elif isinstance(value, list | tuple):
        text = "[" + ", ".join(str(v) for v in value) + "]"
        sheet.write_string(row, col, _fit(text, fmt), fmt.cell)
    else:
        # write_string: text is never read as a formula, whatever it starts with.
        sheet.write_string(row, col, _fit(str(value), fmt), fmt.cell)


def _fit(text: str, fmt: _Formats) -> str:
    """Text cut to Excel's cell limit with a visible mark (Excel would cut it silently)."""
    if len(text) <= MAX_CELL:
        return text
    fmt.truncated += 1
    return text[: MAX_CELL - len(CUT_MARK)] + CUT_MARK


COLUMN, WIDE_COLUMN = 14, 40  # column widths in characters
WIDE_COLUMNS = ("quote", "article_title", "source_url", "原文", "文章标题", "来源链接", "Quote")
A4_LANDSCAPE_WIDTH = 130  # about the characters of width an A4 landscape page prints at 100%


def _text_width(text: str) -> int:
    """A text's width in Excel's character units: a Chinese character takes two."""
    return sum(2 if is_wide(ch) else 1 for ch in text)


def _content_width(column: pl.Series, header: str) -> int:
    """A column as wide as its longest value or header, between COLUMN and WIDE_COLUMN: a
    wrapped cell's row does not grow when the file is printed, and its lines overlap the next."""
    longest = max((_text_width(str(v)) for v in column.head(2000) if v is not None), default=0)
    return max(COLUMN, min(WIDE_COLUMN, max(longest, _text_width(header)) + 2))


def _write_frame(
    sheet,
    frame: pl.DataFrame,
    fmt: _Formats,
    headers: list[str],
    value_unit: tuple[str, str] | None = None,
    heading: list[str] | None = None,
) -> None:
    """The frame as a table under its header row; `heading` lines (a chart's title, source and
    filters) stand above it, so the sheet says what it holds when printed or sent alone."""
    top = 0
    if heading:
        for r, line in enumerate(heading):
            sheet.write_string(r, 0, line, fmt.title if r == 0 else fmt.text)
        top = len(heading) + 1
    for col, name in enumerate(headers):
        sheet.write_string(top, col, name, fmt.head)
    columns = frame.columns
    for r, row in enumerate(frame.iter_rows(), start=top + 1):
        for c, value in enumerate(row):
            num_format = None
            if value_unit and columns[c] == value_unit[0]:
                unit = (
                    row[columns.index(value_unit[1])] if value_unit[1] in columns else value_unit[1]
                )
                num_format = number_format(value, unit)
            _write_cell(sheet, r, c, value, fmt, num_format)
    sheet.freeze_panes(top + 1, 0)
    if frame.height:
        sheet.autofilter(top, 0, top + frame.height, len(headers) - 1)
    widths = [
        WIDE_COLUMN if name in WIDE_COLUMNS else _content_width(frame[name], header)
        for name, header in zip(columns, headers, strict=False)
    ]
    for c, width in enumerate(widths):
        sheet.set_column(c, c, width)
    # printed for a briefing: A4 landscape with the header on each page, one page wide while
    # that keeps the text at half its size or more (a chart's seasons, the sources); the
    # widest figures sheets print across pages at full size instead
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.repeat_rows(top)
    if sum(widths) <= 2 * A4_LANDSCAPE_WIDTH:
        sheet.fit_to_pages(1, 0)


def to_xlsx_bytes(
    figures: pl.DataFrame,
    citations: pl.DataFrame,
    notes: list[tuple[str, str]],
    summary: pl.DataFrame | None = None,
    summary_unit: str | None = None,
    value_unit: tuple[str, str] | None = ("value", "unit"),
    sheets: tuple[str, str, str, str] = (FIGURE_SHEET, SUMMARY_SHEET, SOURCES_SHEET, NOTES_SHEET),
    summary_first: bool = False,
    summary_heading: list[str] | None = None,
) -> bytes:
    """A workbook with the figures, a summary matching the chart, sources and notes.

    `value_unit` names the value and unit columns that get 万/亿 formats; `summary_first`
    opens a chart's workbook on the chart's own data, under `summary_heading` lines.
    """
    figure_sheet, summary_sheet, sources_sheet, notes_sheet_name = sheets
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    fmt = _Formats(book)
    has_summary = summary is not None and not summary.is_empty()
    if has_summary and summary_first:
        summary_sheet_obj = book.add_worksheet(summary_sheet)
    sheet = book.add_worksheet(figure_sheet)
    _write_frame(sheet, figures, fmt, [header(c) for c in figures.columns], value_unit)
    if has_summary:
        value_column, unit_column = value_unit or ("", "")
        value_column = value_column if value_column in summary.columns else None
        unit_key = unit_column if unit_column in summary.columns else (summary_unit or "")
        _write_frame(
            summary_sheet_obj if summary_first else book.add_worksheet(summary_sheet),
            summary,
            fmt,
            [header(c) for c in summary.columns],
            (value_column, unit_key) if value_column else None,
            summary_heading,
        )
    _write_frame(
        book.add_worksheet(sources_sheet), citations, fmt, [header(c) for c in citations.columns]
    )
    notes_sheet = book.add_worksheet(notes_sheet_name)
    notes_sheet.set_column(0, 0, 18)
    notes_sheet.set_column(1, 1, 100)
    if fmt.truncated:
        notes = [
            *notes,
            (
                "截断 truncated",
                f"{fmt.truncated} 个单元格超过 Excel 每格 {MAX_CELL:,} 字符的上限，已截断并标注"
                f"“{CUT_MARK}”；CSV 导出保留全文。 {fmt.truncated} cell(s) exceeded Excel's "
                f"{MAX_CELL:,}-character limit and were cut (marked {CUT_MARK}); the CSV export "
                "keeps the full text.",
            ),
        ]
    for r, (key, text) in enumerate(notes):
        notes_sheet.write_string(r, 0, key, fmt.head)
        notes_sheet.write_string(r, 1, _fit(text, fmt))
    book.close()
    return buffer.getvalue()


def read_figures_sheet(data: bytes) -> pl.DataFrame:
    """Read the figures sheet back with field ids as column names."""
    frame = pl.read_excel(io.BytesIO(data), sheet_name=FIGURE_SHEET)
    return frame.rename({c: field_of(c) for c in frame.columns})
