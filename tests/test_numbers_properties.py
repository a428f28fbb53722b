"""Properties of numeral reading that must hold for every number, not only the examples.

Spelling and reading are inverse; 万/亿/万亿 scaling is exact; grouping commas change
nothing; the precision is half the last written place; and the pattern and the parser agree
on what a numeral is, so the extractor never finds a numeral it cannot read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from claims.numbers import (
    NUMERAL_PATTERN,
    chinese_spelling,
    parse_chinese_integer,
    parse_numeral,
)

NUMERAL = re.compile(NUMERAL_PATTERN)
MAGNITUDES = {"万": 4, "亿": 8, "万亿": 12, "萬": 4, "億": 8}

integers = st.integers(min_value=0, max_value=10**16 - 1)
#: Numbers with many zeros are where 零 and elision go wrong, so draw them often.
sparse_integers = st.lists(st.sampled_from([0, 0, 0, 1, 2, 5, 9]), min_size=1, max_size=16).map(
    lambda digits: int("".join(map(str, digits)))
)


def trailing_zeros(n: int) -> int:
    return len(str(n)) - len(str(n).rstrip("0"))


@given(st.one_of(integers, sparse_integers))
@example(10)
@example(10**15)
@example(1000100000000)
def test_spelling_reads_back(n: int) -> None:
    spelled = chinese_spelling(n)
    assert parse_chinese_integer(spelled) == n
    numeral = parse_numeral(spelled)
    assert numeral.value == n
    assert not numeral.more_than and not numeral.vague
    assert NUMERAL.fullmatch(spelled)


@given(st.one_of(integers, sparse_integers).filter(bool))
def test_precision_is_half_the_last_written_place(n: int) -> None:
    expected = Decimal(5).scaleb(trailing_zeros(n) - 1)
    assert parse_numeral(chinese_spelling(n)).precision == expected
    assert parse_numeral(str(n)).precision == Decimal("0.5")  # Arabic zeros are written digits


@given(
    st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(MAGNITUDES)),
)
def test_magnitudes_scale_exactly(d: Decimal, magnitude: str) -> None:
    text = f"{d}{magnitude}"
    numeral = parse_numeral(text)
    assert numeral.value == d * 10 ** MAGNITUDES[magnitude]
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    decimals = max(0, -exponent)
    assert numeral.precision == Decimal(5).scaleb(MAGNITUDES[magnitude] - decimals - 1)
    assert NUMERAL.fullmatch(text)


@given(st.integers(min_value=0, max_value=10**15), st.integers(min_value=0, max_value=99))
def test_thousands_separators_round_trip(n: int, hundredths: int) -> None:
    grouped = f"{n:,}"
    assert parse_numeral(grouped).value == n
    with_fraction = f"{n:,}.{hundredths:02d}"
    assert parse_numeral(with_fraction).value == Decimal(f"{n}.{hundredths:02d}")
    assert NUMERAL.fullmatch(grouped) and NUMERAL.fullmatch(with_fraction)


@given(st.one_of(integers, sparse_integers), st.sampled_from(["人", "元", "个", "%", "。"]))
def test_pattern_takes_the_whole_numeral_in_running_text(n: int, after: str) -> None:
    for spelled in (chinese_spelling(n), f"{n:,}", str(n)):
        match = NUMERAL.search(f"全年共{spelled}{after}")
        assert match is not None and match.group() == spelled


NUMERAL_ALPHABET = "0123456789,.一二三两四五六七八九十百千万亿零〇点几数余多廿壹拾佰仟萬億兩"


@given(st.text(alphabet=NUMERAL_ALPHABET, max_size=8))
def test_pattern_and_parser_agree(text: str) -> None:
    """parse_numeral accepts exactly the strings NUMERAL_PATTERN matches in full."""
    if NUMERAL.fullmatch(text):
        numeral = parse_numeral(text)
        if numeral.value is None:
            assert numeral.low is not None and numeral.high is not None
            assert numeral.vague and numeral.low < numeral.high
        assert numeral.precision > 0
    else:
        try:
            parse_numeral(text)
        except ValueError:
            return
        raise AssertionError(f"parsed {text!r}, which the pattern rejects")
