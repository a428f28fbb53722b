"""The rules, listed explicitly: adding a rule means adding it here (and its cases and docs)."""

from __future__ import annotations

import functools

from factcheck.rules.base import Rule


@functools.cache
def all_rules() -> tuple[type[Rule], ...]:
    from factcheck.rules import catalogue

    return catalogue.RULES


def find_rule(id_or_name: str) -> type[Rule] | None:
    """A rule by id (FC101) or name (share-mismatch), case-insensitive."""
    wanted = id_or_name.strip().lower()
    for rule in all_rules():
        if wanted in (rule.meta.id.lower(), rule.meta.name.lower()):
            return rule
    return None
