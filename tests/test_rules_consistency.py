"""Consistency rules on whole pages and on generated conversions: FC301, FC302, FC303."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import claims
from factcheck.config import Config
from factcheck.engine import check_document
from factcheck.report import Report

ROOT = Path(__file__).parent.parent
SEED = ROOT / "fixtures" / "articles" / "zh" / "hunan-daily-2025-10-31.md"
CONSISTENCY = ("FC301", "FC302", "FC303")


def run(text: str, rules: tuple[str, ...] = CONSISTENCY) -> Report:
    doc = claims.parse(text)
    return check_document(doc, claims.extract(doc), Config(select=rules))


def test_reference_page_is_clean_and_its_headlines_are_verified() -> None:
    report = run(SEED.read_text("utf-8"))
    assert [f.message for f in report.findings] == []
    pairs = {tuple(ref.text for ref in v.claims) for v in report.verified if v.rule == "FC301"}
    for pair in [
        ("超2000亿元", "2181.3亿元"),
        ("超1.5万亿元", "1.5464万亿元"),
        ("7个", "7个"),
        ("5.5%", "5.5%"),
        ("第四位", "第四位"),
    ]:
        assert pair in pairs, pairs
    # The body restates the clusters' count (7个产业集群入选): the headline is checked against
    # that figure, and the list is left to the count rule.
    assert not any("listed" in v.message for v in report.verified if v.rule == "FC301")


def test_unupdated_headline_shows_the_body_figure() -> None:
    text = SEED.read_text("utf-8").replace("2181.3亿元", "1981.3亿元")
    findings = [f for f in run(text, ("FC301",)).findings]
    assert len(findings) == 1
    assert "1981.3亿元" in findings[0].message
    assert findings[0].severity.value == "error"


def _jin(tonnes_wan: Decimal) -> str:
    """万吨 → 亿斤 rounded to one decimal, as a statistics office writes it."""
    return f"{(tonnes_wan * Decimal('0.2')).quantize(Decimal('0.1'))}"


@given(st.integers(min_value=1000, max_value=999999))
def test_a_correctly_rounded_conversion_always_holds(tenths: int) -> None:
    tonnes = Decimal(tenths) / 10
    report = run(f"全国夏粮总产量{tonnes}万吨({_jin(tonnes)}亿斤)。", ("FC303",))
    assert report.findings == ()
    assert len(report.verified) == 1


@given(st.integers(min_value=1000, max_value=999999), st.sampled_from(["-0.3", "0.2", "0.5"]))
def test_a_restatement_off_by_more_than_rounding_is_reported(tenths: int, off: str) -> None:
    tonnes = Decimal(tenths) / 10
    wrong = Decimal(_jin(tonnes)) + Decimal(off)
    report = run(f"全国夏粮总产量{tonnes}万吨({wrong}亿斤)。", ("FC303",))
    assert [f.rule for f in report.findings] == ["FC303"]
    suggestion = report.findings[0].suggestion
    assert suggestion is not None


def test_mu_and_hectares_convert_at_fifteen() -> None:
    holds = run("播种面积265.5千公顷(398.2万亩)。", ("FC303",))
    assert holds.findings == () and len(holds.verified) == 1
    fails = run("播种面积265.5千公顷(393.2万亩)。", ("FC303",))
    assert [f.rule for f in fails.findings] == ["FC303"]
    assert "1.5" in (fails.findings[0].arithmetic or "")


def test_a_restated_total_reports_the_later_statement() -> None:
    text = (
        "前三季度，全省进出口3964.6亿元，同比增长5.5%。\n\n"
        "对外贸易结构优化。前三季度，全省进出口3964.5亿元，连续4个月实现当月正增长。\n"
    )
    findings = run(text, ("FC302",)).findings
    assert len(findings) == 1
    assert findings[0].claims[0].text == "3964.5亿元"
    assert findings[0].suggestion is not None
    assert findings[0].suggestion.replacement == "3964.6亿元"


def test_a_cluster_dropped_from_the_list_is_left_to_the_count_rule() -> None:
    text = SEED.read_text("utf-8").replace("常宁市铜铅锌材料、", "", 1)
    report = run(text, ("FC301", "FC401"))
    assert [(f.rule, f.claims[0].text) for f in report.findings] == [("FC401", "7个")]
    headline = [v for v in report.verified if v.rule == "FC301" and v.claims[0].text == "7个"]
    assert [tuple(c.text for c in v.claims) for v in headline] == [("7个", "7个")]


def test_a_headline_count_is_read_against_the_count_that_announces_the_list() -> None:
    # The body also says 新增8个省级先进制造业集群: an equal figure of another quantity.
    text = SEED.read_text("utf-8").replace("新增7个国家级", "新增8个国家级", 1)
    findings = run(text, ("FC301",)).findings
    assert [tuple(c.text for c in f.claims) for f in findings] == [("8个", "7个")]


def test_an_echoed_body_phrase_pairs_a_subheading_rank_whatever_the_keys() -> None:
    body = "增幅居经济十强省第四位。"
    text = SEED.read_text("utf-8").replace(body, body.replace("四", "三"), 1)
    findings = run(text, ("FC301",)).findings
    assert [tuple(c.text for c in f.claims) for f in findings] == [("第四位", "第三位")]
    assert findings[0].severity.value == "error"


@given(st.integers(min_value=1000, max_value=9999), st.integers(min_value=1, max_value=3))
def test_equal_digits_with_a_scale_word_dropped_are_reported(digits: int, places: int) -> None:
    written = f"{Decimal(digits).scaleb(-places)}"
    text = (
        f"灌区改造以来，成为灌区{written}万亩农田的“守护神”。\n\n"
        f"欧阳海灌区设计灌溉衡南县和珠晖区共{written}亩农田，有干渠4条。\n"
    )
    findings = run(text, ("FC302",)).findings
    assert len(findings) == 1
    assert findings[0].suggestion is not None
    assert findings[0].suggestion.replacement == f"{written}万亩"


HEADLINE_GRAIN = (
    "# 某省统计局:去年粮食增产{}万吨\n\n2023年全省粮食产量6193.7万吨，较2022年增产285.3万吨。\n"
)


@given(st.sampled_from(["258.3", "28.3", "28.53", "2853", "285.6", "288.3"]))
def test_a_headline_one_slip_from_a_body_figure_is_a_warning(written: str) -> None:
    """The verbatim tie broken by any single slip is still reported (as a warning)."""
    findings = run(HEADLINE_GRAIN.format(written), ("FC301",)).findings
    assert [(f.severity.value, f.suggestion is not None) for f in findings] == [("warning", True)]
    assert findings[0].suggestion is not None
    assert findings[0].suggestion.replacement == "285.3万吨"


@given(st.sampled_from(["285.3", "150", "1000.5"]))
def test_a_headline_supported_or_far_from_the_body_raises_nothing(written: str) -> None:
    assert not run(HEADLINE_GRAIN.format(written), ("FC301",)).findings


def test_digits_written_in_chinese_numerals_count_for_a_changed_digit() -> None:
    from factcheck.rules.consistency.written import written_digits

    doc = claims.parse("以百分九十六點一高票通過，得票率僅為百分八十三，贊成一千七百四十二票。")
    found = {c.text: written_digits(c) for c in claims.extract(doc)}
    assert found["百分九十六點一"] == 3
    assert found["百分八十三"] == 2


RATES = "去年經濟成長率上修為{}%。\n\n第4季經濟成長率調整為6.15％，全年經濟成長率6.37％。\n"


@given(st.sampled_from(["6.73", "63.7", "6.34", "6.17"]))
def test_a_named_rate_restated_after_one_slip_is_a_warning(written: str) -> None:
    findings = run(RATES.format(written), ("FC302",)).findings
    assert [f.severity.value for f in findings] == ["warning"]
    assert {c.text for c in findings[0].claims} == {f"{written}%", "6.37％"}


def test_a_rate_noun_is_read_before_its_number() -> None:
    from factcheck.context import Context
    from factcheck.rules.consistency.rate_names import RateName, rate_name

    doc = claims.parse("市政工作报告获得1536票赞成，支持率最高，达到91.6%；全年經濟成長率6.37％。")
    ctx = Context.build(doc, claims.extract(doc))
    names = {c.text: rate_name(ctx, c) for c in ctx.numeric}
    assert names["91.6%"] == RateName(noun="支持率", period="")
    assert names["6.37％"] == RateName(noun="經濟成長率", period="全年")
    assert names["1536票"] is None
    assert RateName("經濟成長率", "去年").same_rate(RateName("經濟成長率", "全年"))
    assert not RateName("經濟成長率", "去年").same_rate(RateName("經濟成長率", "今年"))
