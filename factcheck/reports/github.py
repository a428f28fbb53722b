"""GitHub Actions workflow commands: each finding becomes an annotation on the changed file.

    ::error file=news.md,line=5,col=40,endColumn=49,title=FC101 share-mismatch::message

Escaping follows the runner's rules: in the message ``%``, CR and LF are percent-encoded; in
property values ``:`` and ``,`` are as well, since they delimit the properties.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.finding import Finding, Severity
from factcheck.report import Report
from factcheck.reports.common import check_path, claim_line, detail_lines, summary_line
from factcheck.rules.base import RuleMeta

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def end_column(finding: Finding) -> int | None:
    """The column just past the claim the finding points at, when it sits on one line."""
    for claim in finding.claims:
        if (claim.line, claim.column) == (finding.line, finding.column):
            if "\n" in claim.text or claim.end - claim.start != len(claim.text):
                return None
            return claim.column + len(claim.text)
    return None


def annotation(finding: Finding, path: str) -> str:
    props = [
        ("file", path),
        ("line", str(finding.line)),
        ("col", str(finding.column)),
    ]
    end = end_column(finding)
    if end is not None:
        props.append(("endColumn", str(end)))
    props.append(("title", f"{finding.rule} {finding.name}"))
    head = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    body = [finding.message]
    body.extend(claim_line(claim) for claim in finding.claims)
    body.extend(f"{label}: {text}" for label, text in detail_lines(finding))
    return f"::{COMMANDS[finding.severity]} {head}::{escape_data(chr(10).join(body))}"


def render(report: Report, rules: Sequence[RuleMeta]) -> str:
    del rules
    lines = [annotation(f, check_path(f, report)) for f in report.findings]
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
