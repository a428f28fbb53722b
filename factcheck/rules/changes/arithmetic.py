"""Interval arithmetic for changes: growth rates, bases and point differences.

Every formula used here (D ÷ (L − D), L ÷ B − 1, A − B, L·r ÷ (1 + r) …) is monotonic in
each argument over the values that make sense (positive levels, bases above zero), so its
exact range over a box of written intervals is reached at the corners. Evaluating the
corners keeps the result exact where naive interval operations would double-count a
number that appears twice (L in D ÷ (L − D)), and so never widens the tolerance beyond what
the rounding of the written numbers allows.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from decimal import Decimal, DivisionByZero, InvalidOperation

from claims.interval import Interval
from claims.model import Claim
from factcheck.finding import Suggestion
from factcheck.rules.changes.frames import direction
from factcheck.suggest import suggest

HUNDRED = Decimal(100)


def image(f: Callable[..., Decimal | None], *boxes: Interval) -> Interval | None:
    """The range of ``f`` over the corners of ``boxes``; None if unbounded or undefined."""
    ends: list[tuple[Decimal, Decimal]] = []
    for box in boxes:
        if box.lo is None or box.hi is None:
            return None
        ends.append((box.lo, box.hi))
    values: list[Decimal] = []
    for corner in itertools.product(*ends):
        try:
            value = f(*corner)
        except (ZeroDivisionError, DivisionByZero, InvalidOperation):
            return None
        if value is None:
            return None
        values.append(value)
    return Interval(min(values), max(values))


def negate(interval: Interval) -> Interval:
    lo = None if interval.hi is None else -interval.hi
    hi = None if interval.lo is None else -interval.lo
    return Interval(lo, hi)


def signed_rate(claim: Claim) -> Interval:
    """The stated rate with its direction: 下降4.2% → [−4.25%, −4.15%]."""
    bounds = claim.bounds()
    return negate(bounds) if direction(claim) < 0 else bounds


def signed_level(claim: Claim, magnitude: bool = False) -> Interval:
    """A rate used as a level (增长4.8% is a level when compared with another rate).

    ``magnitude`` reads a decline as its size (降幅 1.5% is 1.5, not −1.5).
    """
    return claim.bounds() if magnitude else signed_rate(claim)


def signed_value(claim: Claim, magnitude: bool = False) -> Decimal | None:
    """The written value with its direction (下降0.4% → −0.004), or its size."""
    if claim.value is None:
        return None
    return -claim.value if direction(claim) < 0 and not magnitude else claim.value


def point_difference(minuend: Claim, subtrahend: Claim, magnitude: bool = False) -> Decimal | None:
    """The written difference of two rates in points, for the message."""
    a, b = signed_value(minuend, magnitude), signed_value(subtrahend, magnitude)
    return None if a is None or b is None else (a - b) * HUNDRED


def _positive(value: Decimal) -> Decimal | None:
    return value if value > 0 else None


def rate_from_delta(current: Interval, delta: Interval, sign: int) -> Interval | None:
    """Signed growth implied by a current level and its absolute change: Δ ÷ (L − Δ)."""

    def f(level: Decimal, change: Decimal) -> Decimal | None:
        base = _positive(level - sign * change)
        return None if base is None else sign * change / base

    return image(f, current, delta)


def base_from_delta(current: Interval, delta: Interval, sign: int) -> Interval | None:
    def f(level: Decimal, change: Decimal) -> Decimal:
        return level - sign * change

    return image(f, current, delta)


def rate_between(current: Interval, base: Interval) -> Interval | None:
    """Signed growth from ``base`` to ``current``: L ÷ B − 1."""

    def f(level: Decimal, prior: Decimal) -> Decimal | None:
        b = _positive(prior)
        return None if b is None else level / b - 1

    return image(f, current, base)


def annual_rate_between(current: Interval, base: Interval, years: int) -> Interval | None:
    """Signed compound annual growth from ``base`` to ``current`` over ``years``:
    (L ÷ B)^(1/n) − 1, the 年均增长 of official statistics (the level method)."""
    root = Decimal(1) / Decimal(years)

    def f(level: Decimal, prior: Decimal) -> Decimal | None:
        b = _positive(prior)
        return None if b is None or level <= 0 else (level / b) ** root - 1

    return image(f, current, base)


def delta_for_rate(current: Interval, rate: Interval, sign: int) -> Interval | None:
    """The absolute change a level and a signed rate imply: L·r ÷ (1 + r), as a magnitude."""

    def f(level: Decimal, r: Decimal) -> Decimal | None:
        grown = _positive(1 + r)
        return None if grown is None else sign * level * r / grown

    return image(f, current, rate)


def current_for_delta(delta: Interval, rate: Interval, sign: int) -> Interval | None:
    """The level an absolute change and a signed rate imply: Δ·(1 + r) ÷ r."""

    def f(change: Decimal, r: Decimal) -> Decimal | None:
        if r == 0 or (r > 0) != (sign > 0):
            return None
        return sign * change * (1 + r) / r

    return image(f, delta, rate)


def current_for_base(base: Interval, rate: Interval) -> Interval | None:
    def f(prior: Decimal, r: Decimal) -> Decimal:
        return prior * (1 + r)

    return image(f, base, rate)


def base_for_current(current: Interval, rate: Interval) -> Interval | None:
    def f(level: Decimal, r: Decimal) -> Decimal | None:
        grown = _positive(1 + r)
        return None if grown is None else level / grown

    return image(f, current, rate)


def points_between(minuend: Interval, subtrahend: Interval) -> Interval | None:
    """The difference of two rates (fractions) in percentage points: (A − B) × 100."""

    def f(a: Decimal, b: Decimal) -> Decimal:
        return (a - b) * HUNDRED

    return image(f, minuend, subtrahend)


def scale(interval: Interval | None, factor: Decimal) -> Interval | None:
    return None if interval is None else interval.scale(factor)


def suggest_near(claim: Claim, target: Interval | None) -> Suggestion | None:
    """A one-slip correction nearest the computed value first, else anywhere in range.

    Several variants may fall in a wide target (0.3, 0.4, 0.5 for −0.4 ± 0.1 points);
    the one whose rounding covers the midpoint is the one the arithmetic points to.
    """
    if target is None:
        return None
    middle = target.midpoint()
    if middle is not None:
        near = suggest(claim, Interval.point(middle))
        if near is not None:
            return near
    return suggest(claim, target)
