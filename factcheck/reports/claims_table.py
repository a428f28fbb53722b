"""What the extractor read: the claims of a text as an aligned table or as JSON.

The table is for a person checking extraction by eye, so columns are padded by display
width (a Chinese character takes two terminal cells). The JSON is the contract of
``claims.serialize.claim_json``.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from typing import Literal

from claims.model import Claim
from claims.serialize import claim_json, decimal_text

COLUMNS = ("line", "kind", "text", "value", "unit", "qualifier", "subject/metric")
#: Display cells a long claim text (a listed enumeration) or scope is cut to; JSON keeps all.
TEXT_CELLS = 24
SCOPE_CELLS = 32


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def clip(text: str, cells: int) -> str:
    """``text`` cut to at most ``cells`` display cells, an ellipsis marking the cut."""
    text = " ".join(text.split())
    if display_width(text) <= cells:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > cells - 1:
            break
        out += ch
    return out + "…"


def value_cell(claim: Claim) -> str:
    if claim.value is not None:
        return decimal_text(claim.value)
    if claim.low is not None and claim.high is not None:
        return f"[{decimal_text(claim.low)}, {decimal_text(claim.high)}]"
    return "-"


def row(claim: Claim) -> tuple[str, ...]:
    scope = "/".join(part or "-" for part in (claim.scope.subject, claim.scope.metric))
    return (
        f"{claim.span.line}:{claim.span.column}",
        claim.kind.value,
        clip(claim.text, TEXT_CELLS),
        value_cell(claim),
        claim.unit,
        claim.qualifier.value,
        clip(scope, SCOPE_CELLS),
    )


def table(claims: Sequence[Claim]) -> str:
    rows = [COLUMNS, *(row(c) for c in claims)]
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(COLUMNS))]
    lines = [
        "  ".join(pad(cell, w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"{len(claims)} claim{'s' if len(claims) != 1 else ''}")
    return "\n".join(lines) + "\n"


def render_claims(claims: Sequence[Claim], fmt: Literal["table", "json"] = "table") -> str:
    if fmt == "json":
        payload = {"claims": [claim_json(c) for c in claims]}
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":
        return table(claims)
    raise ValueError(f"unknown claims format {fmt!r}; use table or json")
