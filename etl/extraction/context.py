"""Clauses, sentences and cue look-ups around a position in an article's text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from operator import itemgetter
from typing import TypeVar

from etl.extraction.cues import Cue, cues
from etl.extraction.scan import Matcher

T = TypeVar("T")

CLAUSE_MARKS = "，,。；;！？!?：: \n"
SENTENCE_MARKS = "。！？!?\n"
GROUP_MARKS = "。！？!?；;\n"  # a sentence, or an item of a list set off by semicolons
# A name in quotation marks holds no clause punctuation; quoted speech ("“去年冬天…，共救助…”")
# does, and its words are cues like any others.
_QUOTED = re.compile(
    r"“[^“”\n，。；！？]*”|《[^《》\n]*》|‘[^‘’\n，。；！？]*’|「[^「」\n，。；！？]*」"
)


_HIDDEN = "□"  # what a hidden character reads as; no cue word holds it


def _remember(cache: dict, key: object, value: T, size: int = 8) -> T:
    """Keep `value` under `key` in a cache of the last `size` texts' answers (the oldest
    goes first): a text's answers are asked for while it is read, then never again."""
    cache[key] = value
    if len(cache) > size:
        cache.pop(next(iter(cache)))
    return value


def mask_quoted(text: str) -> str:
    """Hide words inside quotation and title marks: they name things, they do not act as cues."""
    masked = _QUOTED.sub(
        lambda m: m.group(0)[0] + _HIDDEN * (len(m.group(0)) - 2) + m.group(0)[-1], text
    )
    if masked is not text:
        _remember(_MASKED_FROM, id(masked), (masked, text))
    return masked


# A masked text's id → (the masked text, kept so that the id stays its own; the text it hides
# words of). Its cue words are the text's that no hidden character touches.
_MASKED_FROM: dict[int, tuple[str, str]] = {}


