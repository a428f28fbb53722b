"""New findings of an edit against a baseline, and reading saved JSON reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.baseline import load_report, new_findings
from factcheck.finding import ClaimRef, Finding, Severity, Verified
from factcheck.fingerprint import fingerprint
from factcheck.inputs import InputError
from factcheck.report import Report, Stats

ORIGINAL = """# 前三季度湖南外贸进出口5012.3亿元

其中，出口3183.7亿元，占全省进出口总值的68.5%；进口1828.6亿元。

民营企业进出口4112.8亿元，增长15.2%，占比82.1%。
"""


def ref(source: str, text: str) -> ClaimRef:
    start = source.index(text)
    return ClaimRef(
        id=f"c{start}",
        text=text,
        start=start,
        end=start + len(text),
        line=source[:start].count("\n") + 1,
        column=start - (source.rfind("\n", 0, start) + 1) + 1,
        kind="share",
        unit="percent",
    )


def finding(
    source: str,
    share: str,
    rule: str = "FC101",
    severity: Severity = Severity.ERROR,
    file: str = "story.md",
) -> Finding:
    claims = (ref(source, share),)
    made = Finding(
        rule=rule,
        name="share-mismatch",
        message=f"{share} does not match",
        claims=claims,
        severity=severity,
        file=file,
        line=claims[0].line,
        column=claims[0].column,
    )
    return made.model_copy(update={"fingerprint": fingerprint(made, source)})


def report(*findings: Finding, files: tuple[str, ...] = ("story.md",)) -> Report:
    return Report(
        files=files,
        findings=findings,
        stats=Stats(
            files=len(files),
            findings=len(findings),
            errors=sum(f.severity is Severity.ERROR for f in findings),
            warnings=sum(f.severity is Severity.WARNING for f in findings),
        ),
    )


def test_finding_that_moved_is_not_new_and_a_fresh_one_is() -> None:
    edited = "<!-- 编辑：李四 -->\n\n" + ORIGINAL.replace("增长15.2%", "增长15.8%")
    baseline = report(finding(ORIGINAL, "68.5%"))
    after = report(
        finding(edited, "68.5%", file="edited.md"),
        finding(edited, "15.8%", rule="FC201", severity=Severity.WARNING, file="edited.md"),
        files=("edited.md",),
    )
    result = new_findings(after, baseline)
    assert [f.claims[0].text for f in result.findings] == ["15.8%"]
    assert result.files == ("edited.md",)
    assert (result.stats.findings, result.stats.errors, result.stats.warnings) == (1, 0, 1)


def test_changed_number_makes_the_finding_new() -> None:
    edited = ORIGINAL.replace("68.5%", "63.5%")
    result = new_findings(report(finding(edited, "63.5%")), report(finding(ORIGINAL, "68.5%")))
    assert [f.claims[0].text for f in result.findings] == ["63.5%"]


def test_multiset_semantics() -> None:
    one = finding(ORIGINAL, "68.5%")
    result = new_findings(report(one, one), report(one))
    assert result.findings == (one,)
    assert new_findings(report(one, one), report(one, one)).findings == ()
    assert new_findings(report(one), report(one, one)).findings == ()


def test_verified_relations_and_coverage_are_kept() -> None:
    one = finding(ORIGINAL, "68.5%")
    held = Verified(rule="FC102", name="parts-exceed-total", message="parts fit", claims=())
    edited = Report(
        files=("story.md",),
        findings=(one,),
        verified=(held,),
        stats=Stats(files=1, claims=9, checked=7, unchecked=2, findings=1, errors=1, verified=1),
    )
    result = new_findings(edited, report(one))
    assert result.findings == ()
    assert result.verified == (held,)
    assert (result.stats.claims, result.stats.checked, result.stats.verified) == (9, 7, 1)
    assert (result.stats.findings, result.stats.errors) == (0, 0)


def test_findings_without_fingerprint_compare_by_rule_and_claims() -> None:
    bare = finding(ORIGINAL, "68.5%").model_copy(update={"fingerprint": ""})
    moved = bare.model_copy(update={"line": 40, "file": "other.md"})
    assert new_findings(report(moved), report(bare)).findings == ()


def test_load_report_round_trip(tmp_path: Path) -> None:
    saved = report(finding(ORIGINAL, "68.5%"), finding(ORIGINAL, "82.1%"))
    path = tmp_path / "baseline.json"
    data = saved.model_dump(mode="json")
    data["generator"] = "factcheck 0.1.0"  # reporters may add fields; readers ignore them
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_report(str(path)) == saved


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not a factcheck JSON report (invalid JSON: "),
        ("[1, 2]", "not a factcheck JSON report (no schema_version and findings)"),
        ('{"version": "2.1.0", "runs": []}', "not a factcheck JSON report (no schema_version"),
        ('{"schema_version": "9.0", "findings": []}', "report schema 9.0 cannot be read"),
        (
            '{"schema_version": "1.0", "findings": [{"rule": "FC101"}]}',
            "not a factcheck JSON report (findings.0.name: Field required)",
        ),
    ],
)
def test_load_report_rejects_other_files(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "report.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_report(str(path))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: {problem}")


def test_load_report_missing_and_binary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_report(str(tmp_path / "gone.json"))
    path = tmp_path / "x.json"
    path.write_bytes(b"\xff\xfe\x00\x01\x80")
    with pytest.raises(InputError, match="not a factcheck JSON report"):
        load_report(str(path))
