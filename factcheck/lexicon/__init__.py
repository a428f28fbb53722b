"""Domain knowledge the rules use (partitions), as data files a newsroom can extend."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Partition:
    whole: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    partitions: tuple[Partition, ...]


def _partitions(data: object, origin: str) -> tuple[Partition, ...]:
    if not isinstance(data, list):
        raise ValueError(f"{origin}: expected a list of partitions")
    out = []
    for entry in data:
        if not isinstance(entry, dict) or "whole" not in entry or "parts" not in entry:
            raise ValueError(f"{origin}: each partition needs 'whole' and 'parts'")
        out.append(Partition(str(entry["whole"]), tuple(str(p) for p in entry["parts"])))
    return tuple(out)


@functools.cache
def default_lexicon() -> Lexicon:
    text = resources.files("factcheck.lexicon").joinpath("partitions.yaml").read_text("utf-8")
    return Lexicon(_partitions(yaml.safe_load(text), "factcheck/lexicon/partitions.yaml"))


def extended_lexicon(paths: tuple[str, ...]) -> Lexicon:
    """The default lexicon plus the partitions of extra files (a `partitions:` key in each)."""
    partitions = list(default_lexicon().partitions)
    for path in paths:
        data = yaml.safe_load(Path(path).read_text("utf-8")) or {}
        if isinstance(data, dict):
            partitions += _partitions(data.get("partitions", []), path)
    return Lexicon(tuple(partitions))
