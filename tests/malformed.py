"""A corpus of malformed report files: each must be rejected with a reason, none may hang."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from tests.typeset import docx_bytes

SEED_TEXT = "走访摸排困难群众30801名，发放救助资金134237元。（据黑龙江省民政厅）"


def docx_zip_bomb(unpacked_mb: int = 300) -> bytes:
    """A DOCX whose document part unpacks to hundreds of MB of nothing."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(unpacked_mb):
                part.write(chunk)
    return buffer.getvalue()


def encrypted_pdf(valid_pdf: bytes) -> bytes:
    """The same PDF encrypted with a user password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(valid_pdf)))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_only_pdf() -> bytes:
    """A PDF page that holds only an image (a scan): no text layer."""
    from PIL import Image

    image = Image.new("RGB", (400, 300), "white")
    out = io.BytesIO()
    image.save(out, "PDF")
    return out.getvalue()


def garbled_pdf(valid_pdf: bytes) -> bytes:
    """The PDF with its fonts' Unicode maps disabled (same length, so offsets stay valid)."""
    return valid_pdf.replace(b"/ToUnicode", b"/ToUnicodX")


def write_corpus(folder: Path, valid_pdf: bytes | None, seed: int = 11) -> list[Path]:
    """Write 300+ malformed files into `folder`; return their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}
    for i in range(100):
        size = rng.choice([1, 7, 100, 4096, 65536])
        suffix = rng.choice([".txt", ".md", ".pdf", ".docx", ".html"])
        files[f"random-{i}{suffix}"] = rng.randbytes(size) + b"\0"
    if valid_pdf:
        for i in range(80):
            cut = rng.randint(10, len(valid_pdf) - 200)
            files[f"truncated-{i}.pdf"] = valid_pdf[:cut]
        files["encrypted.pdf"] = encrypted_pdf(valid_pdf)
        files["garbled-cid.pdf"] = garbled_pdf(valid_pdf)
        files["pdf-named.txt"] = valid_pdf
        files["pdf-named.docx"] = valid_pdf
    for i in range(5):
        files[f"scan-{i}.pdf"] = image_only_pdf()
    files["zip-bomb.docx"] = docx_zip_bomb()
    good_docx = docx_bytes([SEED_TEXT])
    for i in range(40):
        cut = rng.randint(5, len(good_docx) - 20)
        files[f"truncated-{i}.docx"] = good_docx[:cut]
    files["docx-named.pdf"] = good_docx
    files["docx-named.html"] = good_docx
    files["nested.html"] = (
        "<html><body>" + "<div>" * 10_000 + "deep" + "</div>" * 10_000 + "</body></html>"
    ).encode()
    files["script-only.html"] = (
        b"<html><body><script>var x = '30801\xe5\x90\x8d';</script></body></html>"
    )
    files["huge-single-line.txt"] = b"x" * (50 << 20)
    files["huge-chinese-line.txt"] = ("困难群众" * ((50 << 20) // 12)).encode()
    for i, suffix in enumerate([".txt", ".md", ".pdf", ".docx", ".html", ".htm"]):
        files[f"empty-{i}{suffix}"] = b""
        files[f"blank-{i}{suffix}"] = b" \n\t\n"
    files["png-named.txt"] = b"\x89PNG\r\n\x1a\n" + rng.randbytes(500)
    files["jpeg-named.pdf"] = b"\xff\xd8\xff\xe0" + rng.randbytes(500)
    files["zip-named.docx"] = _plain_zip()
    files["english.txt"] = b"Quarterly report of the department. Nothing in Chinese. " * 20
    files["latin1.txt"] = "Caf\xe9 r\xe9sum\xe9 na\xefve \xa3100".encode("latin-1") * 10
    files["bad-bom.txt"] = b"\xef\xbb\xbf" + b"\xff\xfe\xfd" * 10
    files["report.exe"] = b"MZ\x90\x00" + rng.randbytes(200)
    files["report.doc"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(200)
    files["no-suffix"] = SEED_TEXT.encode()
    for i in range(60):
        text = SEED_TEXT.encode("utf-8")
        cut = rng.randint(1, len(text) - 1)
        # a UTF-8 text cut inside a character, followed by bytes invalid in GB18030 too
        files[f"cut-utf8-{i}.txt"] = text[:cut] + bytes([0x80 | rng.randint(0, 63), 0xFF])
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def _plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("readme.txt", "not a word document")
    return buffer.getvalue()
