"""Extraction never fails on any text, and every claim points at its exact source."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claims
import factcheck
from claims.model import Claim

# Characters that drive the extractor: numerals, magnitudes, units, qualifiers, list marks,
# layout breaks and a few ordinary characters.
ALPHABET = (
    "0123456789.,%+-—~、和与及分别是一二三四五六七八九十百千万亿两半几数第前翻番余多"
    "超近约以上下内左右成倍折点大强个家人元吨亩公里年月日季度比高低增长下降占的其中共计"
    "（）()①②：；。\n 萬億兩點個數百分之千分之首位持平减对"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_any_text_is_read_without_error(text: str) -> None:
    if text.startswith("---"):
        return  # front matter: a malformed one is a clear ValueError, tested in test_parse
    for claim in claims.extract(text):
        assert text[claim.start : claim.end] == claim.text
        Claim.model_validate(claim.model_dump())


# Sentences assembled from pieces of real copy, so that the rules see claims they can relate.
PIECES = [
    "全省进出口",
    "3964.6亿元",
    "，其中出口",
    "2181.3亿元",
    "，占",
    "全省进出口总值的",
    "55%",
    "，同比增长",
    "5.5%",
    "，比上年提高",
    "1.2个百分点",
    "。",
    "分别",
    "、",
    "和",
    "7个",
    "产业集群",
    "第37名",
    "64支",
    "共计",
    "合计",
    "超",
    "近",
    "约",
    "余",
    "以上",
    "万",
    "亿",
    "前三",
    "居全国第",
    "# 标题",
    "\n\n",
    "其中",
    "增至",
    "由2012年的",
    "增长到2021年的",
    "1.5倍",
    "翻一番",
    "三分之一",
    "\n",
    "(",
    ")",
    "新增",
    "累计",
    "22个",
    "2亿元以上项目",
    "868个",
    "总投资4587亿元",
    "一是",
    "二是",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_copy_is_checked_without_error(pieces: list[str]) -> None:
    text = "".join(pieces)
    if text.startswith("---"):
        return
    report = factcheck.check(text)
    for item in [*report.findings, *report.verified]:
        for ref in item.claims:
            assert text[ref.start : ref.end] == ref.text
