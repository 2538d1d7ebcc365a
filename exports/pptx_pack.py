"""The briefing pack: a title slide, one slide per chart with its key numbers, the sources."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from exports.briefing import Briefing
from exports.images import render

CJK_FONT = "Microsoft YaHei"
SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
CITATIONS_PER_SLIDE = 12


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


def build_pack(brief: Briefing) -> bytes:
    """The PPTX bytes of a briefing pack."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    blank = deck.slide_layouts[6]

    cover = deck.slides.add_slide(blank)
    where = "、".join(brief.filters.provinces) if brief.filters.provinces else "全国"
    _text(
        cover,
        Inches(0.8),
        Inches(2.2),
        Inches(11.7),
        Inches(3),
        [
            (f"{where}冬季救助成效简报（{brief.season}季）", 36, True),
            (f"范围：{brief.scope.replace('_', ' · ')}", 18, False),
            (brief.filter_line, 16, False),
            (f"生成日期：{brief.generated.isoformat()}", 16, False),
        ],
    )

    for chart in brief.charts:
        slide = deck.slides.add_slide(blank)
        _text(slide, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8), [(chart.title, 26, True)])
        # Rendered at 900×600 so the chart's own text stays legible on the slide.
        png = render(chart.figure, "png", width=900, height=600, scale=2)
        wide = not chart.sentences
        picture = slide.shapes.add_picture(
            io.BytesIO(png), Inches(0.4), Inches(1.1), height=Inches(5.7)
        )
        if wide:
            picture.left = int((SLIDE_W - picture.width) / 2)
        else:
            _text(
                slide,
                Inches(9.0),
                Inches(1.6),
                Inches(4.0),
                Inches(4.8),
                [("要点", 20, True), *[(f"• {s}", 18, False) for s in chart.sentences]],
            )
        _text(
            slide,
            Inches(0.6),
            Inches(6.95),
            Inches(12.1),
            Inches(0.4),
            [(f"数据来源：{chart.source}", 11, False)],
        )

    rows = list(brief.citations.iter_rows(named=True)) if not brief.citations.is_empty() else []
    for start in range(0, max(len(rows), 1), CITATIONS_PER_SLIDE):
        slide = deck.slides.add_slide(blank)
        lines = [("数据来源", 26, True)]
        for r in rows[start : start + CITATIONS_PER_SLIDE]:
            published = r["published"].isoformat() if r["published"] else "日期不详"
            lines.append(
                (
                    f"{r['publisher'] or '—'}，{published}，《{r['title'] or r['doc']}》"
                    f"{'，' + r['source_url'] if r['source_url'] else ''}",
                    12,
                    False,
                )
            )
        if not rows:
            lines.append(("（范围内没有报告）", 14, False))
        _text(slide, Inches(0.6), Inches(0.4), Inches(12.1), Inches(6.8), lines)

    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
