"""Traditional → Simplified mapping: same length, so offsets survive."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claims.script import has_traditional, to_simplified


def test_trade_headline_is_simplified_in_place() -> None:
    text = "進出口總額3627.4億元，同比增長17%"
    simplified = to_simplified(text)
    assert simplified == "进出口总额3627.4亿元，同比增长17%"
    assert len(simplified) == len(text)


def test_simplified_text_is_left_alone() -> None:
    text = "前三季度，湖南对APEC其他经济体进出口2181.3亿元。"
    assert to_simplified(text) == text
    assert not has_traditional(text)


def test_has_traditional_finds_one_character() -> None:
    assert has_traditional("全市財政总收入")
    assert not has_traditional("全市财政总收入")
    assert not has_traditional("")


def test_astral_characters_are_checked_against_the_table() -> None:
    # 㑮 (BMP) is a key of the table; 𫝈 (astral) is only a target.
    assert has_traditional("㑮")
    assert not has_traditional("𫝈")
    assert to_simplified("㑮") == "𫝈"


@given(st.text())
def test_length_is_kept(text: str) -> None:
    simplified = to_simplified(text)
    assert len(simplified) == len(text)


@given(st.text(alphabet="國會議員總統經濟發展進出口億萬元，。0123456789"))
def test_simplified_output_has_no_traditional_left(text: str) -> None:
    assert not has_traditional(to_simplified(text))
