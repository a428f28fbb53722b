"""One report for many files: findings and verified relations side by side, counts summed."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.report import Report, Stats


def sum_stats(stats: Sequence[Stats]) -> Stats:
    totals = {name: sum(getattr(s, name) for s in stats) for name in Stats.model_fields}
    return Stats.model_validate(totals)


def merge_reports(reports: Sequence[Report]) -> Report:
    """The reports in the order given; a file checked twice is listed once."""
    if len(reports) == 1:
        return reports[0]
    files: list[str] = []
    for report in reports:
        files.extend(f for f in report.files if f not in files)
    return Report(
        files=tuple(files),
        findings=tuple(f for r in reports for f in r.findings),
        verified=tuple(v for r in reports for v in r.verified),
        stats=sum_stats([r.stats for r in reports]),
    )
