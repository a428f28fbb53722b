"""## What it checks
Values the copy says are ranked must be in rank order, highest first:
- a run after 依次为 in a sentence that ranks ("分列第二到五位，依次为17.4%、12.6%…"), led by
  the first place when the ranking starts at 第二 and the first place was just stated with a
  superlative ("收看时间最长，占比为21.5%");
- a run after 分别 that gives the values of a top-N ("位居前三的城市是…，分别实现进出口额
  527.36亿元、162.94亿元和118.05亿元"; "名列前四，分别获得93枚、81枚、76枚");
- values each stated with their rank in one ranking ("甲省以52枚金牌位列奖牌榜第二，乙省以46枚
  金牌位居奖牌榜第三");
- a leader that is an item of a 分别 list ("某省对欧盟、东盟…进出口分别为1245.6亿元、986.3亿元
  …。其中，欧盟为该省第一大贸易伙伴"): its value must be the largest of the list.

## Why it matters
A ranked list whose values do not descend has a value or a name out of place: a digit
dropped, a decimal point moved or 万 written for 亿 in one value, or two names swapped.

## Example (bad)
全省进出口额位居前三的城市是甲市、乙市、丙市，分别实现进出口额527.36亿元、16.294亿元和118.05亿元。

## Use instead
全省进出口额位居前三的城市是甲市、乙市、丙市，分别实现进出口额527.36亿元、162.94亿元和118.05亿元。

## Options
None. Values are compared with the rounding of each (17.4% covers 17.35%–17.45%): a value
is out of order only when it is certainly larger than the one ranked above it.

## Known limits
An order is checked only where the words of the copy state it: values listed with
分别 alone ("对韩国、东盟、欧盟、美国分别进出口…") are not taken to be ranked, however
often such lists are. Rankings from the bottom (倒数, 最低, 最少) are left alone, and so is a
ranking by a measure where less ranks first (PM2.5 concentration) unless the copy says
最低. Value-by-value ranks and leaders are warnings: the rank may be one of another measure
than the value beside it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from pydantic import BaseModel

from claims.model import Claim
from factcheck.checks import fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.counts.ranking import Leader, Ranking, below, leaders, rankings


class RankOrderMismatch(Rule):
    meta = RuleMeta(
        id="FC404",
        name="rank-order-mismatch",
        summary="Values the copy says are ranked are not in rank order.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("a ranking lists values highest first: each is at least the next",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for index in sorted(ctx.by_sentence):
            for ranking in rankings(ctx, index):
                yield self._order(ctx, ranking)
        for leader in leaders(ctx):
            yield self._leader(ctx, leader)

    def _order(self, ctx: Context, ranking: Ranking) -> Finding | Verified:
        values = ranking.values
        listed = " ≥ ".join(v.text for v in values)
        tolerance = "rounding of each value as written"
        broken = next(((a, b) for a, b in itertools.pairwise(values) if below(a, b)), None)
        if broken is None:
            return relation(
                self.meta,
                [(v, "ranked value") for v in values],
                holds=True,
                message=f"the values ranked ({ranking.words}) descend: {listed}",
                computed="descending",
                stated=listed,
                tolerance=tolerance,
                arithmetic=listed,
                path=ctx.path,
            )
        a, b = broken
        return relation(
            self.meta,
            [(b, "ranked value"), (a, "ranked above")],
            holds=False,
            message=(
                f"the copy ranks these values ({ranking.words}) but {b.text} is larger than "
                f"{a.text} ranked above it: a value or a name is out of place"
            ),
            computed=_versus(b, a),
            stated=listed,
            tolerance=tolerance,
            arithmetic=f"{a.text} ≥ {b.text} fails",
            severity=None if ranking.explicit else Severity.WARNING,
            path=ctx.path,
        )

    def _leader(self, ctx: Context, leader: Leader) -> Finding | Verified:
        value, rank = leader.value, leader.rank
        larger = next((o for o in leader.others if below(value, o)), None)
        listed = "、".join(o.text for o in leader.others)
        tolerance = "rounding of each value as written"
        if larger is None:
            return relation(
                self.meta,
                [(value, "leader"), (rank, "rank"), *((o, "listed value") for o in leader.others)],
                holds=True,
                message=(
                    f"{leader.name}, called {rank.text}, has the largest value of its list: "
                    f"{value.text} ≥ {listed}"
                ),
                computed=f"largest of the list: {value.text}",
                stated=rank.text,
                tolerance=tolerance,
                arithmetic=f"{value.text} ≥ {listed}",
                path=ctx.path,
            )
        return relation(
            self.meta,
            [(value, "leader"), (larger, "listed value"), (rank, "rank")],
            holds=False,
            message=(
                f"{leader.name} is called {rank.text}, but its {value.text} is below "
                f"{larger.text} in the same list"
            ),
            computed=_versus(larger, value),
            stated=f"{leader.name} {rank.text}",
            tolerance=tolerance,
            arithmetic=f"{value.text} ≥ {larger.text} fails",
            severity=Severity.WARNING,
            path=ctx.path,
        )


def _versus(larger: Claim, smaller: Claim) -> str:
    return (
        f"{larger.text} {fmt_interval(larger.bounds(), larger.unit)} > "
        f"{smaller.text} {fmt_interval(smaller.bounds(), smaller.unit)}"
    )
