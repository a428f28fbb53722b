"""Small lookups several rules share: the part a share speaks of, the whole it is a share of."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from claims.model import Claim, Kind
from factcheck.context import Context

#: Kinds that are levels of a quantity (not rates or changes).
LEVEL_KINDS = (Kind.AMOUNT, Kind.COUNT)


def same_period(a: Claim, b: Claim) -> bool:
    """Periods agree, or one side does not say (同期 / unstated inherit the other's)."""
    pa, pb = a.scope.period_key, b.scope.period_key
    if pa is None or pb is None or pa == pb:
        return True
    return "同期" in (pa, pb)


def bounded(claim: Claim) -> bool:
    """Whether the claim pins its value between two ends (超/以上/不足 leave one end open)."""
    interval = claim.bounds()
    return interval.lo is not None and interval.hi is not None


def part_before(ctx: Context, claim: Claim) -> Claim | None:
    """The level quantity a rate or share right after it speaks of, in the same sentence."""
    best = None
    for other in ctx.sentence_claims(claim.sentence):
        if other.start >= claim.start:
            break
        if other.kind in LEVEL_KINDS and other.value is not None and bounded(other):
            best = other
    return best


#: How many statements of one metric on either side of a claim are looked at: a whole is
#: stated near its share or in a headline, and the cap keeps a long page linear.
NEARBY = 12


#: Paragraphs between a share and a whole of its own article that stand for its whole.
WHOLE_REACH = 2


def _near_enough(share: Claim, whole: Claim) -> bool:
    """A whole further off in the article must name the share's period: paragraphs apart
    may speak of different months or years."""
    if abs(share.paragraph - whole.paragraph) <= WHOLE_REACH or whole.role in ("headline", "lede"):
        return True
    period = share.scope.period_key
    return period is not None and period == whole.scope.period_key


def _yi_for_wan(share: Claim, part: Claim, whole: Claim) -> bool:
    """A "whole" below its part that 万 written for 亿 explains exactly (3964.6万元 for
    3964.6亿元): still the whole, with a slip to report."""
    if "万" not in whole.text and "萬" not in whole.text:
        return False
    ratio = part.bounds().divide(whole.bounds().scale(Decimal(10000)))
    return ratio is not None and ratio.overlaps(share.bounds())


def wholes(ctx: Context, share: Claim, part: Claim) -> Iterable[Claim]:
    """Claims that state the whole a share is of: same metric, entity and unit, larger."""
    metric = share.scope.base_metric_key
    if metric is None:
        return ()
    found = []
    for whole in ctx.quantities_near(metric, part.unit, share.start, NEARBY):
        if whole.id == part.id or whole.value is None or part.value is None:
            continue
        if whole.kind not in LEVEL_KINDS:
            continue
        if share.scope.base_subject_key and whole.scope.subject_key not in (
            None,
            share.scope.base_subject_key,
        ):
            continue
        if not same_period(whole, part) or not bounded(whole):
            continue
        if whole.scope.counterpart_key != share.scope.base_counterpart_key:
            continue
        if whole.scope.metric_modifier not in (None, share.scope.base_metric_modifier):
            continue  # 入境游客 is no whole for a share of all 游客
        if whole.section == share.section and not _near_enough(share, whole):
            continue
        if whole.value <= part.value and not _yi_for_wan(share, part, whole):
            continue  # a whole is larger than its part: this is another part, not the whole
        found.append(whole)
    # The whole is most often stated before the shares of it; a later figure of the same
    # words is more likely a narrower group (86家景区接待游客 after 全省接待游客).
    at = share.start
    found.sort(key=lambda w: (w.section != share.section, w.start > at, abs(w.start - at)))
    return found[:1]


#: Verbs that make "A，<verb> B的P%" say that A is P% of B (完成全年预算数75420万元的36.3%).
_OF_VERB = re.compile(r"完成|达到|达|相当于|占|为|是|约为|接近")


def whole_written_before(ctx: Context, share: Claim) -> tuple[Claim, Claim] | None:
    """(part, whole) of "A，完成/占/相当于 B的P%": the whole stands right before 的 and the share.

    The share speaks of the whole written just before it; the part is the nearest level of
    the same unit before that whole in the sentence, tied to it by a verb of comparison.
    """
    source = ctx.doc.source
    whole = None
    for other in ctx.sentence_claims(share.sentence):
        if other.start >= share.start:
            break
        whole = other
    if whole is None or whole.kind not in LEVEL_KINDS or whole.value is None or not bounded(whole):
        return None
    if source[whole.end : share.start].strip() != "的":
        return None
    part = None
    for other in ctx.sentence_claims(share.sentence):
        if other.start >= whole.start:
            break
        if other.kind in LEVEL_KINDS and other.unit == whole.unit and other.value is not None:
            part = other
    if part is None or not bounded(part):
        return None
    if not _OF_VERB.search(source[part.end : whole.start]):
        return None
    return part, whole


def part_after(ctx: Context, share: Claim) -> Claim | None:
    """The level a share speaks of when it follows the share ("南昌进出口占全省…的41.7%，
    进出口1610.6亿元"): the first level of the sentence after the share with the share's own
    metric and subject keys."""
    metric, subject = share.scope.metric_key, share.scope.subject_key
    if metric is None or subject is None:
        return None
    for other in ctx.sentence_claims(share.sentence):
        if other.start <= share.start or other.kind not in LEVEL_KINDS:
            continue
        if other.value is None or not bounded(other):
            continue
        if other.scope.metric_key == metric and other.scope.subject_key == subject:
            return other
        return None
    return None


#: Margins and what they are a margin of: 毛利率 = 毛利 ÷ 收入 (revenue, 收益 in Hong Kong filings).
_MARGIN = re.compile(r"(毛利润|毛利|纯利润|纯利|净利润|净利|营业利润|经营利润|利润)率$")
_REVENUE = re.compile(r"(?:营业收入|收入|收益|营收|营业额|销售额)$")


def revenue_for_margin(ctx: Context, share: Claim, part: Claim) -> Claim | None:
    """The revenue a margin (毛利率, 纯利率) divides by, when the part is the margin's profit.

    "毛利为人民币263百万元及毛利率为31.2%": the part must be the profit the margin names, and
    the revenue the nearest amount of the same unit and period before it in the article.
    """
    margin = _MARGIN.search(share.scope.metric_key or "")
    if margin is None or not (part.scope.metric_key or "").endswith(margin.group(1)):
        return None
    found = None
    for other in ctx.numeric:
        if other.start >= part.start:
            break
        if other.section != part.section or other.kind is not Kind.AMOUNT:
            continue
        key = other.scope.metric_key or ""
        if other.unit != part.unit or "利" in key or not _REVENUE.search(key):
            continue
        if other.value is None or not bounded(other) or not same_period(other, part):
            continue
        stated = other.scope.period_key is not None and part.scope.period_key is not None
        if other.paragraph == part.paragraph or stated:
            found = other  # elsewhere in the article only when both name the same period
    return found


#: A share that names no whole right after 占 (其中脱贫人口32.5万人，占14.9%).
_BARE_SHARE = re.compile(r"占(?:比)?(?:为|达)?$")


def qizhong_whole(ctx: Context, share: Claim, part: Claim) -> tuple[Claim, ...]:
    """The whole of "总数X，其中Y，占P%": a share that names no whole is a share of the total
    its 其中 breaks down, the nearest level of the part's unit before 其中 in the sentence."""
    if share.scope.base is not None:
        return ()
    source = ctx.doc.source
    if not _BARE_SHARE.search(source[max(0, share.start - 4) : share.start]):
        return ()
    qizhong = source.rfind("其中", ctx.doc.sentences[share.sentence].start, part.start)
    if qizhong < 0:
        return ()
    found = [
        c
        for c in ctx.sentence_claims(share.sentence)
        if c.start < qizhong
        and c.unit == part.unit
        and c.kind in LEVEL_KINDS
        and bounded(c)
        and c.value is not None
        and part.value is not None
        and c.value > part.value
        and (c.scope.counted is None or c.scope.counted == part.scope.counted)
    ]
    return (found[-1],) if found else ()
