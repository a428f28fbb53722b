"""Unrelated real paragraphs set side by side raise no alarm.

Pages juxtapose articles about different places, periods and metrics; a rule that relates
figures across them on too little evidence cries wolf. Paragraphs of the corpus that are
clean on their own are put together in random pages (fixed seed), and the whole page must
stay clean. The corpus is read from ../shared and the test skips where it is absent.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

import claims
import factcheck
from factcheck.report import Report

CORPUS = Path(
    os.environ.get(
        "FACTCHECK_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "zh-news"
    )
)
PAGES = 60


def _alarms(report: Report) -> list[str]:
    return [f"{f.rule} {f.message}" for f in report.findings if f.severity.value != "info"]


def _clean_paragraphs() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*.md")):
        body = path.read_text("utf-8").split("---", 2)[-1]
        doc = claims.parse(body)
        for paragraph in doc.paragraphs:
            if paragraph.role.value not in ("body", "lede"):
                continue
            text = "".join(doc.sentences[i].text for i in paragraph.sentences)
            if len(text) > 20 and not _alarms(factcheck.check(text)):
                out.append(text)
    return out


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not present beside the checkout")
def test_unrelated_paragraphs_side_by_side_raise_no_alarm() -> None:
    paragraphs = _clean_paragraphs()
    rng = random.Random(20251031)
    raised = []
    for _ in range(PAGES):
        page = "\n\n".join(rng.sample(paragraphs, rng.randint(2, 6)))
        raised += _alarms(factcheck.check(page))
    assert raised == []