def bounds(text: str, pos: int, marks: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Start and end of the clause or sentence (by `marks`) around `pos`, within [lo, hi)."""
    hi = len(text) if hi is None else hi
    at = marks_in(text, marks)
    i = bisect_left(at, pos)  # at[i - 1] is the last mark before pos, at[i] the first from it
    start = pos if pos <= lo else max(lo, at[i - 1] + 1 if i else lo)
    end = pos if pos >= hi else min(hi, at[i] if i < len(at) else hi)
    return start, end


def marks_in(text: str, marks: str) -> list[int]:
    """Positions of the `marks` characters in `text`, ascending: found once per text and set
    of marks (every mention of a text asks for its clause and sentence)."""
    key = (id(text), marks)
    hit = _MARKS.get(key)
    if hit is None or hit[0] is not text:
        pattern = _MARK_PATTERNS.get(marks)
        if pattern is None:
            pattern = _MARK_PATTERNS[marks] = re.compile(f"[{re.escape(marks)}]")
        found = [m.start() for m in pattern.finditer(text)]
        if "," in marks and "," in text:
            found = [at for at in found if text[at] != "," or not _groups_digits(text, at)]
        hit = _remember(_MARKS, key, (text, found), size=16)
    return hit[1]


def _groups_digits(text: str, at: int) -> bool:
    """A comma that separates thousands ("103,400户") belongs to its number, not a clause break."""
    return (
        text[at] == ","
        and at > 0
        and text[at - 1].isdigit()
        and text[at + 1 : at + 4].isdigit()
        and len(text[at + 1 : at + 4]) == 3
        and not text[at + 4 : at + 5].isdigit()
    )


_MARKS: dict[tuple[int, str], tuple[str, list[int]]] = {}  # the text is kept: its id stays its own
_MARK_PATTERNS: dict[str, re.Pattern] = {}


def per_span(fn: Callable[[str, int, int], T]) -> Callable[[str, int, int], T]:
    """Memoise a rule that reads only text[lo:hi] (and the cue file): the mentions of a
    sentence ask again for the same clause's or sentence's answer."""
    texts: dict[int, tuple[str, dict[tuple[int, int], T]]] = {}

    @wraps(fn)
    def cached(text: str, lo: int, hi: int) -> T:
        entry = texts.get(id(text))
        if entry is None or entry[0] is not text:  # the text is kept: its id stays its own
            entry = _remember(texts, id(text), (text, {}))
        answers = entry[1]
        key = (lo, hi)
        if key not in answers:
            answers[key] = fn(text, lo, hi)
        return answers[key]

    return cached


class _Vocabulary:
    """Every cue word of every list seen so far, in one Aho-Corasick automaton: a text is
    scanned once for all lists, and a query keeps the matches of its own list's words."""

    def __init__(self) -> None:
        # a list's id → the list (kept, so that the id stays its own) and its cues by word
        self.lists: dict[int, tuple[Sequence, dict[str, tuple[str | Cue, ...]]]] = {}
        self.automaton: Matcher | None = None
        self.version = 0
        self.last: _TextIndex | None = None  # the index queried last: queries come in runs
        self.sees_hidden = False

    def register(self, words: Sequence[str | Cue]) -> dict[str, tuple[str | Cue, ...]]:
        """A cue list's cues by word (registering it, and rebuilding the automaton, once)."""
        entry = self.lists.get(id(words))
        if entry is not None and entry[0] is words:
            return entry[1]
        by_word: dict[str, list[str | Cue]] = {}
        for cue in words:
            by_word.setdefault(cue.word if isinstance(cue, Cue) else cue, []).append(cue)
        own = {word: tuple(cues_) for word, cues_ in by_word.items()}
        self.lists[id(words)] = (words, own)
        every = {w for _, words_of in self.lists.values() for w in words_of} | cues().noun_compounds
        self.automaton = Matcher(every)
        # a masked text's cue words are read off its text's only when none holds _HIDDEN
        self.sees_hidden = any(_HIDDEN in w for w in every)
        self.version += 1
        return own

    def occurrences(self, text: str) -> list[tuple[int, int, int, str]]:
        """(end, size, start, word) of every cue word in the text, overlapping ones included,
        from one pass (kept for the last few texts)."""
        cached = _OCCURRENCES.get(id(text))
        if cached is not None and cached[0] is text and cached[1] == self.version:
            return cached[2]
        found = []
        if self.automaton is not None:
            for last, word in self.automaton.iter(text):
                size = len(word)
                found.append((last + 1, size, last + 1 - size, word))
        _remember(_OCCURRENCES, id(text), (text, self.version, found))
        return found

    def index(self, text: str) -> _TextIndex:
        """The text's cue occurrences, from one pass (kept for the last few texts)."""
        cached = _INDEXES.get(id(text))
        if cached is None or cached.text is not text or cached.version != self.version:
            cached = _remember(_INDEXES, id(text), _TextIndex(text, self))
        self.last = cached
        return cached


_END_SIZE = itemgetter(0, 1)
_SIZE = itemgetter(1)
_START = itemgetter(2)


class _TextIndex:
    """Every occurrence of every cue word in one text, sorted two ways for bisecting.

    Taken from the text's single multi-pattern pass (Aho-Corasick), not one scan per word.
    A query walks the occurrences inside its window and keeps the first whose word its list
    holds: a clause holds a few cue words, so no per-list index is built."""

    __slots__ = ("by_end", "by_start", "ends", "starts", "text", "version")

    def __init__(self, text: str, vocabulary: _Vocabulary) -> None:
        self.text = text  # kept, so that the id stays this text's while the entry lives
        self.version = vocabulary.version
        hiding = _MASKED_FROM.get(id(text))
        if hiding is not None and hiding[0] is text and not vocabulary.sees_hidden:
            # one scan for a text and its masked copy: a cue word of the text is one of the
            # masked copy where no hidden character replaced any of its own
            found = [f for f in vocabulary.occurrences(hiding[1]) if text.startswith(f[3], f[2])]
        else:
            found = vocabulary.occurrences(text)
        compounds = cues().noun_compounds
        shadows = [(f[2], f[0]) for f in found if f[3] in compounds]
        if shadows:
            # "党组织", "组织部": the verb 组织 inside a noun is no cue
            found = [
                f
                for f in found
                if not any(lo <= f[2] and f[0] <= hi and f[1] < hi - lo for lo, hi in shadows)
            ]
        # by end, shorter first; by start, longer first (stable sorts in C, no key lambdas)
        self.by_end = sorted(found, key=_END_SIZE)
        self.ends = [f[0] for f in self.by_end]
        self.by_start = sorted(sorted(found, key=_SIZE, reverse=True), key=_START)
        self.starts = [f[2] for f in self.by_start]


_INDEXES: dict[int, _TextIndex] = {}
# a text's id → (the text, the vocabulary's version, its cue words' occurrences)
_OCCURRENCES: dict[int, tuple[str, int, list[tuple[int, int, int, str]]]] = {}
_VOCABULARY = _Vocabulary()
_LISTS = _VOCABULARY.lists


def _lookup(text: str, words: Sequence[str | Cue]) -> tuple[_TextIndex, dict]:
    """The text's occurrence index and the list's words (a few dict look-ups per query)."""
    entry = _LISTS.get(id(words))
    own = entry[1] if entry is not None and entry[0] is words else _VOCABULARY.register(words)
    index = _VOCABULARY.last
    if index is None or index.text is not text or index.version != _VOCABULARY.version:
        index = _VOCABULARY.index(text)
    return index, own


def nearest_left(
    text: str, lo: int, hi: int, words: Sequence[str | Cue]
) -> tuple[int, str | Cue] | None:
    """The cue ending closest to `hi` inside text[lo:hi] (the longest when two end together)."""
    index, own = _lookup(text, words)
    by_end = index.by_end
    i = bisect_right(index.ends, hi) - 1
    while i >= 0:
        end, _, start, word = by_end[i]
        if end <= lo:
            return None
        if start >= lo and word in own:
            return start, own[word][-1]  # of a word listed twice, the later entry
        i -= 1
    return None


def first_right(
    text: str, lo: int, hi: int, words: Sequence[str | Cue]
) -> tuple[int, str | Cue] | None:
    """The cue starting closest after `lo` inside text[lo:hi]."""
    index, own = _lookup(text, words)
    by_start = index.by_start
    i = bisect_left(index.starts, lo)
    n = len(by_start)
    while i < n:
        end, _, start, word = by_start[i]
        if start >= hi:
            return None
        if end <= hi and word in own:
            return start, own[word][0]  # of a word listed twice, the earlier entry
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


SECTION_HEADING_MAX = 25  # a line this short without a full stop heads a section


def heading_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The span of the nearest line that heads a section above `end` (where a line ends) and
    after `lo`: not blank, at most SECTION_HEADING_MAX characters, no full stop. Lines are
    found from `end` backwards (rfind), not by splitting the whole text."""
    while end > lo:
        start = text.rfind("\n", lo, end) + 1
        line = text[start:end]
        if line.strip() and len(line) <= SECTION_HEADING_MAX and "。" not in line:
            return start, end
        end = start - 1
    return None


def goes_on_from_before(text: str, lo: int, floor: int) -> bool:
    """Whether the clause group at `lo` opens with a back-reference ("这批物资包括…", "上述资金…")
    and so goes on with the group before it (which starts after `floor`)."""
    return lo > floor and text.startswith(cues().back_references, lo)


def opens_with_verb(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] opens with a verb of its own (after aspect and manner words only)."""
    c = cues()
    while lo < hi and (
        aspect := starts_with(text, lo, c.aspect) or starts_with(text, lo, c.manner)
    ):
        lo += len(aspect)
    return lo < hi and bool(
        starts_with(text, lo, c.money_action_verbs) or starts_with(text, lo, c.person_actions)
    )


def continues_the_subject(text: str, lo: int, floor: int) -> bool:
    """Whether the clause group at `lo` is an item set off by a semicolon that opens with its
    verb ("…共新增慈善款物3.55亿元；拨出救助款物3.20亿元") or with an adverb that needs a
    subject before it ("；又以发放慰问品的形式慰问了63户"): the subject of the item before it
    acts on, and so does its place."""
    return (
        lo > floor
        and text[lo - 1] in "；;"
        and (
            opens_with_verb(text, lo, len(text))
            or starts_with(text, lo, cues().subject_continuing) is not None
        )
    )
