"""Finding tables in copy and reading them into grids of cells, whatever the linearization.

Tables reach us flattened in three ways, and each is recognized by its own shape:

- one row per line with ``|`` between cells (Markdown, ``| 全县 | 120 | 5400 |``);
- one cell per line (or per few lines), each closed by a ``|`` (``412.35 |``) or by a line
  holding only ``|``: the rows are rebuilt from the number of header cells;
- one row per line with spaces between cells (``营业收入 12,500.00 10,000.00
  25.00``), a row label that may wrap onto the next line, and column headers broken over
  the lines above the rows.

A region becomes a table only when its cells line up: every column all numbers (or
placeholders such as ``/``) or all text, with at least two rows. Prose never has that shape,
so a sentence is never read as a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from claims.extraction.table_cells import (
    is_change_header,
    is_missing_cell,
    is_number_cell,
    table_unit,
)

#: Sentence punctuation: a line holding it is prose, not a cell.
_PROSE = re.compile(r"[。，；！？;!?]|,(?!\d{3})")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
#: Words of a header line in a space-separated table (never of a wrapped row label).
_HEADER_WORDS = re.compile(
    r"报告期|本期|上期|上年|去年|同期|本年|今年|当年|年末|年初|期末|期初|增减|增长|比上|较上|单位|币种"
)
_PERIOD_FRAGMENT = re.compile(r"^[(（][^()（）]*[)）]$")
#: The longest a cell line or a wrapped header line may be.
SHORT = 24


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell: its stripped text (normalized) and where it stands in the source."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Grid:
    """A table: column headers, data rows of equal width, and the row labels."""

    start: int
    end: int
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell | None, ...], ...]
    labels: tuple[str, ...]
    label_column: int
    unit_line: str = ""
    text_spans: tuple[tuple[int, int], ...] = ()  # header and label cells


class _Line(NamedTuple):
    """A line of the copy (a tuple: one is made for every line of a page that may hold a
    table)."""

    start: int
    end: int
    text: str


def find_grids(text: str, begin: int = 0) -> list[Grid]:
    """Every table of ``text`` (normalized copy) from offset ``begin`` on, in order."""
    lines = _lines(text, begin)
    grids: list[Grid] = []
    i = 0
    while i < len(lines):
        found = _markdown(lines, i) or _pipe_cells(text, lines, i) or _spaced(lines, i)
        if found is None:
            i += 1
            continue
        new, i = found
        grids.extend(new)
    return grids


def _lines(text: str, begin: int) -> list[_Line]:
    """The lines of ``text`` from ``begin`` on, the last one (maybe empty) included."""
    out = []
    start = begin
    for body in text[begin:].split("\n"):
        end = start + len(body)
        out.append(_Line(start, end, body))
        start = end + 1
    return out


def _cell(line_start: int, raw: str, offset: int = 0) -> Cell:
    """The stripped ``raw`` (which starts at ``line_start + offset``) as a cell."""
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    start = line_start + offset + lead
    return Cell(start, start + len(body), body)


def _is_cellish(line: _Line) -> bool:
    body = line.text.strip()
    return bool(body) and len(body) <= SHORT and not _PROSE.search(body) and "|" not in body


def _consistent(rows: list[list[Cell]]) -> int | None:
    """The label column when every column is all numbers/placeholders or all text."""
    width = len(rows[0])
    text_columns = []
    numeric = 0
    for c in range(width):
        kinds = set()
        for row in rows:
            body = row[c].text
            if is_missing_cell(body):
                continue
            kinds.add("n" if is_number_cell(body) else "t")
        if kinds == {"t"}:
            if any(len(row[c].text) > SHORT or _PROSE.search(row[c].text) for row in rows):
                return None
            text_columns.append(c)
        elif kinds == {"n"}:
            numeric += 1
        elif kinds:
            return None
    if not text_columns or numeric == 0:
        return None
    return text_columns[0]


def _grid(
    header: list[Cell], rows: list[list[Cell]], span: tuple[int, int], unit_line: str = ""
) -> Grid | None:
    if len(rows) < 2 or any(len(r) != len(rows[0]) for r in rows):
        return None
    label = _consistent(rows)
    if label is None:
        return None
    headers = tuple(re.sub(r"\s+", "", h.text) for h in header) if header else ("",) * len(rows[0])
    if len(headers) != len(rows[0]):
        return None
    return Grid(
        start=span[0],
        end=span[1],
        headers=headers,
        rows=tuple(tuple(r) for r in rows),
        labels=tuple(r[label].text for r in rows),
        label_column=label,
        unit_line=unit_line,
        text_spans=tuple((h.start, h.end) for h in header)
        + tuple((r[label].start, r[label].end) for r in rows),
    )


# --- one row per line, cells between pipes ----------------------------------------------


def _row_cells(line: _Line) -> list[Cell]:
    parts = line.text.split("|")
    cells = []
    offset = 0
    for i, part in enumerate(parts):
        edge = i in (0, len(parts) - 1)
        if not (edge and not part.strip()):
            cells.append(_cell(line.start, part, offset))
        offset += len(part) + 1
    return cells


def _markdown(lines: list[_Line], i: int) -> tuple[list[Grid], int] | None:
    if lines[i].text.count("|") < 2:
        return None
    j = i
    while j < len(lines) and lines[j].text.count("|") >= 2:
        j += 1
    block = [ln for ln in lines[i:j] if not _SEPARATOR.match(ln.text)]
    if len(block) < 3:
        return None
    rows = [_row_cells(ln) for ln in block]
    header: list[Cell] = []
    ruled = i + 1 < j and _SEPARATOR.match(lines[i + 1].text) is not None
    if ruled or not any(is_number_cell(c.text) for c in rows[0]):
        header = rows.pop(0)  # the line above |---| is the header, years and all
    unit = _unit_line(lines, i)
    grid = _grid(header, rows, (lines[i].start, lines[j - 1].end), unit)
    return ([grid] if grid is not None else [], j)


# --- one cell per line, closed by a pipe ------------------------------------------------


def _is_pipe_line(line: _Line) -> bool:
    body = line.text.rstrip()
    return body.endswith("|") and body.count("|") == 1 and not _PROSE.search(body)


def _pipe_cells(text: str, lines: list[_Line], i: int) -> tuple[list[Grid], int] | None:
    if not _is_pipe_line(lines[i]):
        return None
    j = i
    pipes = 0
    while j < len(lines):
        if _is_pipe_line(lines[j]):
            pipes += 1
            j += 1
        elif _is_cellish(lines[j]) and any(_is_pipe_line(ln) for ln in lines[j + 1 : j + 4]):
            j += 1
        else:
            break
    if pipes < 6:
        return None
    first = i
    if not lines[i].text.replace("|", "").strip() and i > 0 and _is_cellish(lines[i - 1]):
        first = i - 1  # "指 标" on the line before the first lone pipe
    start, end = lines[first].start, lines[j - 1].end
    cells = [
        _cell(start, part, offset) for part, offset in _split_pipes(text[start:end]) if part.strip()
    ]
    grid = _fold(cells, (start, end), _unit_line(lines, first))
    return ([grid] if grid is not None else [], j)


def _split_pipes(region: str) -> Iterator[tuple[str, int]]:
    """(text, offset) of every segment closed by a pipe; what follows the last one is not."""
    offset = 0
    for part in region.split("|")[:-1]:
        yield part, offset
        offset += len(part) + 1


def _fold(cells: list[Cell], span: tuple[int, int], unit_line: str) -> Grid | None:
    """Rows rebuilt from a stream of cells: the header has as many cells as a row."""
    cells = [
        Cell(c.start, c.end, re.sub(r"\s*\n\s*", "", c.text)) if "\n" in c.text else c
        for c in cells
    ]
    first = next((k for k, c in enumerate(cells) if is_number_cell(c.text)), None)
    if first is None:
        return None
    for leading in range(0, 3):
        width = first - leading
        if width < 2 or leading >= width:
            continue
        data = cells[width:]
        if len(data) < 2 * width or len(data) % width:
            continue
        rows = [data[k : k + width] for k in range(0, len(data), width)]
        grid = _grid(cells[:width], rows, span, unit_line)
        if grid is not None:
            return grid
    return None


# --- one row per line, cells between spaces ---------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    label: Cell
    cells: tuple[Cell, ...]


def _spaced_row(index: int, line: _Line) -> _Row | None:
    """A label followed by two or more number cells, all separated by spaces."""
    if "|" in line.text or _PROSE.search(line.text):
        return None
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", line.text)]
    cells: list[Cell] = []
    while tokens and (is_number_cell(tokens[-1][1]) or is_missing_cell(tokens[-1][1])):
        at, token = tokens.pop()
        cells.insert(0, Cell(line.start + at, line.start + at + len(token), token))
    numbers = sum(1 for c in cells if is_number_cell(c.text))
    if not tokens or numbers < 2:
        return None
    label_start = tokens[0][0]
    label_end = tokens[-1][0] + len(tokens[-1][1])
    label = line.text[label_start:label_end]
    if not _CJK.search(label) or len(label) > SHORT or label[-1].isdigit():
        return None
    return _Row(index, Cell(line.start + label_start, line.start + label_end, label), tuple(cells))


def _spaced(lines: list[_Line], i: int) -> tuple[list[Grid], int] | None:
    first = _spaced_row(i, lines[i])
    if first is None:
        return None
    j = i + 1
    rows = [first]
    gap = 0
    while j < len(lines) and gap <= 4:
        row = _spaced_row(j, lines[j])
        if row is not None and len(row.cells) == len(first.cells):
            rows.append(row)
            gap = 0
        elif row is None and _is_cellish(lines[j]) and not re.search(r"\S\s+\d", lines[j].text):
            gap += 1
        else:
            break
        j += 1
    j = rows[-1].line + 1
    while j < len(lines) and _continues(lines[j]):
        j += 1
    if len(rows) < 2:
        return None
    head = _header_lines(lines, i)
    unit_line = next((ln.text for ln in head if table_unit(ln.text)), "")
    grids = []
    for block_head, block in _blocks(lines, head, rows):
        grid = _spaced_grid(lines, block_head, block, unit_line)
        if grid is not None:
            grids.append(grid)
    return (grids, j) if grids else None


def _continues(line: _Line) -> bool:
    """A wrapped row label: short, no digits, no header words (的净利润, 收益率(%))."""
    body = line.text.strip()
    return (
        _is_cellish(line)
        and len(body) <= 12
        and not re.search(r"\d|\s", body)
        and not _HEADER_WORDS.search(body)
    )


def _header_lines(lines: list[_Line], i: int) -> list[_Line]:
    """The short lines right above the first row, up to and including a 单位 line."""
    head: list[_Line] = []
    k = i - 1
    while k >= 0 and len(head) < 6 and _is_cellish(lines[k]):
        head.insert(0, lines[k])
        if table_unit(lines[k].text):
            break
        k -= 1
    return head


def _blocks(
    lines: list[_Line], head: list[_Line], rows: list[_Row]
) -> Iterator[tuple[list[_Line], list[tuple[_Row, str]]]]:
    """Rows grouped under the header lines above them, each with its full (wrapped) label."""
    block_head = head
    block: list[tuple[_Row, str]] = []
    for k, row in enumerate(rows):
        end = rows[k + 1].line if k + 1 < len(rows) else len(lines)
        label = row.label.text
        between = lines[row.line + 1 : end]
        wrapped = 0
        while wrapped < len(between) and _continues(between[wrapped]):
            label += between[wrapped].text.strip()
            wrapped += 1
        block.append((row, label))
        rest = between[wrapped:] if k + 1 < len(rows) else []
        if rest:
            yield block_head, block
            block_head, block = rest, []
    if block:
        yield block_head, block


def _spaced_grid(
    lines: list[_Line], head: list[_Line], block: list[tuple[_Row, str]], unit_line: str
) -> Grid | None:
    width = len(block[0][0].cells)
    headers = ("", *_spaced_headers([ln.text for ln in head], width))
    rows = [[row.label, *row.cells] for row, _ in block]
    if not any(is_number_cell(r[1].text) for r in rows):
        return None
    start = head[0].start if head else rows[0][0].start
    return Grid(
        start=start,
        end=lines[block[-1][0].line].end,
        headers=headers,
        rows=tuple(tuple(r) for r in rows),
        labels=tuple(label for _, label in block),
        label_column=0,
        unit_line=unit_line,
        text_spans=tuple((r[0].start, r[0].end) for r in rows),
    )


def _spaced_headers(head: list[str], width: int) -> tuple[str, ...]:
    """Column headers broken over several lines: the period headers in order, then the
    change header put together from its fragments (本报告期比上年同期增 + 减(%))."""
    values: list[str] = []
    change: list[str] = []
    for text in head:
        if table_unit(text):
            continue
        for token in text.split():
            if _PERIOD_FRAGMENT.match(token):
                continue  # (1-6月): a note on the column above
            if is_change_header(token) or re.search(r"[增减比%]", token):
                change.append(token)
            else:
                values.append(token)
    if change and len(values) + 1 == width:
        return (*values, "".join(change))
    if not change and len(values) == width:
        return tuple(values)
    return ("",) * width


def _unit_line(lines: list[_Line], i: int) -> str:
    """The 单位 line just above a table (or its title line), if any."""
    for k in range(i - 1, max(i - 3, -1), -1):
        if table_unit(lines[k].text):
            return lines[k].text
    return ""
