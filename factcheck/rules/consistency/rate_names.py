"""The name of the rate a percentage states, read from the words right before it.

A rate restated in another paragraph ("去年經濟成長率上修為6.37%" … "全年經濟成長率6.37％";
"支持率最高，達到91.6%" … "支持率高達91.6%") is often keyed apart by the extractor, whose
metric words stop at verbs. The copy names such a rate with a noun ending in 率; two
percentages named by the same noun, with no period word setting them apart, state one rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.model import Claim
from factcheck.context import Context

#: The noun of a rate, its own run of characters up to 率 (digits kept: 第3季 stays apart).
_RATE_NOUN = re.compile(r"([^，,。；;：:、！？!?（）()\s“”\"]{2,14}率)")
#: Between the noun and its number: verbs and adverbs only, at most one comma, no digits.
_BRIDGE = re.compile(r"^[^\d，,。；;：:、]{0,6}(?:[，,][^\d，,。；;：:、]{0,4})?$")
#: Period words that may open a rate's noun; 全年 sets no period of its own.
_PERIODS = re.compile(r"^(去年|今年|全年|本年|当年|上年|明年)")
NEUTRAL_PERIODS = frozenset({"", "全年"})
#: Characters read before a percentage to find its noun.
WINDOW = 24


@dataclass(frozen=True)
class RateName:
    """The noun of a rate (经济成长率) and the period word that opens it (去年, or "")."""

    noun: str
    period: str

    def same_rate(self, other: RateName) -> bool:
        periods = {self.period, other.period}
        return self.noun == other.noun and (len(periods) == 1 or bool(periods & NEUTRAL_PERIODS))


def rate_name(ctx: Context, claim: Claim) -> RateName | None:
    """The rate noun right before ``claim`` in its sentence, if its words name one."""
    sentence = ctx.doc.sentences[claim.sentence]
    before = ctx.doc.source[max(sentence.start, claim.start - WINDOW) : claim.start]
    before = before.replace("\n", "")
    found = None
    for m in _RATE_NOUN.finditer(before):
        found = m
    if found is None or not _BRIDGE.match(before[found.end() :]):
        return None
    words = found.group(1)
    period = _PERIODS.match(words)
    noun = words[period.end() :] if period else words
    if len(noun) < 3:
        return None
    return RateName(noun=noun, period=period.group(1) if period else "")
