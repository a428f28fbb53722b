"""Shared pytest configuration."""

from __future__ import annotations

import pytest

# --- markers -------------------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "corpus: runs the checker on the published-news corpus in ../shared (floors test)",
    )
