"""Parse amounts as officials write them: 134237, 1,000, 3.5亿, 20多亿, 三千五百万, 一百零三."""

from __future__ import annotations

import re

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
MAGNITUDES = {
    "十": 10,
    "百": 100,
    "千": 1_000,
    "万": 10_000,
    "亿": 100_000_000,
    "十万": 100_000,
    "百万": 1_000_000,
    "千万": 10_000_000,
}
ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ARABIC = re.compile(ARABIC)
# Digits with magnitudes inside them, as people write amounts out: 1万8千 (18000), 17万3千,
# 2亿3千万, 1亿2000万, 3万2千5百, and with a numeral after the 万 (1万五千). The tail follows
# the leading digits; each part is smaller than the one before it.
_TAIL_DIGIT = "[一二两三四五六七八九]"
MIXED_TAIL = (
    r"(?:亿\d+(?:千万|百万|十万|万|千)|万\d+千(?:\d+百)?"
    rf"|万{_TAIL_DIGIT}千(?:{_TAIL_DIGIT}百)?)"
)
_MIXED_PART = re.compile(r"(\d+(?:\.\d+)?)(千万|百万|十万|亿|万|千|百)?")
_MIXED = re.compile(rf"\d+(?:\.\d+)?{MIXED_TAIL}")


_DIGITS_AS_ARABIC = str.maketrans({ch: str(d) for ch, d in CN_DIGITS.items()})


def parse_chinese(text: str) -> int:
    """三千五百 → 3500, 一百零三 → 103, 十二 → 12, 两万四千 → 24000 (万/亿 inside a numeral
    scale what stands before them; at its end they are the amount's magnitude)."""
    for big, scale in (("亿", 100_000_000), ("万", 10_000)):
        head, found, tail = text.partition(big)
        if found and head:
            tail = tail.lstrip("零")
            return parse_chinese(head) * scale + (parse_chinese(tail) if tail else 0)
    if not text or any(ch not in CN_DIGITS and ch not in CN_SMALL_UNITS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if all(ch in CN_DIGITS for ch in text) and len(text) > 1:
        return int("".join(str(CN_DIGITS[ch]) for ch in text))  # 二〇二四 → 2024
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
    return total + (digit or 0)


def parse_number(text: str) -> float:
    """An Arabic or Chinese numeral without magnitude: '1,000' → 1000, '53.6' → 53.6,
    '一点八' → 1.8, '1万8千' → 18000."""
    text = text.replace(" ", "")
    if _ARABIC.fullmatch(text):
        return float(text.replace(",", ""))
    if _MIXED.fullmatch(text):
        text = text.translate(_DIGITS_AS_ARABIC)  # 1万五千 → 1万5千
        return sum(
            float(digits) * MAGNITUDES.get(magnitude, 1)
            for digits, magnitude in _MIXED_PART.findall(text)
        )
    whole, point, decimals = text.partition("点")
    if point and decimals and all(ch in CN_DIGITS for ch in decimals):
        return float(f"{parse_chinese(whole)}.{''.join(str(CN_DIGITS[ch]) for ch in decimals)}")
    return float(parse_chinese(text))


def apply_magnitude(value: float, magnitude: str) -> float:
    """Scale by 万/亿/千万 …; rounding removes float noise (53.6 × 10000 → 536000)."""
    scaled = value
    for part in _split_magnitude(magnitude):
        scaled *= MAGNITUDES[part]
    return round(scaled, 2)


def _split_magnitude(magnitude: str) -> list[str]:
    parts, i = [], 0
    while i < len(magnitude):
        two = magnitude[i : i + 2]
        if two in MAGNITUDES and len(two) == 2:
            parts.append(two)
            i += 2
        else:
            parts.append(magnitude[i])
            i += 1
    return parts


def scaled(numeral: str, magnitude: str) -> float:
    """A numeral with the magnitude written after it: 3.5 + 万 → 35000; a 万 after a numeral that
    holds 亿 scales only what follows the 亿 (五亿一千 + 万 → 510000000)."""
    head, found, tail = numeral.partition("亿") if magnitude else ("", "", "")
    if found and head and "亿" not in magnitude:
        tail = tail.lstrip("零")
        rest = apply_magnitude(parse_number(tail), magnitude) if tail else 0
        return round(parse_number(head) * MAGNITUDES["亿"] + rest, 2)
    return apply_magnitude(parse_number(numeral), magnitude)
