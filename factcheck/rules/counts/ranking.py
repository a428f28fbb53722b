"""Where the copy says values are ranked, and which values it ranks.

An order is checked only where the words of the copy state it, never because listed values
happen to descend (partners named with their trade values are often, but not always, in
rank order, and nothing in "分别进出口…" says so). The structures read here:

- a run after 依次为 when the sentence ranks (分列/位列/排名/名列/居 + 第/前); when the ranking
  starts at 第二 the first place stated just before with a superlative (最长, 最高…) leads it;
- a run after 分别 when the sentence ranks a top-N (位居前三的城市是…, 名列前四) and the
  values are of the ranked metric (or name no metric of their own: 分别获得93枚…);
- values each stated with their own rank in one ranking (甲省以52枚金牌位列奖牌榜第二, 乙省以
  46枚金牌位居奖牌榜第三);
- a leader (欧盟为该省第一大贸易伙伴) that is an item of a 分别 list of levels: its value is
  the largest of the list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claims.model import Claim, Kind, Qualifier
from factcheck.context import Context
from factcheck.rules.counts import wording

#: Words that say the values that follow are in rank order.
RANKING = re.compile(r"(?:分列|位列|排名|排在|名列|位居|居)(?:第|前)")
IN_ORDER = re.compile(r"依次为|依次是")
#: Rankings from the bottom, or by the smallest value: their order runs the other way.
REVERSED = re.compile(r"倒数|末位|最低|最少|最小|最慢|最短|后[一二三四五六七八九十\d]")
#: A ranking that starts at its second place (分列第二到五位).
FROM_SECOND = re.compile(r"(?:分列|位列|排名|名列|居)第(?:二|2)")
#: Words that name the first place of a ranking.
SUPERLATIVE = re.compile(r"最长|最高|最大|最多|最快|居首|首位|第一")
#: Verbs that introduce a top-N whose items are then given their values.
TOP_VERBS = ("排名", "名列", "位列", "位居", "居", "排在")
#: Words after 分别 that name no metric of their own: the values are of the ranked metric.
BARE_VERB = re.compile(r"^(?:为|是|达|达到|获得|取得|完成|实现|有|拥有)?$")
#: A value then its own rank in one clause (52枚金牌数量位列奖牌榜第二).
OWN_RANK = re.compile(
    r"^([^，,。；;：:、\d]{0,8}?)(位列|位居|排名|名列|排在|居|列)([^，,。；;：:、\d]{0,6})$"
)
#: Words between a value and a rank that make the rank one of another measure (增速居第二).
OTHER_MEASURE = re.compile(r"增|降|速|率|比|占")
#: A leader of a list: "欧盟为该省第一大贸易伙伴".
LEADER = re.compile(
    r"^(?:其中|而|且|同时)?([^，,。；;：:、\d]{2,12}?)(?:为|是|成为|保持|稳居|继续为)"
)
LEVELS = (Kind.AMOUNT, Kind.COUNT)
_RUN_JOINER = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")


@dataclass(frozen=True)
class Ranking:
    """Values the copy ranks, highest first, and the words that say so."""

    values: tuple[Claim, ...]
    words: str
    explicit: bool  # the copy orders the whole run (依次, 前N…分别), not value by value


@dataclass(frozen=True)
class Leader:
    """An item the copy calls the first of a list, with its value and the list's other values."""

    value: Claim
    others: tuple[Claim, ...]
    rank: Claim
    name: str


def rankings(ctx: Context, index: int) -> Iterator[Ranking]:
    """Every ranked run of the sentence ``index``."""
    yield from _in_order(ctx, index)
    yield from _top_n(ctx, index)
    yield from _own_ranks(ctx, index)


def _in_order(ctx: Context, index: int) -> Iterator[Ranking]:
    claims = ctx.sentence_claims(index)
    text = ctx.doc.sentences[index].text
    marker = IN_ORDER.search(text)
    if marker is None:
        return
    words = RANKING.search(text, 0, marker.start())
    if words is None or REVERSED.search(text, 0, marker.end()):
        return
    run = run_after(ctx, claims, marker.end())
    if not run:
        return
    label = f"{words.group(0)}…{marker.group(0)}"
    if FROM_SECOND.search(text, 0, marker.start()):
        first = first_place(ctx, run[0])
        if first is not None:
            yield Ranking((first, *run), f"the first place, then {label}", True)
            return
    if len(run) >= 2:
        yield Ranking(tuple(run), label, True)


def first_place(ctx: Context, second: Claim) -> Claim | None:
    """The value a ranking from 第二 leaves before it: the last earlier value of the paragraph
    in the same kind and unit, stated with a superlative (…收看时间最长，占比为21.5%)."""
    earlier = [
        c
        for c in ctx.paragraph_claims(second.paragraph)
        if c.start < second.start and c.unit == second.unit and c.kind is second.kind
    ]
    if not earlier:
        return None
    last = earlier[-1]
    if last.sentence == second.sentence:
        return None
    sentence = wording.sentence_of(ctx, last)
    start, _ = wording.clean_span(ctx, last)
    return last if SUPERLATIVE.search(sentence.text[:start]) else None


