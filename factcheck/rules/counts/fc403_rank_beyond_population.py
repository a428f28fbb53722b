"""## What it checks
A rank or a subset against the population it is taken from:
- a rank among N ("于64支国际球队中跻身第37名": 37 ≤ 64; "在17个省份中，位列前5位");
- a count taken from a top-N ("前十大贸易伙伴中，有8个": 8 ≤ 10);
- a rank inside a top-N ("增幅居经济十强省第四位": 4 ≤ 10).
Whether ranked values are in order is FC404's concern.

## Why it matters
第65名 among 64 teams, or 12 of the top ten, is impossible: one of the two numbers was
mistyped.

## Example (bad)
于64支国际球队中跻身第65名。

## Use instead
于64支国际球队中跻身第37名。

## Options
None. Ranks and counts are compared as written (a population of 100余支 allows up to 110).

## Known limits
The population must be introduced by 中 right after its number (N支…中, 前十大…中), and the
rank must follow in the same or the next clause; a rank that names another population
(全国第3) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.model import Claim, Kind
from claims.numbers import parse_chinese_integer
from factcheck.checks import relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.counts import wording

#: A rank that names a population of its own (全国第3) is not ranked among the N.
_OTHER_POPULATION = re.compile(r"全国|全省|全市|全球|世界|全县|全区|全世界|亚洲")


class RankBeyondPopulation(Rule):
    meta = RuleMeta(
        id="FC403",
        name="rank-beyond-population",
        summary="A rank or subset exceeds its population.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("a rank k among N requires 1 ≤ k ≤ N; a subset of N has at most N members",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for population in ctx.numeric:
            if not _is_population(ctx, population):
                continue
            for member in _members(ctx, population):
                yield self._bound(ctx, population, member)
        for top in ctx.of_kind(Kind.RANK):
            inner = _rank_inside(ctx, top)
            if inner is not None:
                yield self._bound(ctx, top, inner)
        for rank in ctx.of_kind(Kind.RANK):
            written = _written_top(ctx, rank)
            if written is not None:
                yield self._within_written(ctx, rank, *written)

    def _bound(self, ctx: Context, population: Claim, member: Claim) -> Finding | Verified:
        size = _size(population)
        k = wording.count_bounds(member).lo if member.kind is Kind.COUNT else member.value
        assert size is not None and k is not None
        holds = k <= size
        what = "rank" if member.kind is Kind.RANK else "subset"
        return relation(
            self.meta,
            [(member, what), (population, "population")],
            holds=holds,
            message=(
                f"{member.text} lies within the {population.text} it is taken from"
                if holds
                else f"{member.text} is beyond the {population.text} it is taken from: "
                f"a {what} cannot exceed its population"
            ),
            computed=f"at most {_int(size)}",
            stated=member.text,
            tolerance="none: a rank or a subset count is at most the population",
            arithmetic=f"{member.text} ≤ {population.text}: {_int(k)} ≤ {_int(size)}",
            path=ctx.path,
        )

    def _within_written(
        self, ctx: Context, rank: Claim, words: str, size: int
    ) -> Finding | Verified:
        assert rank.value is not None
        holds = rank.value <= size
        return relation(
            self.meta,
            [(rank, "rank")],
            holds=holds,
            message=(
                f"{rank.text} lies within the {words} it is taken from"
                if holds
                else f"{rank.text} is beyond the {words} it is taken from: "
                f"a rank cannot exceed its population"
            ),
            computed=f"at most {size}",
            stated=rank.text,
            tolerance="none: a rank is at most the population",
            arithmetic=f"{rank.text} ≤ {words}: {_int(rank.value)} ≤ {size}",
            path=ctx.path,
        )


def _int(value: object) -> str:
    text = f"{value}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _size(population: Claim) -> Decimal | None:
    """The largest the population can be: its upper bound, or the N of a top-N."""
    if population.kind is Kind.RANK:
        return population.value
    return wording.count_bounds(population).hi


def _is_population(ctx: Context, claim: Claim) -> bool:
    if claim.kind is Kind.RANK:
        is_top = claim.text.startswith("前") or claim.text.endswith(("强", "大"))
        if not is_top or claim.value is None:
            return False
    elif not (
        claim.kind is Kind.COUNT and wording.is_count(claim) and claim.bounds().hi is not None
    ):
        return False
    return wording.introduces_population(ctx, claim)


def _members(ctx: Context, population: Claim) -> Iterator[Claim]:
    """Ranks (and, after a top-N, counts) in the clause of 中 or the next one."""
    for other in ctx.sentence_claims(population.sentence):
        if other.start <= population.start:
            continue
        gap = wording.between(ctx, population, other) or ""
        if sum(gap.count(ch) for ch in "，,；;。") > 1 or any(ch in gap for ch in "；;。"):
            break
        if other.kind is Kind.RANK and other.value is not None:
            if _OTHER_POPULATION.search(wording.clause_before(ctx, other)):
                continue
            yield other
        elif (
            population.kind is Kind.RANK
            and other.kind is Kind.COUNT
            and wording.is_count(other)
            and other.value is not None
        ):
            yield other


def _rank_inside(ctx: Context, top: Claim) -> Claim | None:
    """第四位 right after 十强 (…居经济十强省第四位)."""
    if top.value is None or not (top.text.endswith("强") or top.text.startswith("前")):
        return None
    for other in ctx.sentence_claims(top.sentence):
        if other.start <= top.start or other.kind is not Kind.RANK:
            continue
        gap = wording.between(ctx, top, other)
        if gap is None or len(gap) > 4 or any(ch in wording.PUNCTUATION for ch in gap):
            return None
        if other.text.startswith("第") and other.value is not None:
            return other
        return None
    return None


#: A top-N written right before a rank (经济十强省第四位), when no claim reads it.
_TOP_WORDS = re.compile(r"(前?([0-9]+|[一二三四五六七八九十百两]+)(?:强|大))[^\d，,。；;、]{0,3}$")


def _written_top(ctx: Context, rank: Claim) -> tuple[str, int] | None:
    """("十强", 10) for 第四位 in "…十强省第四位", unless a rank claim already reads 十强."""
    if not rank.text.startswith("第") or rank.value is None:
        return None
    m = _TOP_WORDS.search(wording.clause_before(ctx, rank))
    if m is None:
        return None
    start = wording.clean_span(ctx, rank)[0] - (len(wording.clause_before(ctx, rank)) - m.start())
    for other in ctx.sentence_claims(rank.sentence):
        if other.kind is Kind.RANK and other.start < rank.start:
            a, _ = wording.clean_span(ctx, other)
            if a >= start:
                return None  # the extractor read the top-N: _rank_inside checks it
    try:
        size = parse_chinese_integer(m.group(2)) if not m.group(2).isdigit() else int(m.group(2))
    except ValueError:
        return None
    return m.group(1), size
