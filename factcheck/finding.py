"""What the rules produce: findings (something does not hold) and verified relations.

Both have one shape, so an editor reads the arithmetic of what failed and of what was
checked and held in the same way: the claims involved, the computed and the stated value,
and the tolerance the comparison allowed.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class ClaimRef(BaseModel):
    """A claim as a report shows it: enough to find it in the text and read it."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    start: int
    end: int
    line: int
    column: int
    kind: str
    value: str | None = None
    unit: str
    role: str = Field(default="body", description="what the claim plays in the relation")


class Suggestion(BaseModel):
    """One changed number that would make the relation hold."""

    model_config = ConfigDict(frozen=True)

    claim_id: str
    replacement: str
    reason: str


class Check(BaseModel):
    """A relation among claims that a rule evaluated; a finding when it failed."""

    model_config = ConfigDict(frozen=True)

    rule: str = Field(description="rule id, e.g. FC101")
    name: str = Field(description="rule name, e.g. share-mismatch")
    message: str
    claims: tuple[ClaimRef, ...]
    computed: str | None = Field(default=None, description="what the other claims imply")
    stated: str | None = Field(default=None, description="what the text says")
    tolerance: str | None = Field(default=None, description="the slack the comparison allowed")
    arithmetic: str | None = Field(default=None, description="the calculation, written out")
    file: str | None = None
    line: int = 1
    column: int = 1
    fingerprint: str = ""


class Finding(Check):
    severity: Severity
    suggestion: Suggestion | None = None


class Verified(Check):
    pass
