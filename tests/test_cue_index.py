"""A masked text's cue words, read off the scan of the text it masks, are what a scan of the
masked text itself finds."""

from __future__ import annotations

import random

from etl.extraction import context
from etl.extraction.context import first_right, mask_quoted, nearest_left
from etl.extraction.cues import cues


def _lists() -> list[tuple]:
    c = cues()
    return [c.money_verbs, c.person_verbs, c.planned, c.actual, c.goods, c.rates]


def _texts(words: list[str], seed: int, count: int = 300) -> list[str]:
    """Cue words, pieces of them, quotation and title marks, punctuation and numbers."""
    rng = random.Random(seed)
    marks = ["“", "”", "《", "》", "‘", "’", "「", "」", "，", "。", "\n", "共", "2000元", "□"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 30)):
            w = rng.choice(words)
            parts.append(rng.choice([w, w[: len(w) // 2], rng.choice(marks), rng.choice(marks)]))
        texts.append("".join(parts))
    return texts


def _scanned_itself(masked: str) -> context._TextIndex:
    copy = (masked + "。")[:-1]  # the same characters, but no text it is known to mask
    assert copy is not masked
    return context._TextIndex(copy, context._VOCABULARY)


def test_a_masked_texts_cue_words_are_those_its_own_scan_finds():
    lists = _lists()
    for words in lists:
        nearest_left("", 0, 0, words)  # registered: the vocabulary holds their words
    vocabulary = sorted({(w.word if hasattr(w, "word") else w) for ws in lists for w in ws})
    vocabulary += sorted(cues().noun_compounds)
    hidden = 0
    for text in _texts(vocabulary, seed=3, count=600):
        masked = mask_quoted(text)
        if masked is text:
            continue
        hidden += 1
        assert context._MASKED_FROM[id(masked)] == (masked, text)  # read off the text's scan
        derived = context._VOCABULARY.index(masked)
        direct = _scanned_itself(masked)
        assert derived.by_end == direct.by_end, text
        assert derived.by_start == direct.by_start, text
    assert hidden > 100  # most texts had a quotation to hide


def test_a_cue_word_inside_quotation_marks_is_no_cue_of_the_masked_text():
    text = "为“发放温暖”活动共发放慰问金2000元"
    masked = mask_quoted(text)
    money = cues().money_verbs
    first = first_right(masked, 0, len(masked), money)
    assert first is not None and first[0] == text.index("”活动共发放") + 4
    assert first_right(text, 0, len(text), money)[0] == text.index("发放温暖")
