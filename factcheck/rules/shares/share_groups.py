"""Shares that divide one whole: the lists whose percentages may not add up past 100%.

Three structures say that shares are of one whole and do not overlap:

- a 分别 list of shares ("批发、零售、餐饮企业销售额分别占…的23.6%、64.1%和12.3%"),
- a structure ratio ("三次产业结构为11.4:46.2:42.4"), which extraction leaves unread, so the
  figures are read here,
- shares of the same named whole in one paragraph ("税收占财政总收入的比重为61.25%" …
  "非税收入占财政总收入比重为38.75%"); such shares may overlap (机电 and 高新技术 products),
  so they are weaker evidence.

Growth rates and discounts are never added: only share claims (占…的, 比重) take part.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from claims.model import Claim, Kind, Span
from factcheck.context import Context
from factcheck.rules.shares.addends import BODY_ROLES, Texts


@dataclass(frozen=True)
class ShareGroup:
    shares: tuple[Claim, ...]
    cue: str
    #: The shares are known to be a whole partition: they must add up to 100%.
    complete: bool
    #: The shares are known not to overlap: past 100% is an error even with no slip.
    disjoint: bool

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.shares)


_RESPECTIVELY = re.compile(r"分别(?:为|是|占|达|达到)?[^，,。；;]{0,16}$")
_LIST_JOIN = re.compile(r"^[、,，和及与\s]*$")
_STRUCTURE = re.compile(
    r"(?:产业)?(?:结构|构成|比例)(?:比)?(?:为|是|调整为|达到)?\s*"
    r"(\d+(?:\.\d+)?(?:\s*[:：]\s*\d+(?:\.\d+)?){2,5})"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _shares(ctx: Context) -> list[Claim]:
    return [
        c
        for c in ctx.numeric
        if c.kind is Kind.SHARE
        and c.unit == "percent"
        and c.value is not None
        and c.role in BODY_ROLES
    ]


#: Words that make the percentages of a 分别 list shares of one whole (占, 比重, 占比), and
#: words that make them one rate of several groups (报销比例, 参保率, 消费倾向).
_SHARE_WORDS = re.compile(r"占|比重|份额|构成|结构")
_RATE_WORDS = re.compile(r"率|比例|倾向")


def _shares_follow(before: str) -> bool:
    """Whether the words before a percentage open a 分别 list of shares of one whole:
    职工医保和居民医保报销比例分别为85.3%和70.2% gives two groups one rate each."""
    m = _RESPECTIVELY.search(before)
    if m is None:
        return False
    rate_named = _RATE_WORDS.search(before, 0, m.start()) is not None
    return _SHARE_WORDS.search(before) is not None or not rate_named


def respectively_lists(ctx: Context, texts: Texts) -> Iterator[ShareGroup]:
    """Runs of shares joined by 、/和 right after 分别."""
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for share in _shares(ctx):
        by_sentence[share.sentence].append(share)
    for shares in by_sentence.values():
        run: list[Claim] = []
        for share in shares:
            if run and _LIST_JOIN.match(ctx.doc.source[run[-1].end : share.start]):
                run.append(share)
                continue
            if len(run) >= 2:
                yield ShareGroup(tuple(run), "a 分别 list of shares", complete=False, disjoint=True)
            run = [share] if _shares_follow(texts.before(share, 24)) else []
        if len(run) >= 2:
            yield ShareGroup(tuple(run), "a 分别 list of shares", complete=False, disjoint=True)


def same_whole(ctx: Context) -> Iterator[ShareGroup]:
    """Shares of one named whole, in one paragraph and one period, from different sentences."""
    groups: dict[tuple[int, str, str | None, str | None], list[Claim]] = defaultdict(list)
    for share in _shares(ctx):
        base = share.scope.base_metric_key
        if base is None:
            continue
        groups[
            (share.paragraph, base, share.scope.base_subject_key, share.scope.period_key)
        ].append(share)
    for shares in groups.values():
        if len(shares) >= 2 and len({s.sentence for s in shares}) == len(shares):
            yield ShareGroup(tuple(shares), "shares of one whole", complete=False, disjoint=False)


def structure_ratios(ctx: Context, texts: Texts) -> Iterator[ShareGroup]:
    """ "三次产业结构为11.4:46.2:42.4": the terms of a structure are shares of 100.

    Read once per document: the sum and the shift rules both walk them."""
    return iter(ctx.derived("structure ratios", lambda c: tuple(_structure_ratios(c, texts))))


def _structure_ratios(ctx: Context, texts: Texts) -> Iterator[ShareGroup]:
    for index, text in enumerate(texts.sentences):
        if ":" not in text and "：" not in text:
            continue  # a structure is written with colons
        if ctx.doc.sentences[index].role.value not in BODY_ROLES:
            continue
        for m in _STRUCTURE.finditer(text):
            offset = m.start(1)
            claims = []
            for n, number in enumerate(_NUMBER.finditer(m.group(1))):
                at = offset + number.start()
                claims.append(_term(ctx, index, at, number.group(0), n))
            yield ShareGroup(tuple(claims), "a structure ratio", complete=True, disjoint=True)


def _term(ctx: Context, index: int, clean_at: int, written: str, n: int) -> Claim:
    """A share claim for one term of a ratio, which extraction does not read."""
    sentence = ctx.doc.sentences[index]
    start, end = sentence.source_span(clean_at, clean_at + len(written))
    line, column = ctx.doc.position(start)
    decimals = len(written) - written.index(".") - 1 if "." in written else 0
    return Claim(
        id=f"r{start}-{n}",
        kind=Kind.SHARE,
        text=ctx.doc.source[start:end],
        span=Span(start=start, end=end, line=line, column=column),
        value=Decimal(written) / 100,
        unit="percent",
        precision=Decimal(5) * Decimal(10) ** -(decimals + 3),
        sentence=index,
        paragraph=sentence.paragraph,
        section=sentence.section,
        role=sentence.role.value,
    )
