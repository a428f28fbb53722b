"""Single-slip corrections: the number an editor most probably meant."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import claims
from claims.interval import Interval
from factcheck.suggest import best, suggest


def _claim(text: str) -> claims.Claim:
    (claim,) = [c for c in claims.extract(f"全省进出口{text}。") if c.kind.value != "enumeration"]
    return claim


def test_transposed_digits_are_put_back() -> None:
    wrong = _claim("3694.6亿元")
    meant = Interval(Decimal("393000000000"), Decimal("400200000000"))
    found = suggest(wrong, meant)
    assert found is not None
    assert found.replacement == "3964.6亿元"
    assert found.reason == "two digits transposed"


def test_wan_for_yi_is_recognised() -> None:
    wrong = _claim("3964.6万元")
    meant = Interval(Decimal("396400000000"), Decimal("396500000000"))
    found = suggest(wrong, meant)
    assert found is not None
    assert found.replacement == "3964.6亿元"


def test_no_slip_explains_a_far_miss() -> None:
    wrong = _claim("3964.6亿元")
    assert suggest(wrong, Interval(Decimal("100000000000"), Decimal("100100000000"))) is None


def test_best_prefers_a_transposition_to_a_changed_digit() -> None:
    wrong = _claim("3694.6亿元")
    a = suggest(wrong, Interval(Decimal("396400000000"), Decimal("396500000000")))
    b = suggest(wrong, Interval(Decimal("369500000000"), Decimal("369500000000")))
    assert best(b, a) == a


@given(
    digits=st.text(alphabet="0123456789", min_size=3, max_size=6).filter(lambda d: d[0] != "0"),
    position=st.integers(min_value=0, max_value=4),
)
def test_any_adjacent_transposition_is_found(digits: str, position: int) -> None:
    position %= len(digits) - 1
    if digits[position] == digits[position + 1] or (position == 0 and digits[1] == "0"):
        return
    swapped = digits[:position] + digits[position + 1] + digits[position] + digits[position + 2 :]
    wrong = _claim(f"{swapped}亿元")
    value = Decimal(digits) * Decimal(10) ** 8
    found = suggest(wrong, Interval(value, value))
    assert found is not None
    assert found.replacement == f"{digits}亿元"
    assert found.reason == "two digits transposed"


def test_a_moved_point_keeps_the_rounding_of_what_it_writes() -> None:
    wrong = _claim("112万人")
    # 0.112万 stands for 1115–1125, not for anything within the ±5000 of 112万.
    assert suggest(wrong, Interval(Decimal(4242), Decimal(4242))) is None
    found = suggest(wrong, Interval(Decimal(1120), Decimal(1120)))
    assert found is not None and found.reason == "decimal point moved"
