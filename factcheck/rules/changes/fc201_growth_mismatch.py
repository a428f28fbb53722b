"""## What it checks
A growth or decline rate stated together with the values it runs between: the rate is
recomputed and must round to the stated one. Three shapes are read:
- level + absolute change + rate: 收入86420万元，增长12.4%，增收9530万元
  (base = 86420 − 9530, rate = 9530 ÷ 76890);
- level + prior level + rate: 门票收入3.86亿元（去年同期为3.42亿元，同比增长12.9%）;
- from → to (+ rate): 由2016年的120万件增加到2023年的480万件，增长了3倍
  (增长X倍 and 翻一番 are growth in multiples of the base: 增长2倍 = +200%).
A from → to change with no rate is checked for its direction: 从300余万只增长到150余万只
cannot be an increase. An average rate per year (年均增长7.3%) after a span between two named
years is the compound rate over those years, (B ÷ A)^(1/n) − 1, never the growth of the
whole span; a miss is a warning, and without two plain years it is left unchecked.

## Why it matters
A rate that does not follow from its own values means one of the three numbers was
mistyped, updated without the others, or computed against the wrong base. Readers and
other media repeat the rate, so the slip travels.

## Example (bad)
全县一般公共预算收入完成52840万元，比上年增收4630万元，增长6.9%。

## Use instead
全县一般公共预算收入完成52840万元，比上年增收4630万元，增长9.6%。

## Options
None. The comparison allows the rounding of every number as written (9.6% covers
9.55%–9.65%; 4630万元 covers ±0.5万元) and the qualifiers (余 and 多 widen upward,
近 downward, 约 both ways); an open-ended value (超, 以上) leaves the rate unchecked.

## Known limits
Only numbers of one sentence are paired, and only when the words between them read as
one frame (增收 / 减支 right before an absolute change, 去年同期为 before a prior level,
由…增至 between two levels). Rates between two percentages are left to FC202 and FC203,
and values in tables without units or percent signs are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.changes import arithmetic as ar
from factcheck.rules.changes.frames import (
    Change,
    changes,
    direction,
    is_rate,
    sentence_of,
    span_periods,
)
from factcheck.suggest import best


def fmt_rate(value: Decimal | None, unit: str) -> str:
    """A rate for people: +15.35% or, for multiples, +2.6倍."""
    if value is None:
        return "?"
    if unit == "ratio":
        return f"{fmt(value)}倍"
    return fmt(value, "percent")


def fmt_rates(interval: Interval, unit: str) -> str:
    lo = "−∞" if interval.lo is None else fmt_rate(interval.lo, unit)
    hi = "+∞" if interval.hi is None else fmt_rate(interval.hi, unit)
    return f"[{lo}, {hi}]"


def _magnitude(rate: Claim, target: Interval | None) -> Interval | None:
    """A signed rate interval in the claim's own (unsigned) terms."""
    if target is None:
        return None
    return ar.negate(target) if direction(rate) < 0 else target


_YEAR = re.compile(r"((?:19|20)\d\d)年")


def _years_between(periods: tuple[str | None, str | None]) -> int | None:
    """Years from the first named year to the second (2015年 → 2024年: 9), if both are plain
    years and the second is later."""
    start, end = (_YEAR.fullmatch(p) if p else None for p in periods)
    if start is None or end is None:
        return None
    years = int(end.group(1)) - int(start.group(1))
    return years if years > 0 else None


def signed_text(rate: Claim) -> str:
    return f"{'−' if direction(rate) < 0 else '+'}{rate.text}"


