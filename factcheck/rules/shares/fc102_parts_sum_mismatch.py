"""## What it checks
Components against their total: a 其中 breakdown ("其中出口2.74万亿元；进口1.96万亿元"),
a 按…分 split of the main total (城镇 + 乡村 = 社会消费品零售总额), a total stated after its
parts (82金71银65铜，总计218枚奖牌; "合计"/"共计"), the parts of a known partition
(进出口 = 出口 + 进口, factcheck/lexicon/partitions.yaml), and figures that add up exactly to a
neighbouring figure of the same unit with no keyword at all. Changes add with their signs
(增加5873万元、减少416万元、增加251万元 … 共增加5708万元).

## Why it matters
A total that does not match its parts means one number was mistyped or updated without the
others. When one typical slip of one number (two digits swapped, a digit dropped, the
decimal point moved, 万 for 亿) makes the sum come out, the finding names that number and
what it probably should read.

## Example (bad)
全省港口完成货物吞吐量74331万吨。其中，沿海港口完成51872万吨；内河港口完成22495万吨。

## Use instead
全省港口完成货物吞吐量74331万吨。其中，沿海港口完成51872万吨；内河港口完成22459万吨。

## Options
None. Sums are computed on intervals: each number stands for everything that rounds to it
(74331万吨 covers ±0.5万吨) and its qualifier (近, 约, 超, 多), so the tolerance is the sum of
the rounding of every number as written.

## Known limits
- Figures related only by position (no 其中, 按…分, 共计 or partition) are taken for a sum
  only when they add up exactly, or when one slip of one number explains the miss; a
  breakdown that misses by more is left alone, since the figures may not be related.
- A 其中 list may be partial: it is an error only when its parts exceed the total, or when
  the parts name every part of a known partition and miss the total.
- Figures that extraction does not read (tables, numbers with a space before the unit,
  Chinese-numeral vote counts) are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.shares.addends import LEVEL, Addend, Texts, addends, total_bounds
from factcheck.rules.shares.sum_groups import (
    MAX_RELATIVE_TOLERANCE,
    Mode,
    SumGroup,
    across_paragraphs,
    coincidences,
    keyword_totals,
    medal_tallies,
    partition_complete,
    qizhong_lists,
    splits,
)
from factcheck.suggest import best, suggest

_WRITTEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
#: Slips of the scale word, which move a number by 10^4 and need no digit-level fit.
SCALE_SLIPS = ("万 written for 亿", "亿 written for 万", "萬 written for 億", "億 written for 萬")
#: How many units of its last digit the room for a corrected number may span.
MAX_STEPS = 20


class PartsSumMismatch(Rule):
    meta = RuleMeta(
        id="FC102",
        name="parts-sum-mismatch",
        summary="Stated components do not add up to their stated total.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=(
            "statcheck: recompute reported statistics with rounding-aware tolerance",
            "NBS release convention: 按…分 splits and 其中 breakdowns of a headline total",
        ),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        texts = Texts(ctx)
        found = addends(ctx, texts)
        groups = _unique(
            [
                *medal_tallies(ctx, texts),
                *keyword_totals(found, texts),
                *(_upgrade(ctx, g) for g in qizhong_lists(found, texts, ctx)),
                *splits(found, texts, ctx),
                *coincidences(found, ctx),
                *across_paragraphs(found, ctx),
            ]
        )
        confirmed: set[str] = set()
        settled: set[str] = set()
        misses: list[SumGroup] = []
        groups = [g for g in groups if _one_thing(g)]
        for group in groups:
            if len(group.parts) > 1 and total_bounds(group.parts).overlaps(group.total.bounds()):
                confirmed |= group.ids
                if group.family:
                    settled.add(group.family)
                yield self._report(ctx, group, holds=True)
            else:
                misses.append(group)
        reported: set[str] = set()
        for group in misses:
            if group.family and group.family in settled:
                continue
            suggestion = near_miss(group, confirmed)
            scale_slip = suggestion is not None and suggestion.reason in SCALE_SLIPS
            if (
                group.mode is Mode.WITHIN
                and _partial(group)
                and not scale_slip
                and not _ends_with_the_rest(ctx, group)
            ):
                continue  # parts well below a 其中 total: the breakdown may simply be partial
            if suggestion is None and not _certain_miss(group):
                continue
            anchor = suggestion.claim_id if suggestion else group.total.claim.id
            if anchor in reported:
                continue
            reported.add(anchor)
            if group.family:
                settled.add(group.family)
            yield self._report(ctx, group, holds=False, suggestion=suggestion)

    def _report(
        self,
        ctx: Context,
        group: SumGroup,
        holds: bool,
        suggestion: Suggestion | None = None,
    ) -> Finding | Verified:
        computed = total_bounds(group.parts)
        stated = group.total.bounds()
        value = sum((p.signed() for p in group.parts), Decimal(0))
        unit = group.total.unit
        arithmetic = f"{_terms(group.parts)} = {_signed(value, unit)}"
        exceeds = _exceeds(group)
        shown_computed, shown_stated = fmt_interval(computed, unit), fmt_interval(stated, unit)
        if holds:
            message = f"{arithmetic} matches {group.total.claim.text} ({group.cue})"
        elif exceeds and group.mode is Mode.WITHIN:
            message = (
                f"the parts {arithmetic} exceed their total {group.total.claim.text} ({group.cue})"
            )
        else:
            message = f"{arithmetic}, but the total reads {group.total.claim.text} ({group.cue})"
        return relation(
            self.meta,
            [(group.total.claim, "total"), *((p.claim, "part") for p in group.parts)],
            holds=holds,
            message=message,
            computed=shown_computed,
            stated=shown_stated,
            tolerance=(
                "the rounding of every number as written, added up "
                f"(parts {shown_computed}, total {shown_stated})"
            ),
            arithmetic=arithmetic,
            suggestion=suggestion,
            severity=None if holds else _severity(group, suggestion),
            path=ctx.path,
        )


def near_miss(group: SumGroup, confirmed: set[str]) -> Suggestion | None:
    """The one-slip correction of one member that makes the sum come out, if any.

    Only a well-determined correction counts: every number pinned between two ends, at
    least two parts, and the value the others imply known to within 1%. Where figures
    were related by position alone, changing one digit of a part is too easy a fit, so
    only the total may be corrected that way.
    """
    members = [group.total, *group.parts]
    if len(group.parts) < 2 or not all(m.exact for m in members):
        return None
    computed = total_bounds(group.parts)
    stated = group.total.bounds()
    structured = group.mode is not Mode.TENTATIVE
    candidates = []
    if group.total.claim.id not in confirmed:
        candidates.append(_fix(group.total, computed, structured))
    for i, part in enumerate(group.parts):
        if part.claim.id in confirmed:
            continue
        others = total_bounds([p for j, p in enumerate(group.parts) if j != i])
        fix = _fix(part, stated - others, structured)
        if group.mode is Mode.TENTATIVE and fix is not None and fix.reason == "one digit changed":
            continue
        candidates.append(fix)
    return best(*candidates)


def _fix(member: Addend, target: Interval, structured: bool) -> Suggestion | None:
    """A slip of ``member`` that lands in ``target`` (a signed interval).

    The target must pin the corrected number to its last written digits: a sum of coarse
    parts (1.47万亿 + 1.93万亿) leaves a hundred 亿 of room, in which some one-digit edit of
    a precise figure (3402.6亿) always lands. Figures related by position alone must also
    fit to 1%; an explicit breakdown (其中 33部、30部) may be small, but then only a telling
    slip (not any changed digit) explains the miss.
    """
    if member.sign != 1:  # ends that context arithmetic made are unchanged by * 1
        target = target.scale(Decimal(member.sign))
    if target.lo is None or target.hi is None or target.lo <= 0:
        return None
    width = target.hi - target.lo
    precise = width <= target.lo * MAX_RELATIVE_TOLERANCE
    if not precise and not structured:
        return None
    fix = suggest(member.claim, target) or _scale_slip(member.claim, target)
    if fix is None or fix.reason in SCALE_SLIPS:
        return fix
    if not precise and fix.reason == "one digit changed":
        return None
    step = _last_digit(member.claim, fix.replacement)
    return fix if step is not None and width <= step * MAX_STEPS else None


def _scale_slip(claim: Claim, target: Interval) -> Suggestion | None:
    """萬 for 億 and the reverse, in Traditional copy."""
    if claim.value is None:
        return None
    for wrong, right, factor in (("萬", "億", Decimal(10000)), ("億", "萬", Decimal("0.0001"))):
        if wrong in claim.text and target.contains(claim.value * factor):
            return Suggestion(
                claim_id=claim.id,
                replacement=claim.text.replace(wrong, right, 1),
                reason=f"{wrong} written for {right}",
            )
    return None


def _last_digit(claim: Claim, replacement: str) -> Decimal | None:
    """The value of one unit in the last written digit of ``replacement``."""
    original, new = _WRITTEN.search(claim.text), _WRITTEN.search(replacement)
    if original is None or new is None or claim.value is None:
        return None
    mantissa = Decimal(original.group(0).replace(",", ""))
    if mantissa == 0:
        return None
    written = new.group(0).replace(",", "")
    decimals = len(written) - written.index(".") - 1 if "." in written else 0
    return abs(claim.value / mantissa) * Decimal(10) ** -decimals


def _certain_miss(group: SumGroup) -> bool:
    """A miss no slip explains is still reported where the structure leaves no doubt."""
    if group.mode is Mode.STRONG:
        return True
    return group.mode is Mode.WITHIN and _exceeds(group)


#: Slips that any near-miss fits easily: on figures related by position alone they are notes.
LOOSE_SLIPS = ("one digit changed",)
#: Figures across a paragraph break are tied more loosely still: only a telling slip (digits
#: swapped, the point moved, 万 for 亿) ties them, not a digit lost, gained or changed.
LOOSER_SLIPS = ("one digit changed", "a digit dropped", "a digit added")
#: Groups found by where the figures stand, with no word that makes them a sum.
POSITION_CUES = ("adjacent figures", "figures opening the next paragraph")


def _severity(group: SumGroup, suggestion: Suggestion | None) -> Severity | None:
    """Several 其中 parts above their total may be overlapping categories (机电 and 高新技术
    products): without a slip to explain it that is worth a note, not an error."""
    if suggestion is None and group.mode is Mode.WITHIN and len(group.parts) > 1:
        return Severity.INFO
    by_position = group.cue in POSITION_CUES
    loose = LOOSE_SLIPS if group.cue == "adjacent figures" else LOOSER_SLIPS
    if by_position and (suggestion is None or suggestion.reason in loose):
        # Figures related by position alone: one changed digit fits some sum too often to
        # be more than a note; a telling slip (digits swapped, a digit lost) is reported.
        return Severity.INFO
    return None


#: How far below its 其中 total a breakdown may fall and still be taken for a slip: a
#: breakdown that leaves more out (早稻、中稻、晚稻 of all grain) is taken to be partial.
PARTIAL_GAP = Decimal("0.02")


#: The label of a last part that takes in whatever the others leave (2A级及以下, 其他): the
#: breakdown is then complete, and parts short of their total are a slip.
_THE_REST = re.compile(r"及以下|及以上|及其他|其他|其余|以外")


def _one_thing(group: SumGroup) -> bool:
    """Counts of different things (34个大项, 386个小项, 两个部分) are never one sum."""
    nouns = {m.claim.scope.counted for m in (group.total, *group.parts)} - {None}
    return len(nouns) <= 1


def _ends_with_the_rest(ctx: Context, group: SumGroup) -> bool:
    last = max(group.parts, key=lambda p: p.claim.start).claim
    before = ctx.doc.source[max(0, last.start - 10) : last.start]
    before = re.split(r"[,，;；、。]", before)[-1]
    return _THE_REST.search(before) is not None


def _partial(group: SumGroup) -> bool:
    """Parts that fall short of their 其中 total by more than a slip's worth."""
    if _exceeds(group) or group.total.claim.value is None:
        return False
    value = sum((p.signed() for p in group.parts), Decimal(0))
    total = group.total.claim.value
    return total > 0 and (total - value) > total * PARTIAL_GAP


