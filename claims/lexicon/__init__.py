"""Word lists of the copy, kept as data files so a newsroom can extend them."""

from __future__ import annotations

import functools
import re
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
    """A regex alternation of literal words in which the longest word wins."""
    return literal_trie([(w, "") for w in sorted(set(words), key=lambda w: (-len(w), w))])


def literal_trie(entries: list[tuple[str, str]]) -> str:
    """The alternation ``word1 tail1|word2 tail2|…`` (longest word first, each ``tail`` a
    regex such as a lookahead, or empty) written as a trie: words sharing a first character
    share one branch, so the engine tests each character once instead of trying every word
    in turn (a flat list of 200 unit words made the claim pattern try 200 alternatives after
    every number).

    The matches are those of the flat alternation, backtracking included: words that can
    match at the same place are prefixes of one another, and at every node the longer words
    (the children) are still tried before the word that ends there.
    """
    root: dict[str, Any] = {}
    for word, tail in entries:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node.setdefault("", tail)  # a repeated word: its first entry wins, as in the list
    return _render(root)


def _render(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _render(child) for char, child in node.items() if char]
    if "" in node:
        branches.append(node[""])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
