"""Report formats: each module renders a finished ``Report`` to text, and does nothing else.

The command line picks a renderer by name from ``REPORTERS``; renderers never read rules
or files, only the report and the rules' metadata.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck.report import Report
from factcheck.reports import github, json_report, markdown, sarif, text
from factcheck.rules.base import RuleMeta

Renderer = Callable[[Report, Sequence[RuleMeta]], str]

REPORTERS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_report.render,
    "markdown": markdown.render,
    "sarif": sarif.render,
    "github": github.render,
}

__all__ = ["REPORTERS", "Renderer"]
