"""## What it checks
A rate the copy states next to the two figures it is defined from: the yield of a crop
(单产, 亩产) against its output divided by its sown area, all of one crop, one article and
one period ("全省夏粮总产量为3518万吨 … 播种面积为6243千公顷 … 单产每公顷5635公斤":
3518万吨 ÷ 6243千公顷 = 5635.1 公斤/公顷). Units are converted exactly (吨, 斤, 公斤;
公顷, 亩); the area unit of the yield is read from 每公顷, /公顷, 每亩, /亩 or 亩产.

## Why it matters
Output, area and yield come from one survey: a yield that its own output and area do not
give means one of the three figures was mistyped or belongs to another crop or year.

## Example (bad)
全省夏粮总产量为3518万吨。全省夏粮播种面积为6243千公顷。全省夏粮单产每公顷5365公斤。

## Use instead
全省夏粮总产量为3518万吨。全省夏粮播种面积为6243千公顷。全省夏粮单产每公顷5635公斤。

## Options
None. Each figure stands for everything that rounds to it (3518万吨 covers ±0.5万吨), so
the computed yield is an interval; the stated yield must fall in it, within its own rounding.

## Known limits
- The crop is the word before 单产, 产量 or 播种面积 with scope words (全国, 今年, 其中)
  taken off; the three figures must name the same crop ("夏粮", "冬小麦"), so 小麦 and 冬小麦
  are different crops. Output and area must be levels, not changes.
- A yield on harvested area, or on an area the copy does not state, cannot be checked.
  When no single slip explains a mismatch it is a warning, not an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim, Kind
from claims.units.convert import convert
from claims.units.errors import UnitMismatch
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.common import same_period
from factcheck.rules.shares.addends import Texts
from factcheck.suggest import best, suggest

MASS = ("kg", "t")
AREA = ("hectare", "mu")
_YIELD = re.compile(
    r"(?P<crop>[\u4e00-\u9fff]*?)(?:单产|亩产|平均单产)(?P<per>每公顷|每亩)?"
    r"(?:为|达|达到|是)?约?$"
)
_OUTPUT = re.compile(r"(?P<crop>[\u4e00-\u9fff]*?)(?:总产量|产量)(?:为|达|达到|是)?约?$")
_AREA = re.compile(r"(?P<crop>[\u4e00-\u9fff]*?)(?:播种面积|种植面积)(?:为|达|达到|是)?约?$")
#: Words before a crop that only place it: 全国夏粮, 今年小麦, 其中冬小麦.
_SCOPE = re.compile(
    r"^(?:年|月|全国|全省|全市|全县|全区|我国|我省|我市|今年|去年|当年|全年|其中|在|共|合计|全)"
    r"+"
)


class DerivedRatioMismatch(Rule):
    meta = RuleMeta(
        id="FC304",
        name="derived-ratio-mismatch",
        summary="A stated yield does not match its output divided by its area.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("单产 = 总产量 ÷ 播种面积 (national statistics definition of crop yield)",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        texts = Texts(ctx)
        outputs: list[tuple[str, Claim]] = []
        areas: list[tuple[str, Claim]] = []
        yields: list[tuple[str, str, Claim]] = []
        for claim in ctx.of_kind(Kind.AMOUNT):
            if claim.value is None or claim.value <= 0:
                continue
            clause = _clause(texts, claim)
            if claim.unit in MASS:
                found = _YIELD.search(clause)
                if found is not None:
                    per = _per_area(ctx, texts, claim, found.group("per") or "", clause)
                    crop = _crop(found.group("crop"))
                    if per and crop:
                        yields.append((crop, per, claim))
                    continue
                found = _OUTPUT.search(clause)
                if found is not None and _crop(found.group("crop")):
                    outputs.append((_crop(found.group("crop")), claim))
            elif claim.unit in AREA:
                found = _AREA.search(clause)
                if found is not None and _crop(found.group("crop")):
                    areas.append((_crop(found.group("crop")), claim))
        for crop, per, stated in yields:
            output = _nearest(crop, stated, outputs)
            area = _nearest(crop, stated, areas)
            if output is not None and area is not None:
                found_relation = self._yield(ctx, stated, per, output, area)
                if found_relation is not None:
                    yield found_relation

    def _yield(
        self, ctx: Context, stated: Claim, per: str, output: Claim, area: Claim
    ) -> Finding | Verified | None:
        try:
            mass = _convert(output.bounds(), output.unit, stated.unit)
            land = _convert(area.bounds(), area.unit, per)
        except UnitMismatch:
            return None
        computed = mass.divide(land)
        if computed is None:
            return None
        written = stated.bounds()
        holds = computed.overlaps(written)
        unit_name = ("公斤" if stated.unit == "kg" else "吨") + "/"
        unit_name += "公顷" if per == "hectare" else "亩"
        mid = computed.midpoint()
        arithmetic = f"{output.text} ÷ {area.text} = {fmt(mid)} {unit_name}"
        suggestion = None
        if not holds:
            land_needed = mass.divide(written)
            suggestion = best(
                suggest(stated, computed),
                suggest(output, _convert(written.mul(land), stated.unit, output.unit)),
                suggest(
                    area, None if land_needed is None else _convert(land_needed, per, area.unit)
                ),
            )
        return relation(
            self.meta,
            [(stated, "yield"), (output, "output"), (area, "area")],
            holds=holds,
            message=(
                f"{arithmetic} matches the yield {stated.text}"
                if holds
                else f"{arithmetic}, but the text says {stated.text}"
            ),
            computed=fmt_interval(computed) + f" {unit_name}",
            stated=fmt_interval(written) + f" {unit_name}",
            tolerance="the rounding of all three numbers as written",
            arithmetic=arithmetic,
            suggestion=suggestion,
            severity=None if holds or suggestion is not None else Severity.WARNING,
            path=ctx.path,
        )


def _clause(texts: Texts, claim: Claim) -> str:
    before = texts.before(claim, 30)
    cut = max((i for i, ch in enumerate(before) if ch in "，,；;。：:（(）)"), default=-1)
    return before[cut + 1 :]


def _crop(words: str) -> str:
    return _SCOPE.sub("", words)


def _per_area(ctx: Context, texts: Texts, claim: Claim, per: str, clause: str) -> str | None:
    """The area unit a yield is per: 每公顷/每亩 before it, /公顷 or /亩 after, or 亩产."""
    if per == "每公顷":
        return "hectare"
    if per == "每亩" or "亩产" in clause:
        return "mu"
    after = ctx.doc.source[claim.end : claim.end + 4].lstrip()
    if after.startswith(("/公顷", "／公顷", "/公頃", "每公顷")):
        return "hectare"
    if after.startswith(("/亩", "／亩", "/畝", "每亩")):
        return "mu"
    return None


def _nearest(crop: str, stated: Claim, found: list[tuple[str, Claim]]) -> Claim | None:
    """The figure of the crop in the yield's article and period, nearest to the yield."""
    matching = [
        c
        for name, c in found
        if name == crop and c.section == stated.section and same_period(c, stated)
    ]
    return min(matching, key=lambda c: abs(c.start - stated.start), default=None)


def _convert(interval: Interval, source: str, target: str) -> Interval:
    lo = None if interval.lo is None else convert(interval.lo, source, target)
    hi = None if interval.hi is None else convert(interval.hi, source, target)
    return Interval(lo, hi)
