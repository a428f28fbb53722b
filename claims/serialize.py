"""The JSON form of a claim: the contract of ``factcheck claims --format json``.

Numbers are written as decimal *strings* ("218130000000", "0.55"), never as JSON numbers:
most JSON readers turn numbers into binary floats, which would break the exactness the
claims carry (0.1 + 0.2 is not 0.3 in a float). ``Decimal(s)`` reads every string back to
the exact value. A range is ``[low, high]`` of such strings; a date has ``null``.
"""

from __future__ import annotations

from decimal import Decimal

from claims.model import Claim


def decimal_text(value: Decimal) -> str:
    """Plain positional notation, no exponent and no trailing zeros: 2.1813E+11 → 218130000000."""
    if not value.is_finite():
        raise ValueError(f"not a finite number: {value}")
    if value == 0:
        return "0"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def claim_value_json(claim: Claim) -> str | list[str] | None:
    """The value as a decimal string, a ``[low, high]`` pair, or None (dates)."""
    if claim.value is not None:
        return decimal_text(claim.value)
    if claim.low is not None and claim.high is not None:
        return [decimal_text(claim.low), decimal_text(claim.high)]
    return None


def claim_json(claim: Claim) -> dict[str, object]:
    """One claim as a JSON-ready dict, keys in a fixed order."""
    return {
        "id": claim.id,
        "kind": claim.kind.value,
        "text": claim.text,
        "start": claim.span.start,
        "end": claim.span.end,
        "line": claim.span.line,
        "column": claim.span.column,
        "value": claim_value_json(claim),
        "unit": claim.unit,
        "qualifier": claim.qualifier.value,
        "precision": decimal_text(claim.precision),
        "subject": claim.scope.subject,
        "metric": claim.scope.metric,
        "period": claim.scope.period,
        "counterpart": claim.scope.counterpart,
        "role": claim.role,
        "items": list(claim.items),
        "members": list(claim.members),
        "shape": claim.shape,
        "scope": claim.scope.model_dump(exclude_none=True),
        "threshold": None if claim.threshold is None else decimal_text(claim.threshold),
        "threshold_unit": claim.threshold_unit,
        "sentence": claim.sentence,
        "paragraph": claim.paragraph,
        "section": claim.section,
        "table": None if claim.table is None else [claim.table, claim.row, claim.column],
        "note": claim.note,
    }
