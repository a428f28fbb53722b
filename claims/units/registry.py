"""The one pint registry: pint's own definitions plus ours, loaded once per process.

Our definition files (``currency.txt``, ``counting.txt``, ``measures.txt``) are layered on
pint's defaults with ``on_redefinition="raise"``, so a name of ours that collides with one of
pint's (``mu``, ``pp``) fails at load time instead of silently changing a conversion.
Magnitudes are ``Decimal`` (``non_int_type``), so no value ever passes through a float.

pint itself is imported on first use, not at import time: building the registry costs a
few hundred milliseconds, which code that only needs the lexicon should never pay.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from claims.units.codes import pint_expression

if TYPE_CHECKING:
    import pint

DEFINITION_FILES: tuple[Path, ...] = tuple(
    Path(__file__).with_name(name) for name in ("currency.txt", "counting.txt", "measures.txt")
)


@functools.cache
def registry() -> pint.UnitRegistry[Decimal]:
    """The process-wide registry, built on the first call and reused ever after."""
    import pint

    units: pint.UnitRegistry[Decimal] = pint.UnitRegistry(
        non_int_type=Decimal, on_redefinition="raise"
    )
    for path in DEFINITION_FILES:
        units.load_definitions(str(path))
    return units


@functools.cache
def pint_unit(code: str) -> pint.Unit:
    """The pint unit a contract code stands for (every ``count:*`` is one counting unit)."""
    return registry().Unit(pint_expression(code))


def quantity(value: Decimal, code: str) -> pint.Quantity[Decimal]:
    """``value`` in the unit ``code`` names, as a pint quantity with a Decimal magnitude."""
    if not isinstance(value, Decimal):
        raise TypeError(f"unit values are Decimal, got {type(value).__name__}")
    return registry().Quantity(value, pint_unit(code))
