"""What a file is, judged by its bytes rather than its name."""

from __future__ import annotations

import io
import zipfile

from etl.reading.decode import utf16_without_bom

KIND_OF_SUFFIX = {
    ".txt": "text",
    ".md": "text",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")


def sniff(head: bytes, data_for_zip: bytes | None = None) -> str:
    """pdf, docx, zip, html, image, binary or text, from the first bytes of a file."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if data_for_zip is not None and _is_docx(data_for_zip):
            return "docx"
        return "zip"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    lowered = stripped[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return "html"
    if (
        b"\x00" in head
        and not head.startswith((b"\xff\xfe", b"\xfe\xff"))
        and utf16_without_bom(head) is None
    ):
        return "binary"
    return "text"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
