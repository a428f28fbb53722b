"""Periods written in different words meet on one key, and different periods never do."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.extraction.zh_scope import period_key

CHINESE_MONTHS = ["", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("前10个月", "1-10月"),
        ("前10月", "1-10月"),
        ("前十个月", "1-10月"),
        ("今年前10个月", "1-10月"),
        ("1-10月", "1-10月"),
        ("1至10月份", "1-10月"),
        ("前两个月", "1-2月"),
        ("前9个月", "前三季度"),
        ("1-6月", "上半年"),
        ("前三个月", "一季度"),
    ],
)
def test_first_months_of_a_year_meet(written: str, key: str) -> None:
    assert period_key(written) == key


@given(st.integers(2, 12), st.integers(2, 12))
def test_different_first_months_never_meet(a: int, b: int) -> None:
    forms_a = {
        period_key(f"前{a}个月"),
        period_key(f"1-{a}月"),
        period_key(f"前{CHINESE_MONTHS[a]}个月"),
    }
    forms_b = {period_key(f"前{b}个月"), period_key(f"1-{b}月")}
    assert len(forms_a) == 1
    assert (forms_a == forms_b) == (a == b)
