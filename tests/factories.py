"""Hand-built claims and rule metadata that several test modules share.

The APEC share of the reference page: 2181.3亿元 ÷ 3964.6亿元 = 55%, with the offsets the
claims have on the page.
"""

from __future__ import annotations

from factcheck.finding import ClaimRef, Severity
from factcheck.rules.base import RuleMeta

PART = ClaimRef(
    id="c1",
    text="2181.3亿元",
    start=189,
    end=197,
    line=7,
    column=131,
    kind="amount",
    value="218130000000",
    unit="CNY",
    role="part",
)
SHARE = ClaimRef(
    id="c2",
    text="55%",
    start=210,
    end=213,
    line=7,
    column=152,
    kind="share",
    value="0.55",
    unit="percent",
    role="share",
)
WHOLE = ClaimRef(
    id="c3",
    text="3964.6亿元",
    start=875,
    end=883,
    line=21,
    column=52,
    kind="amount",
    value="396460000000",
    unit="CNY",
    role="whole",
)

SHARE_RULE = RuleMeta(
    id="FC101",
    name="share-mismatch",
    summary="A share does not match its part and whole.",
    severity=Severity.ERROR,
    doc="",
)
PARTS_RULE = RuleMeta(
    id="FC102",
    name="parts-exceed-total",
    summary="Components add up to more than the total.",
    severity=Severity.ERROR,
    doc="",
)
GROWTH_RULE = RuleMeta(
    id="FC201",
    name="growth-mismatch",
    summary="A growth rate does not match the two values.",
    severity=Severity.WARNING,
    doc="",
)
