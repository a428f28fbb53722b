"""Count and bound rules on the reference page: what they must verify, and no alarms."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import claims
from factcheck.config import Config
from factcheck.engine import check_document
from factcheck.report import Report
from factcheck.rules.counts import wording

PAGE = Path(__file__).parent.parent / "fixtures" / "articles" / "zh" / "hunan-daily-2025-10-31.md"
OURS = ("FC401", "FC402", "FC403", "FC501", "FC502")


def _page() -> Report:
    doc = claims.parse(PAGE.read_text("utf-8"), str(PAGE))
    return check_document(doc, claims.extract(doc), Config(select=OURS))


def _verified(report: Report, rule: str) -> list[set[str]]:
    return [{c.text for c in v.claims} for v in report.verified if v.rule == rule]


def test_reference_page_raises_nothing() -> None:
    assert [f.message for f in _page().findings] == []


def test_reference_page_verifies_the_announced_relations() -> None:
    report = _page()
    fc401 = _verified(report, "FC401")
    assert any("7个" in texts for texts in fc401)  # the seven listed clusters
    assert any("3点" in texts for texts in fc401)  # the three numbered proposals
    assert {"第37名", "64支"} in _verified(report, "FC403")
    assert {"868个", "4587亿元"} in _verified(report, "FC501")
    assert {"22个", "7个"} in _verified(report, "FC502")


NAMES = st.text(alphabet="甲乙丙丁戊己庚辛", min_size=1, max_size=4)


@given(st.lists(NAMES, min_size=3, max_size=9))
def test_a_written_list_splits_back_into_its_items(items: list[str]) -> None:
    """A、B…和Z lists split back into their items (a bare A和B is not read as a list)."""
    written = "、".join(items[:-1]) + "和" + items[-1]
    assert wording.split_items(written) == tuple(items)


TOP_THREE = "全省进出口额位居前三的城市是甲市、乙市、丙市,分别实现进出口额{}亿元、{}亿元和{}亿元。"


def _fc404(text: str) -> Report:
    doc = claims.parse(text)
    return check_document(doc, claims.extract(doc), Config(select=("FC404",)))


@given(st.lists(st.integers(min_value=10, max_value=99999), min_size=3, max_size=3, unique=True))
def test_a_top_n_is_verified_in_order_and_reported_out_of_order(values: list[int]) -> None:
    """Descending values verify; any other order is an error on a value ranked too low."""
    report = _fc404(TOP_THREE.format(*values))
    descending = values == sorted(values, reverse=True)
    assert len(report.verified) == (1 if descending else 0)
    assert len(report.findings) == (0 if descending else 1)
    if not descending:
        assert report.findings[0].severity.value == "error"


def test_values_listed_with_respectively_alone_are_not_ranked() -> None:
    text = "乙市对日本、韩国、东盟、欧盟分别进出口352亿元、2761.8亿元、1940.5亿元和865.2亿元。"
    report = _fc404(text)
    assert not report.findings and not report.verified


def test_a_leader_below_another_value_of_its_list_is_a_warning() -> None:
    text = (
        "前三季度,某国对甲国、乙国、丙国进出口分别为2.16亿元、1.87万亿元、1.39万亿元。"
        "其中,甲国为该国第一大贸易伙伴。"
    )
    findings = _fc404(text).findings
    assert [f.severity.value for f in findings] == ["warning"]
    assert {c.text for c in findings[0].claims} >= {"2.16亿元", "1.87万亿元"}
