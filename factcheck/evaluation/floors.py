"""The floors the checker must reach on the corpus before the figures are trusted."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from factcheck.evaluation.figures import Figures


class Floors(BaseModel):
    model_config = ConfigDict(frozen=True)

    coverage: float = 0.85
    mutation_recall: float = 0.95
    errors_on_true: int = 0
    missed_false: int = 0
    unclear_violations: int = 0


def floor_failures(figures: Figures, floors: Floors | None = None) -> list[str]:
    """One line per floor the figures fall below; empty when all are met."""
    floors = floors or Floors()
    failures: list[str] = []
    overall = figures.overall
    coverage = overall.coverage or 0.0
    if coverage < floors.coverage:
        failures.append(f"coverage {coverage:.1%} < {floors.coverage:.0%}")
    errors = sum(
        1 for a in figures.false_alarms if a.severity == "error" and a.relation is not None
    )
    if errors > floors.errors_on_true:
        failures.append(f"{errors} error(s) on holds:true relations")
    if len(figures.missed_false) > floors.missed_false:
        failures.append(f"{len(figures.missed_false)} holds:false relation(s) not reported")
    if len(figures.unclear_violations) > floors.unclear_violations:
        failures.append(f"{len(figures.unclear_violations)} finding(s) above info on unclear")
    recall = figures.mutation_overall.recall or 0.0
    if recall < floors.mutation_recall:
        failures.append(f"mutation recall {recall:.1%} < {floors.mutation_recall:.0%}")
    if figures.crashes:
        failures.append(f"the checker raised on {len(figures.crashes)} text(s)")
    return failures
