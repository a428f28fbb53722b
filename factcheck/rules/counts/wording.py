"""The words around a number: what it counts, and the markers that tie it to other numbers.

Count and bound rules link claims by the words of the copy (the noun a count counts, 其中,
…中, 累计, 新增, 分别, 依次), not by numeric coincidence. Claims point at source offsets;
these helpers read the *clean* sentence text around them (layout breaks removed), so a
noun cut by a column break still reads whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from claims.document import Sentence
from claims.interval import Interval
from claims.model import Claim, Qualifier
from factcheck.context import Context

_WRITTEN_INTEGER = re.compile(r"\d+(?:,\d{3})*")
#: Characters that end the run of words a number belongs to.
PUNCTUATION = frozenset('，,。；;：:！!？?、（）()“”"「」《》【】')
#: Joiners between the items of a list (the last pair is often joined by 和/及/与).
_JOINERS = re.compile(r"以及|和|及|与")
#: Words a counted noun stops at: verbs and particles that follow it in a clause.
_NOUN_STOP = re.compile(
    r"以及|和|及|与|的|中|等|入选|获|达|为|是|实现|增长|下降|同比|比上年|共|合计|分别|相继"
)
#: Prefixes of a noun that only say where it stands (全省7个… and 我省7个… count the same).
_SCOPE_PREFIX = re.compile(r"^(?:全国|全省|全市|全县|全区|我省|我市|本市|本省|全)")


#: N<classifier><noun>中, then a break or a verb of ranking or having: the N are a population.
_POPULATION = re.compile(
    r"^[^，,。；;：:、\d]{0,14}?中(?=[，,]|有|跻身|位列|位居|排名|排在|名列|居|列|获|仅|共)"
)


def sentence_of(ctx: Context, claim: Claim) -> Sentence:
    return ctx.doc.sentences[claim.sentence]


def clean_offset(sentence: Sentence, source_offset: int) -> int:
    """The clean-text offset of a source offset inside ``sentence`` (nearest piece if between)."""
    best = 0
    for clean_start, source_start, length in sentence.pieces:
        if source_offset < source_start:
            return best if best else clean_start
        if source_offset <= source_start + length:
            return clean_start + (source_offset - source_start)
        best = clean_start + length
    return len(sentence.text)


def clean_span(ctx: Context, claim: Claim) -> tuple[int, int]:
    """Where ``claim`` stands in the clean text of its sentence.

    Count and bound rules ask this of one claim many times (the words before it, after it,
    between it and the next), so each span is found once per document.
    """
    found: dict[tuple[int, int, int], tuple[int, int]] = ctx.derived("clean spans", lambda c: {})
    key = (claim.sentence, claim.start, claim.end)
    span = found.get(key)
    if span is None:
        sentence = sentence_of(ctx, claim)
        span = found[key] = clean_offset(sentence, claim.start), clean_offset(sentence, claim.end)
    return span


def text_after(ctx: Context, claim: Claim, limit: int = 40) -> str:
    """Clean text of the sentence right after ``claim``."""
    sentence = sentence_of(ctx, claim)
    _, end = clean_span(ctx, claim)
    return sentence.text[end : end + limit]


def text_before(ctx: Context, claim: Claim, limit: int = 40) -> str:
    """Clean text of the sentence right before ``claim``."""
    sentence = sentence_of(ctx, claim)
    start, _ = clean_span(ctx, claim)
    return sentence.text[max(0, start - limit) : start]


def clause_before(ctx: Context, claim: Claim) -> str:
    """The words of the clause before ``claim``, back to the last comma or semicolon."""
    before = text_before(ctx, claim, 60)
    cut = max(before.rfind(mark) for mark in "，,；;。：:")  # -1 when there is none
    return before[cut + 1 :]


def between(ctx: Context, first: Claim, second: Claim) -> str | None:
    """Clean text between two claims of one sentence (None across sentences or if unordered)."""
    if first.sentence != second.sentence:
        return None
    _, end = clean_span(ctx, first)
    start, _ = clean_span(ctx, second)
    if start < end:
        return None
    return sentence_of(ctx, first).text[end:start]


def noun_after(ctx: Context, claim: Claim) -> str:
    """The noun a count counts when it follows the count: 7个|国家级中小企业特色产业集群."""
    words = []
    for ch in text_after(ctx, claim, 24):
        if ch in PUNCTUATION or ch.isdigit() or ch.isspace():
            break
        words.append(ch)
    noun = "".join(words)
    stop = _NOUN_STOP.search(noun)
    return noun[: stop.start()] if stop else noun


def normalize_noun(noun: str) -> str:
    """A counted noun with scope prefixes and the level marker 级 taken out (国家级 = 国家)."""
    return _SCOPE_PREFIX.sub("", noun).replace("级", "")


def split_items(text: str) -> tuple[str, ...]:
    """Items of a written list: 、 separates them, 和/及/与 joins the last pair."""
    pieces = [p.strip() for p in text.split("、")]
    if len(pieces) < 2:
        return ()
    last = _JOINERS.split(pieces[-1], maxsplit=1)
    items = [*pieces[:-1], *last]
    return tuple(p.strip() for p in items if p.strip())


def comma_items(text: str) -> tuple[str, ...]:
    """Items of a list split on 、 only: the reading in which 及/和 join words inside an item."""
    pieces = [p.strip() for p in text.split("、")]
    return tuple(p for p in pieces if p) if len(pieces) >= 2 else ()


def is_count(claim: Claim) -> bool:
    """A count of things (个, 家, 所…), bounded below, as opposed to an amount or a rate."""
    return claim.unit.startswith("count:") and claim.bounds().lo is not None


def shared_chars(a: str, b: str) -> int:
    """How many distinct characters two phrases share: a coarse measure of the same topic."""
    return len(set(a) & set(b))


def count_bounds(claim: Claim) -> Interval:
    """The interval a count stands for: 64支 is exactly 64 (whole things are not rounded),
    1.5万个 and 140余家 keep the rounding and the qualifier of their writing."""
    value = claim.value
    if (
        claim.qualifier is Qualifier.EXACT
        and value is not None
        and value == value.to_integral_value()
        and _written_integer(claim.text) == value
    ):
        return Interval.point(value)
    return claim.bounds()


def _written_integer(text: str) -> Decimal | None:
    m = _WRITTEN_INTEGER.search(text)
    return Decimal(m.group(0).replace(",", "")) if m else None


def introduces_population(ctx: Context, claim: Claim) -> bool:
    """Whether ``claim`` is the N of "N支国际球队中…" or "前十大贸易伙伴中，…"."""
    return _POPULATION.match(text_after(ctx, claim, 20)) is not None


def value_run(
    ctx: Context,
    claims: Sequence[Claim],
    clean_start: int,
    lead_ok: Callable[[str], bool],
    joiner: re.Pattern[str],
    skip: Callable[[Claim], bool] = lambda claim: False,
) -> list[Claim]:
    """The values of one unit, joined by ``joiner`` words, that a list opens at
    ``clean_start`` (after 分别, 依次为…): the first must follow words ``lead_ok`` accepts."""
    run: list[Claim] = []
    for claim in claims:
        start, _ = clean_span(ctx, claim)
        if start < clean_start or skip(claim):
            continue
        if not run:
            if not lead_ok(ctx.doc.sentences[claim.sentence].text[clean_start:start]):
                return []
            run.append(claim)
            continue
        gap = between(ctx, run[-1], claim)
        if gap is None or not joiner.match(gap) or claim.unit != run[0].unit:
            break
        run.append(claim)
    return run
