"""## What it checks
A component larger than the whole it is written inside:
- a contribution in percentage points nested in another one ("畜肉类…拉动CPI上涨约0.63个
  百分点（牛肉…拉动CPI上涨约0.42个百分点）": 0.42 ≤ 0.63, same direction);
- the contributions listed after a category's contribution ("食品类…拉动CPI上涨约0.61个
  百分点。其中，畜肉类…0.29…；鲜菜…0.24…"): together, with their signs, at most the whole;
- the lines of a ballot against the deputies present ("现场2,913名代表…赞成2,867票，反对31票，
  弃权12票": 2,867 + 31 + 12 ≤ 2,913).

## Why it matters
A part larger than its whole means one of the numbers was mistyped (a digit added, the
decimal point moved) or belongs to another line of the release. A tally above the deputies
present is impossible: each deputy casts one vote.

## Example (bad)
甲市畜肉类价格上涨9.6%，拉动CPI上涨约0.29个百分点，其中牛肉价格上涨21.4%，拉动CPI上涨约2.7个百分点。

## Use instead
甲市畜肉类价格上涨9.6%，拉动CPI上涨约0.29个百分点，其中牛肉价格上涨21.4%，拉动CPI上涨约0.27个百分点。

## Options
None. Every number is taken with the rounding and the qualifier of its writing (约 widens a
contribution by a tenth of it); the bound fails only when no reading of the numbers keeps
the part within the whole.

## Known limits
- Contributions are figures in 个百分点 introduced by 影响, 拉动, 带动 or 贡献, and are
  compared only with contributions to the same index (CPI, GDP). A part that moves against
  its category (牛肉 down while 畜肉类 is up) is not compared.
- The components of a category need not all be listed, and those left out may pull the
  other way: a listed part or a list above its category is a warning, not an error.
- A ballot is the 赞成/反对/弃权 counts of one sentence; the deputies present are the
  nearest count of 名代表 after 现场, 与会, 出席, 到会 or 实到 before it in the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.bounds.contributions import Nesting, listed, nested
from factcheck.rules.shares import votes
from factcheck.rules.shares.addends import Texts
from factcheck.suggest import best, suggest

ZERO = Interval.point(Decimal(0))


class PartExceedsWhole(Rule):
    meta = RuleMeta(
        id="FC503",
        name="part-exceeds-whole",
        summary="A contribution or a vote tally is larger than the whole it belongs to.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=(
            "a component's contribution is part of its category's contribution",
            "each deputy present casts at most one vote",
        ),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        texts = Texts(ctx)
        for nesting in nested(ctx, texts):
            found = self._contribution(ctx, nesting, summed=False)
            if found is not None:
                yield found
        for nesting in listed(ctx, texts):
            found = self._contribution(ctx, nesting, summed=True)
            if found is not None:
                yield found
        present = votes.presents(ctx, texts)
        for tally in votes.tallies(ctx, texts):
            whole = votes.present_for(present, tally.claims[0])
            if whole is not None:
                yield self._ballot(ctx, tally, whole)

    def _contribution(
        self, ctx: Context, nesting: Nesting, summed: bool
    ) -> Finding | Verified | None:
        whole = nesting.whole
        assert whole.value is not None
        sign = Decimal(1) if whole.value > 0 else Decimal(-1)
        if whole.value == 0:
            return None
        parts = nesting.parts
        if not summed and any((p.value or 0) * sign <= 0 for p in parts):
            return None  # a part moving against its category may exceed it
        total = _sum(p.bounds() for p in parts).scale(sign)
        limit = whole.bounds().scale(sign)
        holds = total.lo is None or limit.hi is None or total.lo <= limit.hi
        terms = " + ".join(p.text for p in parts)
        arithmetic = f"{terms} ≤ {whole.text}" if holds else f"{terms} ≤ {whole.text} fails"
        suggestion = None
        if not holds and len(parts) == 1 and limit.hi is not None:
            part_bounds = parts[0].bounds().scale(sign)
            suggestion = best(
                suggest(parts[0], Interval(None, limit.hi).scale(sign)),
                suggest(whole, Interval(part_bounds.lo, None).scale(sign)),
            )
        what = "the listed contributions" if summed else f"the contribution {parts[0].text}"
        return relation(
            self.meta,
            [(whole, "whole"), *((p, "part") for p in parts)],
            holds=holds,
            message=(
                f"{what} ({nesting.marker}) stay within {whole.text}"
                if holds
                else f"{what} ({nesting.marker}) exceed the whole {whole.text}: a part is "
                f"larger than its category, unless unlisted parts pulled the other way"
            ),
            computed=fmt_interval(total.scale(sign), "percentage_point"),
            stated=fmt_interval(limit.scale(sign), "percentage_point"),
            tolerance="rounding and qualifiers (约) of each number as written",
            arithmetic=arithmetic,
            suggestion=suggestion,
            severity=Severity.WARNING,
            path=ctx.path,
        )

    def _ballot(self, ctx: Context, tally: votes.Tally, whole: Claim) -> Finding | Verified:
        cast = _sum(votes.votes_bounds(c) for c in tally.claims)
        present = votes.votes_bounds(whole)
        holds = cast.lo is None or present.hi is None or cast.lo <= present.hi
        terms = " + ".join(c.text for c in tally.claims)
        total = fmt(cast.lo, "")
        return relation(
            self.meta,
            [(whole, "present"), *((c, "votes") for c in tally.claims)],
            holds=holds,
            message=(
                f"{terms} = {total} votes, within the {whole.text} deputies present"
                if holds
                else f"{terms} = {total} votes, more than the {whole.text} deputies present"
            ),
            computed=fmt_interval(cast, ""),
            stated=f"≤ {whole.text}",
            tolerance="none: votes and deputies are whole numbers",
            arithmetic=f"{terms} = {total} ≤ {whole.text}"
            if holds
            else f"{terms} = {total} > {whole.text}",
            path=ctx.path,
        )


def _sum(intervals: Iterable[Interval]) -> Interval:
    acc = ZERO
    for interval in intervals:
        acc = acc + interval
    return acc
