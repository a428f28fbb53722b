"""## What it checks
A value restated in other units right after it, in brackets or after 约合 / 折合 / 相当于
("5816.4万吨(1163.3亿斤)", "265.5千公顷(398.2万亩)", "12.5公里，折合12500米"): the first
value, converted exactly (1 吨 = 2000 斤, 1 公顷 = 15 亩, 1 公里 = 1000 米, 1 吨 = 1000
公斤), must fall within the rounding of the restated one.

## Why it matters
Conversions are done by hand and rounded by hand; a truncated or mistyped restatement
gives the reader two different figures for one quantity.

## Example (bad)
其中一季稻产量4239.9万吨(847.9亿斤)。

## Use instead
其中一季稻产量4239.9万吨(848.0亿斤)。

## Options
None. Both numbers stand for the interval their rounding allows (4239.9万吨 is
4239.85–4239.95万吨); the restatement holds when the converted interval meets the
restated one. 约合 widens the restated value by the usual 10% of 约.

## Known limits
Only units of one dimension are converted (mass, area, length, volume, energy, one
currency with another magnitude word). Two currencies are never compared: exchange rates
change and a rate the copy does not state is not assumed. Counts and percentages in
brackets are not restatements and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim
from factcheck.checks import fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.consistency.sameness import bounds_in, comparable_units, value_in
from factcheck.rules.consistency.written import (
    in_written_units,
    mantissa,
    rounded_as_written,
    unit_word,
)
from factcheck.suggest import suggest

#: Words that announce a restatement in other units.
CONVERSION_WORDS = ("约折合", "约相当于", "约合", "折合", "相当于", "合")

_OPEN = re.compile(r"\s*[（(]\s*$")
_CLOSE = re.compile(r"^\s*[)）]")
_WORD_GAP = re.compile(r"^\s*[（(，,]?\s*(?:" + "|".join(CONVERSION_WORDS) + r")\s*$")


def restates(ctx: Context, first: Claim, second: Claim) -> bool:
    """Whether ``second`` restates ``first`` in brackets or after a conversion word."""
    source = ctx.doc.source
    gap = source[first.end : second.start]
    if _WORD_GAP.match(gap):
        return True
    if _OPEN.fullmatch(gap) or gap.strip() in ("(", "（"):
        if second.text.startswith(CONVERSION_WORDS):
            return True
        return bool(_CLOSE.match(source[second.end : second.end + 3]))
    return bool(gap.strip() in ("，", ",") and second.text.startswith(CONVERSION_WORDS))


def pairs(ctx: Context) -> Iterator[tuple[Claim, Claim]]:
    """Adjacent claims of one sentence where the second restates the first in other units."""
    for sentence in ctx.doc.sentences:
        claims = ctx.sentence_claims(sentence.index)
        for first, second in pairwise(claims):
            if first.value is None or second.value is None:
                continue
            if not comparable_units(first.unit, second.unit):
                continue
            if first.unit == second.unit and unit_word(first) == unit_word(second):
                continue
            if restates(ctx, first, second):
                yield first, second


class UnitConversionMismatch(Rule):
    meta = RuleMeta(
        id="FC303",
        name="unit-conversion-mismatch",
        summary="A value restated in other units does not convert to the first value.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=(
            "GB 3101-93 and the statutory 市制: 1 公顷 = 15 亩, 1 公斤 = 2 斤",
            "statcheck: compare reported values with rounding-aware tolerance",
        ),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for source, restated in pairs(ctx):
            converted = bounds_in(source, restated.unit)
            value = value_in(source, restated.unit)
            back = bounds_in(restated, source.unit)
            if converted is None or value is None or back is None:
                continue
            stated = restated.bounds()
            holds = converted.overlaps(stated)
            shown = in_written_units(value, restated)
            words = unit_word(restated)
            factor = _factor(source, restated)
            computed_text = f"{_plain(shown)}{words}" if shown is not None else "?"
            arithmetic = f"{source.text} × {factor} = {computed_text}"
            suggestion = None
            if not holds:
                # The bracketed figure is the derived one: correct it first.
                suggestion = (
                    suggest(restated, converted)
                    or _rounded(restated, value, converted)
                    or suggest(source, back)
                )
            yield relation(
                self.meta,
                [(restated, "restated"), (source, "source")],
                holds=holds,
                message=(
                    f"{source.text} converts to {computed_text}, "
                    f"but the text restates it as {restated.text}"
                    if not holds
                    else f"{source.text} converts to {computed_text}, matching {restated.text}"
                ),
                computed=_written_interval(converted, restated),
                stated=_written_interval(stated, restated),
                tolerance=(
                    "rounding of both numbers as written: the converted interval "
                    f"{_written_interval(converted, restated)} must meet "
                    f"{_written_interval(stated, restated)}"
                ),
                arithmetic=arithmetic,
                suggestion=suggestion,
                path=ctx.path,
            )


def _factor(source: Claim, restated: Claim) -> str:
    """How many written units of the restatement one written unit of the source makes."""
    found, target = mantissa(source), mantissa(restated)
    if found is None or target is None:
        return "?"
    one = value_in(source.model_copy(update={"value": found[1]}), restated.unit)
    if one is None:
        return "?"
    ratio = _plain(one / target[1])
    return f"{ratio} (1{unit_word(source)} = {ratio}{unit_word(restated)})"


def _rounded(restated: Claim, value: Decimal, converted: Interval) -> Suggestion | None:
    """The converted value rounded as the restatement is written, when that fixes it."""
    found = mantissa(restated)
    text = rounded_as_written(value, restated)
    # Rounding moves a number by at most half its last place, so the rounded text
    # stands for an interval that holds ``value``, which lies in ``converted``.
    if found is None or text is None or text == found[0] or not converted.contains(value):
        return None
    return Suggestion(
        claim_id=restated.id,
        replacement=restated.text.replace(found[0], text, 1),
        reason="the converted value, rounded as written",
    )


def _plain(value: Decimal | None) -> str:
    return "?" if value is None else f"{value.normalize():f}"


def _written_interval(interval: Interval, claim: Claim) -> str:
    """An interval in the claim's written units: [2731.85, 2731.95]亿斤."""
    lo = None if interval.lo is None else in_written_units(interval.lo, claim)
    hi = None if interval.hi is None else in_written_units(interval.hi, claim)
    if (interval.lo is not None and lo is None) or (interval.hi is not None and hi is None):
        return fmt_interval(interval, claim.unit)
    low = "−∞" if lo is None else _plain(lo)
    high = "+∞" if hi is None else _plain(hi)
    return f"[{low}, {high}]{unit_word(claim)}"
