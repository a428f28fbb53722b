"""## What it checks
The same quantity stated twice with different values: a total repeated in a later
paragraph, a figure given in the lede and again in the body, or on two articles of one
page. Two statements are the same quantity when they have the same kind and unit, the same
metric, no contradicting subject, period or counterpart, and are introduced by the same
words ("全省进出口3964.6亿元" … "全省进出口3946.6亿元"). Within one article, two exact
statements whose number is followed by the same noun ("灌区72.74万亩农田" … "共72.74万亩
农田") are the same quantity too, however differently they are introduced. A percentage is
compared with another only when both are named by the same rate noun ending in 率, with
no period word setting them apart ("去年經濟成長率上修為6.37%" … "全年經濟成長率6.37％";
"支持率最高，達到91.6%" … "支持率高達91.6%"). A body figure restates a table cell when it
has the cell's subject and unit and its sentence names the cell's column
("浙江以418.36亿元位居旅游总收入榜单首位" and the 旅游总收入 cell of the 浙江 row).

## Why it matters
A figure revised in one place and not the other leaves the reader with two answers; the
writer usually meant one of them and a single slip produced the other.

## Example (bad)
前三季度，全省进出口3964.6亿元，同比增长5.5%。

对外贸易结构优化。前三季度，全省进出口3946.6亿元，连续4个月实现当月正增长。

## Use instead
前三季度，全省进出口3964.6亿元，同比增长5.5%。

对外贸易结构优化。前三季度，全省进出口3964.6亿元，连续4个月实现当月正增长。

## Options
None. Each figure stands for the interval its writing allows (约/近/超 widen it); two
statements agree when their intervals meet.

## Known limits
Statements in one paragraph are never paired (a paragraph lists different items under one
metric far more often than it repeats one). A conflict is reported only when one typical
slip (digits transposed, a digit dropped or changed, 万 for 亿…) turns one figure into the
other (or, for a shared noun, when one of two equal digit strings lost its 万/亿/千/百);
figures that differ more are taken to be different quantities, and silence is kept. A
shared noun pairs only figures with three or more digits and no 约/余/超, since short or
rounded figures of one noun (31枚铜牌, 1枚铜牌) are usually different quantities. It is an
error when metric and period are both stated and equal, a warning when the pairing rests on
the introducing words or the noun. Rates and table cells are paired by their names only, so
a conflict there is always a warning; the rate noun must have three characters or more
(支持率, not 率) and stand within a few words of its number, and a table cell is used only
when exactly one cell of the row has the unit and a column the sentence names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from pydantic import BaseModel

from claims.model import Claim, Kind, Qualifier
from factcheck.checks import fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.consistency.rate_names import RateName, rate_name
from factcheck.rules.consistency.sameness import (
    agree,
    key_of,
    keys_compatible,
    same_metric,
    same_rounding,
)
from factcheck.rules.consistency.wording import noun_after
from factcheck.rules.consistency.written import mantissa, real_change, target_of, unit_word
from factcheck.suggest import best, suggest

BODY_ROLES = frozenset({"lede", "body"})
#: Levels only: a rate (增长5%) is a rate *of* the level before it, and two rates under one
#: verb are restated far less often than they describe two different levels.
KINDS = frozenset({Kind.AMOUNT, Kind.COUNT})
#: Words a table column must have before a sentence naming them restates its cell.
MIN_COLUMN_WORDS = 3
#: Rates are paired only when the copy names them with one noun ending in 率.
RATE_KINDS = frozenset({Kind.SHARE, Kind.GROWTH})

#: How many earlier statements of one group a statement is compared with (keeps it linear).
WINDOW = 8
#: Introducing words this alike (bigram Dice) tie two statements on their own.
SAME_WORDS = 0.75
#: …and this alike when the metric keys already agree.
SIMILAR_WORDS = 0.5
#: Characters of introducing words read before a number, within its clause.
LEAD_IN = 10
#: Fewer introducing characters than this ("增长") say nothing about what is counted.
MIN_LEAD_IN = 4
#: A slip of one digit only counts for numbers with at least this many digits.
MIN_DIGITS_FOR_ONE_DIGIT = 3

_CLAUSE = re.compile(r"[，,。；;：:！？!?、（）()\n]")
_NOISE = re.compile(r"[\d.．%％\s]")


def lead_in(ctx: Context, claim: Claim) -> str:
    """The words right before a number, within its clause, digits left out."""
    sentence = ctx.doc.sentences[claim.sentence]
    start = max(sentence.start, claim.start - LEAD_IN)
    text = ctx.doc.source[start : claim.start]
    text = _CLAUSE.split(text)[-1]
    return _NOISE.sub("", text)


def names_metric(claim: Claim, words: str) -> bool:
    """The metric the claim was keyed on is written in the words right before it."""
    metric = claim.scope.metric
    return metric is not None and len(metric) >= 2 and metric in words


def likeness(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two short phrases."""
    pa = {a[i : i + 2] for i in range(len(a) - 1)}
    pb = {b[i : i + 2] for i in range(len(b) - 1)}
    if not pa or not pb:
        return 0.0
    return 2 * len(pa & pb) / (len(pa) + len(pb))


