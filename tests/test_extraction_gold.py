"""Extraction scored against the hand-made gold sheet of the reference page."""

from __future__ import annotations

from pathlib import Path

import claims
from tests.gold import load_gold, score

PAGE = Path(__file__).parent.parent / "fixtures" / "articles" / "zh" / "hunan-daily-2025-10-31.md"
SHEET = PAGE.with_suffix(".claims.yaml")
FLOOR = 0.98


def test_reference_page_recall_and_precision() -> None:
    source = PAGE.read_text("utf-8")
    result = score(claims.extract(source, str(PAGE)), load_gold(SHEET, source))
    print(result.summary())
    assert result.recall >= FLOOR, result.summary()
    assert result.precision >= FLOOR, result.summary()


def test_no_not_claim_is_reported() -> None:
    import yaml

    source = PAGE.read_text("utf-8")
    data = yaml.safe_load(SHEET.read_text("utf-8"))
    extracted = [c for c in claims.extract(source, str(PAGE)) if c.kind.value != "enumeration"]
    line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
    offenders = []
    for entry in data["not_claims"]:
        line_start = line_starts[entry["line"] - 1]
        line_end = source.find("\n", line_start)
        start = source.index(entry["text"], line_start, line_end if line_end >= 0 else None)
        end = start + len(entry["text"])
        offenders += [
            f"{entry['text']} ~ {c.text}" for c in extracted if c.start < end and start < c.end
        ]
    assert offenders == []
