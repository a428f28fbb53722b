"""## What it checks
A difference in percentage points stated with the two rates it compares: the
difference of the rates must round to the stated points. Three shapes are read:
- 增速由5.2%回落到4.8%，回落0.4个百分点 (from → to);
- 增速为6.8%，较去年同期的5.9%加快0.9个百分点 (rate, 较/比/高于 + other rate);
- 装备制造业增加值增长11.4%，快于规模以上工业6.2个百分点, when the rate of 规模以上工业
  (for the same period) stands earlier in the paragraph; 分别 lists are paired in order.
Directions are signed (提高, 上修, 快于 +; 回落, 下降, 低于 −).

## Why it matters
Point differences are recomputed by readers in their heads; a wrong one (or a rate
updated without its difference) is noticed and undermines the whole release.

## Example (bad)
全市城镇化率由61.3%提高到63.5%，提高2.4个百分点。

## Use instead
全市城镇化率由61.3%提高到63.5%，提高2.2个百分点。

## Options
None. The comparison allows the rounding of all three numbers as written (2.2 points
covers 2.15–2.25; 63.5% covers 63.45%–63.55%). When only the direction disagrees
(a difference of −0.4 points reported as 提高0.4个百分点) the finding is info, because
a direction word is easier to misread than a number.

## Known limits
A rate compared with something the text names but does not quantify (高于全省1.6个百分点,
比上年提高1.2个百分点 with last year's rate not stated) is not checked. A named comparator
is looked up only in the same paragraph, by its exact wording, and only when exactly one
rate matches; tables of bare numbers are not read.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from claims.model import Claim, Kind
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.changes import arithmetic as ar
from factcheck.rules.changes.rate_frames import RatePair, rate_pairs


def signed_text(pair: RatePair) -> tuple[str, str]:
    """The two rates as they enter the subtraction (a decline is negative)."""
    a, b = pair.minuend, pair.subtrahend
    if pair.magnitudes:
        return a.text, b.text
    return (
        f"{'−' if a.kind is Kind.DECLINE else ''}{a.text}",
        f"{'−' if b.kind is Kind.DECLINE else ''}{b.text}",
    )


def _points(claim: Claim) -> bool:
    return claim.kind is Kind.PP_DIFFERENCE and claim.value is not None


class PpDifferenceMismatch(Rule):
    meta = RuleMeta(
        id="FC202",
        name="pp-difference-mismatch",
        summary="A percentage-point difference does not match the two rates it compares.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=(
            "percentage points = difference of two rates (phenomena-zh §7, §0 sign)",
            "statcheck: recompute reported statistics with rounding-aware tolerance",
        ),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for pair in rate_pairs(ctx, _points):
            yield from self._check(ctx, pair)

    def _check(self, ctx: Context, pair: RatePair) -> Iterator[Finding | Verified]:
        a, b, d = pair.minuend, pair.subtrahend, pair.difference
        computed = ar.points_between(
            ar.signed_level(a, pair.magnitudes), ar.signed_level(b, pair.magnitudes)
        )
        if computed is None:
            return
        stated = pair.stated()
        holds = computed.overlaps(stated)
        flipped = not holds and computed.overlaps(ar.negate(stated))
        ta, tb = signed_text(pair)
        point = ar.point_difference(a, b, pair.magnitudes)
        arithmetic = f"{ta} − {tb} = {fmt(point, 'percentage_point')}"
        said = f"{d.text} ({fmt(stated.midpoint(), 'percentage_point')})"
        if holds:
            message = f"{arithmetic}, matches {said}"
        elif flipped:
            message = f"{arithmetic}: the size matches {said} but not its direction word"
        else:
            message = f"{arithmetic}, but the text says {said}"
        suggestion = None
        if not holds and not flipped and d.value is not None:
            # suggest() reads the claim with its extracted sign; meet it on that side.
            same_side = stated == d.bounds()
            suggestion = ar.suggest_near(d, computed if same_side else ar.negate(computed))
        yield relation(
            self.meta,
            [(d, "stated"), (a, "minuend"), (b, "subtrahend")],
            holds=holds,
            message=message,
            computed=fmt_interval(computed, "percentage_point"),
            stated=fmt_interval(stated, "percentage_point"),
            tolerance=(
                f"rounding of the three numbers as written (the rates allow "
                f"{fmt_interval(computed, 'percentage_point')})"
            ),
            arithmetic=arithmetic,
            suggestion=suggestion,
            severity=Severity.INFO if flipped else None,
            path=ctx.path,
        )
