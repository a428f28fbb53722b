"""## What it checks
A figure in a headline, kicker, subheading or section title against the body of its own
article: the body figure of the same quantity (same kind, metric, subject, period and
counterpart, units converted) must agree with it. "超2000亿元" holds against
"2181.3亿元". A heading that repeats a body phrase with only the number in its place
("增幅居经济十强省第四位", "前十大贸易伙伴中,有8个是APEC成员国") is compared with that
body figure. A heading count
("新增7个…集群") is compared with the body's count of the clusters it lists ("7个产业集群
入选"), or, when the body states no such count, with the number of clusters listed. A
heading figure the body restates verbatim (same kind, unit and digits: "增产285.3万吨" over
"较2022年增产285.3万吨", "得票96.1%" over "百分九十六點一") agrees with it whatever the words;
a heading figure that no body figure supports, but that one typical slip turns into a body
figure of the same kind and unit, is reported as that figure mistyped.

## Why it matters
Headlines are written last and corrected least: a body figure revised after the headline
was set ("超2000亿元" over a body that now says 1981.3亿元) is the classic slip.

## Example (bad)
# 前三季度湖南对APEC其他经济体进出口超2000亿元

前三季度，湖南对APEC其他经济体进出口1981.3亿元。

## Use instead
# 前三季度湖南对APEC其他经济体进出口超2000亿元

前三季度，湖南对APEC其他经济体进出口2181.3亿元。

## Options
None. Both figures stand for the interval their writing allows (超2000亿元 is above 2000亿元,
2181.3亿元 is ±0.05亿元); they agree when the intervals meet.

## Known limits
A heading figure is compared only when the body states the same metric (or, for a figure
the heading words leave unscoped, when one typical slip explains the difference); a
headline whose quantity the body never restates is left unchecked. Scope missing from a
subheading is taken from its headline. A shared phrase ties a heading to a body figure only
with at least six word characters around the number. A headline count is compared with a
listed enumeration only when the counted noun (集群) introduces the list and the body does
not restate the count; whether a list matches its body count is FC401's concern. A heading
figure tied to the body by its digits alone is reported only as a warning, only when it is
exact and no body figure of its kind and unit meets it, and a changed digit ties only
figures of three digits or more (a heading 75% over a body 72% is left alone).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from decimal import Decimal

from pydantic import BaseModel

from claims.model import Claim, Kind, Qualifier, Scope
from claims.units import is_count_code
from factcheck.checks import fmt_interval, relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.consistency.sameness import (
    agreement,
    bounds_in,
    comparable_units,
    keys_compatible,
    same_kind,
    same_metric,
    same_rounding,
)
from factcheck.rules.consistency.wording import phrase_weight, shared_phrase
from factcheck.rules.consistency.written import real_change, target_of, written_digits
from factcheck.suggest import SLIP_ORDER, best, suggest

HEADING_ROLES = frozenset({"headline", "subheading", "kicker", "section_title"})
BODY_ROLES = frozenset({"lede", "body"})

_CLAUSE_END = re.compile(r"[，,。；;：:、！？!?\s]")


def matching_kind(heading: Claim, body: Claim) -> bool:
    """Same kind; a heading "share" without a base is a rate the body may call growth."""
    if same_kind(heading, body):
        return True
    unbased_share = heading.kind is Kind.SHARE and heading.scope.base is None
    return unbased_share and body.kind is Kind.GROWTH


def with_headline_scope(claim: Claim, headline: Sequence[Claim]) -> Claim:
    """A subheading or kicker figure with the keys its words leave out taken from the headline."""
    if claim.role == "headline" or not headline:
        return claim
    source = next((h for h in headline if h.scope.metric_key), headline[0])
    fill = {
        name: getattr(source.scope, name)
        for name in ("subject_key", "metric_key", "period_key", "counterpart_key")
        if getattr(claim.scope, name) is None
    }
    if all(getattr(claim.scope, n) is None for n in ("metric_key", "subject_key")):
        return claim.model_copy(update={"scope": Scope(**(claim.scope.model_dump() | fill))})
    return claim


def counted_words(ctx: Context, claim: Claim) -> str:
    """The words right after a count, up to the end of its clause (7个产业集群入选)."""
    sentence = ctx.doc.sentences[claim.sentence]
    tail = ctx.doc.source[claim.end : sentence.end]
    return _CLAUSE_END.split(tail, maxsplit=1)[0]


def counted_noun(ctx: Context, claim: Claim) -> str | None:
    """The noun a heading count counts: the last two characters of the words after it."""
    words = counted_words(ctx, claim)
    return words[-2:] if len(words) >= 2 else None


class HeadlineMismatch(Rule):
    meta = RuleMeta(
        id="FC301",
        name="headline-mismatch",
        summary="A figure in a headline or subheading disagrees with the body of its article.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("AP Stylebook: headlines must be supported by the story",),
    )

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        bodies: dict[int, list[Claim]] = defaultdict(list)
        headings: dict[int, list[Claim]] = defaultdict(list)
        for claim in ctx.numeric:
            if claim.role in BODY_ROLES:
                bodies[claim.section].append(claim)
            elif claim.role in HEADING_ROLES:
                headings[claim.section].append(claim)
        for section, figures in headings.items():
            headline = [h for h in figures if h.role == "headline"]
            for heading in figures:
                listed = listed_under(ctx, heading)
                announced = None if listed is None else announcing_count(ctx, heading, listed)
                if announced is not None:
                    # The body restates the count of the list: the heading is checked against
                    # that figure; whether the list has as many items is the count rule's job.
                    yield self._relation(ctx, heading, announced, holds=_meets(announced, heading))
                    continue
                scoped = with_headline_scope(heading, headline)
                found = self._against_body(ctx, heading, scoped, bodies[section])
                if found is not None:
                    yield found
                if listed is not None:
                    yield self._against_list(ctx, heading, listed)

    def _against_body(
        self, ctx: Context, heading: Claim, scoped: Claim, body: Sequence[Claim]
    ) -> Finding | Verified | None:
        candidates = [
            b
            for b in body
            if matching_kind(heading, b)
            and comparable_units(heading.unit, b.unit)
            and heading_compatible(scoped, b)
        ]
        # The body's own phrase repeated in the heading with the number in its place
        # ("增幅居经济十强省第四位"): that body figure is the heading's, whatever the values.
        echoed = [(phrase_weight(shared_phrase(ctx, heading, b)), b) for b in candidates]
        echoes = [(w, b) for w, b in echoed if w >= MIN_SHARED_PHRASE]
        if echoes:
            _, match = min(echoes, key=lambda wb: (-wb[0], wb[1].start))
            return self._relation(ctx, heading, match, holds=_meets(match, heading))
        agreeing = [
            b
            for b in candidates
            if _meets(b, heading) and (_score(scoped, b) or _same_digits(heading, b))
        ]
        if agreeing:
            match = min(agreeing, key=lambda b: (-_score(scoped, b), b.start))
            return self._relation(ctx, heading, match, holds=True)
        # The same metric, stated with a second key that agrees: the body's figure of the
        # headline's quantity, whatever the size of the difference.
        strong = [b for b in candidates if same_metric(scoped, b) and agreement(scoped, b) >= 2]
        if strong:
            match = min(strong, key=lambda b: (_slip_rank(heading, b), -_score(scoped, b), b.start))
            return self._relation(ctx, heading, match, holds=False)
        # A related metric (收入 in the headline, 旅游收入 in the body) or one key only: a
        # pair only when one typical slip turns one figure into the other.
        near = [b for b in candidates if _slip_rank(heading, b) < NO_SLIP and _score(scoped, b)]
        if near:
            match = min(near, key=lambda b: (_slip_rank(heading, b), -_score(scoped, b), b.start))
            severity = None if same_metric(scoped, match) else Severity.WARNING
            return self._relation(ctx, heading, match, holds=False, severity=severity)
        # The very figure, in the very unit, restated in the body: verified even where the
        # scope keys disagree (they are read from words, and a headline words things its own
        # way); a near-miss there is left alone, since nothing but the digits ties the two.
        verbatim = [
            b
            for b in body
            if b.unit == heading.unit
            and matching_kind(heading, b)
            and _same_digits(heading, b)
            and b.qualifier == heading.qualifier
        ]
        if verbatim:
            return self._relation(ctx, heading, verbatim[0], holds=True)
        # The verbatim tie broken by one slip: a heading figure the body supports nowhere,
        # one typical slip away from a body figure of the same kind, unit and qualifier.
        slipped = unsupported_slip(heading, body)
        if slipped is not None:
            return self._relation(ctx, heading, slipped, holds=False, severity=Severity.WARNING)
        return None

    def _relation(
        self,
        ctx: Context,
        heading: Claim,
        body: Claim,
        *,
        holds: bool,
        severity: Severity | None = None,
    ) -> Finding | Verified:
        converted = bounds_in(body, heading.unit)
        stated = heading.bounds()
        role = heading.role.replace("_", " ")
        shown = fmt_interval(converted, heading.unit) if converted else "?"
        return relation(
            self.meta,
            [(heading, heading.role), (body, "body")],
            holds=holds,
            message=(
                f"the {role} says {heading.text}, but the body says {body.text}"
                if not holds
                else f"the {role}'s {heading.text} agrees with the body's {body.text}"
            ),
            computed=shown,
            stated=fmt_interval(stated, heading.unit),
            tolerance=(
                f"the {role} figure covers {fmt_interval(stated, heading.unit)}, "
                f"the body figure {shown}; they must meet"
            ),
            arithmetic=f"{heading.text} vs {body.text}",
            suggestion=None if holds else _suggestion(heading, body),
            severity=severity,
            path=ctx.path,
        )

    def _against_list(self, ctx: Context, heading: Claim, enum: Claim) -> Finding | Verified:
        """A heading count against the items the body lists under the same noun."""
        noun = counted_noun(ctx, heading) or ""
        listed = len(enum.items)
        holds = heading.bounds().contains(Decimal(listed))
        return relation(
            self.meta,
            [(heading, heading.role), (enum, "listed items")],
            holds=holds,
            message=(
                f"the {heading.role} says {heading.text}, but the body lists {listed} {noun}"
                if not holds
                else f"the {heading.role}'s {heading.text} matches the {listed} {noun} listed"
            ),
            computed=str(listed),
            stated=heading.text,
            tolerance="exact count",
            arithmetic=f"{' + '.join('1' for _ in enum.items)} = {listed}",
            severity=Severity.WARNING,
            path=ctx.path,
        )


def listed_under(ctx: Context, heading: Claim) -> Claim | None:
    """The article's list whose introduction names the noun a heading count counts."""
    if heading.kind is not Kind.COUNT or heading.value is None:
        return None
    noun = counted_noun(ctx, heading)
    if noun is None:
        return None
    for enum in ctx.enumerations:
        if enum.section != heading.section or enum.shape != "listed" or not enum.items:
            continue
        sentence = ctx.doc.sentences[enum.sentence]
        if noun in ctx.doc.source[sentence.start : enum.start]:
            return enum
    return None


