"""What the text says: every numeric statement of news copy as a typed record.

>>> import claims
>>> [c.text for c in claims.extract("全省进出口3964.6亿元，同比增长5.5%。")]
['3964.6亿元', '5.5%']
"""

from __future__ import annotations

from collections.abc import Sequence

# The submodule ``claims.parse`` is imported first, so that the function defined below, not
# the module, is what ``claims.parse`` names afterwards.
import claims.parse as _parse_module
from claims.document import Document
from claims.extraction import extract_document
from claims.model import Claim, Kind, Qualifier, Scope, Span

__all__ = ["Claim", "Document", "Kind", "Qualifier", "Scope", "Span", "extract", "parse"]


def parse(text: str, path: str | None = None) -> Document:
    """Parse copy (plain text or Markdown) into a Document with exact offsets."""
    return _parse_module.parse(text, path)


def extract(
    text_or_doc: str | Document, path: str | None = None, lexicon: Sequence[str] = ()
) -> list[Claim]:
    """Every numeric claim of a text or parsed document, in text order.

    ``lexicon`` names extra YAML files of metric and entity synonyms (``metrics:`` and
    ``entities:`` mappings of a key to its aliases) that add to the bundled ones.
    """
    doc = text_or_doc if isinstance(text_or_doc, Document) else parse(text_or_doc, path)
    return extract_document(doc, tuple(lexicon))
