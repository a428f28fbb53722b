"""Units: one pint registry built from definition files, and the unit words of Chinese copy.

Claims carry short unit codes (CNY, percent, count:家, km2; see ``codes.txt``). This package
says what each code means to pint (``pint_unit``, ``quantity``), converts values between
codes exactly (``convert``), and lists the words that name units in copy (``unit_words``).
pint is imported only when a registry function is first called.
"""

from __future__ import annotations

from claims.units.codes import (
    COUNT_PREFIX,
    contract_codes,
    is_contract_code,
    is_count_code,
    pint_expression,
    unit_codes,
)
from claims.units.convert import conversion_factor, convert
from claims.units.errors import UnitMismatch, UnknownUnit
from claims.units.lexicon import UnitWord, counter_code, unit_alternation, unit_words
from claims.units.registry import pint_unit, quantity, registry

__all__ = [
    "COUNT_PREFIX",
    "UnitMismatch",
    "UnitWord",
    "UnknownUnit",
    "contract_codes",
    "conversion_factor",
    "convert",
    "counter_code",
    "is_contract_code",
    "is_count_code",
    "pint_expression",
    "pint_unit",
    "quantity",
    "registry",
    "unit_alternation",
    "unit_codes",
    "unit_words",
]
