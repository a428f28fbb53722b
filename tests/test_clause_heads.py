"""What a clause head names: the verb 有 separates words, the 有 of 有效 does not; a change's
verb names nothing, a base phrase stays."""

from __future__ import annotations

import pytest

from claims.extraction.zh_scope import read_head


@pytest.mark.parametrize(
    ("head", "metric"),
    [
        ("候选人获得有效票", "有效票"),
        ("全市有规模以上工业企业", "规模以上工业企业"),
        ("全县拥有专利", "专利"),
        ("出口额同比增", "出口额"),
        ("进口，年增", "进口"),
        ("，年增", None),  # a change verb names no quantity: the rate takes the one before
        ("，较去年同月增加", "去年同月"),  # a base stays, marking another period
    ],
)
def test_metric_of_a_clause_head(head: str, metric: str | None) -> None:
    assert read_head(head).metric == metric
