"""The forms of Chinese numbers that are not "numeral + unit": 百分之X, X分之Y, ranks (第N,
前N), doublings (翻番), halves (半, 过半, 减半), 持平, and idioms (两位数增长)."""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extraction import zh_kind
from claims.extraction.zh_draft import HUNDRED, Draft, numeral_of, qualifier_of, surface_start
from claims.model import Kind, Qualifier

#: Characters after 第N that make it the ordinal of a thing (第二批, 第8版), not a rank.
ORDINAL_OBJECTS = frozenset("批届版季期次轮个家条项号年天章节部集场站任代把款类层级页卷")


def percent_words(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    numeral = numeral_of(m.group("pct_num"))
    if numeral is None or numeral.value is None:
        return None
    scale = {"百分之": HUNDRED, "百分": HUNDRED, "千分之": Decimal(1000), "万分之": Decimal(10000)}[
        m.group("pct_zh")
    ]
    kind, _ = zh_kind.percent_kind(text, number_start, m.end())
    return Draft(
        start=surface_start(m, number_start),
        end=m.end(),
        number_start=number_start,
        kind=Kind(kind),
        unit="percent",
        value=numeral.value / scale,
        low=None,
        high=None,
        qualifier=qualifier_of(m, numeral, False),
        precision=numeral.precision / scale,
    )


def fraction(text: str, m: re.Match[str], number_start: int, value: Decimal) -> Draft:
    kind = Kind.SHARE if zh_kind.is_share_frame(text, number_start) else Kind.FRACTION
    return Draft(
        start=surface_start(m, number_start),
        end=m.end(),
        number_start=number_start,
        kind=kind,
        unit="ratio",
        value=value,
        low=None,
        high=None,
        qualifier=qualifier_of(m, None, False),
        precision=Decimal(0),
    )


def rank(
    text: str, m: re.Match[str], number_start: int, ordinal: str, suffix: str | None
) -> Draft | None:
    if suffix is None and m.end() < len(text) and text[m.end()] in ORDINAL_OBJECTS:
        return None
    if (
        suffix is None
        and m.end() < len(text)
        and "\u4e00" <= text[m.end()] <= "\u9fff"
        and text[m.end()] not in "和与及或"
    ):
        return None
    return _rank_draft(m, number_start, ordinal, Qualifier.EXACT)


def _rank_draft(
    m: re.Match[str], number_start: int, numeral_text: str, qualifier: Qualifier
) -> Draft | None:
    """A place in a ranking: 第37名 (exact), 前十大 (at most)."""
    numeral = numeral_of(numeral_text)
    if numeral is None or numeral.value is None:
        return None
    return Draft(
        start=number_start,
        end=m.end(),
        number_start=number_start,
        kind=Kind.RANK,
        unit="rank",
        value=numeral.value,
        low=None,
        high=None,
        qualifier=qualifier,
        precision=Decimal(0),
    )


def top_n(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    suffix = m.group("topsuf")
    after = text[m.end() : m.end() + 1]
    if suffix is None and after and after not in ",，。;；、和与及的":
        return None
    return _rank_draft(m, number_start, m.group("top"), Qualifier.AT_MOST)


#: The most doublings copy speaks of (翻两番, 翻三番); beyond this it is not a doubling.
MAX_DOUBLINGS = 10


def doubling(m: re.Match[str], number_start: int) -> Draft | None:
    times = numeral_of(m.group("fan")) if m.group("fan") else None
    n = times.value if times is not None and times.value is not None else Decimal(1)
    if n != n.to_integral_value() or not 1 <= n <= MAX_DOUBLINGS:
        return None  # 翻亿番 is no doubling anyone writes
    return Draft(
        start=m.start(),
        end=m.end(),
        number_start=number_start,
        kind=Kind.GROWTH,
        unit="ratio",
        value=Decimal(2) ** int(n) - 1,
        low=None,
        high=None,
        qualifier=Qualifier.EXACT,
        precision=Decimal(0),
    )


HALF_QUALIFIER = {"过半": Qualifier.OVER, "近半": Qualifier.NEARLY, "大半": Qualifier.OVER}

HALF_UNITS = {
    "个月": "month",
    "月": "month",
    "年": "year",
    "天": "day",
    "小时": "hour",
    "个小时": "hour",
}


def word_claim(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    """持平 (no change), 减半/对折 (a half), 首位/榜首 (first place)."""
    if m.group("flat"):
        return Draft(
            m.start(),
            m.end(),
            number_start,
            Kind.GROWTH,
            "percent",
            Decimal(0),
            None,
            None,
            Qualifier.EXACT,
            Decimal(0),
        )
    if m.group("halving"):
        kind = Kind.DECLINE if m.group("halving") == "减半" else Kind.RATIO
        return Draft(
            m.start(),
            m.end(),
            number_start,
            kind,
            "ratio",
            Decimal("0.5"),
            None,
            None,
            Qualifier.EXACT,
            Decimal(0),
        )
    if m.group("first") == "首位" and text.startswith("度", m.end()):
        return None  # 首位度 is an index, not a rank
    return Draft(
        m.start(),
        m.end(),
        number_start,
        Kind.RANK,
        "rank",
        Decimal(1),
        None,
        None,
        Qualifier.EXACT,
        Decimal(0),
    )


def half_or_idiom(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    """半数/过半 (a fraction), 半个月 (a duration), 两位数增长 (growth of at least 10%)."""
    half = Decimal("0.5")
    if m.group("idiom"):
        floor = Decimal("0.1") if m.group("idiom") == "两位数" else Decimal(1)
        return Draft(
            number_start,
            m.end(),
            number_start,
            Kind.GROWTH,
            "percent",
            floor,
            None,
            None,
            Qualifier.AT_LEAST,
            Decimal(0),
        )
    if m.group("onehalf"):
        whole = numeral_of(m.group("onehalf"))
        if whole is None or whole.value is None:
            return None
        unit = HALF_UNITS.get(m.group("onehalfunit"), "month")
        return Draft(
            m.start(),
            m.end(),
            number_start,
            Kind.DURATION,
            unit,
            whole.value + half,
            None,
            None,
            qualifier_of(m, None, False),
            Decimal(0),
        )
    if m.group("half"):
        half_unit = HALF_UNITS.get(m.group("halfunit"))
        before = text[m.start() - 1 : m.start()] if m.start() else ""
        verb_before = text[m.start() - 2 : m.start() - 1] if m.start() > 1 else ""
        period = before in ("上", "下") or (
            before in ("前", "后") and verb_before not in "提推延之"
        )
        if half_unit is None or m.group("pre") == "上" or period:
            return None  # 上半年 is a period, not half a year
        return Draft(
            m.start(),
            m.end(),
            number_start,
            Kind.DURATION,
            half_unit,
            half,
            None,
            None,
            qualifier_of(m, None, False),
            Decimal(0),
        )
    word = m.group("halfword")
    qualifier = HALF_QUALIFIER.get(word) or qualifier_of(m, None, False)
    kind = Kind.SHARE if zh_kind.is_share_frame(text, number_start) else Kind.FRACTION
    if zh_kind.change_kind(text, m.start()) == "decline":
        kind = Kind.DECLINE  # 减少了一半
    return Draft(
        m.start(), m.end(), number_start, kind, "ratio", half, None, None, qualifier, Decimal(0)
    )
