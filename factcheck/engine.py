"""Runs the selected rules over one document and assembles the report.

The pipeline is fixed and one-way: rules yield findings and verified relations; then
severity overrides, suppression comments, fingerprints, de-duplication and ordering are
applied here, never inside a rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from claims.document import Document
from claims.model import Claim
from factcheck.config import Config
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.fingerprint import ClaimParts, fingerprint
from factcheck.lexicon import extended_lexicon
from factcheck.report import Report, Stats
from factcheck.rules.registry import all_rules
from factcheck.suppression import UNUSED_SUPPRESSION, apply_suppressions, parse_suppressions

T = TypeVar("T", Finding, Verified)


def check_document(doc: Document, claims: Sequence[Claim], config: Config | None = None) -> Report:
    """Check the claims of one document against each other."""
    config = config or Config()
    lexicon = extended_lexicon(config.lexicon) if config.lexicon else None
    ctx = Context.build(doc, claims, lexicon, doc.path)
    findings: list[Finding] = []
    verified: list[Verified] = []
    metas = [rule.meta for rule in all_rules()]
    for rule_class in all_rules():
        meta = rule_class.meta
        if not config.is_enabled(meta, doc.path):
            continue
        options = config.options_for(meta)
        override = config.severity_for(meta)
        for item in rule_class().check(ctx, options):
            if isinstance(item, Finding):
                if override is not meta.severity and item.severity is meta.severity:
                    item = item.model_copy(update={"severity": override})
                findings.append(item)
            else:
                verified.append(item)
    if config.is_enabled(UNUSED_SUPPRESSION, doc.path):
        findings = apply_suppressions(findings, parse_suppressions(doc.source, doc.path), metas)
    else:
        findings = [f for f in findings if f.rule != UNUSED_SUPPRESSION.id]
    seen: ClaimParts = {}
    findings = _finish(findings, doc.source, seen)
    verified = _finish(verified, doc.source, seen)
    return Report(
        files=(doc.path,) if doc.path else (),
        findings=tuple(findings),
        verified=tuple(verified),
        stats=_stats(doc, ctx, findings, verified),
    )


def _finish(items: list[T], source: str, seen_claims: ClaimParts) -> list[T]:
    """Fingerprint, drop repeats of one relation, and order by place."""
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out: list[T] = []
    for item in items:
        key = (item.rule, tuple(sorted(ref.id for ref in item.claims)))
        if item.claims and key in seen:
            continue
        seen.add(key)
        out.append(item.model_copy(update={"fingerprint": fingerprint(item, source, seen_claims)}))
    out.sort(key=lambda c: (c.line, c.column, c.rule))
    return out


def _stats(doc: Document, ctx: Context, findings: list[Finding], verified: list[Verified]) -> Stats:
    checked = {ref.id for item in [*findings, *verified] for ref in item.claims}
    numeric_ids = {c.id for c in ctx.numeric}
    checked_numeric = len(checked & numeric_ids)
    return Stats(
        files=1,
        characters=len(doc.source),
        claims=len(numeric_ids),
        checked=checked_numeric,
        unchecked=len(numeric_ids) - checked_numeric,
        findings=len(findings),
        errors=sum(f.severity is Severity.ERROR for f in findings),
        warnings=sum(f.severity is Severity.WARNING for f in findings),
        infos=sum(f.severity is Severity.INFO for f in findings),
        verified=len(verified),
    )
