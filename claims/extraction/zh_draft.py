"""A claim in the making: what a match of the claim pattern reads as, before it gets an id
and a place in the source; and the small readings every form shares (numeral, qualifier,
surface, magnitude)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from claims.extraction.zh_patterns import patterns
from claims.model import Kind, Qualifier
from claims.numbers import Numeral, parse_numeral

HUNDRED = Decimal(100)

#: Kind by its value: a dictionary look-up is cheaper than calling the enum.
KINDS: dict[str, Kind] = {kind.value: kind for kind in Kind}

#: Magnitude characters, whose presence on the upper end of a range scales the lower end.
MAGNITUDES = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))


@dataclass(slots=True)
class Draft:
    """A claim before it has an id and a place in the source (clean-text offsets).

    Treated as immutable (changes go through ``dataclasses.replace``) but not declared
    frozen: a frozen dataclass sets each of its fields through ``object.__setattr__``, which
    made building drafts a tenth of the scan.
    """

    start: int
    end: int
    number_start: int
    kind: Kind
    unit: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier
    precision: Decimal
    note: str | None = None
    bare: bool = False  # no unit written: may inherit one from the next list item
    threshold: bool = False  # a category bound (亿元以上项目), not a claim of its own
    bound: Draft | None = None  # the category bound on the items this claim counts


@functools.lru_cache(maxsize=16384)
def numeral_of(text: str) -> Numeral | None:
    try:
        return parse_numeral(text)
    except ValueError:
        return None


@functools.cache
def _qualifier_words() -> tuple[dict[str, Qualifier], dict[str, Qualifier]]:
    """The prefix and suffix qualifier words of the lexicon, read as Qualifiers once."""
    p = patterns()
    prefix = {word: Qualifier(name) for word, name in p.prefix_qualifier.items()}
    suffix = {word: Qualifier(name) for word, name in p.suffix_qualifier.items()}
    return prefix, suffix


def qualifier_of(m: re.Match[str], numeral: Numeral | None, ranged: bool) -> Qualifier:
    """The qualifier a match of the claim pattern states (超, 近, 余, 以上…)."""
    if ranged or (numeral is not None and numeral.value is None):
        return Qualifier.RANGE
    pre, post, rem, rem2 = m.group("pre", "post", "rem", "rem2")
    if rem or rem2 or (numeral and numeral.more_than):
        return Qualifier.MORE_THAN
    prefix, suffix = _qualifier_words()
    if post:
        return suffix[post]
    if pre == "上":
        return Qualifier.OVER
    if pre:
        return prefix[pre]
    return Qualifier.EXACT


def surface_start(m: re.Match[str], number_start: int) -> int:
    """Keep hedges (超, 近, 约) in the surface; drop exact-valued verbs (达, 累计)."""
    pre = m.group("pre")
    if pre and (pre == "上" or patterns().prefix_qualifier.get(pre) != "exact"):
        return m.start()
    return number_start


def magnitude_of(text: str) -> Decimal:
    for word, factor in MAGNITUDES:
        if text.endswith(word):
            return factor
    return Decimal(1)


def scaled(value: Decimal | None, factor: Decimal) -> Decimal | None:
    return None if value is None else value * factor
