"""Validates the hand-made gold sheet of the reference page against the page itself.

The sheet is what the extractor will be scored against, so a typo in it would make a correct
extractor look wrong. These tests hold the sheet to the conventions of phenomena-zh.md §0:
every surface is really on its line, values are canonical decimals, kinds, qualifiers and
units come from the closed sets, and the arithmetic of every Arabic-numeral surface checks out.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "zh"
ARTICLE = FIXTURES / "hunan-daily-2025-10-31.md"
SHEET = FIXTURES / "hunan-daily-2025-10-31.claims.yaml"

KINDS = frozenset(
    {
        "amount",
        "count",
        "share",
        "fraction",
        "growth",
        "decline",
        "pp_difference",
        "ratio",
        "rank",
        "duration",
    }
)
QUALIFIERS = frozenset(
    {"exact", "about", "nearly", "over", "more_than", "at_least", "at_most", "less_than", "range"}
)
MEASURE_UNITS = frozenset(
    {
        "CNY",
        "USD",
        "HKD",
        "EUR",
        "mu",
        "hectare",
        "km",
        "m",
        "km2",
        "m3",
        "t",
        "kg",
        "kW",
        "kWh",
        "TEU",
        "none",
    }
)
DURATION_UNITS = frozenset({"minute", "hour", "day", "month", "year"})
FIXED_UNITS = (
    MEASURE_UNITS | DURATION_UNITS | {"percent", "percentage_point", "ratio", "rank", "person_time"}
)
COUNT_UNIT = re.compile(r"count:[\u4e00-\u9fff]{1,2}")

CLAIM_KEYS = frozenset(
    {"text", "line", "occurrence", "kind", "value", "unit", "qualifier", "optional", "note"}
)
CLAIM_REQUIRED = frozenset({"text", "line", "kind", "value", "unit", "qualifier"})
NOT_CLAIM_KEYS = frozenset({"text", "line", "occurrence", "why"})

MAGNITUDE = {"万亿": Decimal("1e12"), "亿": Decimal("1e8"), "万": Decimal("1e4")}
ARABIC_NUMBER = re.compile(r"(\d+(?:\.\d+)?)余?(万亿|亿|万)?")  # 200余万只 = 200万 + 余
# A qualifier morpheme in the surface fixes the qualifier (§0 `qualifier` row).
MORPHEME_QUALIFIER = (
    ("余", "more_than"),
    ("多", "more_than"),
    ("超", "over"),
    ("突破", "over"),
    ("近", "nearly"),
    ("以上", "at_least"),
    ("内", "at_most"),
    ("不足", "less_than"),
)
# Digits directly followed by these are calendar references, which the sheet leaves out.
DATE_SUFFIX = ("年", "月", "日")


@cache
def article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@cache
def sheet() -> dict[str, Any]:
    loaded = yaml.safe_load(SHEET.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def claims() -> list[dict[str, Any]]:
    entries = sheet()["claims"]
    assert isinstance(entries, list)
    return entries


def not_claims() -> list[dict[str, Any]]:
    entries = sheet()["not_claims"]
    assert isinstance(entries, list)
    return entries


def label(entry: dict[str, Any]) -> str:
    return f"L{entry['line']}:{entry['text']}#{entry.get('occurrence', 1)}"


def line_bounds(line: int) -> tuple[int, int]:
    """Offsets [start, end) of a 1-based line, without its newline."""
    text = article()
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    end = text.find("\n", start)
    return start, len(text) if end == -1 else end


def span_of(entry: dict[str, Any]) -> tuple[int, int]:
    """Where an entry's text starts on its line (the Nth start there), as [start, end).

    Matches may overlap (2家 inside 22家), so every start position is tried.
    """
    text, needle = article(), entry["text"]
    line_start, line_end = line_bounds(entry["line"])
    starts = []
    pos = text.find(needle, line_start)
    while pos != -1 and pos < line_end:
        starts.append(pos)
        pos = text.find(needle, pos + 1)
    occurrence = entry.get("occurrence", 1)
    assert len(starts) >= occurrence, (
        f"{label(entry)}: found {len(starts)} start(s) on line {entry['line']}"
    )
    return starts[occurrence - 1], starts[occurrence - 1] + len(needle)


def as_decimal(raw: object) -> Decimal:
    assert isinstance(raw, str), f"value {raw!r} must be a quoted decimal string"
    try:
        number = Decimal(raw)
    except InvalidOperation:
        pytest.fail(f"value {raw!r} is not a decimal")
    assert number.is_finite()
    return number


def values(entry: dict[str, Any]) -> list[Decimal]:
    raw = entry["value"]
    return [as_decimal(v) for v in raw] if isinstance(raw, list) else [as_decimal(raw)]


def is_integral(number: Decimal) -> bool:
    return number == number.to_integral_value()


CLAIMS = claims()
NOT_CLAIMS = not_claims()
claim_cases = pytest.mark.parametrize("entry", CLAIMS, ids=[label(c) for c in CLAIMS])
not_claim_cases = pytest.mark.parametrize("entry", NOT_CLAIMS, ids=[label(c) for c in NOT_CLAIMS])


def test_sheet_has_exactly_the_two_lists() -> None:
    assert set(sheet()) == {"claims", "not_claims"}
    assert len(CLAIMS) >= 100
    assert NOT_CLAIMS


@claim_cases
def test_claim_fields(entry: dict[str, Any]) -> None:
    assert CLAIM_REQUIRED <= set(entry) <= CLAIM_KEYS, set(entry) ^ CLAIM_REQUIRED
    assert isinstance(entry["text"], str) and entry["text"].strip() == entry["text"]
    assert isinstance(entry["line"], int) and entry["line"] >= 1
    assert isinstance(entry.get("occurrence", 1), int) and entry.get("occurrence", 1) >= 1
    assert isinstance(entry.get("optional", False), bool)
    if entry.get("optional", False):
        assert entry.get("note"), "an optional entry must say why it is debatable"


@claim_cases
def test_claim_text_starts_on_its_line(entry: dict[str, Any]) -> None:
    start, end = span_of(entry)
    assert article()[start:end] == entry["text"]
    if "\n" in entry["text"]:
        assert "\n\n" in entry["text"], "a text spanning lines crosses a layout blank line"


@claim_cases
def test_kind_qualifier_and_unit_are_allowed(entry: dict[str, Any]) -> None:
    assert entry["kind"] in KINDS
    assert entry["qualifier"] in QUALIFIERS
    unit = entry["unit"]
    assert unit in FIXED_UNITS or COUNT_UNIT.fullmatch(unit), unit


@claim_cases
def test_unit_fits_kind(entry: dict[str, Any]) -> None:
    kind, unit = entry["kind"], entry["unit"]
    allowed: dict[str, set[str] | frozenset[str]] = {
        "amount": MEASURE_UNITS,
        "share": {"percent", "ratio"},
        "fraction": {"percent", "ratio"},
        "ratio": {"percent", "ratio"},
        "pp_difference": {"percentage_point"},
        "rank": {"rank"},
        "duration": DURATION_UNITS,
    }
    if kind == "count":
        assert unit == "person_time" or COUNT_UNIT.fullmatch(unit), unit
    elif kind in allowed:
        assert unit in allowed[kind], f"{kind} in {unit}"
    else:  # growth and decline may be relative (percent, ratio) or absolute (kg, CNY, …)
        assert unit not in {"rank", "percentage_point"}, unit


@claim_cases
def test_value_is_decimal_or_ordered_range(entry: dict[str, Any]) -> None:
    numbers = values(entry)
    if isinstance(entry["value"], list):
        assert len(numbers) == 2 and numbers[0] <= numbers[1]
        assert entry["qualifier"] == "range"
    else:
        assert entry["qualifier"] != "range", "a range qualifier needs [low, high]"


@claim_cases
def test_value_respects_kind(entry: dict[str, Any]) -> None:
    kind = entry["kind"]
    for number in values(entry):
        if kind in {"growth", "decline"}:
            assert number >= 0, "growth/decline are magnitudes; the kind gives the direction"
        if kind in {"share", "fraction"}:
            assert 0 <= number <= 1, "shares are fractions of a whole"
        if kind == "rank":
            assert number >= 1 and is_integral(number)
        if kind == "count":
            assert number >= 0 and is_integral(number)
        if kind in {"amount", "duration"}:
            assert number > 0


@claim_cases
def test_surface_markers_agree_with_fields(entry: dict[str, Any]) -> None:
    text = entry["text"]
    if "%" in text:
        assert entry["unit"] == "percent"
    if "百分点" in text:
        assert entry["kind"] == "pp_difference"
    if entry["unit"] == "person_time":
        assert "人次" in text
    for morpheme, qualifier in MORPHEME_QUALIFIER:
        if morpheme in text:
            assert entry["qualifier"] == qualifier, f"{morpheme} means {qualifier}"


@claim_cases
def test_counter_is_in_the_surface(entry: dict[str, Any]) -> None:
    unit = entry["unit"]
    if entry.get("optional", False) or not unit.startswith("count:"):
        return
    assert unit.removeprefix("count:") in entry["text"]


@claim_cases
def test_arabic_surface_arithmetic(entry: dict[str, Any]) -> None:
    """Recomputes value = digits × 万/亿 (÷ 100 for %) for surfaces written in Arabic digits."""
    match = ARABIC_NUMBER.search(entry["text"])
    if match is None or isinstance(entry["value"], list):
        return
    digits, magnitude = match.groups()
    expected = Decimal(digits) * MAGNITUDE.get(magnitude or "", Decimal(1))
    if "%" in entry["text"]:
        expected /= 100
    assert abs(as_decimal(entry["value"])) == expected


@not_claim_cases
def test_not_claim_is_on_its_line(entry: dict[str, Any]) -> None:
    assert set(entry) <= NOT_CLAIM_KEYS and {"text", "line", "why"} <= set(entry)
    assert isinstance(entry["why"], str) and entry["why"]
    start, end = span_of(entry)
    assert article()[start:end] == entry["text"]


def test_no_duplicate_entries() -> None:
    keys = Counter((e["text"], e["line"], e.get("occurrence", 1)) for e in [*CLAIMS, *NOT_CLAIMS])
    assert [key for key, n in keys.items() if n > 1] == []


def test_claims_do_not_overlap_each_other_or_not_claims() -> None:
    spans = sorted((*span_of(e), label(e)) for e in [*CLAIMS, *NOT_CLAIMS])
    clashes = [(a[2], b[2]) for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    assert clashes == []


def test_every_arabic_number_on_the_page_is_accounted_for() -> None:
    """Completeness: each digit run is a claim, a not_claim, or a calendar reference."""
    covered = [span_of(e) for e in [*CLAIMS, *NOT_CLAIMS]]
    text = article()
    missing = []
    for match in re.finditer(r"\d+(?:\.\d+)?", text):
        if text[match.end() : match.end() + 1] in DATE_SUFFIX:
            continue
        if not any(start <= match.start() and match.end() <= end for start, end in covered):
            line = text.count("\n", 0, match.start()) + 1
            missing.append(f"L{line}:{match.group()}")
    assert missing == []


def test_as_decimal_rejects_non_numbers() -> None:
    assert as_decimal("218130000000") == Decimal("2.1813e11")
    with pytest.raises(pytest.fail.Exception):
        as_decimal("2181.3亿")
    with pytest.raises(AssertionError):
        as_decimal(0.55)
