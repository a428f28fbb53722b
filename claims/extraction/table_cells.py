"""What a table cell and a column header say: a number, a change, a unit, a kind.

Tables drop the words prose puts around a number: the unit stands once in the column
header ("旅游总收入(亿元)", "机构数(个)") or in the table's 单位 line, and the kind is told by
the header ("增减(%)", "同比增长", "名次"). These readers turn one header or one cell into
those facts, so the layout code only has to find the cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from claims.model import Kind
from claims.units import unit_words

#: Magnitude prefixes of a unit written in a header: (亿元) is 1e8 元.
_MAGNITUDES = (
    ("万亿", Decimal(10) ** 12),
    ("千亿", Decimal(10) ** 11),
    ("百亿", Decimal(10) ** 10),
    ("亿", Decimal(10) ** 8),
    ("千万", Decimal(10) ** 7),
    ("百万", Decimal(10) ** 6),
    ("十万", Decimal(10) ** 5),
    ("万", Decimal(10) ** 4),
    ("千", Decimal(10) ** 3),
)
_NUMBER = r"[+\-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
#: A whole cell that is a number: 412.35, 12,500,000.00, -3.10, 8%, 增加0.60个百分点.
CELL = re.compile(
    rf"(?P<word>增加|增长|提高|上升|减少|下降|降低|回落)?\s*(?P<number>{_NUMBER})"
    r"\s*(?P<unit>个百分点|百分点|%|‰)?"
)
#: Cells that stand for a missing value.
MISSING = frozenset({"/", "-", "—", "——", "--", "…", "...", "……", "x", "×", "不适用", "—-"})
_FALLING = frozenset({"减少", "下降", "降低", "回落"})
_BRACKET = re.compile(r"[(（]([^()（）]{1,10})[)）]")
_TABLE_UNIT = re.compile(r"单位\s*[:：]\s*([^\s,，;；()（）]{1,6})")
_CHANGE = re.compile(r"增减|增长|增速|增幅|变动|变化|同比|环比|比上年|较上年|比上|较上|比年初|升降")
_POINTS = re.compile(r"百分点")
_RANK = re.compile(r"^(?:名次|排名|排序|位次|位列|次序)$")
_SHARE = re.compile(r"比重|占比|构成|份额|占全")
#: Headers of columns that are averages or rates: their cells never add up to a total.
NOT_ADDITIVE = re.compile(r"人均|平均|均价|单价|价格|每|率|比重|占比|构成|份额|指数|密度|强度|比例")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as a header writes it: the code, the factor into it, the kind it suggests."""

    code: str
    factor: Decimal
    kind: Kind
    per: bool = False  # 元/股: a value per something, never summed


PERCENT = Unit("percent", Decimal("0.01"), Kind.SHARE)
POINTS = Unit("percentage_point", Decimal(1), Kind.PP_DIFFERENCE)


def parse_unit(word: str) -> Unit | None:
    """(亿元) → 1e8 CNY; (个) → count:个; (%) → percent; (元/股) → CNY per share; else None."""
    word = word.strip().replace("％", "%")
    if word in ("%", "百分比"):
        return PERCENT
    if word == "‰":
        return Unit("percent", Decimal("0.001"), Kind.SHARE)
    if word in ("百分点", "个百分点"):
        return POINTS
    per = "/" in word
    if per:
        word = word.split("/", 1)[0]
    factor = Decimal(1)
    for prefix, scale in _MAGNITUDES:
        if word.startswith(prefix) and len(word) > len(prefix):
            factor, word = scale, word[len(prefix) :]
            break
    found = unit_words().get(word)
    if found is None or found.kind not in ("amount", "count"):
        return None
    return Unit(found.code, found.factor * factor, Kind(found.kind), per)


def header_unit(header: str) -> Unit | None:
    """The unit a header names in brackets: 实有床位数(张), 旅游总收入(亿元), 增减(%)."""
    for m in _BRACKET.finditer(header):
        unit = parse_unit(m.group(1))
        if unit is not None:
            return unit
    return None


def table_unit(line: str) -> Unit | None:
    """The unit of a 单位 line: 单位:元 币种:人民币, (单位:万元)."""
    m = _TABLE_UNIT.search(line)
    return None if m is None else parse_unit(m.group(1))


def strip_unit(text: str) -> str:
    """A header or label without its unit brackets and padding: 实有床位数(张) → 实有床位数."""
    out = _BRACKET.sub(lambda m: "" if parse_unit(m.group(1)) else m.group(0), text)
    return re.sub(r"\s+", "", out)


def is_change_header(header: str) -> bool:
    return _CHANGE.search(header) is not None


def is_points_header(header: str) -> bool:
    return _POINTS.search(header) is not None


def is_rank_header(header: str) -> bool:
    return _RANK.match(re.sub(r"\s+", "", header)) is not None


def is_share_header(header: str) -> bool:
    return _SHARE.search(header) is not None


class CellNumber(NamedTuple):
    """The number of a cell: where it is in the cell (number through unit) and its sign.

    A tuple, which is quicker to make than a frozen dataclass: every number cell has one."""

    start: int
    end: int
    mantissa: Decimal
    places: int
    sign: int  # -1 when a word or a minus says it fell
    unit: str | None  # %, ‰, 个百分点 as written in the cell


def read_cell(text: str) -> CellNumber | None:
    """The number a whole cell states, or None when the cell is text or a placeholder."""
    m = CELL.fullmatch(text.strip())
    if m is None:
        return None
    offset = len(text) - len(text.lstrip())
    raw = m.group("number")
    digits = raw.lstrip("+-").replace(",", "")
    sign = -1 if raw.startswith("-") or m.group("word") in _FALLING else 1
    places = len(digits) - digits.index(".") - 1 if "." in digits else 0
    unit = m.group("unit")
    if unit == "百分点":
        unit = "个百分点"
    return CellNumber(
        start=offset + m.start("number"),
        end=offset + (m.end("unit") if unit else m.end("number")),
        mantissa=Decimal(digits),
        places=places,
        sign=sign,
        unit=unit,
    )


def is_number_cell(text: str) -> bool:
    """Whether ``read_cell`` reads a number in ``text`` (without reading it)."""
    return CELL.fullmatch(text.strip()) is not None


def is_missing_cell(text: str) -> bool:
    return text.strip() in MISSING
