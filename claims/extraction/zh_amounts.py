"""A numeral with a unit, or none: the kind of statement it makes (amount, count, share,
growth, points…), its canonical unit and value, its qualifier, and the cases that are no
claim at all (dates, ages, 360度, labels such as 百强县)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from claims.extraction import zh_kind
from claims.extraction.zh_draft import (
    KINDS,
    Draft,
    magnitude_of,
    numeral_of,
    qualifier_of,
    surface_start,
)
from claims.extraction.zh_patterns import MAGNITUDE_ONLY
from claims.model import Kind, Qualifier
from claims.numbers import Numeral
from claims.units import UnitWord, unit_words

#: Time units that make a number a calendar point, not a length of time.
DATE_UNITS = frozenset({"月", "日", "号", "季度", "时"})

_DIGITS = frozenset("0123456789")


def general(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    n1_text, n2_text, unit, u1, pre = m.group("n1", "n2", "unit", "u1", "pre")
    unit = unit or u1
    digits = not _DIGITS.isdisjoint(n1_text)
    numeral = numeral_of(n1_text)
    if numeral is None:
        return None
    if unit is not None and unit.startswith("成"):
        unit = "成"
    if not digits and unit is None and not _money_context(text, m, n1_text):
        return None
    if not digits and n1_text in ("一",) and unit not in ("%", "倍", "成", "半"):
        return None
    if pre == "上" and n1_text not in MAGNITUDE_ONLY:
        return None
    low = high = None
    value = numeral.value
    precision = numeral.precision
    ranged = False
    if n2_text is not None:
        upper = numeral_of(n2_text)
        if upper is None or upper.value is None or numeral.value is None:
            return None
        lower_value = numeral.value
        if magnitude_of(n1_text) == 1 and magnitude_of(n2_text) != 1:
            lower_value *= magnitude_of(n2_text)
        if unit == "年" and len(n1_text) == 4 and n1_text.isdigit():
            return None  # 2021-2025年 is a span of years, a date
        if upper.value < lower_value:
            return None  # "2-0" scores, "10-9" and the like are not ranges
        low, high, value, ranged = lower_value, upper.value, None, True
        precision = upper.precision
    elif numeral.value is None:
        low, high = numeral.low, numeral.high
    end = m.end()
    after = text[end : end + 3]
    if unit is None:
        currency = CURRENCY_SYMBOLS.get(m.group("cur") or "")
        if currency is None and _money_context(text, m, n1_text):
            currency = "CNY"  # 营收超百亿, 月薪六千五: 元 left out
        if currency is not None:
            return _with_unit(
                text,
                m,
                number_start,
                currency,
                value,
                low,
                high,
                precision,
                qualifier_of(m, numeral, ranged),
                1,
            )
        return _bare(m, number_start, numeral, value, low, high, precision, ranged)
    if unit == "年" and value is not None and 1900 <= value <= 2100 and len(n1_text) == 4:
        return None  # 2025年, 二〇二四年: a date
    if unit == "年" and _ROC_YEAR.match(text, end) and not pre:
        return None  # 114年第3季, 115年度, 114年12月: a year of the calendar, not a length
    if unit in ("年", "个月", "天", "周") and (
        after[:1] in ("来", "前", "后") or after.startswith("以来")
    ):
        return None  # 近5年来, 十年前: a period
    if unit in DATE_UNITS or (unit == "周" and after[:1] == "岁") or after.startswith("生活圈"):
        return None
    if unit == "度" and not _ELECTRICITY.search(
        text, zh_kind.clause_start(text, number_start), end
    ):
        return None  # 360度全景, 气温39度: not electricity
    if unit == "强" and (
        (after[:1] and "\u4e00" <= after[0] <= "\u9fff")
        or text[:number_start].endswith(("世界", "全球", "中国"))
    ):
        return None  # 百强县, 世界500强: labels
    qualifier = qualifier_of(m, numeral, ranged)
    if qualifier is Qualifier.EXACT:
        qualifier = _distant_qualifier(text, m.start()) or _threshold_word(after) or qualifier
    sign = -1 if m.group("sign") == "-" else 1
    draft = _with_unit(text, m, number_start, unit, value, low, high, precision, qualifier, sign)
    if draft is not None and m.group("post") in ("以上", "以下") and _modifies_noun(text, end):
        draft = replace(draft, threshold=True)
    return draft


#: What follows a year of a calendar (the ROC's 114年 included) and never a length of time.
_ROC_YEAR = re.compile(
    r"第[一二三四1-4]季|度|[0-9一二三四五六七八九十]{1,2}月|上半年|下半年|全年|底|末|初"
)

CURRENCY_SYMBOLS = {"HK$": "HKD", "US$": "USD", "$": "USD", "¥": "CNY", "￥": "CNY"}
_CURRENCY_CODES = frozenset(CURRENCY_SYMBOLS.values())

_PERCENT_FACTORS = {"%": Decimal("0.01"), "‰": Decimal("0.001"), "成": Decimal("0.1")}

_ELECTRICITY = re.compile(r"电|能耗|千瓦")

MONEY_CUES = re.compile(
    r"营收|收入|售价|价格|月薪|年薪|工资|薪|利润|净利|销售额|市值|票房|身价|报价|花费|花了"
)

_DISTANT = {
    "约占": Qualifier.ABOUT,
    "大约占": Qualifier.ABOUT,
    "最多": Qualifier.AT_MOST,
    "最高": Qualifier.AT_MOST,
    "至少": Qualifier.AT_LEAST,
    "最少": Qualifier.AT_LEAST,
    "不超过": Qualifier.AT_MOST,
    "不少于": Qualifier.AT_LEAST,
}

_DISTANT_WORDS = re.compile("|".join(_DISTANT))
#: The first characters of the distant words and of 约占.
_DISTANT_CUE = re.compile("[" + "".join(sorted({word[0] for word in [*_DISTANT, "约占"]})) + "]")


#: Marks of a rounded figure: a magnitude or a decimal point.
_ROUNDED = frozenset("万亿萬億.点點")
#: Place words that make a bare number big enough to be money (营收超百亿).
MAGNITUDE_CHARS = frozenset("万亿千百")


def _counted_exactly(numeral: str | None) -> bool:
    """A whole number written out in full (868, 23097468, 三千五百): a count, exact. With
    万 or 亿, or a decimal point, it is a rounded figure (1.2万人)."""
    if not numeral or not _ROUNDED.isdisjoint(numeral):
        return False
    return numeral.isdigit() or not any(ch.isdigit() for ch in numeral)


def _money_context(text: str, m: re.Match[str], numeral_text: str) -> bool:
    """A bare number is money when a money word leads its clause and it has a magnitude or
    an elided place (营收超百亿, 月薪六千五)."""
    scaled = not MAGNITUDE_CHARS.isdisjoint(numeral_text) or not numeral_text[-1:].isdigit()
    if not scaled:
        return False
    start = zh_kind.clause_start(text, m.start())
    return MONEY_CUES.search(text, start, m.start()) is not None


def _distant_qualifier(text: str, match_start: int) -> Qualifier | None:
    """最多可申领5张, 至少建设1个: a bounding word a few characters before the number;
    约占…的60%: 约 bounds the share its 占 introduces, however long the whole's name."""
    clause = zh_kind.clause_start(text, match_start)
    if _DISTANT_CUE.search(text, clause, match_start) is None:
        return None  # no word below can stand in the clause
    if text.find("约占", clause, match_start) >= 0:
        return Qualifier.ABOUT
    window_start = max(clause, match_start - 6)
    found = None
    for w in _DISTANT_WORDS.finditer(text, window_start, match_start):
        found = _DISTANT[w.group(0)]
    return found


