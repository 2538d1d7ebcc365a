"""Parts of a web page's tree told apart before its main text is found: related-news lists
pasted into the article, and the articles of a page that lists several in full."""

from __future__ import annotations

import re
from functools import cache

import yaml

from etl.paths import CUES_FILE

# A sentence of some length: what data cells, menus and link lists do not hold.
SENTENCE = re.compile(r"[^。！？]{10,}[。！？]")
_HEADING_DRESS = "【】[]《》：:　 \t\n"
# What may stand beside the links of a link list: dates, times, separators, bullets.
_BESIDE_LINKS = re.compile(r"[\d\s\-/.:：年月日()（）\[\]【】·|•>»]")
_MAX_HEADLINE = 80
_BODY_SENTENCES = 2  # an article's body holds at least this many sentences
_BETWEEN = 2  # elements (info line, share bar) that may stand between headline and body
_BODY_TAGS = ("div", "section", "article", "td")
# More headed bodies than this is no listing of articles (and reading each would take long).
MAX_BLOCKS = 50


@cache
def _related_headings() -> frozenset[str]:
    with CUES_FILE.open(encoding="utf-8") as f:
        return frozenset(yaml.safe_load(f)["pages"]["related_headings"])


def text_of(element) -> str:
    """The visible text of an element, stripped."""
    return "".join(element.itertext()).strip()


def _is_link_list(element) -> bool:
    """True for an element that holds links and little else (dates, bullets)."""
    links = "".join("".join(a.itertext()) for a in element.iter("a")).strip()
    if not links:
        return False
    rest = text_of(element)
    for a in element.iter("a"):
        rest = rest.replace("".join(a.itertext()).strip(), "", 1)
    return len(_BESIDE_LINKS.sub("", rest)) <= 0.2 * len(links)


def _alone(element):
    """The outermost element holding `element` and nothing more (read in constant time per
    level, so a page of thousands of headings in one large container stays fast)."""
    block = element
    while (parent := block.getparent()) is not None and parent.getparent() is not None:
        if len(parent) != 1 or (parent.text or "").strip() or (block.tail or "").strip():
            break
        block = parent
    return block


def cut_related_lists(tree) -> None:
    """Remove each related-news heading (相关阅读 …) with the link list that follows it.

    Editors paste such lists into the article's own container, where trafilatura keeps them:
    their headlines, with figures of other reports, would join the article.
    """
    headings = _related_headings()
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue  # a comment, or already cut with its parent
        # the heading is the element's own text, so no subtree is read for most elements
        own = (element.text or "").strip(_HEADING_DRESS)
        if own not in headings or text_of(element).strip(_HEADING_DRESS) != own:
            continue
        block = _alone(element)
        following, lists = block.getnext(), 0
        while following is not None and _is_link_list(following):
            following, cut = following.getnext(), following
            cut.drop_tree()
            lists += 1
        if lists:  # a heading of the article's own that happens to read 相关信息 stays
            block.drop_tree()


def _body_after(block):
    """The container of sentences after a headline's block, past an info line or two."""
    body = block.getnext()
    for _ in range(_BETWEEN + 1):
        if body is None:
            return None
        if len(SENTENCE.findall(text_of(body))) >= _BODY_SENTENCES:
            return body if body.tag in _BODY_TAGS else None
        body = body.getnext()
    return None


def article_blocks(tree) -> list[tuple[str, object]]:
    """(headline, body element) of each article when a page lists two or more in full.

    An article here is a heading (h1–h3) followed by its own container of sentences. A single
    article gives [] (its page is read whole), and so do headings inside one article's body:
    section headings (一、基本情况) stand before paragraphs, not before containers of their own,
    and bodies that nest one another are one article.
    """
    found = []
    for heading in tree.iter("h1", "h2", "h3"):
        if len(found) > MAX_BLOCKS:
            return []
        title = text_of(heading)
        if not title or len(title) > _MAX_HEADLINE:
            continue
        body = _body_after(_alone(heading))
        if body is not None:
            found.append((" ".join(title.split()), body))
    bodies = {id(b) for _, b in found}
    nested = any(id(a) in bodies for _, b in found for a in b.iterancestors())
    return found if len(found) >= 2 and not nested else []
