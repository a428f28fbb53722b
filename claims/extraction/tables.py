"""Claims for the cells of tables: the numbers prose extraction drops for want of a unit.

A table cell is a bare number; what it means stands elsewhere: the unit in the column
header ("(亿元)", "(个)") or in the table's 单位 line, the kind in the header ("增减(%)" is a
change, "名次" a rank), the subject in the row label and the metric in the column header.
Each numeric cell becomes a claim with that scope and its table coordinates, so rules can
compare a row's values, add up a column, or follow a ranking.

Inside a table the cell reading replaces whatever the prose reading made of the same
characters ("10%" is a growth of the 同比增长 column, not a share; the "亿元" of a header is
no amount), and every cell claim has the role ``table``, which prose rules do not read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from claims.document import Document
from claims.extraction.normalize import normalize
from claims.extraction.table_cells import (
    PERCENT,
    POINTS,
    Unit,
    header_unit,
    is_change_header,
    is_points_header,
    is_rank_header,
    is_share_header,
    read_cell,
    strip_unit,
    table_unit,
)
from claims.extraction.table_grid import Cell, Grid, find_grids
from claims.extraction.zh_scope import lexicon
from claims.model import Claim, Kind, Scope, Span

#: Two numbers with only spaces between them, as the cells of a row of a table.
_SIDE_BY_SIDE = re.compile(r"\d\s+[-+]?\d")
#: Role of every cell claim: rules about prose leave table cells alone.
TABLE_ROLE = "table"
_HALF = Decimal("0.5")


def table_claims(doc: Document, existing: list[Claim], text: str | None = None) -> list[Claim]:
    """``existing`` with the cells of every table of ``doc`` added, in text order.

    A prose claim that overlaps a cell, a header or a row label of a table is replaced by
    the cell reading; enumerations and the claims they list are always kept. ``text`` is
    the normalized source, when the caller has it already.
    """
    begin = doc.paragraphs[0].start if doc.paragraphs else 0
    if text is None:
        text = normalize(doc.source)
    if "|" not in text and not _SIDE_BY_SIDE.search(text):
        return existing  # no cell separators, no numbers side by side: no table
    grids = find_grids(text, begin)
    if not grids:
        return existing
    cells: list[Claim] = []
    starts = [s.start for s in doc.sentences]
    for index, grid in enumerate(grids):
        cells.extend(_grid_claims(doc, text, grid, index, starts, len(cells)))
    return _merge(existing, cells, [span for g in grids for span in g.text_spans])


@dataclass(frozen=True, slots=True)
class Column:
    """What a column header says about every cell under it."""

    header: str
    unit: Unit | None
    rank: bool
    change: bool
    points: bool
    share: bool
    metric: str | None = None  # the header without its unit, as the metric of every cell
    metric_key: str | None = None


def columns(grid: Grid) -> list[Column]:
    """The columns of ``grid``; a ``#`` sub-column (其中) takes its parent's unit."""
    out: list[Column] = []
    parent_unit: Unit | None = None
    lex = lexicon()
    for header in grid.headers:
        metric = strip_unit(header) or None
        unit = header_unit(header)
        sub = header.startswith(("#", "其中"))
        if unit is None and sub:
            unit = parent_unit
        elif not sub:
            parent_unit = unit
        out.append(
            Column(
                header=header,
                unit=unit,
                rank=is_rank_header(header),
                change=is_change_header(header),
                points=is_points_header(header),
                share=is_share_header(header),
                metric=metric,
                metric_key=lex.metric_key.get(metric, metric) if metric else None,
            )
        )
    return out


def _grid_claims(
    doc: Document, text: str, grid: Grid, index: int, starts: list[int], numbered: int
) -> list[Claim]:
    out: list[Claim] = []
    table = table_unit(grid.unit_line)
    grid_columns = columns(grid)
    for r, (row, label) in enumerate(zip(grid.rows, grid.labels, strict=True)):
        row_unit = header_unit(label)
        subject = _subject(label)
        for c, (cell, column) in enumerate(zip(row, grid_columns, strict=True)):
            if cell is None or c == grid.label_column:
                continue
            if text[cell.start : cell.end] != cell.text:
                continue  # a cell broken over lines: no exact place to point at
            claim = _cell_claim(
                doc, cell, column, row_unit or table, subject, starts, (numbered + 1, index, r, c)
            )
            if claim is not None:
                numbered += 1
                out.append(claim)
    return out


