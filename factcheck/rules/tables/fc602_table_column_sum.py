"""## What it checks
A table with a total row (全市, 全省, 合计, 总计…): in every column of amounts or counts, the
cells of the other rows must add up to the total row. Sub-columns marked ``#`` or 其中
(#女性 under 从业人员) are columns of their own and are added up too; rows marked ``#``,
其中 or 小计 are parts of another row and are left out of the sum.

## Why it matters
Yearbook and bulletin tables are retyped cell by cell; a dropped or swapped digit in one
cell, or a total left from an earlier version, breaks the table without anyone noticing.

## Example (bad)
| 地区 | 企业数(家) | 从业人员(人) |
|---|---|---|
| 全县 | 120 | 4500 |
| 城关镇 | 70 | 3100 |
| 东乡 | 30 | 1500 |
| 西乡 | 20 | 800 |

## Use instead
| 地区 | 企业数(家) | 从业人员(人) |
|---|---|---|
| 全县 | 120 | 5400 |
| 城关镇 | 70 | 3100 |
| 东乡 | 30 | 1500 |
| 西乡 | 20 | 800 |

## Options
None. The sum allows the rounding of every cell as written (each part ±half a unit in its
last place, the total too).

## Known limits
A table need not list every part of its total (其他 left out). A column that does not add
up is therefore an error only when another column of the same table does add up, which
shows that the rows cover the total; in a table where no column adds up, a mismatch that
one typical slip explains is reported as info, and any other is left alone. Columns of
averages, rates and shares (人均, 平均, 率, 比重) are never added.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from claims.extraction.table_cells import NOT_ADDITIVE
from claims.interval import Interval
from claims.model import Claim, Kind
from factcheck.checks import fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.tables.grid import Table, as_written, is_sub_row, is_total_label, tables
from factcheck.suggest import best, suggest


class TableColumnSum(Rule):
    meta = RuleMeta(
        id="FC602",
        name="table-column-sum",
        summary="A table column's cells do not add up to its total row.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("statcheck: recompute reported statistics with rounding-aware tolerance",),
        sections=("table",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        for table in tables(ctx):
            totals = [r for r in table.rows if is_total_label(table.label(r))]
            if len(totals) != 1:
                continue
            parts = [r for r in table.rows if r != totals[0] and not is_sub_row(table.label(r))]
            if len(parts) < 2:
                continue
            sums = [s for c in table.columns if (s := _column(table, c, totals[0], parts))]
            complete = any(s.holds for s in sums)  # the rows cover the total in one column
            for s in sums:
                found = self._report(ctx, s, complete)
                if found is not None:
                    yield found

    def _report(self, ctx: Context, s: _Sum, complete: bool) -> Finding | Verified | None:
        arithmetic = (
            f"{s.header}: {' + '.join(p.text for p in s.parts)} = {as_written(s.value, s.parts)}"
        )
        suggestion = None if s.holds else _suggestion(s, parts_too=complete)
        if not s.holds and not complete and suggestion is None:
            return None  # the rows may not cover the total: nothing to go on
        return relation(
            self.meta,
            [(s.total, "total"), *[(p, "part") for p in s.parts]],
            holds=s.holds,
            message=(
                f"{arithmetic} matches the {s.label} row's {s.total.text}"
                if s.holds
                else f"{arithmetic}, but the {s.label} row says {s.total.text}"
            ),
            computed=fmt_interval(s.computed, s.total.unit),
            stated=fmt_interval(s.total.bounds(), s.total.unit),
            tolerance="the rounding of every cell as written",
            arithmetic=arithmetic,
            suggestion=suggestion,
            severity=Severity.ERROR if complete else Severity.INFO,
            path=ctx.path,
        )


class _Sum:
    """One column: its total cell, its part cells, and whether they agree."""

    def __init__(self, header: str, label: str, total: Claim, parts: list[Claim]) -> None:
        self.header = header
        self.label = label
        self.total = total
        self.parts = parts
        computed = Interval.point(Decimal(0))
        for part in parts:
            computed = computed + part.bounds()
        self.computed = computed
        self.value = sum((p.value or Decimal(0) for p in parts), Decimal(0))
        self.holds = computed.overlaps(total.bounds())


def _column(table: Table, column: int, total_row: int, rows: list[int]) -> _Sum | None:
    total = table.cell(total_row, column)
    header = table.header(column)
    if total is None or total.kind not in (Kind.AMOUNT, Kind.COUNT) or NOT_ADDITIVE.search(header):
        return None
    parts = [table.cell(r, column) for r in rows]
    cells = [p for p in parts if p is not None]
    if len(cells) != len(parts):
        return None  # a missing cell (/ or 一) may be zero or unknown
    if any(p.kind is not total.kind or p.unit != total.unit or p.value is None for p in cells):
        return None
    return _Sum(header, table.label(total_row), total, cells)


def _suggestion(s: _Sum, parts_too: bool) -> Suggestion | None:
    """The total, or one part, rewritten by one slip so that the column adds up.

    A part is only suspected when the table is known to cover its total: otherwise a
    missing row could be "explained" as a digit dropped in any part.
    """
    candidates = [suggest(s.total, s.computed)]
    if not parts_too:
        return candidates[0]
    lo, hi = s.computed.lo, s.computed.hi
    for part in s.parts:
        own = part.bounds()
        if lo is None or hi is None or own.lo is None or own.hi is None:
            continue
        others = Interval(lo - own.lo, hi - own.hi)  # the sum of the other parts, exactly
        candidates.append(suggest(part, s.total.bounds() - others))
    return best(*candidates)
