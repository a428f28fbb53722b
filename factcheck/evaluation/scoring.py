"""Scores a checker against the hand-checked relations of the corpus.

Per passage: the checker runs once on the text; every check is matched to relations (see
:mod:`factcheck.evaluation.matching`). An error or warning is then blamed once, in this
order: it *catches* a ``holds: false`` relation it matches; else it *violates* a
``holds: unclear`` relation it matches (those deserve info at most); else it is a *false
alarm* on a ``holds: true`` relation it matches; else, unmatched, it is a false alarm when
the passage has no ``holds: false`` relation, and is listed as unattributed otherwise.

Coverage counts the ``holds: true`` relations some check (Verified or Finding) matches.
Mutation recall re-checks only the passage at hand, once per careless edit of a relation a
Verified matched, and counts the edit caught when an error or warning overlaps it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from factcheck.evaluation.checker import Checker
from factcheck.evaluation.corpus import Passage, Relation
from factcheck.evaluation.figures import (
    Alarm,
    Crash,
    Figures,
    KindFigures,
    MutationFigures,
    MutationOutcome,
    RelationRef,
)
from factcheck.evaluation.matching import RelationSites, claim_span, locate, matches, overlaps
from factcheck.evaluation.mutation import Mutation, MutationKind, plan_mutations
from factcheck.finding import Check, Finding, Severity, Verified
from factcheck.report import Report

KIND_ORDER = (
    "sum", "share", "shares_sum", "growth", "pp_difference", "count", "rank",
    "headline", "repeat", "bound", "ratio", "other",
)  # fmt: skip


_HOLDS_FIELD = {"true": "holds_true", "false": "holds_false"}


def is_alarm(finding: Finding) -> bool:
    return finding.severity.rank >= Severity.WARNING.rank


def _ref(relation: Relation, missing: tuple[str, ...] = ()) -> RelationRef:
    return RelationRef(
        file=relation.file,
        index=relation.index,
        kind=relation.kind,
        holds=relation.holds,
        note=relation.note,
        missing_quotes=missing,
    )


def _alarm(file: str, finding: Finding, relation: Relation | None, reason: str) -> Alarm:
    return Alarm(
        file=file,
        line=finding.line,
        column=finding.column,
        rule=finding.rule,
        severity=finding.severity.value,
        message=finding.message,
        relation=f"#{relation.index} {relation.kind}" if relation else None,
        reason=reason,
    )


class _Tally:
    """Mutable counters for one run; frozen into :class:`Figures` at the end."""

    def __init__(self) -> None:
        self.kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.mutations: dict[str, list[int]] = {m.value: [0, 0] for m in MutationKind}
        self.false_alarms: list[Alarm] = []
        self.unclear: list[Alarm] = []
        self.unattributed: list[Alarm] = []
        self.missed: list[RelationRef] = []
        self.uncovered: list[RelationRef] = []
        self.missing: list[RelationRef] = []
        self.outcomes: list[MutationOutcome] = []
        self.crashes: list[Crash] = []
        self.misaligned = 0

    def count(self, kind: str, field: str) -> None:
        self.kinds[kind][field] += 1

    def figures(self, corpus: str, passages: Sequence[Passage]) -> Figures:
        order = [k for k in KIND_ORDER if k in self.kinds]
        order += sorted(k for k in self.kinds if k not in KIND_ORDER)
        return Figures(
            corpus=corpus,
            passages=len(passages),
            relations=sum(len(p.relations) for p in passages),
            kinds=tuple(KindFigures(kind=k, **self.kinds[k]) for k in order),
            mutations=tuple(
                MutationFigures(mutation=m, planned=n, caught=c)
                for m, (n, c) in self.mutations.items()
            ),
            false_alarms=tuple(self.false_alarms),
            unclear_violations=tuple(self.unclear),
            unattributed=tuple(self.unattributed),
            missed_false=tuple(self.missed),
            uncovered=tuple(self.uncovered),
            missing_quotes=tuple(self.missing),
            mutation_outcomes=tuple(self.outcomes),
            crashes=tuple(self.crashes),
            misaligned_claims=self.misaligned,
        )


def evaluate(passages: Sequence[Passage], checker: Checker, corpus: str = "") -> Figures:
    """Run ``checker`` over ``passages`` and measure it against their relations."""
    tally = _Tally()
    for passage in passages:
        _score_passage(passage, checker, tally)
    return tally.figures(corpus, passages)


def _run(checker: Checker, text: str, file: str, tally: _Tally, mutated: bool) -> Report | None:
    try:
        return checker(text, file)
    except Exception as exc:  # a crash on one passage must not hide the other figures
        tally.crashes.append(
            Crash(file=file, error=f"{type(exc).__name__}: {exc}", mutated=mutated)
        )
        return None


def _misaligned(text: str, checks: Iterable[Check]) -> int:
    return sum(1 for c in checks for ref in c.claims if text[ref.start : ref.end] != ref.text)


def _score_passage(passage: Passage, checker: Checker, tally: _Tally) -> None:
    sites = [locate(passage.text, r) for r in passage.relations]
    for site in sites:
        tally.count(site.relation.kind, _HOLDS_FIELD.get(site.relation.holds, "unclear"))
        if site.missing:
            tally.missing.append(_ref(site.relation, site.missing))
    report = _run(checker, passage.text, passage.file, tally, mutated=False)
    if report is None:
        report = Report()
    checks: list[Check] = [*report.verified, *report.findings]
    tally.misaligned += _misaligned(passage.text, checks)
    _score_coverage(sites, report, tally)
    _score_alarms(passage, sites, report, tally)
    _score_mutations(passage, sites, report, checker, tally)


def _score_coverage(sites: Sequence[RelationSites], report: Report, tally: _Tally) -> None:
    checks: list[Check] = [*report.verified, *report.findings]
    for site in sites:
        relation = site.relation
        if relation.holds != "true":
            continue
        if any(matches(c, site) for c in checks):
            tally.count(relation.kind, "covered")
        else:
            tally.uncovered.append(_ref(relation, site.missing))
        if any(matches(v, site) for v in report.verified):
            tally.count(relation.kind, "verified")


def _score_alarms(
    passage: Passage, sites: Sequence[RelationSites], report: Report, tally: _Tally
) -> None:
    caught: set[int] = set()
    violated: set[int] = set()
    alarmed: set[int] = set()
    for finding in report.findings:
        if not is_alarm(finding):
            continue
        hit = [s.relation for s in sites if matches(finding, s)]
        by_holds = {h: [r for r in hit if r.holds == h] for h in ("false", "unclear", "true")}
        if by_holds["false"]:
            caught.update(r.index for r in by_holds["false"])
        elif by_holds["unclear"]:
            first = by_holds["unclear"][0]
            violated.update(r.index for r in by_holds["unclear"])
            tally.unclear.append(
                _alarm(passage.file, finding, first, "on a holds:unclear relation")
            )
        elif by_holds["true"]:
            first = by_holds["true"][0]
            alarmed.update(r.index for r in by_holds["true"])
            tally.false_alarms.append(
                _alarm(passage.file, finding, first, "on a holds:true relation")
            )
        elif not passage.has_false:
            tally.false_alarms.append(
                _alarm(passage.file, finding, None, "in a passage with no holds:false relation")
            )
        else:
            tally.unattributed.append(_alarm(passage.file, finding, None, "matches no relation"))
    for relation in passage.relations:
        if relation.index in caught:
            tally.count(relation.kind, "caught")
        elif relation.holds == "false":
            tally.missed.append(_ref(relation))
        if relation.index in violated:
            tally.count(relation.kind, "unclear_violations")
        if relation.index in alarmed:
            tally.count(relation.kind, "alarmed")


def _score_mutations(
    passage: Passage,
    sites: Sequence[RelationSites],
    report: Report,
    checker: Checker,
    tally: _Tally,
) -> None:
    cache: dict[str, Report | None] = {}
    for site in sites:
        if site.relation.holds != "true":
            continue
        verifying: list[Verified] = [v for v in report.verified if matches(v, site)]
        if not verifying:
            continue
        for mutation in plan_mutations(passage.text, site, verifying):
            text = mutation.apply(passage.text)
            if text not in cache:
                cache[text] = _run(checker, text, passage.file, tally, mutated=True)
            _record_mutation(passage, mutation, cache[text], tally)


def caught_by(mutation: Mutation, report: Report | None) -> tuple[str, ...]:
    """Rules of the errors/warnings whose claims overlap the edited number."""
    if report is None:
        return ()
    span = mutation.mutated_span
    return tuple(
        sorted(
            {
                f.rule
                for f in report.findings
                if is_alarm(f) and any(overlaps(claim_span(c), span) for c in f.claims)
            }
        )
    )


def _record_mutation(
    passage: Passage, mutation: Mutation, report: Report | None, tally: _Tally
) -> None:
    rules = caught_by(mutation, report)
    relation = mutation.relation
    tally.count(relation.kind, "mutations")
    counts = tally.mutations[mutation.kind.value]
    counts[0] += 1
    if rules:
        tally.count(relation.kind, "mutations_caught")
        counts[1] += 1
    tally.outcomes.append(
        MutationOutcome(
            file=passage.file,
            line=passage.text.count("\n", 0, mutation.start) + 1,
            relation=relation.index,
            kind=relation.kind,
            mutation=mutation.kind.value,
            original=mutation.original,
            replacement=mutation.replacement,
            caught=bool(rules),
            rules=rules,
        )
    )
