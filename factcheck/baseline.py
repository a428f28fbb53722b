"""What an edit introduced: the findings of the edited copy that the baseline did not have.

Used two ways: ``--diff ORIGINAL EDITED`` checks both versions and keeps the new findings, and
``--baseline REPORT.json`` compares against a saved report, so a desk can adopt the checker on
copy with known, accepted discrepancies and still fail CI on every new one.

Findings are compared by fingerprint (see :mod:`factcheck.fingerprint`), never by position or
file name, because the edited copy is usually another file and its lines have moved. The
comparison counts: if the baseline has a discrepancy once and the edit repeats it, the repeat
is new.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from pydantic import ValidationError

from factcheck.finding import Finding, Severity
from factcheck.fingerprint import normalize
from factcheck.inputs import InputError
from factcheck.report import SCHEMA_VERSION, Report


def new_findings(edited: Report, baseline: Report) -> Report:
    """``edited`` with only the findings the baseline does not account for (multiset difference).

    Verified relations and coverage stay those of the edited copy; the finding counts are
    recomputed.
    """
    remaining = Counter(_key(f) for f in baseline.findings)
    fresh: list[Finding] = []
    for finding in edited.findings:
        key = _key(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            fresh.append(finding)
    stats = edited.stats.model_copy(
        update={
            "findings": len(fresh),
            "errors": sum(f.severity is Severity.ERROR for f in fresh),
            "warnings": sum(f.severity is Severity.WARNING for f in fresh),
            "infos": sum(f.severity is Severity.INFO for f in fresh),
        }
    )
    return edited.model_copy(update={"findings": tuple(fresh), "stats": stats})


def load_report(path: str) -> Report:
    """A saved JSON report (``factcheck check --format json``); InputError if it is not one."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except UnicodeDecodeError:
        raise InputError(path, "not a factcheck JSON report (not UTF-8 text)") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not a factcheck JSON report (invalid JSON: {exc.msg})") from None
    if not isinstance(data, dict) or "schema_version" not in data or "findings" not in data:
        raise InputError(path, "not a factcheck JSON report (no schema_version and findings)")
    major = str(data["schema_version"]).split(".")[0]
    if major != SCHEMA_VERSION.split(".")[0]:
        raise InputError(
            path,
            f"report schema {data['schema_version']} cannot be read; this version reads "
            f"{SCHEMA_VERSION}",
        )
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise InputError(path, f"not a factcheck JSON report ({where}: {error['msg']})") from None


def _key(finding: Finding) -> str:
    """The fingerprint; for reports made without one, the rule and the claim texts."""
    if finding.fingerprint:
        return finding.fingerprint
    texts = "\x1f".join(normalize(claim.text) for claim in finding.claims)
    return f"{finding.rule.upper()}\x1f{texts or normalize(finding.message)}"
