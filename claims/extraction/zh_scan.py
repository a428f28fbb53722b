"""One sentence scanned for candidates: a fast anchor scan, the claim pattern at each anchor,
the form readers, then the list-level passes (a bare list item takes the next item's unit; a
category bound qualifies the count after it)."""

from __future__ import annotations

import functools
import re
import string
from dataclasses import replace
from decimal import Decimal

from claims.extraction import zh_kind
from claims.extraction.zh_amounts import MAGNITUDE_CHARS, MONEY_CUES, general
from claims.extraction.zh_draft import MAGNITUDES, Draft, magnitude_of, scaled
from claims.extraction.zh_forms import (
    doubling,
    fraction,
    half_or_idiom,
    percent_words,
    rank,
    top_n,
    word_claim,
)
from claims.extraction.zh_patterns import MAGNITUDE_ONLY, patterns
from claims.numbers import parse_fraction
from claims.units import unit_words

_LATIN = frozenset(string.ascii_letters)
_LATIN_OR_POINT = _LATIN | {".", "/"}

_FIRST_DIGIT = re.compile(r"[0-9]")

_DIGITS = frozenset("0123456789")

_MAGNITUDE_WORD = re.compile(r"[万亿]")


def scan(text: str) -> list[Draft]:
    """Candidate claims of one normalized sentence."""
    p = patterns()
    blocked = [(m.start(), m.end()) for m in p.not_claim.finditer(text)]
    drafts: list[Draft] = []
    covered = 0
    for anchor in p.anchor.finditer(text):
        position, anchor_end = anchor.span()
        if position < covered:
            continue
        idle = text[position] in _CHINESE_NUMERALS and _idle(text, anchor)
        m = None if idle else _match_at(text, position)
        if (
            m is not None
            and m.group("fden")
            and text.startswith(("百分之", "千分之"), position + 1)
        ):
            m = _match_at(text, position + 1)  # 预测数百分之七点九一: 数 is a word here
        if m is None and anchor_end - position > 1 and text[position] in "第前翻":
            m = _match_at(text, position + 1)  # 提前半个月: 前 is no ordinal here
        if text[position] not in _DIGITS:  # (else the number starts at the anchor)
            digit = _FIRST_DIGIT.search(text, position, anchor_end)
            if digit is not None and (m is None or m.end() <= digit.start()):
                m = _match_at(text, digit.start())  # 队伍8分钟: the number starts at the digit
        if m is None:
            continue
        covered = m.end()
        draft = _read_match(text, m, blocked)
        if draft is not None:
            drafts.append(draft)
    return _attach_thresholds(text, share_units(text, drafts))


def _attach_thresholds(text: str, drafts: list[Draft]) -> list[Draft]:
    """A category bound (2亿元以上项目) is no claim; it qualifies the next count in its clause."""
    out: list[Draft] = []
    pending: Draft | None = None
    for draft in drafts:
        if draft.threshold:
            pending = draft
            continue
        if pending is not None and zh_kind.clause_start(text, draft.number_start) <= pending.start:
            draft = replace(draft, bound=pending)
        pending = None
        out.append(draft)
    return out


_CHINESE_NUMERALS = frozenset(
    "零〇○一壹二两兩贰貳三叁參四肆五伍陆陸六七柒八捌九玖十拾百佰千仟万萬亿億廿卅卌几幾数數"
)

_NAMING_STARTS = frozenset("第前翻半¥￥$HU")


@functools.cache
def _unit_initials() -> frozenset[str]:
    """First characters of everything that may follow a numeral in a claim."""
    words = [
        *unit_words(),
        "%",
        "‰",
        "个百分点",
        "百分点",
        "倍",
        "大",
        "成",
        "强",
        "折",
        "点",
        "余",
        "多",
    ]
    words += [
        "分之",
        "至",
        "到",
        "-",
        "—",
        "~",
        "－",
        "–",
        "、",
        "以上",
        "以下",
        "以内",
        "左右",
        "上下",
    ]
    words += ["内", "位数", "之"]
    return frozenset(w[0] for w in words)


def _idle(text: str, anchor: re.Match[str]) -> bool:
    """A run of Chinese numerals followed by no unit is a word (一些, 统一), not a number."""
    run = anchor.group(0)
    if run[0] in _NAMING_STARTS or not _CHINESE_NUMERALS.issuperset(run):
        return False
    after = text[anchor.end() : anchor.end() + 1]
    if after in _unit_initials():
        return False
    money = MONEY_CUES.search(text, zh_kind.clause_start(text, anchor.start()), anchor.start())
    return money is None or MAGNITUDE_CHARS.isdisjoint(run)


#: What may stand before 出超/入超 (a trade surplus or deficit) where they are a noun: the
#: start of a clause or a period (11月出超, 全年入超, 贸易出超). Elsewhere the 超 is a
#: qualifier of the word before it (收入超百亿, 支出超5000亿元).
_BALANCE_BEFORE = frozenset("，,；;。：:、（(月年度季期易 ")


