"""Traditional → Simplified Chinese, one character for one character.

Taiwan, Hong Kong and some reposted mainland copy is written in Traditional characters
("進出口總額4458.7億元"). Lexicons and patterns are written once, in Simplified; mapping
character by character keeps the length, so every offset found in the mapped text is an
offset in the original too. Phrase-level conversion (OpenCC's TSPhrases) would be more
faithful but changes lengths, which would break the offset contract.

The table is OpenCC's ``TSCharacters.txt`` as shipped by ``opencc-python-reimplemented``;
of several candidates the first (the most common reading) is taken.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_TABLE = "TSCharacters.txt"


@cache
def _table() -> dict[int, str]:
    """``str.translate`` table: code point of a Traditional character → Simplified character."""
    text = resources.files("opencc").joinpath("dictionary", _TABLE).read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ", 1)[0]
        if len(source) == 1 and len(target) == 1 and source != target:
            table[ord(source)] = target
    return table


@cache
def _candidates() -> tuple[re.Pattern[str], frozenset[str]]:
    """A character class of the table's BMP keys plus every astral character.

    ``re`` scans a class of BMP characters with a bitmap, in C; a class that also lists
    astral characters one by one is a hundred times slower. The few astral keys are
    therefore matched as "any astral character" and confirmed against a set.
    """
    keys = sorted(chr(code) for code in _table())
    bmp = "".join(key for key in keys if ord(key) <= 0xFFFF)
    astral = frozenset(key for key in keys if ord(key) > 0xFFFF)
    return re.compile(f"[{re.escape(bmp)}\U00010000-\U0010ffff]"), astral


@cache
def _bmp_table() -> list[int]:
    """The table for the Basic Multilingual Plane as a list indexed by code point.

    ``str.translate`` looks a dict up with an exception for every character it does not
    hold (most of them); a list that maps every character, most to themselves, is read two
    to three times faster. Characters past its end are left as they are, which is right
    for all but the few astral keys of the table.
    """
    table = _table()
    out = list(range(max(code for code in table if code <= 0xFFFF) + 1))
    for code, target in table.items():
        if code < len(out):
            out[code] = ord(target)
    return out


@cache
def _astral() -> re.Pattern[str]:
    return re.compile("[\U00010000-\U0010ffff]")


def to_simplified(text: str) -> str:
    """``text`` with each Traditional character replaced by its Simplified form.

    The result has exactly the length of ``text``.
    """
    if _astral().search(text) is not None:
        return text.translate(_table())  # the list below does not reach astral keys
    return text.translate(_bmp_table())


def has_traditional(text: str) -> bool:
    """Whether ``text`` contains at least one character the table would change."""
    pattern, astral = _candidates()
    return any(
        ord(char := match.group()) <= 0xFFFF or char in astral for match in pattern.finditer(text)
    )
