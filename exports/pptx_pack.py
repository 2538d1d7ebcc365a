"""The briefing pack: cover, findings, one chart per slide with its key points, the sources.

Every word on a slide is in the pack's language; the chart images carry no title of their own
(the slide's title says it once) and are drawn at a size where axis text reads at 12 pt.
"""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from exports.briefing import Briefing, Finding
from exports.images import render
from presentation.chart_views import for_slide
from presentation.charts import with_unit
from presentation.format import is_wide
from presentation.i18n import season_name

CJK_FONT = "Microsoft YaHei"
SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
CITATIONS_PER_SLIDE = 24  # one line each at SOURCE_PT
SOURCE_PT = 11
LINK_COLOR = "1F4E79"
# Rendered at 800×450 px and placed 8.8 in wide: a 15 px label prints at about 12 pt.
IMAGE_PX = (800, 450)
IMAGE_W = Inches(8.8)
WORDS = {
    "zh": {
        "cover": "{where}冬季救助成效简报（{when}）",
        "scope": "范围：{s}",
        "generated": "生成日期：{d}",
        "findings": "主要发现：各省最新数字与变化",
        "key_points": "要点",
        "source": "数据来源：{s}",
        "sources": "数据来源",
        "no_reports": "（范围内没有报告）",
        "no_date": "日期不详",
        "heads": ("省份", "指标", "最新数值", "救助季", "较上一报告季", "层级"),
        "season": "{s}季",
    },
    "en": {
        "cover": "Winter relief outcomes: {where} ({when})",
        "scope": "Scope: {s}",
        "generated": "Generated: {d}",
        "findings": "Findings: each province's latest figures and their change",
        "key_points": "Key points",
        "source": "Source: {s}",
        "sources": "Sources",
        "no_reports": "(no report in scope)",
        "no_date": "date unknown",
        "heads": ("Province", "Metric", "Latest value", "Season", "Change", "Level"),
        "season": "{s}",
    },
}


def _style(run, size: int, bold: bool = False, color: str = "222222") -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = CJK_FONT
    run.font.color.rgb = RGBColor.from_string(color)
    # East Asian typeface: without it PowerPoint picks a Latin font for Chinese text.
    rpr = run._r.get_or_add_rPr()
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = rpr.makeelement(qn("a:ea"), {})
        rpr.append(ea)
    ea.set("typeface", CJK_FONT)


def _text(slide, left, top, width, height, lines: list[tuple[str, int, bool]]) -> None:
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    for i, (text, size, bold) in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        _style(paragraph.add_run(), size, bold)
        paragraph.runs[0].text = text


FINDINGS_PT = 13
# column widths (in): the change says the most ("与2023季数字相差十倍以上，多为不同项目…")
FINDINGS_WIDTHS = (1.5, 2.1, 1.9, 1.0, 3.3, 2.5)
TABLE_TOP_IN, TABLE_ROOM_IN = 1.1, 6.1  # where the findings table starts, how tall it may grow
CELL_MARGIN_IN = 0.2  # a cell's left and right insets together