def _cell_claim(
    doc: Document,
    cell: Cell,
    column: Column,
    fallback: Unit | None,
    subject: tuple[str | None, str | None],
    starts: list[int],
    place: tuple[int, int, int, int],
) -> Claim | None:
    """The claim of one cell; ``subject`` is its row's subject and key, ``place`` is (number
    of the claim, table, row, column)."""
    number = read_cell(cell.text)
    if number is None:
        return None
    kind, unit = _kind_and_unit(number.unit, column, fallback)
    if kind is Kind.RANK and (number.places or number.sign < 0):
        return None
    magnitude = number.mantissa * unit.factor
    precision = _HALF * Decimal(10) ** -number.places * unit.factor
    value = magnitude
    if kind is Kind.PP_DIFFERENCE:
        value = magnitude * number.sign
    elif kind is Kind.GROWTH and number.sign < 0:
        kind = Kind.DECLINE
    elif number.sign < 0 and kind is not Kind.DECLINE:
        value = -magnitude
    if kind is Kind.RANK or (kind is Kind.COUNT and unit.factor == 1 and not number.places):
        precision = Decimal(0)  # 120 firms: a whole count written in full is exact
    start = cell.start + number.start
    end = cell.start + number.end
    line, col = doc.position(start)
    sentence = doc.sentences[max(bisect.bisect_right(starts, start) - 1, 0)] if starts else None
    numbered, table, row, column_index = place
    return Claim(
        id=f"t{numbered}",
        kind=kind,
        text=doc.source[start:end],
        span=Span(start=start, end=end, line=line, column=col),
        value=value,
        unit=unit.code,
        precision=precision,
        scope=Scope(
            subject=subject[0],
            metric=column.metric,
            subject_key=subject[1],
            metric_key=column.metric_key,
        ),
        sentence=sentence.index if sentence else 0,
        paragraph=sentence.paragraph if sentence else 0,
        section=sentence.section if sentence else 0,
        role=TABLE_ROLE,
        table=table,
        row=row,
        column=column_index,
    )


_RANK_UNIT = Unit("rank", Decimal(1), Kind.RANK)
_NO_UNIT = Unit("none", Decimal(1), Kind.COUNT)


def _kind_and_unit(written: str | None, column: Column, fallback: Unit | None) -> tuple[Kind, Unit]:
    """The kind and unit of a cell: the cell's own sign, then the header, then the table."""
    if column.rank:
        return Kind.RANK, _RANK_UNIT
    if written == "个百分点" or (column.points and written is None):
        return Kind.PP_DIFFERENCE, POINTS
    if written in ("%", "‰"):
        unit = PERCENT if written == "%" else Unit("percent", Decimal("0.001"), Kind.SHARE)
    else:
        unit = column.unit or (None if column.change else fallback) or _NO_UNIT
    if column.change:
        return Kind.GROWTH, unit
    if column.share or unit.code == "percent":
        return Kind.SHARE, unit
    return unit.kind, unit


def _subject(label: str) -> tuple[str | None, str | None]:
    """The subject a row label names, and its key: 其中:长沙市 → 长沙市."""
    subject = strip_unit(label)
    bare = subject.lstrip("#").removeprefix("其中").lstrip(":：")
    return subject or None, lexicon().entity_key.get(bare, bare) or None


def _merge(
    existing: list[Claim], cells: list[Claim], text_spans: list[tuple[int, int]]
) -> list[Claim]:
    """Cells replace the prose readings of the same characters; order by place."""
    if not cells:
        return existing
    kept_ids = {m for c in existing if c.kind is Kind.ENUMERATION for m in c.members}
    taken = sorted([(c.start, c.end) for c in cells] + text_spans)
    firsts = [s for s, _ in taken]

    def covered(claim: Claim) -> bool:
        k = bisect.bisect_left(firsts, claim.end) - 1  # spans are disjoint: one to test
        return k >= 0 and taken[k][1] > claim.start

    kept = [c for c in existing if c.kind is Kind.ENUMERATION or c.id in kept_ids or not covered(c)]
    return sorted([*kept, *cells], key=lambda c: (c.start, c.kind is Kind.ENUMERATION))
