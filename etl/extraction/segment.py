"""Split a report into articles: bodies end with an attribution, titles stand before or after.

A bulletin page carries several articles. Each body ends with its attribution line
`（据黑龙江省民政厅）`; a headline stands either before its body or after its attribution,
and a page keeps one habit. Between two bodies there may be two headlines (the previous
article's, then the next one's), each a block of short lines without sentence punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from etl.extraction.cues import alternation, raw_cues
from etl.extraction.normalise import is_layout_wrapped

ATTRIBUTION = re.compile(
    r"[（(][ \t\u3000]*据[ \t\u3000]*([^（）()。，\n]{1,40}(?:\n[^（）()。，\n]{0,40})?)[）)]"
)
# A headline may exclaim ("1126.6万元！慰问金发放到位！") or name its subject before one colon
# ("桂东：寒冬送温暖"), but holds no other sentence marks.
_SENTENCE_MARKS = set("，。；？,;?:")
_EXCLAMATIONS = set("！!")
# A line naming a reporter or an editor is a byline, not a headline.
_BYLINE_WORDS = tuple(raw_cues()["segment"]["byline_words"])
# A line opening with a photo's caption mark under a headline ("（图）李会长到某地…") is
# neither headline nor body, as a dateline is not.
_CAPTION_OPENERS = tuple(raw_cues()["segment"]["caption_openers"])
# A paragraph opening another news item of a bulletin ("又讯 1月18日，…").
_NEXT_ITEM = re.compile(
    rf"^[ \t\u3000]*(?:{alternation(raw_cues()['segment']['next_item_openers'])})", re.M
)
_MAX_TITLE_LINE = 40
_MAX_TITLE_CHARS = 80
# A dateline under a headline ("大连日报 2019-02-01", "2025-01-15 黑龙江", "时间：2024-02-23
# 09:03 来源：某报"): neither headline nor body, skipped.
_DATELINE = re.compile(
    r"[^，。；！？\d]{0,16}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[ \t\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    # a paper's page line: "某报 2015年01月07日 星期三 00001版：一版要闻"
    r"(?:[ \t\u3000]*星期[一二三四五六日天])?(?:[ \t\u3000]*第?\d{1,5}版)?"
    r"[^，。；！？\d]{0,16}"
)
# A date inside a byline line ("信息来源：某乡 作者：某某 发布时间：2021-12-21").
_DATE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")
# … and so are the original headline of a repost ("原标题：…") and a paper's section line
# ("泉州晚报 · 某区专题").
_SOURCE_LINE = re.compile(
    r"原标题[：:].*|[^，。；！？]{0,16}(?:报|网)\s*[·•]\s*[^，。；！？]{0,20}"
)
# The report's first line is its headline even with one comma between two phrases
# ("助残暖冬送关怀,城步残联开展…"), after an exclamation ("5200份礼包送来年味！某区慈善…"), and
# up to _MAX_FIRST_LINE characters; a body line holds more, or opens with a date ("1月25日，…").
_TWO_PHRASES = re.compile(
    r"(?!(?:\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"  # not a dateline's sentence
    r"[^，,。；！？!?]{4,}(?:[！!][^，,。；！？!?]{4,})?"
    r"(?:[，,][^，,。；！？!?\d]{4,})?[！!]?"
)
_MAX_FIRST_LINE = 50
_CLAUSE_MARK = re.compile(r"[，,。；;！？!?：:]")


@dataclass
class RawArticle:
    """An article located in the raw text: body range, title pieces and attribution."""

    body_start: int
    body_end: int
    titles: list[str] = field(default_factory=list)
    attribution: str = ""
    title_ranges: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Chunk:
    start: int
    end: int
    attribution: str
    title_blocks: list[list[tuple[int, int]]]
    body_start: int | None


def _lines(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in raw[start:end], blank lines included."""
    spans, pos = [], start
    while pos < end:
        nl = raw.find("\n", pos, end)
        stop = end if nl < 0 else nl
        spans.append((pos, stop))
        pos = stop + 1
    return spans


