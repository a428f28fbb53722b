"""Suppression comments in the copy, and an audit of the ones that suppress nothing.

An editor who has checked a relation by hand silences it where it stands, in an HTML comment
that Markdown renderers and CMSs hide::

    <!-- factcheck: ignore[FC101,share-mismatch] -->   the next non-blank paragraph
    <!-- factcheck: disable[FC2] --> … <!-- factcheck: enable[FC2] -->   a stretch of text
    <!-- factcheck: ignore-file[FC301] -->              the whole file, wherever it stands

Omitting ``[...]`` means every rule. Rules are named by id or name, case-insensitively. A
reason may follow a colon (``ignore[FC101]: 已向统计局核实``); any other trailing text makes
the comment unreadable, so ``ignore FC101`` (brackets forgotten) never silences every rule. A
finding is suppressed when its anchor (its first claim's start, or its line and column when
it has no claims) lies in a comment's scope. As with ruff's RUF100, a comment that
suppresses nothing, names an unknown rule or cannot be read is itself reported, as FC901
``unused-suppression``, so stale silences do not pile up unseen. Naming FC901 in a comment
(``ignore[FC101,FC901]``, or ``ignore-file[FC901]``) silences that audit.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.finding import Finding, Severity
from factcheck.fingerprint import fingerprint
from factcheck.rules.base import RuleMeta

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(
    r"\s*factcheck\s*:\s*(?P<kind>ignore-file|ignore|disable|enable)\s*"
    r"(?:\[(?P<refs>[^\]]*)\])?\s*(?:[:：].*)?",
    re.IGNORECASE | re.DOTALL,
)
_OURS = re.compile(r"\s*factcheck\s*:", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LEADING_GAP = re.compile(r"(?:\s|<!--.*?-->)*", re.DOTALL)

UNUSED_SUPPRESSION = RuleMeta(
    id="FC901",
    name="unused-suppression",
    summary="A suppression comment that suppresses nothing, or names an unknown rule.",
    severity=Severity.WARNING,
    languages=("zh", "en"),
    references=("https://docs.astral.sh/ruff/rules/unused-noqa/",),
    doc="""\
## What it checks

Every `<!-- factcheck: ignore[...] -->`, `disable[...]`, `enable[...]` and `ignore-file[...]`
comment: whether each rule it names exists and suppressed at least one finding, whether a
`enable` closes an open `disable`, and whether the comment can be read at all.

## Why it matters

A suppression outlives the sentence it was written for. Once the number is corrected or the
paragraph rewritten, a stale comment silently hides the next real mistake in its scope; a
misspelled rule id silences nothing while the editor believes it does.

## Example (bad)

```markdown
<!-- factcheck: ignore[FC101] -->
全省进出口总值2181.3亿元，其中出口1377.9亿元，进口803.4亿元。
```

(the sum is right, so the comment suppresses nothing)

## Use instead

Delete the comment, or name the rule that actually fires:

```markdown
全省进出口总值2181.3亿元，其中出口1377.9亿元，进口803.4亿元。
```

## Options

None. Silence this check for one comment by naming it there (`ignore[FC101,FC901]`), or for
the file with `<!-- factcheck: ignore-file[FC901] -->`.

## Known limits

