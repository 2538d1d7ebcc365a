"""Parsing amounts as written: Arabic with separators, Chinese numerals, 万 and 亿."""

from __future__ import annotations

import pytest

from etl.extraction.mentions import find_mentions
from etl.extraction.numbers import apply_magnitude, parse_chinese, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三千五百", 3500),
        ("一百零三", 103),
        ("十二", 12),
        ("二十", 20),
        ("两千", 2000),
        ("一千零五", 1005),
        ("九十九", 99),
        ("二〇二四", 2024),
        ("百", 100),
        ("两万四千", 24000),
        ("一万零五百", 10500),
        ("一亿二千万", 120_000_000),
    ],
)
def test_chinese_numerals(text, value):
    assert parse_chinese(text) == value


@pytest.mark.parametrize(("text", "value"), [("1,000", 1000), ("53.6", 53.6), ("134237", 134237)])
def test_arabic_numerals_with_separators(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("value", "magnitude", "expected"),
    [
        (53.6, "万", 536000),
        (3.5, "亿", 350_000_000),
        (411.88, "万", 4_118_800),
        (3, "千万", 30_000_000),
        (5919.94, "万", 59_199_400),
    ],
)
def test_magnitudes_scale_without_float_noise(value, magnitude, expected):
    assert apply_magnitude(value, magnitude) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("8.5万元", 85000, "yuan"),
        ("20多亿元", 2_000_000_000, "yuan"),
        ("76万余元", 760000, "yuan"),
        ("300多万户次", 3_000_000, "household_visits"),
        ("3万件（套）", 30000, "items"),
        ("1,000万元", 10_000_000, "yuan"),
        ("三千五百万元", 35_000_000, "yuan"),
        ("一百零三人", 103, "persons"),
        ("15000人次", 15000, "person_visits"),
        ("6万多名", 60000, "persons"),
        ("两万四千余元", 24000, "yuan"),
        ("一点八万多床", 18000, "items"),
        ("三点五亿元", 350_000_000, "yuan"),
        ("一万一千户", 11000, "households"),
        ("2000万人民币", 20_000_000, "yuan"),
        ("2万6千余元", 26000, "yuan"),
        ("12万4千件", 124_000, "items"),
        ("3亿6000万元", 360_000_000, "yuan"),
        ("1万2千3百人", 12300, "persons"),
        ("1万五千余件", 15000, "items"),
        ("3万两千户", 32000, "households"),
    ],
)
def test_amount_with_unit_is_found_with_its_base_value(text, value, unit):
    (m,) = find_mentions("共" + text + "，")
    assert (m.value, m.unit) == (value, unit)


def test_not_a_number_does_not_raise():
    with pytest.raises(ValueError):
        parse_chinese("万")


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "written"),
    [
        (350_000_000, "yuan", "exact", "3.5亿元"),
        (536_000, "households", "exact", "53.6万户"),
        (134_237, "yuan", "exact", "134,237元"),
        (2_000_000_000, "yuan", "at_least", "20余亿元"),
        (4_800_000, "yuan", "approx", "约480万元"),
        (142_199_600, "yuan", "approx", "约1.42亿元"),
        (3_000_000, "household_visits", "at_least", "300余万户次"),
        (50_000, "households", "at_least", "5万余户"),
        (92_000, "persons", "at_least", "9.2万余人"),
        (600, "yuan_per_household", "exact", "600元/户"),
        (200, "yuan_per_person", "at_most", "不超过200元/人"),
        (53016.52, "yuan", "exact", "53,016.52元"),
    ],
)
def test_amounts_read_the_way_officials_write_them(value, unit, qualifier, written):
    from etl.units import format_amount

    assert format_amount(value, unit, qualifier) == written


def test_a_wan_after_a_numeral_holding_yi_scales_only_what_follows_the_yi():
    from etl.extraction.numbers import scaled

    assert scaled("五亿一千", "万") == 510_000_000
    assert scaled("三亿零五百", "万") == 305_000_000
    assert scaled("3.5", "万") == 35_000
