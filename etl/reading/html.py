"""The article text of an HTML page and what the page says of itself (title, date, site).

Government and news sites put the article in a div among menus, breadcrumbs, view counters,
related-news lists and footers full of numbers; trafilatura finds the main text. The simple
parser below stays for pages where it finds none (a bare fragment) and for the page's own
declarations: its <meta> tags and the 发布时间 line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

# Imported here, in the parent, so the sandboxed children forked per page start with it.
import lxml.etree
import lxml.html
import trafilatura

from etl.reading.decode import decode_html

SKIP = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
}
BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
    "pre",
    "table",
    "ul",
    "ol",
    "dd",
    "dt",
}
VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"}
# <meta name=…> tags that government sites (and Open Graph) use for an article's facts.
TITLE_META = ("articletitle", "og:title")
DATE_META = ("pubdate", "publishdate", "article:published_time", "firstpublishedtime")
SITE_META = ("sitename", "og:site_name")
_DATE = r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
# A date the page states as its own: after a label, or just before the 来源 of the info line.
_OWN_DATE = re.compile(
    rf"(?:发布时间|发布日期|发稿时间|发表时间|时间|日期)\s*[:：]\s*{_DATE}"
    rf"|{_DATE}[日\s\d:]*?\s*来源\s*[:：]"
)


_TITLE_PARTS = re.compile(r"\s*(?:_|\||｜|\s-\s|\s—\s)\s*")


_ANY_DATE = re.compile(_DATE)


@dataclass(frozen=True)
class PageMeta:
    """What an HTML page says about itself; empty fields where it says nothing."""

    title: str = ""
    published: date | None = None
    site: str = ""


@dataclass(frozen=True)
class HtmlPage:
    """The main text of a page and its metadata (the headline is `meta.title`)."""

    text: str
    meta: PageMeta = field(default_factory=PageMeta)


class _Text(HTMLParser):
    """Collects visible text by block; no recursion, so nesting depth cannot exhaust the stack."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping: list[str] = []
        self.chunks: list[str] = []
        self.in_article = 0
        self.article_chunks: list[str] = []
        self.metas: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            named = dict(attrs)
            key = (named.get("name") or named.get("property") or "").strip().lower()
            if key and named.get("content") and key not in self.metas:
                self.metas[key] = named["content"].strip()
        if tag in SKIP and tag not in VOID:
            self.skipping.append(tag)
        elif tag == "article":
            self.in_article += 1
        if tag in BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag):
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag == "article" and self.in_article:
            self.in_article -= 1
        if tag in BLOCK:
            self._emit("\n")

    def handle_data(self, data):
        if not self.skipping:
            self._emit(data)

    def _emit(self, text: str) -> None:
        self.chunks.append(text)
        if self.in_article:
            self.article_chunks.append(text)


def _lines(text: str) -> str:
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str:
    return next((metas[k] for k in keys if metas.get(k)), "")


def _date(text: str, pattern: re.Pattern = _ANY_DATE) -> date | None:
    found = pattern.search(text or "")
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups() if g)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def page_meta(parser: _Text, extracted) -> PageMeta:
    """Title, date and site name as the page declares them.

    The date is the page's own (a <meta> tag or the 发布时间 line above the article), never one
    guessed from the page: trafilatura's date search takes a related-news item's date on a
    page without one, and a 活动时间 in the article is not the date it was published.
    """
    title = (extracted.title if extracted else "") or _first(parser.metas, TITLE_META)
    site = (extracted.sitename if extracted else "") or _first(parser.metas, SITE_META)
    # <title>标题_栏目_站点</title>: the headline is the first part, the site the last.
    parts = [p for p in _TITLE_PARTS.split(title or "") if p]
    if len(parts) > 1 and len(parts[0]) >= 4:
        title, site = parts[0], site or parts[-1]
    page = "".join(parser.chunks)
    start = extracted.text[:20] if extracted and extracted.text else ""
    above = page[: page.find(start)] if start and start in page else page
    published = _date(_first(parser.metas, DATE_META)) or _date(above, _OWN_DATE)
    return PageMeta(_lines(title or "").replace("\n", " "), published, (site or "").strip())


# A table cell holding more text than this is page layout, not data (old sites lay out pages
# in tables: menu row, article cell, related-news column, footer row).
_LAYOUT_CELL_CHARS = 200
_TABLE_PARTS = "./tr | ./*/tr | ./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th | ./thead | ./tbody"


def _without_layout_tables(html: str):
    """The page as a tree whose layout tables are divs, so the main text can be told apart.

    trafilatura keeps tables whole: a page laid out in one would come back with its menus,
    related-news column and footer. Data tables (short cells, none nested) stay tables.
    """
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.LxmlError):
        return html  # trafilatura parses it its own way
    for table in list(tree.iter("table")):
        parts = table.xpath(_TABLE_PARTS)
        cells = [p for p in parts if p.tag in ("td", "th")]
        if table.xpath(".//table") or any(
            len("".join(c.itertext()).strip()) > _LAYOUT_CELL_CHARS for c in cells
        ):
            for element in (table, *parts):
                element.tag = "div"
    return tree


def read_html(data: bytes) -> HtmlPage:
    """The page's main text, and its title, date and site name.

    The main text is trafilatura's; a page where it finds none is read as before: the visible
    text of its <article> if it has one, else of the whole body.
    """
    html = decode_html(data)
    parser = _Text()
    parser.feed(html)
    parser.close()
    extracted = trafilatura.bare_extraction(
        _without_layout_tables(html),
        favor_precision=True,
        include_comments=False,
        include_tables=True,  # county-by-county tables carry figures
        deduplicate=False,
        with_metadata=True,
    )
    meta = page_meta(parser, extracted)
    text = _lines(extracted.text) if extracted and extracted.text else ""
    if not text:
        article = "".join(parser.article_chunks)
        text = article if len(re.sub(r"\s", "", article)) > 50 else "".join(parser.chunks)
        return HtmlPage(_lines(text), meta)
    return HtmlPage(text, meta)
