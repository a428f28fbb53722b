"""Golden reports: what the checker finds and verifies on whole articles, reviewed by hand.

``fixtures/articles/zh*/<slug>.expected.json`` lists, for the page ``<slug>.md``, every finding
and every verified relation as (rule, severity, claim texts). A change in what the checker
relates on a real page shows up here as a diff to review. After reviewing it, rewrite the
files with ``FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_reports.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import factcheck
from factcheck.report import Report

ARTICLES = Path(__file__).parent.parent / "fixtures" / "articles"
PAGES = sorted(p for p in ARTICLES.glob("zh*/*.md") if p.name != "README.md")


def summary(report: Report) -> dict[str, list[list[object]]]:
    return {
        "findings": [
            [f.rule, f.severity.value, [c.text for c in f.claims]] for f in report.findings
        ],
        "verified": [[v.rule, [c.text for c in v.claims]] for v in report.verified],
    }


def render(found: dict[str, list[list[object]]]) -> str:
    """One relation a line, so a review reads like a list and a diff shows one relation."""
    parts = []
    for key, rows in found.items():
        lines = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in rows)
        parts.append(f'"{key}": [\n{lines}\n]' if rows else f'"{key}": []')
    return "{\n" + ",\n".join(parts) + "\n}\n"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_matches_its_reviewed_report(page: Path) -> None:
    golden = page.with_suffix(".expected.json")
    found = summary(factcheck.check(page))
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        golden.write_text(render(found), "utf-8")
    assert golden.exists(), f"{golden.name} is missing: review the report and write it"
    assert found == json.loads(golden.read_text("utf-8"))
