"""When two claims state the same quantity, and how to compare them across units.

Consistency rules compare a number with its restatement: the headline's figure with the
body's, a total repeated in two paragraphs, a tonnage with its 斤 in brackets. Two claims
speak of the same quantity only when their scope keys do not contradict each other; the
rules then compare the intervals the written numbers stand for, converted into one unit
exactly (claims.units.convert), never the bare points.
"""

from __future__ import annotations

from decimal import Decimal

from claims.interval import Interval
from claims.model import Claim, Kind, Qualifier
from claims.units import UnitMismatch, UnknownUnit, convert, is_count_code

#: Keys that say who, what and when a number is about (the counterpart is compared apart).
SCOPE_KEYS = ("subject_key", "metric_key", "period_key")

#: Unit codes that are plain numbers: a bracket after them is never a unit restatement.
PLAIN_CODES = frozenset({"percent", "ratio", "rank", "none", "percentage_point"})


def key_of(claim: Claim, name: str) -> str | None:
    value = getattr(claim.scope, name)
    return value if isinstance(value, str) else None


def keys_compatible(a: Claim, b: Claim) -> bool:
    """No key contradicts: subject, metric and period agree where both say; same counterpart.

    The counterpart is part of the quantity itself (对APEC进出口 is not 进出口), so a
    counterpart on one side only is a contradiction, not a gap.
    """
    sa, sb = a.scope, b.scope
    if sa.counterpart_key != sb.counterpart_key:
        return False
    for name in SCOPE_KEYS:  # key_of, inlined: rules ask this of every pair they consider
        ka, kb = getattr(sa, name), getattr(sb, name)
        if isinstance(ka, str) and isinstance(kb, str) and ka != kb:
            return False
    return True


def agreement(a: Claim, b: Claim) -> int:
    """How many scope keys both claims state and agree on (a better match scores higher)."""
    return sum(
        1
        for name in (*SCOPE_KEYS, "counterpart_key")
        if key_of(a, name) is not None and key_of(a, name) == key_of(b, name)
    )


def same_metric(a: Claim, b: Claim) -> bool:
    """Both name the metric, and it is the same one."""
    return a.scope.metric_key is not None and a.scope.metric_key == b.scope.metric_key


def comparable_units(a: str, b: str) -> bool:
    """Same code, or two measures of one dimension (吨 and 斤; never two counters)."""
    if a == b:
        return True
    if is_count_code(a) or is_count_code(b) or a in PLAIN_CODES or b in PLAIN_CODES:
        return False
    try:
        convert(Decimal(1), a, b)
    except (UnitMismatch, UnknownUnit):
        return False
    return True


def bounds_in(claim: Claim, unit: str) -> Interval | None:
    """The claim's interval expressed in ``unit``; None across dimensions."""
    interval = claim.bounds()
    if claim.unit == unit:
        return interval
    try:
        lo = None if interval.lo is None else convert(interval.lo, claim.unit, unit)
        hi = None if interval.hi is None else convert(interval.hi, claim.unit, unit)
    except (UnitMismatch, UnknownUnit):
        return None
    return Interval(lo, hi)


def value_in(claim: Claim, unit: str) -> Decimal | None:
    if claim.value is None:
        return None
    try:
        return convert(claim.value, claim.unit, unit)
    except (UnitMismatch, UnknownUnit):
        return None


def same_kind(a: Claim, b: Claim) -> bool:
    """Same kind of statement; a level (amount or count) pairs with a level."""
    levels = (Kind.AMOUNT, Kind.COUNT)
    return a.kind == b.kind or (a.kind in levels and b.kind in levels)


def same_rounding(a: Claim, b: Claim) -> bool:
    """Both exact, in one unit, written to the same place: the same number gives the same digits.

    Two such statements of one quantity must be equal; their rounding intervals may touch
    (3964.6 and 3964.5 share 3964.55) but a writer rounding one value twice cannot get both.
    """
    exact = Qualifier.EXACT
    return (
        a.qualifier is exact
        and b.qualifier is exact
        and a.unit == b.unit
        and a.precision == b.precision
        and a.value is not None
        and b.value is not None
    )


def agree(a: Claim, b: Claim, unit: str) -> bool:
    """Two statements of one quantity agree: equal when rounded alike, else intervals meet."""
    if same_rounding(a, b):
        return a.value == b.value
    first, second = bounds_in(a, unit), bounds_in(b, unit)
    return first is not None and second is not None and first.overlaps(second)
