"""One changed number that explains a mismatch: the slips careless edits make.

When a relation fails and rewriting a single number by one typical slip — two digits
swapped, a digit dropped or doubled, one digit changed, the decimal point moved, 万 written
for 亿 — makes it hold, the editor is told which number and what it probably should read.
Variants of the written number are generated and tested against the interval the other
numbers allow, so rounding in the other numbers never hides the right correction.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from claims.interval import Interval
from claims.model import Claim
from factcheck.finding import Suggestion

_WRITTEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
TEN_THOUSAND = Decimal(10000)
_HALF = Decimal("0.5")

#: How telling each slip is: a transposition explains a mismatch far better than a changed digit.
SLIP_ORDER = (
    "two digits transposed",
    "万 written for 亿",
    "亿 written for 万",
    "decimal point moved",
    "a digit dropped",
    "a digit added",
    "one digit changed",
)


def variants(written: str) -> Iterator[tuple[str, str]]:
    """(variant, slip) for every single slip that could have produced ``written``."""
    digits = written.replace(".", "")
    point = written.find(".")
    places = len(written) - point - 1 if point >= 0 else 0

    def place(d: str, decimals: int) -> str:
        if decimals <= 0:
            return d
        d = d.rjust(decimals + 1, "0")
        return d[:-decimals] + "." + d[-decimals:]

    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1]:
            swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
            yield place(swapped, places), "two digits transposed"
    for decimals in range(0, len(digits) + 1):
        if decimals != places:
            yield place(digits, decimals), "decimal point moved"
    for i in range(len(digits) + 1):
        for ch in "0123456789":
            yield place(digits[:i] + ch + digits[i:], places), "a digit dropped"
    if len(digits) > 1:
        for i in range(len(digits)):
            yield place(digits[:i] + digits[i + 1 :], places), "a digit added"
    for i in range(len(digits)):
        for ch in "0123456789":
            if ch != digits[i]:
                yield place(digits[:i] + ch + digits[i + 1 :], places), "one digit changed"


def _place(digits: str, decimals: int) -> str:
    if decimals <= 0:
        return digits
    digits = digits.rjust(decimals + 1, "0")
    return digits[:-decimals] + "." + digits[-decimals:]


def _fitting(
    written: str, places: int, lo: Decimal | None, hi: Decimal | None
) -> Iterator[tuple[str, str]]:
    """The same-place slips of ``written`` whose value (in last-place units) lies in [lo, hi].

    Each kind of slip moves the number along an arithmetic progression, so the digits that
    fit are solved for directly instead of trying every variant. Variants are whole numbers
    of units, so the ends are rounded inwards once and the rest is integer arithmetic.
    """
    digits = written.replace(".", "")
    units = int(digits)
    n = len(digits)
    if (lo is not None and lo.is_infinite() and lo > 0) or (
        hi is not None and hi.is_infinite() and hi < 0
    ):
        return  # no number lies beyond infinity
    # A correction is a positive number, and no slip adds more than one digit.
    low = 1 if lo is None or lo.is_infinite() else max(math.ceil(lo), 1)
    high = 10 ** (n + 1) if hi is None or hi.is_infinite() else min(math.floor(hi), 10 ** (n + 1))
    if high < low:
        return
    first = _first_positions(units, n, low, high)
    # The digits c for which base + c * step lies in [low, high] run from
    # max(0, ceil((low - base) / step)) to min(9, floor((high - base) / step)).
    for i in range(min(n - 1, first)):
        if digits[i] != digits[i + 1]:
            swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
            if low <= int(swapped) <= high:
                yield _place(swapped, places), "two digits transposed"
    for i in range(min(n + 1, first)):
        step = 10 ** (n - i)
        base = (units // step) * step * 10 + units % step
        for c in range(max(0, -((base - low) // step)), min(9, (high - base) // step) + 1):
            yield _place(digits[:i] + str(c) + digits[i:], places), "a digit dropped"
    if n > 2:  # a correction down to one significant digit would fit almost anything
        for i in range(min(n, first)):
            shorter = digits[:i] + digits[i + 1 :]
            if low <= int(shorter) <= high and len(shorter.lstrip("0")) >= 2:
                yield _place(shorter, places), "a digit added"
    for i in range(min(n, first)):
        step = 10 ** (n - 1 - i)
        base = units - int(digits[i]) * step
        for c in range(max(0, -((base - low) // step)), min(9, (high - base) // step) + 1):
            if str(c) != digits[i]:
                yield _place(digits[:i] + str(c) + digits[i + 1 :], places), "one digit changed"


def _first_positions(units: int, n: int, low: int, high: int) -> int:
    """How many leading positions a slip landing in [low, high] can start at.

    A slip whose changed digits all lie at positions k or later (a digit changed at k, the
    digits at k and k + 1 swapped, a digit dropped or added at k) keeps the first k digits,
    so the variant, n - 1, n or n + 1 digits long, lies in one of the blocks those digits
    begin: [p * 10^(m - k), (p + 1) * 10^(m - k)) for p the first k digits and m its length.
    The first k for which [low, high] meets none of the three blocks bounds every fitting
    slip to start before it; usually that is the first or second digit, so the search of
    the later positions (which finds nothing for nearly every failed relation) is skipped.
    """
    for k in range(n + 1):
        prefix = units // 10 ** (n - k)
        for length in (n - 1, n, n + 1):
            if length < k:
                continue  # a number n - 1 digits long keeps no n-th digit
            size = 10 ** (length - k)
            if prefix * size <= high and low < (prefix + 1) * size:
                break
        else:
            return k
    return n + 1


def _point_moves_fitting(
    written: str, places: int, scale: Decimal, target: Interval
) -> Iterator[tuple[str, str]]:
    """The written digits with the decimal point anywhere else, where the number they then
    stand for (with its own rounding) meets ``target``; ``scale`` is the value of one unit
    of the written mantissa."""
    digits = written.replace(".", "")
    decimal_range = range(0, len(digits) + 1)
    lo, hi = target.lo, target.hi
    if lo is not None and hi is not None and lo > 0 and hi > 0 and scale > 0:
        # With d decimals the variant's ends are its ends with none times 10^-d, exactly
        # (decimal rounding keeps significant digits whatever the exponent), so each end's
        # exponent (adjusted()) is that of the same end with no decimals, minus d. An upper
        # end of smaller exponent than lo lies below lo, a lower end of larger exponent
        # than hi lies above hi: only the d between those two can meet the target.
        value = Decimal(digits) * scale
        half = scale * _HALF
        first = max(0, (value - half).adjusted() - hi.adjusted())
        last = min(len(digits), (value + half).adjusted() - lo.adjusted())
        decimal_range = range(first, last + 1)
        if first > last:
            return
    coefficient = tuple(int(ch) for ch in digits)
    for decimals in decimal_range:
        if decimals == places:
            continue
        value = Decimal((0, coefficient, -decimals)) * scale  # the digits, point moved
        half = scale * Decimal(5).scaleb(-decimals - 1)  # the rounding of the variant as written
        if target.hi is not None and target.hi < value - half:
            continue
        if target.lo is not None and value + half < target.lo:
            continue
        yield _place(digits, decimals), "decimal point moved"


def suggest(claim: Claim, target: Interval | None) -> Suggestion | None:
    """A single-slip correction of ``claim`` whose value lies in ``target``, if any."""
    if target is None or claim.value is None or claim.value == 0:
        return None
    m = _WRITTEN.search(claim.text)
    if m is None:
        return None
    written = m.group(0).replace(",", "")
    try:
        mantissa = Decimal(written)
    except InvalidOperation:
        return None
    if mantissa == 0:
        return None
    scale = claim.value / mantissa
    for wrong, right, factor in (("万", "亿", TEN_THOUSAND), ("亿", "万", 1 / TEN_THOUSAND)):
        if wrong not in claim.text:
            continue
        scaled = claim.value * factor
        written_as = Interval(scaled - claim.precision * factor, scaled + claim.precision * factor)
        if target.overlaps(written_as):
            return Suggestion(
                claim_id=claim.id,
                replacement=claim.text.replace(wrong, right, 1),
                reason=f"{wrong} written for {right}",
            )
    found: list[tuple[int, str, str]] = []
    point = written.find(".")
    places = len(written) - point - 1 if point >= 0 else 0
    unit = scale.scaleb(-places)  # the value of one unit in the last written place
    # Target bounds in last-place units, widened by the half unit a written number covers:
    # same-place variants are then compared as integers, which keeps this cheap.
    lo = None if target.lo is None else target.lo / unit - Decimal("0.5")
    hi = None if target.hi is None else target.hi / unit + Decimal("0.5")
    for variant, reason in _fitting(written, places, lo, hi):
        if variant[:1] == "0" and variant[1:2] not in ("", "."):
            continue  # 03964.5 is no correction of 3964.5
        found.append((SLIP_ORDER.index(reason), variant, reason))
    for variant, reason in _point_moves_fitting(written, places, scale, target):
        found.append((SLIP_ORDER.index(reason), variant, reason))
    if not found:
        return None
    _, variant, reason = min(found)
    return Suggestion(
        claim_id=claim.id, replacement=claim.text.replace(m.group(0), variant, 1), reason=reason
    )


def best(*candidates: Suggestion | None) -> Suggestion | None:
    """The most telling of several candidate corrections."""
    found = [c for c in candidates if c is not None]
    if not found:
        return None
    return min(found, key=lambda s: SLIP_ORDER.index(s.reason) if s.reason in SLIP_ORDER else 99)
