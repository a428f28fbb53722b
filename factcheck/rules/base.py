"""What every rule is: metadata that documents it, and a pure check over the claims.

Rules never print, filter or decide severity overrides: they yield findings and verified
relations, and the engine does the rest. The metadata is explicit (no names derived from
class names) so the README table, ``factcheck explain`` and SARIF read the same source.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from pydantic import BaseModel, ConfigDict

from factcheck.finding import Finding, Severity, Verified

if TYPE_CHECKING:
    from factcheck.context import Context

#: The fixed sections of every rule's documentation, in order (as ruff's rule pages).
DOC_SECTIONS = (
    "What it checks",
    "Why it matters",
    "Example (bad)",
    "Use instead",
    "Options",
    "Known limits",
)


class NoOptions(BaseModel):
    """A rule with no settings."""

    model_config = ConfigDict(frozen=True, extra="forbid")


@dataclass(frozen=True)
class RuleMeta:
    """A rule's identity and documentation."""

    id: str
    name: str
    summary: str
    severity: Severity
    doc: str
    references: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("zh",)
    sections: tuple[str, ...] = ("headline", "subheading", "lede", "body")
    options: type[BaseModel] = NoOptions
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def family(self) -> str:
        return self.id[:3] + "x"


class Rule:
    """Base class: subclasses set ``meta`` and implement ``check``."""

    meta: ClassVar[RuleMeta]

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        raise NotImplementedError
