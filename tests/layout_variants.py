"""Copies of reports as files really arrive: PDF column wrapping and GB18030 encoding."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path


def wrap_like_pdf(text: str, rng: random.Random) -> str:
    """Cut paragraphs into 12-16 character lines, with stray spaces around Arabic digits and
    blank lines between paragraphs dropped at random, as PDF text extraction leaves them."""
    text = re.sub(
        r"(?<=[\u4e00-\u9fff])(\d[\d.,]*)",
        lambda m: (" " if rng.random() < 0.5 else "") + m.group(1),
        text,
    )
    text = re.sub(
        r"(\d)(?=[\u4e00-\u9fff])", lambda m: m.group(1) + (" " if rng.random() < 0.3 else ""), text
    )
    lines: list[str] = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            if rng.random() < 0.5:
                lines.append("")
            continue
        i = 0
        while i < len(para):
            n = rng.randint(12, 16)
            lines.append(para[i : i + n])
            i += n
    return "\n".join(lines) + "\n"


def write_variants(docs: list[Path], target: Path, seed: int = 7) -> dict[str, Path]:
    """Write wrapped (UTF-8) and GB18030 copies of `docs`, each with its `.meta.yml`; return
    the two folders."""
    rng = random.Random(seed)
    folders = {kind: target / kind for kind in ("wrapped", "gb18030")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        text = doc.read_text(encoding="utf-8")
        (folders["wrapped"] / doc.name).write_text(wrap_like_pdf(text, rng), encoding="utf-8")
        (folders["gb18030"] / doc.name).write_bytes(text.encode("gb18030"))
        meta = doc.with_suffix(".meta.yml")
        if meta.exists():  # a report arrives with its provenance beside it
            for folder in folders.values():
                shutil.copyfile(meta, folder / meta.name)
    return folders
