"""Every real passage of the corpus is read without error, and nothing that is not copy
(front matter, URLs, date lines) yields a claim. The corpus is read from ../shared."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import claims
from claims.model import Claim

CORPUS = Path(
    os.environ.get(
        "FACTCHECK_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "zh-news"
    )
)
PASSAGES = sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []
URL = re.compile(r"https?://\S+|www\.\S+")
DATE_LINE = re.compile(
    r"^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$", re.M
)


def _front_matter_end(text: str) -> int:
    if not text.startswith("---"):
        return 0
    end = text.find("\n---", 3)
    return 0 if end < 0 else end + 4


def _overlaps(claim: Claim, spans: list[tuple[int, int]]) -> bool:
    return any(claim.start < end and start < claim.end for start, end in spans)


@pytest.mark.skipif(not PASSAGES, reason="corpus not present beside the checkout")
@pytest.mark.parametrize("path", PASSAGES, ids=lambda p: p.stem[:40])
def test_passage_is_read_without_claims_outside_the_copy(path: Path) -> None:
    text = path.read_text("utf-8")
    found = claims.extract(text, str(path))
    noise = [(0, _front_matter_end(text))]
    noise += [(m.start(), m.end()) for m in URL.finditer(text)]
    noise += [(m.start(), m.end()) for m in DATE_LINE.finditer(text)]
    offenders = [c.text for c in found if _overlaps(c, noise)]
    assert offenders == []
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
        Claim.model_validate(claim.model_dump())
