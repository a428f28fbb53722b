"""A report for people: a section per file, a table of findings, the arithmetic beneath it.

Meant for a pull-request comment or an editor's inbox: findings come first in a table that
scans quickly, each with its arithmetic in a list below; the relations that held are folded
away in a ``<details>`` block, and coverage closes the report so silence can be judged.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.finding import Check, Finding
from factcheck.report import Report
from factcheck.reports.common import (
    check_path,
    claim_line,
    detail_lines,
    rule_help_uri,
    rules_by_id,
    summary_line,
    verified_line,
)
from factcheck.rules.base import RuleMeta


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no pipes or line breaks."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def inline(text: str) -> str:
    """Text safe inside a list item: line breaks folded."""
    return " ".join(text.split())


def rule_cell(check: Check, metas: dict[str, RuleMeta]) -> str:
    meta = metas.get(check.rule)
    label = f"{check.rule} {check.name}"
    return f"[{label}]({rule_help_uri(meta)})" if meta else label


def findings_section(findings: Sequence[Finding], metas: dict[str, RuleMeta]) -> list[str]:
    lines = [
        "| Line | Rule | Severity | Message | Claims |",
        "| ---: | --- | --- | --- | --- |",
    ]
    for f in findings:
        claims = ", ".join(f"「{c.text}」" for c in f.claims)
        lines.append(
            f"| {f.line}:{f.column} | {cell(rule_cell(f, metas))} | {f.severity.value} "
            f"| {cell(f.message)} | {cell(claims)} |"
        )
    lines.append("")
    for f in findings:
        lines.append(f"**{f.line}:{f.column} {f.rule}** {inline(f.message)}")
        lines.append("")
        lines.extend(f"- {inline(claim_line(c))}" for c in f.claims)
        lines.extend(f"- {label}: {inline(text)}" for label, text in detail_lines(f))
        lines.append("")
    return lines


def verified_section(verified: Sequence[Check]) -> list[str]:
    return [
        "<details>",
        f"<summary>{len(verified)} verified relation{'s' if len(verified) != 1 else ''}</summary>",
        "",
        *(f"- line {v.line}: {inline(verified_line(v))}" for v in verified),
        "",
        "</details>",
        "",
    ]


def coverage_section(report: Report) -> list[str]:
    s = report.stats
    return [
        "## Coverage",
        "",
        "| Files | Characters | Claims | Checked | Unchecked | Findings | Verified |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {max(s.files, len(report.files))} | {s.characters} | {s.claims} | {s.checked} "
        f"| {s.unchecked} | {len(report.findings)} | {len(report.verified)} |",
        "",
    ]


def ordered_paths(report: Report) -> list[str]:
    paths = list(report.files)
    for check in (*report.findings, *report.verified):
        path = check_path(check, report)
        if path not in paths:
            paths.append(path)
    return paths


def render(report: Report, rules: Sequence[RuleMeta]) -> str:
    metas = rules_by_id(rules)
    lines = ["# factcheck report", "", f"**{summary_line(report)}**", ""]
    for path in ordered_paths(report):
        findings = [f for f in report.findings if check_path(f, report) == path]
        verified = [v for v in report.verified if check_path(v, report) == path]
        lines.extend([f"## {inline(path)}", ""])
        if findings:
            lines.extend(findings_section(findings, metas))
        else:
            lines.extend(["No findings.", ""])
        if verified:
            lines.extend(verified_section(verified))
    lines.extend(coverage_section(report))
    return "\n".join(lines).rstrip("\n") + "\n"
