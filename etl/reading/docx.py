"""DOCX paragraphs and tables as text, after checking the archive is not a zip bomb."""

from __future__ import annotations

import io
import zipfile

MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200


def check_archive(data: bytes) -> None:
    """Refuse archives that would unpack to far more than they weigh."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ValueError("the DOCX is not a readable zip archive") from None
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_UNPACKED or (unpacked / packed > MAX_RATIO and unpacked > 10 * 1024 * 1024):
        raise ValueError(f"the DOCX would unpack to {unpacked >> 20} MB (a zip bomb?)")


def read_docx(data: bytes) -> str:
    """Paragraph and table text of a Word document, in document order."""
    check_archive(data)
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ValueError(f"the DOCX cannot be opened ({type(exc).__name__})") from None
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        elif block.tag == qn("w:tbl"):
            for row in block.iter(qn("w:tr")):
                cells = [
                    "".join(t.text or "" for t in cell.iter(qn("w:t")))
                    for cell in row.iter(qn("w:tc"))
                ]
                lines.append("，".join(c for c in cells if c))
    return "\n".join(lines)
