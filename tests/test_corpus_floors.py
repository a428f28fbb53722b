"""The checker on 44 published news passages: the floors it must reach.

Coverage of the relations that hold, no error where the text is right, every real error
reported, nothing above info where the relation is unclear, and careless edits caught.
Run ``pytest -s -m corpus`` to see the figures; they are also in the failure message.
"""

from __future__ import annotations

import pytest

from factcheck.evaluation import (
    check_text,
    default_corpus_dir,
    evaluate,
    floor_failures,
    load_corpus,
    render_text,
)


@pytest.mark.corpus
def test_corpus_floors() -> None:
    folder = default_corpus_dir()
    if not (folder / "relations.yaml").is_file():
        pytest.skip(f"corpus not found at {folder} (set FACTCHECK_CORPUS)")
    figures = evaluate(load_corpus(folder), check_text, corpus=str(folder))
    shown = render_text(figures)
    print(shown)
    failures = floor_failures(figures)
    assert not failures, "below floor: " + "; ".join(failures) + "\n\n" + shown
