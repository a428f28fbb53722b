"""Building the findings and verified relations that rules yield, in one consistent shape."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from claims.interval import Interval
from claims.model import Claim
from factcheck.finding import ClaimRef, Finding, Severity, Suggestion, Verified
from factcheck.rules.base import RuleMeta


def claim_ref(claim: Claim, role: str = "") -> ClaimRef:
    value = None if claim.value is None else str(claim.value)
    if claim.value is None and claim.low is not None:
        value = f"[{claim.low}, {claim.high}]"
    return ClaimRef(
        id=claim.id,
        text=claim.text,
        start=claim.start,
        end=claim.end,
        line=claim.span.line,
        column=claim.span.column,
        kind=claim.kind.value,
        value=value,
        unit=claim.unit,
        role=role or claim.kind.value,
    )


def relation(
    meta: RuleMeta,
    claims: Sequence[tuple[Claim, str]],
    *,
    holds: bool,
    message: str,
    computed: str | None = None,
    stated: str | None = None,
    tolerance: str | None = None,
    arithmetic: str | None = None,
    suggestion: Suggestion | None = None,
    severity: Severity | None = None,
    path: str | None = None,
) -> Finding | Verified:
    """A Verified when ``holds``, else a Finding placed at the first claim named."""
    refs = tuple(claim_ref(c, role) for c, role in claims)
    anchor = refs[0] if refs else None
    common = {
        "rule": meta.id,
        "name": meta.name,
        "message": message,
        "claims": refs,
        "computed": computed,
        "stated": stated,
        "tolerance": tolerance,
        "arithmetic": arithmetic,
        "file": path,
        "line": anchor.line if anchor else 1,
        "column": anchor.column if anchor else 1,
    }
    if holds:
        return Verified(**common)
    return Finding(severity=severity or meta.severity, suggestion=suggestion, **common)


_YI = Decimal(10) ** 8
_WAN = Decimal(10) ** 4
#: The places a value for people keeps.
_PLACES = Decimal("0.0001")


def fmt(value: Decimal | None, unit: str = "") -> str:
    """A value for people: 2181.3亿 stays readable, shares become percentages."""
    if value is None:
        return "?"
    if unit == "percent":
        return f"{_trim(value * 100)}%"
    if unit == "percentage_point":
        return f"{_trim(value)} points"
    magnitude = abs(value)
    if unit in ("CNY", "USD", "HKD", "EUR") or magnitude >= 10000:
        if magnitude >= _YI:
            return f"{_trim(value / _YI)}亿" + _unit_tail(unit)
        if magnitude >= _WAN:
            return f"{_trim(value / _WAN)}万" + _unit_tail(unit)
    return f"{_trim(value)}" + (" " + unit if unit and not unit.startswith("count") else "")


def _unit_tail(unit: str) -> str:
    return {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元"}.get(
        unit, " " + unit if unit else ""
    )


def _trim(value: Decimal) -> str:
    quantized = (
        value.quantize(_PLACES)
        if value == value.to_integral_value() or abs(value) < 10**12
        else value
    )
    text = f"{quantized:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def fmt_interval(interval: Interval, unit: str = "") -> str:
    lo = "−∞" if interval.lo is None else fmt(interval.lo, unit)
    hi = "+∞" if interval.hi is None else fmt(interval.hi, unit)
    return f"[{lo}, {hi}]"
