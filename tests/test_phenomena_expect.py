"""What a phenomena case expects of ``claims.extract``, and the one check that holds it to it.

The catalogue ``phenomena-zh.md`` names, for every Chinese numeric phenomenon, the reading a
number must get (value · unit · kind · qualifier, in the conventions of its §0). A case is one
invented sentence with the claims it makes and the number-bearing tokens that make none. The
check locates each expected surface in the sentence and matches it against the extracted
claims by overlap, never by equality, because the catalogue leaves the exact edges of a
surface (verbs, bases, attached qualifiers) to the extractor.

This module holds no tests; the section modules ``test_phenomena_*.py`` hold the cases.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

import claims
from claims import Claim, Kind

# A non-terminating fraction is written to 6 decimals (§0 "tolerance"), so values given as
# "a/b" are compared with this tolerance, relative to the value or absolute below 1.
TOLERANCE = Fraction(1, 10**6)

ENUMERATION_ONLY = frozenset({Kind.ENUMERATION.value})
DATE_OR_ENUMERATION = frozenset({Kind.ENUMERATION.value, Kind.DATE.value})


@dataclass(frozen=True, slots=True)
class Want:
    """A claim the sentence makes: its surface, kind, value or range, unit and qualifier.

    ``value``, ``low`` and ``high`` are decimal strings, or "a/b" for a fraction that does not
    terminate. ``unit`` None leaves the unit unchecked (only where the catalogue gives none).
    ``lenient`` ranges (几十, 数百, §0 "vague quantities") need only overlap the expected one.
    """

    surface: str
    kind: str
    value: str | None
    unit: str | None
    qualifier: str = "exact"
    low: str | None = None
    high: str | None = None
    nth: int = 0
    lenient: bool = False


@dataclass(frozen=True, slots=True)
class NotClaim:
    """A number-bearing token that asserts nothing: no claim outside ``allowed`` may touch it."""

    surface: str
    nth: int = 0
    allowed: frozenset[str] = ENUMERATION_ONLY


@dataclass(frozen=True, slots=True)
class NotUnit:
    """A quantity the schema cannot normalize (日元, 气温38度): it must not get these units."""

    surface: str
    units: frozenset[str]
    nth: int = 0


@dataclass(frozen=True, slots=True)
class Listing:
    """An enumeration claim overlapping ``surface``.

    Each expected item (or one of its ``|``-separated alternatives, for a Traditional item
    that may come back in either script) must be contained in the extracted item at the same
    place, and for a
    分别 list each member claim must overlap the expected member surface at the same place.
    """

    surface: str
    shape: str
    items: tuple[str, ...]
    members: tuple[str, ...] = ()
    nth: int = 0


Expectation = Want | NotClaim | NotUnit | Listing


@dataclass(frozen=True, slots=True)
class Case:
    """One invented sentence and everything the extractor must (not) find in it."""

    id: str
    text: str
    expect: tuple[Expectation, ...]


# --- constructors, so the case tables read as one line per claim ----------------------------


def case(case_id: str, text: str, *expect: Expectation) -> Case:
    return Case(case_id, text, expect)


def claim(
    surface: str, kind: str, value: str, unit: str | None, qualifier: str = "exact", *, nth: int = 0
) -> Want:
    return Want(surface, kind, value, unit, qualifier, nth=nth)


def span(
    surface: str,
    kind: str,
    low: str,
    high: str,
    unit: str | None,
    *,
    lenient: bool = False,
    nth: int = 0,
) -> Want:
    return Want(surface, kind, None, unit, "range", low, high, nth=nth, lenient=lenient)


def no(surface: str, *, nth: int = 0) -> NotClaim:
    return NotClaim(surface, nth)


def date(surface: str, *, nth: int = 0) -> NotClaim:
    """A reference time: not a claim; emitting it as ``date`` is neither rewarded nor penalised."""
    return NotClaim(surface, nth, DATE_OR_ENUMERATION)


def not_unit(surface: str, *units: str) -> NotUnit:
    return NotUnit(surface, frozenset(units))


def listing(surface: str, shape: str, items: Sequence[str], members: Sequence[str] = ()) -> Listing:
    return Listing(surface, shape, tuple(items), tuple(members))


def params(cases: Iterable[Case]) -> list[Any]:
    """``pytest.param`` per case, with the case id as the test id."""
    return [pytest.param(c, id=c.id) for c in cases]


# --- the check ------------------------------------------------------------------------------


def locate(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    """[start, end) of the nth occurrence of ``surface``; a typo in a case fails loudly."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def _overlaps(c: Claim, start: int, end: int) -> bool:
    return c.start < end and start < c.end


def _number(text: str) -> Fraction:
    if "/" in text:
        numerator, denominator = text.split("/")
        return Fraction(int(numerator), int(denominator))
    return Fraction(Decimal(text))


def _same(actual: Decimal | None, expected: str | None, *, fuzzy: bool) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    want = _number(expected)
    got = Fraction(actual)
    if not fuzzy:
        return got == want
    return abs(got - want) <= TOLERANCE * max(abs(want), Fraction(1))


