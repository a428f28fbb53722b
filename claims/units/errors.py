"""The two ways a unit question can be wrong, as exceptions callers can tell apart.

Both subclass ``ValueError`` because both mean "this argument cannot be used": an unknown
code is a typo or a contract violation upstream, a mismatch is a rule comparing things that
cannot be compared (元 with 美元, a percent with a percentage point).
"""

from __future__ import annotations


class UnknownUnit(ValueError):
    """A unit code that is not in ``codes.txt`` (and not ``count:<counter>``)."""


class UnitMismatch(ValueError):
    """Two units of different dimensions: converting between them has no meaning."""
