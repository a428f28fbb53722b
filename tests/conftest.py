"""Shared pytest configuration."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# Property tests: in CI the examples are derived from each test (derandomized), so a run is
# reproducible and a red build always means a change broke something; locally they explore
# new examples on every run. No deadline anywhere: timing belongs to benchmarks, and a busy
# machine must not fail a correct test.
settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


# --- markers -------------------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "corpus: runs the checker on the published-news corpus in ../shared (floors test)",
    )
