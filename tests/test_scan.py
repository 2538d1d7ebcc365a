"""The byte-level multi-pattern scan finds exactly what pyahocorasick finds on the text itself."""

from __future__ import annotations

import random

import ahocorasick

from etl.extraction.cues import cues, raw_cues
from etl.extraction.places import gazetteer
from etl.extraction.scan import Matcher


def _plain(words: list[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


def _texts(words: list[str], seed: int, count: int = 300) -> list[str]:
    """Texts stitched from pieces of the words, filler, ASCII, digits and a rare astral char."""
    rng = random.Random(seed)
    fillers = ["，", "。", "的", "共", "2024年", "abc", " ", "\n", "𠀀", "万元", "人"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 40)):
            w = rng.choice(words)
            cut = rng.randint(0, len(w))
            parts.append(rng.choice([w, w[:cut], w[cut:], rng.choice(fillers)]))
        texts.append("".join(parts))
    return texts


def _cue_words() -> list[str]:
    words: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, str):
            words.add(node)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(raw_cues())
    return sorted(w for w in words if w)


def test_a_vocabulary_with_a_thousand_first_characters_is_scanned_as_bytes():
    assert Matcher(sorted(gazetteer()._names))._bytes
    verbs = [c.word for c in (*cues().money_verbs, *cues().person_verbs)]
    assert not Matcher(verbs)._bytes  # a few hundred first characters at most: on characters


def test_place_names_scan_matches_the_character_automaton_longest_first():
    names = sorted(gazetteer()._names)
    plain, fast = _plain(names), Matcher(names)
    for text in _texts(names, seed=1):
        assert list(fast.iter_long(text)) == list(plain.iter_long(text)), text


def test_cue_word_scan_matches_the_character_automaton_with_overlaps():
    words = _cue_words()
    plain, fast = _plain(words), Matcher(words, by_bytes=True)
    for text in _texts(words, seed=2):
        assert list(fast.iter(text)) == list(plain.iter(text)), text


def test_scan_reports_character_offsets_in_mixed_scripts():
    fast = Matcher(["哈尔滨市", "市", "ab"], by_bytes=True)
    text = "𠀀ab哈尔滨市x"
    assert list(fast.iter(text)) == [(2, "ab"), (6, "哈尔滨市"), (6, "市")]
    assert list(fast.iter_long(text)) == [(2, "ab"), (6, "哈尔滨市")]


def test_empty_vocabulary_finds_nothing():
    assert list(Matcher([]).iter("任何文本")) == []
