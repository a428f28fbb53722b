"""Suppression comments: scopes, rule references, and the FC901 audit of idle comments."""

from __future__ import annotations

import pytest

from factcheck.finding import ClaimRef, Finding, Severity
from factcheck.rules.base import DOC_SECTIONS, RuleMeta
from factcheck.suppression import UNUSED_SUPPRESSION, apply_suppressions, parse_suppressions
from tests.factories import GROWTH_RULE, PARTS_RULE, SHARE_RULE

SHARE, PARTS, GROWTH = SHARE_RULE, PARTS_RULE, GROWTH_RULE
RULES = (SHARE, PARTS, GROWTH)


def finding_at(source: str, text: str, meta: RuleMeta = SHARE) -> Finding:
    start = source.index(text)
    line = source[:start].count("\n") + 1
    column = start - (source.rfind("\n", 0, start) + 1) + 1
    ref = ClaimRef(
        id="c1",
        text=text,
        start=start,
        end=start + len(text),
        line=line,
        column=column,
        kind="share",
        unit="percent",
    )
    return Finding(
        rule=meta.id,
        name=meta.name,
        message=f"{text} does not hold",
        claims=(ref,),
        severity=meta.severity,
        line=line,
        column=column,
    )


def run(source: str, *texts: str, meta: RuleMeta = SHARE) -> tuple[list[str], list[Finding]]:
    """Claim texts of the kept findings, and the FC901 findings."""
    findings = [finding_at(source, t, meta) for t in texts]
    result = apply_suppressions(findings, parse_suppressions(source, "story.md"), RULES)
    kept = [f.claims[0].text for f in result if f.rule != "FC901"]
    return kept, [f for f in result if f.rule == "FC901"]


PAGE = """# 前三季度湖南外贸进出口5012.3亿元

<!-- factcheck: ignore[FC101] -->
其中，出口3183.7亿元，占68.5%；
进口1828.6亿元，占36.5%。

民营企业进出口4112.8亿元，占82.1%。
"""


def test_ignore_covers_the_next_paragraph_only() -> None:
    kept, audit = run(PAGE, "68.5%", "36.5%", "82.1%")
    assert kept == ["82.1%"]
    assert audit == []


def test_ignore_by_name_case_insensitive() -> None:
    source = PAGE.replace("ignore[FC101]", "ignore[Share-Mismatch]")
    assert run(source, "68.5%", "82.1%") == (["82.1%"], [])
    source = PAGE.replace("ignore[FC101]", "ignore[fc101]")
    assert run(source, "68.5%", "82.1%") == (["82.1%"], [])


def test_ignore_skips_blank_lines_and_stacked_comments() -> None:
    source = (
        "<!-- factcheck: ignore[FC101] -->\n\n"
        "<!-- factcheck: ignore[FC102] -->\r\n\r\n"
        "出口3183.7亿元，占68.5%。\r\n\r\n"
        "进口1828.6亿元，占36.5%。\r\n"
    )
    findings = [
        finding_at(source, "68.5%", SHARE),
        finding_at(source, "3183.7亿元", PARTS),
        finding_at(source, "36.5%", SHARE),
    ]
    result = apply_suppressions(findings, parse_suppressions(source), RULES)
    assert [(f.rule, f.claims[0].text) for f in result] == [("FC101", "36.5%")]


def test_ignore_without_list_silences_every_rule() -> None:
    source = "<!-- factcheck: ignore -->\n出口3183.7亿元，占68.5%。\n\n进口占36.5%。\n"
    assert run(source, "68.5%", "36.5%") == (["36.5%"], [])
    kept, _ = run(source, "3183.7亿元", meta=GROWTH)
    assert kept == []


def test_ignore_for_another_rule_keeps_the_finding_and_is_reported() -> None:
    source = PAGE.replace("ignore[FC101]", "ignore[FC201]")
    kept, audit = run(source, "68.5%", "82.1%")
    assert kept == ["68.5%", "82.1%"]
    assert len(audit) == 1
    unused = audit[0]
    assert unused.severity is Severity.WARNING
    assert unused.name == "unused-suppression"
    assert unused.claims == ()
    assert (unused.file, unused.line, unused.column) == ("story.md", 3, 1)
    assert unused.message == "unused suppression: ignore[FC201] suppressed no finding"
    assert len(unused.fingerprint) == 40


def test_disable_enable_range() -> None:
    source = (
        "第一段占10.5%。\n\n"
        "<!-- factcheck: disable[FC1] -->\n\n"
        "第二段占20.5%。\n\n第三段占30.5%。\n\n"
        "<!-- factcheck: enable[FC1] -->\n\n"
        "第四段占40.5%。\n"
    )
    # FC1 is a family prefix, not an id or name: the comment names no rule it knows.
    kept, audit = run(source, "10.5%", "20.5%", "30.5%", "40.5%")
    assert kept == ["10.5%", "20.5%", "30.5%", "40.5%"]
    assert [f.message for f in audit] == [
        "unused suppression: unknown rule 'FC1' in disable[FC1]",
    ]
    source = source.replace("[FC1]", "[FC101]")
    assert run(source, "10.5%", "20.5%", "30.5%", "40.5%") == (["10.5%", "40.5%"], [])


