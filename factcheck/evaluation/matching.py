"""Which checks of a report speak of which hand-checked relation.

A relation quotes its numbers verbatim. Each quote is located in the passage (every
occurrence; an occurrence of a quote that starts or ends with a digit must not continue a
longer number, so ``4`` is not found inside ``1364``). A check (Verified or Finding)
*matches* a relation when the spans of its claims overlap occurrences of at least two of the
relation's distinct located quotes, or of its only one when it quotes a single number.
A count relation that quotes only its stated count also matches a check that touches the
region where its items are listed (the smallest window holding one occurrence of each item).

The rule is deliberately lenient about *which* claim overlaps *which* quote (one claim may
overlap two overlapping quotes); it is strict about place, so a check elsewhere in the
passage never matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict

from factcheck.evaluation.corpus import Relation
from factcheck.finding import Check, ClaimRef

Span = tuple[int, int]

_DIGITS = frozenset("0123456789０１２３４５６７８９")
_ZH_DIGITS = frozenset("〇○零一二三四五六七八九十百千两兩")
_JOINERS = frozenset(".,．，")


class RelationSites(BaseModel):
    """Where a relation's quotes (and, for a count, its items) stand in the passage."""

    model_config = ConfigDict(frozen=True)

    relation: Relation
    quotes: tuple[tuple[str, tuple[Span, ...]], ...]
    items_region: Span | None = None

    @property
    def located(self) -> tuple[str, ...]:
        return tuple(q for q, spans in self.quotes if spans)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(q for q, spans in self.quotes if not spans)

    @property
    def required(self) -> int:
        return min(2, len(self.located))


def _continues_number(text: str, at: int, step: int) -> bool:
    """Whether the character at ``at`` (looking outward by ``step``) extends a number."""
    if not 0 <= at < len(text):
        return False
    ch = text[at]
    if ch in _DIGITS:
        return True
    if ch in _JOINERS:
        beyond = at + step
        return 0 <= beyond < len(text) and text[beyond] in _DIGITS
    return False


def find_occurrences(text: str, quote: str) -> tuple[Span, ...]:
    """Every occurrence of ``quote`` in ``text`` that is not part of a longer number."""
    if not quote:
        return ()
    found: list[Span] = []
    start = text.find(quote)
    while start != -1:
        end = start + len(quote)
        left_ok = not (
            (quote[0] in _DIGITS and _continues_number(text, start - 1, -1))
            or (quote[0] in _ZH_DIGITS and start > 0 and text[start - 1] in _ZH_DIGITS)
        )
        right_ok = not (
            (quote[-1] in _DIGITS and _continues_number(text, end, 1))
            or (quote[-1] in _ZH_DIGITS and end < len(text) and text[end] in _ZH_DIGITS)
        )
        if left_ok and right_ok:
            found.append((start, end))
        start = text.find(quote, start + 1)
    return tuple(found)


def items_region(text: str, items: Sequence[str]) -> Span | None:
    """The smallest window of ``text`` holding one occurrence of every item found in it."""
    marks = sorted(
        (start, start + len(item), i)
        for i, item in enumerate(items)
        for start in _all_starts(text, item)
    )
    wanted = {i for _, _, i in marks}
    if not wanted:
        return None
    best: Span | None = None
    counts: dict[int, int] = {}
    left = 0
    for right, (_, _, item) in enumerate(marks):
        counts[item] = counts.get(item, 0) + 1
        while len(counts) == len(wanted):
            window = (marks[left][0], max(end for _, end, _ in marks[left : right + 1]))
            if best is None or window[1] - window[0] < best[1] - best[0]:
                best = window
            first = marks[left][2]
            counts[first] -= 1
            if not counts[first]:
                del counts[first]
            left += 1
    return best


def _all_starts(text: str, needle: str) -> Iterable[int]:
    if not needle:
        return
    start = text.find(needle)
    while start != -1:
        yield start
        start = text.find(needle, start + 1)


def locate(text: str, relation: Relation) -> RelationSites:
    quotes = tuple((q, find_occurrences(text, q)) for q in relation.quotes)
    region = items_region(text, relation.items) if relation.kind == "count" else None
    return RelationSites(relation=relation, quotes=quotes, items_region=region)


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def claim_span(claim: ClaimRef) -> Span:
    return (claim.start, max(claim.end, claim.start + 1))


def quote_hits(check: Check, sites: RelationSites) -> frozenset[str]:
    """The relation's quotes that some claim of ``check`` overlaps."""
    spans = [claim_span(c) for c in check.claims]
    return frozenset(
        quote
        for quote, occurrences in sites.quotes
        if any(overlaps(s, o) for s in spans for o in occurrences)
    )


def match_strength(check: Check, sites: RelationSites) -> int:
    """How strongly ``check`` matches the relation: 0 for no match, else quotes overlapped."""
    hits = len(quote_hits(check, sites))
    required = sites.required
    if required and hits >= required:
        return hits
    single_count = sites.relation.kind == "count" and len(sites.located) <= 1
    region = sites.items_region
    if (
        single_count
        and region is not None
        and any(overlaps(claim_span(c), region) for c in check.claims)
    ):
        return max(hits, 1)
    return 0


def matches(check: Check, sites: RelationSites) -> bool:
    return match_strength(check, sites) > 0