def _top_n(ctx: Context, index: int) -> Iterator[Ranking]:
    claims = ctx.sentence_claims(index)
    text = ctx.doc.sentences[index].text
    for top in claims:
        if top.kind is not Kind.RANK or not top.text.startswith("前"):
            continue
        before = wording.clause_before(ctx, top)
        if not before.endswith(TOP_VERBS) or REVERSED.search(before):
            continue
        respectively = text.find("分别", wording.clean_span(ctx, top)[1])
        if respectively < 0:
            continue
        run = run_after(ctx, claims, respectively + 2)
        if len(run) < 2 or any(v.kind not in LEVELS for v in run):
            continue
        if top.value is not None and len(run) > top.value:
            continue
        lead = text[respectively + 2 : wording.clean_span(ctx, run[0])[0]]
        same_metric = all(v.scope.metric_key == top.scope.metric_key for v in run)
        if (same_metric and top.scope.metric_key) or BARE_VERB.match(lead):
            yield Ranking(tuple(run), f"{before[-2:]}{top.text}…分别", True)


def _own_ranks(ctx: Context, index: int) -> Iterator[Ranking]:
    """Values each followed by their rank in one ranking (…位列奖牌榜第二，…位居奖牌榜第三)."""
    text = ctx.doc.sentences[index].text
    if REVERSED.search(text):
        return
    claims = ctx.sentence_claims(index)
    groups: dict[tuple[str, str], list[tuple[Claim, Claim]]] = defaultdict(list)
    for rank in claims:
        if rank.kind is not Kind.RANK or not rank.text.startswith("第") or rank.value is None:
            continue
        value = _valued_by(ctx, claims, rank)
        if value is None:
            continue
        m = OWN_RANK.match(wording.between(ctx, value, rank) or "")
        if m is None or OTHER_MEASURE.search(m.group(1)):
            continue
        groups[(value.unit, m.group(3))].append((rank, value))
    for (_, population), pairs in groups.items():
        ranks = [r.value for r, _ in pairs]
        if len(pairs) < 2 or len(set(ranks)) < len(ranks):
            continue
        ordered = sorted(pairs, key=lambda rv: rv[0].value or 0)
        words = "、".join(f"{v.text}{r.text}" for r, v in ordered)
        yield Ranking(
            tuple(v for _, v in ordered), f"ranked in {population or 'one'} ranking: {words}", False
        )


def _valued_by(ctx: Context, claims: Sequence[Claim], rank: Claim) -> Claim | None:
    """The value right before a rank in its clause, if there is one."""
    before = [c for c in claims if c.end <= rank.start and c.kind is not Kind.ENUMERATION]
    if not before or before[-1].kind is Kind.RANK:
        return None
    value = before[-1]
    gap = wording.between(ctx, value, rank)
    if gap is None or any(ch in wording.PUNCTUATION for ch in gap):
        return None
    return value if value.kind in (*LEVELS, Kind.SHARE, Kind.GROWTH) else None


def leaders(ctx: Context) -> Iterator[Leader]:
    """First places (第一大…) named by an item of a 分别 list of levels just before."""
    for rank in ctx.of_kind(Kind.RANK):
        if rank.value != 1 or not rank.text.startswith("第"):
            continue
        m = LEADER.match(wording.clause_before(ctx, rank))
        if m is None:
            continue
        found = _listed_value(ctx, rank, m.group(1))
        if found is not None:
            value, others = found
            yield Leader(value, others, rank, m.group(1))


def _listed_value(ctx: Context, rank: Claim, name: str) -> tuple[Claim, tuple[Claim, ...]] | None:
    """The value the 分别 list of this or the previous sentence gives ``name``, and the rest."""
    for enum in ctx.enumerations:
        if enum.paragraph != rank.paragraph or enum.shape != "respectively":
            continue
        if not rank.sentence - 1 <= enum.sentence <= rank.sentence or enum.start > rank.start:
            continue
        matching = [i for i, item in enumerate(enum.items) if item == name or item.endswith(name)]
        if len(matching) != 1:
            continue
        members = [ctx.by_id[m] for m in enum.members if m in ctx.by_id]
        levels = [c for c in members if c.kind in LEVELS]
        if len(levels) != len(enum.items) or len({c.unit for c in levels}) != 1:
            continue
        at = matching[0]
        return levels[at], tuple(c for i, c in enumerate(levels) if i != at)
    return None


def run_after(ctx: Context, claims: Sequence[Claim], clean_start: int) -> list[Claim]:
    """The values joined by 、/和 that start within a few words of ``clean_start``."""
    return wording.value_run(
        ctx,
        claims,
        clean_start,
        lambda lead: len(lead) <= 8 and not any(ch in wording.PUNCTUATION for ch in lead),
        _RUN_JOINER,
        skip=lambda claim: claim.kind in (Kind.RANK, Kind.ENUMERATION),
    )


def below(a: Claim, b: Claim) -> bool:
    """Whether ``a`` is certainly smaller than ``b`` (rounding of both allowed)."""
    hi, lo = a.bounds().hi, b.bounds().lo
    if hi is None or lo is None:
        return False
    if hi == lo and a.qualifier is Qualifier.EXACT and b.qualifier is Qualifier.EXACT:
        return (
            True  # rounding intervals are half-open: 10 stands for [9.5, 10.5), 11 for [10.5, 11.5)
        )
    return hi < lo
