"""Multi-pattern scans (Aho-Corasick) over a text's UTF-8 bytes, reported in characters.

pyahocorasick looks a character up among a trie node's children one by one, so a vocabulary
whose words start with a thousand different Chinese characters (the gazetteer) costs hundreds
of comparisons per character of text at the root. Over UTF-8 bytes a Chinese character is
three steps among a handful of lead bytes and at most 64 continuation bytes: the same matches,
several times faster. UTF-8 is self-synchronising, so a word never matches from the middle of
a character, and byte offsets are turned back into character offsets match by match (by
counting the continuation bytes between two matches, in C). That conversion costs about what a
root of a few hundred children does, so a smaller vocabulary is scanned on the characters
themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import ahocorasick

# Above this many different first characters the byte view is the faster scan.
_WIDE_ROOT = 300


def _bytes_view(text: str) -> str:
    """`text` as its UTF-8 bytes, one code point (< 256) per byte, which pyahocorasick reads."""
    return text.encode("utf-8").decode("latin-1")


# UTF-8 continuation bytes (10xxxxxx) as 1, every other byte as 0: the characters between two
# byte offsets are the bytes between them less the continuation bytes, counted in C.
_CONTINUATION = bytes(1 if 0x80 <= b < 0xC0 else 0 for b in range(256))


def _views(text: str) -> tuple[str, bytes]:
    """The text's byte view and its continuation-byte marks."""
    raw = text.encode("utf-8")
    return raw.decode("latin-1"), raw.translate(_CONTINUATION)


class Matcher:
    """Every occurrence of a fixed set of words in a text, in character offsets."""

    def __init__(self, words: Iterable[str], by_bytes: bool | None = None):
        words = list(words)
        self.size = len(words)
        wide = len({w[:1] for w in words}) > _WIDE_ROOT
        self._bytes = wide if by_bytes is None else by_bytes
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(_bytes_view(word) if self._bytes else word, word)
        if self.size:
            self._automaton.make_automaton()

    def iter(self, text: str) -> Iterable[tuple[int, str]]:
        """(last character index, word) of every occurrence, overlapping ones included,
        in the order pyahocorasick's `iter` reports them on `text` itself."""
        if not self.size:
            return []
        if not self._bytes or text.isascii():
            return self._automaton.iter(text)
        return self._iter_bytes(text)

    def _iter_bytes(self, text: str) -> list[tuple[int, str]]:
        return _in_characters(text, self._automaton.iter)

    def iter_long(self, text: str) -> Iterable[tuple[int, str]]:
        """(last character index, word) of the longest non-overlapping occurrences, left to
        right, as pyahocorasick's `iter_long` reports them on `text` itself."""
        if not self.size:
            return []
        if not self._bytes or text.isascii():
            return self._automaton.iter_long(text)
        return self._iter_long_bytes(text)

    def _iter_long_bytes(self, text: str) -> list[tuple[int, str]]:
        return _in_characters(text, self._automaton.iter_long)


def _in_characters(
    text: str, scan: Callable[[str], Iterable[tuple[int, str]]]
) -> list[tuple[int, str]]:
    """(last character index, word) of the matches a scan finds in the text's byte view.

    A list, not a generator: every caller reads all of it, and a resume per match costs."""
    view, continuation = _views(text)
    byte_at, char_at = 0, 0
    found = []
    for last, word in scan(view):
        end = last + 1
        if end != byte_at:  # overlapping words end together: one conversion for all
            char_at += end - byte_at - continuation.count(1, byte_at, end)
            byte_at = end
        found.append((char_at - 1, word))
    return found
