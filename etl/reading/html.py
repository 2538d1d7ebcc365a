"""The article text of an HTML page and what the page says of itself (title, date, site).

Government and news sites put the article in a div among menus, breadcrumbs, view counters,
related-news lists and footers full of numbers; trafilatura finds the main text. The simple
parser below stays for pages where it finds none (a bare fragment) and for the page's own
declarations: its <meta> tags and the 发布时间 line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from html.parser import HTMLParser

# Imported here, in the parent, so the sandboxed children forked per page start with it.
import lxml.etree
import lxml.html
import opencc
import trafilatura

from etl.reading.decode import decode_html
from etl.reading.html_parts import SENTENCE, article_blocks, cut_related_lists

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
_T2S = opencc.OpenCC("t2s")
_CONVERTED = 100_000  # characters above the article searched in Simplified script


@dataclass(frozen=True)
class PageMeta:
    """What an HTML page says about itself; empty fields where it says nothing."""

    title: str = ""
    published: date | None = None
    site: str = ""
    # Where each article starts in the text, when the page lists several in full (else empty).
    articles: tuple[int, ...] = ()


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
        self.in_title = False
        self.title = ""  # the <title> tag's text ("标题_栏目_站点")

    def handle_starttag(self, tag, attrs):
        self.in_title = tag == "title" and not self.title
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
        self.in_title = False
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag == "article" and self.in_article:
            self.in_article -= 1
        if tag in BLOCK:
            self._emit("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if not self.skipping:
            self._emit(data)

    def _emit(self, text: str) -> None:
        self.chunks.append(text)
        if self.in_article:
            self.article_chunks.append(text)


# trafilatura writes a table row as "| 乡镇 | 慰问户数（户） |" ("\\|" inside a cell).
_TABLE_ROW = re.compile(r"^\|(.*)\|$")
_CELL_BAR = re.compile(r"(?<!\\)\|")


def _line(line: str) -> str:
    """One line with its spaces evened out; a table row as cells separated by tabs, the way
    tables stand in text reports (etl/extraction/tables.py reads them)."""
    line = re.sub(r"[ \t\u3000\xa0]+", " ", line).strip()
    row = _TABLE_ROW.match(line)
    if not row:
        return line
    cells = [c.strip().replace("\\|", "|") for c in _CELL_BAR.split(row.group(1))]
    return "\t".join(c for c in cells if c)


def _lines(text: str) -> str:
    lines = [_line(line) for line in text.splitlines()]
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
    # A headline taken from the <h1> has no site; the <title> tag still names it last.
    tag_parts = [p for p in _TITLE_PARTS.split(parser.title.strip()) if p]
    if not site and len(tag_parts) > 1 and len(tag_parts[0]) >= 4:
        site = tag_parts[-1]
    page = "".join(parser.chunks)
    start = extracted.text[:20] if extracted and extracted.text else ""
    above = page[: page.find(start)] if start and start in page else page
    # Big5 mirrors write the info line's labels in Traditional script (發佈時間, 來源): failing
    # the labels as written, they are looked for in Simplified script.
    published = (
        _date(_first(parser.metas, DATE_META))
        or _date(above, _OWN_DATE)
        or _date(_T2S.convert(above[:_CONVERTED]), _OWN_DATE)
    )
    return PageMeta(_lines(title or "").replace("\n", " "), published, (site or "").strip())


# A table cell holding more text than this is page layout, not data (old sites lay out pages
# in tables: menu row, article cell, related-news column, footer row). So is a cell holding a
# sentence (a short article) or a column of links: data cells hold names and numbers.
_LAYOUT_CELL_CHARS = 200
_LAYOUT_CELL_LINKS = 3
_TABLE_PARTS = "./tr | ./*/tr | ./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th | ./thead | ./tbody"


def _layout_cell(cell) -> bool:
    """True for a cell that lays out a page rather than holding a datum."""
    text = "".join(cell.itertext()).strip()
    return (
        len(text) > _LAYOUT_CELL_CHARS
        or bool(SENTENCE.search(text))
        or len(cell.xpath(".//a")) >= _LAYOUT_CELL_LINKS
    )


_BLOCKS = frozenset(BLOCK - {"br"})


def _paragraphs(cell) -> None:
    """Wrap a layout cell's loose lines (text between <br>s) in <p>s: as loose text beside
    its headline, a short article is taken for page furniture and only the footer is kept."""
    loose = (cell.text or "") + "".join(c.tail or "" for c in cell)
    if not SENTENCE.search(loose):
        return  # menus, info lines and link columns stay as they are
    children, text = list(cell), cell.text
    cell.text = None
    paragraph = lxml.html.Element("p")
    paragraph.text = text

    def close() -> None:
        nonlocal paragraph
        if len(paragraph) or (paragraph.text or "").strip():
            cell.append(paragraph)
        paragraph = lxml.html.Element("p")

    for child in children:
        tail, child.tail = child.tail, None
        if child.tag == "br" or child.tag in _BLOCKS:
            close()
            if child.tag != "br":
                cell.append(child)
            paragraph.text = tail
        else:
            paragraph.append(child)
            child.tail = tail
    close()


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
        if table.xpath(".//table") or any(_layout_cell(c) for c in cells):
            for element in (table, *parts):
                element.tag = "div"
            for cell in cells:
                _paragraphs(cell)
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
    tree = _without_layout_tables(html)
    blocks = []
    if not isinstance(tree, str):
        cut_related_lists(tree)
        # serialised before trafilatura prunes the tree it is given
        blocks = [(t, lxml.html.tostring(b, encoding="unicode")) for t, b in article_blocks(tree)]
    extracted = trafilatura.bare_extraction(
        tree,
        favor_precision=True,
        include_comments=False,
        include_tables=True,  # county-by-county tables carry figures
        deduplicate=False,
        with_metadata=True,
    )
    meta = page_meta(parser, extracted)
    if blocks:
        return _several(blocks, meta)
    text = _lines(extracted.text) if extracted and extracted.text else ""
    if not text:
        article = "".join(parser.article_chunks)
        text = article if len(re.sub(r"\s", "", article)) > 50 else "".join(parser.chunks)
        return HtmlPage(_lines(text), meta)
    return HtmlPage(text, meta)


def _several(blocks: list[tuple[str, str]], meta: PageMeta) -> HtmlPage:
    """The articles of a page listing several, each its headline line and then its body, with
    where each starts: articles split there, each with its own headline, place and figures."""
    parts, starts, at = [], [], 0
    for title, body in blocks:
        found = trafilatura.bare_extraction(
            body, include_comments=False, include_tables=True, deduplicate=False
        )
        text = _lines(found.text) if found and found.text else ""
        if not text:
            reader = _Text()
            reader.feed(body)
            reader.close()
            text = _lines("".join(reader.chunks))
        starts.append(at)
        parts.append(f"{title}\n{text}")
        at += len(parts[-1]) + 1
    return HtmlPage("\n".join(parts), replace(meta, articles=tuple(starts)))
