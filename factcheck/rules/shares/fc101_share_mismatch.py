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

from collections.abc import Iterator

from pydantic import BaseModel

from claims.model import Kind
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.common import part_before, wholes
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
        for share in ctx.of_kind(Kind.SHARE):
            if share.unit not in ("percent", "ratio") or share.value is None:
                continue
            part = part_before(ctx, share)
            if part is None:
                continue
            for whole in wholes(ctx, share, part):
                computed = part.bounds().divide(whole.bounds())
                if computed is None:
                    continue
                stated = share.bounds()
                holds = computed.overlaps(stated)
                ratio = part.value / whole.value if part.value and whole.value else None
                arithmetic = f"{part.text} ÷ {whole.text} = {fmt(ratio, 'percent')}"
                suggestion = None
                if not holds and ratio is not None and share.value:
                    suggestion = best(
                        suggest(share, computed),
                        suggest(part, stated.mul(whole.bounds())),
                        suggest(whole, part.bounds().divide(stated)),
                    )
                yield relation(
                    self.meta,
                    [(share, "share"), (part, "part"), (whole, "whole")],
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
