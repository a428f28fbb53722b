"""Scoring extraction against a hand-made gold sheet (value, unit and kind must all be right)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from claims.model import Claim, Kind

TOLERANCE = Decimal("1e-6")


@dataclass(frozen=True)
class GoldClaim:
    text: str
    start: int
    end: int
    line: int
    kind: str
    value: Any
    unit: str
    qualifier: str
    optional: bool


@dataclass
class Score:
    required: int = 0
    found: int = 0
    extracted: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    def summary(self) -> str:
        lines = [
            f"recall {self.recall:.1%} ({self.found}/{self.required}), "
            f"precision {self.precision:.1%} ({self.correct}/{self.extracted})"
        ]
        lines += [f"  missed: {m}" for m in self.misses]
        lines += [f"  wrong:  {w}" for w in self.wrong]
        lines += [f"  spurious: {s}" for s in self.spurious]
        return "\n".join(lines)


def load_gold(sheet: Path, source: str) -> list[GoldClaim]:
    data = yaml.safe_load(sheet.read_text("utf-8"))
    line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
    gold = []
    for entry in data["claims"]:
        base = line_starts[entry["line"] - 1]
        position = base - 1
        for _ in range(entry.get("occurrence", 1)):
            position = source.index(entry["text"], position + 1)
        gold.append(
            GoldClaim(
                text=entry["text"],
                start=position,
                end=position + len(entry["text"]),
                line=entry["line"],
                kind=entry["kind"],
                value=entry["value"],
                unit=entry["unit"],
                qualifier=entry["qualifier"],
                optional=bool(entry.get("optional", False)),
            )
        )
    return gold


def _close(a: Decimal | None, b: Any) -> bool:
    if a is None or b is None:
        return False
    expected = Decimal(str(b))
    return abs(a - expected) <= TOLERANCE * max(Decimal(1), abs(expected))


def value_matches(claim: Claim, gold: GoldClaim) -> bool:
    if isinstance(gold.value, list):
        return _close(claim.low, gold.value[0]) and _close(claim.high, gold.value[1])
    return _close(claim.value, gold.value)


def matches(claim: Claim, gold: GoldClaim) -> bool:
    return claim.kind.value == gold.kind and claim.unit == gold.unit and value_matches(claim, gold)


def overlaps(claim: Claim, gold: GoldClaim) -> bool:
    return claim.start < gold.end and gold.start < claim.end


def score(claims: list[Claim], gold: list[GoldClaim]) -> Score:
    result = Score()
    numeric = [c for c in claims if c.kind not in (Kind.ENUMERATION, Kind.DATE)]
    for g in gold:
        hits = [c for c in numeric if overlaps(c, g)]
        good = any(matches(c, g) for c in hits)
        if not g.optional:
            result.required += 1
            if good:
                result.found += 1
            elif hits:
                c = hits[0]
                got = c.value if c.value is not None else [c.low, c.high]
                result.wrong.append(
                    f"line {g.line} {g.text!r}: got {c.kind.value} {got} {c.unit}, "
                    f"want {g.kind} {g.value} {g.unit}"
                )
            else:
                result.misses.append(f"line {g.line} {g.text!r} ({g.kind} {g.value} {g.unit})")
    for c in numeric:
        over = [g for g in gold if overlaps(c, g)]
        if over and all(g.optional for g in over) and not any(matches(c, g) for g in over):
            continue
        result.extracted += 1
        if any(matches(c, g) for g in over):
            result.correct += 1
        elif not over:
            result.spurious.append(f"line {c.line} {c.text!r} ({c.kind.value} {c.value} {c.unit})")
    return result