def announcing_count(ctx: Context, heading: Claim, enum: Claim) -> Claim | None:
    """The body's count of the listed things: a count before the list (in its paragraph or the
    one before, in the heading's counter) whose words name the heading's noun and share the
    most word pairs with the list's introduction (7个产业集群入选 … 本次入选集群分别是);
    None when two counts tie."""
    noun = counted_noun(ctx, heading)
    if noun is None:
        return None
    sentence = ctx.doc.sentences[enum.sentence]
    intro = _bigrams(ctx.doc.source[sentence.start : enum.start])
    scored: list[tuple[int, Claim]] = []
    for paragraph in (enum.paragraph - 1, enum.paragraph):
        for claim in ctx.paragraph_claims(paragraph):
            words = counted_words(ctx, claim)
            if (
                claim.kind is Kind.COUNT
                and claim.role in BODY_ROLES
                and claim.section == enum.section
                and claim.start < enum.start
                and claim.unit == heading.unit
                and noun in words
            ):
                scored.append((len(intro & _bigrams(words)), claim))
    scored.sort(key=lambda sc: -sc[0])
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


NO_SLIP = 99
#: Word characters a heading must share with a body sentence, around the number, to echo it.
MIN_SHARED_PHRASE = 6
#: A changed digit only ties two figures that have at least this many digits.
MIN_DIGITS_FOR_ONE_DIGIT = 3


