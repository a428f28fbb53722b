"""Extractors of numeric claims, one per language; Chinese is the first."""

from __future__ import annotations

from claims.document import Document
from claims.extraction.zh import extract_document as extract_zh
from claims.model import Claim

__all__ = ["extract", "extract_document"]


def extract_document(doc: Document, lexicon_files: tuple[str, ...] = ()) -> list[Claim]:
    """Every numeric claim of a parsed document, in text order."""
    return extract_zh(doc, lexicon_files)


def extract(doc: Document) -> list[Claim]:
    """Alias of :func:`extract_document`."""
    return extract_document(doc)
