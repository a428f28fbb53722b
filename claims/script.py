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


def to_simplified(text: str) -> str:
    """``text`` with each Traditional character replaced by its Simplified form.

    The result has exactly the length of ``text``.
    """
    return text.translate(_table())


def has_traditional(text: str) -> bool:
    """Whether ``text`` contains at least one character the table would change."""
    pattern, astral = _candidates()
    return any(
        ord(char := match.group()) <= 0xFFFF or char in astral for match in pattern.finditer(text)
    )
