"""What several report formats share: where a check points, how a value and a summary read.

Kept apart from the formats so the text, Markdown and GitHub outputs say the same thing in
the same words, and a reader moving between them is never surprised.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from importlib import metadata

from claims.serialize import decimal_text
from factcheck.finding import Check, ClaimRef, Finding, Severity
from factcheck.report import Report
from factcheck.rules.base import RuleMeta

#: The project home; rule anchors in its README are the lowercased rule ids.
PROJECT_URL = "https://github.com/factcheck-news/factcheck"

#: Where a check without a file (text given directly) is said to be.
UNKNOWN_PATH = "<input>"


def tool_version() -> str:
    """The installed distribution's version, or a marker when run from a source tree."""
    try:
        return metadata.version("factcheck")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def rule_help_uri(meta: RuleMeta) -> str:
    return f"{PROJECT_URL}#{meta.id.lower()}"


def rules_by_id(rules: Sequence[RuleMeta]) -> dict[str, RuleMeta]:
    return {meta.id: meta for meta in rules}


def check_path(check: Check, report: Report) -> str:
    """The file a check belongs to; a one-file report lends its file to checks without one."""
    if check.file:
        return check.file
    if len(report.files) == 1:
        return report.files[0]
    return UNKNOWN_PATH


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def severity_counts(findings: Sequence[Finding]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def summary_line(report: Report) -> str:
    """The closing line: '3 errors, 1 warning, 42 relations verified, 120 claims (…) in 1 file'.

    Findings and verified relations are counted from the report itself, so a report
    narrowed to new findings (``--diff``) still sums up what it shows.
    """
    counts = severity_counts(report.findings)
    parts = [plural(counts[Severity.ERROR], "error"), plural(counts[Severity.WARNING], "warning")]
    if counts[Severity.INFO]:
        parts.append(plural(counts[Severity.INFO], "note"))
    parts.append(plural(len(report.verified), "relation") + " verified")
    stats = report.stats
    parts.append(
        f"{plural(stats.claims, 'claim')} ({stats.checked} checked, {stats.unchecked} unchecked)"
    )
    files = max(stats.files, len(report.files))
    return ", ".join(parts[:-1]) + f", {parts[-1]} in {plural(files, 'file')}"


def display_quantity(value: str | None, unit: str) -> str:
    """A canonical value as a reader writes it: 0.55 percent → 55%, 3.6 points → 3.6 pp."""
    if value is None:
        return unit
    try:
        number = Decimal(value)
    except InvalidOperation:
        return f"{value} {unit}"
    if not number.is_finite():
        return f"{value} {unit}"
    if unit == "percent":
        return decimal_text(number * 100) + "%"
    if unit == "percentage_point":
        return decimal_text(number) + " pp"
    if unit in ("none", ""):
        return decimal_text(number)
    if unit.startswith("count:"):
        return f"{decimal_text(number)} {unit.removeprefix('count:')}"
    return f"{decimal_text(number)} {unit}"


def claim_line(claim: ClaimRef) -> str:
    """'"2181.3亿元" (line 5, col 40) = 218130000000 CNY', with the claim's part if it has one."""
    text = f'"{claim.text}" (line {claim.line}, col {claim.column})'
    if claim.value is not None:
        text += f" = {display_quantity(claim.value, claim.unit)}"
    if claim.role and claim.role != "body":
        text += f" [{claim.role}]"
    return text


def suggestion_line(finding: Finding) -> str | None:
    """'"55%" → "50%": reason', naming the claim the change applies to."""
    suggestion = finding.suggestion
    if suggestion is None:
        return None
    target = next((c for c in finding.claims if c.id == suggestion.claim_id), None)
    head = f'"{target.text}" → ' if target else ""
    line = f'{head}"{suggestion.replacement}"'
    return f"{line}: {suggestion.reason}" if suggestion.reason else line


def detail_lines(finding: Check) -> list[tuple[str, str]]:
    """The arithmetic of a check as (label, text) pairs, in reading order, empty ones left out."""
    pairs = [
        ("computed", finding.computed),
        ("stated", finding.stated),
        ("tolerance", finding.tolerance),
        ("arithmetic", finding.arithmetic),
    ]
    if isinstance(finding, Finding):
        pairs.append(("suggestion", suggestion_line(finding)))
    return [(label, text) for label, text in pairs if text]


#: A tolerance written as a bare magnitude ("0.5%", "3 pp"), which reads better with a "±".
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:%|pp|‰)?")


def verified_line(check: Check) -> str:
    """'✓ FC101 share-mismatch: 2181.3亿元 ÷ 3964.6亿元 = 55.02% matches 55% (tolerance: …)'.

    The rule's own sentence says what held; the tolerance says how much slack it allowed.
    """
    body = check.message
    if check.tolerance:
        bare = _BARE_NUMBER.fullmatch(check.tolerance)
        body += f" (tolerance ±{check.tolerance})" if bare else f" (tolerance: {check.tolerance})"
    return f"✓ {check.rule} {check.name}: {body}"


_HEADING = re.compile(r"^#{1,6}\s*(?P<title>.+?)\s*#*\s*$")


def doc_section(doc: str, title: str) -> str | None:
    """The body of one ``## title`` section of a rule's documentation, or None."""
    lines = doc.splitlines()
    body: list[str] | None = None
    for line in lines:
        match = _HEADING.match(line)
        if match:
            if body is not None:
                break
            if match.group("title").strip().lower() == title.lower():
                body = []
            continue
        if body is not None:
            body.append(line)
    if body is None:
        return None
    text = "\n".join(body).strip()
    return text or None


def first_paragraph(text: str) -> str:
    return text.strip().split("\n\n", 1)[0].replace("\n", " ").strip()
