"""Traditional script to Simplified, character for character, so offsets hold in both texts.

Cue words, place names and units are all written in Simplified characters, so reports reposted
in Traditional script (BIG5 mirrors, Hong Kong and Taiwan reposts) are read in Simplified.
The converted text has exactly the length of its source and character `i` of one stands for
character `i` of the other: spans found in the Simplified text point into the text as
published, and the quote a user sees can be cut from the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

Converter = Callable[[str], str]


@cache
def _opencc() -> Converter:
    import opencc

    # t2s is phrase-aware (乾淨 → 干净, 乾隆 stays) and leaves Simplified text as it is.
    return opencc.OpenCC("t2s").convert


def _could_be_traditional(text: str) -> bool:
    """False for text without any CJK ideograph, which conversion cannot change."""
    return any(c >= "\u3400" for c in text)


def to_simplified(text: str, convert: Converter | None = None) -> str:
    """`text` in Simplified characters, of the same length, aligned character by character.

    Phrase conversion is used where it keeps lengths (every entry of OpenCC 1.4's t2s
    dictionaries does); a line where it would not is converted character by character, and a
    character whose conversion is not one character stays as it is.
    """
    if convert is None:
        # A report's text is converted twice (to segment it, then to normalise it): once.
        last = _LAST[0]
        if last is not None and last[0] is text:
            return last[1]
        simple = _to_simplified(text, _opencc())
        _LAST[0] = (text, simple)
        return simple
    return _to_simplified(text, convert)


_LAST: list[tuple[str, str] | None] = [None]


def _to_simplified(text: str, convert: Converter) -> str:
    if not _could_be_traditional(text):
        return text
    whole = convert(text)
    if len(whole) == len(text):
        return _keep_rare_names(text, whole)
    lines = []
    for line in text.split("\n"):
        converted = convert(line)
        if len(converted) != len(line):
            converted = "".join(_one(convert, c) for c in line)
        lines.append(converted)
    return _keep_rare_names(text, "\n".join(lines))


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # a character outside the Basic Plane


def _keep_rare_names(text: str, simple: str) -> str:
    """`simple` with the source's character back wherever conversion chose a character outside
    the Basic Multilingual Plane (李晛 → 李𬀪): only rare name characters convert that way, no
    cue word or place name holds one, and Simplified text must come out as it went in."""
    if not _ASTRAL.search(simple):
        return simple  # the common case, found in one C scan
    return "".join(o if c > "\uffff" and c != o else c for o, c in zip(text, simple, strict=True))


def _one(convert: Converter, char: str) -> str:
    converted = convert(char)
    return converted if len(converted) == 1 else char


def restore(original: str, simple: str, text: str, offsets: tuple[int, ...]) -> str:
    """`text` (derived from `simple` through `offsets`) with the original's characters back.

    Where conversion changed the character at a source position, the derived character is
    replaced by the original one; characters normalisation produced (full-width digits made
    ASCII, joined lines) stay as they are.
    """
    if original == simple:
        return text
    chars = list(text)
    for i, at in enumerate(offsets):
        if at < len(original) and original[at] != simple[at]:
            chars[i] = original[at]
    return "".join(chars)
