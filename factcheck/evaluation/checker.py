"""The checker under evaluation, as a function of a text: ``(text, file) -> Report``.

The harness takes the checker as a parameter so it can be tested on hand-made reports;
:func:`check_text` is the real one. Its modules are looked up when it is first called, so
the harness loads (and its tests run) even where the pipeline is incomplete.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import cast

from factcheck.report import Report

Checker = Callable[[str, str], Report]


def check_text(text: str, file: str) -> Report:
    """Run the full pipeline on ``text`` as if it were the file ``file``."""
    claims = importlib.import_module("claims")
    engine = importlib.import_module("factcheck.engine")
    config = importlib.import_module("factcheck.config")
    doc = claims.parse(text, file)
    found = claims.extract(doc)
    return cast(Report, engine.check_document(doc, found, config.Config()))
