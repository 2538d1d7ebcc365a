"""Clauses, sentences and cue look-ups around a position in an article's text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from operator import itemgetter

from etl.extraction.cues import Cue
from etl.extraction.scan import Matcher

CLAUSE_MARKS = "，,。；;！？!?：:\n"
SENTENCE_MARKS = "。！？!?\n"
_QUOTED = re.compile(r"“[^“”\n]*”|《[^《》\n]*》|‘[^‘’\n]*’|「[^「」\n]*」")


def mask_quoted(text: str) -> str:
    """Hide words inside quotation and title marks: they name things, they do not act as cues."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "□" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def bounds(text: str, pos: int, marks: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Start and end of the clause or sentence (by `marks`) around `pos`, within [lo, hi)."""
    hi = len(text) if hi is None else hi
    start = pos
    while start > lo and text[start - 1] not in marks:
        start -= 1
    end = pos
    while end < hi and text[end] not in marks:
        end += 1
    return start, end


_Found = tuple[int, int, int, "str | Cue"]  # (end, size, start, cue)


class _Vocabulary:
    """Every cue word of every list seen so far, in one Aho-Corasick automaton: a text is
    scanned once for all lists, and a list takes the matches of its own words when asked."""

    def __init__(self) -> None:
        self.lists: dict[int, Sequence] = {}
        self.words_of: dict[int, dict[str, tuple[str | Cue, ...]]] = {}
        self.automaton: Matcher | None = None
        self.version = 0

    def register(self, words: Sequence[str | Cue]) -> int:
        """The key of a cue list (registering it, and rebuilding the automaton, once)."""
        key = id(words)
        if self.lists.get(key) is words:
            return key
        self.lists[key] = words  # kept, so that the id stays this list's
        by_word: dict[str, list[str | Cue]] = {}
        for cue in words:
            by_word.setdefault(cue.word if isinstance(cue, Cue) else cue, []).append(cue)
        self.words_of[key] = {word: tuple(cues_) for word, cues_ in by_word.items()}
        self.automaton = Matcher({w for own in self.words_of.values() for w in own})
        self.version += 1
        return key

    def found(self, text: str, key: int) -> list[_Found]:
        """The occurrences of list `key` in `text`, from the text's single pass."""
        cached = _MATCHES.get(id(text))
        if cached is None or cached[0] is not text or cached[1] != self.version:
            matches: list[tuple[int, int, int, str]] = []
            if self.automaton is not None:
                for last, word in self.automaton.iter(text):
                    size = len(word)
                    matches.append((last + 1, size, last + 1 - size, word))
            cached = (text, self.version, matches)
            _MATCHES[id(text)] = cached
            if len(_MATCHES) > 8:
                _MATCHES.pop(next(iter(_MATCHES)))
        own = self.words_of[key]
        # A list is asked for once per text (its _Occurrences are cached): filter only then.
        return [
            (end, size, start, cue)
            for end, size, start, word in cached[2]
            if word in own
            for cue in own[word]
        ]


_MATCHES: dict[int, tuple[str, int, list[tuple[int, int, int, str]]]] = {}
_VOCABULARY = _Vocabulary()
_BY_END = itemgetter(0, 1)
_SIZE = itemgetter(1)
_START = itemgetter(2)


class _Occurrences:
    """Every occurrence of every cue of one list in one text, sorted two ways for bisecting.

    Taken from the text's single multi-pattern pass (Aho-Corasick), not one scan per word."""

    __slots__ = ("by_end", "by_start", "ends", "starts")

    def __init__(self, text: str, words: Sequence[str | Cue]):
        found = _VOCABULARY.found(text, _VOCABULARY.register(words))
        # by end, shorter first; by start, longer first (two stable sorts in C, no key lambdas)
        by_end = sorted(found, key=_BY_END)
        self.ends = [f[0] for f in by_end]
        self.by_end = by_end
        by_start = sorted(sorted(found, key=_SIZE, reverse=True), key=_START)
        self.starts = [f[2] for f in by_start]
        self.by_start = by_start


