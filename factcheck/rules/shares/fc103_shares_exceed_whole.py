"""## What it checks
Shares of one whole that add up past 100%: a 分别 list of shares ("批发、零售、餐饮企业销售额
分别占全部销售额的23.6%、64.1%和12.3%"), a structure ratio ("三次产业结构为11.4:46.2:42.4",
which must add up to 100), and shares of the same named whole in one paragraph ("税收占财政
总收入的比重为61.25%" … "非税收入占财政总收入比重为38.75%"). Where the shares add up to 100%
within rounding, the relation is reported as verified.

## Why it matters
Parts of one whole cannot take more than all of it: a list past 100% means one share was
mistyped. When one slip of one share (two digits swapped, a digit dropped, the decimal
point moved) brings the list to exactly 100%, the finding names it.

## Example (bad)
从区域看，东、中、西部地区电商交易额比重分别为66.2%、32.5%和10.3%。

## Use instead
从区域看，东、中、西部地区电商交易额比重分别为66.2%、23.5%和10.3%。

## Options
None. The sum is an interval: each share stands for everything that rounds to it (23.6%
covers 23.55%–23.65%), so three shares to one decimal may add up to 99.85%–100.15%.

## Known limits
- Only shares (占…的, 比重) are added; growth rates, discounts and declines never are, even
  in one list ("广铁52%、南铁30%…的货运价下浮" are four discounts of four wholes).
- A list below 100% is accepted unless it is a structure ratio, or one telling slip of
  one share brings it to exactly 100%: most lists name only some parts of the whole.
- Shares of one named whole that are not in one list may overlap (机电 and 高新技术
  products): past 100% with no slip to explain it is a note (info), not an error.
- A combined share ("A、B合计占…的36.3%") is not yet compared with the individual shares.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.shares.addends import Texts
from factcheck.rules.shares.share_groups import (
    ShareGroup,
    respectively_lists,
    same_whole,
    structure_ratios,
)
from factcheck.suggest import best, suggest

WHOLE = Interval.point(Decimal(1))
#: Units of its last digit the room for a corrected share may span.
MAX_STEPS = 20
#: A miss of less than one percentage point is a slip, not a partial list.
CLOSE = Decimal("0.01")


class SharesExceedWhole(Rule):
    meta = RuleMeta(
        id="FC103",
        name="shares-exceed-whole",
        summary="Shares of one whole add up to more than 100% (or a structure not to 100%).",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("NBS convention: 三次产业结构 and 比重 lists are shares of one whole",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        texts = Texts(ctx)
        seen: set[frozenset[str]] = set()
        for group in (
            *structure_ratios(ctx, texts),
            *respectively_lists(ctx, texts),
            *same_whole(ctx),
        ):
            if group.ids in seen:
                continue
            seen.add(group.ids)
            result = self._judge(ctx, group)
            if result is not None:
                yield result

    def _judge(self, ctx: Context, group: ShareGroup) -> Finding | Verified | None:
        computed = _sum(group.shares)
        if computed.overlaps(WHOLE):
            return self._report(ctx, group, computed, holds=True)
        over = computed.lo is not None and computed.lo > 1
        suggestion = _near_miss(group)
        if over:
            if suggestion is None and not group.disjoint:
                return self._report(ctx, group, computed, False, None, Severity.INFO)
            return self._report(ctx, group, computed, False, suggestion)
        if group.complete or suggestion is not None:
            return self._report(ctx, group, computed, False, suggestion)
        return None

    def _report(
        self,
        ctx: Context,
        group: ShareGroup,
        computed: Interval,
        holds: bool,
        suggestion: Suggestion | None = None,
        severity: Severity | None = None,
    ) -> Finding | Verified:
        value = sum((c.value or Decimal(0) for c in group.shares), Decimal(0))
        arithmetic = " + ".join(_percent(c) for c in group.shares) + f" = {fmt(value, 'percent')}"
        if holds:
            message = f"{arithmetic}: the parts of one whole add up to 100% ({group.cue})"
        elif computed.lo is not None and computed.lo > 1:
            message = f"{arithmetic}: shares of one whole add up to more than 100% ({group.cue})"
        else:
            message = (
                f"{arithmetic}, but the terms of a structure must add up to 100% ({group.cue})"
            )
        return relation(
            self.meta,
            [(c, "share") for c in group.shares],
            holds=holds,
            message=message,
            computed=fmt_interval(computed, "percent"),
            stated="100%",
            tolerance=f"rounding of every share as written ({fmt_interval(computed, 'percent')})",
            arithmetic=arithmetic,
            suggestion=suggestion,
            severity=severity,
            path=ctx.path,
        )


def _sum(shares: tuple[Claim, ...]) -> Interval:
    acc = Interval.point(Decimal(0))
    for share in shares:
        acc = acc + share.bounds()
    return acc


def _percent(claim: Claim) -> str:
    return claim.text if claim.text.endswith("%") else f"{claim.text}%"


def _near_miss(group: ShareGroup) -> Suggestion | None:
    """One slip of one share that brings the list to exactly 100%.

    A changed digit fits too easily to be evidence by itself: it counts where the shares
    make the whole, or where they miss 100% by less than a point and either add up past
    it or do not overlap. Otherwise only swapped digits, a dropped or added digit and a
    moved point count.
    """
    computed = _sum(group.shares)
    middle = computed.midpoint()
    close = middle is not None and abs(1 - middle) <= CLOSE
    over = computed.lo is not None and computed.lo > 1
    any_digit = group.complete or (close and (over or group.disjoint))
    candidates = []
    for i, share in enumerate(group.shares):
        others = _sum(tuple(s for j, s in enumerate(group.shares) if j != i))
        target = WHOLE - others
        if target.lo is None or target.hi is None or target.lo <= 0:
            continue
        fix = suggest(share, target)
        if fix is None or (fix.reason == "one digit changed" and not any_digit):
            continue
        if target.hi - target.lo > share.precision * 2 * MAX_STEPS:
            continue
        candidates.append(fix)
    return best(*candidates)
