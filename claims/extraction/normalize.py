"""Same-length normalization of copy before matching: full-width forms and Traditional script.

Every transformation here maps one character to one character, so an offset in the
normalized text is the same offset in the source and claims keep their exact place.
"""

from __future__ import annotations

import functools
import re

from claims.script import has_traditional, to_simplified

#: The characters the width table changes; the scan for them runs in C, and only the
#: characters found pay for a Python-level replacement.
_WIDE = re.compile("[\uff01-\uff5e\u3000\u2212\u2236]")


@functools.cache
def _width_table() -> dict[int, int]:
    table = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20  # ideographic space
    table[0x2212] = ord("-")  # minus sign
    table[0x2014] = 0x2014  # em dash stays (a range mark, not a minus)
    table[0xFF5E] = ord("~")
    table[0x2236] = ord(":")
    return table


def normalize(text: str) -> str:
    """ASCII digits and punctuation for full-width ones; Simplified for Traditional characters."""
    table = _width_table()
    out = _WIDE.sub(lambda m: chr(table[ord(m.group())]), text) if _WIDE.search(text) else text
    if has_traditional(out):
        out = to_simplified(out)
    return out
