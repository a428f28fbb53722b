"""Votes and the deputies who cast them: the tally of a ballot and the body that voted.

A ballot is reported as a tally ("赞成1,946票，反对33票，弃权12票", "反对票154张、弃权票有21张、
赞成票1,816张") and the deputies present ("现场1,991名代表", "与会一千九百九十一名代表"). Each
deputy present casts at most one vote, so the tally adds up to at most the deputies present,
and a rate of the ballot (支持率, 得票率, 反对率) is one line of the tally over the deputies
present (some outlets divide by the votes cast instead: both readings are accepted).

The words are read in Simplified script, so one set of keywords serves Traditional copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.interval import Interval
from claims.model import Claim, Kind, Qualifier
from factcheck.context import Context
from factcheck.rules.shares.addends import Texts

FOR = "赞成"
AGAINST = "反对"
ABSTAIN = "弃权"

_VOTE_UNITS = ("count:票", "count:张")
#: A vote word standing right after the number: 1,946票赞成, 154张反对票.
_AFTER = re.compile(r"^(?:票)?(赞成|反对|弃权)")
#: A vote word ending the words before the number: 赞成1,946票, 反对票154张, 赞成的有…票.
_BEFORE = re.compile(r"(赞成|反对|弃权)(?:票)?(?:的)?(?:有|为|达|是)?(?:票)?$")
#: Deputies present: 现场1,991名代表, 与会一千九百九十一名代表, 出席会议的代表2,010人.
_PRESENT_BEFORE = re.compile(r"(?:现场|与会|出席|到会|实到|参会|参加表决)[^，,；;。]{0,8}$")
_DEPUTIES_AFTER = re.compile(r"^(?:名)?(?:代表|委员|董事|股东|议员)")
_DEPUTY_UNITS = ("count:名", "count:人", "count:位")
#: A rate of the ballot and the line of the tally it is computed from.
_RATE = re.compile(r"(支持率|赞成率|得票率|赞成票率|通过率|反对率|反对票率|弃权率)")
_RATE_LINE = {
    "支持率": FOR,
    "赞成率": FOR,
    "得票率": FOR,
    "赞成票率": FOR,
    "通过率": FOR,
    "反对率": AGAINST,
    "反对票率": AGAINST,
    "弃权率": ABSTAIN,
}
_BREAK = "，,；;。：:"


@dataclass(frozen=True)
class Tally:
    """The lines of one ballot, by vote word, as written in one sentence."""

    lines: tuple[tuple[str, Claim], ...]

    def line(self, word: str) -> Claim | None:
        return next((c for w, c in self.lines if w == word), None)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for _, c in self.lines)


def _clause_before(texts: Texts, claim: Claim, width: int = 14) -> str:
    before = texts.before(claim, width)
    cut = max((i for i, ch in enumerate(before) if ch in _BREAK), default=-1)
    return before[cut + 1 :]


def _after(texts: Texts, claim: Claim, width: int = 6) -> str:
    sentence = texts.sentence(claim.sentence)
    start = texts.offset(claim) + len(claim.text)
    return sentence[start : start + width]


def vote_word(texts: Texts, claim: Claim) -> str | None:
    """赞成, 反对 or 弃权 for a number of votes, read from the words next to it."""
    if claim.kind is not Kind.COUNT or claim.unit not in _VOTE_UNITS or claim.value is None:
        return None
    after = _AFTER.match(_after(texts, claim))
    if after:
        return after.group(1)
    before = _BEFORE.search(_clause_before(texts, claim))
    return before.group(1) if before else None


def tallies(ctx: Context, texts: Texts) -> list[Tally]:
    """Every ballot of the document, sentence by sentence."""
    return [t for index in sorted(ctx.by_sentence) for t in tallies_of_sentence(ctx, texts, index)]


def tallies_of_sentence(ctx: Context, texts: Texts, index: int) -> list[Tally]:
    """Runs of a sentence naming at least two different lines of a ballot, each line once.

    A sentence may report two ballots in turn (甲报告获反对票154张、弃权票21张、赞成票1,816张，
    乙报告反对票187张…): a line named again starts the next ballot.
    """
    found = []
    run: list[tuple[str, Claim]] = []
    for claim in ctx.sentence_claims(index):
        word = vote_word(texts, claim)
        if word is None:
            continue
        if any(w == word for w, _ in run):
            if len(run) >= 2:
                found.append(Tally(tuple(run)))
            run = []
        run.append((word, claim))
    if len(run) >= 2:
        found.append(Tally(tuple(run)))
    return found


def votes_bounds(claim: Claim) -> Interval:
    """A number of votes or deputies: whole things, exact as written unless qualified."""
    value = claim.value
    if claim.qualifier is Qualifier.EXACT and value is not None and value == int(value):
        return Interval.point(value)
    return claim.bounds()


def is_present(texts: Texts, claim: Claim) -> bool:
    """Whether ``claim`` counts the deputies present at a ballot."""
    if claim.kind is not Kind.COUNT or claim.unit not in _DEPUTY_UNITS or claim.value is None:
        return False
    if not _DEPUTIES_AFTER.match(_after(texts, claim)):
        return False
    return _PRESENT_BEFORE.search(_clause_before(texts, claim, 16)) is not None


def presents(ctx: Context, texts: Texts) -> list[Claim]:
    """Every count of deputies present, in reading order."""
    return [c for c in ctx.numeric if is_present(texts, c)]


#: How many paragraphs back a count of deputies present still belongs to a ballot: a
#: report names the attendance once, near the first votes it reports.
PRESENT_REACH = 6


def present_for(found: list[Claim], claim: Claim) -> Claim | None:
    """The deputies present nearest before ``claim`` in its article, else later in its sentence."""
    before = None
    for other in found:
        if other.section != claim.section or claim.paragraph - other.paragraph > PRESENT_REACH:
            continue
        if other.start < claim.start:
            before = other
        elif before is None and other.sentence == claim.sentence:
            return other
    return before


def rate_line(texts: Texts, share: Claim) -> str | None:
    """The line of the tally a rate speaks of (支持率 → 赞成), from the words around it."""
    if share.kind is not Kind.SHARE or share.unit != "percent":
        return None
    before = texts.before(share, 16)
    cut = max((i for i, ch in enumerate(before) if ch in "；;。"), default=-1)
    found = _RATE.findall(before[cut + 1 :])
    if not found:
        found = _RATE.findall(_after(texts, share, 5)[:5])
    return _RATE_LINE[found[-1]] if found else None


def line_near(ctx: Context, texts: Texts, share: Claim, word: str) -> Claim | None:
    """The count of ``word`` votes in the rate's sentence, else in the sentence before it."""
    for index in (share.sentence, share.sentence - 1):
        if index < 0 or ctx.doc.sentences[index].section != share.section:
            continue
        lines = [c for c in ctx.sentence_claims(index) if vote_word(texts, c) == word]
        if len(lines) == 1:
            return lines[0]
        if lines:
            return None  # two ballots in one sentence: which one the rate speaks of is unsure
    return None


def tally_of(ctx: Context, texts: Texts, line: Claim) -> Tally | None:
    """The ballot a line of votes belongs to, when its sentence reports one."""
    for tally in tallies_of_sentence(ctx, texts, line.sentence):
        if line in tally.claims:
            return tally
    return None