class GrowthMismatch(Rule):
    meta = RuleMeta(
        id="FC201",
        name="growth-mismatch",
        summary="A stated growth rate does not follow from the values it runs between.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=(
            "growth rate = (current − base) ÷ base; 增长X倍 = +X×100% (phenomena-zh §0 multiples)",
            "statcheck: recompute reported statistics with rounding-aware tolerance",
        ),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for change in changes(ctx):
            if change.current.unit in ("percent", "ratio"):
                continue
            if change.rate is None:
                if change.shape == "span":
                    yield from self._direction(ctx, change)
                if change.annual_rate is not None:
                    yield from self._annual(ctx, change, change.annual_rate)
                continue
            if not is_rate(change.rate):
                continue
            yield from self._rate(ctx, change, change.rate)

    def _rate(self, ctx: Context, change: Change, rate: Claim) -> Iterator[Finding | Verified]:
        cur, other = change.current, change.other
        stated = ar.signed_rate(rate)
        level, prior = cur.bounds(), other.bounds()
        suggestion: Suggestion | None = None
        if change.shape == "delta":
            computed = ar.rate_from_delta(level, prior, change.sign)
            if computed is None:
                yield from self._no_base(ctx, change, rate)
                return
            base = ar.base_from_delta(level, prior, change.sign)
            point_base = (
                None
                if cur.value is None or other.value is None
                else (cur.value - change.sign * other.value)
            )
            point = (
                None
                if point_base is None or point_base <= 0 or other.value is None
                else change.sign * other.value / point_base
            )
            op = "−" if change.sign > 0 else "+"
            arithmetic = (
                f"base = {cur.text} {op} {other.text} = {fmt(point_base, cur.unit)}; "
                f"{'+' if change.sign > 0 else '−'}{other.text} ÷ {fmt(point_base, cur.unit)} "
                f"= {fmt_rate(point, rate.unit)}"
            )
            roles = [(rate, "stated"), (cur, "current"), (other, "delta")]
            if base is None:
                return
        else:
            computed = ar.rate_between(level, prior)
            if computed is None:
                return
            point = None if cur.value is None or not other.value else cur.value / other.value - 1
            arithmetic = f"{cur.text} ÷ {other.text} − 1 = {fmt_rate(point, rate.unit)}"
            roles = [(rate, "stated"), (cur, "current"), (other, "base")]
        holds = computed.overlaps(stated)
        if not holds:
            suggestion = self._suggest(change, rate, computed, stated)
        yield self._relation(ctx, roles, rate, computed, stated, arithmetic, suggestion=suggestion)

    def _annual(self, ctx: Context, change: Change, rate: Claim) -> Iterator[Finding | Verified]:
        """由2015年的A增至2024年的B，年均增长r: r is the compound rate over the years between
        the two named years; with no two plain years named, the rate is left unchecked."""
        years = _years_between(span_periods(sentence_of(ctx, change.current), change))
        if years is None or not is_rate(rate) or rate.unit != "percent":
            return
        cur, other = change.current, change.other
        computed = ar.annual_rate_between(cur.bounds(), other.bounds(), years)
        if computed is None or cur.value is None or not other.value:
            return
        point = (cur.value / other.value) ** (Decimal(1) / Decimal(years)) - 1
        stated = ar.signed_rate(rate)
        arithmetic = (
            f"({cur.text} ÷ {other.text})^(1/{years}) − 1 = {fmt_rate(point, rate.unit)} a year"
        )
        yield self._relation(
            ctx,
            [(rate, "stated"), (cur, "current"), (other, "base")],
            rate,
            computed,
            stated,
            arithmetic,
            aside=f" (an average over {years} years)",
            miss=Severity.WARNING,
        )

    def _relation(
        self,
        ctx: Context,
        roles: list[tuple[Claim, str]],
        rate: Claim,
        computed: Interval,
        stated: Interval,
        arithmetic: str,
        *,
        suggestion: Suggestion | None = None,
        aside: str = "",
        miss: Severity | None = None,
    ) -> Finding | Verified:
        """A rate recomputed from its values, against the rate as written."""
        holds = computed.overlaps(stated)
        verdict = "matches" if holds else "but the text says"
        shown_computed, shown_stated = fmt_rates(computed, rate.unit), fmt_rates(stated, rate.unit)
        return relation(
            self.meta,
            roles,
            holds=holds,
            message=f"{arithmetic}, {verdict} {signed_text(rate)}{aside}",
            computed=shown_computed,
            stated=shown_stated,
            tolerance=(
                f"rounding of every number as written ({rate.text} covers "
                f"{shown_stated}; the values allow {shown_computed})"
            ),
            arithmetic=arithmetic,
            suggestion=suggestion,
            severity=None if holds else miss,
            path=ctx.path,
        )

    def _suggest(
        self, change: Change, rate: Claim, computed: Interval, stated: Interval
    ) -> Suggestion | None:
        cur, other = change.current, change.other
        if change.shape == "delta":
            return best(
                ar.suggest_near(rate, _magnitude(rate, computed)),
                ar.suggest_near(other, ar.delta_for_rate(cur.bounds(), stated, change.sign)),
                ar.suggest_near(cur, ar.current_for_delta(other.bounds(), stated, change.sign)),
            )
        return best(
            ar.suggest_near(rate, _magnitude(rate, computed)),
            ar.suggest_near(cur, ar.current_for_base(other.bounds(), stated)),
            ar.suggest_near(other, ar.base_for_current(cur.bounds(), stated)),
        )

    def _no_base(self, ctx: Context, change: Change, rate: Claim) -> Iterator[Finding | Verified]:
        """An increase at least as large as the level itself leaves no positive base."""
        base = ar.base_from_delta(change.current.bounds(), change.other.bounds(), change.sign)
        if base is None or base.hi is None or base.hi > 0:
            return
        yield relation(
            self.meta,
            [(rate, "stated"), (change.current, "current"), (change.other, "delta")],
            holds=False,
            message=(
                f"the increase {change.other.text} is not smaller than the level "
                f"{change.current.text}, so no positive base gives {rate.text}"
            ),
            computed=f"base {fmt_interval(base, change.current.unit)}",
            stated=rate.text,
            tolerance="rounding of every number as written",
            arithmetic=f"base = {change.current.text} − {change.other.text} ≤ 0",
            path=ctx.path,
        )

    def _direction(self, ctx: Context, change: Change) -> Iterator[Finding | Verified]:
        """From → to with no rate: the verb's direction must agree with the two values."""
        start, end = change.other.bounds(), change.current.bounds()
        if start.lo is None or start.hi is None or end.lo is None or end.hi is None:
            return
        if end.lo > start.hi:
            actual = 1
        elif end.hi < start.lo:
            actual = -1
        else:
            return
        holds = actual == change.sign
        said = "an increase" if change.sign > 0 else "a decrease"
        arithmetic = f"{change.current.text} {'>' if actual > 0 else '<'} {change.other.text}"
        yield relation(
            self.meta,
            [(change.current, "current"), (change.other, "base")],
            holds=holds,
            message=(
                f"{arithmetic}: the change is {said}, as the verb says"
                if holds
                else f"{arithmetic}, but the verb reports {said}"
            ),
            computed=(
                f"{fmt_interval(start, change.other.unit)} → "
                f"{fmt_interval(end, change.current.unit)}"
            ),
            stated=said,
            tolerance="rounding and qualifiers of both values as written",
            arithmetic=arithmetic,
            path=ctx.path,
        )