_CACHE: OrderedDict[tuple[int, int], tuple[str, Sequence, _Occurrences]] = OrderedDict()
_CACHE_SIZE = 256  # ~40 cue lists × (text, masked): a smaller cache thrashes inside one report


def _occurrences(text: str, words: Sequence[str | Cue]) -> _Occurrences:
    """Occurrences of `words` in `text`, computed once per text (the cache holds both
    objects, so their ids cannot be reused while an entry lives)."""
    key = (id(text), id(words))
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is text and hit[1] is words:
        _CACHE.move_to_end(key)
        return hit[2]
    index = _Occurrences(text, words)
    _CACHE[key] = (text, words, index)
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return index


def nearest_left(
    text: str, lo: int, hi: int, words: Sequence[str | Cue]
) -> tuple[int, str | Cue] | None:
    """The cue ending closest to `hi` inside text[lo:hi] (the longest when two end together)."""
    index = _occurrences(text, words)
    i = bisect_right(index.ends, hi) - 1
    while i >= 0:
        end, _, start, cue = index.by_end[i]
        if end <= lo:
            return None
        if start >= lo:
            return start, cue
        i -= 1
    return None


def first_right(
    text: str, lo: int, hi: int, words: Sequence[str | Cue]
) -> tuple[int, str | Cue] | None:
    """The cue starting closest after `lo` inside text[lo:hi]."""
    index = _occurrences(text, words)
    i = bisect_left(index.starts, lo)
    while i < len(index.by_start):
        end, _, start, cue = index.by_start[i]
        if start >= hi:
            return None
        if end <= hi:
            return start, cue
        i += 1
    return None


def any_within(text: str, lo: int, hi: int, words: Sequence[str | Cue]) -> bool:
    """Whether some cue lies wholly inside text[lo:hi]."""
    return first_right(text, lo, hi, words) is not None


def starts_with(text: str, pos: int, words: Iterable[str | Cue]) -> str | Cue | None:
    """The first cue that text[pos:] starts with."""
    table = _by_edge(words, 0) if 0 <= pos < len(text) else None
    for cue in words if table is None else table.get(text[pos], ()):
        word = cue.word if isinstance(cue, Cue) else cue
        if text.startswith(word, pos):
            return cue
    return None


def ends_with(text: str, pos: int, words: Iterable[str | Cue]) -> str | Cue | None:
    """The first cue that text[:pos] ends with."""
    table = _by_edge(words, -1) if 0 < pos <= len(text) else None
    for cue in words if table is None else table.get(text[pos - 1], ()):
        word = cue.word if isinstance(cue, Cue) else cue
        if pos >= len(word) and text.startswith(word, pos - len(word)):
            return cue
    return None


_EDGES: dict[tuple[int, int], tuple[tuple, dict[str, tuple[str | Cue, ...]] | None]] = {}


def _by_edge(words: Iterable[str | Cue], edge: int) -> dict[str, tuple[str | Cue, ...]] | None:
    """A cue list's cues by the first (edge 0) or last (edge -1) character of their words, in
    list order, so only the cues that can match at a position are tried. None (try them all)
    for a list made for one call and for a list holding an empty word, which matches anywhere."""
    if not isinstance(words, tuple):
        return None
    hit = _EDGES.get((id(words), edge))
    if hit is not None and hit[0] is words:
        return hit[1]
    spelled = [(cue, cue.word if isinstance(cue, Cue) else cue) for cue in words]
    table = None
    if all(w for _, w in spelled):
        grouped: dict[str, list[str | Cue]] = {}
        for cue, word in spelled:
            grouped.setdefault(word[edge], []).append(cue)
        table = {ch: tuple(cues_) for ch, cues_ in grouped.items()}
    if len(_EDGES) > 256:
        _EDGES.clear()
    _EDGES[(id(words), edge)] = (words, table)  # the tuple is kept: its id stays its own
    return table
