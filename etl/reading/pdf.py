"""PDF text layer in reading order: columns left to right, full-width titles where they stand."""

from __future__ import annotations

import io
import logging
import re

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings are not the user's concern
_CID = re.compile(r"\(cid:\d+\)")
MIN_TEXT_CHARS = 20


def _ordered_boxes(page) -> list[str]:
    """Text boxes of a page ordered as a reader reads a bulletin page."""
    from pdfminer.layout import LTTextContainer

    width = page.width or 1
    boxes = [(b.x0, b.y0, b.x1, b.y1, b.get_text()) for b in page if isinstance(b, LTTextContainer)]
    wide = sorted((b for b in boxes if b[2] - b[0] > 0.6 * width), key=lambda b: -b[3])
    narrow = [b for b in boxes if b[2] - b[0] <= 0.6 * width]
    # Full-width boxes (headlines across columns) cut the page into bands read top to bottom.
    ordered: list[str] = []
    upper = float("inf")
    for cut_box in [*wide, None]:
        lower = cut_box[3] if cut_box else float("-inf")
        band = [b for b in narrow if lower <= (b[1] + b[3]) / 2 < upper]
        ordered += [b[4] for b in _by_columns(band, width)]
        if cut_box:
            ordered.append(cut_box[4])
            upper = cut_box[1]
    return ordered


def _by_columns(boxes: list[tuple], width: float) -> list[tuple]:
    """Boxes grouped into columns by their left edges, each column top to bottom."""
    columns: list[list[tuple]] = []
    for box in sorted(boxes, key=lambda b: b[0]):
        if columns and box[0] - min(b[0] for b in columns[-1]) < 0.15 * width:
            columns[-1].append(box)
        else:
            columns.append([box])
    return [b for column in columns for b in sorted(column, key=lambda b: -b[3])]


def read_pdf(data: bytes) -> str:
    """The text of a PDF; raises ValueError for encrypted, image-only or garbled files."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if b"%%EOF" not in data[-2048:]:
        raise ValueError("the PDF is truncated (no end-of-file marker)")
    try:
        pages = list(extract_pages(io.BytesIO(data), laparams=LAParams(line_margin=0.3)))
    except (PDFEncryptionError, PDFPasswordIncorrect):
        raise ValueError("the PDF is encrypted") from None
    except Exception as exc:
        raise ValueError(f"the PDF cannot be parsed ({type(exc).__name__})") from None
    # A blank line between text boxes keeps paragraphs (and headlines) apart for segmentation.
    text = "\n\n".join("\n".join(_ordered_boxes(page)) for page in pages)
    visible = re.sub(r"\s+", "", text)
    if len(visible) < MIN_TEXT_CHARS:
        raise ValueError("the PDF has no text layer (an image-only scan?)")
    garbled = len("".join(_CID.findall(visible))) + sum(
        1 for c in visible if c == "\ufffd" or "\ue000" <= c <= "\uf8ff"
    )
    if garbled > 0.2 * len(visible):
        raise ValueError("the PDF's text is garbled (fonts without a Unicode map)")
    return text
