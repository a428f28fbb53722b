"""Two rates and the difference stated between them, read from the words around them.

A difference of rates is written in three shapes:

- *span*: 增速由5.2%回落到4.8%，回落0.4个百分点 (from-rate, to-rate, difference);
- *compare*: 增速为6.8%，较去年同期的5.9%加快0.9个百分点 (rate, 较/比/高于 + the
  other rate, difference);
- *named*: 装备制造业增加值增长11.4%，快于规模以上工业6.2个百分点, where the rate of
  规模以上工业 stands in an earlier sentence of the paragraph. It is used only when the
  compared thing is named in three characters or more, exactly one earlier rate of the
  paragraph is introduced by that name, and (when periods are known) for the same period.

The difference is whatever claim closes the frame: a 个百分点 figure (FC202), or a percent
(FC203 asks whether it was meant as points).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from claims.interval import Interval
from claims.model import Claim, Kind
from factcheck.context import Context
from factcheck.rules.changes.frames import (
    DOWN,
    UP,
    Sentence,
    is_from,
    is_percent_level,
    sentence_of,
    sentence_start,
    short_gap,
    to_verb,
)

#: 比 as a comparison, not as in 比重, 比例 or 比率 (a share's name, not a comparator).
_MARKER = "较|比(?![重例率])|相比|高于|低于|快于|慢于|优于|高出|远高于|略高于"
#: The other rate introduced by a comparison marker: 较去年十一月预测数 | 远高于8月预测的.
_COMPARE = re.compile(rf"(?P<lead>.*?)(?P<marker>{_MARKER})(?P<who>[^,;。，；%]{{0,14}})$")
#: A comparator named without its rate: 快于规模以上工业 | 高于全国.
_NAMED = re.compile(
    rf"(?P<marker>{_MARKER})(?P<who>[^,;。，；\d%]{{2,14}}?)(?P<verb>{UP}|{DOWN}|高|低|快|慢)?$"
)
_VERB_IN = re.compile(rf"{UP}|{DOWN}|分别")
#: Comparators too vague to look up: a period, the nation, a forecast.
_GENERIC = re.compile(
    r"^(?:上年|去年|前年|同期|上年同期|去年同期|上月|上季度|年初|预期|预测|原预测|平均|平均水平"
    r"|全国|全省|全市|全区|全县|全国平均|全省平均)$|\d|月|季|年"
)
_LIST_JOINER = frozenset({"、", "和", "及", "与"})
#: The verb right before a difference: the change verbs and the comparison adjectives.
_DIFF_VERB = re.compile(rf"(?P<verb>{UP}|{DOWN}|高出|高|低|快|慢)了?\s*$")
_DOWNWARD = re.compile(rf"^(?:{DOWN}|低|慢|低于|慢于)$")
_UPWARD = re.compile(rf"^(?:{UP}|高出|高|快|高于|快于|优于|远高于|略高于)$")
#: Rates spoken of as sizes of a decline (降幅收窄 means the decline got smaller).
_MAGNITUDE_WORDS = re.compile(r"降幅|跌幅|减幅|降速")


@dataclass(frozen=True)
class RatePair:
    """``minuend`` − ``subtrahend`` is what ``difference`` states.

    ``magnitudes`` is set when the rates are spoken of as sizes of declines (降幅由3.2%收窄到
    1.5%): the difference is then between the sizes, not the signed rates.
    """

    shape: str
    minuend: Claim
    subtrahend: Claim
    difference: Claim
    magnitudes: bool = False
    sign: int = 0

    def stated(self) -> Interval:
        """The stated difference, signed by its own direction word when there is one.

        The words (回落, 低, 快于) are read again here rather than trusting the sign the
        claim carries, so 比全省低1.2个百分点 is −1.2 however it was extracted.
        """
        bounds = self.difference.bounds()
        value = self.difference.value
        if not self.sign or value is None or (value >= 0) == (self.sign > 0):
            return bounds
        lo = None if bounds.hi is None else -bounds.hi
        hi = None if bounds.lo is None else -bounds.lo
        return Interval(lo, hi)


def diff_verb(gap: str) -> bool:
    return _DIFF_VERB.search(gap) is not None


def word_sign(word: str | None) -> int:
    """+1 / −1 for a direction word (提高, 高于 / 回落, 低于), 0 when it says none."""
    if not word:
        return 0
    if _DOWNWARD.match(word):
        return -1
    return 1 if _UPWARD.match(word) else 0


def _verb_sign(gap: str) -> int:
    m = _DIFF_VERB.search(gap)
    return word_sign(m.group("verb")) if m else 0


def _span(s: Sentence, i: int) -> RatePair | None:
    diff = s.claims[i]
    y = s.previous(i)
    if y is None:
        return None
    x = s.previous(y)
    if x is None:
        return None
    start, end = s.claims[x], s.claims[y]
    if not (is_percent_level(start) and is_percent_level(end) and is_from(s.gaps[x])):
        return None
    if to_verb(s.between(start, end)) is None:
        return None
    if not (short_gap(s.between(end, diff)) and diff_verb(s.gaps[i])):
        return None
    return RatePair("span", end, start, diff, sign=_verb_sign(s.gaps[i]))


def _compare(s: Sentence, i: int) -> RatePair | None:
    diff = s.claims[i]
    b = s.previous(i)
    if b is None:
        return None
    other = s.claims[b]
    gap = s.between(other, diff)
    if not (is_percent_level(other) and short_gap(gap) and diff_verb(s.gaps[i])):
        return None
    m = _COMPARE.match(s.gaps[b])
    if m is None or _VERB_IN.search(m.group("who")):
        return None
    a = s.previous(b)
    if a is None:
        return None
    first = s.claims[a]
    lead = m.group("lead")
    if not is_percent_level(first) or len(lead) > 14 or sum(lead.count(c) for c in ",，") > 2:
        return None
    if re.search(r"[;；。]|分别", lead) or s.gaps[a].strip() in _LIST_JOINER:
        return None
    return RatePair("compare", first, other, diff, sign=_verb_sign(s.gaps[i]))


def _list_before(s: Sentence, i: int) -> list[Claim]:
    """The percent rates of a 分别 list (or a single rate) ending right before claim ``i``."""
    out: list[Claim] = []
    j = s.previous(i)
    while j is not None:
        c = s.claims[j]
        if not is_percent_level(c) or c.kind not in (Kind.GROWTH, Kind.DECLINE):
            break
        out.insert(0, c)
        if s.gaps[j].strip() not in _LIST_JOINER:
            break
        j = s.previous(j)
    return out


def _list_from(s: Sentence, i: int, kind: Kind) -> list[Claim]:
    """Claim ``i`` and the claims of ``kind`` joined to it by 、."""
    out = [s.claims[i]]
    j = s.following(i)
    while j is not None and s.claims[j].kind is kind and s.gaps[j].strip() in _LIST_JOINER:
        out.append(s.claims[j])
        j = s.following(j)
    return out


def _named(ctx: Context, s: Sentence, i: int) -> Iterator[RatePair]:
    diff = s.claims[i]
    m = _NAMED.search(s.gaps[i])
    if m is None:
        return
    sign = word_sign(m.group("verb")) or word_sign(m.group("marker"))
    who = m.group("who").strip()
    if len(who) < 3 or _GENERIC.search(who) or any(j in who for j in _LIST_JOINER):
        return
    if s.gaps[i][: m.start()].strip(" ,，") and not short_gap(s.gaps[i][: m.start()]):
        return
    rates = _list_before(s, i)
    diffs = _list_from(s, i, diff.kind)
    if not rates or len(rates) != len(diffs):
        return
    reference = _reference(ctx, s, rates, who)
    if reference is None:
        return
    for rate, d in zip(rates, diffs, strict=True):
        yield RatePair("named", rate, reference, d, sign=sign)


def _reference(ctx: Context, s: Sentence, rates: list[Claim], who: str) -> Claim | None:
    """The one earlier rate of the paragraph introduced by ``who``, for the same period."""
    first = rates[0]
    found: list[Claim] = []
    for c in ctx.paragraph_claims(first.paragraph):
        if c.start >= first.start or c.kind not in (Kind.GROWTH, Kind.DECLINE):
            continue
        if c.unit != "percent" or c in rates:
            continue
        clause = re.split(r"[,;。，；:：]", s.text[max(0, c.start - 40) : c.start])[-1]
        if who in clause:
            found.append(c)
    period = first.scope.period_key
    if len(found) > 1 and period is not None:
        found = [c for c in found if c.scope.period_key == period]
    if len(found) != 1:
        return None
    if period is not None and found[0].scope.period_key not in (None, period):
        return None
    return found[0]


def rate_pairs(ctx: Context, wanted: Callable[[Claim], bool], named: bool = True) -> list[RatePair]:
    """Every two-rate frame closed by a claim that ``wanted`` accepts."""
    out: list[RatePair] = []
    seen: set[str] = set()
    for claim in ctx.numeric:
        if not wanted(claim) or claim.id in seen:
            continue
        s = sentence_of(ctx, claim)
        i = s.index(claim)
        pairs = [p] if (p := _span(s, i) or _compare(s, i)) else []
        if not pairs and named:
            pairs = list(_named(ctx, s, i))
        for pair in pairs:
            head = s.text[sentence_start(ctx, claim) : pair.difference.start]
            if _MAGNITUDE_WORDS.search(head):
                pair = replace(pair, magnitudes=True)
            out.append(pair)
            seen.add(pair.difference.id)
    return out
