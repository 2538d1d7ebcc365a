"""One report from file to figures: read → normalise → segment → extract."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from etl.extraction.context import mask_quoted
from etl.extraction.extract import extract_article
from etl.extraction.normalise import normalise
from etl.extraction.periods import campaign_season, infer_published
from etl.extraction.places import gazetteer, infer_province
from etl.extraction.placing import Located, article_place, named_places
from etl.extraction.segment import hard_breaks, segment
from etl.model import Article, Document
from etl.reading.meta import ReportMeta, read_meta
from etl.reading.report import RawText, read_report

_QUOTED = re.compile(r"“([^“”\n]{2,30})”")
_CAMPAIGN_WORDS = (
    "暖",
    "慰问",
    "救助",
    "帮扶",
    "慈善",
    "敲门",
    "关爱",
    "新春",
    "两节",
    "补贴",
    "补助",
)


def campaign_name(title: str, body: str) -> str:
    """The campaign an article reports on, as its quoted name (“暖心敲门”, “迎新春送温暖”)."""
    for text in (title, body):
        for name in _QUOTED.findall(text):
            if any(w in name for w in _CAMPAIGN_WORDS):
                return name
    found = _QUOTED.findall(title)
    return found[0] if found else ""


def _clean_title(raw_title: str) -> str:
    return normalise(raw_title).text.replace("\n", "").strip()


def process_text(raw: RawText, meta: ReportMeta) -> Document:
    """Normalise, segment and extract one decoded report."""
    located = segment(raw.text)
    norm = normalise(raw.text, hard_breaks(located))
    text = norm.text
    masked = mask_quoted(text)
    published = meta.published or infer_published(raw.name, text)
    doc = Document(
        name=raw.name,
        text=text,
        sha256=raw.sha256,
        published=published,
        publisher=meta.publisher,
        source_url=meta.source_url,
        province_hint=meta.province_hint,
    )
    for index, loc in enumerate(located, start=1):
        start, end = norm.to_norm(loc.body_start), norm.to_norm(loc.body_end)
        title = " ".join(_clean_title(t) for t in loc.titles)
        body = text[start:end]
        g = gazetteer()
        in_title, in_body = g.mentions(title), g.mentions(body)
        province = infer_province(
            [(in_title, 2.0), (g.mentions(loc.attribution), 2.0), (in_body, 1.0)],
            meta.province_hint,
        )
        full = g.full_province_name(province) if province else None
        lead_end = next((i for i, ch in enumerate(body) if ch in "。！？\n"), len(body))
        attribution = loc.attribution
        governing = article_place(
            named_places(title, 0, len(title), in_title, province),
            named_places(body, 0, lead_end, in_body, province),
            named_places(attribution, 0, len(attribution), g.mentions(attribution), province),
            full,
        )
        if governing is None and full:
            governing = Located(full, "province")
        article = Article(
            index=index,
            start=start,
            end=end,
            title=title,
            attribution=loc.attribution,
            province=province,
            place=governing.name if governing else None,
            level=governing.level if governing else None,
            campaign=campaign_name(title, body),
            season=campaign_season(title + body[:300], published),
        )
        doc.articles.append(article)
        places = [replace(m, start=m.start + start, end=m.end + start) for m in in_body]
        names = named_places(text, start, end, places, province)
        doc.figures.extend(
            extract_article(raw.name, text, masked, article, names, governing, published)
        )
    return doc


def process_file(path: Path) -> Document:
    """Read and process one report file (raises ReadError when it cannot be read)."""
    return process_text(read_report(path), read_meta(path))
