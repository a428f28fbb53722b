"""Fingerprints survive edits elsewhere on the page and change when the relation changes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.finding import ClaimRef, Finding, Severity
from factcheck.fingerprint import context, fingerprint, normalize

PAGE = """# 前三季度湖南外贸进出口5012.3亿元

湖南日报10月31日讯　前三季度，全省外贸进出口总值5012.3亿元，同比增长12.5%。

其中，出口3183.7亿元，占全省进出口总值的68.5%；进口1828.6亿元。

民营企业进出口4112.8亿元，增长15.2%。
"""


def claim(source: str, text: str, ident: str, occurrence: int = 0) -> ClaimRef:
    start = -1
    for _ in range(occurrence + 1):
        start = source.index(text, start + 1)
    before = source[:start]
    line = before.count("\n") + 1
    column = start - (before.rfind("\n") + 1) + 1
    return ClaimRef(
        id=ident,
        text=text,
        start=start,
        end=start + len(text),
        line=line,
        column=column,
        kind="share",
        unit="percent",
    )


def share_finding(source: str, share: str = "68.5%", part: str = "3183.7亿元") -> Finding:
    claims = (
        claim(source, share, "c3"),
        claim(source, part, "c2"),
        claim(source, "5012.3亿元", "c1", occurrence=1),
    )
    return Finding(
        rule="FC101",
        name="share-mismatch",
        message=f"share {share} does not match {part} / 5012.3亿元 = 63.5%",
        claims=claims,
        computed="63.5%",
        stated=share,
        severity=Severity.ERROR,
        line=claims[0].line,
        column=claims[0].column,
    )


def test_fingerprint_is_sha1_hex() -> None:
    value = fingerprint(share_finding(PAGE), PAGE)
    assert len(value) == 40
    assert int(value, 16) >= 0


def test_lines_added_above_keep_the_fingerprint() -> None:
    edited = "<!-- 编辑：张三 -->\n\n" + PAGE.replace("# 前三", "## 经济\n\n# 前三")
    before = share_finding(PAGE)
    after = share_finding(edited)
    assert after.claims[0].line != before.claims[0].line
    assert fingerprint(after, edited) == fingerprint(before, PAGE)


def test_rewriting_another_paragraph_keeps_the_fingerprint() -> None:
    edited = PAGE.replace(
        "民营企业进出口4112.8亿元，增长15.2%。", "民营企业表现亮眼，进出口4120亿元，增长15.4%。"
    ).replace("湖南日报10月31日讯　前三季度，", "本报讯　今年前三季度，")
    assert fingerprint(share_finding(edited), edited) == fingerprint(share_finding(PAGE), PAGE)


def test_rewrapping_and_full_width_digits_keep_the_fingerprint() -> None:
    edited = PAGE.replace("占全省进出口总值的68.5%", "占全省进出口\n总值的６８.５%")
    finding = share_finding(edited, share="６８.５%")
    assert fingerprint(finding, edited) == fingerprint(share_finding(PAGE), PAGE)


def test_changing_a_number_of_the_relation_changes_it() -> None:
    edited = PAGE.replace("68.5%", "63.5%")
    changed = share_finding(edited, share="63.5%")
    assert fingerprint(changed, edited) != fingerprint(share_finding(PAGE), PAGE)
    edited = PAGE.replace("出口3183.7亿元", "出口3138.7亿元")
    changed = share_finding(edited, part="3138.7亿元")
    assert fingerprint(changed, edited) != fingerprint(share_finding(PAGE), PAGE)


def test_rewording_right_next_to_the_claim_changes_it() -> None:
    edited = PAGE.replace("占全省进出口总值的68.5%", "约占全省外贸总额的68.5%")
    assert fingerprint(share_finding(edited), edited) != fingerprint(share_finding(PAGE), PAGE)


def test_same_numbers_in_another_place_differ() -> None:
    page = PAGE + "\n另据海关统计，出口3183.7亿元中，机电产品占68.5%。\n"
    here = share_finding(page)
    elsewhere = here.model_copy(
        update={"claims": (claim(page, "68.5%", "c3", 1), *here.claims[1:])}
    )
    assert fingerprint(here, page) != fingerprint(elsewhere, page)


def test_rule_is_part_of_the_identity() -> None:
    finding = share_finding(PAGE)
    other = finding.model_copy(update={"rule": "FC102"})
    assert fingerprint(finding, PAGE) != fingerprint(other, PAGE)


def test_file_name_is_not_part_of_the_identity() -> None:
    finding = share_finding(PAGE)
    moved = finding.model_copy(update={"file": "edited/story.md"})
    assert fingerprint(finding, PAGE) == fingerprint(moved, PAGE)


def test_context_stops_at_the_paragraph() -> None:
    source = "上一段结尾。\n\n出口3183.7亿元。\n"
    start = source.index("出口")
    assert context(source, start, start + 2) == ("", "3183.7亿元")
    number = source.index("3183.7亿元")
    assert context(source, number, number + len("3183.7亿元")) == ("出口", "。")
    last = source.index("结尾")
    assert context(source, last, last + 2) == ("上一段", "。")


def test_claimless_findings_use_message_and_place() -> None:
    finding = Finding(
        rule="FC901",
        name="unused-suppression",
        message="unused suppression: ignore[FC101] suppressed no finding",
        claims=(),
        severity=Severity.WARNING,
        line=3,
        column=1,
    )
    source = "标题\n\n<!-- factcheck: ignore[FC101] -->\n正文。\n"
    shifted = "新增一行\n\n" + source
    moved = finding.model_copy(update={"line": 5})
    assert fingerprint(finding, source) == fingerprint(moved, shifted)


@given(st.text(), st.text())
def test_normalize_ignores_whitespace(a: str, b: str) -> None:
    assert normalize(a + " \n\t" + b) == normalize(a) + normalize(b)
