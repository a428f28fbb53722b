"""The frames in which Chinese copy states a change, read from the words between numbers.

A growth relation is written in a handful of fixed shapes, and the words between the
numbers say which number plays which part:

- *delta*: 收入86420万元，增长12.4%，增收9530万元 (level, rate, absolute change);
- *base*:  门票收入3.86亿元（去年同期为3.42亿元，同比增长12.9%） (level, prior level, rate);
- *span*:  游客从80余万人次增长到120余万人次，增长50% (from, to, optional rate);
- *rates*: 增速由5.2%回落到4.8%，回落0.4个百分点 / 增速为6.8%，较去年同期的5.9%加快0.9个百分点.

Roles are decided by the text right before each claim (增收 / 减支 before an amount make it
an absolute change, 去年同期为 a prior level, 由…的 a starting level) because extracted kinds
and metric keys are too noisy to pair numbers on; only adjacent numbers of one sentence
are paired, so a frame is never assembled across unrelated clauses. The text is read
normalized (full-width forms and Traditional characters mapped one for one), so every
offset is still an offset of the source.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.extraction.normalize import normalize
from claims.model import Claim, Kind
from factcheck.context import Context

#: Units a change rate is written in (增长5% → percent, 增长2倍 / 翻一番 → ratio).
RATE_UNITS = ("percent", "ratio")
#: Units that are never a level or an absolute change of one.
NON_LEVEL_UNITS = ("percent", "ratio", "percentage_point", "rank", "year", "month", "day")

UP = "增长|增加|增收|增支|增产|提高|提升|上升|上涨|跃升|攀升|扩大|上修|加快|增|升|涨"
DOWN = "下降|减少|减收|减支|减产|降低|回落|下滑|下跌|缩小|缩减|下修|放缓|放慢|收窄|减|降|跌"
_UP = re.compile(rf"(?:{UP})$")

#: An absolute change right before an amount: 比上年增收 | 减支 | 增加了 | 多.
_DELTA = re.compile(
    r"(?<![新多少])(?P<verb>增加|增收|增支|增产|扩大|提高|提升|上升|增长|多出|多|增"
    r"|减少|减收|减支|减产|缩小|下降|降低|少|减)了?\s*$"
)
_DELTA_UP = frozenset(
    {"增加", "增收", "增支", "增产", "扩大", "提高", "提升", "上升", "增长", "多出", "多", "增"}
)
#: A rate right after its change verb: 同比增长 | 下降 | 增产 | 提高了.
_RATE_VERB = re.compile(rf"(?:{UP}|{DOWN})了?\s*$")
#: A prior level: 去年同期为 | 比上年同期的 | 比2013年的.
_BASE = re.compile(
    r"(?:上年|去年|前年|上一年|同期|上月|上季度|上季|\d{4}年)(?:同期|底|末)?(?:为|的|是)\s*$"
)
#: A starting level: 由2012年的 | 从过去的 (not 由于).
_FROM = re.compile(r"(?:由|从)(?!于)[^,;。，；:：]{0,15}$")
#: Between a starting and an ending level: 增至2021年的 | ，一举上修为 | 回落到.
_TO = re.compile(
    rf"^[^。；;]{{0,12}}?(?P<verb>{UP}|{DOWN})(?:到|至|为)(?P<tail>[^,;。，；]{{0,10}})$"
)
#: A period named before a level of a span: 2012年 | 2012年底 | 二〇一二年.
_PERIOD = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}月份?|[一二三四]季度|上半年|下半年)?(?:底|末|初)?"
)
#: Words that make a rate an average per year (年均增长7.3%): over a span of several years it
#: is no growth between the span's two levels, but their compound annual rate.
_ANNUAL = re.compile(r"年均|年平均|平均每年|每年平均|复合")
_ASIDE_OPEN = frozenset({"(", "（"})
_PARENTHETICAL = re.compile(r"\([^()]*\)")
#: The rest of a compound unit the claim stops short of (5555.6公斤/公顷 → "/公顷").
_UNIT_TAIL = re.compile(r"^/[^\s,，;；。\d]{1,3}")
#: What may stand between two numbers of one frame once parentheticals are dropped:
#: at most a clause break and a few words, no digits.
_SHORT_GAP = re.compile(r"[\s,，、]*[^,;。，；\d]{0,10}")


def page_text(ctx: Context) -> str:
    """The source, normalized one character for one (offsets are the source's)."""
    return ctx.derived("normalized page", lambda c: normalize(c.doc.source))


def sentence_start(ctx: Context, claim: Claim) -> int:
    sentences = ctx.doc.sentences
    if 0 <= claim.sentence < len(sentences):
        return sentences[claim.sentence].start
    return 0


def direction(claim: Claim) -> int:
    """+1 for a growth, −1 for a decline; 0 for anything that is not a change."""
    if claim.kind is Kind.GROWTH:
        return 1
    if claim.kind is Kind.DECLINE:
        return -1
    return 0


def is_rate(claim: Claim) -> bool:
    return claim.kind in (Kind.GROWTH, Kind.DECLINE) and claim.unit in RATE_UNITS


def is_percent_level(claim: Claim) -> bool:
    """A rate stated as a level (增速为6.8%, 增长4.8%): any percent that is not points."""
    return claim.unit == "percent" and claim.kind in (
        Kind.GROWTH,
        Kind.DECLINE,
        Kind.SHARE,
        Kind.RATIO,
    )


@dataclass(frozen=True)
class Sentence:
    """The claims of one sentence with the words before each (normalized)."""

    claims: tuple[Claim, ...]
    gaps: tuple[str, ...]
    text: str
    #: Which claims stand in parentheses (read once: every frame walk asks, claim by claim).
    asides: tuple[bool, ...]

    def index(self, claim: Claim) -> int:
        for i, c in enumerate(self.claims):
            if c.id == claim.id:
                return i
        raise ValueError(claim.id)

    def aside(self, i: int) -> bool:
        """A parenthetical restatement (12480.4万吨（2496.1亿斤）): not a frame member."""
        return self.asides[i]

    def previous(self, i: int) -> int | None:
        j = i - 1
        while j >= 0 and self.aside(j):
            j -= 1
        return j if j >= 0 else None

    def following(self, i: int) -> int | None:
        j = i + 1
        while j < len(self.claims) and self.aside(j):
            j += 1
        return j if j < len(self.claims) else None

    def between(self, a: Claim, b: Claim) -> str:
        return self.text[a.end : b.start]


def sentence_of(ctx: Context, claim: Claim) -> Sentence:
    """The frame reading of the claim's sentence, made once per sentence of the document
    (the change, rate and period rules all ask for it, claim by claim)."""
    read: dict[int, Sentence] = ctx.derived("frame sentences", lambda c: {})
    found = read.get(claim.sentence)
    if found is None:
        found = read[claim.sentence] = _sentence(ctx, claim)
    return found


def _sentence(ctx: Context, claim: Claim) -> Sentence:
    text = page_text(ctx)
    claims = tuple(sorted(ctx.sentence_claims(claim.sentence), key=_START))
    gaps = []
    asides = []
    end = sentence_start(ctx, claim)
    for c in claims:
        span = c.span
        gap = text[min(end, span.start) : span.start]
        gaps.append(gap)
        asides.append(len(gaps) > 1 and gap.strip() in _ASIDE_OPEN)  # never the first
        end = max(end, span.end)
    return Sentence(claims=claims, gaps=tuple(gaps), text=text, asides=tuple(asides))


_START = operator.attrgetter("span.start")


def short_gap(text: str) -> bool:
    """Whether two numbers stand close enough to belong to one frame."""
    text = _UNIT_TAIL.sub("", _PARENTHETICAL.sub("", text))
    return _SHORT_GAP.fullmatch(text) is not None


def delta_sign(gap: str) -> int:
    """+1 / −1 when the words right before an amount make it an absolute change."""
    m = _DELTA.search(gap)
    if m is None:
        return 0
    return 1 if m.group("verb") in _DELTA_UP else -1


#: What may lead the change verb within its clause: nothing, a comparison with the prior
#: period (比上年同期, 同比), or a word of accumulation; never a new subject (B县增收).
_OWN_LEAD = re.compile(r"^(?:(?:比|较|与|同比|环比|累计|共计|共|全年|当年|合计).*)?$")


def own_change(gap: str, pattern: re.Pattern[str]) -> bool:
    """Whether the change or prior level right after ``gap`` belongs to the clause's level.

    The words between the last clause break and the verb must not name another subject:
    比上年增收 and 增收 qualify, B县增收 does not.
    """
    m = pattern.search(gap)
    if m is None:
        return False
    head = _PARENTHETICAL.sub("", gap[: m.start()])
    lead = re.split(r"[,，、;；(（]", head)[-1].strip()
    return _OWN_LEAD.match(lead) is not None


def rate_verb(gap: str) -> bool:
    return _RATE_VERB.search(gap) is not None


def is_base(gap: str) -> bool:
    return _BASE.search(gap) is not None and _FROM.search(gap) is None


def is_from(gap: str) -> bool:
    return _FROM.search(gap) is not None


def to_verb(gap: str) -> tuple[int, str] | None:
    """(direction, words) when the text between two numbers reads 增至 / 回落到 / 上修为."""
    m = _TO.match(gap)
    if m is None:
        return None
    verb = m.group("verb")
    return (1 if re.fullmatch(UP, verb) else -1), verb


def period_named(words: str) -> str | None:
    """The last period named in ``words`` (由2012年的 → 2012年)."""
    found = _PERIOD.findall(words)
    return found[-1] if found else None


def level_candidate(s: Sentence, i: int) -> bool:
    """A level of a quantity: an amount or count, not a change, not a 'X的Y%' modifier."""
    c = s.claims[i]
    if c.unit in NON_LEVEL_UNITS or c.kind in (Kind.PP_DIFFERENCE, Kind.DATE, Kind.ENUMERATION):
        return False
    if c.value is None or s.aside(i):
        return False
    if delta_sign(s.gaps[i]) or is_base(s.gaps[i]) or is_from(s.gaps[i]):
        return False
    if s.text[c.end : c.end + 3].startswith(("相比", "相较", "比较")):
        return False  # 与2010年的65700762人相比: the base of a comparison, not the level
    return not modifier(s, i)


def modifier(s: Sentence, i: int) -> bool:
    """A number followed by 的 qualifies what follows (75420万元的36.3%)."""
    c = s.claims[i]
    return s.text[c.end : c.end + 1] == "的"


@dataclass(frozen=True)
class Change:
    """A change stated with the values it runs between.

    ``shape`` is "delta" (current + absolute change), "base" (current + prior level) or
    "span" (from → to). ``sign`` is the direction the words give the absolute change
    (delta) or the verb (span); ``rate`` is the stated rate, if any.
    """

    shape: str
    current: Claim
    other: Claim
    rate: Claim | None
    sign: int = 1
    annual_rate: Claim | None = None


def _level_before(s: Sentence, j: int, unit: str) -> Claim | None:
    """The nearest level of ``unit`` before claim ``j``, not across another change.

    A number that qualifies a noun (预算数75420万元的36.3%) is passed over: it is the base
    of that share, not the level the change speaks of.
    """
    k = j - 1
    while k >= 0:
        c = s.claims[k]
        if not s.aside(k) and not modifier(s, k):
            if c.unit == unit and level_candidate(s, k):
                return c
            if c.unit == unit or is_rate(c) or c.kind is Kind.PP_DIFFERENCE:
                return None
        k -= 1
    return None


#: A change measured from a year before (同比) and one from another point (比年初, 比9月份,
#: 环比) have different bases: an increase since January is no part of a year-on-year rate.
_YEAR_ON_YEAR = re.compile(r"同比|(?:比|较)(?:上年|去年)同期")
_OTHER_BASE = re.compile(
    r"年初|年末|月初|月末|季末|环比|上月|上季|上周|[0-9一二三四五六七八九十]+月份?"
)


def bases_differ(delta_words: str, rate_words: str) -> bool:
    """Whether the words before an absolute change and before a rate name different bases."""
    return bool(
        (_OTHER_BASE.search(delta_words) and _YEAR_ON_YEAR.search(rate_words))
        or (_OTHER_BASE.search(rate_words) and _YEAR_ON_YEAR.search(delta_words))
    )


def _rate_pairs(s: Sentence, i: int) -> Change | None:
    """The delta or base frame a rate closes, if its neighbours read as one."""
    rate = s.claims[i]
    prev, nxt = s.previous(i), s.following(i)
    if prev is not None:
        other = s.claims[prev]
        gap = s.between(other, rate)
        if other.unit not in NON_LEVEL_UNITS and other.value is not None and short_gap(gap):
            sign = delta_sign(s.gaps[prev])
            if sign and not own_change(s.gaps[prev], _DELTA):
                return None
            if sign and bases_differ(s.gaps[prev], s.gaps[i]):
                return None
            if sign:
                current = _level_before(s, prev, other.unit)
                return Change("delta", current, other, rate, sign) if current else None
            if is_base(s.gaps[prev]) and own_change(s.gaps[prev], _BASE):
                current = _level_before(s, prev, other.unit)
                return Change("base", current, other, rate) if current else None
    if nxt is not None:
        other = s.claims[nxt]
        gap = s.gaps[nxt]
        sign = delta_sign(gap)
        words = _UNIT_TAIL.sub("", _PARENTHETICAL.sub("", gap)).strip(" ,，、")
        if (
            sign
            and other.unit not in NON_LEVEL_UNITS
            and _DELTA.fullmatch(words)
            and own_change(gap, _DELTA)
            and not bases_differ(gap, s.gaps[i])
        ):
            current = _level_before(s, i, other.unit)
            return Change("delta", current, other, rate, sign) if current else None
    return None


def _span_from(s: Sentence, i: int) -> Change | None:
    start = s.claims[i]
    j = s.following(i)
    if j is None:
        return None
    end = s.claims[j]
    if end.unit != start.unit or end.value is None or start.value is None:
        return None
    verb = to_verb(s.between(start, end))
    if verb is None:
        return None
    rate = annual = None
    k = s.following(j)
    if k is not None:
        candidate = s.claims[k]
        if (
            (is_rate(candidate) or candidate.kind is Kind.PP_DIFFERENCE)
            and short_gap(s.between(end, candidate))
            and rate_verb(s.gaps[k])
        ):
            if is_annual(s.gaps[k]):
                annual = candidate
            else:
                rate = candidate
    return Change("span", end, start, rate, verb[0], annual_rate=annual)


def is_annual(gap: str) -> bool:
    """Whether the words before a rate make it an average per year (年均增长)."""
    return _ANNUAL.search(gap) is not None


def changes(ctx: Context, claims: Sequence[Claim] | None = None) -> list[Change]:
    """Every change frame of the copy (each claim read once per sentence); the frames of
    the whole copy are read once per document and shared by the rules that walk them."""
    if claims is None:
        return ctx.derived("change frames", lambda c: _changes(c, c.numeric))
    return _changes(ctx, claims)


def _changes(ctx: Context, claims: Sequence[Claim]) -> list[Change]:
    out: list[Change] = []
    done: set[int] = set()
    for claim in claims:
        if claim.sentence in done:
            continue
        done.add(claim.sentence)
        out.extend(sentence_changes(sentence_of(ctx, claim)))
    return out


def sentence_changes(s: Sentence) -> list[Change]:
    out: list[Change] = []
    used: set[str] = set()
    for i in range(len(s.claims)):
        if s.aside(i):
            continue
        if is_from(s.gaps[i]):
            span = _span_from(s, i)
            if span is not None:
                out.append(span)
                for rate in (span.rate, span.annual_rate):
                    if rate is not None:
                        used.add(rate.id)
    for i, c in enumerate(s.claims):
        if c.id in used or s.aside(i) or not rate_verb(s.gaps[i]) or is_annual(s.gaps[i]):
            continue
        if is_rate(c) or c.kind is Kind.PP_DIFFERENCE:
            frame = _rate_pairs(s, i)
            if frame is not None:
                out.append(frame)
    return out


def span_periods(s: Sentence, change: Change) -> tuple[str | None, str | None]:
    """The periods a span names for its start and its end (由2012年的… 增至2021年的…)."""
    i = s.index(change.other)
    start_words = s.gaps[i]
    m = _FROM.search(start_words)
    start_period = period_named(m.group(0)) if m else None
    verb = _TO.match(s.between(change.other, change.current))
    end_period = period_named(verb.group("tail")) if verb else None
    return start_period, end_period


def is_up(verb: str) -> bool:
    return _UP.search(verb) is not None