def both_stated_equal(a: Claim, b: Claim, name: str) -> bool:
    ka, kb = getattr(a.scope, name), getattr(b.scope, name)
    return ka is not None and ka == kb


class ConflictingRestatement(Rule):
    meta = RuleMeta(
        id="FC302",
        name="conflicting-restatement",
        summary="The same quantity is stated twice with different values.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("statcheck: compare reported values with rounding-aware tolerance",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        groups: dict[tuple[Kind, str], list[Claim]] = defaultdict(list)
        readings = _Readings(ctx)
        for claim in ctx.numeric:
            if claim.role not in BODY_ROLES or claim.kind not in KINDS or claim.value is None:
                continue
            group = groups[(claim.kind, claim.unit)]
            for earlier in group[-WINDOW:]:
                found = self._pair(ctx, earlier, claim, readings)
                if found is not None:
                    yield found
            group.append(claim)
        yield from self._rates(ctx)
        yield from self._table_cells(ctx)

    def _table_cells(self, ctx: Context) -> Iterator[Finding | Verified]:
        """A body figure restating its table cell: same subject, same unit, and the column's
        words written in the figure's sentence (浙江以418.36亿元位居旅游总收入榜单首位)."""
        cells: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for cell in ctx.numeric:
            subject = key_of(cell, "subject_key")
            if cell.role == "table" and cell.kind in KINDS and subject and cell.value is not None:
                cells[(subject, cell.unit)].append(cell)
        if not cells:
            return
        for claim in ctx.numeric:
            subject = key_of(claim, "subject_key")
            if claim.role not in BODY_ROLES or claim.kind not in KINDS or subject is None:
                continue
            if claim.qualifier is not Qualifier.EXACT or claim.value is None:
                continue
            sentence = ctx.doc.sentences[claim.sentence].text
            named = [
                c
                for c in cells.get((subject, claim.unit), ())
                if c.scope.metric
                and len(c.scope.metric) >= MIN_COLUMN_WORDS
                and c.scope.metric in sentence
            ]
            if len(named) != 1:
                continue
            cell = named[0]
            tie = f"the {subject} row's {cell.scope.metric} cell of the table"
            if agree(cell, claim, cell.unit):
                yield self._relation(ctx, cell, claim, holds=True, tie=tie)
                continue
            slip = _slip(cell, claim)
            if slip is not None:
                yield self._relation(
                    ctx,
                    cell,
                    claim,
                    holds=False,
                    tie=tie,
                    suggestion=slip,
                    severity=Severity.WARNING,
                )

    def _rates(self, ctx: Context) -> Iterator[Finding | Verified]:
        """Percentages named by one rate noun in two paragraphs of an article (支持率…91.6%)."""
        named: dict[tuple[int, str], list[tuple[Claim, RateName]]] = defaultdict(list)
        for claim in ctx.numeric:
            if (
                claim.role not in BODY_ROLES
                or claim.kind not in RATE_KINDS
                or claim.unit != "percent"
                or claim.qualifier is not Qualifier.EXACT
                or claim.value is None
            ):
                continue
            name = rate_name(ctx, claim)
            if name is None:
                continue
            group = named[(claim.section, name.noun)]
            for earlier, earlier_name in group[-WINDOW:]:
                if earlier.paragraph == claim.paragraph or not name.same_rate(earlier_name):
                    continue
                found = self._rate_pair(ctx, earlier, claim, name.noun)
                if found is not None:
                    yield found
            group.append((claim, name))

    def _rate_pair(
        self, ctx: Context, first: Claim, second: Claim, noun: str
    ) -> Finding | Verified | None:
        if agree(first, second, first.unit):
            return self._relation(ctx, first, second, holds=True, tie=f"both named {noun}")
        slip = _slip(first, second)
        if slip is None:
            return None  # a far miss: the rate of another year, region or item
        return self._relation(
            ctx,
            first,
            second,
            holds=False,
            tie=f"both named {noun}",
            suggestion=slip,
            severity=Severity.WARNING,
        )

    def _pair(
        self, ctx: Context, first: Claim, second: Claim, readings: _Readings
    ) -> Finding | Verified | None:
        if first.paragraph == second.paragraph:
            return None
        if keys_compatible(first, second) and same_metric(first, second):
            return self._by_metric(ctx, first, second)
        return self._by_noun(ctx, first, second, readings)

    def _by_noun(
        self, ctx: Context, first: Claim, second: Claim, readings: _Readings
    ) -> Finding | Verified | None:
        """Two statements of one article whose number is followed by the same noun
        (灌区72.74万亩农田 … 共72.74万亩农田): one quantity, whatever words introduce it."""
        if first.section != second.section or not _no_contradiction(first, second):
            return None
        if not (readings.telling(first) and readings.telling(second)):
            return None
        noun = readings.noun(first)
        if noun is None or noun != readings.noun(second):
            return None
        if same_rounding(first, second) and first.value == second.value:
            return self._relation(ctx, first, second, holds=True, noun=noun)
        slip = _scale_word_slip(first, second) or _slip(first, second)
        if slip is None:
            return None  # a far miss: two quantities of one noun (耕地 of two counties)
        return self._relation(
            ctx, first, second, holds=False, noun=noun, suggestion=slip, severity=Severity.WARNING
        )

    def _by_metric(self, ctx: Context, first: Claim, second: Claim) -> Finding | Verified | None:
        before_first, before_second = lead_in(ctx, first), lead_in(ctx, second)
        if min(len(before_first), len(before_second)) < MIN_LEAD_IN:
            return None
        if not (names_metric(first, before_first) and names_metric(second, before_second)):
            return None
        words = likeness(before_first, before_second)
        scoped = all(both_stated_equal(first, second, k) for k in ("subject_key", "period_key"))
        if words < SIMILAR_WORDS or (first.section != second.section and not scoped):
            return None
        if agree(first, second, first.unit):
            return self._relation(ctx, first, second, holds=True, words=words)
        if words < SAME_WORDS or not scoped:
            return None
        slip = _slip(first, second)
        if slip is None:
            return None
        return self._relation(ctx, first, second, holds=False, words=words, suggestion=slip)

    def _relation(
        self,
        ctx: Context,
        first: Claim,
        second: Claim,
        *,
        holds: bool,
        words: float | None = None,
        noun: str | None = None,
        suggestion: Suggestion | None = None,
        severity: Severity | None = None,
        tie: str | None = None,
    ) -> Finding | Verified:
        a, b = first.bounds(), second.bounds()
        if tie is not None:
            tie = f" ({tie})"
        elif words is not None:
            tie = f" (introducing words {words:.0%} alike)"
        else:
            tie = f" (both followed by {noun})"
        shown_a, shown_b = fmt_interval(a, first.unit), fmt_interval(b, second.unit)
        return relation(
            self.meta,
            [(second, "restatement"), (first, "first statement")],
            holds=holds,
            message=(
                f"{second.text} restates {first.text} with a different value"
                if not holds
                else f"{second.text} restates {first.text} consistently"
            ),
            computed=shown_a,
            stated=shown_b,
            tolerance=(
                "none: both are written to the same place, so one value gives the same digits"
                if same_rounding(first, second)
                else f"rounding and qualifiers as written: {first.text} covers {shown_a}, "
                f"{second.text} covers {shown_b}; they must meet"
            )
            + tie,
            arithmetic=f"{first.text} vs {second.text}",
            suggestion=suggestion,
            severity=severity,
            path=ctx.path,
        )


class _Readings:
    """What the pairing reads of each claim, read once: a claim meets up to WINDOW others."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._telling: dict[str, bool] = {}
        self._noun: dict[str, str | None] = {}

    def telling(self, claim: Claim) -> bool:
        found = self._telling.get(claim.id)
        if found is None:
            found = self._telling[claim.id] = _telling(claim)
        return found

    def noun(self, claim: Claim) -> str | None:
        if claim.id not in self._noun:
            self._noun[claim.id] = noun_after(self.ctx, claim)
        return self._noun[claim.id]


def _slip(first: Claim, second: Claim) -> Suggestion | None:
    """One typical slip that turns either figure into the other, or None (a far miss)."""
    place = same_rounding(first, second)
    a, b = target_of(second, first, place), target_of(first, second, place)
    candidates = []  # the later statement first: on a tie, it is the one to correct
    if a.lo is not None and a.hi is not None:
        candidates.append(real_change(second, suggest(second, a)))
    if b.lo is not None and b.hi is not None:
        candidates.append(real_change(first, suggest(first, b)))
    found = best(*candidates)
    if found is None or found.reason != "one digit changed":
        return found
    short = min(_digits(first), _digits(second))
    return found if short >= MIN_DIGITS_FOR_ONE_DIGIT else None


#: Digits an exact figure needs before a shared noun alone may tie it to another: short
#: figures of one noun (31枚铜牌, 1枚铜牌) are different quantities far more often than slips.
MIN_DIGITS_FOR_NOUN = 3


def _telling(claim: Claim) -> bool:
    """Exact, and written with enough digits that a repeat is no coincidence."""
    return claim.qualifier is Qualifier.EXACT and _digits(claim) >= MIN_DIGITS_FOR_NOUN


def _no_contradiction(a: Claim, b: Claim) -> bool:
    """Subject, period and counterpart do not contradict (the metric is not compared: the noun
    after the number says what is measured when the metric words differ)."""
    if a.scope.counterpart_key != b.scope.counterpart_key:
        return False
    for name in ("subject_key", "period_key"):
        ka, kb = key_of(a, name), key_of(b, name)
        if ka is not None and kb is not None and ka != kb:
            return False
    return True


#: Scale characters a hurried edit drops or adds between the digits and the unit.
SCALE_WORDS = ("万", "亿", "千", "百")


def _scale_word_slip(first: Claim, second: Claim) -> Suggestion | None:
    """The same digits with a scale character missing from one of them (72.74万亩, 72.74亩).

    The statement without it is the one corrected: a character dropped in a hurried edit is
    a likelier slip than one typed in.
    """
    a, b = mantissa(first), mantissa(second)
    if a is None or b is None or a[0] != b[0]:
        return None
    word_a, word_b = unit_word(first), unit_word(second)
    for scale in SCALE_WORDS:
        if word_a == scale + word_b:
            return _restore(second, b[0], word_a, f"{scale} dropped")
        if word_b == scale + word_a:
            return _restore(first, a[0], word_b, f"{scale} dropped")
    return None


def _restore(wrong: Claim, digits: str, word: str, reason: str) -> Suggestion:
    """``wrong`` with the unit words after its digits replaced by ``word``."""
    end = wrong.text.index(digits) + len(digits)
    return Suggestion(claim_id=wrong.id, replacement=wrong.text[:end] + word, reason=reason)


def _digits(claim: Claim) -> int:
    written = mantissa(claim)
    return 0 if written is None else sum(ch.isdigit() for ch in written[0])
