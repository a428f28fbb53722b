"""Enumeration claims: the 分别 lists, lists after 包括, and numbered points of a document,
each with its items and (for 分别) the value claims it pairs them with."""

from __future__ import annotations

from decimal import Decimal

from claims.document import Document, Sentence
from claims.model import Claim, Kind, Span


def enumerations(doc: Document, claims: list[Claim], texts: list[str]) -> list[Claim]:
    """Enumeration claims of the document (分别 lists and numbered points)."""
    from claims.extraction.zh_lists import included_lists, numbered_points, respectively_lists

    out: list[Claim] = []
    by_sentence: dict[int, list[Claim]] | None = None  # made when a 分别 list needs it
    paragraph_sentences: dict[int, list[Sentence]] = {}
    paragraph_texts: dict[int, list[str]] = {}
    for sentence, text in zip(doc.sentences, texts, strict=True):
        paragraph_sentences.setdefault(sentence.paragraph, []).append(sentence)
        paragraph_texts.setdefault(sentence.paragraph, []).append(text)
        if "分别" not in text and "包括" not in text and "依次" not in text:
            continue
        for found in [*respectively_lists(text), *included_lists(text)]:
            members: tuple[str, ...] = ()
            if found.shape == "respectively":
                if by_sentence is None:
                    by_sentence = {}
                    for claim in claims:
                        by_sentence.setdefault(claim.sentence, []).append(claim)
                lo, hi = sentence.source_span(found.values_start, found.values_end)
                members = tuple(
                    c.id for c in by_sentence.get(sentence.index, ()) if lo <= c.start < hi
                )
            out.append(
                enumeration_claim(
                    doc, sentence, found.start, found.end, found.items, found.shape, members
                )
            )
    for paragraph, sentences in paragraph_sentences.items():
        joined = "".join(paragraph_texts[paragraph])
        if (
            "二是" not in joined
            and "②" not in joined
            and "2)" not in joined
            and "2）" not in joined
            and "二)" not in joined
            and "二）" not in joined
        ):
            continue
        for found in numbered_points(joined):
            owner, offset = _locate(sentences, found.start)
            last, last_offset = _locate(sentences, max(found.end - 1, found.start))
            start = owner.source_offset(offset)
            end = last.source_offset(last_offset) + 1
            out.append(_enumeration_span(doc, owner, start, end, found.items, "numbered"))
    return out


def _locate(sentences: list[Sentence], offset: int) -> tuple[Sentence, int]:
    for sentence in sentences:
        if offset < len(sentence.text):
            return sentence, offset
        offset -= len(sentence.text)
    return sentences[-1], max(len(sentences[-1].text) - 1, 0)


def enumeration_claim(
    doc: Document,
    sentence: Sentence,
    clean_start: int,
    clean_end: int,
    items: tuple[str, ...],
    shape: str,
    members: tuple[str, ...],
) -> Claim:
    start, end = sentence.source_span(clean_start, clean_end)
    return _enumeration_span(doc, sentence, start, end, items, shape, members)


def _enumeration_span(
    doc: Document,
    sentence: Sentence,
    start: int,
    end: int,
    items: tuple[str, ...],
    shape: str,
    members: tuple[str, ...] = (),
) -> Claim:
    line, column = doc.position(start)
    return Claim(
        id="",
        kind=Kind.ENUMERATION,
        text=doc.source[start:end],
        span=Span(start=start, end=end, line=line, column=column),
        value=Decimal(len(items)),
        unit="count:item",
        items=items,
        members=members,
        shape=shape,
        sentence=sentence.index,
        paragraph=sentence.paragraph,
        section=sentence.section,
        role=sentence.role.value,
    )
