"""Closed intervals of Decimals, and the interval a written number stands for.

A published number is a range, not a point: "55%" is anything that rounds to 55%, "超2000亿元"
anything above 2000亿元. Checking arithmetic on the ranges, never on the points, is what
keeps rounding from raising false alarms.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.model import Claim

#: How far below its number a "近/接近" value may lie, as a fraction of the number.
NEARLY_SLACK = Decimal("0.10")
#: How far either side of its number an "约/左右" value may lie, as a fraction.
ABOUT_SLACK = Decimal("0.10")


@dataclass(frozen=True, slots=True)
class Interval:
    """[lo, hi]; ``None`` at an end means unbounded on that side."""

    lo: Decimal | None
    hi: Decimal | None

    @staticmethod
    def point(value: Decimal) -> Interval:
        return Interval(value, value)

    @staticmethod
    def around(value: Decimal, half_width: Decimal) -> Interval:
        return Interval(value - half_width, value + half_width)

    def contains(self, value: Decimal) -> bool:
        if self.lo is not None and value < self.lo:
            return False
        return not (self.hi is not None and value > self.hi)

    def overlaps(self, other: Interval) -> bool:
        if self.hi is not None and other.lo is not None and self.hi < other.lo:
            return False
        return not (other.hi is not None and self.lo is not None and other.hi < self.lo)

    def __add__(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi)

    def __sub__(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.hi is None else self.lo - other.hi
        hi = None if self.hi is None or other.lo is None else self.hi - other.lo
        return Interval(lo, hi)

    def scale(self, factor: Decimal) -> Interval:
        """Multiply by a point; a negative factor swaps the ends."""
        lo = None if self.lo is None else self.lo * factor
        hi = None if self.hi is None else self.hi * factor
        return Interval(lo, hi) if factor >= 0 else Interval(hi, lo)

    def mul(self, other: Interval) -> Interval:
        """Product of two intervals of non-negative numbers (amounts, counts, shares)."""
        lo = (
            None
            if self.lo is None or other.lo is None
            else max(self.lo, Decimal(0)) * max(other.lo, Decimal(0))
        )
        hi = None if self.hi is None or other.hi is None else self.hi * other.hi
        return Interval(lo, hi)

    def divide(self, other: Interval) -> Interval | None:
        """Quotient of non-negative intervals; None when the divisor may be zero."""
        if other.lo is None or other.lo <= 0:
            return None
        lo = (
            None
            if self.lo is None
            else max(self.lo, Decimal(0))
            / (other.hi if other.hi is not None else Decimal("Infinity"))
        )
        hi = None if self.hi is None else self.hi / other.lo
        if lo is not None and not lo.is_finite():
            lo = Decimal(0)
        return Interval(lo, hi)

    def midpoint(self) -> Decimal | None:
        if self.lo is None or self.hi is None:
            return self.lo if self.hi is None else self.hi
        return (self.lo + self.hi) / 2

    def describe(self) -> str:
        lo = "-∞" if self.lo is None else _fmt(self.lo)
        hi = "+∞" if self.hi is None else _fmt(self.hi)
        return f"[{lo}, {hi}]"


def _fmt(value: Decimal) -> str:
    text = f"{value:.6g}" if abs(value) >= Decimal("1e7") else f"{value.normalize():f}"
    return text


def remainder_step(value: Decimal) -> Decimal:
    """The place of the last significant digit: 140 → 10, 2000 → 1000, 3.5 → 0.1.

    "140余家" is 140-odd, so anything in [140, 150); the step is what may be added.
    """
    if value == 0:
        return Decimal(1)
    _, _, exponent = value.normalize().as_tuple()
    assert isinstance(exponent, int)
    return Decimal(1).scaleb(exponent)


def claim_bounds(claim: Claim) -> Interval:
    """The interval the true value of ``claim`` lies in."""
    from claims.model import Qualifier

    p = claim.precision
    q = claim.qualifier
    if claim.value is None:
        low = claim.low if claim.low is not None else Decimal(0)
        high = claim.high if claim.high is not None else low
        if q is Qualifier.OVER or q is Qualifier.AT_LEAST:
            return Interval(low - p, None)
        if q is Qualifier.MORE_THAN:
            return Interval(low - p, high + remainder_step(high) + p)
        return Interval(low - p, high + p)
    v = claim.value
    if q is Qualifier.EXACT:
        return Interval(v - p, v + p)
    if q is Qualifier.ABOUT:
        slack = abs(v) * ABOUT_SLACK
        return Interval(v - slack - p, v + slack + p)
    if q is Qualifier.NEARLY:
        return Interval(v - abs(v) * NEARLY_SLACK - p, v + p)
    if q is Qualifier.OVER or q is Qualifier.AT_LEAST:
        return Interval(v - p, None)
    if q is Qualifier.MORE_THAN:
        return Interval(v - p, v + remainder_step(v) + p)
    if q is Qualifier.AT_MOST or q is Qualifier.LESS_THAN:
        return Interval(None, v + p)
    return Interval(v - p, v + p)
