"""The words around a number: what ties two statements of one quantity when the keys cannot.

Scope keys are read from words, and a short heading or a long descriptive sentence often
leaves them empty or wrong. The copy's own wording then says more: a subheading that repeats
the body's phrase with only the number changed ("增幅居经济十强省第四位"), or two statements
whose number is followed by the same noun ("72.74万亩农田"), speak of one quantity.
"""

from __future__ import annotations

import re

from claims.model import Claim
from factcheck.context import Context

#: Full-width punctuation read as its ASCII form, so a heading's "," matches the body's "，".
_FOLD = str.maketrans("，：；！？（）％　", ",:;!?()% ")
_SPACE = re.compile(r"\s+")
#: Characters of context read on each side of a number.
WINDOW = 16
#: Characters that carry meaning (punctuation and digits do not count toward a shared phrase).
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_CLAUSE_END = re.compile(r"[,.;:!?。、()\n\"“”‘’'《》「」]")
#: First characters of words that follow a number without naming what it counts: particles,
#: verbs and comparison words (72.74万亩的…, 3964.6亿元增长…, 100亿元以上…).
_NOT_A_NOUN = frozenset("的了是和与及或而在为比较占增减同下上以左至到等多余约近超共达")
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def _fold(text: str) -> str:
    return _SPACE.sub("", text.translate(_FOLD))


def _sentence_text(ctx: Context, claim: Claim) -> tuple[str, str]:
    """The folded text of the claim's sentence before and after the claim itself."""
    sentence = ctx.doc.sentences[claim.sentence]
    before = ctx.doc.source[max(sentence.start, claim.start - WINDOW) : claim.start]
    after = ctx.doc.source[claim.end : min(sentence.end, claim.end + WINDOW)]
    return _fold(before), _fold(after)


def _common_suffix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def shared_phrase(ctx: Context, a: Claim, b: Claim) -> tuple[str, str]:
    """The words both statements share right before and right after their numbers."""
    before_a, after_a = _sentence_text(ctx, a)
    before_b, after_b = _sentence_text(ctx, b)
    return _common_suffix(before_a, before_b), _common_prefix(after_a, after_b)


def phrase_weight(phrase: tuple[str, str]) -> int:
    """How many word characters (not digits or punctuation) a shared phrase has."""
    return sum(len(_WORD_CHAR.findall(part)) for part in phrase)


def noun_after(ctx: Context, claim: Claim) -> str | None:
    """The two-character noun right after a number (72.74万亩农田 → 农田), if one follows."""
    sentence = ctx.doc.sentences[claim.sentence]
    tail = _fold(ctx.doc.source[claim.end : sentence.end])
    words = _CLAUSE_END.split(tail, maxsplit=1)[0][:2]
    if len(words) < 2 or not all(_IDEOGRAPH.fullmatch(ch) for ch in words):
        return None
    return None if words[0] in _NOT_A_NOUN else words