def _exceeds(group: SumGroup) -> bool:
    if group.total.role != LEVEL:
        return False
    computed = total_bounds(group.parts)
    stated = group.total.bounds()
    return computed.lo is not None and stated.hi is not None and computed.lo > stated.hi


def _upgrade(ctx: Context, group: SumGroup) -> SumGroup:
    """A 其中 list naming every part of a known partition must add up to its total."""
    if partition_complete(ctx, group):
        return SumGroup(
            group.total, group.parts, "其中 breakdown of a known partition", Mode.STRONG
        )
    return group


def _unique(groups: list[SumGroup]) -> list[SumGroup]:
    """One group per set of claims; the first (most explicit) structure wins."""
    seen: set[frozenset[str]] = set()
    out = []
    for group in groups:
        if group.ids not in seen:
            seen.add(group.ids)
            out.append(group)
    return out


def _terms(parts: tuple[Addend, ...]) -> str:
    out = ""
    for i, part in enumerate(parts):
        sign = "−" if part.sign < 0 else "+"
        if i == 0:
            out = ("−" if part.sign < 0 else "") + part.claim.text
        else:
            out += f" {sign} {part.claim.text}"
    return out


def _signed(value: Decimal, unit: str) -> str:
    return ("−" + fmt(-value, unit)) if value < 0 else fmt(value, unit)
