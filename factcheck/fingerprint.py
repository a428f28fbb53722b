"""A finding's identity across edits, so a baseline or a diff knows what is new.

Editors move paragraphs, add lines above, and rewrite other parts of the page; none of that
should make an old discrepancy look new. So the fingerprint ignores offsets, lines and the
file name, and hashes what the discrepancy *is*: the rule, the text of each claim involved
(normalized: NFKC, so full-width digits equal ASCII ones, and no whitespace) and a few
characters around each claim, taken from the claim's own paragraph only. Changing any number
of the relation changes a claim text and so the fingerprint; rewording far away does not.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from factcheck.finding import Check

#: Non-whitespace characters of context kept on each side of a claim.
CONTEXT_CHARS = 8
#: How far to look for them; whitespace-heavy text may yield fewer.
_WINDOW = 64
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


#: What a claim adds to a fingerprint, by (start, end, text): one document's findings and
#: verified relations name the same claims many times.
ClaimParts = dict[tuple[int, int, str], tuple[str, str, str]]


def fingerprint(check: Check, source: str, seen: ClaimParts | None = None) -> str:
    """sha1 hex of the rule, the normalized claim texts and their nearby context.

    A check with no claims (a suppression problem, say) is identified by its message and
    the context around its line and column instead. ``seen`` keeps the claims' parts for
    further checks of the same ``source``.
    """
    parts = [check.rule.upper()]
    if check.claims:
        seen = {} if seen is None else seen
        for claim in check.claims:
            key = (claim.start, claim.end, claim.text)
            own = seen.get(key)
            if own is None:
                before, after = context(source, claim.start, claim.end)
                own = seen[key] = (normalize(claim.text), before, after)
            parts += own
    else:
        offset = _offset(source, check.line, check.column)
        before, after = context(source, offset, offset)
        parts += [normalize(check.message), before, after]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def normalize(text: str) -> str:
    """NFKC with all whitespace removed, so width and wrapping do not count as edits."""
    # str.split() splits at exactly the characters \s matches (str.isspace), without a regex.
    return "".join(unicodedata.normalize("NFKC", text).split())


def context(source: str, start: int, end: int) -> tuple[str, str]:
    """Up to CONTEXT_CHARS normalized characters before ``start`` and after ``end``.

    The context stops at a blank line, so a rewritten neighbouring paragraph never reaches it.
    """
    start = min(max(start, 0), len(source))
    end = min(max(end, start), len(source))
    before = source[max(0, start - _WINDOW) : start]
    if before.count("\n") > 1:  # a blank line needs two line breaks
        breaks = list(_BLANK_LINE.finditer(before))
        if breaks:
            before = before[breaks[-1].end() :]
    after = source[end : end + _WINDOW]
    if after.count("\n") > 1:
        cut = _BLANK_LINE.search(after)
        if cut:
            after = after[: cut.start()]
    return normalize(before)[-CONTEXT_CHARS:], normalize(after)[:CONTEXT_CHARS]


def _offset(source: str, line: int, column: int) -> int:
    position = 0
    for _ in range(line - 1):
        newline = source.find("\n", position)
        if newline < 0:
            return len(source)
        position = newline + 1
    return min(position + column - 1, len(source))