def _lines(text: str, width_in: float, pt: int) -> int:
    """The lines a cell's text takes: a Chinese character is one em wide, a Latin one half."""
    per_line = (width_in - CELL_MARGIN_IN) * 72 / pt
    ems = sum(1.0 if is_wide(ch) else 0.6 for ch in text)
    return max(1, -int(-ems // per_line))


def _row_height_pt(cells: tuple[str, ...]) -> float:
    """A findings row as tall as its longest cell: a viewer that does not grow rows to fit
    their text (LibreOffice) would cut the last line off."""
    lines = max(
        _lines(str(text), w, FINDINGS_PT) for text, w in zip(cells, FINDINGS_WIDTHS, strict=True)
    )
    return lines * FINDINGS_PT * 1.25 + 8


def _findings_rows(words: dict, findings: list[Finding], lang: str) -> list[list[tuple[str, ...]]]:
    """The findings' table rows, cut into slides whose tables fit under their title."""
    rows = [
        (
            f.province,
            f.label,
            f.value,
            words["season"].format(s=season_name(f.season, lang)),
            f.change,
            f.level,
        )
        for f in findings
    ]
    room = TABLE_ROOM_IN * 72 - _row_height_pt(words["heads"])
    slides: list[list[tuple[str, ...]]] = [[]] if rows else []
    used = 0.0
    for row in rows:
        height = _row_height_pt(row)
        if slides[-1] and used + height > room:
            slides.append([])
            used = 0.0
        slides[-1].append(row)
        used += height
    return slides


def _findings_slide(deck, blank, words: dict, rows: list[tuple[str, ...]]) -> None:
    slide = deck.slides.add_slide(blank)
    _text(
        slide, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8), [(words["findings"], 26, True)]
    )
    rows = [words["heads"], *rows]
    table = slide.shapes.add_table(
        len(rows), 6, Inches(0.5), Inches(TABLE_TOP_IN), Inches(12.3), Inches(0.4)
    ).table
    for i, width in enumerate(FINDINGS_WIDTHS):
        table.columns[i].width = Inches(width)
    for row, cells in enumerate(rows):
        table.rows[row].height = Pt(_row_height_pt(cells))
        for col, text in enumerate(cells):
            cell = table.cell(row, col)
            cell.text = ""
            _style(cell.text_frame.paragraphs[0].add_run(), FINDINGS_PT, bold=row == 0)
            cell.text_frame.paragraphs[0].runs[0].text = str(text)


def _sources_slide(slide, words: dict, rows: list[dict], lang: str) -> None:
    """One line per report: publisher, date and title, the title linked to the published page
    (a second line for the address would halve how many a slide holds)."""
    frame = slide.shapes.add_textbox(Inches(0.6), Inches(0.4), Inches(12.1), Inches(6.8)).text_frame
    frame.word_wrap = True
    heading = frame.paragraphs[0]
    _style(heading.add_run(), 26, bold=True)
    heading.runs[0].text = words["sources"]
    sep = "，" if lang == "zh" else ", "
    for r in rows:
        paragraph = frame.add_paragraph()
        published = r["published"].isoformat() if r["published"] else words["no_date"]
        lead = paragraph.add_run()
        _style(lead, SOURCE_PT)
        lead.text = f"{r['publisher'] or '—'}{sep}{published}{sep}"
        title = paragraph.add_run()
        _style(title, SOURCE_PT, color=LINK_COLOR if r["source_url"] else "222222")
        name = r["title"] or r["doc"]
        title.text = f"《{name}》" if lang == "zh" else f"“{name}”"
        if r["source_url"]:
            title.hyperlink.address = r["source_url"]
    if not rows:
        paragraph = frame.add_paragraph()
        _style(paragraph.add_run(), 14)
        paragraph.runs[0].text = words["no_reports"]


def build_pack(brief: Briefing) -> bytes:
    """The PPTX bytes of a briefing pack, in the language of its filters."""
    lang = brief.filters.lang
    words = WORDS[lang]
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    blank = deck.slide_layouts[6]

    cover = deck.slides.add_slide(blank)
    where, when = brief.scope.split(" · ")
    _text(
        cover,
        Inches(0.8),
        Inches(2.2),
        Inches(11.7),
        Inches(3),
        [
            (words["cover"].format(where=where, when=when), 36, True),
            (words["scope"].format(s=brief.scope), 18, False),
            (brief.filter_line, 16, False),
            (words["generated"].format(d=brief.generated.isoformat()), 16, False),
        ],
    )
    for rows in _findings_rows(words, brief.findings, lang):
        _findings_slide(deck, blank, words, rows)

    for chart in brief.charts:
        slide = deck.slides.add_slide(blank)
        # the unit and the filters the chart image leaves to its slide
        meta = chart.figure.layout.meta or {}
        title = with_unit(chart.title, meta.get("unit"), lang)
        _text(
            slide,
            Inches(0.5),
            Inches(0.3),
            Inches(12.3),
            Inches(1.0),
            [(title, 26, True), *([(chart.subtitle, 14, False)] if chart.subtitle else [])],
        )
        shown = for_slide(chart.figure, *IMAGE_PX, lang)
        png = render(shown, "png", width=IMAGE_PX[0], height=IMAGE_PX[1], scale=2)
        picture = slide.shapes.add_picture(
            io.BytesIO(png), Inches(0.4), Inches(1.45), width=IMAGE_W
        )
        if not chart.sentences:
            picture.left = int((SLIDE_W - picture.width) / 2)
        else:
            _text(
                slide,
                Inches(9.35),
                Inches(1.45),
                Inches(3.7),
                Inches(5.2),
                [
                    (words["key_points"], 18, True),
                    *[(f"• {s}", 12, False) for s in chart.sentences],
                ],
            )
        footer = [(words["source"].format(s=chart.source), 11, False)]
        if meta.get("filters"):
            footer.append((meta["filters"], 11, False))  # "筛选：…", as under the chart
        _text(slide, Inches(0.6), Inches(6.75), Inches(12.1), Inches(0.6), footer)

    rows = list(brief.citations.iter_rows(named=True)) if not brief.citations.is_empty() else []
    # as few slides as the limit needs, evenly filled: 13 sources are 7 + 6, not 12 + 1
    n_slides = max(1, -(-len(rows) // CITATIONS_PER_SLIDE))
    per_slide = max(1, -(-len(rows) // n_slides))
    for start in range(0, max(len(rows), 1), per_slide):
        _sources_slide(deck.slides.add_slide(blank), words, rows[start : start + per_slide], lang)

    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
