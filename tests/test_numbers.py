"""Numerals as news copy writes them: one example per phenomenon of phenomena-zh.md §1–4, 9, 11.

Each case states the numeral, its exact value and the precision the writer implied, so a
change to the grammar or the evaluator shows up as a named phenomenon, not as a bare diff.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from claims.numbers import (
    NUMERAL_PATTERN,
    Numeral,
    chinese_spelling,
    parse_chinese_integer,
    parse_fraction,
    parse_numeral,
)

NUMERAL = re.compile(NUMERAL_PATTERN)
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "zh-news"
FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def exact(value: str, precision: str, *, more_than: bool = False) -> Numeral:
    return Numeral(Decimal(value), None, None, Decimal(precision), more_than, vague=False)


def vague(low: str, high: str, precision: str) -> Numeral:
    return Numeral(None, Decimal(low), Decimal(high), Decimal(precision), False, vague=True)


ARABIC = {
    "55": exact("55", "0.5"),
    "2181.3": exact("2181.3", "0.05"),
    "1,268,400": exact("1268400", "0.5"),
    "12,345.6": exact("12345.6", "0.05"),
    "0.6": exact("0.6", "0.05"),
}
ARABIC_WITH_MAGNITUDE = {
    "1.5464万亿": exact("1546400000000", "50000000"),
    "2181.3亿": exact("218130000000", "5000000"),
    "12,345.6万": exact("123456000", "500"),
    "3.5万": exact("35000", "500"),
    "0.6万": exact("6000", "500"),
    "12万": exact("120000", "5000"),
    "3百亿": exact("30000000000", "5000000000"),
    "2亿3千万": exact("230000000", "5000000"),
    "4万5千": exact("45000", "500"),
    "5千万": exact("50000000", "5000000"),
    "1.2万亿": exact("1200000000000", "50000000000"),
    "30十亿": exact("30000000000", "500000000"),
    "2千亿": exact("200000000000", "50000000000"),
    "8百万": exact("8000000", "500000"),
}
CHINESE = {
    "三千五百": exact("3500", "50"),
    "两万": exact("20000", "5000"),
    "二百四十": exact("240", "5"),
    "十二": exact("12", "0.5"),
    "十": exact("10", "5"),
    "十万": exact("100000", "50000"),
    "一百零八": exact("108", "0.5"),
    "三千零五十万": exact("30500000", "50000"),
    "三亿五千万": exact("350000000", "5000000"),
    "一〇五": exact("105", "0.5"),
    "二〇二五": exact("2025", "0.5"),
    "二○二五": exact("2025", "0.5"),
    "廿": exact("20", "5"),
    "卅": exact("30", "5"),
    "廿五": exact("25", "0.5"),
    "壹仟贰佰": exact("1200", "50"),
    "叁仟伍佰万": exact("35000000", "500000"),
    "一万五": exact("15000", "500"),
    "六千五": exact("6500", "50"),
    "三点五亿": exact("350000000", "5000000"),
    "一点八": exact("1.8", "0.05"),
    "十二点五": exact("12.5", "0.05"),
    "零点五": exact("0.5", "0.05"),
    "一千零一十": exact("1010", "5"),
    "一万亿": exact("1000000000000", "500000000000"),
    "零": exact("0", "0.5"),
}
TRADITIONAL = {
    "兩萬": exact("20000", "5000"),
    "三億五千萬": exact("350000000", "5000000"),
    "十二點五": exact("12.5", "0.05"),
    "貳佰參拾陸": exact("236", "0.5"),
    "4萬": exact("40000", "5000"),
    "77067億": exact("7706700000000", "50000000"),
    "1.5萬億": exact("1500000000000", "50000000000"),
}
BARE_MAGNITUDE = {
    "百万": exact("1000000", "500000"),
    "千万": exact("10000000", "5000000"),
    "万亿": exact("1000000000000", "500000000000"),
    "百亿": exact("10000000000", "5000000000"),
    "万": exact("10000", "5000"),
    "亿": exact("100000000", "50000000"),
}
REMAINDER = {
    "十余万": exact("100000", "50000", more_than=True),
    "12万余": exact("120000", "5000", more_than=True),
    "1.2万余": exact("12000", "500", more_than=True),
    "200多": exact("200", "0.5", more_than=True),
    "两多": exact("2", "0.5", more_than=True),
    "60余": exact("60", "0.5", more_than=True),
    "2000余": exact("2000", "0.5", more_than=True),
    "20多亿": exact("2000000000", "50000000", more_than=True),
    "三百多万": exact("3000000", "500000", more_than=True),
    "百余万": exact("1000000", "500000", more_than=True),
    "十多": exact("10", "5", more_than=True),
}
VAGUE = {
    "几十": vague("20", "90", "5"),
    "数百": vague("200", "900", "50"),
    "數百": vague("200", "900", "50"),
    "数十亿": vague("2000000000", "9000000000", "500000000"),
    "数百万": vague("2000000", "9000000", "500000"),
    "十几": vague("11", "19", "0.5"),
    "二十几": vague("21", "29", "0.5"),
    "十几万": vague("110000", "190000", "5000"),
    "两三": vague("2", "3", "0.5"),
    "七八": vague("7", "8", "0.5"),
    "一两": vague("1", "2", "0.5"),
    "三五": vague("3", "5", "0.5"),
    "两三万": vague("20000", "30000", "5000"),
    "三四十": vague("30", "40", "5"),
    "十七八": vague("17", "18", "0.5"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *ARABIC.items(),
        *ARABIC_WITH_MAGNITUDE.items(),
        *CHINESE.items(),
        *TRADITIONAL.items(),
        *BARE_MAGNITUDE.items(),
        *REMAINDER.items(),
        *VAGUE.items(),
    ],
)
def test_parse_numeral(text: str, expected: Numeral) -> None:
    assert parse_numeral(text) == expected
    assert NUMERAL.fullmatch(text), "the pattern accepts what the parser accepts"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "十分",
        "万一",
        "一些",
        "几",
        "数",
        "千米",
        "3千米",
        "1,2345",
        "12,34",
        "55%",
        "一.五",
        "分",
    ],
)
def test_not_a_numeral(text: str) -> None:
    with pytest.raises(ValueError, match="not a numeral"):
        parse_numeral(text)


def test_values_are_exact_and_plainly_written() -> None:
    numeral = parse_numeral("1.5464万亿")
    assert numeral.value == Decimal("1546400000000")
    assert str(numeral.value) == "1546400000000"
    assert str(parse_numeral("2181.3亿").value) == "218130000000"


def test_pattern_has_no_capturing_groups() -> None:
    assert re.compile(NUMERAL_PATTERN).groups == 0


@pytest.mark.parametrize(
    ("sentence", "numerals"),
    [
        ("全年接待游客1,268,400人次。", ["1,268,400"]),
        ("项目总投资12,345.6万元。", ["12,345.6万"]),
        ("共收到意见建议1,200条。", ["1,200"]),
        ("增长12%,高于全省。", ["12"]),
        ("公共预算收入1.5464万亿元,新增就业3.5万人。", ["1.5464万亿", "3.5万"]),
        ("安排三亿五千万元资金用于乡村振兴。", ["三亿五千万"]),
        ("工人月薪普遍在六千五左右。", ["六千五"]),
        ("该村一〇五户村民搬入新居。", ["一〇五"]),
        ("全年接待游客1.2万余人次。", ["1.2万余"]),
        ("参加培训的农民有2000余人,充电桩3000多个。", ["2000余", "3000多"]),
        ("十几家企业参加了招聘会,数百名运动员参赛。", ["十几", "数百"]),
        ("每个社区配了两三个网格员。", ["两三"]),
        ("吸引社会资本数十亿元。", ["数十亿"]),
        ("该项目总投资2亿3千万元。", ["2亿3千万"]),
        # 千 before 米/克/瓦 belongs to the unit.
        ("线路全长5千米,重3千克。", ["5", "3"]),
        ("这段路全长一点八公里。", ["一点八"]),
    ],
)
def test_pattern_finds_each_numeral_whole(sentence: str, numerals: list[str]) -> None:
    assert NUMERAL.findall(sentence) == numerals


def test_pattern_embeds_in_bigger_patterns() -> None:
    money = re.compile(rf"(?:约|近)?(?:{NUMERAL_PATTERN})元")
    match = money.search("项目总投资约12亿元。")
    assert match is not None and match.group() == "约12亿元"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("三千零五十万", 30500000), ("一〇五", 105), ("廿", 20), ("壹仟贰佰", 1200), ("十二", 12)],
)
def test_parse_chinese_integer(text: str, expected: int) -> None:
    assert parse_chinese_integer(text) == expected


@pytest.mark.parametrize("text", ["十几", "12万余", "一点八", "十分"])
def test_parse_chinese_integer_rejects_inexact(text: str) -> None:
    with pytest.raises(ValueError):
        parse_chinese_integer(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三分之一", Decimal(1) / Decimal(3)),
        ("四分之三", Decimal("0.75")),
        ("十分之一", Decimal("0.1")),
        ("1/3", Decimal(1) / Decimal(3)),
        ("1/4", Decimal("0.25")),
        ("百分之六十二点五", Decimal("0.625")),
        ("千分之三", Decimal("0.003")),
        ("万分之五", Decimal("0.0005")),
        ("55%", Decimal("0.55")),
        ("3‰", Decimal("0.003")),
    ],
)
def test_parse_fraction(text: str, expected: Decimal) -> None:
    assert parse_fraction(text) == expected


@pytest.mark.parametrize(
    "text", ["十分", "三分之", "分之一", "1/0", "零分之一", "百分之几十", "a/b"]
)
def test_parse_fraction_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_fraction(text)


@pytest.mark.parametrize(
    ("number", "spelling"),
    [
        (0, "零"),
        (10, "十"),
        (12, "十二"),
        (108, "一百零八"),
        (110, "一百一十"),
        (1010, "一千零一十"),
        (3500, "三千五百"),
        (10500, "一万零五百"),
        (100010, "十万零一十"),
        (30500000, "三千零五十万"),
        (350000000, "三亿五千万"),
        (100000005, "一亿零五"),
        (10**12, "一万亿"),
        (10**13, "十万亿"),
        (1000100000000, "一万零一亿"),
    ],
)
def test_chinese_spelling(number: int, spelling: str) -> None:
    assert chinese_spelling(number) == spelling


@pytest.mark.parametrize("number", [-1, 10**16])
def test_chinese_spelling_range(number: int) -> None:
    with pytest.raises(ValueError):
        chinese_spelling(number)


def test_every_numeral_found_in_the_corpus_parses() -> None:
    """On real copy, what the pattern finds the parser reads (no pattern/parser drift)."""
    if not CORPUS.is_dir():
        pytest.skip("corpus not available")
    found = 0
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8").translate(FULL_WIDTH)
        for match in NUMERAL.finditer(text):
            parse_numeral(match.group())
            found += 1
    assert found > 0
