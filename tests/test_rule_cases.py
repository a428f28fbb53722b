"""Runs every case of fixtures/rules/*.yml: each rule's passing and failing sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import claims
from factcheck.config import Config
from factcheck.engine import check_document
from factcheck.rules.registry import find_rule

CASES = Path(__file__).parent.parent / "fixtures" / "rules"


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        for case in data["cases"]:
            out.append(pytest.param(data["rule"], case, id=f"{path.stem}-{case['name']}"))
    return out


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_rule_case(rule: str, case: dict[str, Any]) -> None:
    doc = claims.parse(case["text"])
    report = check_document(doc, claims.extract(doc), Config(select=(rule,)))
    findings = [f for f in report.findings if f.rule == rule]
    expected = case.get("expect") or []
    described = [f"{f.rule} {f.message} ({[c.text for c in f.claims]})" for f in findings]
    assert len(findings) == len(expected), described
    for finding, want in zip(findings, expected, strict=True):
        assert finding.rule == want["rule"]
        if "claim" in want:
            assert want["claim"] in [c.text for c in finding.claims], described
        if "severity" in want:
            assert finding.severity.value == want["severity"]
        if "suggestion" in want:
            assert finding.suggestion is not None, described
            assert finding.suggestion.replacement == want["suggestion"]
    if "verified" in case:
        verified = [v for v in report.verified if v.rule == rule]
        assert len(verified) == case["verified"], [v.message for v in verified]


def test_every_case_names_a_real_rule() -> None:
    for path in CASES.glob("*.yml"):
        data = yaml.safe_load(path.read_text("utf-8"))
        assert find_rule(data["rule"]) is not None, path
        assert path.stem == data["rule"]
