"""Altered copies of the reference page: one careless edit each, and exactly one new finding.

Each file of fixtures/altered/ is the whole reference page with a single slip of the kind a
hurried edit makes (digits transposed, 万 written for 亿, a list item deleted, a headline left
as it was). The checker must report that slip — the expected rule, on the expected claim —
and nothing else that the original page did not already produce. A second set of tests keeps
the fixtures honest: every copy differs from the page in one short contiguous region only.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck.finding import Finding, Severity
from factcheck.fingerprint import normalize
from factcheck.report import Report

ROOT = Path(__file__).parent.parent
ORIGINAL = ROOT / "fixtures" / "articles" / "zh" / "hunan-daily-2025-10-31.md"
ALTERED = ROOT / "fixtures" / "altered"
EXPECTED = ALTERED / "expected.yaml"

#: The rule catalogue: an expectation naming anything else is a typo.
CATALOGUE = frozenset(
    {
        "FC101", "FC102", "FC103", "FC201", "FC202", "FC203", "FC204", "FC301", "FC302",
        "FC303", "FC401", "FC402", "FC403", "FC501", "FC502",
    }
)  # fmt: skip
#: A careless edit touches a few characters; a longer region means a rewrite, not a slip.
MAX_REGION = 40
#: Findings that count: infos are advice, not discrepancies.
COUNTED = (Severity.ERROR, Severity.WARNING)


@dataclass(frozen=True)
class Copy:
    """One altered copy and the finding it must produce."""

    file: str
    edit: str
    rule: str
    claim: str
    suggestion: str | None

    @property
    def path(self) -> Path:
        return ALTERED / self.file


def _load() -> list[Copy]:
    data = yaml.safe_load(EXPECTED.read_text("utf-8"))
    return [
        Copy(
            file=str(entry["file"]),
            edit=str(entry["edit"]),
            rule=str(entry["rule"]),
            claim=str(entry["claim"]),
            suggestion=None if entry.get("suggestion") is None else str(entry["suggestion"]),
        )
        for entry in data["copies"]
    ]


COPIES = _load()
PARAMS = [pytest.param(copy, id=Path(copy.file).stem) for copy in COPIES]


@cache
def _original_report() -> Report:
    return factcheck.check(ORIGINAL)


def _counted(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.severity in COUNTED]


def _key(finding: Finding) -> tuple[str, tuple[str, ...]]:
    """What a finding is about, independent of where the edit moved it: rule and claim texts."""
    return finding.rule.upper(), tuple(sorted(normalize(c.text) for c in finding.claims))


def _new_findings(edited: Report, original: Report) -> list[Finding]:
    """Findings of ``edited`` that ``original`` does not account for (multiset difference)."""
    remaining = Counter(_key(f) for f in _counted(original))
    fresh: list[Finding] = []
    for finding in _counted(edited):
        key = _key(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            fresh.append(finding)
    return fresh


def _describe(findings: list[Finding]) -> list[str]:
    return [f"{f.rule} {f.message} {[c.text for c in f.claims]}" for f in findings]


def _changed_region(original: str, altered: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """The span of each text between the first and the last difference difflib finds."""
    matcher = difflib.SequenceMatcher(None, original, altered, autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    assert changes, "the copy is identical to the page"
    return (changes[0][1], changes[-1][2]), (changes[0][3], changes[-1][4])


# --- the fixtures are what they claim to be ----------------------------------------------------


def test_original_page_is_clean() -> None:
    assert _describe(_counted(_original_report())) == []


def test_enough_copies_spread_over_rules() -> None:
    assert len(COPIES) >= 40
    assert len({c.rule for c in COPIES}) >= 8


def test_every_copy_is_listed_once() -> None:
    listed = [c.file for c in COPIES]
    assert len(listed) == len(set(listed))
    assert sorted(listed) == sorted(p.name for p in ALTERED.glob("*.md"))


@pytest.mark.parametrize("copy", PARAMS)
def test_expectation_is_well_formed(copy: Copy) -> None:
    assert copy.rule in CATALOGUE
    assert copy.edit.strip() and "\n" not in copy.edit
    assert copy.claim in copy.path.read_text("utf-8"), "the claim must be written in the copy"


@pytest.mark.parametrize("copy", PARAMS)
def test_copy_differs_in_one_short_region(copy: Copy) -> None:
    original = ORIGINAL.read_text("utf-8")
    altered = copy.path.read_text("utf-8")
    (a_start, a_end), (b_start, b_end) = _changed_region(original, altered)
    assert original[:a_start] == altered[:b_start]
    assert original[a_end:] == altered[b_end:]
    assert a_end - a_start <= MAX_REGION and b_end - b_start <= MAX_REGION, (
        original[a_start:a_end],
        altered[b_start:b_end],
    )
    assert "\n" not in original[a_start:a_end] + altered[b_start:b_end]


def test_region_check_rejects_two_edits() -> None:
    original = ORIGINAL.read_text("utf-8")
    twice = original.replace("3964.6亿元", "3694.6亿元").replace("总投资4587", "总投资1587")
    (a_start, a_end), _ = _changed_region(original, twice)
    assert a_end - a_start > MAX_REGION


# --- the checker finds exactly the slip -----------------------------------------------------------


@pytest.mark.parametrize("copy", PARAMS)
def test_copy_yields_exactly_the_expected_finding(copy: Copy) -> None:
    fresh = _new_findings(factcheck.check(copy.path), _original_report())
    described = _describe(fresh)
    assert len(fresh) == 1, (copy.edit, described)
    (finding,) = fresh
    assert finding.rule == copy.rule, (copy.edit, described)
    assert copy.claim in [c.text for c in finding.claims], (copy.edit, described)
    if copy.suggestion is not None:
        assert finding.suggestion is not None, (copy.edit, described)
        assert finding.suggestion.replacement == copy.suggestion
