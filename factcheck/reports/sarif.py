"""SARIF 2.1.0, the format code-scanning services read (GitHub, Azure DevOps, IDE viewers).

Each finding is a result whose primary location is the claim it points at; the other claims
of the relation are ``relatedLocations``, so a viewer can show the whole sum. Columns count
Unicode code points (``columnKind``), as the rest of factcheck does, not UTF-16 units: the
same numbers as the text report. The fingerprint goes into ``partialFingerprints`` so a
service can follow a finding across edits.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from factcheck.finding import ClaimRef, Finding, Severity
from factcheck.report import Report
from factcheck.reports.common import (
    PROJECT_URL,
    check_path,
    detail_lines,
    doc_section,
    first_paragraph,
    rule_help_uri,
    tool_version,
)
from factcheck.rules.base import RuleMeta

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "factcheck/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

Json = dict[str, Any]


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (to the checkout root)."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(PurePath(path).as_posix(), safe="/")


def rule_descriptor(meta: RuleMeta) -> Json:
    checks = doc_section(meta.doc, "What it checks")
    return {
        "id": meta.id,
        "name": meta.name,
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": first_paragraph(checks) if checks else meta.summary},
        "help": {"text": meta.doc, "markdown": meta.doc},
        "helpUri": rule_help_uri(meta),
        "defaultConfiguration": {"level": LEVELS[meta.severity]},
        "properties": {"tags": [meta.family, *meta.languages]},
    }


def bare_descriptor(finding: Finding) -> Json:
    """For a finding whose rule metadata was not passed in: still a valid, named rule."""
    return {
        "id": finding.rule,
        "name": finding.name,
        "shortDescription": {"text": finding.name},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
    }


def claim_region(claim: ClaimRef) -> Json:
    region: Json = {"startLine": claim.line, "startColumn": claim.column}
    length = claim.end - claim.start
    if "\n" not in claim.text and length == len(claim.text):
        region["endLine"] = claim.line
        region["endColumn"] = claim.column + length
    region["charOffset"] = claim.start
    region["charLength"] = length
    return region


def physical_location(uri: str, region: Json) -> Json:
    return {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}


def primary_claim(finding: Finding) -> ClaimRef | None:
    """The claim at the finding's position; the one a viewer should highlight."""
    for claim in finding.claims:
        if (claim.line, claim.column) == (finding.line, finding.column):
            return claim
    return None


def result(finding: Finding, uri: str, rule_index: int) -> Json:
    primary = primary_claim(finding)
    region = (
        claim_region(primary)
        if primary
        else {"startLine": finding.line, "startColumn": finding.column}
    )
    details = detail_lines(finding)
    text = "\n".join([finding.message, *(f"{label}: {value}" for label, value in details)])
    out: Json = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [physical_location(uri, region)],
    }
    related = [c for c in finding.claims if c is not primary]
    if related:
        out["relatedLocations"] = [
            {"id": i, **physical_location(uri, claim_region(c)), "message": {"text": c.text}}
            for i, c in enumerate(related, start=1)
        ]
    if finding.fingerprint:
        out["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    if details:
        out["properties"] = dict(details)
    return out


def render(report: Report, rules: Sequence[RuleMeta]) -> str:
    descriptors = [rule_descriptor(meta) for meta in rules]
    index = {meta.id: i for i, meta in enumerate(rules)}
    for finding in report.findings:
        if finding.rule not in index:
            index[finding.rule] = len(descriptors)
            descriptors.append(bare_descriptor(finding))
    paths = list(report.files)
    results = []
    for finding in report.findings:
        path = check_path(finding, report)
        if path not in paths:
            paths.append(path)
        results.append(result(finding, artifact_uri(path), index[finding.rule]))
    log: Json = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": tool_version(),
                        "informationUri": PROJECT_URL,
                        "rules": descriptors,
                    }
                },
                "invocations": [{"executionSuccessful": True}],
                "columnKind": "unicodeCodePoints",
                "artifacts": [
                    {"location": {"uri": artifact_uri(p)}, "encoding": "utf-8"} for p in paths
                ],
                "results": results,
                "properties": {"stats": report.stats.model_dump(mode="json")},
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
