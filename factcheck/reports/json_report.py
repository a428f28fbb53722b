"""The machine-readable report: the ``Report`` model as JSON, versioned by ``schema_version``.

Keys follow the model's field order (schema_version, files, findings, verified, stats), so
two runs over the same text give byte-identical output that diffs cleanly. Chinese text is
kept as written (``ensure_ascii=False``); ``factcheck schema`` prints the JSON Schema.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from factcheck.report import Report
from factcheck.rules.base import RuleMeta


def render(report: Report, rules: Sequence[RuleMeta]) -> str:
    del rules
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def schema() -> str:
    """The JSON Schema of the report this module writes."""
    return json.dumps(Report.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
