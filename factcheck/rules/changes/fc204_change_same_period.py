"""## What it checks
A change written from one period to another (由2012年的…增至2021年的…, 从2020年的…下降到
2023年的…) whose two periods are the same: 由2016年的1.3万多元增至2016年的2.1万多元.

## Why it matters
A change cannot run from a year to the same year; one of the two years was mistyped
(most often copied from the other), and every reader of a "ten years of progress" piece
sees that the span is wrong.

## Example (bad)
某县城镇居民人均消费支出由2016年的1.3万多元增至2016年的2.1万多元。

## Use instead
某县城镇居民人均消费支出由2016年的1.3万多元增至2023年的2.1万多元。

## Options
None. Periods are compared as written (2012年, 2012年底, 2012年3月, 二〇一二年): 2012年 and
2012年底 are different periods and are not reported.

## Known limits
Only the period written inside the 由/从 … 增至/降到 … frame, right before each value, is
read; a period given once for the whole sentence is not taken to be either end. Values
the extractor does not read (amounts without a unit, such as 1400亿) leave the frame
unseen.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from factcheck.checks import relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.changes.frames import changes, sentence_of, span_periods


class ChangeSamePeriod(Rule):
    meta = RuleMeta(
        id="FC204",
        name="change-same-period",
        summary="A change is written as running from a period to the same period.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("a change over time needs two distinct periods (由…的…增至…的…)",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for change in changes(ctx):
            if change.shape != "span":
                continue
            start, end = span_periods(sentence_of(ctx, change.current), change)
            if start is None or end is None:
                continue
            holds = start != end
            words = f"由{start}的{change.other.text} … 至{end}的{change.current.text}"
            yield relation(
                self.meta,
                [(change.other, "from"), (change.current, "to")],
                holds=holds,
                message=(
                    f"the change runs from {start} to {end}"
                    if holds
                    else f"the change runs from {start} to the same {end}: one of the two "
                    "periods is probably mistyped"
                ),
                computed=f"{start} → {end}",
                stated=words,
                tolerance="periods compared exactly as written",
                arithmetic=f"{start} {'≠' if holds else '='} {end}",
                path=ctx.path,
            )
