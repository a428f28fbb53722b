"""The figures the harness measures, as frozen records that render as text or JSON."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

OVERALL = "all"


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class KindFigures(BaseModel):
    """Counts for the relations of one kind (or of all kinds, ``kind == "all"``)."""

    model_config = ConfigDict(frozen=True)

    kind: str
    holds_true: int = 0
    covered: int = Field(default=0, description="holds:true relations some check matched")
    verified: int = Field(default=0, description="holds:true relations a Verified matched")
    alarmed: int = Field(default=0, description="holds:true relations with an error/warning")
    holds_false: int = 0
    caught: int = Field(default=0, description="holds:false relations with an error/warning")
    unclear: int = 0
    unclear_violations: int = Field(default=0, description="unclear relations with error/warning")
    mutations: int = 0
    mutations_caught: int = 0

    @property
    def coverage(self) -> float | None:
        return ratio(self.covered, self.holds_true)

    @property
    def mutation_recall(self) -> float | None:
        return ratio(self.mutations_caught, self.mutations)

    def __add__(self, other: KindFigures) -> KindFigures:
        counts = {
            name: getattr(self, name) + getattr(other, name)
            for name in type(self).model_fields
            if name != "kind"
        }
        return KindFigures(kind=OVERALL, **counts)


class MutationFigures(BaseModel):
    model_config = ConfigDict(frozen=True)

    mutation: str
    planned: int = 0
    caught: int = 0

    @property
    def recall(self) -> float | None:
        return ratio(self.caught, self.planned)


class Alarm(BaseModel):
    """An error or warning the harness blames: where it is, what it says, and why blamed."""

    model_config = ConfigDict(frozen=True)

    file: str
    line: int
    column: int
    rule: str
    severity: str
    message: str
    relation: str | None = Field(default=None, description="the relation it landed on")
    reason: str


class RelationRef(BaseModel):
    """A relation named for a developer: where, what kind, and the hand-written note."""

    model_config = ConfigDict(frozen=True)

    file: str
    index: int
    kind: str
    holds: str
    note: str
    missing_quotes: tuple[str, ...] = ()


class MutationOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    line: int
    relation: int
    kind: str
    mutation: str
    original: str
    replacement: str
    caught: bool
    rules: tuple[str, ...] = ()


class Crash(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    error: str
    mutated: bool = False


class Figures(BaseModel):
    """Everything one run of the harness measured."""

    model_config = ConfigDict(frozen=True)

    corpus: str
    passages: int
    relations: int
    kinds: tuple[KindFigures, ...]
    mutations: tuple[MutationFigures, ...]
    false_alarms: tuple[Alarm, ...] = ()
    unclear_violations: tuple[Alarm, ...] = ()
    unattributed: tuple[Alarm, ...] = Field(
        default=(), description="errors/warnings in passages with a holds:false relation, on none"
    )
    missed_false: tuple[RelationRef, ...] = ()
    uncovered: tuple[RelationRef, ...] = ()
    missing_quotes: tuple[RelationRef, ...] = ()
    mutation_outcomes: tuple[MutationOutcome, ...] = ()
    crashes: tuple[Crash, ...] = ()
    misaligned_claims: int = Field(default=0, description="claims whose span text differs")

    @property
    def overall(self) -> KindFigures:
        total = KindFigures(kind=OVERALL)
        for row in self.kinds:
            total = total + row
        return total

    @property
    def mutation_overall(self) -> MutationFigures:
        return MutationFigures(
            mutation=OVERALL,
            planned=sum(m.planned for m in self.mutations),
            caught=sum(m.caught for m in self.mutations),
        )

    def as_json(self) -> dict[str, object]:
        """The figures with the derived rates, for ``--json``."""
        data = self.model_dump(mode="json")
        overall = self.overall
        data["overall"] = overall.model_dump(mode="json") | {
            "coverage": overall.coverage,
            "mutation_recall": self.mutation_overall.recall,
        }
        for row, dumped in zip(self.kinds, data["kinds"], strict=True):
            dumped.update(coverage=row.coverage, mutation_recall=row.mutation_recall)
        for mutation, dumped in zip(self.mutations, data["mutations"], strict=True):
            dumped.update(recall=mutation.recall)
        return data
