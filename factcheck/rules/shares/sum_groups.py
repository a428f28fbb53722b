"""Where a text states a total and the parts that make it up.

Each finder reads one structure and yields :class:`SumGroup` candidates; the rule judges
them. How sure a structure is decides what a mismatch means (:class:`Mode`):

- ``STRONG``: the words say the parts make the total (共计/合计/总计 after a list, a medal
  tally, a 其中 list that names every part of a known partition). Any mismatch is an error.
- ``WITHIN``: a 其中 list of some parts: they may not exceed the total; an exact sum shows
  the list is complete.
- ``TENTATIVE``: a split the structure suggests (按…分) or figures that add up exactly next to
  each other. An exact sum is a relation; a miss that one slip of one number explains is an
  error; any other miss is silence, since the figures may simply not be related.

Every finder looks at one paragraph or a few sentences at a time, so the work stays linear.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from claims.interval import Interval
from claims.model import Claim, Kind, Span
from factcheck.context import Context
from factcheck.rules.changes.frames import changes
from factcheck.rules.shares.addends import LEVEL, Addend, Texts, total_bounds


class Mode(StrEnum):
    STRONG = "strong"
    WITHIN = "within"
    TENTATIVE = "tentative"


@dataclass(frozen=True)
class SumGroup:
    total: Addend
    parts: tuple[Addend, ...]
    cue: str
    mode: Mode
    family: str = ""

    @property
    def ids(self) -> frozenset[str]:
        return frozenset([self.total.claim.id, *(p.claim.id for p in self.parts)])


#: The cue of a sum found by position alone, next to its total.
CUE_ADJACENT = "adjacent figures"
#: Most parts a coincidence may add (a breakdown by eight categories is about the most).
MAX_PARTS = 8
#: Sentences that may separate two neighbours of one sum found by coincidence.
MAX_GAP = 2
#: Widest rounding tolerance, relative to the total, at which an exact match still tells.
MAX_RELATIVE_TOLERANCE = Decimal("0.01")
#: Earlier figures tried as the total a 按…分 split divides.
MAX_SPLIT_TOTALS = 6

_KEYWORD_TOTAL = re.compile(
    r"(?:共计|合计|总计|总共|一共|共有|共(?=[0-9一二三四五六七八九十两]|获得|获|颁发|发送|接待|完成|实现|有))"
    r"[^，,。；;]{0,6}$"
)
_QIZHONG = re.compile(r"其中[：:，,]?")
_SPLIT = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.])?\s*"
    r"(?:按|分|从)(?![^，,。；;:：]{0,12}?(?:主要|重点))[^，,。；;:：]{1,12}?(?:分|看|来看|情况)"
)
_NESTED = re.compile(r"^(?:在)?[^，,。；;:：\d]{1,10}中(?![国央部西小学心药])")
_MEDALS = re.compile(
    r"(?:(\d+)金)?(?:(\d+)银)?(?:(\d+)铜)"
    r"(?:[，,]?(?:共|总计|合计|共计))?"
)


def by_key(addends: Sequence[Addend]) -> dict[tuple[int, str, str], list[Addend]]:
    series: dict[tuple[int, str, str], list[Addend]] = defaultdict(list)
    for a in addends:
        series[(a.claim.section, a.role, a.unit)].append(a)
    return series


def blocks(series: Sequence[Addend], ctx: Context) -> Iterator[list[Addend]]:
    """Runs of a series within one paragraph (or a list of one-line paragraphs), with
    neighbours at most MAX_GAP sentences apart."""
    block: list[Addend] = []
    for a in series:
        if block and not _joined(ctx, block[-1].claim, a.claim):
            yield block
            block = []
        block.append(a)
    if block:
        yield block


def _joined(ctx: Context, a: Claim, b: Claim) -> bool:
    if b.sentence - a.sentence > MAX_GAP:
        return False
    if a.paragraph == b.paragraph:
        return True
    paragraphs = ctx.doc.paragraphs
    return all(len(paragraphs[i].sentences) == 1 for i in range(a.paragraph, b.paragraph + 1))


def telling(total: Addend, parts: Sequence[Addend], strict: bool) -> bool:
    """Safeguards against coincidence: precise, exact, like-signed figures."""
    return (
        _telling_total(total)
        and all(_telling_part(total, p, strict) for p in parts)
        and _telling_sum(total, parts)
    )


def _telling_total(total: Addend) -> bool:
    """What ``total`` must be, whatever its parts: exact, with three digits or more."""
    return total.exact and total.digits >= 3


def _telling_part(total: Addend, part: Addend, strict: bool) -> bool:
    """What ``part`` must be, whatever the other parts, to add to ``total`` tellingly."""
    return (
        part.exact
        and part.digits >= (3 if strict else 2)
        and (total.role != LEVEL or part.signed() > 0)
        and part.claim.value != total.claim.value
    )


def _telling_sum(total: Addend, parts: Sequence[Addend]) -> bool:
    """The rounding of all the figures together is small beside the total and every part."""
    computed = total_bounds(parts)
    width = _width(computed) + _width(total.bounds())
    scale = max(abs(total.signed()), abs(computed.midpoint() or Decimal(0)))
    if any(abs(p.signed()) <= width for p in parts):
        return False  # a part lost in the rounding of the others adds nothing a sum shows
    return width <= scale * MAX_RELATIVE_TOLERANCE


def across_paragraphs(addends: Sequence[Addend], ctx: Context) -> Iterator[SumGroup]:
    """A paragraph's last figure as the total of the figures that open the next one
    ("全县地区生产总值达612.4亿元。" / "一、…第一产业增加值52.38亿元…")."""
    for series in by_key(addends).values():
        paragraphs: dict[int, list[Addend]] = defaultdict(list)
        for a in series:
            paragraphs[a.claim.paragraph].append(a)
        for index, members in paragraphs.items():
            following = paragraphs.get(index + 1)
            if not following:
                continue
            total = members[-1]
            for k in range(2, min(MAX_PARTS, len(following)) + 1):
                run = following[:k]
                if telling(total, run, strict=True):
                    yield SumGroup(
                        total, tuple(run), "figures opening the next paragraph", Mode.TENTATIVE
                    )


def _reach(block: Sequence[Addend], i: int, step: int, total: Addend) -> int:
    """How many figures from position ``i`` on, ``step`` apart (negative: backwards), could
    each be a part of ``total``: no run of parts reaches further."""
    n, j = 0, i + step
    while n < MAX_PARTS and 0 <= j < len(block) and _telling_part(total, block[j], True):
        n, j = n + 1, j + step
    return n


def _width(interval: Interval) -> Decimal:
    if interval.lo is None or interval.hi is None:
        return Decimal("Infinity")
    return interval.hi - interval.lo


def coincidences(addends: Sequence[Addend], ctx: Context) -> Iterator[SumGroup]:
    """A total next to a run of 2–8 figures of its unit and role (before or after it).

    A run's parts may exceed the total as written: a total with a dropped digit must still
    be found, so that the slip can be named.
    """
    levels = _span_levels(ctx)
    for series in by_key(addends).values():
        for block in blocks(series, ctx):
            for i, total in enumerate(block):
                if not _telling_total(total) or total.claim.id in levels:
                    continue
                # Runs of k figures right after or right before the total: contiguous, or
                # every other figure, where two breakdowns are interleaved (教职工 X，专任教师
                # Y; …). A run is tried only as far as each of its figures could be a part.
                reach = {step: _reach(block, i, step, total) for step in (1, -1, 2, -2)}
                for k in range(2, MAX_PARTS + 1):
                    for stride in (1, 2):
                        if reach[stride] >= k:
                            run = block[i + stride : i + stride * k + 1 : stride]
                            if _telling_sum(total, run) and not _any_of(run, levels):
                                yield SumGroup(total, tuple(run), CUE_ADJACENT, Mode.TENTATIVE)
                        if reach[-stride] >= k:
                            run = block[i - stride * k : i : stride]
                            if _telling_sum(total, run) and not _any_of(run, levels):
                                yield SumGroup(total, tuple(run), CUE_ADJACENT, Mode.TENTATIVE)


def _any_of(run: Sequence[Addend], ids: set[str]) -> bool:
    return any(a.claim.id in ids for a in run)


def _span_levels(ctx: Context) -> set[str]:
    """Both ends of every from → to change (由212公里增加到386公里): two levels of one
    quantity at two times, never parts of a sum with the figures beside them."""
    return {
        claim.id
        for change in changes(ctx)
        if change.shape == "span"
        for claim in (change.current, change.other)
    }


def keyword_totals(addends: Sequence[Addend], texts: Texts) -> Iterator[SumGroup]:
    """共计/合计/总计 N after a list of figures of its unit in the same sentence."""
    by_sentence: dict[int, list[Addend]] = defaultdict(list)
    for a in addends:
        by_sentence[a.claim.sentence].append(a)
    for members in by_sentence.values():
        for i, total in enumerate(members):
            if not _KEYWORD_TOTAL.search(texts.before(total.claim, 10)):
                continue
            parts: list[Addend] = []
            for a in reversed(members[:i]):
                if a.key != total.key:
                    break
                parts.insert(0, a)
            if len(parts) >= 2:
                yield SumGroup(total, tuple(parts), "a total stated after its parts", Mode.STRONG)


def qizhong_lists(addends: Sequence[Addend], texts: Texts, ctx: Context) -> Iterator[SumGroup]:
    """其中 (of which) after a total: the figures listed until the sentence ends with 。."""
    by_sentence: dict[int, list[Addend]] = defaultdict(list)
    for a in addends:
        by_sentence[a.claim.sentence].append(a)
    for index, text in enumerate(texts.sentences):
        marks = list(_QIZHONG.finditer(text))
        for n, m in enumerate(marks):
            stop = marks[n + 1].start() if n + 1 < len(marks) else len(text)
            listed = _list_sentences(ctx, texts, index) if stop == len(text) else [index]
            yield from _qizhong_groups(
                by_sentence, texts, index, (m.start(), m.end(), stop), listed
            )


def _list_sentences(ctx: Context, texts: Texts, first: int) -> list[int]:
    """The sentences of a list starting in ``first``: up to one ending with 。 or the paragraph."""
    paragraph = ctx.doc.sentences[first].paragraph
    out = []
    for index in range(first, len(texts.sentences)):
        if ctx.doc.sentences[index].paragraph != paragraph:
            break
        if index > first and _NESTED.match(texts.sentences[index]):
            break  # "谷物中冬小麦…": a breakdown of a part, not a further part
        out.append(index)
        if texts.sentences[index].rstrip().endswith(("。", "!", "？", "?")):
            break
    return out


def _qizhong_groups(
    by_sentence: dict[int, list[Addend]],
    texts: Texts,
    index: int,
    mark: tuple[int, int, int],
    listed: list[int],
) -> Iterator[SumGroup]:
    """Groups of one 其中: ``mark`` is (where it starts, where its list starts, where it stops)."""
    start, at, stop = mark
    first = [a for a in by_sentence.get(index, []) if at <= texts.offset(a.claim) < stop]
    before = [a for a in by_sentence.get(index, []) if texts.offset(a.claim) < start]
    opens = not before and index > 0 and start <= 2
    if opens:
        before = by_sentence.get(index - 1, [])
    if not first or not before:
        return
    rows_of = [first] + [by_sentence.get(s, []) for s in listed[1:]]
    keys = [first[0].key]
    if len(rows_of) >= 2:
        # A list of parallel rows (收入 X，增加 Y；…) breaks down every kind it repeats.
        parallel = {
            a.key for a in first if all(sum(b.key == a.key for b in r) == 1 for r in rows_of)
        }
        keys += sorted(parallel - {first[0].key})
    for key in keys:
        heads = [a for a in before if a.key == key]
        if not heads:
            continue
        rows = [_leading(first, key) if key == keys[0] else [a for a in first if a.key == key]]
        rows += [[a for a in r if a.key == key] for r in rows_of[1:]]
        rows = [r for r in rows if r]
        width = len(rows[0])
        family = f"qizhong:{index}:{start}:{key}"
        if len(rows) > 1 and all(len(r) == width for r in rows) and len(heads) == width:
            for j in range(width):
                yield SumGroup(heads[j], tuple(r[j] for r in rows), "其中 breakdown", Mode.WITHIN)
            continue
        parts = tuple(rows[0]) if len(rows) == 1 else tuple(r[0] for r in rows)
        # Which figure before the 其中 is the total is not always clear (招生 380人，在校生
        # 1975人。其中…在校生1893人): the parts may exceed none of them, and an exact sum
        # or a slip may single one out.
        primary = max(heads, key=lambda h: h.signed())
        yield SumGroup(primary, parts, "其中 breakdown", Mode.WITHIN, family)
        for head in heads:
            if head is not primary:
                yield SumGroup(head, parts, "其中 breakdown", Mode.TENTATIVE, family)


def _leading(row: list[Addend], key: tuple[str, str]) -> list[Addend]:
    """The figures of ``key`` that open a row, up to the first figure of another kind."""
    out = []
    for a in row:
        if a.key != key:
            break
        out.append(a)
    return out


def splits(addends: Sequence[Addend], texts: Texts, ctx: Context) -> Iterator[SumGroup]:
    """按…分 / 分…看: the figures of the paragraph divide an earlier total of their unit."""
    leads: dict[tuple[int, str, str], list[Addend]] = defaultdict(list)
    seen: set[tuple[int, tuple[str, str]]] = set()
    for a in addends:
        if (a.claim.sentence, a.key) not in seen:
            seen.add((a.claim.sentence, a.key))
            leads[(a.claim.section, a.role, a.unit)].append(a)
    for index, text in enumerate(texts.sentences):
        if not _SPLIT.match(text):
            continue
        paragraph = ctx.doc.sentences[index].paragraph
        for series in leads.values():
            parts = [
                a for a in series if a.claim.sentence >= index and a.claim.paragraph == paragraph
            ]
            earlier = [a for a in series if a.claim.sentence < index]
            if len(parts) < 2 or not earlier:
                continue
            family = f"split:{index}:{parts[0].key}"
            for total in reversed(earlier[-MAX_SPLIT_TOTALS:]):
                yield SumGroup(total, tuple(parts), "按…分 split", Mode.TENTATIVE, family)


def medal_tallies(ctx: Context, texts: Texts) -> Iterator[SumGroup]:
    """ "96金60银51铜，总计207枚": the medals of a tally add up to the stated total."""
    counts = [c for c in ctx.numeric if c.kind is Kind.COUNT and c.unit == "count:枚"]
    for claim in counts:
        if claim.role not in ("body", "lede"):
            continue
        text = texts.sentence(claim.sentence)
        at = texts.offset(claim)
        window = text[max(0, at - 24) : at]
        for m in _MEDALS.finditer(window):
            if m.end() != len(window) or sum(1 for g in m.groups() if g) < 2:
                continue
            parts = tuple(
                _medal(ctx, claim, texts, m.start(i) + at - len(window), m.group(i), i)
                for i in (1, 2, 3)
                if m.group(i)
            )
            total = Addend(claim, LEVEL, 1)
            yield SumGroup(total, parts, "a medal tally", Mode.STRONG)


def _medal(ctx: Context, total: Claim, texts: Texts, clean_at: int, digits: str, i: int) -> Addend:
    """A claim for one figure of a tally, which extraction leaves unread (13金 has no unit)."""
    sentence = ctx.doc.sentences[total.sentence]
    start, end = sentence.source_span(clean_at, clean_at + len(digits) + 1)
    line, column = ctx.doc.position(start)
    name = "金银铜"[i - 1]
    claim = total.model_copy(
        update={
            "id": f"{total.id}{name}",
            "text": ctx.doc.source[start:end],
            "span": Span(start=start, end=end, line=line, column=column),
            "value": Decimal(digits),
            "precision": Decimal("0.5"),
            "scope": total.scope.model_copy(
                update={"metric": name + "牌", "metric_key": name + "牌"}
            ),
        }
    )
    return Addend(claim, LEVEL, 1)


def partition_complete(ctx: Context, group: SumGroup) -> bool:
    """Whether the parts name every part of a known partition of the total (出口 + 进口)."""
    whole = group.total.claim.scope.metric_key
    keys = {p.claim.scope.metric_key for p in group.parts}
    return any(
        p.whole == whole and set(p.parts) == keys and len(keys) == len(group.parts)
        for p in ctx.lexicon.partitions
    )