A `disable` without a rule list can only be closed by an `enable` without one; `enable[FC101]`
does not punch a hole into `disable` (all rules). Unused references to FC901 itself are not
reported.
""",
)


@dataclass(frozen=True)
class Scope:
    """Offsets ``[start, end)`` where ``rule`` (as written; ``None`` = all rules) is silenced."""

    rule: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Suppression:
    """One ``factcheck:`` comment. ``kind`` is ignore, ignore-file, disable, enable or invalid.

    An ``enable`` has no scopes of its own (it ends the scopes of the disables it closes);
    ``matched`` is false for an enable that closed nothing. Both that and an unreadable
    comment are reported as FC901.
    """

    kind: str
    rules: tuple[str, ...]
    text: str
    start: int
    end: int
    line: int
    column: int
    scopes: tuple[Scope, ...]
    matched: bool = True


@dataclass(frozen=True)
class Suppressions:
    """Every suppression comment of one source, with what is needed to place and audit them."""

    items: tuple[Suppression, ...]
    source: str
    path: str | None = None


def parse_suppressions(source: str, path: str | None = None) -> Suppressions:
    """Read every ``<!-- factcheck: ... -->`` comment of ``source`` and compute its scope."""
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
    items: list[Suppression] = []
    open_disables: list[tuple[int, list[Scope]]] = []  # (index in items, scopes still open)
    for match in _COMMENT.finditer(source):
        body = match.group(1)
        if not _OURS.match(body):
            continue
        line = bisect.bisect_right(line_starts, match.start())
        column = match.start() - line_starts[line - 1] + 1
        directive = _DIRECTIVE.fullmatch(body)
        kind = directive.group("kind").lower() if directive else "invalid"
        refs = _refs(directive.group("refs")) if directive else ()
        scopes: tuple[Scope, ...] = ()
        matched = kind != "invalid"
        if kind == "ignore-file":
            scopes = _scopes(refs, 0, len(source) + 1)
        elif kind == "ignore":
            start, end = _next_paragraph(source, match.end())
            scopes = _scopes(refs, start, end)
        elif kind == "disable":
            open_disables.append((len(items), list(_scopes(refs, match.end(), len(source) + 1))))
        elif kind == "enable":
            matched = _close(open_disables, refs, match.start(), items)
        items.append(
            Suppression(
                kind, refs, match.group(), match.start(), match.end(), line, column, scopes, matched
            )
        )
    for index, remaining in open_disables:
        items[index] = _with_scopes(items[index], items[index].scopes + tuple(remaining))
    return Suppressions(tuple(items), source, path)


def apply_suppressions(
    findings: Sequence[Finding], sup: Suppressions, rules: Sequence[RuleMeta]
) -> list[Finding]:
    """The findings no comment suppresses, then an FC901 finding for each comment problem."""
    if not sup.items:
        return list(findings)  # most copy has no comments: nothing is suppressed or audited
    known = _known_rules([*rules, UNUSED_SUPPRESSION])
    used: set[tuple[int, str | None]] = set()
    kept = [f for f in findings if not _suppressed(f, sup, known, used)]
    audit: list[Finding] = []
    for index, item in enumerate(sup.items):
        if _names_rule(item, UNUSED_SUPPRESSION.id, known):
            continue
        for message in _problems(item, index, used, known):
            audit.append(_unused(item, message, sup))
    silenced: set[tuple[int, str | None]] = set()
    audit = [f for f in audit if not _suppressed(f, sup, known, silenced, only_fc901=True)]
    return kept + audit


def _suppressed(
    finding: Finding,
    sup: Suppressions,
    known: dict[str, str],
    used: set[tuple[int, str | None]],
    only_fc901: bool = False,
) -> bool:
    """Whether a comment covers the finding; marks every covering (comment, rule) as used."""
    anchor = _anchor(finding, sup.source)
    rule = finding.rule.upper()
    hit = False
    for index, item in enumerate(sup.items):
        for scope in item.scopes:
            if not scope.start <= anchor < scope.end:
                continue
            if scope.rule is None and only_fc901:
                continue
            if scope.rule is None or known.get(scope.rule.lower()) == rule:
                used.add((index, scope.rule))
                hit = True
    return hit


def _problems(
    item: Suppression, index: int, used: set[tuple[int, str | None]], known: dict[str, str]
) -> list[str]:
    shown = f"{item.kind}[{','.join(item.rules)}]" if item.rules else item.kind
    if item.kind == "invalid":
        return [
            f"unused suppression: cannot read {item.text!r}; write "
            "factcheck: ignore|disable|enable|ignore-file, optionally with [rules]"
        ]
    if item.kind == "enable":
        return [] if item.matched else [f"unused suppression: {shown} has no matching disable"]
    unknown = [ref for ref in item.rules if ref.lower() not in known]
    problems = [f"unused suppression: unknown rule {ref!r} in {shown}" for ref in unknown]
    if not item.rules:
        if (index, None) not in used:
            problems.append(f"unused suppression: {shown} suppressed no finding")
        return problems
    idle = [
        ref
        for ref in dict.fromkeys(item.rules)
        if ref.lower() in known
        and known[ref.lower()] != UNUSED_SUPPRESSION.id
        and (index, ref) not in used
    ]
    if idle and len(idle) == len(item.rules):
        problems.append(f"unused suppression: {shown} suppressed no finding")
    elif idle:
        problems.append(f"unused suppression: {', '.join(idle)} in {shown} suppressed no finding")
    return problems


def _unused(item: Suppression, message: str, sup: Suppressions) -> Finding:
    finding = Finding(
        rule=UNUSED_SUPPRESSION.id,
        name=UNUSED_SUPPRESSION.name,
        message=message,
        claims=(),
        severity=UNUSED_SUPPRESSION.severity,
        file=sup.path,
        line=item.line,
        column=item.column,
    )
    return finding.model_copy(update={"fingerprint": fingerprint(finding, sup.source)})


def _names_rule(item: Suppression, rule_id: str, known: dict[str, str]) -> bool:
    return any(known.get(ref.lower()) == rule_id for ref in item.rules)


def _known_rules(metas: Sequence[RuleMeta]) -> dict[str, str]:
    """Lower-cased id and name → rule id."""
    known: dict[str, str] = {}
    for meta in metas:
        known[meta.id.lower()] = meta.id.upper()
        known[meta.name.lower()] = meta.id.upper()
    return known


def _anchor(finding: Finding, source: str) -> int:
    if finding.claims:
        return finding.claims[0].start
    offset = 0
    for _ in range(finding.line - 1):
        newline = source.find("\n", offset)
        if newline < 0:
            return len(source)
        offset = newline + 1
    return offset + finding.column - 1


def _refs(raw: str | None) -> tuple[str, ...]:
    if raw is None:
        return ()
    return tuple(ref for ref in re.split(r"[\s,，、]+", raw) if ref)


def _scopes(refs: tuple[str, ...], start: int, end: int) -> tuple[Scope, ...]:
    if not refs:
        return (Scope(None, start, end),)
    return tuple(Scope(ref, start, end) for ref in dict.fromkeys(refs))


def _next_paragraph(source: str, after: int) -> tuple[int, int]:
    """``[start, end)`` of the first non-blank paragraph after offset ``after``.

    Other comments in between (stacked suppressions) are skipped, so each applies to the
    same paragraph.
    """
    gap = _LEADING_GAP.match(source, after)
    start = gap.end() if gap else after
    blank = _BLANK_LINE.search(source, start)
    return start, blank.start() if blank else len(source)


def _close(
    open_disables: list[tuple[int, list[Scope]]],
    refs: tuple[str, ...],
    at: int,
    items: list[Suppression],
) -> bool:
    """End the open disables an ``enable`` names; false when it names none of them."""
    closed = False
    wanted = {ref.lower() for ref in refs}
    for position, (index, scopes) in enumerate(open_disables):
        ending = [
            s for s in scopes if not refs or (s.rule is not None and s.rule.lower() in wanted)
        ]
        if not ending:
            continue
        finished = tuple(Scope(s.rule, s.start, at) for s in ending)
        items[index] = _with_scopes(items[index], items[index].scopes + finished)
        open_disables[position] = (index, [s for s in scopes if s not in ending])
        closed = True
    open_disables[:] = [entry for entry in open_disables if entry[1]]
    return closed


def _with_scopes(item: Suppression, scopes: tuple[Scope, ...]) -> Suppression:
    return dataclasses.replace(item, scopes=scopes)
