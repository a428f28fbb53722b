"""Every rule is documented in fixed sections, has cases, and a unique id and name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from factcheck.rules.base import DOC_SECTIONS
from factcheck.rules.registry import all_rules
from factcheck.suppression import UNUSED_SUPPRESSION

CASES = Path(__file__).parent.parent / "fixtures" / "rules"
METAS = [rule.meta for rule in all_rules()] + [UNUSED_SUPPRESSION]


@pytest.mark.parametrize("meta", METAS, ids=lambda m: m.id)
def test_doc_has_the_fixed_sections_in_order(meta: object) -> None:
    doc = meta.doc
    headings = re.findall(r"^## (.+)$", doc, flags=re.M)
    assert headings == list(DOC_SECTIONS)
    for section in re.split(r"^## .+$", doc, flags=re.M)[1:]:
        assert section.strip(), f"{meta.id}: empty section"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.meta.id)
def test_rule_has_passing_and_failing_cases(rule: type) -> None:
    path = CASES / f"{rule.meta.id}.yml"  # type: ignore[attr-defined]
    assert path.exists(), f"{path} is missing"
    cases = yaml.safe_load(path.read_text("utf-8"))["cases"]
    assert any(not c.get("expect") for c in cases), "no passing case"
    assert any(c.get("expect") for c in cases), "no failing case"


def test_ids_and_names_are_unique_and_well_formed() -> None:
    ids = [m.id for m in METAS]
    names = [m.name for m in METAS]
    assert len(set(ids)) == len(ids)
    assert len(set(names)) == len(names)
    for meta in METAS:
        assert re.fullmatch(r"FC\d{3}", meta.id)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", meta.name)
        assert meta.summary.endswith(".")