def related_metric(a: Claim, b: Claim) -> bool:
    """One metric key names the other in fewer words (收入 and 旅游收入)."""
    ka, kb = a.scope.metric_key, b.scope.metric_key
    if ka is None or kb is None or ka == kb or min(len(ka), len(kb)) < 2:
        return False
    return ka in kb or kb in ka


def heading_compatible(heading: Claim, body: Claim) -> bool:
    """Keys compatible, allowing the headline's shorter name of the body's metric."""
    if keys_compatible(heading, body):
        return True
    if not related_metric(heading, body):
        return False
    return keys_compatible(heading.model_copy(update={"scope": _without_metric(heading)}), body)


def _without_metric(claim: Claim) -> Scope:
    return claim.scope.model_copy(update={"metric_key": None})


def _score(heading: Claim, body: Claim) -> int:
    """Keys that agree, a related metric counting as one."""
    return agreement(heading, body) + (1 if related_metric(heading, body) else 0)


def _slip_rank(heading: Claim, body: Claim) -> int:
    """How telling the slip that explains the pair is (NO_SLIP when none does)."""
    slip = _suggestion(heading, body)
    if slip is None or slip.reason not in SLIP_ORDER:
        return NO_SLIP
    if slip.reason == "one digit changed" and min(_digits(heading), _digits(body)) < (
        MIN_DIGITS_FOR_ONE_DIGIT
    ):
        return NO_SLIP
    return SLIP_ORDER.index(slip.reason)


