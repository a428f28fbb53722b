"""The unit words of Chinese copy, read from ``lexicon.txt``: what follows a number.

The extractor needs three things per word: which unit code it means, the factor from the
word to that code's unit (兆瓦 is 1000 kW, 分钱 is 0.01 元), and the claim kind to assume
when the sentence says nothing more. Keeping this as data lets a newsroom add a counter
or a variant spelling without touching a regex. Loading it does not import pint.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType

from claims.lexicon import literal_trie
from claims.units.codes import pint_expression

LEXICON_FILE = Path(__file__).with_name("lexicon.txt")

KINDS = frozenset({"amount", "count", "duration", "share", "pp_difference", "ratio"})
"""The claim kinds a unit word may suggest (a subset of ``claims.model.Kind``)."""

_ASCII_GUARD = r"(?![A-Za-z0-9²³])"


@dataclass(frozen=True, slots=True)
class UnitWord:
    """One surface form: ``number × factor`` is the value in the unit ``code`` names."""

    surface: str
    code: str
    factor: Decimal
    kind: str


def _parse(number: int, line: str) -> UnitWord:
    where = f"{LEXICON_FILE.name}:{number}"
    fields = line.split()
    if len(fields) != 4:
        raise ValueError(f"{where}: expected '<surface> <code> <factor> <kind>'")
    surface, code, factor_text, kind = fields
    pint_expression(code)  # raises UnknownUnit for a code the registry cannot read
    try:
        factor = Decimal(factor_text)
    except InvalidOperation:
        raise ValueError(f"{where}: factor {factor_text!r} is not a decimal") from None
    if not factor.is_finite() or factor <= 0:
        raise ValueError(f"{where}: factor {factor_text!r} must be a positive number")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
    return UnitWord(surface, code, factor, kind)


@functools.cache
def unit_words() -> Mapping[str, UnitWord]:
    """Every surface form → its ``UnitWord``, read once; the mapping is read-only."""
    words: dict[str, UnitWord] = {}
    for number, raw in enumerate(LEXICON_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word = _parse(number, line)
        if word.surface in words:
            raise ValueError(f"{LEXICON_FILE.name}:{number}: {word.surface!r} listed twice")
        words[word.surface] = word
    return MappingProxyType(words)


@functools.cache
def unit_alternation() -> str:
    """A regex alternation of every surface, longest first, so 千瓦时 wins over 千瓦.

    Surfaces ending in a Latin letter carry a lookahead so that ``m`` does not match the
    start of ``min`` or ``mm``, nor ``km`` the start of an unlisted ``kmh``.
    """
    surfaces = sorted(unit_words(), key=lambda surface: (-len(surface), surface))
    return literal_trie(
        [
            (surface, _ASCII_GUARD if surface[-1].isascii() and surface[-1].isalpha() else "")
            for surface in surfaces
        ]
    )


def counter_code(counter: str) -> str:
    """The code of a counter word: 家 → count:家, 個 → count:个, 人次 → person_time."""
    word = unit_words().get(counter)
    if word is None or word.kind != "count":
        raise ValueError(f"{counter!r} is not a counter in {LEXICON_FILE.name}")
    return word.code
