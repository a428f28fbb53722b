"""Unit registry, exact conversion and the unit words of copy (phenomena-zh §0, §5, §13, §14)."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from itertools import permutations

import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.model import Kind
from claims.units import (
    UnitMismatch,
    UnitWord,
    UnknownUnit,
    contract_codes,
    conversion_factor,
    convert,
    counter_code,
    is_contract_code,
    pint_unit,
    quantity,
    registry,
    unit_alternation,
    unit_codes,
    unit_words,
)
from claims.units.convert import shortest_decimal

D = Decimal

CONTRACT = {
    "CNY", "USD", "HKD", "EUR", "percent", "percentage_point", "ratio", "count:*", "rank",
    "mu", "hectare", "km", "m", "km2", "m3", "t", "kg", "kW", "kWh", "TEU", "person_time",
    "minute", "hour", "day", "week", "month", "year", "none",
}  # fmt: skip

# Every code the registry knows, with one real counter standing for count:*.
CODES = [*sorted(code for code in unit_codes() if code != "count:*"), "count:家", "count:个"]


# --- the registry ---------------------------------------------------------------------------


def test_registry_is_built_once_per_process() -> None:
    assert registry() is registry()
    convert(D("3.5"), "mu", "hectare")
    quantity(D("1"), "count:票")
    assert registry.cache_info().misses == 1


def test_registry_refuses_redefinitions() -> None:
    with pytest.raises(pint.errors.RedefinitionError):
        registry().define("yuan = [currency_cny]")


def test_contract_codes_are_the_catalogue_list() -> None:
    assert contract_codes() == CONTRACT
    assert is_contract_code("count:架次")
    assert not is_contract_code("JPY")
    assert not is_contract_code("GBP")
    assert not is_contract_code("second")
    assert not is_contract_code("万元")


@pytest.mark.parametrize("code", CODES)
def test_every_code_loads_as_a_pint_unit_and_a_quantity(code: str) -> None:
    unit = pint_unit(code)
    value = quantity(D("2.5"), code)
    assert value.units == unit
    assert value.magnitude == D("2.5")
    assert convert(D("2.5"), code, code) == D("2.5")


@pytest.mark.parametrize("code", ["mu2", "count:", "count:*", "万元", "percentage", "", "元"])
def test_unknown_codes_raise(code: str) -> None:
    with pytest.raises(UnknownUnit):
        pint_unit(code)


def test_values_must_be_decimal() -> None:
    with pytest.raises(TypeError):
        quantity(0.1, "CNY")  # type: ignore[arg-type]


def test_mu_is_the_chinese_acre_not_a_pint_prefix() -> None:
    assert pint_unit("mu") == registry().Unit("shi_mu")
    assert pint_unit("mu").dimensionality == registry().Unit("hectare").dimensionality


@pytest.mark.parametrize("code", ["percent", "ratio", "rank", "none"])
def test_plain_number_codes_are_dimensionless(code: str) -> None:
    assert pint_unit(code).dimensionless


def test_percent_is_stored_as_its_fraction() -> None:
    # §0: 55% → 0.55 percent, so the code means "a fraction", not pint's 0.01.
    assert quantity(D("0.55"), "percent").to("percent").magnitude == D("55")
    assert convert(D("0.55"), "percent", "ratio") == D("0.55")


def test_every_counter_is_one_counting_unit() -> None:
    assert pint_unit("count:家") == pint_unit("count:架次") == pint_unit("count:个")
    assert not pint_unit("count:家").dimensionless


# --- what must never add up -----------------------------------------------------------------


def test_adding_a_percentage_point_to_a_percent_raises() -> None:
    rate, change = quantity(D("0.685"), "percent"), quantity(D("1.2"), "percentage_point")
    with pytest.raises(pint.DimensionalityError):
        rate + change
    with pytest.raises(UnitMismatch):
        convert(D("1.2"), "percentage_point", "percent")


def test_adding_dollars_to_yuan_raises() -> None:
    with pytest.raises(pint.DimensionalityError):
        quantity(D("1.2e8"), "USD") + quantity(D("8.6e8"), "CNY")
    with pytest.raises(UnitMismatch):
        convert(D(1), "USD", "CNY")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("JPY", "CNY"),
        ("GBP", "CNY"),
        ("HKD", "USD"),
        ("EUR", "CNY"),
        ("person_time", "count:人"),
        ("TEU", "count:个"),
        ("kW", "kWh"),
        ("mu", "km"),
        ("t", "m3"),
        ("day", "count:天"),
        ("percent", "count:个"),
    ],
)
def test_incompatible_codes_raise_unit_mismatch(source: str, target: str) -> None:
    with pytest.raises(UnitMismatch, match=re.escape(source)):
        convert(D(1), source, target)
    assert issubclass(UnitMismatch, ValueError)


# --- exact conversion -----------------------------------------------------------------------


def test_mu_to_hectare_is_exactly_one_fifteenth() -> None:
    assert conversion_factor("mu", "hectare") == Fraction(1, 15)
    assert conversion_factor("hectare", "mu") == 15
    assert convert(D("15"), "mu", "hectare") == D(1)
    assert convert(D("3500"), "hectare", "mu") == D("52500")
    assert convert(D("8e4"), "mu", "hectare") == D("5333.3333333333333333")
    assert conversion_factor("km2", "mu") == 1500


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        ("480", "kg", "t", "0.48"),
        ("2.5", "t", "kg", "2500"),
        ("1088", "m", "km", "1.088"),
        ("48.6", "km", "m", "48600"),
        ("1", "km2", "hectare", "100"),
        ("2.3e8", "m3", "m3", "2.3e8"),
        ("72", "hour", "day", "3"),
        ("30", "second", "minute", "0.5"),
        ("4", "year", "month", "48"),
        ("1", "month", "day", "30.4375"),
        ("1", "kWh", "kWh", "1"),
    ],
)
def test_convert_known_values(value: str, source: str, target: str, expected: str) -> None:
    assert convert(D(value), source, target) == D(expected)


def test_convert_writes_integers_without_exponent() -> None:
    assert str(convert(D("2.50"), "km", "m")) == "2500"
    assert str(convert(D("0.001"), "t", "kg")) == "1"


def test_megawatt_word_is_a_thousand_kilowatts() -> None:
    megawatt = unit_words()["兆瓦"]
    assert (megawatt.code, megawatt.factor) == ("kW", D(1000))
    assert unit_words()["MW"] == UnitWord("MW", "kW", D(1000), "amount")
    assert unit_words()["吉瓦"].factor == unit_words()["GW"].factor == D("1e6")
    assert registry().Quantity(D(1), "megawatt").to(pint_unit("kW")).magnitude == D(1000)


COMPATIBLE = [
    (a, b)
    for a, b in permutations(CODES, 2)
    if pint_unit(a).dimensionality == pint_unit(b).dimensionality
]

# News numbers: up to 15 significant digits at any realistic scale.
NEWS_NUMBERS = st.builds(
    lambda digits, exponent: D(digits).scaleb(exponent),
    st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1),
    st.integers(min_value=-12, max_value=12),
)


@given(pair=st.sampled_from(COMPATIBLE), value=NEWS_NUMBERS)
def test_convert_round_trips_exactly(pair: tuple[str, str], value: Decimal) -> None:
    source, target = pair
    assert convert(convert(value, source, target), target, source) == value


@given(value=NEWS_NUMBERS, numerator=st.integers(1, 10**6), denominator=st.integers(1, 10**6))
def test_shortest_decimal_is_within_tolerance(
    value: Decimal, numerator: int, denominator: int
) -> None:
    exact = Fraction(value) * Fraction(numerator, denominator)
    written = shortest_decimal(exact)
    assert abs(Fraction(written) - exact) <= abs(exact) * Fraction(1, 10**20) * 2
    assert shortest_decimal(Fraction(value)) == value


def test_compatible_pairs_cover_the_catalogue_conversions() -> None:
    assert {("mu", "hectare"), ("kg", "t"), ("km", "m"), ("percent", "ratio")} <= set(COMPATIBLE)


# --- the lexicon ----------------------------------------------------------------------------


def test_every_surface_maps_to_a_valid_code_and_kind() -> None:
    kinds = {kind.value for kind in Kind}
    for surface, word in unit_words().items():
        assert word.surface == surface
        pint_unit(word.code)
        assert word.kind in kinds
        assert word.factor > 0


def test_every_surface_pint_can_read_agrees_with_the_lexicon() -> None:
    """Where a word is also a pint alias (亩, 标箱, 斤, MW...), both give the same quantity."""
    checked = 0
    for surface, word in unit_words().items():
        try:
            as_pint = registry().Quantity(D(1), surface)
        except (pint.UndefinedUnitError, AssertionError):
            continue
        expected = quantity(word.factor, word.code)
        assert as_pint.to(expected.units).magnitude == expected.magnitude, surface
        checked += 1
    assert checked > 50


@pytest.mark.parametrize(
    ("surface", "code", "factor", "kind"),
    [
        ("元", "CNY", "1", "amount"),
        ("人民币", "CNY", "1", "amount"),
        ("块", "CNY", "1", "amount"),
        ("角", "CNY", "0.1", "amount"),
        ("分钱", "CNY", "0.01", "amount"),
        ("美金", "USD", "1", "amount"),
        ("HK$", "HKD", "1", "amount"),
        ("港币", "HKD", "1", "amount"),
        ("欧元", "EUR", "1", "amount"),
        ("亩", "mu", "1", "amount"),
        ("公顷", "hectare", "1", "amount"),
        ("千米", "km", "1", "amount"),
        ("km", "km", "1", "amount"),
        ("平方公里", "km2", "1", "amount"),
        ("立方米", "m3", "1", "amount"),
        ("吨", "t", "1", "amount"),
        ("噸", "t", "1", "amount"),
        ("千克", "kg", "1", "amount"),
        ("度", "kWh", "1", "amount"),
        ("千瓦時", "kWh", "1", "amount"),
        ("标箱", "TEU", "1", "amount"),
        ("人次", "person_time", "1", "count"),
        ("架次", "count:架次", "1", "count"),
        ("个月", "month", "1", "duration"),
        ("小时", "hour", "1", "duration"),
        ("个百分点", "percentage_point", "1", "pp_difference"),
        ("%", "percent", "0.01", "share"),
    ],
)
def test_catalogue_words(surface: str, code: str, factor: str, kind: str) -> None:
    word = unit_words()[surface]
    assert (word.code, word.factor, word.kind) == (code, D(factor), kind)


def test_catalogue_examples_through_the_lexicon() -> None:
    # 每千瓦时电价下调3分钱 → 0.03 CNY; 新型储能装机规模达到2.5GW → 2.5e6 kW.
    assert D(3) * unit_words()["分钱"].factor == D("0.03")
    assert D("2.5") * unit_words()["GW"].factor == D("2.5e6")


def test_magnitude_words_are_not_units() -> None:
    # 万元/亿元 are magnitude + 元: the numeral parser scales them.
    assert not [s for s in unit_words() if s[0] in "万亿萬億"]


def test_out_of_scope_currencies_are_never_yuan() -> None:
    for surface in ("日元", "英镑", "日圓", "英鎊"):
        assert unit_words()[surface].code in {"JPY", "GBP"}
        assert not is_contract_code(unit_words()[surface].code)


def test_unit_words_cannot_be_changed_by_a_caller() -> None:
    with pytest.raises(TypeError):
        unit_words()["元"] = unit_words()["美元"]  # type: ignore[index]


# --- the alternation ------------------------------------------------------------------------


def test_alternation_takes_every_surface_whole() -> None:
    """Longest first: no surface is cut short by a shorter one that it starts with."""
    pattern = re.compile(f"(?:{unit_alternation()})")
    for surface in unit_words():
        match = pattern.match(surface)
        assert match is not None and match.group() == surface, surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("千瓦时的电", "千瓦时"),
        ("平方公里", "平方公里"),
        ("个月内", "个月"),
        ("日元的", "日元"),
        ("元人民币", "元人民币"),
        ("kWh)", "kWh"),
        ("m3水", "m3"),
        ("km2 ", "km2"),
        ("架次。", "架次"),
        ("人次", "人次"),
    ],
)
def test_alternation_prefers_the_longest_word(text: str, expected: str) -> None:
    match = re.match(f"(?:{unit_alternation()})", text)
    assert match is not None and match.group() == expected


@pytest.mark.parametrize("text", ["min", "mm", "kmh", "mg", "m2"])
def test_latin_symbols_do_not_match_inside_longer_symbols(text: str) -> None:
    assert re.match(f"(?:{unit_alternation()})", text) is None


# --- counters -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counter", "code"),
    [
        ("家", "count:家"),
        ("个", "count:个"),
        ("個", "count:个"),
        ("輛", "count:辆"),
        ("架次", "count:架次"),
        ("车次", "count:车次"),
        ("人", "count:人"),
        ("人次", "person_time"),
    ],
)
def test_counter_code(counter: str, code: str) -> None:
    assert counter_code(counter) == code


@pytest.mark.parametrize("word", ["吨", "元", "个月", "亩", "万", "喵"])
def test_counter_code_refuses_non_counters(word: str) -> None:
    with pytest.raises(ValueError, match="not a counter"):
        counter_code(word)


def test_counter_codes_are_listed_by_their_simplified_counter() -> None:
    for surface, word in unit_words().items():
        if word.code.startswith("count:"):
            assert word.kind == "count"
            assert word.code.removeprefix("count:") in unit_words(), surface
