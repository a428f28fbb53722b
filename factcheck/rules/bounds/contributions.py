"""Contributions to a headline index, and the categories they nest in.

Price and growth releases break a movement down into contributions in percentage points:
"食品类价格上涨2.2%，拉动CPI上涨约0.61个百分点。其中，畜肉类…拉动CPI上涨约0.29个百分点
（牛肉…拉动CPI上涨约0.23个百分点）". A contribution is a percentage-point figure introduced
by 影响 or 拉动 (the index it moves is named between the verb and 上涨/下降/增长). Two
structures nest one contribution in another:

- inside the same sentence, a contribution in brackets or after 其中 right after another
  one (牛肉 within 畜肉类);
- a contribution followed by sentences that open with 其中 or "…中，" and list the
  contributions of its components (食品类 0.61, then 畜肉类, 鲜菜, 鲜果…).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from claims.model import Claim, Kind
from factcheck.context import Context
from factcheck.rules.shares.addends import Texts

_VERB = re.compile(
    r"(?:影响|拉动|带动|贡献)(?P<target>[^，,；;。]{0,16}?)"
    r"(?:上涨|上升|增长|下降|下跌|回落|降低)?约?$"
)
_BRACKET = re.compile(r"[（(]([A-Za-z]{2,6})[）)]")
_NESTED = re.compile(r"[（(]|其中")
_CLOSE = re.compile(r"[）)]")
#: A sentence that lists the components of what came before: 其中，… / ①食品中，…
_LIST_OPENING = re.compile(r"^[\s①②③④⑤⑥⑦⑧⑨⑩\d.、]*(?:其中|[^，,；;。]{1,6}中)[，,：:]?")


@dataclass(frozen=True)
class Nesting:
    """A whole contribution and the parts written inside it."""

    whole: Claim
    parts: tuple[Claim, ...]
    #: How the parts were tied to the whole, for the message.
    marker: str


def target(texts: Texts, claim: Claim) -> str | None:
    """The index a contribution moves (CPI, GDP), or None when ``claim`` is no contribution."""
    if claim.kind is not Kind.PP_DIFFERENCE or claim.value is None:
        return None
    before = texts.before(claim, 24)
    cut = max((i for i, ch in enumerate(before) if ch in "，,；;。"), default=-1)
    m = _VERB.search(before[cut + 1 :])
    if m is None:
        return None
    name = m.group("target")
    abbreviation = _BRACKET.search(name)
    return abbreviation.group(1) if abbreviation else name


def _contributions(ctx: Context, texts: Texts, index: int) -> list[tuple[Claim, str]]:
    found = []
    for claim in ctx.sentence_claims(index):
        name = target(texts, claim)
        if name is not None:
            found.append((claim, name))
    return found


def _inside(texts: Texts, whole: Claim, part: Claim) -> bool:
    """Whether ``part`` stands in brackets or after 其中 right after ``whole``."""
    sentence = texts.sentence(whole.sentence)
    gap = sentence[texts.offset(whole) + len(whole.text) : texts.offset(part)]
    opening = _NESTED.search(gap)
    return opening is not None and not _CLOSE.search(gap[opening.end() :])


def nested(ctx: Context, texts: Texts) -> Iterator[Nesting]:
    """Contributions written inside the contribution just before them, sentence by sentence."""
    for index in sorted(ctx.by_sentence):
        found = _contributions(ctx, texts, index)
        for (whole, name), (part, part_name) in itertools.pairwise(found):
            if name == part_name and _inside(texts, whole, part):
                yield Nesting(whole, (part,), "bracketed or after 其中")


def top_level(ctx: Context, texts: Texts, index: int) -> list[Claim]:
    """The contributions of a sentence that are not written inside another one."""
    found = _contributions(ctx, texts, index)
    out = []
    for i, (claim, name) in enumerate(found):
        if i and found[i - 1][1] == name and _inside(texts, found[i - 1][0], claim):
            continue
        out.append(claim)
    return out


def listed(ctx: Context, texts: Texts) -> Iterator[Nesting]:
    """A contribution and the components listed in the sentences right after it."""
    sentences = ctx.doc.sentences
    for index in sorted(ctx.by_sentence):
        found = _contributions(ctx, texts, index)
        if not found:
            continue
        whole, name = found[-1]
        start = index + 1
        if start >= len(sentences) or not _LIST_OPENING.match(texts.sentence(start)):
            continue
        if sentences[start].paragraph - sentences[index].paragraph > 1:
            continue
        parts: list[Claim] = []
        for follow in range(start, len(sentences)):
            if follow > start and sentences[follow].paragraph != sentences[start].paragraph:
                break
            run = top_level(ctx, texts, follow)
            if not run or any(target(texts, c) != name for c in run):
                break
            parts.extend(run)
        if len(parts) >= 2:
            yield Nesting(whole, tuple(parts), "listed after it")
