"""## What it checks
A share stated with its part and its whole: part ÷ whole must round to the stated share.
The whole may stand in another sentence or in another article of the page
("全省进出口3964.6亿元" on one article, "占同期湖南省进出口总值的55%" on another).

## Why it matters
A share that does not match its part and whole is the commonest arithmetic slip in
economic copy: one of the three numbers was mistyped or updated without the others.

## Example (bad)
全省进出口3964.6亿元。湖南对APEC其他经济体进出口2181.3亿元，占同期全省进出口总值的65%。

## Use instead
全省进出口3964.6亿元。湖南对APEC其他经济体进出口2181.3亿元，占同期全省进出口总值的55%。

## Options
- `min_claims`: none. The comparison allows the rounding of every number as written
  (55% covers 54.5%–55.5%; 2181.3亿元 covers ±0.05亿元) and the qualifiers (超, 近, 约, 余).

## Known limits
The whole is found by metric and entity keys (claims/lexicon); a whole named in words the
lexicon does not know is not found, and the share is left unchecked rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim, Kind
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.common import (
    part_after,
    part_before,
    qizhong_whole,
    revenue_for_margin,
    whole_written_before,
    wholes,
)
from factcheck.rules.shares import votes
from factcheck.rules.shares.addends import Texts
from factcheck.suggest import best, suggest


class ShareMismatch(Rule):
    meta = RuleMeta(
        id="FC101",
        name="share-mismatch",
        summary="A stated share does not match its part divided by its whole.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("statcheck: recompute reported statistics with rounding-aware tolerance",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        texts = Texts(ctx)
        present = votes.presents(ctx, texts)
        for share in ctx.of_kind(Kind.SHARE):
            if share.unit not in ("percent", "ratio") or share.value is None:
                continue
            written = whole_written_before(ctx, share)
            if written is not None:
                found = self._compare(ctx, share, *written)
                if found is not None:
                    yield found
                continue
            ballot = self._ballot(ctx, texts, share, present)
            if ballot is not None:
                yield ballot
                continue
            part = part_before(ctx, share) or part_after(ctx, share)
            if part is None:
                continue
            revenue = revenue_for_margin(ctx, share, part)
            if revenue is not None:
                found = self._compare(ctx, share, part, revenue)
                if found is not None:
                    yield found
                continue
            named = wholes(ctx, share, part)
            for whole in named:
                found = self._compare(ctx, share, part, whole)
                if found is not None:
                    yield found
            if named:
                continue
            for whole in qizhong_whole(ctx, share, part):
                found = self._compare(ctx, share, part, whole)
                if isinstance(found, Finding):
                    found = self._of_the_grand_total(ctx, share, part, whole) or found
                if found is not None:
                    yield found

    def _compare(
        self,
        ctx: Context,
        share: Claim,
        part: Claim,
        whole: Claim,
        measure: Callable[[Claim], Interval] = Claim.bounds,
        cast: tuple[Claim, ...] = (),
    ) -> Finding | Verified | None:
        """part ÷ whole against the share; a ballot's rate may be over the votes ``cast``."""
        computed = measure(part).divide(measure(whole))
        if computed is None:
            return None
        stated = share.bounds()
        holds = computed.overlaps(stated)
        ratio = part.value / whole.value if part.value and whole.value else None
        arithmetic = f"{part.text} ÷ {whole.text} = {fmt(ratio, 'percent')}"
        used: tuple[Claim, ...] = ()
        if not holds and cast:
            over_cast = measure(part).divide(_sum(measure(c) for c in cast))
            if over_cast is not None and over_cast.overlaps(stated):
                holds, computed, used = True, over_cast, cast
                total = sum((c.value or Decimal(0)) for c in cast)
                ratio = part.value / total if part.value and total else None
                terms = " + ".join(c.text for c in cast)
                arithmetic = f"{part.text} ÷ ({terms}) votes cast = {fmt(ratio, 'percent')}"
        suggestion = None
        if not holds and ratio is not None and share.value:
            suggestion = best(
                suggest(share, computed),
                suggest(part, stated.mul(measure(whole))),
                suggest(whole, measure(part).divide(stated)),
            )
            if suggestion is None and whole.section != share.section:
                # A whole found in another article is tied to the share by its words alone:
                # a miss no slip explains more likely means another quantity than an error.
                return None
        return relation(
            self.meta,
            [(share, "share"), (part, "part"), (whole, "whole"), *((c, "votes") for c in used)],
            holds=holds,
            message=(
                f"{arithmetic}, but the text says {share.text}"
                if not holds
                else f"{arithmetic} matches {share.text}"
            ),
            computed=fmt_interval(computed, "percent"),
            stated=fmt_interval(stated, "percent"),
            tolerance="the rounding of all three numbers as written",
            arithmetic=arithmetic,
            suggestion=suggestion,
            path=ctx.path,
        )

    def _of_the_grand_total(
        self, ctx: Context, share: Claim, part: Claim, whole: Claim
    ) -> Verified | None:
        """"60岁及以上201.69万人，占19.67%，其中65岁及以上139.45万人，占13.60%": a share after
        其中 may be of the grand total, as the group's own share is (the census convention).
        Then part ÷ group × the group's share gives it, with no grand total written."""
        group_share = _share_right_after(ctx, whole)
        if group_share is None:
            return None
        of_group = part.bounds().divide(whole.bounds())
        if of_group is None:
            return None
        computed = of_group.mul(group_share.bounds())
        stated = share.bounds()
        if not computed.overlaps(stated):
            return None
        ratio = (
            part.value / whole.value * group_share.value
            if part.value and whole.value and group_share.value
            else None
        )
        arithmetic = (
            f"{part.text} ÷ {whole.text} × {group_share.text} = {fmt(ratio, 'percent')} "
            f"of the total {group_share.text} is of"
        )
        found = relation(
            self.meta,
            [(share, "share"), (part, "part"), (whole, "group"), (group_share, "group share")],
            holds=True,
            message=f"{arithmetic} matches {share.text}",
            computed=fmt_interval(computed, "percent"),
            stated=fmt_interval(stated, "percent"),
            tolerance="the rounding of all four numbers as written",
            arithmetic=arithmetic,
            path=ctx.path,
        )
        return found if isinstance(found, Verified) else None

    def _ballot(
        self, ctx: Context, texts: Texts, share: Claim, present: list[Claim]
    ) -> Finding | Verified | None:
        """A rate of a ballot (支持率, 反对率): its line of the tally over the deputies present."""
        word = votes.rate_line(texts, share)
        if word is None:
            return None
        line = votes.line_near(ctx, texts, share, word)
        whole = votes.present_for(present, share)
        if line is None or whole is None:
            return None
        tally = votes.tally_of(ctx, texts, line)
        cast = tally.claims if tally is not None else ()
        return self._compare(ctx, share, line, whole, votes.votes_bounds, cast)


def _share_right_after(ctx: Context, level: Claim) -> Claim | None:
    """The share stated right after a level, as its own (201.69万人，占19.67%)."""
    after = [c for c in ctx.sentence_claims(level.sentence) if c.start > level.start]
    if not after or after[0].kind is not Kind.SHARE or after[0].unit != "percent":
        return None
    if after[0].value is None:
        return None
    words = ctx.doc.source[level.end : after[0].start]
    # 占19.67% or 占常住人口的22.3%: the group's share, with or without its whole named.
    return after[0] if words.lstrip(" ,，").startswith("占") and len(words) <= 14 else None


def _sum(intervals: Iterable[Interval]) -> Interval:
    acc = Interval.point(Decimal(0))
    for interval in intervals:
        acc = acc + interval
    return acc