def test_enable_closes_only_the_rules_it_names() -> None:
    source = (
        "<!-- factcheck: disable[FC101, growth-mismatch] -->\n"
        "甲占10.5%。\n\n"
        "<!-- factcheck: enable[FC101] -->\n"
        "乙占20.5%，增长5.5%。\n"
    )
    kept, audit = run(source, "10.5%", "20.5%")
    assert kept == ["20.5%"]
    kept_growth, _ = run(source, "5.5%", meta=GROWTH)
    assert kept_growth == []
    assert [f.message for f in audit] == [
        "unused suppression: growth-mismatch in disable[FC101,growth-mismatch] "
        "suppressed no finding"
    ]


def test_unclosed_disable_runs_to_the_end() -> None:
    source = "甲占10.5%。\n\n<!-- factcheck: disable -->\n\n乙占20.5%。\n\n丙占30.5%。"
    assert run(source, "10.5%", "20.5%", "30.5%") == (["10.5%"], [])


def test_enable_without_disable_is_reported() -> None:
    source = "<!-- factcheck: enable[FC101] -->\n甲占10.5%。\n"
    kept, audit = run(source, "10.5%")
    assert kept == ["10.5%"]
    assert [f.message for f in audit] == [
        "unused suppression: enable[FC101] has no matching disable"
    ]


def test_ignore_file_anywhere() -> None:
    source = "甲占10.5%。\n\n乙占20.5%。\n\n<!-- factcheck: ignore-file[share-mismatch] -->\n"
    assert run(source, "10.5%", "20.5%") == ([], [])
    kept, audit = run(source, "10.5%", meta=GROWTH)
    assert kept == ["10.5%"]
    assert [f.line for f in audit] == [5]


def test_unknown_rule_reference_is_reported() -> None:
    source = PAGE.replace("ignore[FC101]", "ignore[FC101,FC999]")
    kept, audit = run(source, "68.5%", "82.1%")
    assert kept == ["82.1%"]
    assert [f.message for f in audit] == [
        "unused suppression: unknown rule 'FC999' in ignore[FC101,FC999]"
    ]


def test_unreadable_directive_is_reported_and_other_comments_ignored() -> None:
    source = "<!-- 编辑备注：待核实 -->\n<!-- factcheck: ignroe[FC101] -->\n甲占10.5%。\n"
    kept, audit = run(source, "10.5%")
    assert kept == ["10.5%"]
    assert len(audit) == 1
    assert audit[0].message.startswith("unused suppression: cannot read")
    assert audit[0].line == 2


def test_naming_fc901_silences_the_audit() -> None:
    same_comment = PAGE.replace("ignore[FC101]", "ignore[FC201,unused-suppression]")
    assert run(same_comment, "68.5%", "82.1%") == (["68.5%", "82.1%"], [])
    whole_file = PAGE.replace("ignore[FC101]", "ignore[FC201]") + (
        "\n<!-- factcheck: ignore-file[FC901] -->\n"
    )
    assert run(whole_file, "68.5%", "82.1%") == (["68.5%", "82.1%"], [])


def test_two_comments_covering_one_finding_are_both_used() -> None:
    source = (
        "<!-- factcheck: ignore-file[FC101] -->\n\n<!-- factcheck: ignore[FC101] -->\n甲占10.5%。\n"
    )
    assert run(source, "10.5%") == ([], [])


def test_claimless_finding_anchored_by_line_and_column() -> None:
    source = "<!-- factcheck: ignore[FC102] -->\n甲乙丙三项合计超过总数。\n"
    finding = Finding(
        rule="FC102",
        name="parts-exceed-total",
        message="parts exceed total",
        claims=(),
        severity=Severity.ERROR,
        line=2,
        column=3,
    )
    assert apply_suppressions([finding], parse_suppressions(source), RULES) == []


def test_comment_positions() -> None:
    sup = parse_suppressions("正文\r\n\r\n  <!-- factcheck: ignore[FC101] -->\r\n下一段")
    (item,) = sup.items
    assert (item.kind, item.rules, item.line, item.column) == ("ignore", ("FC101",), 3, 3)
    (scope,) = item.scopes
    assert sup.source[scope.start : scope.end] == "下一段"


def test_unused_suppression_meta_is_documented() -> None:
    assert (UNUSED_SUPPRESSION.id, UNUSED_SUPPRESSION.name) == ("FC901", "unused-suppression")
    assert UNUSED_SUPPRESSION.severity is Severity.WARNING
    positions = [UNUSED_SUPPRESSION.doc.index(f"## {s}\n") for s in DOC_SECTIONS]
    assert positions == sorted(positions)


@pytest.mark.parametrize("kind", ["ignore", "disable", "ignore-file"])
def test_every_idle_kind_is_reported(kind: str) -> None:
    source = f"<!-- factcheck: {kind}[FC102] -->\n甲占10.5%。\n"
    kept, audit = run(source, "10.5%")
    assert kept == ["10.5%"]
    assert [f.message for f in audit] == [
        f"unused suppression: {kind}[FC102] suppressed no finding"
    ]


def test_reason_after_a_colon_and_chinese_separators() -> None:
    source = "<!-- factcheck: ignore[FC101、FC102]：已向统计局核实 -->\n甲占10.5%。\n"
    kept, audit = run(source, "10.5%")
    assert kept == []
    assert [f.message for f in audit] == [
        "unused suppression: FC102 in ignore[FC101,FC102] suppressed no finding"
    ]
    (item,) = parse_suppressions(source).items
    assert item.rules == ("FC101", "FC102")


def test_forgotten_brackets_do_not_silence_every_rule() -> None:
    source = "<!-- factcheck: ignore FC101 -->\n甲占10.5%。\n"
    kept, audit = run(source, "10.5%")
    assert kept == ["10.5%"]
    assert audit[0].message.startswith("unused suppression: cannot read")
