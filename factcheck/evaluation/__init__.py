"""Evaluation of the checker on real published news with hand-checked relations.

``python -m factcheck.evaluation`` prints the figures; ``evaluate`` computes them for any
checker, so the harness itself is tested on hand-made reports.
"""

from factcheck.evaluation.checker import Checker, check_text
from factcheck.evaluation.corpus import (
    CorpusError,
    Passage,
    Relation,
    default_corpus_dir,
    load_corpus,
)
from factcheck.evaluation.figures import Figures, KindFigures, MutationFigures
from factcheck.evaluation.floors import Floors, floor_failures
from factcheck.evaluation.render import render_text
from factcheck.evaluation.scoring import evaluate

__all__ = [
    "Checker",
    "CorpusError",
    "Figures",
    "Floors",
    "KindFigures",
    "MutationFigures",
    "Passage",
    "Relation",
    "check_text",
    "default_corpus_dir",
    "evaluate",
    "floor_failures",
    "load_corpus",
    "render_text",
]
