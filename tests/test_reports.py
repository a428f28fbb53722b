"""The report formats, on reports built by hand from the reference page's own numbers."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from claims.model import Claim, Kind, Qualifier, Scope, Span
from claims.serialize import claim_json, decimal_text
from factcheck.finding import Finding, Severity, Suggestion, Verified
from factcheck.report import Report, Stats
from factcheck.reports import REPORTERS, github, json_report, markdown, text
from factcheck.reports.claims_table import display_width, render_claims
from factcheck.reports.common import display_quantity, doc_section, summary_line, verified_line
from factcheck.rules.base import RuleMeta
from tests.factories import PART, SHARE, WHOLE

PATH = "fixtures/articles/zh/hunan-daily-2025-10-31.md"

DOC = """## What it checks

A share stated next to its part and its whole must match part ÷ whole.

Second paragraph.

## Why it matters

Readers trust shares.
"""

META = RuleMeta(
    id="FC101",
    name="share-mismatch",
    summary="A share does not match part ÷ whole.",
    severity=Severity.ERROR,
    doc=DOC,
)


def finding(**changes: object) -> Finding:
    base = Finding(
        rule="FC101",
        name="share-mismatch",
        message="占比55%与2181.3亿元 ÷ 3964.6亿元 = 55.02%不符",
        claims=(SHARE, PART, WHOLE),
        computed="55.02%",
        stated="60%",
        tolerance="±0.5%",
        arithmetic="2181.3亿元 ÷ 3964.6亿元 = 55.02%",
        file=PATH,
        line=7,
        column=152,
        fingerprint="abc123",
        severity=Severity.ERROR,
        suggestion=Suggestion(claim_id="c2", replacement="55%", reason="matches part ÷ whole"),
    )
    return base.model_copy(update=changes)


VERIFIED = Verified(
    rule="FC101",
    name="share-mismatch",
    message="share holds",
    claims=(SHARE, PART, WHOLE),
    computed="55.02%",
    stated="55%",
    tolerance="0.5%",
    arithmetic="2181.3亿元 ÷ 3964.6亿元 = 55.02%",
    file=PATH,
    line=7,
    column=152,
)


def report(findings: tuple[Finding, ...] = (), verified: tuple[Verified, ...] = ()) -> Report:
    return Report(
        files=(PATH,),
        findings=findings,
        verified=verified,
        stats=Stats(files=1, characters=3000, claims=120, checked=95, unchecked=25),
    )


def claim(**changes: object) -> Claim:
    base = Claim(
        id="c1",
        kind=Kind.AMOUNT,
        text="2181.3亿元",
        span=Span(start=189, end=197, line=7, column=131),
        value=Decimal("2.1813E+11"),
        unit="CNY",
        precision=Decimal("5000000"),
        scope=Scope(subject="湖南对APEC其他经济体", metric="进出口", period="前三季度"),
    )
    return base.model_copy(update=changes)


# --- text -----------------------------------------------------------------------------------


def test_text_finding_is_a_compiler_diagnostic_followed_by_its_arithmetic() -> None:
    out = text.render(report((finding(),)), [META])
    lines = out.splitlines()
    assert lines[0] == f"{PATH}:7:152: FC101 [error] 占比55%与2181.3亿元 ÷ 3964.6亿元 = 55.02%不符"
    assert lines[1] == '  "55%" (line 7, col 152) = 55% [share]'
    assert lines[2] == '  "2181.3亿元" (line 7, col 131) = 218130000000 CNY [part]'
    assert lines[3] == '  "3964.6亿元" (line 21, col 52) = 396460000000 CNY [whole]'
    assert lines[4:9] == [
        "  computed: 55.02%",
        "  stated: 60%",
        "  tolerance: ±0.5%",
        "  arithmetic: 2181.3亿元 ÷ 3964.6亿元 = 55.02%",
        '  suggestion: "55%" → "55%": matches part ÷ whole',
    ]
    assert lines[-1] == (
        "1 error, 0 warnings, 0 relations verified, 120 claims (95 checked, 25 unchecked) in 1 file"
    )


def test_text_shows_verified_relations_only_when_asked() -> None:
    rep = report(verified=(VERIFIED,))
    assert "✓" not in text.render(rep, [META])
    shown = text.render(rep, [META], show_verified=True)
    assert f"{PATH}: verified" in shown
    assert "  ✓ FC101 share-mismatch: share holds (tolerance ±0.5%) (line 7)" in shown.splitlines()
    assert shown.splitlines()[-1].startswith("0 errors, 0 warnings, 1 relation verified")


def test_text_of_a_clean_report_is_the_summary_alone() -> None:
    assert text.render(report(), [META]) == (
        "0 errors, 0 warnings, 0 relations verified, "
        "120 claims (95 checked, 25 unchecked) in 1 file\n"
    )


def test_summary_counts_findings_by_severity_and_files() -> None:
    rep = Report(
        files=("a.md", "b.md"),
        findings=(
            finding(),
            finding(),
            finding(severity=Severity.WARNING),
            finding(severity=Severity.INFO),
        ),
        stats=Stats(files=2, claims=1, checked=1),
    )
    assert summary_line(rep) == (
        "2 errors, 1 warning, 1 note, 0 relations verified, "
        "1 claim (1 checked, 0 unchecked) in 2 files"
    )


def test_finding_without_file_takes_the_reports_only_file() -> None:
    out = text.render(report((finding(file=None),)), [META])
    assert out.startswith(f"{PATH}:7:152: FC101")


def test_verified_line_says_what_held_and_the_tolerance() -> None:
    assert verified_line(VERIFIED.model_copy(update={"tolerance": "±1"})).endswith(
        "share holds (tolerance: ±1)"
    )
    worded = VERIFIED.model_copy(update={"tolerance": "rounding of all three numbers"})
    assert verified_line(worded).endswith("(tolerance: rounding of all three numbers)")
    bare = VERIFIED.model_copy(update={"tolerance": None})
    assert verified_line(bare) == "✓ FC101 share-mismatch: share holds"


def test_display_quantity_reads_like_the_copy() -> None:
    assert display_quantity("0.553", "percent") == "55.3%"
    assert display_quantity("3.6", "percentage_point") == "3.6 pp"
    assert display_quantity("868", "count:个") == "868 个"
    assert display_quantity("2.1813E+11", "CNY") == "218130000000 CNY"
    assert display_quantity("n/a", "CNY") == "n/a CNY"


# --- json -----------------------------------------------------------------------------------


def test_json_report_is_the_model_with_stable_keys_and_chinese_kept() -> None:
    rep = report((finding(),), (VERIFIED,))
    out = json_report.render(rep, [META])
    data = json.loads(out)
    assert list(data) == ["schema_version", "files", "findings", "verified", "stats"]
    assert data["schema_version"] == "1.0"
    first = data["findings"][0]
    assert first["rule"] == "FC101" and first["severity"] == "error"
    assert [c["text"] for c in first["claims"]] == ["55%", "2181.3亿元", "3964.6亿元"]
    assert {"start", "end", "text"} <= set(first["claims"][0])
    assert data["verified"][0]["rule"] == "FC101"
    assert "2181.3亿元" in out  # not \\u-escaped
    assert Report.model_validate_json(out) == rep
    assert out == json_report.render(rep, [META])


def test_json_schema_describes_the_report() -> None:
    schema = json.loads(json_report.schema())
    assert {"findings", "verified", "stats", "files"} <= set(schema["properties"])


# --- markdown -------------------------------------------------------------------------------


def test_markdown_has_a_section_per_file_a_table_and_folded_verified() -> None:
    other = finding(file="other.md", line=2, column=3, message="a | pipe\nand a break")
    rep = Report(
        files=(PATH, "other.md"),
        findings=(finding(), other),
        verified=(VERIFIED,),
        stats=Stats(files=2, claims=10, checked=8, unchecked=2),
    )
    out = markdown.render(rep, [META])
    assert out.startswith("# factcheck report\n")
    assert f"## {PATH}" in out and "## other.md" in out
    assert out.index(f"## {PATH}") < out.index("## other.md")
    assert (
        "| 7:152 | [FC101 share-mismatch](https://github.com/factcheck-news/factcheck#fc101)" in out
    )
    assert "a \\| pipe and a break" in out
    assert "<summary>1 verified relation</summary>" in out
    assert "- computed: 55.02%" in out
    assert "| 2 | 0 | 10 | 8 | 2 | 2 | 1 |" in out


def test_markdown_says_so_when_a_file_is_clean() -> None:
    assert "No findings." in markdown.render(report(), [META])


# --- github ---------------------------------------------------------------------------------


def test_github_annotation_properties_and_escaping() -> None:
    rep = report((finding(file="dir,x/a:b.md", message="100% wrong"),))
    line = github.render(rep, [META]).splitlines()[0]
    head, _, body = line.partition("::")[2].partition("::")
    assert head == (
        "error file=dir%2Cx/a%3Ab.md,line=7,col=152,endColumn=155,title=FC101 share-mismatch"
    )
    assert body.startswith("100%25 wrong%0A")
    assert "\n" not in body


def test_github_levels_follow_severity() -> None:
    rep = report((finding(severity=Severity.WARNING), finding(severity=Severity.INFO)))
    lines = github.render(rep, [META]).splitlines()
    assert lines[0].startswith("::warning ") and lines[1].startswith("::notice ")


def test_github_escape_roundtrip() -> None:
    assert github.escape_data("a%b\r\nc") == "a%25b%0D%0Ac"
    assert github.escape_property("a:b,c%") == "a%3Ab%2Cc%25"


# --- registry and docs ----------------------------------------------------------------------


def test_every_reporter_renders_every_report() -> None:
    assert set(REPORTERS) == {"text", "json", "markdown", "sarif", "github"}
    for render in REPORTERS.values():
        out = render(report((finding(),), (VERIFIED,)), [META])
        assert out.endswith("\n") and "FC101" in out


def test_doc_section_reads_one_heading() -> None:
    assert doc_section(DOC, "What it checks") == (
        "A share stated next to its part and its whole must match part ÷ whole.\n\n"
        "Second paragraph."
    )
    assert doc_section(DOC, "Options") is None


# --- claims ---------------------------------------------------------------------------------


def test_claim_json_contract() -> None:
    data = claim_json(claim())
    assert list(data) == [
        "id",
        "kind",
        "text",
        "start",
        "end",
        "line",
        "column",
        "value",
        "unit",
        "qualifier",
        "precision",
        "subject",
        "metric",
        "period",
        "counterpart",
        "role",
        "items",
        "members",
        "shape",
        "scope",
        "threshold",
        "threshold_unit",
        "sentence",
        "paragraph",
        "section",
        "table",
        "note",
    ]
    assert data["value"] == "218130000000"
    assert data["precision"] == "5000000"
    assert data["metric"] == "进出口" and data["counterpart"] is None


def test_claim_json_range_and_date() -> None:
    ranged = claim(value=None, low=Decimal("2E+9"), high=Decimal("9E+9"), qualifier=Qualifier.RANGE)
    assert claim_json(ranged)["value"] == ["2000000000", "9000000000"]
    date = claim(kind=Kind.DATE, value=None, unit="none", text="前三季度")
    assert claim_json(date)["value"] is None


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15))
def test_decimal_text_is_exact_and_plain(value: Decimal) -> None:
    out = decimal_text(value)
    assert Decimal(out) == value
    assert "E" not in out.upper()
    assert not ("." in out and out.endswith("0"))


def test_claims_json_output_is_parseable_and_exact() -> None:
    out = render_claims([claim()], "json")
    assert json.loads(out) == {"claims": [claim_json(claim())]}
    assert "湖南对APEC其他经济体" in out


def test_claims_table_aligns_by_display_width() -> None:
    share = claim(
        id="c2",
        kind=Kind.SHARE,
        text="55%",
        span=Span(start=210, end=213, line=7, column=152),
        value=Decimal("0.55"),
        unit="percent",
        scope=Scope(metric="进出口总值"),
    )
    lines = render_claims([claim(), share], "table").splitlines()
    assert lines[0].split() == [
        "line",
        "kind",
        "text",
        "value",
        "unit",
        "qualifier",
        "subject/metric",
    ]
    assert lines[2].split()[:6] == ["7:131", "amount", "2181.3亿元", "218130000000", "CNY", "exact"]
    assert lines[3].split()[-1] == "-/进出口总值"
    # the value column starts at the same display cell on every row
    cells = [
        display_width(line[: line.index(v)])
        for line, v in ((lines[2], "218130000000"), (lines[3], "0.55"))
    ]
    assert cells[0] == cells[1]
    assert lines[-1] == "2 claims"


def test_claims_table_clips_long_enumerations_but_json_keeps_them() -> None:
    listed = "、".join(
        ["长沙市岳麓区检验检测仪器设备", "常宁市铜铅锌材料", "株洲市石峰区功率半导体"]
    )
    enum = claim(kind=Kind.ENUMERATION, text=listed, value=Decimal(3), unit="count:item")
    row = render_claims([enum], "table").splitlines()[2]
    shown = row.split()[2]
    assert shown.endswith("…") and display_width(shown) <= 24
    assert listed.startswith(shown[:-1])
    assert json.loads(render_claims([enum], "json"))["claims"][0]["text"] == listed
