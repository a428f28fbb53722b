"""The phenomena catalogue as a whole: Traditional-script twins, claim validity, coverage.

The cases themselves live by section in ``test_phenomena_numerals.py`` (§1–§6),
``test_phenomena_changes.py`` (§7–§11), ``test_phenomena_units.py`` (§12–§15) and
``test_phenomena_structure.py`` (§16–§22). Here a handful of them are rewritten in
Traditional characters, which must read exactly as their Simplified originals; every claim
extracted from any case must survive a model round trip and point at its own text; and every
section of the catalogue must have at least as many cases as it has bullets.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

import claims
from claims import Claim
from tests import (
    test_phenomena_changes,
    test_phenomena_numerals,
    test_phenomena_structure,
    test_phenomena_units,
)
from tests.test_phenomena_expect import Case, Expectation, Listing, assert_case, params

ALL_CASES: list[Case] = (
    test_phenomena_numerals.CASES
    + test_phenomena_changes.CASES
    + test_phenomena_units.CASES
    + test_phenomena_structure.CASES
)
BY_ID = {c.id: c for c in ALL_CASES}

CATALOGUE = Path(__file__).resolve().parent.parent.parent / "shared" / "phenomena-zh.md"

# Enough of the Simplified → Traditional table to carry the expected surfaces across.
_TO_TRADITIONAL = str.maketrans("万亿个点亩约币数两镇农", "萬億個點畝約幣數兩鎮農")

# Traditional rewrites of Simplified cases: (case id, the same sentence in Traditional script).
TRADITIONAL = [
    ("s03_decimal_with_magnitude", "全年城鎮新增就業4.6萬人，一般公共預算收入1.2873萬億元。"),
    ("s04_no_digits_yu_bai_wan", "該短視頻平台註冊用戶逾百萬人。"),
    ("s05_conversion_parenthetical", "協議金額2.4億美元（約合人民幣17.3億元）。"),
    ("s07_rate_level_and_pp_change", "常住人口城鎮化率達到66.2%，比上年提高0.9個百分點。"),
    ("s08_zengzhang_bei_is_growth", "跨境電商出口額增長3倍。"),
    ("s08_shi_bei_is_ratio", "跨境電商出口額是上年的4倍。"),
    ("s09_cheng_over", "逾四成受訪者選擇在網上購買年貨。"),
    ("s10_over_yu", "全縣茶園面積逾12萬畝。"),
    ("s11_vague_shu_bai", "數百名運動員參加了本次比賽。"),
    ("s12_rank_di_wei", "全省油菜籽產量位居全國第三位。"),
    ("s13_renci_is_person_time", "全年市中心醫院接診患者92萬人次。"),
    ("s15_duration_liang_nian_duo", "項目建設歷時兩年多。"),
    ("s16_fenbie_respectively", "城鎮和農村居民人均可支配收入分別增長4.6%和6.8%。"),
    ("s18_diyu_points", "一般公共預算收入增速低於全市平均2.5個百分點。"),
    ("s19_shifen_and_qianwan_adverbs", "這項工作十分關鍵，千萬不能掉以輕心。"),
]


def _traditional_expectation(expectation: Expectation) -> Expectation:
    surface = expectation.surface.translate(_TO_TRADITIONAL)
    if isinstance(expectation, Listing):
        items = tuple(f"{i.translate(_TO_TRADITIONAL)}|{i}" for i in expectation.items)
        members = tuple(m.translate(_TO_TRADITIONAL) for m in expectation.members)
        return replace(expectation, surface=surface, items=items, members=members)
    return replace(expectation, surface=surface)


def _traditional(case_id: str, text: str) -> Case:
    original = BY_ID[case_id]
    expect = tuple(_traditional_expectation(e) for e in original.expect)
    return Case(f"{case_id}_traditional", text, expect)


TRADITIONAL_CASES = [_traditional(case_id, text) for case_id, text in TRADITIONAL]


@pytest.mark.parametrize("phenomenon", params(TRADITIONAL_CASES))
def test_traditional_script_reads_like_simplified(phenomenon: Case) -> None:
    assert_case(phenomenon)


def test_traditional_twins_are_same_length() -> None:
    """Each rewrite is character for character, so offsets and surfaces line up."""
    for case_id, text in TRADITIONAL:
        assert len(text) == len(BY_ID[case_id].text), case_id


def test_every_extracted_claim_is_valid_and_points_at_its_text() -> None:
    broken: list[str] = []
    for phenomenon in ALL_CASES + TRADITIONAL_CASES:
        source = phenomenon.text
        for c in claims.extract(source):
            if Claim.model_validate(c.model_dump()) != c:
                broken.append(f"{phenomenon.id}: {c.text!r} does not round-trip")
            if source[c.start : c.end] != c.text:
                broken.append(f"{phenomenon.id}: span {c.start}:{c.end} is not {c.text!r}")
    assert broken == []


def test_case_ids_are_unique_and_name_their_section() -> None:
    ids = [c.id for c in ALL_CASES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"s(0[1-9]|1[0-9]|2[0-2])_[a-z0-9_]+", i) for i in ids)


def test_every_catalogue_section_is_covered_bullet_for_bullet() -> None:
    """A section with N bullets has at least N cases (each bullet gets one or more)."""
    if not CATALOGUE.exists():
        pytest.skip("phenomena catalogue not present")
    bullets: dict[int, int] = {}
    section = 0
    for line in CATALOGUE.read_text("utf-8").splitlines():
        heading = re.match(r"## (\d+)\. ", line)
        if heading:
            section = int(heading.group(1))
        elif section >= 1 and line.startswith("- **"):
            bullets[section] = bullets.get(section, 0) + 1
    cases: dict[int, int] = {}
    for c in ALL_CASES:
        number = int(c.id[1:3])
        cases[number] = cases.get(number, 0) + 1
    short = {s: (cases.get(s, 0), n) for s, n in bullets.items() if cases.get(s, 0) < n}
    assert short == {}, "section: (cases, bullets)"
    assert set(bullets) == set(range(1, 23))
