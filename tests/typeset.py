"""Typeset report text the way reports arrive: a two-column PDF page, a DOCX, an HTML page."""

from __future__ import annotations

import html
import io
from pathlib import Path

from etl.extraction.normalise import normalise
from etl.extraction.segment import hard_breaks, segment
from tests.browser import CHROMIUM, CHROMIUM_ARGS


def paragraphs(raw: str) -> list[str]:
    """The report's paragraphs with the PDF layout of the source removed."""
    text = normalise(raw, hard_breaks(segment(raw))).text
    return [p.strip() for p in text.split("\n") if p.strip()]


def page_html(paras: list[str], columns: int = 2, site_chrome: bool = False) -> str:
    """An HTML bulletin page in columns; `site_chrome` adds navigation, a script and a footer."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    chrome = (
        "<nav>首页 | 新闻 | 联系我们 12345</nav><script>var total = '99999户';</script>",
        "<footer>版权所有 咨询电话 0451-88888888 访问量 30000人次</footer>",
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        "body{font-family:'Noto Sans CJK SC',sans-serif;font-size:11pt;margin:0}"
        f".cols{{column-count:{columns};column-gap:28px}} p{{margin:0 0 6px 0}}"
        f"</style></head><body>{chrome[0] if site_chrome else ''}"
        f"<article><div class='cols'>{body}</div></article>"
        f"{chrome[1] if site_chrome else ''}</body></html>"
    )


def pdf_bytes(paras: list[str], columns: int = 2) -> bytes:
    """A PDF with a text layer, typeset in columns by Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content(page_html(paras, columns))
        data = page.pdf(
            format="A4", margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"}
        )
        browser.close()
    return data


def docx_bytes(paras: list[str]) -> bytes:
    """A Word document with one paragraph per report paragraph."""
    import docx

    document = docx.Document()
    for p in paras:
        document.add_paragraph(p)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
