"""Exact conversion between unit codes: pint decides, rational arithmetic computes.

pint checks the dimensions and supplies the factor, but it evaluates a definition such as
``hectare / 15`` in 28-digit Decimal arithmetic, so its 亩→公顷 factor is 0.0666…7, not 1/15.
The factors we define are all ratios of small integers, so the exact ratio is recovered
from pint's digits (``Fraction.limit_denominator``) and the value is multiplied as a
fraction. The result is the shortest decimal within 1e-20 (relative) of the exact answer:
exact whenever the exact answer has at most 20 significant digits, which news numbers
always do, and close enough that converting back gives the original value.
"""

from __future__ import annotations

import functools
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, Inexact
from fractions import Fraction

from claims.units.errors import UnitMismatch
from claims.units.registry import pint_unit, registry

EXACT_DIGITS = 20
"""Results with at most this many significant digits are returned exactly."""

_MAX_DENOMINATOR = 10**9
_RECOVERY_TOLERANCE = Fraction(1, 10**24)


def convert(value: Decimal, from_code: str, to_code: str) -> Decimal:
    """``value`` in ``from_code`` expressed in ``to_code``; ``UnitMismatch`` across dimensions.

    >>> convert(Decimal("15"), "mu", "hectare")
    Decimal('1')
    """
    if not value.is_finite():
        raise ValueError(f"cannot convert the non-finite value {value}")
    factor = conversion_factor(from_code, to_code)
    if factor == 1:
        return value
    return shortest_decimal(Fraction(value) * factor)


@functools.cache
def conversion_factor(from_code: str, to_code: str) -> Fraction:
    """The exact factor from one code's unit to another's, checked by pint's dimensions."""
    source, target = pint_unit(from_code), pint_unit(to_code)
    if source.dimensionality != target.dimensionality:
        raise UnitMismatch(
            f"cannot convert {from_code} ({source.dimensionality}) "
            f"to {to_code} ({target.dimensionality})"
        )
    if source == target:
        return Fraction(1)
    approximate = registry().Quantity(Decimal(1), source).to(target).magnitude
    return rational_factor(Decimal(approximate))


def rational_factor(approximate: Decimal) -> Fraction:
    """The simple fraction pint's 28-digit factor stands for (1/15 from 0.0666…7).

    When no fraction with a denominator up to 10⁹ lies within 1e-24 of the digits, the
    digits themselves are the factor.
    """
    digits = Fraction(approximate)
    simple = digits.limit_denominator(_MAX_DENOMINATOR)
    if abs(simple - digits) <= abs(digits) * _RECOVERY_TOLERANCE:
        return simple
    return digits


def shortest_decimal(exact: Fraction) -> Decimal:
    """The shortest decimal within 1e-20 of ``exact`` (relative), written without exponent.

    The tolerance is measured against the larger of the two magnitudes, which makes a round
    trip a→b→a return the starting value whenever it has up to 15 significant digits. The
    error test runs in exact Decimal arithmetic (unbounded precision, no division).
    """
    numerator, denominator = Decimal(exact.numerator), Decimal(exact.denominator)
    try:
        return _plain(Context(prec=EXACT_DIGITS, traps=[Inexact]).divide(numerator, denominator))
    except Inexact:
        pass
    unbounded = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
    digits = 1
    while True:  # ends by 21 digits, whose rounding error is at most 5e-21
        candidate = Context(prec=digits).divide(numerator, denominator)
        scaled = unbounded.multiply(candidate, denominator)
        error = unbounded.abs(unbounded.subtract(scaled, numerator))
        larger = max(unbounded.abs(scaled), unbounded.abs(numerator))
        if error <= unbounded.scaleb(larger, -EXACT_DIGITS):
            return _plain(candidate)
        digits += 1


def _plain(value: Decimal) -> Decimal:
    """Trailing zeros dropped and no positive exponent: 1.5E+3 becomes 1500."""
    reduced = value.normalize(Context(prec=EXACT_DIGITS + 2))
    exponent = reduced.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        return Decimal(int(reduced))
    return reduced
