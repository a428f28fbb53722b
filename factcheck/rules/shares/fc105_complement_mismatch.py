"""## What it checks
A share and its complement: two shares of one sentence split by one threshold, one above it
and one below ("月收入在8000元以上的职工占比为18.3%，也就是说，全县81.7%的职工月收入不足
8000元"), must add up to 100%.

## Why it matters
Those above a line and those below it are everybody: 18.3% and 81.7% are one figure told
twice, and a slip in either shows as a pair that no longer adds up to 100%.

## Example (bad)
月收入在8000元以上的职工占比为18.3%，也就是说，全县87.1%的职工月收入不足8000元。

## Use instead
月收入在8000元以上的职工占比为18.3%，也就是说，全县81.7%的职工月收入不足8000元。

## Options
None. Both shares stand for everything that rounds to them (18.3% covers 18.25%–18.35%),
so two shares to one decimal may add up to 99.9%–100.1%.

## Known limits
- The threshold is one written number with the same value and unit on both sides, marked
  above by 以上, 超过, 高于 and below by 以下, 不足, 低于, 不到; each share is the nearest share
  of the sentence with no other threshold between. "X以上" and "X以下" both hold X itself,
  which is assumed to weigh nothing.
- The two shares are assumed to be of one population. When no single slip of one share
  brings the pair to 100%, the miss is reported as a note (info): the shares may be of two
  populations (城镇 and 农村) the words do not tell apart.
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
from factcheck.suggest import best, suggest

WHOLE = Interval.point(Decimal(1))
ABOVE = "above"
BELOW = "below"
_ABOVE_TEXT = re.compile(r"(?:以上|及以上)$|^(?:超过|高于|超)")
_BELOW_TEXT = re.compile(r"(?:以下|及以下)$|^(?:不足|低于|不到|未满|未达)")
_ABOVE_BEFORE = re.compile(r"(?:超过|高于)$")
_BELOW_BEFORE = re.compile(r"(?:不足|低于|不到|未满|未达)$")


class ComplementMismatch(Rule):
    meta = RuleMeta(
        id="FC105",
        name="complement-mismatch",
        summary="Shares above and below one threshold do not add up to 100%.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("a share and its complement add up to 100%",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        texts = Texts(ctx)
        for index in sorted(ctx.by_sentence):
            pair = _pair(ctx, texts, index)
            if pair is not None:
                yield self._complement(ctx, *pair)

    def _complement(
        self, ctx: Context, above: Claim, below: Claim, line: Claim
    ) -> Finding | Verified:
        total = above.bounds() + below.bounds()
        holds = total.overlaps(WHOLE)
        written = (above.value or Decimal(0)) + (below.value or Decimal(0))
        arithmetic = f"{above.text} + {below.text} = {fmt(written, 'percent')}"
        suggestion = None
        if not holds:
            suggestion = best(
                suggest(above, WHOLE - below.bounds()),
                suggest(below, WHOLE - above.bounds()),
            )
        return relation(
            self.meta,
            [(above, "share above"), (below, "share below"), (line, "threshold")],
            holds=holds,
            message=(
                f"the shares above and below {line.text} add up to 100%: {arithmetic}"
                if holds
                else f"the shares above and below {line.text} should add up to 100%, "
                f"but {arithmetic}"
            ),
            computed=fmt_interval(total, "percent"),
            stated="100%",
            tolerance="the rounding of both shares as written",
            arithmetic=arithmetic,
            suggestion=suggestion,
            severity=None if holds or suggestion is not None else Severity.INFO,
            path=ctx.path,
        )


def _side(texts: Texts, claim: Claim) -> str | None:
    """Whether a number is a threshold and which side of it its clause speaks of."""
    if claim.kind not in (Kind.AMOUNT, Kind.COUNT) or claim.value is None:
        return None
    before = texts.before(claim, 3)
    if _ABOVE_TEXT.search(claim.text) or _ABOVE_BEFORE.search(before):
        return ABOVE
    if _BELOW_TEXT.search(claim.text) or _BELOW_BEFORE.search(before):
        return BELOW
    return None


def _pair(ctx: Context, texts: Texts, index: int) -> tuple[Claim, Claim, Claim] | None:
    """(share above, share below, threshold) of a sentence, when it splits at one threshold."""
    claims = ctx.sentence_claims(index)
    shares = [c for c in claims if c.kind is Kind.SHARE and c.unit == "percent" and c.value]
    if len(shares) < 2:
        return None  # a share on each side is needed: most sentences are skipped here
    lines = [(c, side) for c in claims if (side := _side(texts, c))]
    if len(lines) != 2 or {side for _, side in lines} != {ABOVE, BELOW}:
        return None
    (first, _), (second, _) = lines
    if first.value != second.value or first.unit != second.unit:
        return None
    found: dict[str, Claim] = {}
    for line, side in lines:
        share = _nearest(line, shares, [c for c, _ in lines])
        if share is None:
            return None
        found[side] = share
    if found[ABOVE].id == found[BELOW].id:
        return None
    return found[ABOVE], found[BELOW], first


def _nearest(line: Claim, shares: list[Claim], lines: list[Claim]) -> Claim | None:
    """The share nearest to a threshold with no other threshold between them."""

    def clear(share: Claim) -> bool:
        lo, hi = sorted((share.start, line.start))
        return not any(lo < other.start < hi for other in lines if other.id != line.id)

    reachable = [s for s in shares if clear(s)]
    return min(reachable, key=lambda s: abs(s.start - line.start), default=None)