def _balance(text: str, start: int) -> bool:
    """Whether 出超/入超 ends right before ``start`` as a noun, not as 出/入 + the 超 of 超过."""
    if text[max(start - 2, 0) : start] not in ("出超", "入超"):
        return False
    return start == 2 or text[start - 3] in _BALANCE_BEFORE


def _match_at(text: str, position: int) -> re.Match[str] | None:
    """The claim pattern at an anchor, started early enough to take in what belongs to it:
    a qualifier (超, 近), 人民币, a sign (同比-4.6%), or the 大/过 of 大半/过半."""
    p = patterns()
    start = position
    if (
        position > 0
        and text[position - 1] in "+-"
        and (position < 2 or not text[position - 2].isdigit())
    ) or (position > 0 and text[position] == "半" and text[position - 1] in "大过近一"):
        start -= 1
    if start >= 3 and text.startswith("人民币", start - 3):
        start -= 3
    # Every prefix qualifier ends in one of a few characters: look for one only after those.
    qualified = start < 1 or (text[start - 1] in p.prefix_finals and not _balance(text, start))
    for length in (3, 2, 1) if qualified else ():
        word = text[max(start - length, 0) : start]
        if len(word) == length and (word in p.prefix_qualifier or word == "上"):
            m = p.claim.match(text, start - length)
            if word == "上" and m is not None and m.group("n1") not in MAGNITUDE_ONLY:
                break  # 迈上5000亿元台阶: 上 is a verb here, not 上千's "as many as"
            if m is not None and m.end() > position:
                return m
            break
    m = p.claim.match(text, start)
    if (m is None or m.end() == m.start()) and start != position:
        m = p.claim.match(text, position)
    if m is None or m.end() == m.start():
        return None
    return m


def _blocked(position: int, blocked: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in blocked)


def _read_match(text: str, m: re.Match[str], blocked: list[tuple[int, int]]) -> Draft | None:
    pre, cur, fden, unit, n1 = m.group("pre", "cur", "fden", "unit", "n1")
    number_start = m.start() + (len(pre) if pre else 0)
    if cur:
        number_start = m.start("cur")
    if blocked and _blocked(number_start, blocked) and not fden:
        return None
    if number_start > 0 and text[number_start - 1] in _LATIN_OR_POINT:
        return None
    end = m.end()
    if end < len(text) and text[end] in _LATIN and not unit:
        return None
    whole = m.group(0)
    doubled = whole.endswith("番") and "翻" in whole
    if n1 is not None and not doubled:
        return general(text, m, number_start)  # the last branch: no other form's group is set
    if m.group("pct_zh"):
        return percent_words(text, m, number_start)
    if fden:
        try:
            value = parse_fraction(f"{fden}分之{m.group('fnum')}")
        except ValueError:
            return None
        return fraction(text, m, number_start, value)
    slash_n, slash_d = m.group("slash_n", "slash_d")
    if slash_n:
        if int(slash_d) == 0:
            return None
        value = Decimal(slash_n) / Decimal(slash_d)
        return fraction(text, m, number_start, value)
    ordinal, ordsuf = m.group("ord", "ordsuf")
    if ordinal is not None:
        return rank(text, m, number_start, ordinal, ordsuf)
    if m.group("topword"):
        return top_n(text, m, number_start)
    if doubled:
        return doubling(m, number_start)
    if any(m.group("halfword", "half", "idiom", "onehalf")):
        return half_or_idiom(text, m, number_start)
    if any(m.group("flat", "halving", "first")):
        return word_claim(text, m, number_start)
    return None


def share_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """Give a bare list item the unit of the next one (产量分别为3.2、4.5万吨); drop the rest."""
    if not any(draft.bare for draft in drafts):
        return drafts
    out: list[Draft] = []
    for i, draft in enumerate(drafts):
        if not draft.bare:
            out.append(draft)
            continue
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        between = text[draft.end : nxt.number_start] if nxt else ""
        if nxt is None or nxt.bare or between.strip() not in ("、", "和", "与", "及", "至", "到"):
            if _MAGNITUDE_WORD.search(text, draft.number_start, draft.end):
                # 用户规模达3.26亿: a quantity whose unit the copy leaves out
                out.append(replace(draft, bare=False, note="no unit written"))
            continue
        scale = Decimal(1)
        nxt_text = text[nxt.number_start : nxt.end]
        if (
            nxt.value is not None
            and draft.value is not None
            and magnitude_of(text[draft.number_start : draft.end]) == 1
        ):
            for word, factor in MAGNITUDES:
                if word in nxt_text:
                    scale = factor
                    break
        unit_factor = Decimal(1)
        if nxt.unit == "percent":
            unit_factor = Decimal("0.01")
        factor = scale * unit_factor
        out.append(
            replace(
                draft,
                kind=nxt.kind,
                unit=nxt.unit,
                value=scaled(draft.value, factor),
                low=scaled(draft.low, factor),
                high=scaled(draft.high, factor),
                precision=draft.precision * factor,
                bare=False,
                note="unit taken from the next item of the list",
            )
        )
    return out
