"""The unit codes of the JSON contract, read from ``codes.txt``.

The contract speaks in short codes (CNY, percent, count:家, km2); the registry speaks pint.
Keeping the mapping in a data file puts the whole contract on one page, next to the pint
definitions it points into, and lets the lexicon be validated without importing pint.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from claims.units.errors import UnknownUnit

CODES_FILE = Path(__file__).with_name("codes.txt")

COUNT_PREFIX = "count:"
"""Counted things keep their counter in the code (count:家); all share one pint unit."""

_COUNT_PATTERN = COUNT_PREFIX + "*"
_EXTRA = "extra"


@functools.cache
def _table() -> tuple[Mapping[str, str], frozenset[str]]:
    expressions: dict[str, str] = {}
    contract: set[str] = set()
    for number, raw in enumerate(CODES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if len(fields) not in (2, 3) or (len(fields) == 3 and fields[2] != _EXTRA):
            raise ValueError(f"{CODES_FILE.name}:{number}: expected '<code> <pint> [extra]'")
        code, expression = fields[0], fields[1]
        if code in expressions:
            raise ValueError(f"{CODES_FILE.name}:{number}: code {code!r} defined twice")
        expressions[code] = expression
        if len(fields) == 2:
            contract.add(code)
    return MappingProxyType(expressions), frozenset(contract)


def unit_codes() -> Mapping[str, str]:
    """Every code the registry knows → its pint expression (``count:*`` stands for all)."""
    return _table()[0]


def contract_codes() -> frozenset[str]:
    """The codes the JSON contract allows; ``count:*`` stands for every counter."""
    return _table()[1]


def is_count_code(code: str) -> bool:
    """True for ``count:<counter>``: a non-empty counter without whitespace, not ``*``."""
    counter = code.removeprefix(COUNT_PREFIX)
    return (
        code.startswith(COUNT_PREFIX)
        and counter not in ("", "*")
        and not any(character.isspace() for character in counter)
    )


def _table_key(code: str) -> str:
    if is_count_code(code):
        return _COUNT_PATTERN
    if code not in unit_codes() or code == _COUNT_PATTERN:
        raise UnknownUnit(f"unknown unit code {code!r}; see {CODES_FILE.name}")
    return code


def pint_expression(code: str) -> str:
    """The registry expression for a code; raises ``UnknownUnit`` for anything else."""
    return unit_codes()[_table_key(code)]


def is_contract_code(code: str) -> bool:
    """True when ``code`` may appear in the JSON output (so not JPY, GBP or second)."""
    try:
        return _table_key(code) in contract_codes()
    except UnknownUnit:
        return False
