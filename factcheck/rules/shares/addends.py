"""Numbers that can be added up: levels and signed changes, with the words around them.

A sum relation adds like to like: stocks of one unit (进出口3.06万亿元 + 2.38万亿元), or
changes of one unit with their signs (增加6455万元、减少282万元). A claim's kind says most of
that, but a few readings need the words just before the number: 增加值 (value added) is a
level although it starts with 增加, and 减收1070万元 is a fall although the number alone reads
as an amount. The sentence texts are read in Simplified script, so one set of keywords
serves Traditional copy too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from claims.extraction.zh import normalized_sentences
from claims.interval import Interval
from claims.model import Claim, Kind, Qualifier
from factcheck.context import Context

LEVEL = "level"
CHANGE = "change"

#: Roles of the page whose numbers take part in sums (headlines only repeat the body).
BODY_ROLES = ("body", "lede")

_VALUE_ADDED = re.compile(r"增加值(?:为|达|达到|实现|完成)?$")
_FALL = re.compile(r"(?:减收|减少|减产|减支|下降|下滑|回落)(?:了|约|近)?$")
_RISE = re.compile(r"(?:增收|增加|增产|增支|多出|增长)(?:了|约|近)?$")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_NUMERAL = re.compile(r"[0-9〇零一二三四五六七八九十百千两]")
#: Words that make a figure a rate (per hectare, per head, average), which never adds up.
_INTENSIVE = re.compile(r"每|人均|平均|单产|均价|亩产")


@dataclass(frozen=True)
class Addend:
    """A claim as a term of a sum: its role (level or change), sign and unit.

    Sum finders try each addend in many candidate groups, so what they ask of it (its
    signed value and interval, its significant digits) is worked out once, here; an Addend
    lives for one document, like its claim.
    """

    claim: Claim
    role: str
    sign: int
    exact: bool = field(init=False, repr=False, compare=False)
    #: Significant digits as written (700 has three, 0.05 one): how telling a match is.
    digits: int = field(init=False, repr=False, compare=False)
    _bounds: Interval = field(init=False, repr=False, compare=False)
    _signed: Decimal = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        claim, sign = self.claim, Decimal(self.sign)
        value = claim.value or Decimal(0)
        m = _DIGITS.search(claim.text)
        if m is None:
            digits = len(value.normalize().as_tuple().digits)
        else:
            digits = len(m.group(0).replace(".", "").lstrip("0"))
        setattr_frozen = object.__setattr__
        setattr_frozen(self, "exact", claim.qualifier is Qualifier.EXACT)
        setattr_frozen(self, "digits", digits)
        setattr_frozen(self, "_bounds", claim.bounds().scale(sign))
        setattr_frozen(self, "_signed", sign * value)

    @property
    def unit(self) -> str:
        return self.claim.unit

    @property
    def key(self) -> tuple[str, str]:
        return (self.role, self.claim.unit)

    def bounds(self) -> Interval:
        """The signed interval the written number stands for."""
        return self._bounds

    def signed(self) -> Decimal:
        return self._signed


class Texts:
    """The Simplified text of every sentence, and where a claim stands in it."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.sentences: list[str] = ctx.derived(
            "normalized sentences", lambda c: normalized_sentences(c.doc)
        )

    def offset(self, claim: Claim) -> int:
        """The claim's start as an offset in its sentence's clean text."""
        sentence = self.ctx.doc.sentences[claim.sentence]
        for clean_start, source_start, length in sentence.pieces:
            if source_start <= claim.start < source_start + length:
                return clean_start + claim.start - source_start
        return 0

    def before(self, claim: Claim, width: int = 12) -> str:
        """Up to ``width`` characters of the claim's sentence just before it."""
        text = self.sentences[claim.sentence]
        at = self.offset(claim)
        return text[max(0, at - width) : at]

    def sentence(self, index: int) -> str:
        return self.sentences[index]


_LEVEL_KINDS = (Kind.AMOUNT, Kind.COUNT)
_ADDABLE_KINDS = (Kind.AMOUNT, Kind.COUNT, Kind.GROWTH, Kind.DECLINE)
#: Units of a change that is a rate, not an amount that adds.
_RATE_UNITS = ("percent", "percentage_point", "ratio")


def addend(claim: Claim, texts: Texts) -> Addend | None:
    """The claim as a term of a sum, or None when it is not a quantity one adds."""
    if claim.value is None or claim.role not in BODY_ROLES or not _NUMERAL.search(claim.text):
        return None
    if claim.kind not in _ADDABLE_KINDS or (
        claim.kind not in _LEVEL_KINDS and claim.unit in _RATE_UNITS
    ):
        return None  # a share, a rate or a rank: nothing to add, whatever the words before
    lead = texts.before(claim, 8)
    if _INTENSIVE.search(lead):
        return None
    if claim.kind in (Kind.AMOUNT, Kind.COUNT):
        if _FALL.search(lead):
            return Addend(claim, CHANGE, -1)
        if _RISE.search(lead) and not _VALUE_ADDED.search(lead):
            return Addend(claim, CHANGE, 1)
        return Addend(claim, LEVEL, 1)
    if claim.kind in (Kind.GROWTH, Kind.DECLINE) and claim.unit not in _RATE_UNITS:
        if _VALUE_ADDED.search(lead):
            return Addend(claim, LEVEL, 1)
        return Addend(claim, CHANGE, 1 if claim.kind is Kind.GROWTH else -1)
    return None


def addends(ctx: Context, texts: Texts) -> list[Addend]:
    """Every addable claim of the document, in reading order."""
    found = (addend(c, texts) for c in ctx.numeric)
    return sorted((a for a in found if a is not None), key=lambda a: a.claim.start)


def total_bounds(parts: Sequence[Addend]) -> Interval:
    """The interval of the sum: the ends added up in order, unbounded if any part is."""
    lo: Decimal | None = Decimal(0)
    hi: Decimal | None = Decimal(0)
    for part in parts:
        bounds = part._bounds
        lo = None if lo is None or bounds.lo is None else lo + bounds.lo
        hi = None if hi is None or bounds.hi is None else hi + bounds.hi
    return Interval(lo, hi)
