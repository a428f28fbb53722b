"""Tables as rules see them: the cell claims of one table, addressed by row and column.

The extractor gives every cell claim its table, row and column; here they are gathered
back into grids once per document, so a rule walks a row or a column by index instead of
searching the copy. Header and label words that tell a column's role (本期 or 上年, a total
row, a 其中 sub-row) are read here, in one place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from claims.model import Claim, Kind
from factcheck.context import Context

#: Row labels of a total row.
TOTAL_LABELS = frozenset(
    {"全市", "全省", "全区", "全县", "全国", "全州", "全盟", "合计", "总计", "共计", "总数", "总体"}
)
#: Labels of rows that are part of another row, not of the total (其中, #, 小计).
_SUB_ROW = re.compile(r"^(?:#|＃|其中|内:|小计|\s*-)")
_PRIOR = re.compile(r"上年|去年|上期|同期|上年度|上月|上季|年初|期初|基期|前一年")
_CURRENT = re.compile(r"本期|本年|本报告期|报告期|本月|本季|今年|当年|当期|期末|年末|现值")
_YEAR = re.compile(r"((?:19|20)\d\d)年?")
LEVELS = (Kind.AMOUNT, Kind.COUNT, Kind.SHARE)
CHANGES = (Kind.GROWTH, Kind.DECLINE, Kind.PP_DIFFERENCE)


@dataclass(frozen=True)
class Table:
    """One table's cell claims: ``cells[(row, column)]``."""

    index: int
    cells: dict[tuple[int, int], Claim]
    rows: tuple[int, ...]
    columns: tuple[int, ...]

    def cell(self, row: int, column: int) -> Claim | None:
        return self.cells.get((row, column))

    def column(self, column: int) -> list[Claim]:
        return [c for r in self.rows if (c := self.cells.get((r, column))) is not None]

    def header(self, column: int) -> str:
        for r in self.rows:
            claim = self.cells.get((r, column))
            if claim is not None:
                return claim.scope.metric or ""
        return ""

    def label(self, row: int) -> str:
        for c in self.columns:
            claim = self.cells.get((row, c))
            if claim is not None:
                return claim.scope.subject or ""
        return ""


def tables(ctx: Context) -> Iterator[Table]:
    """Every table of the document, in order."""
    grouped: dict[int, dict[tuple[int, int], Claim]] = defaultdict(dict)
    for claim in ctx.numeric:
        if claim.table is not None and claim.row is not None and claim.column is not None:
            grouped[claim.table][(claim.row, claim.column)] = claim
    for index in sorted(grouped):
        cells = grouped[index]
        yield Table(
            index=index,
            cells=cells,
            rows=tuple(sorted({r for r, _ in cells})),
            columns=tuple(sorted({c for _, c in cells})),
        )


def is_total_label(label: str) -> bool:
    bare = re.sub(r"\s+", "", label)
    return bare in TOTAL_LABELS or bare.endswith(("合计", "总计"))


def is_sub_row(label: str) -> bool:
    return _SUB_ROW.match(label) is not None


def period_role(header: str) -> str | None:
    """The period a value column's header names: current, prior, or None (本期, 上年同期)."""
    prior = _PRIOR.search(header) is not None
    current = _CURRENT.search(_PRIOR.sub("", header)) is not None  # 上年末 is no 年末
    if prior == current:
        return None
    return "prior" if prior else "current"


def year_of(header: str) -> int | None:
    found = {int(m.group(1)) for m in _YEAR.finditer(header)}
    return found.pop() if len(found) == 1 else None


def current_and_prior(table: Table, a: int, b: int) -> tuple[int, int] | None:
    """Which of columns ``a`` and ``b`` is the current period and which the prior one."""
    ha, hb = table.header(a), table.header(b)
    ya, yb = year_of(ha), year_of(hb)
    if ya is not None and yb is not None and ya != yb:
        return (a, b) if ya > yb else (b, a)
    ra, rb = period_role(ha), period_role(hb)
    if {ra, rb} == {"current", "prior"}:
        return (a, b) if ra == "current" else (b, a)
    return None


def as_written(value: Decimal, like: Sequence[Claim]) -> str:
    """``value`` in the scale and places the cells ``like`` are written in (亿元 cells → 亿)."""
    scale: Decimal | None = None
    places = 0
    for claim in like:
        digits = re.sub(r"[^\d.]", "", claim.text)
        if not digits or claim.value is None or Decimal(digits) == 0:
            return str(value)
        mine = abs(claim.value) / Decimal(digits)
        if scale is not None and mine != scale:
            return str(value)
        scale = mine
        places = max(places, len(digits) - digits.index(".") - 1 if "." in digits else 0)
    if scale is None or scale == 0:
        return str(value)
    return f"{(value / scale).quantize(Decimal(1).scaleb(-places)):,f}".replace(",", "")
