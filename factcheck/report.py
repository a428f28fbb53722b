"""The discrepancy report: findings, verified relations and coverage, for one or more files."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from factcheck.finding import Finding, Severity, Verified

#: Bumped whenever a field is removed or changes meaning; adding fields does not bump it.
SCHEMA_VERSION = "1.0"


class Stats(BaseModel):
    """How much of the text the rules could check, so silence can be trusted or not."""

    model_config = ConfigDict(frozen=True)

    files: int = 0
    characters: int = 0
    claims: int = Field(default=0, description="numeric claims found")
    checked: int = Field(default=0, description="claims that at least one rule evaluated")
    unchecked: int = Field(default=0, description="claims no rule could evaluate")
    findings: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    verified: int = 0


class Report(BaseModel):
    model_config = ConfigDict(frozen=True)

    schema_version: str = SCHEMA_VERSION
    files: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    verified: tuple[Verified, ...] = ()
    stats: Stats = Stats()

    def at_or_above(self, threshold: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity.rank >= threshold.rank)
