"""## What it checks
A stated count against the items the copy lists for it:
- a count and the list that names its members, in the same or the next paragraph
  ("湖南省7个产业集群入选…本次入选集群分别是A、B、…和G"), linked by the counted noun;
- a count followed by a colon and numbered points ("提出3点合作构想：一是…二是…三是…");
- a top-N rank with its list ("中国香港、美国、马来西亚贸易额居前三"; "排名前三的市州为长沙、
  衡阳、岳阳");
- a list standing right before its count ("长沙、怀化、…、株洲12个市州").

## Why it matters
When a list is edited (a name dropped while cutting, a point added) the count announcing
it is easily left behind, and readers notice the missing seventh cluster before the editor.

## Example (bad)
湖南省7个产业集群入选。本次入选集群分别是常宁市铜铅锌材料、株洲市石峰区功率半导体、津江市生物酶、沅江市内河中小型船艇制造、祁阳市功能性面料和涟源市路路施工机械。

## Use instead
湖南省7个产业集群入选。本次入选集群分别是长沙市岳麓区检验检测仪器设备、常宁市铜铅锌材料、株洲市石峰区功率半导体、津江市生物酶、沅江市内河中小型船艇制造、祁阳市功能性面料和涟源市路路施工机械。

## Options
None. Counts are compared as written: an exact count must equal the number of items; an
approximate one (10余个) must contain it; a list closed by 等 may be shorter than its count.

## Known limits
A list is linked to its count only by structure: the count in the clause that introduces
the list, or the count whose clause shares the list's head noun (集群) and most words with
the list's introduction; when two counts tie, the list is left unchecked. Counts written
as 三省 or 7大类 and lists after 分别为 that the extractor does not read are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from pydantic import BaseModel

from claims.interval import Interval
from claims.model import Claim, Kind, Qualifier
from factcheck.checks import relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.counts import wording

_INTRO_TAIL = re.compile(r"(?:分别是|分别为|依次是|依次为|包括|如下|为|是)$")
_RANK_VERB = re.compile(r"(?:位居|位列|名列|排名|排在|居|列|排)$")
#: Verbs that make a list members of a top-N, not the whole of it (进入前50强).
_MEMBERSHIP = re.compile(r"进入|跻身|入围|入选|迈入|挺进")
_TRAILING = re.compile(r"合计|共计|共|分别|均|都|累计|占")
_LEADING = re.compile(r"^.*(?:对|向|与|在|有|为|是)")
_LIST_AFTER_RANK = re.compile(
    r"^(?:位|名|强|大)?的(?:[^\s，,。；;、\d]{0,6}?(?:为|是|有))?(?P<list>[^，,。；;：:\d]+)"
)
#: Classifiers of a count that can stand right after the list it counts (…株洲12个市州).
_APPOSITIVE = frozenset("个家所座类种项省市县区国支条大")


def _counts_instances(count: Claim, items: Sequence[str]) -> bool:
    """A count far above the items of a 、 list counts things of those kinds, not the kinds:
    新建、改扩建中小学和幼儿园27所 is 27 schools. A dropped or added item moves a count by one,
    so at least twice the items, plus one, is read this way."""
    return (
        count.kind is Kind.COUNT and count.value is not None and count.value >= 2 * len(items) + 1
    )


class CountItemsMismatch(Rule):
    meta = RuleMeta(
        id="FC401",
        name="count-items-mismatch",
        summary="A stated count does not match the number of items listed.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("proselint-style structural check: a count and the list it announces",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        compared: set[str] = set()
        for enum in ctx.enumerations:
            if _holds_numbers(ctx, enum):
                continue  # 反对十票、弃权十七票 is a list of votes, not of names
            if enum.shape == "listed":
                count = _count_right_after(ctx, enum) or _count_for_list(ctx, enum)
            elif enum.shape == "numbered":
                count = _count_for_points(ctx, enum)
            else:
                continue
            if count is not None:
                compared.add(count.id)
                truncated = _truncated(ctx, enum)
                if (
                    enum.shape == "listed"
                    and not truncated
                    and _counts_instances(count, enum.items)
                ):
                    continue
                yield self._compare(ctx, count, enum.items, [(enum, "items")], truncated=truncated)
        for rank in ctx.of_kind(Kind.RANK):
            items, implicit = _top_list(ctx, rank)
            if items:
                found = self._compare(ctx, rank, items, [], truncated=False)
                if (
                    implicit
                    and isinstance(found, Finding)
                    and rank.value
                    and len(items) < rank.value
                ):
                    # "英国、俄罗斯、美国名列前四": the leader may be the article's subject.
                    found = found.model_copy(update={"severity": Severity.INFO, "suggestion": None})
                yield found
        for count in ctx.of_kind(Kind.COUNT):
            if count.id in compared:
                continue
            items = _list_before(ctx, count) or _gapped_points(ctx, count)
            truncated = wording.text_before(ctx, count, 1) == "等"
            if items and (truncated or not _counts_instances(count, items)):
                yield self._compare(ctx, count, items, [], truncated=truncated)

    def _compare(
        self,
        ctx: Context,
        count: Claim,
        items: Sequence[str],
        extra: list[tuple[Claim, str]],
        *,
        truncated: bool,
    ) -> Finding | Verified:
        n = len(items)
        bounds = (
            Interval.point(count.value)
            if count.kind is Kind.RANK and count.value
            else wording.count_bounds(count)
        )
        holds = (bounds.hi is None or n <= bounds.hi) if truncated else bounds.contains(Decimal(n))
        listed = "、".join(items)
        suggestion = None
        if (
            not holds
            and count.kind is Kind.COUNT
            and count.qualifier is Qualifier.EXACT
            and count.value
        ):
            written = str(int(count.value))
            if written in count.text:
                suggestion = Suggestion(
                    claim_id=count.id,
                    replacement=count.text.replace(written, str(n), 1),
                    reason="the count of the items listed (or restore the missing item)",
                )
        told = f"{count.text} announces {_fmt(count)} item(s)"
        closing = " (the list ends with 等)" if truncated else ""
        return relation(
            self.meta,
            [(count, "count"), *extra],
            holds=holds,
            message=(
                f"{told} and {n} are listed{closing}: {listed}"
                if holds
                else f"{told} but {n} are listed{closing}: {listed}; "
                f"an item may have been dropped or added, or the count should read {n}"
            ),
            computed=f"{n} items",
            stated=count.text,
            tolerance=(
                "exact for an exact count; the written range for 余/多/约; "
                "at most for a list ending in 等"
            ),
            arithmetic=f"count({listed}) = {n} vs {count.text}",
            suggestion=suggestion,
            path=ctx.path,
        )


def _fmt(claim: Claim) -> str:
    return str(int(claim.value)) if claim.value is not None else claim.text


def _truncated(ctx: Context, enum: Claim) -> bool:
    """A list closed by 等 may name only some of what its count counts."""
    return enum.items[-1].endswith("等") or wording.text_after(ctx, enum, 1) == "等"


def _count_for_list(ctx: Context, enum: Claim) -> Claim | None:
    """The count that announces a 分别是/包括 list: in its own clause, or by its head noun."""
    intro_raw = wording.clause_before(ctx, enum)
    intro = _INTRO_TAIL.sub("", intro_raw)
    same_sentence = [
        c
        for c in ctx.sentence_claims(enum.sentence)
        if c.start < enum.start and wording.is_count(c) and c.kind is Kind.COUNT
    ]
    in_intro = [
        c
        for c in same_sentence
        if wording.between(ctx, c, enum) is not None and _no_break(ctx, c, enum)
    ]
    if in_intro:
        return in_intro[-1]
    if not intro_raw:
        return None  # a bare list (A、B增长…): nothing announces it
    if not intro:
        return same_sentence[-1] if same_sentence else None
    head = intro[-2:]
    if len(head) < 2:
        return None
    scored: list[tuple[int, Claim]] = []
    for paragraph in (enum.paragraph - 1, enum.paragraph):
        for c in ctx.paragraph_claims(paragraph):
            if c.kind is not Kind.COUNT or not wording.is_count(c) or c.start >= enum.start:
                continue
            if c.section != enum.section:
                continue
            context = _clause_after(ctx, c)
            if head not in context:
                continue
            scored.append((wording.shared_chars(intro, context), c))
    if not scored:
        return None
    scored.sort(key=lambda sc: sc[0], reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def _holds_numbers(ctx: Context, enum: Claim) -> bool:
    return any(enum.start <= c.start < enum.end for c in ctx.paragraph_claims(enum.paragraph))


def _count_right_after(ctx: Context, enum: Claim) -> Claim | None:
    """A count standing right after the list it counts (塑料制品等7大类; 原油、机电两大商品)."""
    for c in ctx.sentence_claims(enum.sentence):
        if c.start < enum.end:
            continue
        gap = wording.between(ctx, enum, c)
        if gap is None or gap not in ("", "等") or c.kind is not Kind.COUNT:
            return None
        if c.unit.removeprefix("count:") not in _APPOSITIVE or not wording.is_count(c):
            return None
        return c
    return None


def _no_break(ctx: Context, first: Claim, second: Claim) -> bool:
    gap = wording.between(ctx, first, second) or ""
    return not any(ch in "，,；;。：:" for ch in gap)


def _clause_after(ctx: Context, claim: Claim) -> str:
    words = []
    for ch in wording.text_after(ctx, claim, 30):
        if ch in "，,。；;：:":
            break
        words.append(ch)
    return "".join(words)


def _count_for_points(ctx: Context, enum: Claim) -> Claim | None:
    """The count right before a colon that introduces numbered points (3点合作构想：一是…)."""
    before = [
        c
        for c in ctx.sentence_claims(enum.sentence)
        if c.start < enum.start and c.kind is Kind.COUNT and wording.is_count(c)
    ]
    if not before:
        return None
    count = before[-1]
    gap = wording.between(ctx, count, enum)
    if gap is None:
        return None
    colon = min((i for i in (gap.find("："), gap.find(":")) if i >= 0), default=-1)
    if colon < 0 or colon > 10:
        return None
    noun = gap[:colon]
    if not noun or any(ch in wording.PUNCTUATION or ch.isdigit() for ch in noun):
        return None
    return count


_POINT = re.compile(r"(?:^|[:：;；，,。\s])([一二三四五六七八九十])是")


def _gapped_points(ctx: Context, count: Claim) -> tuple[str, ...]:
    """Numbered points after "N点…：" whose numbering skips (一是…三是): the list lost a point.

    Points numbered in order are read by the extractor as an enumeration; a gap leaves them
    unread, so the markers are taken from the paragraph here.
    """
    after = wording.text_after(ctx, count, 12)
    colon = min((i for i in (after.find("："), after.find(":")) if i >= 0), default=-1)
    if colon <= 0 or any(ch in wording.PUNCTUATION or ch.isdigit() for ch in after[:colon]):
        return ()
    paragraph = ctx.doc.paragraphs[count.paragraph]
    start = wording.clean_span(ctx, count)[1]
    text = "".join(
        ctx.doc.sentences[i].text[start if i == count.sentence else 0 :]
        for i in paragraph.sentences
        if i >= count.sentence
    )
    marks = [(m.start(1), m.group(1)) for m in _POINT.finditer(text)]
    numerals = [n for _, n in marks]
    if len(marks) < 2 or numerals[0] != "一" or len(set(numerals)) != len(numerals):
        return ()
    if "".join(numerals) == "一二三四五六七八九十"[: len(numerals)]:
        return ()  # in order: the extractor's enumeration speaks for it
    items = []
    for (position, _), nxt in zip(marks, [*marks[1:], (len(text), "")], strict=True):
        piece = text[position : nxt[0]]
        stop = re.search(r"[;；。]", piece)
        items.append(piece[: stop.start()] if stop else piece)
    return tuple(items)


def _top_list(ctx: Context, rank: Claim) -> tuple[tuple[str, ...], bool]:
    """Items of a top-N rank and whether a member may be left implicit.

    排名前三的市州为A、B、C defines the top three; in A、B、C居前四 the list stands before the
    rank and the leader may be the subject of the article, named elsewhere.
    """
    if not rank.text.startswith("前") or rank.value is None:
        return (), False
    before = wording.clause_before(ctx, rank)
    if _MEMBERSHIP.search(before):
        return (), False
    verb = _RANK_VERB.search(before)
    if verb is not None:
        items = list(wording.split_items(before[: verb.start()]))
        if items:
            items[0] = _LEADING.sub("", items[0]) or items[0]
            metric = rank.scope.metric or ""
            if metric and items[-1].endswith(metric) and len(items[-1]) > len(metric):
                items[-1] = items[-1][: -len(metric)]
            return tuple(items), True
    m = _LIST_AFTER_RANK.match(wording.text_after(ctx, rank, 60))
    if m is not None:
        items = list(wording.split_items(m.group("list")))
        if items:
            items[-1] = _TRAILING.split(items[-1], maxsplit=1)[0] or items[-1]
        return tuple(items), False
    return (), False


def _list_before(ctx: Context, count: Claim) -> tuple[str, ...]:
    """A list standing right before a small count of places or kinds: A、B、…、L12个市州."""
    if count.value is None or count.value > 100 or count.qualifier is not Qualifier.EXACT:
        return ()
    classifier = count.unit.removeprefix("count:")
    if classifier not in _APPOSITIVE or not wording.noun_after(ctx, count):
        return ()
    if any(ch in count.text for ch in "万亿千百十"):
        return ()
    before = wording.clause_before(ctx, count).removesuffix("等")
    items = wording.split_items(before)
    if len(items) < 3 or any(len(i) > 12 for i in items):
        return ()
    return items
