"""What rules read: the document, its claims, and indexes over them.

Indexes are built once per document, so a rule looks up "the claims of this sentence" or
"the quantities with this metric" in constant time instead of comparing every pair of
claims: the whole check stays linear in the length of the copy.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from claims.document import Document
from claims.model import Claim, Kind
from factcheck.lexicon import Lexicon, default_lexicon

T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    doc: Document
    claims: tuple[Claim, ...]
    lexicon: Lexicon = field(default_factory=default_lexicon)
    path: str | None = None
    numeric: tuple[Claim, ...] = ()
    enumerations: tuple[Claim, ...] = ()
    by_id: dict[str, Claim] = field(default_factory=dict)
    by_sentence: dict[int, tuple[Claim, ...]] = field(default_factory=dict)
    by_paragraph: dict[int, tuple[Claim, ...]] = field(default_factory=dict)
    by_metric: dict[tuple[str, str], tuple[Claim, ...]] = field(default_factory=dict)
    metric_starts: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    _derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    @staticmethod
    def build(
        doc: Document,
        claims: Sequence[Claim],
        lexicon: Lexicon | None = None,
        path: str | None = None,
    ) -> Context:
        numeric = tuple(c for c in claims if c.kind not in (Kind.ENUMERATION, Kind.DATE))
        by_sentence: dict[int, list[Claim]] = defaultdict(list)
        by_paragraph: dict[int, list[Claim]] = defaultdict(list)
        by_metric: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for claim in numeric:
            by_sentence[claim.sentence].append(claim)
            by_paragraph[claim.paragraph].append(claim)
            if claim.scope.metric_key:
                by_metric[(claim.scope.metric_key, claim.unit)].append(claim)
        return Context(
            doc=doc,
            claims=tuple(claims),
            lexicon=lexicon or default_lexicon(),
            path=path if path is not None else doc.path,
            numeric=numeric,
            enumerations=tuple(c for c in claims if c.kind is Kind.ENUMERATION),
            by_id={c.id: c for c in claims},
            by_sentence={k: tuple(v) for k, v in by_sentence.items()},
            by_paragraph={k: tuple(v) for k, v in by_paragraph.items()},
            by_metric={k: tuple(v) for k, v in by_metric.items()},
            metric_starts={k: [c.start for c in v] for k, v in by_metric.items()},
        )

    def derived(self, key: str, compute: Callable[[Context], T]) -> T:
        """A reading of the document several rules share, computed once (the change frames
        that growth, point and period rules all walk)."""
        try:
            found = self._derived[key]
        except KeyError:
            found = self._derived[key] = compute(self)
        return cast(T, found)

    def sentence_claims(self, index: int) -> tuple[Claim, ...]:
        return self.by_sentence.get(index, ())

    def paragraph_claims(self, index: int) -> tuple[Claim, ...]:
        return self.by_paragraph.get(index, ())

    def quantities(self, metric_key: str, unit: str) -> tuple[Claim, ...]:
        return self.by_metric.get((metric_key, unit), ())

    def quantities_near(
        self, metric_key: str, unit: str, position: int, reach: int
    ) -> tuple[Claim, ...]:
        """The statements of a metric nearest ``position``, at most ``reach`` on either side:
        what a rule compares a claim with, so a long page stays linear."""
        found = self.by_metric.get((metric_key, unit), ())
        if len(found) <= 2 * reach:
            return found
        i = bisect.bisect_left(self.metric_starts[(metric_key, unit)], position)
        return found[max(0, i - reach) : i + reach]

    def of_kind(self, *kinds: Kind) -> Iterable[Claim]:
        return (c for c in self.numeric if c.kind in kinds)
