"""One changed number that explains a mismatch: the slips careless edits make.

When a relation fails and rewriting a single number by one typical slip — two digits
swapped, a digit dropped or doubled, one digit changed, the decimal point moved, 万 written
for 亿 — makes it hold, the editor is told which number and what it probably should read.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from claims.model import Claim

from factcheck.finding import Suggestion

_WRITTEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
TEN_THOUSAND = Decimal(10000)


def _digits(text: str) -> str:
    return text.replace(".", "").lstrip("0") or "0"


def slip(written: str, wanted: str) -> str | None:
    """The kind of single slip that turns ``wanted`` into ``written``, if there is one."""
    if written == wanted:
        return None
    a, b = written, wanted
    if a.replace(".", "") == b.replace(".", "") and "." in a + b:
        return "decimal point moved"
    da, db = _digits(a), _digits(b)
    if len(da) == len(db):
        diff = [i for i in range(len(da)) if da[i] != db[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]]:
            return "two digits transposed"
        if len(diff) == 1 and a.count(".") == b.count("."):
            return "one digit changed"
        return None
    if len(da) + 1 == len(db) and any(db[:i] + db[i + 1 :] == da for i in range(len(db))):
        return "a digit dropped"
    if len(da) == len(db) + 1 and any(da[:i] + da[i + 1 :] == db for i in range(len(da))):
        return "a digit added"
    return None


def suggest(claim: Claim, target: Decimal) -> Suggestion | None:
    """A single-slip correction of ``claim`` that gives ``target`` (canonical units), if any."""
    if claim.value is None or claim.value == 0 or target <= 0:
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
    if target / claim.value in (TEN_THOUSAND, 1 / TEN_THOUSAND):
        wrong, right = ("万", "亿") if target > claim.value else ("亿", "万")
        if wrong in claim.text:
            return Suggestion(
                claim_id=claim.id,
                replacement=claim.text.replace(wrong, right, 1),
                reason=f"{wrong} written for {right}",
            )
    places = -mantissa.as_tuple().exponent if isinstance(mantissa.as_tuple().exponent, int) else 0
    quantum = Decimal(1).scaleb(-places)
    wanted_value = (target / scale).quantize(quantum, rounding=ROUND_HALF_UP)
    candidates = [f"{wanted_value:f}"]
    for shift in (1, 2, 3):
        shifted = (target / scale).quantize(Decimal(1).scaleb(-(places + shift)), rounding=ROUND_HALF_UP)
        candidates.append(f"{shifted:f}")
    for wanted in candidates:
        reason = slip(written, wanted)
        if reason is not None:
            return Suggestion(
                claim_id=claim.id,
                replacement=claim.text.replace(m.group(0), wanted, 1),
                reason=reason,
            )
    return None


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


def best(*candidates: Suggestion | None) -> Suggestion | None:
    """The most telling of several candidate corrections."""
    found = [c for c in candidates if c is not None]
    if not found:
        return None
    return min(found, key=lambda s: SLIP_ORDER.index(s.reason) if s.reason in SLIP_ORDER else 99)