_QUOTED = re.compile(r"“[^”\n]{0,30}”")
# The part of a quotation a line opens and does not close, or closes without opening.
_WRAPPED_QUOTATION = re.compile(r"“[^”“\n]{0,30}$|^[^“”\n]{0,30}”")


# A numbered section heading ("一、社会救助工作扎实有力", "（二）…") opens the body.
_SECTION_NUMBER = re.compile(r"[（(]?[一二三四五六七八九十]{1,2}[、）)]")


def _is_title_line(text: str) -> bool:
    text = text.strip()
    if _SECTION_NUMBER.match(text):
        return False
    unquoted = _QUOTED.sub("", text)  # a campaign's name may hold a comma: “博爱一日捐，温暖…”
    # … also where the layout wrapped it over two lines ("…“公益在黔行，" / "温暖在寒冬”活动…")
    unquoted = _WRAPPED_QUOTATION.sub("", unquoted)
    return (
        0 < len(text) <= _MAX_TITLE_LINE
        # "心系弱困，情暖新春——陇东镇开展…": a headline with a dashed subtitle may hold a comma
        and not (_SENTENCE_MARKS - ({"，"} if "——" in text else set())).intersection(unquoted)
        and not (_EXCLAMATIONS.intersection(text) and text.startswith(("“", '"', "「")))
        and not text.endswith(("、", "："))
        and not any(w in text for w in _BYLINE_WORDS)  # "大河报·豫视频记者 蔡君彦"
        and text.count("：") <= 1
        and not ATTRIBUTION.match(text)
    )


def _leading_titles(
    raw: str, start: int, end: int, wrapped: bool = True
) -> tuple[list[list[tuple[int, int]]], int | None]:
    """Title blocks at the start of raw[start:end] and where the body begins (None: no body).

    In layout-wrapped text a headline may run over several lines, so blank lines separate
    headlines; where every paragraph is one line (DOCX, HTML), every line is its own headline.
    """
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for s, e in _lines(raw, start, end):
        text = raw[s:e].strip()
        if not text:
            if current:
                blocks.append(current)
                current = []
            continue
        if (blocks or current) and (
            _DATELINE.fullmatch(text)
            or _SOURCE_LINE.fullmatch(text)
            or text.startswith(_CAPTION_OPENERS)
        ):
            if current:
                blocks.append(current)
                current = []
            continue
        # The first line alone before a blank line (in layout-wrapped text a body's first line
        # runs straight on into the next: "1 月 12日，湖南省民政厅和省" is no headline).
        opening = s == 0 and not blocks and not current
        dated = opening and _dateline_next(raw, e, end)
        first = opening and (dated or _blank_after(raw, e, end))
        headline_first = first and (
            (len(text) <= _MAX_FIRST_LINE and _TWO_PHRASES.fullmatch(text))
            # "2月8日前，…补贴将全部发放到…" over "2021-02-05 来源：大众网": a dateline says so
            or (len(text) <= _MAX_FIRST_LINE and dated)
            # an official document's long title ("某局关于下拨…、…资金的通知") holds no clause mark
            or (len(text) <= _MAX_TITLE_CHARS and not _CLAUSE_MARK.search(text))
        )
        if not (_is_title_line(text) or headline_first) or _tag_goes_on(raw, e, end):
            if current:
                blocks.append(current)
            return _plausible(raw, blocks, s)
        current.append((s, e))
        if not wrapped:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return _plausible(raw, blocks, None)


def _tag_goes_on(raw: str, line_end: int, end: int) -> bool:
    """Whether the next line opens with the end of an outlet's tag ("潍坊新闻网 1月29日" then
    "讯 春节临近，…"): a lead's tag the layout wrapped, no headline."""
    return _TAG_END_OPENING.match(_next_line(raw, line_end, end)) is not None


_TAG_END_OPENING = re.compile(  # "讯 春节临近", "日讯 …", "29日电（记者…）"
    rf"(?:\d{{0,2}}日)?(?:{alternation(raw_cues()['segment']['lead_tag_endings'])})"
    r"(?:[ \t\u3000（(])"
)