def _digits(claim: Claim) -> int:
    return written_digits(claim)


def _meets(body: Claim, heading: Claim) -> bool:
    """The intervals meet; whole counts must share more than the half-way point (7 ≠ 8)."""
    if same_rounding(heading, body):
        return heading.value == body.value
    converted = bounds_in(body, heading.unit)
    if converted is None or not converted.overlaps(heading.bounds()):
        return False
    if not (is_count_code(heading.unit) and is_count_code(body.unit)):
        return True
    stated = heading.bounds()
    lo = max(x for x in (converted.lo, stated.lo, Decimal("-Infinity")) if x is not None)
    hi = min(x for x in (converted.hi, stated.hi, Decimal("Infinity")) if x is not None)
    exact = converted.lo == converted.hi or stated.lo == stated.hi  # a count written in full
    return lo < hi or exact


#: Digits both figures need before a slip alone ties a heading to a body figure.
MIN_DIGITS_UNSUPPORTED = 2


def _significant(claim: Claim) -> int:
    """Significant digits as written: 0.6% has one, 438.03万 five, 十年 one."""
    found = re.search(r"\d[\d,.]*", claim.text)
    if found is None:
        return written_digits(claim)
    return len(found.group(0).replace(",", "").replace(".", "").lstrip("0"))


def unsupported_slip(heading: Claim, body: Sequence[Claim]) -> Claim | None:
    """The body figure one typical slip turns the heading figure into, when no body figure
    of the heading's kind and unit supports the heading at all.

    This is the verbatim tie (the very figure restated) seen after a careless edit: the
    same safeguards (kind, unit, exact qualifier on both sides), and any body figure that
    meets the heading's interval keeps the rule silent, since the heading may well state it.
    """
    if heading.qualifier is not Qualifier.EXACT or heading.value is None:
        return None
    peers = [b for b in body if b.unit == heading.unit and matching_kind(heading, b)]
    if any(_meets(b, heading) for b in peers):
        return None
    if _significant(heading) < MIN_DIGITS_UNSUPPORTED:
        return None  # 十年, 6%: a slip turns a short figure into too many others
    near = [
        b
        for b in peers
        if b.qualifier is Qualifier.EXACT
        and _significant(b) >= MIN_DIGITS_UNSUPPORTED
        and _slip_rank(heading, b) < NO_SLIP
    ]
    return min(near, key=lambda b: (_slip_rank(heading, b), b.start), default=None)


def _same_digits(a: Claim, b: Claim) -> bool:
    return a.value is not None and a.value == b.value


def _suggestion(heading: Claim, body: Claim) -> Suggestion | None:
    """One slip in either figure (the heading's first); none toward an open interval."""
    if body.unit != heading.unit:
        return None
    place = same_rounding(heading, body)
    body_range, heading_range = target_of(heading, body, place), target_of(body, heading, place)
    candidates = []
    if body_range.lo is not None and body_range.hi is not None:
        candidates.append(real_change(heading, suggest(heading, body_range)))
    if heading_range.lo is not None and heading_range.hi is not None:
        candidates.append(real_change(body, suggest(body, heading_range)))
    if candidates and candidates[0] is not None and candidates[0].reason in SCALE_SLIPS:
        return candidates[0]  # 万 for 亿 reads the same either way: the heading is corrected
    return best(*candidates)


#: Slips between 万 and 亿: one figure or the other, equally telling.
SCALE_SLIPS = frozenset({"万 written for 亿", "亿 written for 万"})
