"""Every rule of the checker, in id order."""

from __future__ import annotations

from factcheck.rules.base import Rule
from factcheck.rules.shares.fc101_share_mismatch import ShareMismatch

RULES: tuple[type[Rule], ...] = (ShareMismatch,)
