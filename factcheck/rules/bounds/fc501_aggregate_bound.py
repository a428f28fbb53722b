"""## What it checks
A total against what its parts already force it to be:
- N items each at least X against their stated total: "新引进2亿元以上重大项目868个，总投资
  4587亿元" needs 4587亿元 ≥ 868 × 2亿元 = 1736亿元 (以下 bounds the total from above);
- a part introduced by 其中 against its whole: "某县中小学217所，其中中学58所" (58 ≤ 217);
- a subset of a population introduced by 中: "54个监测站点中，…等17个站点…" (17 ≤ 54).

## Why it matters
A total below the smallest value its parts allow, or a part larger than its whole, means
one of the numbers is wrong (a digit dropped, 万 for 亿, the part and the whole swapped).

## Example (bad)
全省新引进2亿元以上重大项目868个，总投资458.7亿元。

## Use instead
全省新引进2亿元以上重大项目868个，总投资4587亿元。

## Options
None. Each number is taken with the rounding and the qualifier of its writing (超, 余, 约):
the bound fails only when no reading of the numbers satisfies it.

## Known limits
The whole of a 其中 is the nearest number of the same unit before 其中 in the sentence (or
in the sentence before, when 其中 opens a sentence); an amount whose metric differs from the
part's is not taken as its whole. Parts written as changes (比上年增加…) are not parts.
Subsets named only by their nouns (标准化小学 of 小学) are not linked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim, Kind, Qualifier
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.counts import wording
from factcheck.suggest import best, suggest

#: Words before an amount that make it the total of the items counted just before.
_TOTAL = re.compile(r"(?:总投资|总额|总计|合计|共计|总金额|总产值|总规模|总)$")
#: Words before a number that make it a change, not a part.
_CHANGE = re.compile(r"(?:比|较|增加|减少|增长|下降|提高|降低|多|少)[^，,；;。]{0,8}$")
_LOWER = (Qualifier.AT_LEAST, Qualifier.OVER, Qualifier.MORE_THAN)
_UPPER = (Qualifier.AT_MOST, Qualifier.LESS_THAN)
LEVELS = (Kind.AMOUNT, Kind.COUNT)
#: A written number that is not a year, month or day (比1990年 names a date, not a quantity).
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?![\d年月日号])")
#: A number joined to the one before it: the last value of a list (分别获得93枚、81枚、76枚).
_LISTED = re.compile(r"(?:、|和|及|与)$")


class AggregateBound(Rule):
    meta = RuleMeta(
        id="FC501",
        name="aggregate-bound",
        summary="A total is below what its counted items or its parts force it to be.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("N items each ≥ X total at least N·X; a part never exceeds its whole",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for count in ctx.of_kind(Kind.COUNT):
            if count.threshold is not None and count.threshold_unit:
                total = _total_after(ctx, count)
                if total is not None:
                    found = self._threshold(ctx, count, total)
                    if found is not None:
                        yield found
        for index in sorted(ctx.by_sentence):
            for whole, parts in _of_which(ctx, index):
                yield self._parts(ctx, whole, parts, "其中")
        stocks: dict[tuple[str, int], list[tuple[str, Claim]]] = {}
        for whole in ctx.of_kind(Kind.COUNT):
            if not wording.is_count(whole):
                continue
            if wording.introduces_population(ctx, whole):
                parts = _subsets(ctx, whole)
                if parts:
                    yield self._parts(ctx, whole, parts, "中")
            noun = _stock_noun(ctx, whole)
            if noun:
                stocks.setdefault((whole.unit, whole.section), []).append((noun, whole))
        for group in stocks.values():
            for whole, part, label in _kinds_of(group):
                yield self._parts(ctx, whole, [part], label)

    def _threshold(self, ctx: Context, count: Claim, total: Claim) -> Finding | Verified | None:
        assert count.threshold is not None
        n = wording.count_bounds(count)
        qualifier = count.threshold_qualifier or Qualifier.AT_LEAST
        if qualifier in _LOWER and n.lo is not None:
            forced = Interval(n.lo * count.threshold, None)
            relation_text = "≥"
        elif qualifier in _UPPER and n.hi is not None:
            forced = Interval(None, n.hi * count.threshold)
            relation_text = "≤"
        else:
            return None
        stated = total.bounds()
        holds = stated.overlaps(forced)
        each = fmt(count.threshold, count.threshold_unit or "")
        product = fmt(forced.lo if forced.lo is not None else forced.hi, total.unit)
        suggestion = None
        if not holds:
            suggestion = best(
                suggest(total, forced),
                suggest(count, _count_range(stated, count.threshold, qualifier)),
            )
        return relation(
            self.meta,
            [(total, "total"), (count, "count")],
            holds=holds,
            message=(
                f"{count.text} items of {each} each: "
                f"{total.text} {relation_text} {count.text} × {each} = {product}"
                if holds
                else f"{count.text} items of {each} each need a total {relation_text} {product}, "
                f"but the text says {total.text}"
            ),
            computed=fmt_interval(forced, total.unit),
            stated=fmt_interval(stated, total.unit),
            tolerance="rounding and qualifiers of the count and the total as written",
            arithmetic=f"{count.text} × {each} = {product}; {total.text} {relation_text} {product}",
            suggestion=suggestion,
            path=ctx.path,
        )

    def _parts(
        self, ctx: Context, whole: Claim, parts: list[Claim], marker: str
    ) -> Finding | Verified:
        whole_bounds = _level_bounds(whole)
        over = next((p for p in parts if _exceeds(_level_bounds(p), whole_bounds)), None)
        listed = "、".join(p.text for p in parts)
        if over is None:
            return relation(
                self.meta,
                [(whole, "whole"), *((p, "part") for p in parts)],
                holds=True,
                message=f"each part after {marker} ({listed}) is within its whole {whole.text}",
                computed=f"≤ {whole.text}",
                stated=listed,
                tolerance="rounding and qualifiers of each number as written",
                arithmetic=" ; ".join(f"{p.text} ≤ {whole.text}" for p in parts),
                path=ctx.path,
            )
        return relation(
            self.meta,
            [(over, "part"), (whole, "whole")],
            holds=False,
            message=(
                f"{over.text}, a part of {whole.text} ({marker}), is larger than its whole: "
                f"one of the two numbers is wrong"
            ),
            computed=f"at most {whole.text} {fmt_interval(whole_bounds, whole.unit)}",
            stated=f"{over.text} {fmt_interval(_level_bounds(over), over.unit)}",
            tolerance="rounding and qualifiers of each number as written",
            arithmetic=f"{over.text} ≤ {whole.text} fails",
            suggestion=best(
                suggest(over, Interval(None, whole_bounds.hi)),
                suggest(whole, Interval(_level_bounds(over).lo, None)),
            ),
            path=ctx.path,
        )


def _count_range(total: Interval, each: Decimal, qualifier: Qualifier) -> Interval | None:
    """The counts the stated total allows, for a suggestion on the count."""
    if each <= 0:
        return None
    if qualifier in _LOWER:
        return None if total.hi is None else Interval(None, total.hi / each)
    return None if total.lo is None else Interval(total.lo / each, None)


def _level_bounds(claim: Claim) -> Interval:
    return wording.count_bounds(claim) if claim.kind is Kind.COUNT else claim.bounds()


def _exceeds(part: Interval, whole: Interval) -> bool:
    return part.lo is not None and whole.hi is not None and part.lo > whole.hi


def _total_after(ctx: Context, count: Claim) -> Claim | None:
    """The total (总投资…) of the items counted, in the same sentence and the next clause."""
    for other in ctx.sentence_claims(count.sentence):
        if other.start <= count.start or other.kind is not Kind.AMOUNT:
            continue
        gap = wording.between(ctx, count, other) or ""
        if sum(gap.count(ch) for ch in "，,；;。") > 1:
            return None
        if other.unit == count.threshold_unit and _TOTAL.search(wording.clause_before(ctx, other)):
            return other
    return None


def _is_part(ctx: Context, claim: Claim) -> bool:
    if claim.kind not in LEVELS or claim.value is None:
        return False
    if claim.kind is Kind.COUNT and not wording.is_count(claim):
        return False
    return _CHANGE.search(wording.clause_before(ctx, claim)) is None


def _of_which(ctx: Context, index: int) -> Iterator[tuple[Claim, list[Claim]]]:
    """(whole, parts) for each 其中 of a sentence."""
    sentence = ctx.doc.sentences[index]
    claims = ctx.sentence_claims(index)
    start = sentence.text.find("其中")
    while start >= 0:
        stop = sentence.text.find("其中", start + 2)
        end = stop if stop >= 0 else len(sentence.text)
        parts = [
            c for c in claims if start <= wording.clean_span(ctx, c)[0] < end and _is_part(ctx, c)
        ]
        if parts:
            before = [c for c in claims if wording.clean_span(ctx, c)[1] <= start]
            opening = not sentence.text[:start].strip(" ，,：:")
            if (
                opening
                and index > 0
                and ctx.doc.sentences[index - 1].paragraph == sentence.paragraph
            ):
                before = list(ctx.sentence_claims(index - 1))
            found = _whole(ctx, before, parts)
            if found is not None and not opening and _digits_between(ctx, found[0], start):
                found = None  # a number the extractor did not read stands nearer: unsure
            if found is not None:
                whole, matching = found
                yield whole, matching
        start = stop


def _digits_between(ctx: Context, whole: Claim, clean_start: int) -> bool:
    """Whether a digit no claim accounts for stands between the whole and 其中."""
    sentence = ctx.doc.sentences[whole.sentence]
    lo = wording.clean_span(ctx, whole)[1]
    covered: set[int] = set()
    for claim in _all_claims(ctx, whole.sentence):
        a, b = wording.clean_span(ctx, claim)
        covered.update(range(a, b))
    return any(
        m.start() + lo not in covered for m in _NUMBER.finditer(sentence.text[lo:clean_start])
    )


def _all_claims(ctx: Context, index: int) -> list[Claim]:
    """Claims of a sentence including dates (the numeric index leaves dates out)."""
    dates = [c for c in ctx.claims if c.kind is Kind.DATE and c.sentence == index]
    return [*ctx.sentence_claims(index), *dates]


def _whole(
    ctx: Context, before: list[Claim], parts: list[Claim]
) -> tuple[Claim, list[Claim]] | None:
    """The nearest level claim before 其中 in the unit of the first part, and the parts in it."""
    unit = parts[0].unit
    candidates = [c for c in before if c.unit == unit and _is_part(ctx, c)]
    if not candidates:
        return None
    whole = candidates[-1]
    if _LISTED.search(wording.text_before(ctx, whole, 1)):
        return None  # 其中 after a list of values may speak of any of them
    matching = [p for p in parts if p.unit == unit and _same_thing(whole, p)]
    largest = max((c.value for c in candidates if c.value is not None), default=None)
    if whole.value is not None and largest is not None and largest > whole.value:
        # Several figures of the unit before 其中 (100个村… 14个市州): a part is measured
        # against the largest, the one a breakdown most likely divides.
        whole = next(c for c in reversed(candidates) if c.value == largest)
        matching = [p for p in parts if p.unit == unit and _same_thing(whole, p)]
    if whole.kind is Kind.AMOUNT:
        key = whole.scope.metric_key
        matching = [p for p in matching if p.scope.metric_key in (None, key) or key is None]
    return (whole, matching) if matching else None


def _same_thing(whole: Claim, part: Claim) -> bool:
    """Counts of different things (两个部分, 34个大项) are no whole and part."""
    a, b = whole.scope.counted, part.scope.counted
    return a is None or b is None or a == b


def _subsets(ctx: Context, whole: Claim) -> list[Claim]:
    """Counts of the same unit in the clause after "N个X中" and the one after it."""
    found = []
    for other in ctx.sentence_claims(whole.sentence):
        if other.start <= whole.start:
            continue
        gap = wording.between(ctx, whole, other) or ""
        if any(ch in gap for ch in "；;。"):
            break
        if other.kind is Kind.COUNT and other.unit == whole.unit and _is_part(ctx, other):
            found.append(other)
    return found


#: Verbs that may stand between a stock noun and its number (小学180所; 标准化小学达46所).
_STOCK_VERB = re.compile(r"(?:共有|达到|已有|有|达|为|共)$")
#: Scope words before a stock noun (全市小学…; 市标准化小学…).
_STOCK_SCOPE = re.compile(r"^(?:全国|全省|全市|全县|全区|全|省|市|县|区)")
#: A modifier that makes a noun a flow, not a kind: 新建小学 may outnumber 小学 over years.
_FLOW = re.compile(r"新|增|建|改|累计|撤|减|扩|年|次")


def _stock_noun(ctx: Context, claim: Claim) -> str:
    """The noun of a stock statement written noun-first (小学180所), or ""."""
    if claim.qualifier is not Qualifier.EXACT:
        return ""
    before = _STOCK_VERB.sub("", wording.clause_before(ctx, claim))
    noun = _STOCK_SCOPE.sub("", before)
    if not 2 <= len(noun) <= 8 or not all("\u4e00" <= ch <= "\u9fff" for ch in noun):
        return ""
    return noun


def _kinds_of(group: list[tuple[str, Claim]]) -> Iterator[tuple[Claim, Claim, str]]:
    """(whole, part) where the part counts a named kind of the whole's noun, nearby and later.

    标准化小学 is a kind of 小学: its count cannot exceed the count of 小学 it was taken from.
    """
    for i, (noun, whole) in enumerate(group):
        for kind_noun, part in group[i + 1 :]:
            if abs(part.paragraph - whole.paragraph) > 1:
                continue
            modifier = kind_noun[: -len(noun)] if kind_noun.endswith(noun) else ""
            # one-character modifiers make other nouns (中小学 is not a kind of 小学)
            if len(modifier) >= 2 and not _FLOW.search(modifier):
                yield whole, part, f"{kind_noun} is a kind of {noun}"
