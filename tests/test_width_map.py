"""Normalisation maps the whole text at once: the width table must keep lines and spaces."""

from __future__ import annotations

from etl.extraction import normalise as n


def test_width_table_maps_one_character_to_one_that_is_no_space_or_line_break():
    for source, target in n._WIDTH_TABLE.items():
        assert isinstance(target, str) and len(target) == 1, chr(source)
        assert target not in n._SPACES + "\r\n", chr(source)


def test_full_width_digits_and_radicals_are_mapped_with_their_offsets():
    norm = n.normalise("共发放１２３户⼈\n２０２４年")
    assert norm.text == "共发放123户人\n2024年"
    assert norm.offsets == tuple(range(len(norm.text)))


def test_text_without_mapped_characters_is_left_as_it_is():
    assert n._NEEDS_WIDTH.search("共发放123户") is None
    assert n.normalise("共发放123户").text == "共发放123户"
