"""## What it checks
A table row that states a current value, a prior value and the change between them
(a 增减(%) or 同比增长 column, or 增加0.85个百分点): the change is recomputed from the two
values and must round to the stated one. A percentage change is current ÷ prior − 1; a
change in 个百分点 is current − prior for rates; a change in the values' own unit is
current − prior. Which column is current and which prior is read from the headers
(本报告期 / 上年同期, 期末 / 年初, or two years).

## Why it matters
Financial summaries and statistical tables are copied into news stories row by row; a
mistyped value or change in one row is repeated everywhere the table goes.

## Example (bad)
单位:万元
本期 上年同期 增减(%)
营业收入 12,500.00 10,000.00 25.00
净利润 1,800.00 1,500.00 -20.00

## Use instead
单位:万元
本期 上年同期 增减(%)
营业收入 12,500.00 10,000.00 25.00
净利润 1,800.00 1,500.00 20.00

## Options
None. The comparison allows the rounding of the three cells as written (-20.00 covers
−20.005% to −19.995%; 0.52 covers 0.515–0.525).

## Known limits
Only rows whose two value columns stand right before the change column are read, and only
when the headers tell the current period from the prior one; a row with a negative or zero
prior value is left unchecked (its growth is not defined). A bare change next to rates
(利润率 6.90 5.60 1.30) may be points or percent: either reading that holds is accepted.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim, Kind
from factcheck.checks import fmt, fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.changes import arithmetic as ar
from factcheck.rules.tables.grid import CHANGES, LEVELS, Table, current_and_prior, tables
from factcheck.suggest import best

HUNDRED = Decimal(100)


class TableRowGrowth(Rule):
    meta = RuleMeta(
        id="FC601",
        name="table-row-growth",
        summary="A table row's stated change does not follow from its current and prior values.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=(
            "statcheck: recompute reported statistics with rounding-aware tolerance",
            "growth rate = current ÷ prior − 1; point change = current rate − prior rate",
        ),
        sections=("table",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for table in tables(ctx):
            for column in table.columns:
                if column < 2:
                    continue
                pair = current_and_prior(table, column - 2, column - 1)
                if pair is None:
                    continue
                for row in table.rows:
                    change = table.cell(row, column)
                    current = table.cell(row, pair[0])
                    prior = table.cell(row, pair[1])
                    if change is None or current is None or prior is None:
                        continue
                    found = self._row(ctx, table, row, change, current, prior)
                    if found is not None:
                        yield found

    def _row(
        self, ctx: Context, table: Table, row: int, change: Claim, current: Claim, prior: Claim
    ) -> Finding | Verified | None:
        if change.kind not in CHANGES or current.kind not in LEVELS or prior.kind not in LEVELS:
            return None
        if current.unit != prior.unit or current.value is None or prior.value is None:
            return None
        readings = _readings(change, current, prior)
        if not readings:
            return None
        holding = next((r for r in readings if r.computed.overlaps(r.stated)), None)
        shown = holding or readings[0]
        label = table.label(row)
        arithmetic = f"{label}: {shown.formula} = {shown.result}"
        suggestion = None if holding else _suggestion(shown, change, current, prior)
        return relation(
            self.meta,
            [(change, "stated change"), (current, "current"), (prior, "prior")],
            holds=holding is not None,
            message=(
                f"{arithmetic} matches the stated {change.text}"
                if holding
                else f"{arithmetic}, but the table says {_signed(change)}"
            ),
            computed=fmt_interval(shown.computed, shown.unit),
            stated=fmt_interval(shown.stated, shown.unit),
            tolerance="the rounding of the three cells as written",
            arithmetic=arithmetic,
            suggestion=suggestion,
            path=ctx.path,
        )


class _Reading:
    """One way to read the change cell: growth in percent, points, or an absolute change."""

    def __init__(
        self, computed: Interval, stated: Interval, unit: str, formula: str, result: str
    ) -> None:
        self.computed = computed
        self.stated = stated
        self.unit = unit
        self.formula = formula
        self.result = result


def _readings(change: Claim, current: Claim, prior: Claim) -> list[_Reading]:
    out: list[_Reading] = []
    stated = ar.signed_rate(change) if change.kind is not Kind.PP_DIFFERENCE else change.bounds()
    c, p = current.bounds(), prior.bounds()
    difference = f"{current.text} − {prior.text}"
    rates = current.unit == "percent"
    if change.unit == "percentage_point" and rates:
        points = ar.points_between(c, p)
        if points is not None:
            value = (current.value or Decimal(0)) - (prior.value or Decimal(0))
            out.append(
                _Reading(
                    points,
                    stated,
                    "percentage_point",
                    difference,
                    fmt(value * HUNDRED, "percentage_point"),
                )
            )
    elif change.unit == "percent":
        growth = ar.rate_between(c, p) if p.lo is not None and p.lo > 0 else None
        if growth is not None and current.value is not None and prior.value:
            value = current.value / prior.value - 1
            out.append(
                _Reading(
                    growth,
                    stated,
                    "percent",
                    f"{current.text} ÷ {prior.text} − 1",
                    fmt(value, "percent"),
                )
            )
        if rates:  # 6.90 5.60 1.30 beside rates: the change may be in points
            points = ar.points_between(c, p)
            if points is not None:
                value = (current.value or Decimal(0)) - (prior.value or Decimal(0))
                out.append(
                    _Reading(
                        points,
                        stated.scale(HUNDRED),
                        "percentage_point",
                        difference,
                        fmt(value * HUNDRED, "percentage_point"),
                    )
                )
    elif change.unit == current.unit and change.kind is not Kind.PP_DIFFERENCE:
        delta = c - p
        value = (current.value or Decimal(0)) - (prior.value or Decimal(0))
        out.append(_Reading(delta, stated, change.unit, difference, fmt(value, change.unit)))
    return out


def _signed(change: Claim) -> str:
    if change.kind is Kind.DECLINE and not change.text.startswith(("-", "−")):
        return f"−{change.text}"
    return change.text


def _suggestion(
    reading: _Reading, change: Claim, current: Claim, prior: Claim
) -> Suggestion | None:
    if reading.unit != "percent":
        return ar.suggest_near(change, reading.computed)
    rate = reading.stated
    return best(
        ar.suggest_near(change, _magnitude(change, reading.computed)),
        ar.suggest_near(current, ar.current_for_base(prior.bounds(), rate)),
        ar.suggest_near(prior, ar.base_for_current(current.bounds(), rate)),
    )


def _magnitude(change: Claim, computed: Interval) -> Interval | None:
    """The computed rate in the change cell's own unsigned terms (a decline as its size)."""
    if change.kind is Kind.DECLINE:
        return ar.negate(computed)
    if computed.hi is not None and computed.hi < 0:
        return None  # the table says growth, the values fall: no one slip explains it
    return computed
