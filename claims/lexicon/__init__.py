"""Word lists of the copy, kept as data files so a newsroom can extend them."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


@functools.cache
def load(name: str) -> dict[str, Any]:
    """Load ``claims/lexicon/<name>.yaml`` once per process."""
    text = resources.files("claims.lexicon").joinpath(f"{name}.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"claims/lexicon/{name}.yaml: expected a mapping at the top level")
    return data


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so the longest wins."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
