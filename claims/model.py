"""The claim: one numeric statement of a text, as a typed, frozen record.

Every rule downstream reasons only about these records, never about raw text, so a claim
carries everything a check needs: the exact value as written (``Decimal``), the precision the
writer implied, the approximation word that bounds it, who and what it speaks of, and where
it stands in the source so a report can point at it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Any, cast

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claims.interval import Interval, claim_bounds


class Kind(StrEnum):
    """What a number asserts. See ``phenomena-zh.md`` §0 for the conventions."""

    AMOUNT = "amount"
    COUNT = "count"
    SHARE = "share"
    FRACTION = "fraction"
    GROWTH = "growth"
    DECLINE = "decline"
    PP_DIFFERENCE = "pp_difference"
    RATIO = "ratio"
    RANK = "rank"
    DURATION = "duration"
    DATE = "date"
    ENUMERATION = "enumeration"


class Qualifier(StrEnum):
    """The approximation word attached to a number, which bounds the true value."""

    EXACT = "exact"
    ABOUT = "about"
    NEARLY = "nearly"
    OVER = "over"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


class Span(BaseModel):
    """Where a claim stands: 0-based character offsets (end exclusive), 1-based line/column."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Scope(BaseModel):
    """Who and what a number speaks of, as written and as normalized keys.

    Two claims may be compared only when their keys agree; the surface forms are kept so a
    report can show the editor the words the decision rested on.
    """

    model_config = ConfigDict(frozen=True)

    subject: str | None = None
    metric: str | None = None
    period: str | None = None
    counterpart: str | None = None
    subject_key: str | None = None
    metric_key: str | None = None
    metric_modifier: str | None = Field(
        default=None, description="words that narrow the metric: 入境 in 入境游客"
    )
    period_key: str | None = None
    counterpart_key: str | None = None
    base: str | None = Field(default=None, description="the whole a share is of (占…的)")
    base_metric_key: str | None = None
    base_subject_key: str | None = None
    base_counterpart_key: str | None = None
    base_metric_modifier: str | None = None
    counted: str | None = Field(
        default=None, description="what a count counts, as written after it: 大项 in 34个大项"
    )


#: Where a claim keeps its computed bounds, outside its fields.
_BOUNDS = "_bounds"


class Claim(BaseModel):
    """One numeric statement.

    ``value`` is in the canonical unit (yuan, fractions for percent, points for percentage
    points, the number counted). A range keeps ``low`` and ``high`` and has ``value`` None.
    ``precision`` is the half-width of the rounding interval the writing implies, in the
    canonical unit: 55% → 0.005, 2181.3亿元 → 5000000.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    kind: Kind
    text: str
    span: Span
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    precision: Decimal = Decimal(0)
    scope: Scope = Scope()
    sentence: int = Field(default=0, ge=0, description="index of the sentence in the document")
    paragraph: int = Field(default=0, ge=0, description="index of the paragraph in the document")
    section: int = Field(default=0, ge=0, description="index of the article on the page")
    role: str = Field(default="body", description="headline, subheading, lede, body, caption")
    items: tuple[str, ...] = ()
    members: tuple[str, ...] = Field(
        default=(), description="ids of the value claims a 分别 list pairs with its items"
    )
    shape: str | None = Field(
        default=None, description="enumeration shape: respectively, listed, numbered"
    )
    threshold: Decimal | None = Field(
        default=None,
        description="a category bound on each counted item (868个 2亿元以上项目 → 2亿)",
    )
    threshold_unit: str | None = None
    threshold_qualifier: Qualifier | None = None
    note: str | None = None
    table: int | None = Field(default=None, description="index of the table a cell stands in")
    row: int | None = Field(default=None, description="data row of the cell, from 0")
    column: int | None = Field(default=None, description="column of the cell, from 0")

    @model_validator(mode="after")
    def _value_or_range(self) -> Claim:
        if self.kind is Kind.DATE:
            return self
        if self.value is None and (self.low is None or self.high is None):
            raise ValueError(f"claim {self.text!r} has neither a value nor a range")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"claim {self.text!r} has low {self.low} above high {self.high}")
        return self

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def is_range(self) -> bool:
        return self.value is None and self.low is not None

    def bounds(self) -> Interval:
        """The interval the true value lies in, given precision and qualifier.

        ``None`` as the upper end means unbounded. 超2000亿 is (2000亿, ∞); 近1330亿 lies a
        little under 1330亿 (we allow 10% below); 55% covers [54.5%, 55.5%].

        Rules ask for the bounds of a claim many times, so they are computed once and kept
        beside the fields (not a field: they never reach the JSON or equality).
        """
        cached = self.__dict__.get(_BOUNDS)
        if cached is None:
            cached = self.__dict__[_BOUNDS] = claim_bounds(self)
        return cast(Interval, cached)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Claim:
        """A copy; bounds kept for the original are dropped, since ``update`` may change them."""
        copy = super().model_copy(update=update, deep=deep)
        copy.__dict__.pop(_BOUNDS, None)
        return copy