def _dateline_next(raw: str, line_end: int, end: int) -> bool:
    """Whether the next line that holds text is a dateline, a source line or a dated byline
    ("信息来源：某乡 作者：某某 发布时间：2021-12-21")."""
    for s, e in _lines(raw, line_end + 1, end):
        text = raw[s:e].strip()
        if text:
            dated_byline = any(w in text for w in _BYLINE_WORDS) and _DATE.search(text)
            return bool(_DATELINE.fullmatch(text) or _SOURCE_LINE.fullmatch(text) or dated_byline)
    return False


def _blank_after(raw: str, line_end: int, end: int) -> bool:
    """Whether the line ending at `line_end` is followed by a blank line (or ends the text)."""
    return line_end >= end or not _next_line(raw, line_end, end).strip()


def _next_line(raw: str, line_end: int, end: int) -> str:
    """The text of the line after the one ending at `line_end`, inside raw[:end]."""
    nxt = raw.find("\n", line_end + 1, end)
    return raw[line_end + 1 : end if nxt < 0 else nxt]


def _plausible(raw, blocks, body_start):
    """Drop title blocks that are too long to be headlines (they are body text after all)."""
    kept = [b for b in blocks if sum(len(raw[s:e].strip()) for s, e in b) <= _MAX_TITLE_CHARS]
    if len(kept) != len(blocks) and body_start is not None:
        first_dropped = next(b for b in blocks if b not in kept)
        return [b for b in kept if b[0][0] < first_dropped[0][0]], first_dropped[0][0]
    return kept, body_start


def _title_text(raw: str, block: list[tuple[int, int]]) -> str:
    return "".join(raw[s:e].strip() for s, e in block)


def segment(raw: str, starts: Sequence[int] = ()) -> list[RawArticle]:
    """Locate the articles of a report in its raw text (one article when nothing splits it).

    `starts` are where articles begin as the report's page marks them (a web page listing
    several articles, each under its own headline): each part is segmented on its own.
    """
    items = [m.start() for m in _NEXT_ITEM.finditer(raw)]
    cuts = sorted(
        {
            s
            for s in (*starts, *items, *_headed_leads(raw), *_after_bylines(raw))
            if 0 < s < len(raw)
        }
    )
    if not cuts:
        return _segment(raw)
    found = []
    for lo, hi in zip([0, *cuts], [*cuts, len(raw)], strict=True):
        for a in _segment(raw[lo:hi]):
            found.append(
                RawArticle(
                    a.body_start + lo,
                    a.body_end + lo,
                    a.titles,
                    a.attribution,
                    [(s + lo, e + lo) for s, e in a.title_ranges],
                )
            )
    return found


# A news item's lead opening with its outlet's tag ("商报讯 …", "浙江在线01月30日讯 …",
# "新华社西宁1月5日电 …").
_LEAD_TAG = re.compile(
    r"^[ \t\u3000]*[^\s，。；！？：]{1,16}?"
    rf"(?:{alternation(raw_cues()['segment']['lead_tag_endings'])})(?:[ \t\u3000（(]|$)",
    re.M,
)


_MIN_HEADLINE = 6
_BODY_REACH = 300  # how far above a headline an earlier item's sentence is looked for
_ITEM_BULLETS = tuple(raw_cues()["segment"]["item_bullets"])


def _headed_leads(raw: str) -> list[int]:
    """Where a later news item of a page begins: the headline line right above a lead that opens
    with its outlet's tag, after a blank line and below body text of an earlier item."""
    starts = []
    for m in _LEAD_TAG.finditer(raw):
        end = m.start()  # the headline line ends at the last text above the lead
        while end > 0 and raw[end - 1] in "\n \t\u3000":
            end -= 1
        head_at = raw.rfind("\n", 0, end) + 1
        headline = raw[head_at:end].strip()
        if raw[head_at - 2 : head_at] != "\n\n" or not _is_title_line(headline):
            continue
        bulleted = headline.startswith(_ITEM_BULLETS)  # "■西谷乡": a page's item mark
        if len(headline) < _MIN_HEADLINE and not bulleted:
            continue  # "汕头": a roundup's section label, not another item's headline
        if "。" not in raw[max(0, head_at - _BODY_REACH) : head_at]:
            continue  # only headlines and datelines above it: the page's first item
        starts.append(head_at)
    return starts