def differences(c: Claim, want: Want) -> list[str]:
    """The fields in which a claim departs from the expectation (empty when it matches)."""
    out: list[str] = []
    if c.kind.value != want.kind:
        out.append("kind")
    if want.unit is not None and c.unit != want.unit:
        out.append("unit")
    if c.qualifier.value != want.qualifier:
        out.append("qualifier")
    if want.low is not None and want.high is not None:
        if c.low is None or c.high is None or c.value is not None:
            out.append("range")
        elif want.lenient:
            if c.high < Decimal(want.low) or c.low > Decimal(want.high):
                out.append("range")
        elif not (_same(c.low, want.low, fuzzy=True) and _same(c.high, want.high, fuzzy=True)):
            out.append("range")
    elif not _same(c.value, want.value, fuzzy="/" in (want.value or "")):
        out.append("value")
    return out


def show(c: Claim) -> str:
    """One claim as ``text|kind|value|unit|qualifier`` (a range as ``[low,high]``)."""
    value = f"[{c.low},{c.high}]" if c.is_range else str(c.value)
    if c.kind is Kind.ENUMERATION:
        return f"{c.text}|enumeration|{c.shape}|items={list(c.items)}"
    return f"{c.text}|{c.kind.value}|{value}|{c.unit}|{c.qualifier.value}"


def show_want(want: Want) -> str:
    value = f"[{want.low},{want.high}]" if want.low is not None else want.value
    return f"{want.surface}|{want.kind}|{value}|{want.unit}|{want.qualifier}"


def problems(case: Case, found: Sequence[Claim] | None = None) -> list[str]:
    """Every way the extraction of ``case.text`` departs from ``case.expect``.

    Besides the listed expectations, any value claim that no expectation accounts for is a
    problem: each case lists every claim its sentence makes. Date claims are tolerated.
    """
    text = case.text
    extracted = list(claims.extract(text)) if found is None else list(found)
    values = [c for c in extracted if c.kind is not Kind.ENUMERATION]
    lists = [c for c in extracted if c.kind is Kind.ENUMERATION]
    accounted: set[int] = set()
    out: list[str] = []
    for expectation in case.expect:
        start, end = locate(text, expectation.surface, expectation.nth)
        touching = [i for i, c in enumerate(values) if _overlaps(c, start, end)]
        if isinstance(expectation, Want):
            good = [i for i in touching if not differences(values[i], expectation)]
            if good:
                accounted.add(good[0])
                continue
            accounted.update(touching)
            got = "; ".join(show(values[i]) for i in touching) or "nothing"
            out.append(f"want {show_want(expectation)} got {got}")
        elif isinstance(expectation, NotClaim):
            bad = [i for i in touching if values[i].kind.value not in expectation.allowed]
            accounted.update(touching)
            if bad:
                out.append(_offence("not a claim", expectation.surface, values, bad))
        elif isinstance(expectation, NotUnit):
            bad = [i for i in touching if values[i].unit in expectation.units]
            accounted.update(touching)
            if bad:
                label = "not " + "/".join(sorted(expectation.units))
                out.append(_offence(label, expectation.surface, values, bad))
        else:
            out.extend(_listing_problems(expectation, lists, values, text, start, end))
    for i, c in enumerate(values):
        if i not in accounted and c.kind is not Kind.DATE:
            out.append(f"unexpected {show(c)}")
    return out


def _offence(label: str, surface: str, values: list[Claim], bad: list[int]) -> str:
    return f"{label}: {surface} got {'; '.join(show(values[i]) for i in bad)}"


def _listing_problems(
    want: Listing, lists: list[Claim], values: list[Claim], text: str, start: int, end: int
) -> list[str]:
    candidates = [c for c in lists if _overlaps(c, start, end)]
    wanted = f"{want.shape} {list(want.items)}"
    if not candidates:
        return [f"want enumeration {wanted} got nothing"]
    by_id = {c.id: c for c in values}
    reasons: list[str] = []
    for found in candidates:
        reason = _listing_mismatch(want, found, by_id, text)
        if reason is None:
            return []
        reasons.append(f"{show(found)} ({reason})")
    return [f"want enumeration {wanted} got {'; '.join(reasons)}"]


def _listing_mismatch(
    want: Listing, found: Claim, by_id: dict[str, Claim], text: str
) -> str | None:
    if found.shape != want.shape:
        return "shape"
    if len(found.items) != len(want.items) or found.value != len(want.items):
        return "item count"
    if not all(_item_matches(w, f) for w, f in zip(want.items, found.items, strict=True)):
        return "items"
    if want.members:
        if len(found.members) != len(want.members):
            return f"members {list(found.members)}"
        for member_id, surface in zip(found.members, want.members, strict=True):
            member = by_id.get(member_id)
            m_start, m_end = locate(text, surface)
            if member is None or not _overlaps(member, m_start, m_end):
                return f"member {member_id} is not {surface}"
    return None


def _item_matches(want: str, found: str) -> bool:
    """``want`` may list alternatives as ``a|b`` (the same item in either script)."""
    return any(alternative in found for alternative in want.split("|"))


def assert_case(case: Case) -> None:
    """The generic assertion every parametrized phenomena test makes."""
    extracted = claims.extract(case.text)
    found = problems(case, extracted)
    listing_all = " || ".join(show(c) for c in extracted) or "no claims"
    assert found == [], f"{case.text}\n  problems: {found}\n  extracted: {listing_all}"
