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
