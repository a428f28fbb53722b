"""Tables: cells read whatever the layout, with exact places, and the rules FC601–FC603.

Three linearizations are read (a row per line with pipes, a cell per line closed by a pipe,
a row per line with spaces); each cell claim takes its unit from the column header or the
单位 line and its scope from the row label and the column header. Prose, including prose
with a stray pipe, never becomes a table. Property tests build tables whose columns add up
and require silence plus verified sums, then break one cell and require an error.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claims
from claims.model import Claim, Kind
from factcheck.config import Config
from factcheck.engine import check_document
from factcheck.finding import Severity
from factcheck.report import Report

SEED = Path(__file__).parent.parent / "fixtures" / "articles" / "zh" / "hunan-daily-2025-10-31.md"
CORPUS = Path(
    os.environ.get(
        "FACTCHECK_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "zh-news"
    )
)
TABLE_RULES = ("FC601", "FC602", "FC603")

MARKDOWN = """\
各县市区主要指标
| 地区 | 企业数(家) | 营业收入(亿元) | 增长(%) |
|---|---|---|---|
| 全市 | 120 | 45.6 | 8.2 |
| 甲区 | 70 | 30.1 | -1.5 |
| 乙县 | 50 | 15.5 | 12 |
"""

ONE_CELL_PER_LINE = """\
表3 医疗机构情况
指 标
|
机构数
(个)
|
床位数
(张)
|
#民营
|
全 市
|
90
|
6000
|
1500
|
医院
|
30
|
5000
|
1200
|
诊所
|
60
|
1000
|
300
|
"""

SPACED = """\
单位:万元 币种:人民币
本期 上年同期 增减(%)
营业收入 12,500.00 10,000.00 25.00
归属于母公司股 1,800.00 1,500.00 20.00
东的净利润
毛利率(%) 31.20 30.60 增加0.60个百分点
"""


def cells(text: str) -> list[Claim]:
    return [c for c in claims.extract(text) if c.table is not None]


def check(text: str, *rules: str) -> Report:
    doc = claims.parse(text)
    return check_document(doc, claims.extract(doc), Config(select=rules or TABLE_RULES))


def assert_exact(text: str, found: list[Claim]) -> None:
    for claim in found:
        assert text[claim.start : claim.end] == claim.text, claim


# --- extraction -------------------------------------------------------------------------


def test_markdown_cells_take_units_from_headers() -> None:
    found = cells(MARKDOWN)
    assert_exact(MARKDOWN, found)
    by_place = {(c.row, c.column): c for c in found}
    firms = by_place[(0, 1)]
    assert (firms.text, firms.kind, firms.unit, firms.value) == (
        "120",
        Kind.COUNT,
        "count:家",
        Decimal(120),
    )
    assert firms.precision == 0  # a whole count written in full is exact
    assert (firms.scope.subject, firms.scope.metric) == ("全市", "企业数")
    revenue = by_place[(1, 2)]
    assert (revenue.kind, revenue.unit, revenue.value) == (Kind.AMOUNT, "CNY", Decimal("3.01e9"))
    assert revenue.precision == Decimal("5e6")  # 30.1亿 covers ±0.05亿
    fall = by_place[(1, 3)]
    assert (fall.text, fall.kind, fall.value) == ("-1.5", Kind.DECLINE, Decimal("0.015"))
    assert by_place[(2, 3)].kind is Kind.GROWTH
    assert {c.role for c in found} == {"table"}
    assert len({c.id for c in found}) == len(found)
    assert all(c.id.startswith("t") for c in found)


def test_one_cell_per_line_table_is_folded_into_rows() -> None:
    found = cells(ONE_CELL_PER_LINE)
    assert_exact(ONE_CELL_PER_LINE, found)
    assert len(found) == 9
    grid = {(c.row, c.column): c for c in found}
    assert grid[(0, 1)].scope.subject == "全市"
    assert (grid[(2, 2)].text, grid[(2, 2)].unit) == ("1000", "count:张")
    sub = grid[(1, 3)]
    assert (sub.scope.metric, sub.unit) == (
        "#民营",
        "count:张",
    )  # a # column takes its parent's unit


def test_spaced_table_joins_wrapped_labels_and_broken_headers() -> None:
    found = cells(SPACED)
    assert_exact(SPACED, found)
    grid = {(c.row, c.column): c for c in found}
    assert grid[(0, 1)].value == Decimal("125000000.00")  # 单位:万元
    assert grid[(1, 1)].scope.subject == "归属于母公司股东的净利润"
    assert grid[(0, 1)].scope.metric == "本期"
    assert grid[(0, 3)].scope.metric == "增减"
    assert (grid[(0, 3)].kind, grid[(0, 3)].value) == (Kind.GROWTH, Decimal("0.2500"))
    rate = grid[(2, 1)]
    assert (rate.unit, rate.kind, rate.value) == ("percent", Kind.SHARE, Decimal("0.3120"))
    points = grid[(2, 3)]
    assert (points.text, points.kind, points.value) == (
        "0.60个百分点",
        Kind.PP_DIFFERENCE,
        Decimal("0.60"),
    )


def test_a_cell_replaces_the_prose_reading_of_the_same_characters() -> None:
    found = claims.extract(MARKDOWN)
    assert not [c for c in found if c.table is None and c.start > MARKDOWN.index("|")]


@pytest.mark.parametrize(
    "text",
    [
        "某市电视台新闻联播|迎接新年:全市经济总量2015年以来稳居全省前三。",
        "全省进出口3964.6亿元,增长5.2%。其中出口2181.3亿元,进口1783.3亿元。",
        "得分 3 2\n",  # one row of numbers is no table
        "全年 GDP 增长 5.2 %，高于全国 0.2 个百分点。\n全省 CPI 上涨 0.3 %，回落 0.1 个百分点。\n",
        "甲 | 乙\n",
    ],
)
def test_prose_is_never_a_table(text: str) -> None:
    assert cells(text) == []


def test_the_reference_page_has_no_table() -> None:
    text = SEED.read_text("utf-8")
    assert cells(text) == []


# --- rules ------------------------------------------------------------------------------


def test_rules_verify_a_consistent_table() -> None:
    report = check(ONE_CELL_PER_LINE + "\n" + SPACED)
    assert report.findings == ()
    rules = sorted(v.rule for v in report.verified)
    assert rules == ["FC601"] * 3 + ["FC602"] * 3


def test_row_growth_error_shows_the_arithmetic() -> None:
    report = check(SPACED.replace("25.00", "52.00"), "FC601")
    (finding,) = report.findings
    assert finding.severity is Severity.ERROR
    assert "12,500.00 ÷ 10,000.00 − 1 = 25%" in finding.message
    assert finding.suggestion is not None and finding.suggestion.replacement == "25.00"
    assert finding.tolerance


def test_column_sum_error_names_the_total_row() -> None:
    report = check(ONE_CELL_PER_LINE.replace("6000", "6600"), "FC602")
    (finding,) = report.findings
    assert "5000 + 1000 = 6000, but the 全市 row says 6600" in finding.message
    assert finding.severity is Severity.ERROR  # the other columns add up: the rows are all


def test_rank_order_warning() -> None:
    text = "\n".join(
        ["| 名次 | 省份 | 收入(亿元) |", "|---|---|---|"]
        + [f"| {i} | 省{i} | {v} |" for i, v in enumerate([90, 80, 7, 60, 50, 40], 1)]
    )
    (finding,) = check(text, "FC603").findings
    assert finding.severity is Severity.WARNING
    assert "7" in [c.text for c in finding.claims]
    assert finding.suggestion is not None  # one slip that puts it between 60 and 80
    assert 60 <= int(finding.suggestion.replacement) <= 80


def test_other_rules_leave_table_cells_alone() -> None:
    doc = claims.parse(MARKDOWN + "\n" + SPACED.replace("25.00", "52.00"))
    report = check_document(doc, claims.extract(doc), Config(ignore=TABLE_RULES))
    assert report.findings == ()


# --- properties -------------------------------------------------------------------------

_ROWS = st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 90000)), min_size=2, max_size=8)


def _table(rows: list[tuple[int, int]], total: tuple[int, int]) -> str:
    lines = [
        "| 地区 | 单位数(个) | 人数(人) |",
        "|---|---|---|",
        f"| 合计 | {total[0]} | {total[1]} |",
    ]
    lines += [f"| 地{i} | {a} | {b} |" for i, (a, b) in enumerate(rows)]
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None)
@given(_ROWS)
def test_tables_that_add_up_are_verified(rows: list[tuple[int, int]]) -> None:
    total = (sum(a for a, _ in rows), sum(b for _, b in rows))
    text = _table(rows, total)
    assert_exact(text, cells(text))
    report = check(text, "FC602")
    assert report.findings == ()
    assert len(report.verified) == 2


@settings(max_examples=60, deadline=None)
@given(_ROWS, st.integers(1, 999))
def test_a_broken_total_is_an_error_when_another_column_adds_up(
    rows: list[tuple[int, int]], shift: int
) -> None:
    total = (sum(a for a, _ in rows), sum(b for _, b in rows) + shift)
    report = check(_table(rows, total), "FC602")
    (finding,) = report.findings
    assert finding.severity is Severity.ERROR
    assert finding.claims[0].text == str(total[1])


# --- corpus -----------------------------------------------------------------------------

PASSAGES = {
    "037-shimao-2016-interim-report-summary.md": ("FC601", 9),
    "070-nanjing-hospitals-2020-yearbook-table.md": ("FC602", 5),
    "017-national-day-tourism-ranking-2019.md": ("FC603", 1),
}


@pytest.mark.parametrize(("name", "expected"), PASSAGES.items(), ids=lambda x: str(x)[:3])
def test_corpus_tables_are_read_and_hold(name: str, expected: tuple[str, int]) -> None:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus not found at {CORPUS}")
    text = path.read_text("utf-8")
    assert_exact(text, cells(text))
    report = check(text)
    assert report.findings == ()
    rule, count = expected
    assert sum(v.rule == rule for v in report.verified) == count
