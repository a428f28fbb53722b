"""## What it checks
In a 分别 ("respectively") sentence, the items before 分别 against the values after it:
"对泰国和马来西亚进出口分别增长27%、18.6%" pairs 2 items with 2 values. Every run of
values that a 分别 introduces is checked ("分别进出口418亿元、…，同比分别增长12.4%、…").

## Why it matters
A value dropped or added in a 分别 list shifts every pairing after it: the reader is told
the wrong figure for every item past the gap, and nothing in the sentence shows it.

## Example (bad)
同期，对泰国和马来西亚进出口分别增长27%。

## Use instead
同期，对泰国和马来西亚进出口分别增长27%、18.6%。

## Options
None. The comparison is exact: one value per item.

## Known limits
Where 及/和 may join words inside an item as well as the last two items
("医疗保健、生活用品及服务价格"), both readings are allowed and the list holds if either
matches. Lists the extractor does not read as 分别 lists (values after 分别为, a count between
the list and 分别) are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pydantic import BaseModel

from claims.model import Claim
from factcheck.checks import relation
from factcheck.context import Context
from factcheck.finding import Finding, Severity, Verified
from factcheck.rules.base import Rule, RuleMeta
from factcheck.rules.counts import wording

#: A clause before 分别 naming one partner or place: 对泰国进出口, 其中甲市.
_LONE = re.compile(r"^(?:同期|今年|同时)?(?:对|向|其中)[^、和及与\d]{1,14}$")
#: Words that make a subject plural (两市, 二者, 各地): the values may well be several.
_PLURAL = re.compile(r"[两双二三四五六七八九十几各们者均都]")
#: What may stand between two values of one run: 、 和 及 与, after the noun a value may
#: qualify (覆盖100%的乡镇和74%的行政村).
_RUN_JOINER = re.compile(r"^\s*(?:的[^\d，,。；;、和及与]{1,8})?(?:、|和|及|与|以及)\s*$")
#: Words between 分别 and the first value: a verb, never a clause break.
_LEAD = re.compile(r"^[^，,。；;：:、\d]{0,10}$")


class RespectivelyMismatch(Rule):
    meta = RuleMeta(
        id="FC402",
        name="respectively-mismatch",
        summary="A 分别 list pairs a different number of items and values.",
        severity=Severity.ERROR,
        doc=__doc__ or "",
        references=("phenomena-zh: 分别 lists pair the i-th item with the i-th value",),
    )

    def _lone_items(self, ctx: Context) -> Iterator[Finding]:
        """分别 after a single subject with several values (an item deleted from the list).

        The extractor reads a 分别 list only from two items up, so a list cut down to one
        item is found here from the words: one 对/其中 subject, then 分别, then 2+ values.
        """
        paired = {m for e in ctx.enumerations for m in e.members}
        for index, claims in ctx.by_sentence.items():
            text = ctx.doc.sentences[index].text
            for m in re.finditer("分别|分別", text):
                clause = re.split(r"[，,；;：:。]", text[: m.start()])[-1].strip()
                subject = _lone_subject(clause)
                if subject is None:
                    continue
                run = _values_after(ctx, claims, m.end())
                if len(run) < 2 or any(v.id in paired for v in run):
                    continue
                written = "、".join(v.text for v in run)
                found = relation(
                    self.meta,
                    [(v, "value") for v in run],
                    holds=False,
                    message=(
                        f"分别 pairs one item ({subject}) with {len(run)} values ({written}): "
                        f"an item has been dropped from the list, or a value added"
                    ),
                    computed="1 item",
                    stated=f"{len(run)} values",
                    tolerance="exact: one value per item",
                    arithmetic=f"items 1 ≠ values {len(run)}",
                    path=ctx.path,
                )
                assert isinstance(found, Finding)
                yield found

    def check(self, ctx: Context, options: BaseModel) -> Iterator[Finding | Verified]:
        yield from self._lone_items(ctx)
        for enum in ctx.enumerations:
            if enum.shape != "respectively" or not enum.members:
                continue
            values = sorted(
                (ctx.by_id[m] for m in enum.members if m in ctx.by_id), key=lambda c: c.start
            )
            runs = _runs(ctx, enum, values)
            if not runs:
                continue
            readings = _readings(enum)
            bad = next((run for run in runs if len(run) not in readings), None)
            claims = [(enum, "items"), *((v, "value") for run in runs for v in run)]
            items = "、".join(enum.items)
            shown = " / ".join("、".join(v.text for v in run) for run in runs)
            counts = " or ".join(str(n) for n in sorted(readings))
            if bad is None:
                yield relation(
                    self.meta,
                    claims,
                    holds=True,
                    message=f"{counts} items ({items}) pair with {shown}",
                    computed=f"{counts} items",
                    stated=f"{', '.join(str(len(r)) for r in runs)} value(s) per run",
                    tolerance="exact: one value per item",
                    arithmetic=f"items {counts} = values {', '.join(str(len(r)) for r in runs)}",
                    path=ctx.path,
                )
                continue
            written = "、".join(v.text for v in bad)
            yield relation(
                self.meta,
                [(enum, "items"), *((v, "value") for v in bad)],
                holds=False,
                message=(
                    f"分别 pairs {counts} item(s) ({items}) with {len(bad)} value(s) ({written}): "
                    f"a value or an item has been dropped or added"
                ),
                computed=f"{counts} items",
                stated=f"{len(bad)} values",
                tolerance="exact: one value per item",
                arithmetic=f"items {counts} ≠ values {len(bad)}",
                path=ctx.path,
            )


def _lone_subject(clause: str) -> str | None:
    """The one subject of "对泰国进出口分别…" / "其中甲市分别…", or None if it may be plural."""
    m = _LONE.match(clause)
    if m is None or _PLURAL.search(clause):
        return None
    return m.group(0)


def _readings(enum: Claim) -> set[int]:
    """How many items the list may hold: split on every joiner, or on 、 alone."""
    readings = {len(enum.items)}
    by_comma = wording.comma_items(enum.text)
    if len(by_comma) >= 2:
        readings.add(len(by_comma))
    return readings


def _runs(ctx: Context, enum: Claim, values: Sequence[Claim]) -> list[list[Claim]]:
    """Runs of values joined by 、/和, each introduced by a 分别 of the enumeration's sentence."""
    runs: list[list[Claim]] = []
    previous: Claim = enum
    for value in values:
        gap = wording.between(ctx, previous, value)
        if gap is None:
            break
        if runs and previous is not enum and _RUN_JOINER.match(gap):
            runs[-1].append(value)
        elif (marker := _last_respectively(gap)) >= 0 and _LEAD.match(gap[marker + 2 :]):
            runs.append([value])
        else:
            break
        previous = value
    return runs


def _values_after(ctx: Context, claims: Sequence[Claim], clean_start: int) -> list[Claim]:
    """The run of values joined by 、/和 that starts within a few words after 分别."""
    return wording.value_run(
        ctx, claims, clean_start, lambda lead: _LEAD.match(lead) is not None, _RUN_JOINER
    )


def _last_respectively(gap: str) -> int:
    """Where the last 分别 (or its traditional form 分別) of ``gap`` starts, or -1."""
    return max(gap.rfind("分别"), gap.rfind("分別"))
