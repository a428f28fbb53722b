"""Compiler-style diagnostics for a terminal: one line an editor jumps to, then the arithmetic.

    news.md:5:40: FC101 [error] message
      "2181.3亿元" (line 5, col 40) = 218130000000 CNY
      computed: 55.02%
      ...

The first line has the shape editors and CI logs already know (``path:line:col:``), so a
click opens the number; the indented lines show why, so the reader never has to redo the sum.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.finding import Finding
from factcheck.report import Report
from factcheck.reports.common import (
    check_path,
    claim_line,
    detail_lines,
    summary_line,
    verified_line,
)
from factcheck.rules.base import RuleMeta

INDENT = "  "


def render_finding(finding: Finding, path: str) -> list[str]:
    lines = [
        f"{path}:{finding.line}:{finding.column}: "
        f"{finding.rule} [{finding.severity.value}] {finding.message}"
    ]
    lines.extend(INDENT + claim_line(claim) for claim in finding.claims)
    lines.extend(f"{INDENT}{label}: {text}" for label, text in detail_lines(finding))
    return lines


def render_verified(report: Report) -> list[str]:
    """Verified relations grouped by file, one short line each."""
    lines: list[str] = []
    current: str | None = None
    for check in report.verified:
        path = check_path(check, report)
        if path != current:
            current = path
            lines.append(f"{path}: verified")
        lines.append(f"{INDENT}{verified_line(check)} (line {check.line})")
    return lines


def render(report: Report, rules: Sequence[RuleMeta], *, show_verified: bool = False) -> str:
    """The whole report; ``rules`` is unused here (messages already name the rule)."""
    del rules
    lines: list[str] = []
    for finding in report.findings:
        lines.extend(render_finding(finding, check_path(finding, report)))
    if show_verified and report.verified:
        if lines:
            lines.append("")
        lines.extend(render_verified(report))
    if lines:
        lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
