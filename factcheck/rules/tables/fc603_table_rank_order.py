"""## What it checks
A ranking table (a 名次 / 排名 / 位次 column): the ranked value column — the first column
of amounts or counts — must follow the order of the ranks, highest first (or lowest first
when the table runs that way). A value out of place is reported with the neighbours it
should sit between.

## Why it matters
A ranking is read by its order: a value mistyped in one row (675.8 for 765.8) puts a
province in the wrong place, and the story built on the ranking says something false.

## Example (bad)
| 排名 | 城市 | 地区生产总值(亿元) |
|---|---|---|
| 1 | 甲市 | 1200.5 |
| 2 | 乙市 | 980.2 |
| 3 | 丙市 | 675.8 |
| 4 | 丁市 | 700.1 |
| 5 | 戊市 | 650.3 |

## Use instead
| 排名 | 城市 | 地区生产总值(亿元) |
|---|---|---|
| 1 | 甲市 | 1200.5 |
| 2 | 乙市 | 980.2 |
| 3 | 丙市 | 765.8 |
| 4 | 丁市 | 700.1 |
| 5 | 戊市 | 650.3 |

## Options
None. Two values are out of order only when their rounding intervals cannot be ordered
as the ranks say; equal ranks (并列) may hold any values.

## Known limits
The ranked column is taken to be the first column of amounts or counts; a table ranked by
another column shows many values out of order and is left alone (the rule speaks only
when one or two values are out of place in a ranking of five rows or more). Rows with a
missing value (/) are skipped.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim, Kind
from factcheck.checks import fmt, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.tables.grid import Table, tables
from factcheck.suggest import best, suggest

#: Fewest ranked rows for which one value out of place is reported.
MIN_ROWS = 5

Entry = tuple[Claim, Claim]  # (rank cell, value cell)


class TableRankOrder(Rule):
    meta = RuleMeta(
        id="FC603",
        name="table-rank-order",
        summary="A ranking table's values do not follow the order of its ranks.",
        severity=Severity.WARNING,
        doc=__doc__ or "",
        references=("a ranking orders its rows by the ranked value",),
        sections=("table",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for table in tables(ctx):
            entries = _ranked(table)
            if len(entries) < 3:
                continue
            order = _direction([v for _, v in entries])
            if order == 0:
                continue
            culprits = _out_of_place(entries, order)
            if culprits is None:
                continue
            yield self._report(ctx, table, entries, order, culprits)

    def _report(
        self, ctx: Context, table: Table, entries: list[Entry], order: int, culprits: list[int]
    ) -> Finding | Verified:
        header = entries[0][1].scope.metric or "the ranked column"
        way = "highest first" if order < 0 else "lowest first"
        if not culprits:
            return relation(
                self.meta,
                [c for rank, value in entries for c in ((value, "value"), (rank, "rank"))],
                holds=True,
                message=f"{len(entries)} rows ranked by {header}, {way}, in order",
                tolerance="the rounding of every value as written",
                path=ctx.path,
            )
        fixes = {k: _suggestion(entries, k, order) for k in culprits}
        chosen = best(*fixes.values())
        culprits = sorted(culprits, key=lambda k: fixes[k] is not chosen)  # the fixable first
        k = culprits[0]
        rank, value = entries[k]
        before = entries[k - 1][1] if k > 0 else None
        after = entries[k + 1][1] if k + 1 < len(entries) else None
        between = ", ".join(
            f"{side} {n.scope.subject} {n.text}"
            for side, n in (("after", before), ("before", after))
            if n is not None
        )
        involved = [(value, "value"), (rank, "rank")]
        for other in culprits[1:]:
            involved += [(entries[other][1], "value"), (entries[other][0], "rank")]
        return relation(
            self.meta,
            involved,
            holds=False,
            message=(
                f"{header} ranks {way}, but 第{rank.text} {value.scope.subject} "
                f"{value.text} does not fit {between}"
            ),
            computed=f"a value between {_fmt(after)} and {_fmt(before)}",
            stated=value.text,
            tolerance="the rounding of every value as written",
            arithmetic=f"ranks {rank.text}: {between}",
            suggestion=chosen,
            path=ctx.path,
        )


def _ranked(table: Table) -> list[Entry]:
    """(rank, value) of every row with both, in the order of the ranks."""
    rank_columns = [c for c in table.columns if all(x.kind is Kind.RANK for x in table.column(c))]
    if len(rank_columns) != 1:
        return []
    ranks = rank_columns[0]
    values = next(
        (
            c
            for c in table.columns
            if c > ranks
            and table.column(c)
            and all(x.kind in (Kind.AMOUNT, Kind.COUNT) for x in table.column(c))
        ),
        None,
    )
    if values is None:
        return []
    entries = []
    for row in table.rows:
        rank, value = table.cell(row, ranks), table.cell(row, values)
        if rank is not None and value is not None and value.value is not None:
            entries.append((rank, value))
    entries.sort(key=lambda e: (e[0].value, e[0].start))
    return entries


def _direction(values: list[Claim]) -> int:
    """−1 when most neighbours fall (highest first), +1 when most rise, 0 when unclear."""
    falls = rises = 0
    for a, b in itertools.pairwise(values):
        if a.value is None or b.value is None:
            continue
        falls += b.value < a.value
        rises += b.value > a.value
    if falls > 2 * rises:
        return -1
    if rises > 2 * falls:
        return 1
    return 0


def _fits(a: Entry, b: Entry, order: int) -> bool:
    """Whether ``a`` may stand before ``b``: an equal rank, or values that can be ordered."""
    if a[0].value == b[0].value:
        return True
    first, second = a[1].bounds(), b[1].bounds()
    if order < 0:
        return first.hi is None or second.lo is None or first.hi >= second.lo
    return first.lo is None or second.hi is None or first.lo <= second.hi


def _out_of_place(entries: list[Entry], order: int) -> list[int] | None:
    """[] when in order; the one or two rows whose removal restores the order; else None."""
    broken = [k for k in range(len(entries) - 1) if not _fits(entries[k], entries[k + 1], order)]
    if not broken:
        return []
    if len(entries) < MIN_ROWS or len(broken) > 2:
        return None
    suspects = sorted({k for b in broken for k in (b, b + 1)})
    culprits = []
    for k in suspects:
        rest = entries[:k] + entries[k + 1 :]
        if all(_fits(rest[i], rest[i + 1], order) for i in range(len(rest) - 1)):
            culprits.append(k)
    return culprits if 1 <= len(culprits) <= 2 else None


def _fmt(claim: Claim | None) -> str:
    return "…" if claim is None else fmt(claim.value, claim.unit)


def _suggestion(entries: list[Entry], k: int, order: int) -> Suggestion | None:
    """One slip that puts the value of row ``k`` back between its neighbours."""
    before = entries[k - 1][1] if k > 0 else None
    after = entries[k + 1][1] if k + 1 < len(entries) else None
    high, low = (before, after) if order < 0 else (after, before)
    target = Interval(
        None if low is None else low.bounds().lo,
        None if high is None else high.bounds().hi,
    )
    return suggest(entries[k][1], target)