def _threshold_word(after: str) -> Qualifier | None:
    """迈上5000亿元台阶, 跨过四万亿元大关: a threshold passed."""
    return Qualifier.OVER if after.startswith(("大关", "台阶", "关口")) else None


def _modifies_noun(text: str, position: int) -> bool:
    """Whether the text goes on with a noun: 2亿元以上重大项目 names a class of projects."""
    if position >= len(text):
        return False
    ch = text[position]
    return "\u4e00" <= ch <= "\u9fff" and ch not in "的,，。;；、和或及等"


def _bare(
    m: re.Match[str],
    number_start: int,
    numeral: Numeral,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    precision: Decimal,
    ranged: bool,
) -> Draft | None:
    """A number with no unit: kept only to inherit the unit of the next list item."""
    if value is None and low is None:
        return None
    return Draft(
        start=surface_start(m, number_start),
        end=m.end(),
        number_start=number_start,
        kind=Kind.COUNT,
        unit="none",
        value=value,
        low=low,
        high=high,
        qualifier=qualifier_of(m, numeral, ranged),
        precision=precision,
        bare=True,
    )


def _with_unit(
    text: str,
    m: re.Match[str],
    number_start: int,
    unit: str,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    precision: Decimal,
    qualifier: Qualifier,
    sign: int,
) -> Draft | None:
    start = surface_start(m, number_start)
    if unit in ("%", "‰", "成"):
        factor = _PERCENT_FACTORS[unit]
        if unit == "成" and m.group("n1") == "一":
            return None
        kind_name, _ = zh_kind.percent_kind(text, m.start(), m.end())
        kind = KINDS[kind_name]
        if m.group("sign") == "+" and kind is Kind.SHARE:
            kind = Kind.GROWTH
        if sign < 0 and kind in (Kind.GROWTH, Kind.SHARE):
            kind = Kind.DECLINE
        if unit == "成" and m.group("cheng2") and value is not None:
            tenth = numeral_of(m.group("cheng2"))
            if tenth is not None and tenth.value is not None:
                value = value + tenth.value / 10  # 三成五 is 3.5成
                precision = precision / 10
        if unit == "成" and kind is Kind.SHARE and not zh_kind.is_share_frame(text, number_start):
            kind = Kind.FRACTION
        code = "percent"
    elif unit in ("个百分点", "百分点"):
        factor = Decimal(1) * zh_kind.point_sign(text, number_start) * sign
        kind, code = Kind.PP_DIFFERENCE, "percentage_point"
    elif unit == "倍":
        found = zh_kind.nearest_keyword(
            text, zh_kind.clause_start(text, number_start), number_start
        )
        growth = found is not None and found[1] == "growth_verbs" and found[0] not in ("高于",)
        kind, code, factor = (Kind.GROWTH if growth else Kind.RATIO), "ratio", Decimal(1)
    elif unit == "折":
        big = value is not None and value >= 10  # 七五折 is 75% of the price, 八折 80%
        kind, code, factor = Kind.RATIO, "ratio", Decimal("0.01") if big else Decimal("0.1")
    elif unit in ("点", "大"):
        kind, code, factor = Kind.COUNT, f"count:{unit}", Decimal(1)
    elif unit == "强":
        kind, code, factor = Kind.RANK, "rank", Decimal(1)
        qualifier = Qualifier.AT_MOST
    else:
        word: UnitWord | None = unit_words().get(unit)
        if unit in _CURRENCY_CODES:
            code, factor, kind = unit, Decimal(1), Kind.AMOUNT
        elif word is None:
            return None
        else:
            code, factor = word.code, word.factor
            kind = KINDS[word.kind]
        if word is not None and word.kind == "count" and _counted_exactly(m.group("n1")):
            precision = Decimal(0)  # 868个, 三所: things counted one by one, not rounded
        change = zh_kind.change_kind(text, number_start)
        if change is not None:
            kind = KINDS[change]
        if sign < 0 and kind is Kind.GROWTH:
            kind = Kind.DECLINE
    if value is not None:
        value *= factor
    if low is not None:
        low *= factor
    if high is not None:
        high *= factor
    if factor < 0:
        low, high = high, low  # a negative factor (低于…个百分点) turns a range around
    return Draft(
        start,
        m.end(),
        number_start,
        kind,
        code,
        value,
        low,
        high,
        qualifier,
        precision * abs(factor),
    )
