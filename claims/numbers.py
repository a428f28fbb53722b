"""Numerals of Chinese news copy, read into exact Decimals with the precision they imply.

News copy mixes three ways of writing a number, often inside one numeral: Arabic digits
(``1,268,400``), Arabic digits scaled by Chinese place words (``1.5464万亿``, ``2亿3千万``)
and Chinese numerals (``三千零五十万``, ``一万五``, ``一〇五``, ``壹仟贰佰``). Reading them takes
one grammar, because a rule that checks ``2181.3亿`` against ``两千一百八十一亿`` must see the
same number, and one evaluator, because the precision a writer implied ("2181.3亿" is
±0.05亿) depends on the last written place whatever the script.

The grammar lives in :data:`NUMERAL_PATTERN` so the extractor can embed it in its own
patterns; :func:`parse_numeral` accepts exactly the strings that pattern matches in full.
Context decides whether a numeral is a claim at all: 十分 ("very"), 万一 ("in case"),
千万 ("by all means"), 一些 ("some") and fraction heads such as the 三 of 三分之一 are
matched or parsed here like any numeral, and the extractor filters them with its lexicon
and matches fractions before bare numerals.

Arithmetic is exact: values are built with Decimal shifts and additions in a context that
traps any rounding, so no float and no silent truncation can enter a value.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Context, Decimal, Inexact, InvalidOperation

__all__ = [
    "NUMERAL_CHARS",
    "NUMERAL_PATTERN",
    "Numeral",
    "chinese_spelling",
    "parse_chinese_integer",
    "parse_fraction",
    "parse_numeral",
]


@dataclass(frozen=True, slots=True)
class Numeral:
    """One parsed numeral.

    ``value`` is the number as written (``None`` for a vague range, whose ends are ``low``
    and ``high``). ``precision`` is half the place value of the last written digit, scaled
    by the magnitude, so ``value ± precision`` is everything the writer could have rounded.
    ``more_than`` records an internal 余/多 ("N-odd"): the value is then the round floor.
    ``vague`` marks 几/数 and adjacent-digit ranges such as 两三 or 七八.
    """

    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    precision: Decimal
    more_than: bool
    vague: bool


# --- Characters -------------------------------------------------------------------------

_DIGIT_VALUES = {
    **dict.fromkeys("一壹", 1),
    **dict.fromkeys("二两兩贰貳", 2),
    **dict.fromkeys("三叁參", 3),
    **dict.fromkeys("四肆", 4),
    **dict.fromkeys("五伍", 5),
    **dict.fromkeys("六陆陸", 6),
    **dict.fromkeys("七柒", 7),
    **dict.fromkeys("八捌", 8),
    **dict.fromkeys("九玖", 9),
}
_ZEROS = "零〇○"
_SMALL_EXPONENTS = {
    **dict.fromkeys("十拾", 1),
    **dict.fromkeys("百佰", 2),
    **dict.fromkeys("千仟", 3),
}
_BIG_EXPONENTS = {**dict.fromkeys("万萬", 4), **dict.fromkeys("亿億", 8)}
#: 廿/卅/卌 are a digit and 十 written as one character.
_TENS = {"廿": 2, "卅": 3, "卌": 4}
_REMAINDERS = "余多餘"
#: 几 fills one place with an unknown digit; 数 only ever leads ("数百", never "百数").
_FEW = "几幾"
_SEVERAL = "数數"
#: Adjacent digits read as "one or the other" (两三个, 七八成), plus the idiomatic 三五.
_PAIRS = (
    "一二",
    "二三",
    "两三",
    "兩三",
    "三四",
    "四五",
    "五六",
    "六七",
    "七八",
    "八九",
    "一两",
    "一兩",
    "三五",
)

_DIGITS = "".join(_DIGIT_VALUES)
_DIGIT_OR_ZERO = _DIGITS + _ZEROS
_TRANSLATE_DIGITS = str.maketrans(
    {c: str(v) for c, v in _DIGIT_VALUES.items()}
    | dict.fromkeys(_ZEROS, "0")
    | {"点": ".", "點": "."}
)

# --- Grammar ----------------------------------------------------------------------------

_D = f"[{_DIGITS}]"
_Z = f"[{_ZEROS}]"
_POINT = "[点點]"
#: Comma groups count only when exactly three digits follow; otherwise the comma ends a clause.
_ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+|[0-9]+)(?:\.[0-9]+)?"
#: A Chinese digit, optionally with a decimal part (三点五); 零 only before 点 (零点五).
_CHINESE_DIGIT = f"(?:{_D}|{_Z}(?={_POINT}))(?:{_POINT}[{_DIGIT_OR_ZERO}]+)?"
#: 千 directly before 米/克/瓦/卡/帕 belongs to the unit (千米 = km), not to the numeral.
_SMALL = "(?:[十拾百佰]|[千仟](?![米克瓦卡帕]))"
_BIG = "(?:[万萬][亿億]?|[亿億])"
_PLACE = f"(?:{_SMALL}{_BIG}?|{_BIG})"
_PAIR = "(?:" + "|".join(_PAIRS) + ")"
_COEFFICIENT = f"(?:{_ARABIC}|{_PAIR}|{_CHINESE_DIGIT}|[{_FEW}])"
#: A coefficient and a place word are tried only where a place word ends the run of digits:
#: the characters a coefficient consumes (and 零) never begin a place, so this lookahead
#: only spares the regex engine from backing off every digit of 2181.3 looking for one.
_BEFORE_PLACE = f"(?=[0-9,.点點{_DIGIT_OR_ZERO}{_FEW}]*[十拾百佰千仟万萬亿億])"
_FIRST_TERM = (
    f"(?:[{_SEVERAL}]{_PLACE}|{_BEFORE_PLACE}{_COEFFICIENT}{_PLACE}"
    f"|[十拾]{_BIG}?|[{''.join(_TENS)}]{_BIG}?)"
)
_LATER_TERM = f"(?:{_BEFORE_PLACE}{_Z}*{_COEFFICIENT}{_PLACE}|{_Z}+[十拾]{_BIG}?)"
#: A digit after the last place word: the next lower place (一万五, 十二) or, after 零, units.
_TAIL = f"(?:{_Z}*(?:{_PAIR}|{_CHINESE_DIGIT}|[{_FEW}]))"
_POSITIONAL = f"{_FIRST_TERM}{_LATER_TERM}*{_TAIL}?"
#: A place word with no digit (百万, 千亿, 万): only after 逾/超/破 in practice. Before 分 it
#: heads a fraction or a point (百分之, 千分之, 百分点), which the extractor reads itself.
_BARE_MAGNITUDE = f"(?:(?:[百佰]|[千仟](?![米克瓦卡帕])){_BIG}?|{_BIG})(?!分)"
_DIGIT_STRING = f"[{_DIGIT_OR_ZERO}]{{2,}}"
_LONE_DIGIT = f"(?:{_CHINESE_DIGIT}|{_Z})"
_REMAINDER = f"(?:[{_REMAINDERS}]{_BIG}?)"

NUMERAL_PATTERN = (
    f"(?:(?:{_POSITIONAL}|{_BARE_MAGNITUDE}|{_ARABIC}){_REMAINDER}?"
    f"|{_DIGIT_STRING}[{_REMAINDERS}]?|{_LONE_DIGIT}{_REMAINDER}?)"
)
"""Regex source for one numeral; only non-capturing groups, so it embeds anywhere."""

NUMERAL_CHARS = (
    "0-9,."
    + "点點"
    + _DIGIT_OR_ZERO
    + "".join(_SMALL_EXPONENTS)
    + "".join(_BIG_EXPONENTS)
    + "".join(_TENS)
    + _REMAINDERS
    + _FEW
    + _SEVERAL
)
"""Body of a regex character class holding every character a numeral can consume, so that
``(?=[NUMERAL_CHARS]*X)`` is a cheap necessary condition for ``NUMERAL_PATTERN X`` when no
character of X is in the class."""

_NUMERAL = re.compile(NUMERAL_PATTERN)
_TOKEN = re.compile(rf"[0-9][0-9,]*(?:\.[0-9]+)?|[{_DIGIT_OR_ZERO}]{_POINT}[{_DIGIT_OR_ZERO}]+|.")
_MAGNITUDE_EXPONENTS = {
    small + big: _SMALL_EXPONENTS.get(small, 0) + sum(_BIG_EXPONENTS[c] for c in big)
    for small in ["", *_SMALL_EXPONENTS]
    for big in ["", "万", "萬", "亿", "億", "万亿", "萬億", "萬亿", "万億"]
}
_MAGNITUDES = "|".join(sorted(filter(None, _MAGNITUDE_EXPONENTS), key=len, reverse=True))
_FAST = re.compile(
    rf"([0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.([0-9]+))?({_MAGNITUDES})?([{_REMAINDERS}])?"
)

#: Used only to shift and trim finished values; Inexact makes any rounding an error.
_EXACT = Context(prec=10_000, traps=[Inexact, InvalidOperation])
_HALF = Decimal("0.5")

# --- Evaluation -------------------------------------------------------------------------
#
# Values are computed as Python ints counting units of 10**-scale, where scale is one more
# than the most decimals any token carries, so every shift the grammar allows stays exact;
# the Decimal is built once at the end. "Place" below is a power of ten: the place of the
# last written digit, from which both the precision and an elided digit's place follow.

_NUM, _ZERO, _MORE, _SMALL_PLACE, _BIG_PLACE = range(5)
_PLACES = (_SMALL_PLACE, _BIG_PLACE)
#: (kind, low digit(s), high digit(s), decimals written, exponent of a place word)
_Item = tuple[int, int, int, int, int]
_FEW_LEADING: _Item = (_NUM, 2, 9, 0, 0)
_FEW_TRAILING: _Item = (_NUM, 1, 9, 0, 0)

_CHAR_ITEMS: dict[str, tuple[_Item, ...]] = {
    **{c: ((_NUM, v, v, 0, 0),) for c, v in _DIGIT_VALUES.items()},
    **dict.fromkeys(_ZEROS, ((_ZERO, 0, 0, 0, 0),)),
    **{c: ((_SMALL_PLACE, 0, 0, 0, e),) for c, e in _SMALL_EXPONENTS.items()},
    **{c: ((_BIG_PLACE, 0, 0, 0, e),) for c, e in _BIG_EXPONENTS.items()},
    **{c: ((_NUM, v, v, 0, 0), (_SMALL_PLACE, 0, 0, 0, 1)) for c, v in _TENS.items()},
    **dict.fromkeys(_REMAINDERS, ((_MORE, 0, 0, 0, 0),)),
    **dict.fromkeys(_SEVERAL, (_FEW_LEADING,)),
}


@functools.cache
def _half_place(place: int) -> Decimal:
    """Precision of a last written digit at 10**place: half of that place."""
    return _tidy(Decimal((0, (5,), place - 1)))


def _tidy(number: Decimal) -> Decimal:
    """Drop exponents and trailing fraction zeros (2.1813E+11, 12.50); the value is unchanged."""
    if number == number.to_integral_value():
        return Decimal(int(number))
    return number.normalize(_EXACT)


def _scaled(units: int, scale: int) -> Decimal:
    """The Decimal worth ``units`` × 10**-scale."""
    whole, fraction = divmod(units, 10**scale)
    if not fraction:
        return Decimal(whole)
    return _tidy(Decimal(units).scaleb(-scale, _EXACT))


def _items(text: str) -> list[_Item]:
    """Split a numeral that matched :data:`NUMERAL_PATTERN` into evaluation items.

    Adjacent digits fold into one ranged digit (两三 → 2..3). 几 after a place word fills the
    next lower place with 1–9 (十几 = 11–19); leading, it multiplies by 2–9 (几十 = 20–90),
    as 数 always does.
    """
    items: list[_Item] = []
    for token in _TOKEN.findall(text):
        found = _CHAR_ITEMS.get(token)
        if found is not None:
            if found[0][0] == _NUM and items and items[-1][0] == _NUM:
                first = items.pop()
                items.append((_NUM, first[1], found[0][2], 0, 0))
            else:
                items.extend(found)
        elif token in _FEW:
            after_place = bool(items) and items[-1][0] in _PLACES
            items.append(_FEW_TRAILING if after_place else _FEW_LEADING)
        else:  # Arabic digits, or a Chinese decimal such as 三点五
            digits = token.replace(",", "").translate(_TRANSLATE_DIGITS)
            whole, _, fraction = digits.partition(".")
            number = int(whole + fraction)
            items.append((_NUM, number, number, len(fraction), 0))
    return items


def _evaluate(items: list[_Item], scale: int, upper: bool) -> tuple[int, int]:
    """Value (in units of 10**-scale) and last written place of a positional numeral.

    亿 closes everything before it, 万 closes the part below 亿, 十/百/千 multiply the digit
    before them (or an implicit 一). A digit after the last place word takes the next lower
    place (一万五 = 15000, 十二 = 12) unless 零 stands between (一百零八 = 108).
    """
    above_wan = below_wan = under_wan = 0  # the 亿 part, the 万 part, the rest
    pending: int | None = None
    pending_place = 0
    pending_after_place = False
    place = 0
    previous = -1
    for kind, low, high, decimals, exponent in items:
        if kind == _NUM:
            pending = (high if upper else low) * 10 ** (scale - decimals)
            pending_place = -decimals
            pending_after_place = previous in _PLACES
        elif kind == _SMALL_PLACE:
            if pending is None:
                pending, pending_place = 10**scale, 0
            under_wan += pending * 10**exponent
            place = pending_place + exponent
            pending = None
        elif kind == _BIG_PLACE:
            group = under_wan + (pending or 0) + (below_wan if exponent == 8 else 0)
            if pending is not None:
                place = pending_place
            elif not group:
                group, place = 10**scale, 0  # a bare 万 or 亿
            place += exponent
            if exponent == 8:
                above_wan += group * 10**8
                below_wan = 0
            else:
                below_wan += group * 10**4
            under_wan, pending = 0, None
        if kind != _MORE:
            previous = kind
    total = above_wan + below_wan + under_wan
    if pending is None:
        return total, place
    if not pending_after_place:
        return total + pending, pending_place
    shift = place - 1
    if shift < 0:
        pending, remainder = divmod(pending, 10**-shift)
        if remainder:
            raise ValueError("an elided digit falls below the last decimal written")
    else:
        pending *= 10**shift
    return total + pending, pending_place + shift


def _read_positional(text: str, more_than: bool) -> Numeral:
    items = _items(text)
    scale = 1 + max(item[3] for item in items)
    low, place = _evaluate(items, scale, upper=False)
    vague = any(item[1] != item[2] for item in items)
    high = _evaluate(items, scale, upper=True)[0] if vague else low
    if low == high:
        return Numeral(_scaled(low, scale), None, None, _half_place(place), more_than, False)
    low_value, high_value = _scaled(low, scale), _scaled(high, scale)
    return Numeral(None, low_value, high_value, _half_place(place), more_than, vague=True)


def _digit_string(text: str, more_than: bool) -> Numeral | None:
    """Read 一〇五 / 二〇二五 digit by digit, and 两三 / 七八 as ranges; None if not one."""
    if len(text) < 2 or not all(c in _DIGIT_VALUES or c in _ZEROS for c in text):
        return None
    if text in _PAIRS:
        low, high = (Decimal(_DIGIT_VALUES[c]) for c in text)
        return Numeral(None, low, high, _HALF, more_than, vague=True)
    value = Decimal(text.translate(_TRANSLATE_DIGITS))
    return Numeral(value, None, None, _HALF, more_than, vague=False)


def _fast(text: str) -> Numeral | None:
    """Plain Arabic digits with at most a magnitude and a 余/多: the bulk of news copy."""
    match = _FAST.fullmatch(text)
    if match is None:
        return None
    whole, fraction, magnitude, remainder = match.groups()
    exponent = _MAGNITUDE_EXPONENTS[magnitude] if magnitude else 0
    decimals = len(fraction) if fraction else 0
    whole = whole.replace(",", "")
    digits = int(whole + fraction) if fraction else int(whole)
    shift = exponent - decimals
    value = Decimal(digits * 10**shift) if shift >= 0 else _scaled(digits, -shift)
    return Numeral(value, None, None, _half_place(shift), remainder is not None, False)


@functools.lru_cache(maxsize=16384)
def parse_numeral(text: str) -> Numeral:
    """Read one numeral; raise ValueError unless ``text`` fully matches the numeral grammar."""
    fast = _fast(text)
    if fast is not None:
        return fast
    if _NUMERAL.fullmatch(text) is None:
        raise ValueError(f"not a numeral: {text!r}")
    more_than = any(c in _REMAINDERS for c in text)
    digit_string = _digit_string(text.rstrip(_REMAINDERS), more_than)
    if digit_string is not None:
        return digit_string
    return _read_positional(text, more_than)


def parse_chinese_integer(text: str) -> int:
    """Read a numeral that must be an exact integer (三千零五十万, 一〇五, 廿)."""
    numeral = parse_numeral(text)
    value = numeral.value
    if value is None or numeral.more_than or value != value.to_integral_value():
        raise ValueError(f"not an exact integer: {text!r}")
    return int(value)


_SLASH = re.compile(r"([0-9]+(?:\.[0-9]+)?)/([0-9]+(?:\.[0-9]+)?)")
_PER = re.compile(r"([0-9]+(?:\.[0-9]+)?)([%‰])")


def _exact(text: str) -> Decimal:
    numeral = parse_numeral(text)
    if numeral.value is None or numeral.more_than:
        raise ValueError(f"not an exact number: {text!r}")
    return numeral.value


def parse_fraction(text: str) -> Decimal:
    """Read X分之Y, a/b, N% or N‰ as a Decimal at the current context's precision.

    百分之 and 千分之 need no special case: their heads 百 and 千 are bare magnitudes.
    """
    head, separator, tail = text.partition("分之")
    if separator:
        numerator, denominator = _exact(tail), _exact(head)
    elif match := _SLASH.fullmatch(text):
        numerator, denominator = Decimal(match[1]), Decimal(match[2])
    elif match := _PER.fullmatch(text):
        numerator, denominator = Decimal(match[1]), Decimal(100 if match[2] == "%" else 1000)
    else:
        raise ValueError(f"not a fraction: {text!r}")
    if not denominator:
        raise ValueError(f"zero denominator: {text!r}")
    return numerator / denominator


# --- Spelling ---------------------------------------------------------------------------

_SPELLED_DIGITS = "零一二三四五六七八九"
_SPELLED_PLACES = ("千", "百", "十", "")


def _spell_section(number: int, leading: bool) -> str:
    """Spell 1..9999; a leading 10–19 drops its 一 (十二), an inner one keeps it (一十二)."""
    out: list[str] = []
    gap = False
    for digit, place in zip(f"{number:04d}", _SPELLED_PLACES, strict=True):
        if digit == "0":
            gap = bool(out)
            continue
        if gap:
            out.append("零")
            gap = False
        if not (digit == "1" and place == "十" and leading and not out):
            out.append(_SPELLED_DIGITS[int(digit)])
        out.append(place)
    return "".join(out)


def _spell_below_yi(number: int, leading: bool) -> str:
    wan, rest = divmod(number, 10_000)
    if not wan:
        return _spell_section(rest, leading)
    spelled = _spell_section(wan, leading) + "万"
    if rest:
        spelled += ("零" if rest < 1000 else "") + _spell_section(rest, leading=False)
    return spelled


def chinese_spelling(n: int) -> str:
    """Canonical spelling of 0 ≤ n < 10**16 (3500 → 三千五百, 10**12 → 一万亿)."""
    if not 0 <= n < 10**16:
        raise ValueError(f"cannot spell {n}: only 0 ≤ n < 10**16")
    if n == 0:
        return "零"
    yi, rest = divmod(n, 10**8)
    if not yi:
        return _spell_below_yi(rest, leading=True)
    spelled = _spell_below_yi(yi, leading=True) + "亿"
    if rest:
        spelled += ("零" if rest < 10**7 else "") + _spell_below_yi(rest, leading=False)
    return spelled
