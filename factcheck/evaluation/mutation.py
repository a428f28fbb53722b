"""Careless edits of one quoted number, to measure whether the checker would notice.

For a relation the checker verified, one quoted number is altered the way a hurried edit
alters it: two adjacent digits swapped, a digit dropped, the decimal point shifted, 万 and
亿 confused, or the last digit changed by 3 (beyond any rounding). Each edit is
deterministic: at most one per (relation, kind of edit).

Only edits that must break the relation are made, so a miss is the checker's:

- equalities (sum, share, shares_sum, growth, pp_difference, ratio, headline, repeat): the
  *stated* figure is edited (``stated``, ``total``, ``headline``, ``first``), never an input
  (an input edited by 3 in its last digit can leave a coarsely stated result intact);
  relations with no stated string (shares_sum) edit their first share;
- count: the stated count only; rank: a value, only when the edit breaks the order;
- bounds, "other", and relations quoting an approximate figure (约, 近, 超, 多…) are left
  alone: a careless edit there may well leave the text consistent.

The number edited is the first candidate quote whose occurrence a claim of the verifying
check read, and the token inside it that such a claim overlaps (Arabic digits preferred:
the 四 of 四川 is not a number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from factcheck.evaluation.corpus import Relation
from factcheck.evaluation.matching import RelationSites, Span, claim_span, overlaps
from factcheck.finding import Check


class MutationKind(StrEnum):
    TRANSPOSE = "transpose"
    DROP_DIGIT = "drop_digit"
    DECIMAL_SHIFT = "decimal_shift"
    WAN_YI = "wan_yi"
    LAST_DIGIT = "last_digit"


EQUALITY_KINDS = frozenset(
    {"sum", "share", "shares_sum", "growth", "pp_difference", "ratio", "headline", "repeat"}
)

APPROXIMATE = re.compile(r"约|約|近|超|逾|不足|突破|左右|上下|以上|以下|余|餘|多(?!出)|强|強|许|許")

_ASCII = "0123456789"
_FULL = "０１２３４５６７８９"
_ZH = "〇一二三四五六七八九"
_ZH_VALUE = {**{c: i for i, c in enumerate(_ZH)}, "○": 0, "零": 0, "两": 2, "兩": 2}
_TOKEN = re.compile(
    r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
    r"|[〇○零一二三四五六七八九十百千两兩]+(?:[點点][〇○零一二三四五六七八九]+)?"
)
_SCALE = {"万": ("亿", Decimal(10000)), "萬": ("億", Decimal(10000))}
_SCALE.update({"亿": ("万", Decimal("0.0001")), "億": ("萬", Decimal("0.0001"))})


class Mutation(BaseModel):
    """One edit of the passage: ``text[start:end]`` becomes ``replacement``."""

    model_config = ConfigDict(frozen=True)

    relation: Relation
    kind: MutationKind
    quote: str
    start: int
    end: int
    original: str
    replacement: str
    factor: Decimal | None = None

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]

    @property
    def mutated_span(self) -> Span:
        return (self.start, self.start + len(self.replacement))


def _digit_value(ch: str) -> int | None:
    if ch in _ASCII:
        return _ASCII.index(ch)
    if ch in _FULL:
        return _FULL.index(ch)
    return _ZH_VALUE.get(ch)


def _with_value(ch: str, value: int) -> str:
    """The digit ``value`` in the script of ``ch``."""
    if ch in _ASCII:
        return _ASCII[value]
    if ch in _FULL:
        return _FULL[value]
    return _ZH[value]


def _plain(token: str) -> Decimal | None:
    """The value of an Arabic-digit token, or None for Chinese numerals."""
    table = str.maketrans(_FULL + "．", _ASCII + ".", ",，")
    try:
        return Decimal(token.translate(table))
    except InvalidOperation:
        return None


def transpose(token: str) -> str | None:
    """Swap the last pair of adjacent digits that differ (never making a leading zero)."""
    for i in range(len(token) - 2, -1, -1):
        a, b = _digit_value(token[i]), _digit_value(token[i + 1])
        if a is None or b is None or a == b or (i == 0 and b == 0):
            continue
        return token[:i] + token[i + 1] + token[i] + token[i + 2 :]
    return None


def _arabic_ungrouped(token: str) -> bool:
    return _plain(token) is not None and not any(c in ",，" for c in token)


def drop_digit(token: str) -> str | None:
    """Drop the last digit of the integer part, when it has two or more."""
    if not _arabic_ungrouped(token):
        return None
    point = next((i for i, c in enumerate(token) if c in ".．"), len(token))
    if point < 2:
        return None
    return token[: point - 1] + token[point:]


def decimal_shift(token: str) -> str | None:
    """Move the decimal point one place: left when the integer part allows, else right."""
    if not _arabic_ungrouped(token):
        return None
    point = next((i for i, c in enumerate(token) if c in ".．"), None)
    mark = token[point] if point is not None else "."
    if point is None:
        return token[:-1] + mark + token[-1] if len(token) >= 2 else None
    whole, frac = token[:point], token[point + 1 :]
    if len(whole) >= 2:
        return whole[:-1] + mark + whole[-1] + frac
    whole, frac = (whole + frac[0]).lstrip("0０") or "0", frac[1:]
    return whole + mark + frac if frac else whole


def last_digit(token: str) -> str | None:
    """Change the last digit by 3 (up when it can, else down): more than any rounding."""
    for i in range(len(token) - 1, -1, -1):
        value = _digit_value(token[i])
        if value is not None:
            new = value + 3 if value <= 6 else value - 3
            return token[:i] + _with_value(token[i], new) + token[i + 1 :]
    return None


_EDITS = {
    MutationKind.TRANSPOSE: transpose,
    MutationKind.DROP_DIGIT: drop_digit,
    MutationKind.DECIMAL_SHIFT: decimal_shift,
    MutationKind.LAST_DIGIT: last_digit,
}


def edit(kind: MutationKind, text: str, start: int, end: int) -> tuple[int, str, Decimal | None]:
    """Edit the token ``text[start:end]``: (end of replaced text, replacement, value factor).

    Returns end -1 when the edit does not apply. For 万↔亿 the replaced text runs through
    the scale character (spaces allowed before it; 万亿 becomes 亿).
    """
    token = text[start:end]
    if kind is MutationKind.WAN_YI:
        at = end
        while at < len(text) and text[at] in " \u3000":
            at += 1
        if at >= len(text) or text[at] not in _SCALE:
            return -1, "", None
        swapped, factor = _SCALE[text[at]]
        if text[at] in "万萬" and text[at + 1 : at + 2] in ("亿", "億"):
            return at + 2, text[start:at] + text[at + 1], Decimal("0.0001")
        return at + 1, text[start:at] + swapped, factor
    new = _EDITS[kind](token)
    if new is None or new == token:
        return -1, "", None
    old_value, new_value = _plain(token), _plain(new)
    ratio = new_value / old_value if old_value and new_value is not None else None
    return end, new, ratio


def tokens_in(text: str, span: Span) -> list[Span]:
    """Numeric tokens inside ``span``: the Arabic ones if any, else the Chinese numerals.

    A 百 that only opens 百分 (百分之十二) is a percent sign, not a number.
    """
    arabic: list[Span] = []
    chinese: list[Span] = []
    for match in _TOKEN.finditer(text, span[0], span[1]):
        if match.group() == "百" and text[match.end() : match.end() + 1] == "分":
            continue
        (arabic if match.group()[0] in _ASCII + _FULL else chinese).append(match.span())
    return arabic or chinese


def mutable(relation: Relation) -> bool:
    if any(APPROXIMATE.search(q) for q in relation.quotes):
        return False
    if relation.kind == "count":
        return relation.stated is not None
    return relation.kind in EQUALITY_KINDS or (relation.kind == "rank" and bool(relation.ranked))


def candidate_quotes(relation: Relation) -> tuple[str, ...]:
    """The quotes an edit may touch, in the order they are tried."""
    if relation.kind == "count":
        return (relation.stated,) if relation.stated else ()
    if relation.kind in EQUALITY_KINDS and relation.stated_quotes:
        return relation.stated_quotes
    return relation.quotes


def _breaks_rank(relation: Relation, quote: str, factor: Decimal | None) -> bool:
    if factor is None:
        return False
    values = [Decimal(str(v)) * (factor if q == quote else 1) for q, v in relation.ranked]
    if relation.order == "max_first":
        return any(v > values[0] for v in values[1:])
    if relation.order == "asc":
        return values != sorted(values)
    return values != sorted(values, reverse=True)


def plan_mutations(text: str, sites: RelationSites, verifying: Sequence[Check]) -> list[Mutation]:
    """At most one mutation per kind for the relation of ``sites``."""
    relation = sites.relation
    if not mutable(relation):
        return []
    read = [claim_span(c) for check in verifying for c in check.claims]
    occurrences = dict(sites.quotes)
    planned: list[Mutation] = []
    for kind in MutationKind:
        for quote in candidate_quotes(relation):
            mutation = _first_edit(text, relation, kind, quote, occurrences.get(quote, ()), read)
            if mutation is not None:
                planned.append(mutation)
                break
    return planned


def _first_edit(
    text: str,
    relation: Relation,
    kind: MutationKind,
    quote: str,
    occurrences: Sequence[Span],
    read: Sequence[Span],
) -> Mutation | None:
    for occurrence in occurrences:
        if not any(overlaps(occurrence, r) for r in read):
            continue
        for token in tokens_in(text, occurrence):
            if not any(overlaps(token, r) for r in read):
                continue
            end, replacement, factor = edit(kind, text, *token)
            if end < 0:
                continue
            if relation.kind == "rank" and not _breaks_rank(relation, quote, factor):
                continue
            return Mutation(
                relation=relation,
                kind=kind,
                quote=quote,
                start=token[0],
                end=end,
                original=text[token[0] : end],
                replacement=replacement,
                factor=factor,
            )
    return None
