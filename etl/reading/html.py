"""The article text of an HTML page: scripts, styles and navigation left out."""

from __future__ import annotations

import re
from html.parser import HTMLParser

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


class _Text(HTMLParser):
    """Collects visible text by block; no recursion, so nesting depth cannot exhaust the stack."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping: list[str] = []
        self.chunks: list[str] = []
        self.in_article = 0
        self.article_chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
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


def read_html(data: bytes) -> str:
    """Visible text of the page's <article> if it has one, else of the whole body."""
    parser = _Text()
    parser.feed(decode_html(data))
    parser.close()
    article = "".join(parser.article_chunks)
    text = article if len(re.sub(r"\s", "", article)) > 50 else "".join(parser.chunks)
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