# A headline line with a body line under it (a blank line may come between).
_HEADLINE_THEN_BODY = r"(?P<headline>[^\n]+)\n(?:[ \t\u3000]*\n)?[^\n]{2,}"
# A line holding only an item's byline in brackets ("(孙书权)", "（张潇 李瑛）"), then a blank line
# and a headline line with a body line under it: a paper's page of short items, the next one. A
# source line ("（据安康新闻网）") is no byline: some pages print an item's headline under it.
_BYLINE_THEN_HEADLINE = re.compile(
    rf"^[ \t\u3000]*[（(](?!{alternation(raw_cues()['segment']['source_line_openers'])})"
    r"[^（）()\n，。；！？\d]{2,16}[）)][ \t\u3000]*\n"
    r"[ \t\u3000]*\n" + _HEADLINE_THEN_BODY,
    re.M,
)


# A paragraph ending with its photo credit ("…交给了贫困学生。新华社记者摄"), a blank line, then a
# headline line with a body line under it: a page of captioned items, the next one.
_CREDIT_THEN_HEADLINE = re.compile(
    rf"(?:{alternation(raw_cues()['segment']['photo_credit_endings'])})"
    r"[ \t\u3000]*[）)]?[ \t\u3000]*\n"
    r"[ \t\u3000]*\n"
    rf"(?={_HEADLINE_THEN_BODY})",  # looked ahead: the body may end in the next credit
)


def _after_bylines(raw: str) -> list[int]:
    """Where a later news item of a page of short items begins: the headline after the byline
    line, or the photo credit, that closes the item before it."""
    return [
        m.start("headline")
        for pattern in (_BYLINE_THEN_HEADLINE, _CREDIT_THEN_HEADLINE)
        for m in pattern.finditer(raw)
        if _is_title_line(m.group("headline")) and len(m.group("headline").strip()) >= _MIN_HEADLINE
    ]


def _segment(raw: str) -> list[RawArticle]:
    wrapped = is_layout_wrapped(raw)
    chunks: list[_Chunk] = []
    pos = 0
    for m in ATTRIBUTION.finditer(raw):
        rest = raw[m.end() : raw.find("\n", m.end()) if "\n" in raw[m.end() :] else len(raw)]
        if rest.strip():
            continue  # an inline "(据统计…" inside a sentence, not an article's attribution
        blocks, body = _leading_titles(raw, pos, m.start(), wrapped)
        chunks.append(_Chunk(pos, m.end(), re.sub(r"\s+", "", m.group(1)), blocks, body))
        pos = m.end()
    tail_blocks, tail_body = _leading_titles(raw, pos, len(raw), wrapped)
    if tail_body is not None or not chunks:
        chunks.append(_Chunk(pos, len(raw), "", tail_blocks, tail_body))
        tail_blocks = []

    articles = [
        RawArticle(
            c.body_start if c.body_start is not None else c.start, c.end, attribution=c.attribution
        )
        for c in chunks
    ]
    titles_first = bool(chunks[0].title_blocks) and chunks[0].body_start is not None
    for i, chunk in enumerate(chunks):
        blocks = chunk.title_blocks
        if i == 0 or not blocks:
            to_prev, to_next = [], blocks
        elif len(blocks) >= 2:
            to_prev, to_next = blocks[:1], blocks[1:]
        elif titles_first:
            to_prev, to_next = [], blocks
        else:
            to_prev, to_next = blocks, []
        for block in to_prev:
            _attach(raw, articles[i - 1], block)
        for block in to_next:
            _attach(raw, articles[i], block)
    for block in tail_blocks:
        _attach(raw, articles[-1], block)
    return articles


def _attach(raw: str, article: RawArticle, block: list[tuple[int, int]]) -> None:
    article.titles.append(_title_text(raw, block))
    article.title_ranges.append((block[0][0], block[-1][1]))


def hard_breaks(articles: list[RawArticle]) -> list[int]:
    """Raw positions where normalisation must keep a line break (block boundaries)."""
    points: list[int] = []
    for a in articles:
        points += [a.body_start, a.body_end]
        for s, e in a.title_ranges:
            points += [s, e]
    return points
