"""## What it checks
The year-on-year shifts of the shares of one partition: when shares that make up a whole
(a 分别 list adding up to 100%, or a structure ratio "三次产业结构为11.4:46.2:42.4") are
followed by one shift per share in percentage points ("第一产业下降0.6个百分点，第二产业下降
0.9个百分点，第三产业上升1.5个百分点"), the shifts must net to zero: what one part gains,
the others lose.

## Why it matters
Shares of a whole add up to 100% in both years, so their changes add up to nothing. Shifts
that do not net out mean one of them was mistyped or given the wrong direction.

## Example (bad)
甲省东、中、西部地区电商交易额比重分别为68.3%、21.5%和10.2%。与上年同期相比，东部地区电商
交易额比重下降1.6个百分点；中部地区电商交易额比重上升3.1个百分点；西部地区电商交易额比重上升0.3个百分点。

## Use instead
甲省东、中、西部地区电商交易额比重分别为68.3%、21.5%和10.2%。与上年同期相比，东部地区电商
交易额比重下降1.6个百分点；中部地区电商交易额比重上升1.3个百分点；西部地区电商交易额比重上升0.3个百分点。

## Options
None. Each shift stands for everything that rounds to it (0.6个百分点 covers 0.55–0.65),
so three shifts to one decimal may net to anything within ±0.15 points.

## Known limits
- The shares must be shown to be a whole partition: a 分别 list whose shares add up to
  100% within rounding, or a structure ratio. Shifts of shares that do not cover the whole
  need not net to zero and are not checked.
- The shifts are the percentage-point changes later in the same paragraph about the same
  measure (the words before 比重 or 占比: 交易额, 零售额); with no such word, only the
  changes of the very next sentence are taken. There must be exactly one per share, moving
  both ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim, Kind
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.shares.addends import Texts
from factcheck.rules.shares.share_groups import ShareGroup, respectively_lists, structure_ratios
from factcheck.suggest import best, suggest

ZERO = Interval.point(Decimal(0))
WHOLE = Interval.point(Decimal(1))
#: The measure a share or a shift is of: the two characters before 比重 / 占比 / 份额.
_MEASURE = re.compile(r"([\u4e00-\u9fff]{2})的?(?:比重|占比|份额)")
#: … or the whole of "占全部商品销售额的": the two characters before 的.
_OF_WHOLE = re.compile(r"占[^，,；;。]*?([\u4e00-\u9fff]{2})的$")


class ShareShiftsNotNetting(Rule):
    meta = RuleMeta(
        id="FC104",
        name="share-shifts-not-netting",
        summary="The shifts of the shares of one whole do not net to zero.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("shares of one whole add up to 100% in both years: their changes net to 0",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        texts = Texts(ctx)
        groups = [*respectively_lists(ctx, texts), *structure_ratios(ctx, texts)]
        for group in groups:
            if not _whole(group):
                continue
            shifts = _shifts(ctx, texts, group)
            if shifts is not None:
                yield self._net(ctx, group, shifts)

    def _net(self, ctx: Context, group: ShareGroup, shifts: list[Claim]) -> Finding | Verified:
        total = _sum(s.bounds() for s in shifts)
        holds = total.contains(Decimal(0))
        net = sum(((s.value or Decimal(0)) for s in shifts), Decimal(0))
        terms = " + ".join(_signed(s) for s in shifts)
        arithmetic = f"{terms} = {fmt(net, 'percentage_point')}"
        suggestion = None
        if not holds:
            candidates = []
            for shift in shifts:
                others = _sum(s.bounds() for s in shifts if s.id != shift.id)
                candidates.append(suggest(shift, ZERO - others))
            suggestion = best(*candidates)
        shares = "、".join(s.text for s in group.shares)
        return relation(
            self.meta,
            [(s, "shift") for s in shifts],
            holds=holds,
            message=(
                f"the shifts of the shares {shares} net to zero: {arithmetic}"
                if holds
                else f"the shifts of the shares {shares} ({group.cue}) should net to zero, "
                f"but {arithmetic}"
            ),
            computed=fmt_interval(total, "percentage_point"),
            stated="0 points",
            tolerance="the rounding of each shift as written",
            arithmetic=arithmetic,
            suggestion=suggestion,
            path=ctx.path,
        )


def _whole(group: ShareGroup) -> bool:
    """Whether the shares are shown to make up the whole: a structure, or a list adding to 100%."""
    if group.complete:
        return True
    return _sum(s.bounds() for s in group.shares).overlaps(WHOLE)


def _measure(texts: Texts, claim: Claim, width: int = 30) -> str | None:
    before = texts.before(claim, width)
    cut = max((i for i, ch in enumerate(before) if ch in "，,；;。"), default=-1)
    clause = before[cut + 1 :]
    found = _MEASURE.findall(clause)
    if found:
        return str(found[-1])
    whole = _OF_WHOLE.search(clause)
    return whole.group(1) if whole else None


def _shifts(ctx: Context, texts: Texts, group: ShareGroup) -> list[Claim] | None:
    """One percentage-point change per share, later in the paragraph, of the same measure."""
    first = group.shares[0]
    last = max(s.sentence for s in group.shares)
    measure = _measure(texts, first, 40)
    candidates = [
        c
        for c in ctx.paragraph_claims(first.paragraph)
        if c.kind is Kind.PP_DIFFERENCE
        and c.sentence > last
        and c.value is not None
        and _measure(texts, c) == measure
    ]
    if measure is None:
        candidates = [c for c in candidates if c.sentence == last + 1]
    if len(candidates) != len(group.shares):
        return None
    signs = {(c.value or Decimal(0)) > 0 for c in candidates}
    if len(signs) != 2:
        return None
    return candidates


def _signed(claim: Claim) -> str:
    value = claim.value or Decimal(0)
    return f"({fmt(value, 'percentage_point')})" if value < 0 else fmt(value, "percentage_point")


def _sum(intervals: Iterator[Interval]) -> Interval:
    acc = ZERO
    for interval in intervals:
        acc = acc + interval
    return acc
