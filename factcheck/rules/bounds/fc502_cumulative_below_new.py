"""## What it checks
A cumulative total against what was newly added to it: "新增7个国家级中小企业特色产业集群…
累计培育…22个国家中小企业特色产业集群" needs 22 ≥ 7. The cumulative count is marked by
累计, 截至目前, 总数, 共有 before it; the new one by 新增, 新引进, 新认定, 新培育, 新建; both
must count the same noun (国家级 and 国家 read alike), in the same article, in the same or
adjacent paragraphs, or with the new count in the article's headline.

## Why it matters
A running total smaller than this year's additions is impossible: either the total was
not updated, or one of the two numbers was mistyped.

## Example (bad)
我省新增7个国家级中小企业特色产业集群。截至目前，全省累计培育5个国家中小企业特色产业集群。

## Use instead
我省新增7个国家级中小企业特色产业集群。截至目前，全省累计培育22个国家中小企业特色产业集群。

## Options
None. Counts are compared as written (超/余/近 widen them); the check fails only when the
largest reading of the total is below the smallest reading of the addition.

## Known limits
The counted noun must be the same, or the new items a named kind of the cumulative ones
(新增7个特色产业集群 against 累计22个产业集群); nouns that differ otherwise (省级 and 国家)
are never compared. A total and an addition of different periods are not told apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from claims.document import Role
from claims.model import Claim, Kind
from factcheck.checks import fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.counts import wording

_CUMULATIVE = re.compile(r"累计|截至目前|截至|截止|总数|共有|总量|至今")
_NEW = re.compile(r"新增|新引进|新认定|新培育|新建|新获批|新入选|新上榜")
#: Words between a cumulative marker and its count that would make the count something else.
_BREAKS = re.compile(r"新增|新引进|其中|同比|比上年|增长|增加|减少|下降")
_HEADINGS = (Role.HEADLINE, Role.SUBHEADING, Role.KICKER)


class CumulativeBelowNew(Rule):
    meta = RuleMeta(
        id="FC502",
        name="cumulative-below-new",
        summary="A cumulative total is smaller than what was newly added to it.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("a running total includes every addition: total ≥ new",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        news = [c for c in ctx.of_kind(Kind.COUNT) if wording.is_count(c) and _is_new(ctx, c)]
        if not news:
            return
        by_section: dict[int, list[Claim]] = {}
        for claim in news:
            by_section.setdefault(claim.section, []).append(claim)
        for total in ctx.of_kind(Kind.COUNT):
            if not wording.is_count(total) or not _is_cumulative(ctx, total):
                continue
            new = _addition(ctx, total, by_section.get(total.section, []))
            if new is not None:
                yield self._compare(ctx, total, new)

    def _compare(self, ctx: Context, total: Claim, new: Claim) -> Finding | Verified:
        stated = wording.count_bounds(total)
        added = wording.count_bounds(new)
        holds = not (stated.hi is not None and added.lo is not None and stated.hi < added.lo)
        return relation(
            self.meta,
            [(total, "cumulative"), (new, "new")],
            holds=holds,
            message=(
                f"the cumulative {total.text} includes the {new.text} newly added"
                if holds
                else f"the cumulative {total.text} is smaller than the {new.text} newly added: "
                f"a running total includes every addition"
            ),
            computed=f"at least {new.text} {fmt_interval(added, new.unit)}",
            stated=f"{total.text} {fmt_interval(stated, total.unit)}",
            tolerance="rounding and qualifiers of both counts as written",
            arithmetic=f"{total.text} ≥ {new.text}",
            path=ctx.path,
        )


def _is_cumulative(ctx: Context, claim: Claim) -> bool:
    before = wording.text_before(ctx, claim, 40)
    marks = list(_CUMULATIVE.finditer(before))
    if not marks:
        return False
    tail = before[marks[-1].end() :]
    return _BREAKS.search(tail) is None and not any(ch in "；;。" for ch in tail)


def _is_new(ctx: Context, claim: Claim) -> bool:
    return _NEW.search(wording.clause_before(ctx, claim)[-12:]) is not None


def _noun(ctx: Context, claim: Claim) -> str:
    return wording.normalize_noun(wording.noun_after(ctx, claim))


def _near(ctx: Context, total: Claim, new: Claim) -> bool:
    if new.section != total.section:
        return False
    if abs(new.paragraph - total.paragraph) <= 1:
        return True
    return ctx.doc.paragraphs[new.paragraph].role in _HEADINGS


def _addition(ctx: Context, total: Claim, news: list[Claim]) -> Claim | None:
    """The newly added count of the same noun near ``total`` (nearest if several)."""
    noun = _noun(ctx, total)
    if len(noun) < 2:
        return None
    found = [
        n
        for n in news
        if n.unit == total.unit
        and _near(ctx, total, n)
        and (kind := _noun(ctx, n))
        and kind.endswith(noun)
        and (
            total.scope.subject_key is None
            or n.scope.subject_key in (None, total.scope.subject_key)
        )
    ]
    if not found:
        return None
    found.sort(key=lambda n: abs(n.start - total.start))
    return found[0]
