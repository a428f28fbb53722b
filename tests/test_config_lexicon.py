"""A newsroom's lexicon file (named in the configuration) teaches the checker its words."""

from __future__ import annotations

from pathlib import Path

import factcheck

PAGE = "今年国庆假期，全省接待游客1200万人次。其中张家界接待300万人次，占全省客流量的25%。\n"
LEXICON = "metrics:\n  游客: [客流, 客流量]\n"


def _page(folder: Path, *, with_lexicon: bool) -> Path:
    if with_lexicon:
        (folder / "newsroom.yaml").write_text(LEXICON, "utf-8")
        (folder / "factcheck.toml").write_text('lexicon = ["newsroom.yaml"]\n', "utf-8")
    page = folder / "page.md"
    page.write_text(PAGE, "utf-8")
    return page


def test_a_metric_synonym_from_the_lexicon_links_a_share_to_its_whole(tmp_path: Path) -> None:
    report = factcheck.check(_page(tmp_path, with_lexicon=True))
    assert [v.rule for v in report.verified] == ["FC101"]
    assert report.findings == ()


def test_without_it_the_share_is_left_unchecked(tmp_path: Path) -> None:
    report = factcheck.check(_page(tmp_path, with_lexicon=False))
    assert [v.rule for v in report.verified if v.rule == "FC101"] == []
