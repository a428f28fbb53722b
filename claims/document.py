"""A parsed page: articles (sections), paragraphs and sentences over the exact source text.

Newspaper copy arrives with layout damage: a sentence cut by a blank line where a column
ended ("外商间接\\n\\n投资177.2亿元"), a number split across lines. Sentences therefore carry a
*clean* text, with the breaks taken out, plus a map back to the source, so extraction reads
whole sentences while every claim still points at the exact characters of the file.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


def _clean_start(piece: tuple[int, int, int]) -> int:
    return piece[0]


class Role(StrEnum):
    """The part a paragraph plays on the page; rules read some roles and not others."""

    KICKER = "kicker"  # 引题: the line above a headline
    HEADLINE = "headline"
    SUBHEADING = "subheading"
    SECTION_TITLE = "section_title"
    LEDE = "lede"  # the first body paragraph, usually with the dateline
    BODY = "body"
    CAPTION = "caption"
    BYLINE = "byline"
    NOISE = "noise"  # continuation markers, page furniture


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence. ``text`` is the clean text; ``pieces`` maps it back to the source.

    Each piece is ``(clean_start, source_start, length)``: clean characters
    ``[clean_start, clean_start + length)`` are source characters
    ``[source_start, source_start + length)``. Pieces are sorted and do not overlap.
    """

    index: int
    paragraph: int
    section: int
    role: Role
    text: str
    pieces: tuple[tuple[int, int, int], ...]

    @property
    def start(self) -> int:
        return self.pieces[0][1] if self.pieces else 0

    @property
    def end(self) -> int:
        if not self.pieces:
            return 0
        _, source_start, length = self.pieces[-1]
        return source_start + length

    def source_offset(self, clean_offset: int) -> int:
        """Source offset of clean character ``clean_offset`` (or of the end, if equal to len)."""
        pieces = self.pieces
        if len(pieces) == 1:  # the common case: the sentence is one range of the source
            clean_start, source_start, _ = pieces[0]
            return source_start + (clean_offset - clean_start)
        if not pieces:
            return clean_offset
        i = bisect.bisect_right(pieces, clean_offset, key=_clean_start) - 1
        i = max(i, 0)
        clean_start, source_start, length = pieces[i]
        if clean_offset - clean_start > length and i + 1 < len(pieces):
            return pieces[i + 1][1]
        return source_start + (clean_offset - clean_start)

    def source_span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """Source [start, end) of the clean range; end is just past the last character."""
        pieces = self.pieces
        if len(pieces) == 1:  # one range of the source: both ends shift alike
            shift = pieces[0][1] - pieces[0][0]
            return clean_start + shift, max(clean_start, clean_end) + shift
        start = self.source_offset(clean_start)
        if clean_end <= clean_start:
            return start, start
        return start, self.source_offset(clean_end - 1) + 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of text between blank lines (after re-joining paragraphs cut by layout)."""

    index: int
    section: int
    role: Role
    start: int
    end: int
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """One article of the page: its headline and the paragraphs under it."""

    index: int
    headline: str | None
    start: int
    end: int
    paragraphs: tuple[int, ...]
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """The whole parsed input. ``source`` is the decoded text every offset refers to."""

    source: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    front_matter: dict[str, object] = field(default_factory=dict)
    date: dt.date | None = None
    path: str | None = None
    line_starts: tuple[int, ...] = ()

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset."""
        starts = self.line_starts or (0,)
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1
