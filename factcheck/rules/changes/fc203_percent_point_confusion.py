"""## What it checks
A change written in the wrong unit, when the numbers prove it:
- % where percentage points are meant: both rates are stated and the figure is their
  difference in points, not their relative change (增速由5.2%提高到7.2%，提高2%: the rate
  rose 2 points, which is a 38% relative rise);
- 个百分点 where a relative change is meant: the figure sits between two amounts, where
  points mean nothing, and equals their relative change (收入由100亿元增至110亿元，增长10个
  百分点: that is 10%).

## Why it matters
"提高2%" of a 5.2% rate reads as 5.3%, not 7.2%; mixing % and points misstates the size of
the change by a factor the reader cannot undo. Statistical releases keep the two apart.

## Example (bad)
增速由5.2%提高到7.2%，提高2%。

## Use instead
增速由5.2%提高到7.2%，提高2个百分点。

## Options
None. Both readings are computed with the rounding of every number as written; the
warning is given only when the reading the unit implies fails and the other one holds.

## Known limits
Only the frames of FC201 (amounts) and FC202 (from → to, 较/比 + rate) are read; a rate
compared with a rate that is not stated (同比上升13.3% with last year's share unknown) is
ambiguous and left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.model import Claim, Kind
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.changes import arithmetic as ar
from factcheck.rules.changes.frames import Change, changes
from factcheck.rules.changes.rate_frames import RatePair, rate_pairs

POINT = Decimal("0.01")


def _percent_change(claim: Claim) -> bool:
    return claim.kind in (Kind.GROWTH, Kind.DECLINE) and claim.unit == "percent"


class PercentPointConfusion(Rule):
    meta = RuleMeta(
        id="FC203",
        name="percent-point-confusion",
        summary="A change is written in % where points are meant, or in points where % is meant.",
        severity=Severity.WARNING,
        doc=__doc__ or "",
        references=(
            "percentage point vs percent: a difference of rates is in points, "
            "a relative change in %",
        ),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for pair in rate_pairs(ctx, _percent_change, named=False):
            yield from self._percent_for_points(ctx, pair)
        for change in changes(ctx):
            rate = change.rate
            if rate is None or rate.kind is not Kind.PP_DIFFERENCE:
                continue
            if change.current.unit in ("percent", "ratio"):
                continue
            yield from self._points_for_percent(ctx, change, rate)

    def _percent_for_points(self, ctx: Context, pair: RatePair) -> Iterator[Finding]:
        a, b, g = pair.minuend, pair.subtrahend, pair.difference
        stated = ar.signed_rate(g)
        points = ar.points_between(
            ar.signed_level(a, pair.magnitudes), ar.signed_level(b, pair.magnitudes)
        )
        relative = ar.rate_between(
            ar.signed_level(a, pair.magnitudes), ar.signed_level(b, pair.magnitudes)
        )
        if points is None:
            return
        as_fraction = points.scale(POINT)
        if not as_fraction.overlaps(stated):
            return
        if relative is not None and relative.overlaps(stated):
            return
        points_written = ar.point_difference(a, b, pair.magnitudes)
        arithmetic = f"{a.text} − {b.text} = {fmt(points_written, 'percentage_point')}"
        if relative is not None:
            ratio = fmt(relative.midpoint(), "percent")
            arithmetic += f"; relative change {a.text} ÷ {b.text} − 1 ≈ {ratio}"
        item = relation(
            self.meta,
            [(g, "stated"), (a, "minuend"), (b, "subtrahend")],
            holds=False,
            message=(
                f"{g.text} is the difference of {a.text} and {b.text} in percentage points, "
                f"not a relative change: write {fmt((g.value or Decimal(0)) * ar.HUNDRED)}个百分点"
            ),
            computed=f"{fmt_interval(points, 'percentage_point')} (relative: "
            f"{'undefined' if relative is None else fmt_interval(relative, 'percent')})",
            stated=g.text,
            tolerance="rounding of all three numbers as written",
            arithmetic=arithmetic,
            path=ctx.path,
        )
        if isinstance(item, Finding):
            yield item

    def _points_for_percent(self, ctx: Context, change: Change, rate: Claim) -> Iterator[Finding]:
        cur, other = change.current, change.other
        if change.shape == "delta":
            relative = ar.rate_from_delta(cur.bounds(), other.bounds(), change.sign)
        else:
            relative = ar.rate_between(cur.bounds(), other.bounds())
        if relative is None:
            return
        stated = rate.bounds().scale(POINT)
        if not relative.overlaps(stated):
            return
        role = {"delta": "delta", "base": "base", "span": "from"}[change.shape]
        item = relation(
            self.meta,
            [(rate, "stated"), (cur, "current"), (other, role)],
            holds=False,
            message=(
                f"{rate.text} between the amounts {other.text} and {cur.text} is their relative "
                f"change ({fmt(relative.midpoint(), 'percent')}): write it in %, not 个百分点"
            ),
            computed=fmt_interval(relative, "percent"),
            stated=rate.text,
            tolerance="rounding of all three numbers as written",
            arithmetic=f"relative change of {other.text} → {cur.text} = "
            f"{fmt(relative.midpoint(), 'percent')}",
            path=ctx.path,
        )
        if isinstance(item, Finding):
            yield item
