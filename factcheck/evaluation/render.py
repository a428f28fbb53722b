"""The figures as a plain-text report a developer reads to decide what to fix next."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.evaluation.figures import Alarm, Figures, KindFigures, RelationRef


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _frac(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "-"


def _kind_row(row: KindFigures) -> str:
    return (
        f"{row.kind:<14}{_frac(row.covered, row.holds_true):>9}{_pct(row.coverage):>6}"
        f"{row.verified:>6}{row.alarmed:>7}{_frac(row.caught, row.holds_false):>8}"
        f"{_frac(row.unclear_violations, row.unclear):>9}"
        f"{_frac(row.mutations_caught, row.mutations):>10}{_pct(row.mutation_recall):>6}"
    )


def _alarm_lines(alarms: Iterable[Alarm]) -> list[str]:
    lines = []
    for a in alarms:
        where = f" [{a.relation}]" if a.relation else ""
        lines.append(
            f"  {a.file}:{a.line}:{a.column}: {a.rule} [{a.severity}] {a.message}{where}"
            f" ({a.reason})"
        )
    return lines


def _relation_lines(refs: Iterable[RelationRef]) -> list[str]:
    lines = []
    for r in refs:
        missing = f" (quotes not found: {', '.join(r.missing_quotes)})" if r.missing_quotes else ""
        lines.append(f"  {r.file} #{r.index} {r.kind}: {r.note}{missing}")
    return lines


def render_text(figures: Figures) -> str:
    """Tables per kind and per mutation, then the lists that drive the figures up."""
    overall = figures.overall
    out = [
        f"corpus {figures.corpus}: {figures.passages} passages, {figures.relations} relations",
        "",
        f"{'kind':<14}{'covered':>9}{'cov':>6}{'verif':>6}{'alarms':>7}{'caught':>8}"
        f"{'unclear!':>9}{'mutants':>10}{'rec':>6}",
        *(_kind_row(row) for row in figures.kinds),
        _kind_row(overall),
        "",
        f"{'mutation':<14}{'caught':>9}{'recall':>8}",
    ]
    for m in (*figures.mutations, figures.mutation_overall):
        out.append(f"{m.mutation:<14}{_frac(m.caught, m.planned):>9}{_pct(m.recall):>8}")
    sections: list[tuple[str, list[str]]] = [
        ("false alarms (errors/warnings where the text holds)", _alarm_lines(figures.false_alarms)),
        ("unclear relations flagged above info", _alarm_lines(figures.unclear_violations)),
        ("holds:false relations missed", _relation_lines(figures.missed_false)),
        ("holds:true relations not covered", _relation_lines(figures.uncovered)),
        (
            "mutations missed",
            [
                f"  {o.file}:{o.line} #{o.relation} {o.kind} {o.mutation}: "
                f"{o.original} -> {o.replacement}"
                for o in figures.mutation_outcomes
                if not o.caught
            ],
        ),
        ("errors/warnings matching no relation (passages with a holds:false relation)",
         _alarm_lines(figures.unattributed)),
        ("quotes not found in their passage", _relation_lines(figures.missing_quotes)),
        ("checker crashes", [f"  {c.file}{' (mutated)' if c.mutated else ''}: {c.error}"
                             for c in figures.crashes]),
    ]  # fmt: skip
    for title, lines in sections:
        if lines:
            out += ["", f"{title}: {len(lines)}", *lines]
    if figures.misaligned_claims:
        out += ["", f"claims whose span does not hold their text: {figures.misaligned_claims}"]
    return "\n".join(out) + "\n"
