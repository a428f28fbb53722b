"""The number as written in a claim's text, and the unit that one written step stands for.

Messages and corrections speak the copy's own units: "12345.6万吨 × 0.2 = 2469.12亿斤" reads
better than a sum in kilograms, and a correction must keep the writer's 亿斤 and decimals.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from claims.interval import Interval
from claims.model import Claim
from factcheck.finding import Suggestion

_WRITTEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def mantissa(claim: Claim) -> tuple[str, Decimal] | None:
    """The digits as written ("2731.9") and the value of one written unit (亿斤 → 5e7 kg)."""
    if claim.value is None:
        return None
    m = _WRITTEN.search(claim.text)
    if m is None:
        return None
    try:
        written = Decimal(m.group(0).replace(",", ""))
    except InvalidOperation:
        return None
    if written == 0:
        return None
    return m.group(0), claim.value / written


def unit_word(claim: Claim) -> str:
    """What follows the digits: 万吨, 亿斤, 千公顷 (empty for numbers in Chinese numerals)."""
    m = _WRITTEN.search(claim.text)
    return claim.text[m.end() :].strip() if m else ""


def in_written_units(value: Decimal, claim: Claim) -> Decimal | None:
    """``value`` (in the claim's canonical unit) as a number of the claim's written units."""
    found = mantissa(claim)
    if found is None:
        return None
    return value / found[1]


def decimals(written: str) -> int:
    return len(written) - written.index(".") - 1 if "." in written else 0


def rounded_as_written(value: Decimal, claim: Claim) -> str | None:
    """``value`` written with the claim's units and number of decimals (2397.98 → 2398.0)."""
    found = mantissa(claim)
    if found is None:
        return None
    digits, scale = found
    places = decimals(digits.replace(",", ""))
    return f"{(value / scale).quantize(Decimal(1).scaleb(-places)):f}"


def target_of(claim: Claim, other: Claim, same_place: bool) -> Interval:
    """Where ``claim`` must lie to agree with ``other``: its very value when both are rounded
    to the same place (one value gives one set of digits), else ``other``'s interval."""
    if same_place and other.value is not None:
        return Interval.point(other.value)
    return other.bounds()


def real_change(claim: Claim, suggestion: Suggestion | None) -> Suggestion | None:
    """The suggestion, unless it only rewrites the same number (3964.5 as 03964.5); a new
    scale word around the same digits (382.6亿吨 → 382.6万吨) is a real change."""
    if suggestion is None:
        return None
    found = mantissa(claim)
    m = _WRITTEN.search(suggestion.replacement)
    if found is None or m is None:
        return suggestion
    try:
        same = Decimal(m.group(0).replace(",", "")) == Decimal(found[0].replace(",", ""))
    except InvalidOperation:
        return suggestion
    same_words = unit_word(claim) == suggestion.replacement[m.end() :].strip()
    return None if same and same_words else suggestion


#: Chinese numerals that are digits (十, 百, 千 only say where the digits stand).
_ZH_DIGITS = frozenset("〇○零一二三四五六七八九两兩壹贰貳叁參肆伍陆陸柒捌玖")


def written_digits(claim: Claim) -> int:
    """How many digits the number is written with: 382.6 has four, 百分八十七點五 three."""
    found = mantissa(claim)
    if found is not None:
        return sum(ch.isdigit() for ch in found[0])
    return sum(ch in _ZH_DIGITS for ch in claim.text)
