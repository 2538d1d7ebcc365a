"""Reports as they arrive: PDF in columns, DOCX, HTML with site chrome, encodings."""

from __future__ import annotations

import re

import pytest

from etl.extraction.pipeline import process_file, process_text
from etl.paths import REPORTS_DIR
from etl.reading.decode import ReadError, decode
from etl.reading.meta import ReportMeta
from etl.reading.report import read_bytes
from etl.reading.sandbox import SandboxError, run_limited
from tests.browser import CHROMIUM
from tests.typeset import docx_bytes, page_html, paragraphs, pdf_bytes

SEED = REPORTS_DIR / "2024-01-30-gongyi-bulletin.txt"
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="PDFs are typeset by Chromium")


def figure_keys(doc) -> list[tuple]:
    return sorted(
        (f.article, f.metric, f.value, f.unit, f.qualifier, f.status, f.province)
        for f in doc.figures
    )


@pytest.fixture(scope="module")
def seed_paragraphs() -> list[str]:
    return paragraphs(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_figures() -> list[tuple]:
    return figure_keys(process_file(SEED))


@needs_chromium
@pytest.mark.parametrize("columns", [2, 3])
def test_seed_bulletin_as_a_column_pdf_yields_the_same_figures(
    columns, seed_paragraphs, seed_figures
):
    raw = read_bytes("bulletin.pdf", pdf_bytes(seed_paragraphs, columns))
    assert raw.encoding == "pdf"
    assert figure_keys(process_text(raw, ReportMeta())) == seed_figures


def test_seed_bulletin_as_a_docx_yields_the_same_figures(seed_paragraphs, seed_figures):
    raw = read_bytes("bulletin.docx", docx_bytes(seed_paragraphs))
    doc = process_text(raw, ReportMeta())
    assert figure_keys(doc) == seed_figures
    assert [a.province for a in doc.articles] == ["黑龙江", "青海", "湖南", "辽宁"]


def test_html_page_gives_the_article_without_scripts_styles_or_navigation(
    seed_paragraphs, seed_figures
):
    page = page_html(seed_paragraphs, site_chrome=True)
    raw = read_bytes("bulletin.html", page.encode("utf-8"))
    assert "var total" not in raw.text and "首页" not in raw.text and "版权所有" not in raw.text
    assert figure_keys(process_text(raw, ReportMeta())) == seed_figures


def test_gbk_html_page_with_a_declared_charset_decodes_exactly():
    body = (
        "<html><head><meta charset='gbk'></head><body><p>发放取暖救助资金1.37亿元</p></body></html>"
    )
    raw = read_bytes("page.html", body.encode("gbk"))
    assert "发放取暖救助资金1.37亿元" in raw.text


def test_pdf_fonts_radical_code_points_become_ordinary_characters():
    from etl.extraction.normalise import normalise

    assert normalise("⼈⺠群众⾛访⼾数⻓期⻔⼝").text == "人民群众走访户数长期门口"


def _sentences() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(REPORTS_DIR.glob("*.txt")))
    parts = [s.strip() + "。" for s in re.split(r"[。\n]", text) if len(s.strip()) >= 12]
    return parts[:200]


def test_two_hundred_real_sentences_decode_exactly_in_every_encoding():
    sentences = _sentences()
    assert len(sentences) == 200
    for sentence in sentences:
        encodings = [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b"")]
        try:
            sentence.encode("gbk")
            encodings.append(("gbk", b""))
        except UnicodeEncodeError:
            pass  # e.g. 侴 is outside GBK; GB18030 covers it
        for encoding, prefix in encodings:
            assert decode(prefix + sentence.encode(encoding))[0] == sentence, (encoding, sentence)


def _sleep_forever(data: bytes) -> str:
    import time

    time.sleep(60)
    return ""


def _eat_memory(data: bytes) -> str:
    hog = [bytearray(64 << 20) for _ in range(64)]  # 4 GiB
    return str(len(hog))


def test_a_reader_that_hangs_is_stopped_and_named():
    with pytest.raises(SandboxError, match="longer than 1 s"):
        run_limited(_sleep_forever, b"", seconds=1)


def test_a_reader_that_eats_memory_is_stopped():
    with pytest.raises(SandboxError):
        run_limited(_eat_memory, b"", seconds=20, memory=256 << 20)


def test_docx_zip_bomb_is_refused(tmp_path):
    from tests.malformed import docx_zip_bomb

    with pytest.raises(ReadError, match="zip bomb"):
        read_bytes("bomb.docx", docx_zip_bomb())
