"""The change rules (FC201–FC204): frames, interval arithmetic, and no false alarms.

Property tests write consistent growth sentences the way a statistics bureau rounds them
and require silence plus one verified relation; the same sentences with the rate moved by
more than its rounding must be reported.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claims
from claims.interval import Interval
from factcheck.config import Config
from factcheck.context import Context
from factcheck.engine import check_document
from factcheck.finding import Severity
from factcheck.report import Report
from factcheck.rules.changes import arithmetic as ar
from factcheck.rules.changes.frames import changes, sentence_changes, sentence_of

CHANGES = ("FC201", "FC202", "FC203", "FC204")
SEED = Path(__file__).parent.parent / "fixtures" / "articles" / "zh" / "hunan-daily-2025-10-31.md"


def run(text: str, rules: tuple[str, ...] = CHANGES) -> Report:
    doc = claims.parse(text)
    return check_document(doc, claims.extract(doc), Config(select=rules))


def alarms(report: Report) -> list[str]:
    return [f.message for f in report.findings if f.severity.rank >= Severity.WARNING.rank]


def context(text: str) -> Context:
    doc = claims.parse(text)
    return Context.build(doc, claims.extract(doc))


# --- arithmetic ---------------------------------------------------------------------------


def test_rate_from_delta_is_exact_at_the_corners() -> None:
    level = Interval(Decimal("191346.5"), Decimal("191347.5"))
    delta = Interval(Decimal("25456.5"), Decimal("25457.5"))
    rate = ar.rate_from_delta(level, delta, 1)
    assert rate is not None and rate.lo is not None and rate.hi is not None
    assert rate.lo == Decimal("25456.5") / (Decimal("191347.5") - Decimal("25456.5"))
    assert rate.hi == Decimal("25457.5") / (Decimal("191346.5") - Decimal("25457.5"))


def test_no_positive_base_gives_no_rate() -> None:
    level = Interval(Decimal(99), Decimal(101))
    assert ar.rate_from_delta(level, Interval(Decimal(150), Decimal(150)), 1) is None


def test_points_between_signed_rates() -> None:
    got = ar.points_between(Interval.point(Decimal("0.048")), Interval.point(Decimal("-0.004")))
    assert got == Interval.point(Decimal("5.200"))


@given(
    st.decimals(min_value=1, max_value=10**6, places=1),
    st.decimals(min_value=-1000, max_value=1000, places=1),
)
def test_rate_between_contains_the_point_rate(base: Decimal, change: Decimal) -> None:
    current = base + change
    if current <= 0:
        return
    got = ar.rate_between(Interval.point(current), Interval.point(base))
    assert got is not None and got.contains(current / base - 1)


# --- frames -------------------------------------------------------------------------------


def test_frames_read_roles_from_the_words() -> None:
    ctx = context("全县税收收入完成52840万元，比上年增收4630万元，增长9.6%。")
    (change,) = changes(ctx)
    assert (change.shape, change.current.text, change.other.text, change.sign) == (
        "delta",
        "52840万元",
        "4630万元",
        1,
    )


def test_reduction_is_a_negative_delta() -> None:
    ctx = context("政府性基金支出完成5308万元，比上年减支2758万元，下降34.2%。")
    (change,) = sentence_changes(sentence_of(ctx, ctx.numeric[0]))
    assert change.sign == -1 and change.other.text == "2758万元"


def test_list_of_values_is_not_a_frame() -> None:
    ctx = context("全市粮食产量分别为120万吨、135万吨，其中早稻增长3.1%。")
    assert changes(ctx) == []


# --- properties: consistent copy is silent, a broken rate is reported -----------------------


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=2000, max_value=900000),
    st.integers(min_value=-60, max_value=300).filter(lambda g: g != 0),
    st.sampled_from([1, 2]),
)
def test_consistent_delta_sentence_is_verified(base: int, growth: int, places: int) -> None:
    current = round(base * (1 + Decimal(growth) / 100))
    delta = current - base
    if delta == 0:
        return
    rate = round((Decimal(delta) / base) * 100, places)
    verb, change_verb = ("增长", "增收") if delta > 0 else ("下降", "减收")
    text = f"全县收入完成{current}万元，比上年{change_verb}{abs(delta)}万元，{verb}{abs(rate)}%。"
    report = run(text, ("FC201",))
    assert alarms(report) == [], text
    assert len(report.verified) == 1, text


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=2000, max_value=900000),
    st.integers(min_value=5, max_value=80),
)
def test_rate_off_by_a_point_is_reported(base: int, growth: int) -> None:
    current = round(base * (1 + Decimal(growth) / 100))
    delta = current - base
    rate = round((Decimal(delta) / base) * 100, 1) + 1
    text = f"全县收入完成{current}万元，比上年增收{delta}万元，增长{rate}%。"
    report = run(text, ("FC201",))
    assert len(alarms(report)) == 1, text


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=10, max_value=300),
    st.integers(min_value=10, max_value=300),
)
def test_consistent_point_difference_is_verified(first: int, second: int) -> None:
    a, b = Decimal(first) / 10, Decimal(second) / 10
    if a == b:
        return
    verb = "提高" if b > a else "回落"
    text = f"全市增速由{a}%{verb}到{b}%，{verb}{abs(b - a)}个百分点。"
    report = run(text, ("FC202",))
    assert report.findings == (), text
    assert len(report.verified) == 1, text


# --- the reference page and the corpus ------------------------------------------------------


def test_reference_page_has_no_alarm() -> None:
    report = run(SEED.read_text("utf-8"))
    assert alarms(report) == []
    assert any(v.rule == "FC201" for v in report.verified)


CORPUS = Path(__file__).parent.parent.parent / "shared" / "corpus" / "zh-news"


@pytest.mark.skipif(not (CORPUS / "relations.yaml").is_file(), reason="corpus not present")
def test_corpus_passages_raise_only_the_known_error() -> None:
    found = []
    for path in sorted(CORPUS.glob("*.md")):
        report = run(path.read_text("utf-8"))
        found += [(path.name[:3], f.rule) for f in report.findings if f.severity.rank >= 2]
    assert found == [("061", "FC204")]
