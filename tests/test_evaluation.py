"""The evaluation harness, on small hand-made passages and hand-made reports."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.evaluation import (
    Checker,
    Figures,
    Floors,
    Passage,
    evaluate,
    floor_failures,
    load_corpus,
    render_text,
)
from factcheck.evaluation.__main__ import main
from factcheck.evaluation.corpus import collect_quotes, default_corpus_dir, relation_from_raw
from factcheck.evaluation.matching import find_occurrences, items_region, locate, match_strength
from factcheck.evaluation.mutation import (
    MutationKind,
    decimal_shift,
    drop_digit,
    edit,
    last_digit,
    plan_mutations,
    tokens_in,
    transpose,
)
from factcheck.finding import ClaimRef, Finding, Severity, Verified
from factcheck.report import Report

TEXT = (
    "---\nsource: hand-made\n---\n\n"
    "前三季度全市进出口总值5.64万亿元,其中出口3.16万亿元,进口2.48万亿元,出口占56.0%。\n"
    "全年共有3个项目落地,分别是港口、机场、铁路。本月新增企业27家,累计达到25家。\n"
)

SUM: dict[str, object] = {
    "kind": "sum",
    "parts": ["3.16万亿元", "2.48万亿元"],
    "total": "5.64万亿元",
    "holds": "true",
}
SHARE: dict[str, object] = {
    "kind": "share",
    "part": "3.16万亿元",
    "whole": "5.64万亿元",
    "stated": "56.0%",
    "holds": "true",
    "note": "export share",
}
COUNT: dict[str, object] = {
    "kind": "count",
    "stated": "3个项目",
    "items": ["港口", "机场", "铁路"],
    "holds": "true",
}
BOUND: dict[str, object] = {
    "kind": "bound",
    "quotes": ["新增企业27家", "累计达到25家"],
    "holds": "false",
}


def passage(*raws: Mapping[str, object], text: str = TEXT) -> Passage:
    relations = tuple(relation_from_raw("a.md", i, raw) for i, raw in enumerate(raws))
    return Passage(file="a.md", text=text, relations=relations)


def ref(text: str, needle: str, nth: int = 0) -> ClaimRef:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    return ClaimRef(
        id=f"c{start}", text=needle, start=start, end=end, line=1, column=1, kind="amount", unit=""
    )


def verified(text: str, *needles: str) -> Verified:
    return Verified(
        rule="FC102",
        name="parts-sum-mismatch",
        message="holds",
        claims=tuple(ref(text, n) for n in needles),
    )


def finding(text: str, severity: Severity, *needles: str) -> Finding:
    return Finding(
        rule="FC101",
        name="share-mismatch",
        message=f"bad {needles[0]}",
        claims=tuple(ref(text, n) for n in needles),
        severity=severity,
        line=5,
    )


# --- corpus loading -------------------------------------------------------------------------


def test_quotes_are_string_leaves_with_numerals_stated_first() -> None:
    raw = {
        "kind": "sum",
        "parts": ["3.16万亿元", ["2.48万亿元", 7]],
        "total": "5.64万亿元",
        "note": "12 is prose",
        "label": "无数字",
        "chinese": "二千八百九十名代表",
    }
    assert collect_quotes(raw) == ("5.64万亿元", "3.16万亿元", "2.48万亿元", "二千八百九十名代表")


def test_count_items_and_rank_names_are_not_quotes() -> None:
    count = relation_from_raw("f", 0, {**COUNT, "items": ["四川", "三亚"]})
    assert count.quotes == ("3个项目",)
    assert count.items == ("四川", "三亚")
    rank = relation_from_raw(
        "f", 1, {"kind": "rank", "items": [["四川", "612.35", 612.35], ["河南", "588", 588]]}
    )
    assert rank.quotes == ("612.35", "588")
    assert rank.ranked == (("612.35", 612.35), ("588", 588.0))


def test_load_corpus_reads_relations_and_unlisted_passages(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text("无关。\n", encoding="utf-8")
    (tmp_path / "relations.yaml").write_text(
        "- file: a.md\n  relations:\n  - kind: sum\n    parts: [3.16万亿元, 2.48万亿元]\n"
        "    total: 5.64万亿元\n    holds: true\n",
        encoding="utf-8",
    )
    passages = load_corpus(tmp_path)
    assert [p.file for p in passages] == ["a.md", "b.md"]
    assert passages[0].relations[0].quotes == ("5.64万亿元", "3.16万亿元", "2.48万亿元")
    assert passages[1].relations == ()


def test_corpus_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CORPUS", "/somewhere/else")
    assert default_corpus_dir() == Path("/somewhere/else")
    monkeypatch.delenv("FACTCHECK_CORPUS")
    assert default_corpus_dir().parts[-3:] == ("shared", "corpus", "zh-news")


# --- matching -------------------------------------------------------------------------------


def test_occurrences_do_not_cut_longer_numbers() -> None:
    text = "床位1364张,其中4张空置,另有4.5张和2,4张"
    assert find_occurrences(text, "4") == ((text.index("4张空"), text.index("4张空") + 1),)
    assert find_occurrences("二十二", "十二") == ()
    assert find_occurrences("百分之十二", "十二") == ((3, 5),)
    assert find_occurrences("共12个", "12个") == ((1, 4),)


@given(st.integers(1, 10**6), st.integers(0, 10**6))
def test_a_number_is_never_found_inside_another(prefix: int, value: int) -> None:
    assert find_occurrences(f"共{prefix}{value}元", str(value)) == ()


def test_items_region_is_the_tightest_window() -> None:
    text = "港口 ... 港口、机场、铁路 ... 铁路"
    start = text.index("港口、")
    assert items_region(text, ["港口", "机场", "铁路"]) == (start, start + len("港口、机场、铁路"))
    assert items_region(text, ["无"]) is None


def test_a_check_matches_on_two_quotes_or_the_only_one() -> None:
    p = passage(SUM, COUNT)
    sum_sites, count_sites = (locate(TEXT, r) for r in p.relations)
    assert match_strength(verified(TEXT, "5.64万亿元", "3.16万亿元", "2.48万亿元"), sum_sites) == 3
    assert match_strength(verified(TEXT, "5.64万亿元"), sum_sites) == 0
    assert match_strength(verified(TEXT, "3个项目"), count_sites) == 1
    assert match_strength(verified(TEXT, "机场"), count_sites) == 1  # the items' region
    assert match_strength(verified(TEXT, "27家"), count_sites) == 0


# --- mutations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "token", "expected"),
    [
        (MutationKind.TRANSPOSE, "6517", "6571"),
        (MutationKind.TRANSPOSE, "100", None),  # 010 would lead with a zero; 0,0 do not differ
        (MutationKind.TRANSPOSE, "一九九二", "一九二九"),
        (MutationKind.DROP_DIGIT, "6517", "651"),
        (MutationKind.DROP_DIGIT, "2.3", None),
        (MutationKind.DROP_DIGIT, "1,638", None),
        (MutationKind.DECIMAL_SHIFT, "22.7", "2.27"),
        (MutationKind.DECIMAL_SHIFT, "0.52", "5.2"),
        (MutationKind.DECIMAL_SHIFT, "2.3", "23"),
        (MutationKind.DECIMAL_SHIFT, "6517", "651.7"),
        (MutationKind.DECIMAL_SHIFT, "7", None),
        (MutationKind.LAST_DIGIT, "207", "204"),
        (MutationKind.LAST_DIGIT, "8.63", "8.66"),
        (MutationKind.LAST_DIGIT, "九十七點二", "九十七點五"),
    ],
)
def test_edits(kind: MutationKind, token: str, expected: str | None) -> None:
    edits = {
        MutationKind.TRANSPOSE: transpose,
        MutationKind.DROP_DIGIT: drop_digit,
        MutationKind.DECIMAL_SHIFT: decimal_shift,
        MutationKind.LAST_DIGIT: last_digit,
    }
    assert edits[kind](token) == expected


def test_wan_yi_swaps_the_scale_and_reports_the_factor() -> None:
    assert edit(MutationKind.WAN_YI, "共7.26 亿人次", 1, 5) == (7, "7.26 万", Decimal("0.0001"))
    assert edit(MutationKind.WAN_YI, "3.16萬元", 0, 4) == (5, "3.16億", Decimal(10000))
    assert edit(MutationKind.WAN_YI, "3.16万亿元", 0, 4) == (6, "3.16亿", Decimal("0.0001"))
    assert edit(MutationKind.WAN_YI, "56.0%", 0, 4)[0] == -1


@given(st.integers(10, 10**9))
def test_transpose_keeps_the_digits_and_changes_the_value(n: int) -> None:
    new = transpose(str(n))
    if new is not None:
        assert sorted(new) == sorted(str(n)) and new != str(n) and new[0] != "0"


@given(st.integers(0, 10**9))
def test_last_digit_moves_exactly_the_last_digit_by_three(n: int) -> None:
    new = last_digit(str(n))
    assert new is not None and new[:-1] == str(n)[:-1]
    assert abs(int(new[-1]) - n % 10) == 3


@given(st.integers(10, 10**7), st.integers(0, 3))
def test_decimal_shift_scales_by_ten(n: int, places: int) -> None:
    token = str(Decimal(n).scaleb(-places))
    new = decimal_shift(token)
    assert new is not None
    assert Decimal(new) / Decimal(token) in (Decimal(10), Decimal("0.1"))


@given(st.integers(10, 10**9))
def test_drop_digit_shortens_by_one(n: int) -> None:
    new = drop_digit(str(n))
    assert new is not None and len(new) == len(str(n)) - 1 and int(new) == n // 10


def test_chinese_numerals_yield_to_arabic_ones_in_a_quote() -> None:
    text = "河北以612.35亿元列第一名"
    assert [text[s:e] for s, e in tokens_in(text, (0, len(text)))] == ["612.35"]
    text = "百分之十三點五二"
    assert [text[s:e] for s, e in tokens_in(text, (0, len(text)))] == ["十三點五二"]


def test_mutations_edit_the_stated_figure_read_by_the_check() -> None:
    p = passage(SUM)
    sites = locate(TEXT, p.relations[0])
    planned = plan_mutations(TEXT, sites, [verified(TEXT, "5.64万亿元", "3.16万亿元")])
    # 5.64 has a one-digit integer part: no digit to drop
    assert {m.kind for m in planned} == set(MutationKind) - {MutationKind.DROP_DIGIT}
    assert all(m.quote == "5.64万亿元" for m in planned)
    shifted = next(m for m in planned if m.kind is MutationKind.DECIMAL_SHIFT)
    assert "进出口总值56.4万亿元" in shifted.apply(TEXT)
    assert plan_mutations(TEXT, sites, [verified(TEXT, "3.16万亿元", "2.48万亿元")]) == []


def test_no_mutation_where_an_edit_need_not_break_the_relation() -> None:
    approximate = passage({**SUM, "total": "约5.64万亿元"}, text=TEXT.replace("值5.64", "值约5.64"))
    bound = passage({**BOUND, "holds": "true"})
    for p in (approximate, bound):
        sites = locate(p.text, p.relations[0])
        assert len(sites.located) == len(p.relations[0].quotes) >= 2
        checks = [verified(p.text, *(q for q in sites.located))]
        assert plan_mutations(p.text, sites, checks) == []


def test_rank_mutations_only_when_the_order_breaks() -> None:
    text = "甲612.35,乙588,丙471.96"
    raw = {
        "kind": "rank",
        "order": "desc",
        "holds": "true",
        "items": [["甲", "612.35", 612.35], ["乙", "588", 588], ["丙", "471.96", 471.96]],
    }
    p = passage(raw, text=text)
    sites = locate(text, p.relations[0])
    planned = plan_mutations(text, sites, [verified(text, "612.35", "588", "471.96")])
    by_kind = {m.kind: (m.original, m.replacement) for m in planned}
    # 588 -> 858 breaks the order; 612.38 (last digit) does not, nor does any 万↔亿
    assert by_kind == {
        MutationKind.TRANSPOSE: ("588", "858"),
        MutationKind.DROP_DIGIT: ("612.35", "61.35"),
        MutationKind.DECIMAL_SHIFT: ("612.35", "61.235"),
    }


# --- scoring --------------------------------------------------------------------------------


def diff_checker(p: Passage, *checks: Verified | Finding) -> Checker:
    """Verifies ``checks`` on the original; flags any edited region as an error."""

    def check(text: str, file: str) -> Report:
        if text == p.text:
            return Report(
                files=(file,),
                verified=tuple(c for c in checks if isinstance(c, Verified)),
                findings=tuple(c for c in checks if isinstance(c, Finding)),
            )
        start = next(i for i, (a, b) in enumerate(zip(text, p.text, strict=False)) if a != b)
        tail = len(text) - next(
            i for i, (a, b) in enumerate(zip(text[::-1], p.text[::-1], strict=False)) if a != b
        )
        claim = ClaimRef(
            id="m",
            text=text[start:tail],
            start=start,
            end=max(tail, start + 1),
            line=1,
            column=1,
            kind="amount",
            unit="",
        )
        return Report(
            findings=(
                Finding(
                    rule="FC102",
                    name="x",
                    message="edited",
                    claims=(claim,),
                    severity=Severity.ERROR,
                ),
            )
        )

    return check


def test_scores_coverage_catches_alarms_and_mutations() -> None:
    unclear = {**SHARE, "holds": "unclear"}
    p = passage(SUM, unclear, COUNT, BOUND)
    checks = (
        verified(TEXT, "5.64万亿元", "3.16万亿元", "2.48万亿元"),
        finding(TEXT, Severity.WARNING, "3.16万亿元", "56.0%"),  # on the unclear share
        finding(TEXT, Severity.ERROR, "27家", "25家"),  # the real error
    )
    figures = evaluate([p], diff_checker(p, *checks))
    overall = figures.overall
    assert (overall.holds_true, overall.covered, overall.coverage) == (2, 1, 0.5)
    assert (overall.holds_false, overall.caught) == (1, 1)
    assert (overall.unclear, overall.unclear_violations) == (1, 1)
    assert figures.false_alarms == ()
    assert [u.kind for u in figures.uncovered] == ["count"]
    assert figures.mutation_overall.planned == 4
    assert figures.mutation_overall.recall == 1.0
    assert floor_failures(figures) == [
        "coverage 50.0% < 85%",
        "1 finding(s) above info on unclear",
    ]


def test_false_alarms_on_true_relations_and_in_clean_passages() -> None:
    p = passage(SUM)
    checks = (
        finding(TEXT, Severity.ERROR, "5.64万亿元", "2.48万亿元"),
        finding(TEXT, Severity.WARNING, "27家"),
        finding(TEXT, Severity.INFO, "25家"),
    )
    figures = evaluate([p], diff_checker(p, *checks))
    reasons = [(a.severity, a.relation, a.reason) for a in figures.false_alarms]
    assert reasons == [
        ("error", "#0 sum", "on a holds:true relation"),
        ("warning", None, "in a passage with no holds:false relation"),
    ]
    assert figures.overall.alarmed == 1 and figures.overall.covered == 1
    assert "1 error(s) on holds:true relations" in floor_failures(figures)


def test_a_blind_checker_misses_every_mutation_and_the_real_error() -> None:
    p = passage(SUM, BOUND)
    check = verified(TEXT, "5.64万亿元", "3.16万亿元")
    figures = evaluate([p], lambda text, file: Report(verified=(check,)))
    assert figures.mutation_overall.caught == 0 and figures.mutation_overall.planned == 4
    assert [(r.file, r.index, r.kind) for r in figures.missed_false] == [("a.md", 1, "bound")]
    assert not any(o.caught for o in figures.mutation_outcomes)


def test_a_crashing_checker_is_reported_not_raised() -> None:
    def crash(text: str, file: str) -> Report:
        raise RuntimeError("boom")

    figures = evaluate([passage(SUM)], crash)
    assert [(c.file, c.error) for c in figures.crashes] == [("a.md", "RuntimeError: boom")]
    assert "the checker raised on 1 text(s)" in floor_failures(figures, Floors(coverage=0))


def test_render_and_json_show_tables_and_lists() -> None:
    p = passage(SUM, COUNT, BOUND)
    figures = evaluate([p], diff_checker(p, verified(TEXT, "5.64万亿元", "3.16万亿元")))
    text = render_text(figures)
    assert re.search(r"^sum\s+1/1\s+100%", text, re.M)
    assert re.search(r"^decimal_shift\s+1/1\s+100%", text, re.M)
    assert "holds:false relations missed: 1" in text
    assert "holds:true relations not covered: 1\n  a.md #1 count" in text
    data = json.loads(json.dumps(figures.as_json()))
    assert data["overall"]["coverage"] == 0.5
    assert Figures.model_validate({k: v for k, v in data.items() if k != "overall"}) == figures


def test_main_reports_an_unreadable_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--corpus", str(tmp_path)]) == 2
    assert "relations.yaml" in capsys.readouterr().err


def test_main_prints_json_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "relations.yaml").write_text(
        "- file: a.md\n  relations:\n  - kind: sum\n    parts: [3.16万亿元, 2.48万亿元]\n"
        "    total: 5.64万亿元\n    holds: true\n",
        encoding="utf-8",
    )
    code = main(["--corpus", str(tmp_path), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == (1 if data["floor_failures"] else 0)
    assert (data["passages"], data["relations"]) == (1, 1)
    assert data["overall"]["holds_true"] == 1
