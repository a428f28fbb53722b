"""Sums and shares of one whole: the arithmetic of FC102 and FC103 on generated copy."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claims
from factcheck.config import Config
from factcheck.context import Context
from factcheck.engine import check_document
from factcheck.report import Report
from factcheck.rules.shares.addends import CHANGE, LEVEL, Texts, addends


def _check(text: str, rule: str) -> Report:
    doc = claims.parse(text)
    return check_document(doc, claims.extract(doc), Config(select=(rule,)))


def _breakdown(total: int, exports: int, imports: int) -> str:
    return f"上半年，全市进出口总值{total}亿元。其中，出口{exports}亿元；进口{imports}亿元。"


def _transposed(number: int) -> int | None:
    """The number with its last pair of differing adjacent digits swapped."""
    digits = str(number)
    for i in range(len(digits) - 2, -1, -1):
        if digits[i] != digits[i + 1] and not (i == 0 and digits[i + 1] == "0"):
            return int(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :])
    return None


@settings(max_examples=40, deadline=None)
@given(st.integers(1000, 99999), st.integers(1000, 99999))
def test_a_breakdown_that_adds_up_is_verified(exports: int, imports: int) -> None:
    report = _check(_breakdown(exports + imports, exports, imports), "FC102")
    assert not report.findings
    assert len([v for v in report.verified if v.rule == "FC102"]) == 1


@settings(max_examples=40, deadline=None)
@given(st.integers(1000, 99999), st.integers(1000, 99999))
def test_a_transposed_total_is_caught_and_corrected(exports: int, imports: int) -> None:
    total = exports + imports
    wrong = _transposed(total)
    if wrong is None or wrong == total:
        return
    report = _check(_breakdown(wrong, exports, imports), "FC102")
    assert len(report.findings) == 1
    suggestion = report.findings[0].suggestion
    assert suggestion is not None
    assert suggestion.replacement == f"{total}亿元"


def test_changes_carry_their_sign_and_value_added_is_a_level() -> None:
    text = "全县第三产业实现增加值63.27亿元。地方收入增加5873万元；上划中央收入减少416万元。"
    doc = claims.parse(text)
    ctx = Context.build(doc, claims.extract(doc))
    found = {a.claim.text: (a.role, a.sign) for a in addends(ctx, Texts(ctx))}
    assert found["63.27亿元"] == (LEVEL, 1)
    assert found["5873万元"] == (CHANGE, 1)
    assert found["416万元"] == (CHANGE, -1)


def test_shares_of_one_whole_within_rounding_are_verified() -> None:
    text = "本地、省内、省外订单分别占全部订单量的23.4%、64.9%和11.7%。"
    report = _check(text, "FC103")
    assert not report.findings
    assert len(report.verified) == 1
    assert report.verified[0].computed == "[99.85%, 100.15%]"
