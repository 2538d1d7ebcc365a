"""The amount patterns, rewritten to open with one character class, match exactly what the
straightforward patterns (left-context checks first) match."""

from __future__ import annotations

import random
import re

from etl.extraction import mentions

# The patterns as first written: the left-context checks open each alternative.
_CN = "零〇一二两三四五六七八九十百千"
# (not after a comma that follows a digit: "1,200"; after a word and a comma: "3584户,6000名")
_ARABIC = (
    r"(?<![\d.A-Za-z])(?<!\d,)(?:\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"(?:亿\d+(?:千万|百万|十万|万|千)|万\d+千(?:\d+百)?"
    r"|万[一二两三四五六七八九]千(?:[一二两三四五六七八九]百)?)?)"
)
_CHINESE = (
    rf"(?<![{_CN}万亿第点])[一二两三四五六七八九十百千万][{_CN}]*"
    rf"(?:点[零〇一二两三四五六七八九]+|[万亿][零一二两三四五六七八九][{_CN}]*)?"
)
_AMOUNT = (
    rf"(?P<num>{_ARABIC}|{_CHINESE})(?P<q1>[余多])?(?P<mag>千万|百万|十万|万|个?亿|(?<=\d)千)?"
    r"(?P<q2>[余多])?"
)
REFERENCE = {
    "MENTION": re.compile(
        rf"{_AMOUNT}(?P<pre>[（(][件套份床袋][）)])?(?:[大小整](?=[箱袋桶包盒筐捆]))?"
        rf"(?P<unit>{mentions._UNITS})"
        r"(?P<alt>[（(](?:[件套份床袋次户人家]|人次|户次)[）)]次?|/次)?"
    ),
    "BARE_PEOPLE": re.compile(
        rf"{_AMOUNT}(?![元户人名家件套份床袋箱桶条双组万亿余多\d]|公斤|千克|斤|吨|平方|亩|米|册)"
    ),
}
_PIECES = [
    *"0123456789.,，万亿千百十余多元户人次名件套个组第家",
    *"一二两三四五六七八九〇零aZ（）()在以上 \n-~至点/",
    "人次",
    "户次",
    "大箱",
    "小袋",
    "群众",
    "１２",
    "٣",
]


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_amount_patterns_find_what_the_reference_patterns_find():
    rng = random.Random(7)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    for name, reference in REFERENCE.items():
        fast = getattr(mentions, name)
        for text in texts:
            assert _found(fast, text) == _found(reference, text), (name, text)


def test_amount_patterns_find_what_the_reference_patterns_find_in_the_bundled_reports():
    from etl.paths import REPORTS_DIR

    for path in sorted(REPORTS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for name, reference in REFERENCE.items():
            assert _found(getattr(mentions, name), text) == _found(reference, text), path.name
