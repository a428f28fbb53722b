"""## What it checks
A difference in percentage points stated with the two rates it compares: the
difference of the rates must round to the stated points. Three shapes are read:
- 增速由5.2%回落到4.8%，回落0.4个百分点 (from → to);
- 成长率为7.71%，较去年11月预测3.54%上修4.17个百分点 (rate, 较/比/高于 + other rate);
- 装备制造业增加值增长13.0%，快于规模以上工业8.2个百分点, when the rate of 规模以上工业
  (for the same period) stands earlier in the paragraph; 分别 lists are paired in order.
Directions are signed (提高, 上修, 快于 +; 回落, 下降, 低于 −).

## Why it matters
Point differences are recomputed by readers in their heads; a wrong one (or a rate
updated without its difference) is noticed and undermines the whole release.

## Example (bad)
主计总处概估去年第四季经济成长率为12.68%，较去年十一月预测数7.91%增加4.67个百分点。

## Use instead
主计总处概估去年第四季经济成长率为12.68%，较去年十一月预测数7.91%增加4.77个百分点。

## Options
None. The comparison allows the rounding of all three numbers as written (4.77 points
covers 4.765–4.775; 12.68% covers 12.675%–12.685%). When only the direction disagrees
(a difference of −0.4 points reported as 提高0.4个百分点) the finding is info, because
a direction word is easier to misread than a number.

## Known limits
A rate compared with something the text names but does not quantify (高于全国2.8个百分点,
比上年提高1.2个百分点 with last year's rate not stated) is not checked. A named comparator
is looked up only in the same paragraph, by its exact wording, and only when exactly one
rate matches; tables of bare numbers are not read.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from claims.model import Kind

from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.changes import arithmetic as ar
from factcheck.rules.changes.rate_frames import RatePair, rate_pairs
from factcheck.suggest import suggest


def signed_text(pair: RatePair) -> tuple[str, str]:
    """The two rates as they enter the subtraction (a decline is negative)."""
    a, b = pair.minuend, pair.subtrahend
    return (
        f"{'−' if a.kind is Kind.DECLINE else ''}{a.text}",
        f"{'−' if b.kind is Kind.DECLINE else ''}{b.text}",
    )


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
        wanted = lambda c: c.kind is Kind.PP_DIFFERENCE and c.value is not None  # noqa: E731
        for pair in rate_pairs(ctx, wanted):
            yield from self._check(ctx, pair)

    def _check(self, ctx: Context, pair: RatePair) -> Iterator[Finding | Verified]:
        a, b, d = pair.minuend, pair.subtrahend, pair.difference
        computed = ar.points_between(ar.signed_level(a), ar.signed_level(b))
        if computed is None:
            return
        stated = d.bounds()
        holds = computed.overlaps(stated)
        flipped = not holds and computed.overlaps(ar.negate(stated))
        ta, tb = signed_text(pair)
        point = None
        if a.value is not None and b.value is not None:
            point = (ar.signed_level(a).midpoint() or 0) - (ar.signed_level(b).midpoint() or 0)
            point *= ar.HUNDRED
        arithmetic = f"{ta} − {tb} = {fmt(point, 'percentage_point')}"
        if holds:
            message = f"{arithmetic}, matches {d.text} ({fmt(d.value, 'percentage_point')})"
        elif flipped:
            message = (
                f"{arithmetic}: the size matches {d.text} but the direction word says "
                f"{fmt(d.value, 'percentage_point')}"
            )
        else:
            message = f"{arithmetic}, but the text says {d.text} ({fmt(d.value, 'percentage_point')})"
        suggestion = None
        if not holds and not flipped and d.value is not None:
            suggestion = ar.suggest_near(d, computed)
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
