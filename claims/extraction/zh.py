"""Extraction of numeric claims from Chinese copy (Simplified and Traditional).

Each sentence is normalized one character for one (full-width → ASCII, Traditional →
Simplified), scanned once with the compiled claim pattern, and every candidate is kept or
dropped by context: numbers inside names and slogans, dates, list markers and category
thresholds are not claims. What survives gets its kind from the nearest telling word,
its qualifier from the words around it, its scope from the clause head, and its exact
place in the source through the sentence's offset map.
"""

from __future__ import annotations

import re

from claims.document import Document, Role, Sentence
from claims.extraction import zh_kind
from claims.extraction.normalize import normalize
from claims.extraction.tables import table_claims
from claims.extraction.zh_draft import Draft
from claims.extraction.zh_enumerations import enumeration_claim, enumerations
from claims.extraction.zh_lists import list_before
from claims.extraction.zh_patterns import patterns
from claims.extraction.zh_scan import scan
from claims.extraction.zh_scope import Lexicon as ScopeLexicon
from claims.extraction.zh_scope import first_entity, period_key, read_head
from claims.extraction.zh_scope import lexicon as scope_lexicon
from claims.model import Claim, Kind, Scope, Span

# Kinds read for every claim, as module names: ``Kind.COUNT`` costs an enum-class lookup
# (about 0.1 µs on Python 3.11) each time it is written.
_COUNT, _SHARE, _FRACTION, _ENUMERATION = Kind.COUNT, Kind.SHARE, Kind.FRACTION, Kind.ENUMERATION

_ANY_ANCHOR = re.compile(
    r"[0-9零〇○一二两三四五六七八九十百千万亿廿卅几数第前翻半壹贰叁肆伍陆柒捌玖拾佰仟¥￥$]|持平|减半|对折|首位|榜首"
)


def extract_document(doc: Document, lexicon_files: tuple[str, ...] = ()) -> list[Claim]:
    """Every numeric claim of ``doc``, in text order; ``lexicon_files`` add a newsroom's
    metric and entity synonyms to the bundled ones."""
    lex = scope_lexicon(lexicon_files)
    claims: list[Claim] = []
    periods: dict[int, str] = {}
    section_periods: dict[int, str] = {}
    entity_counts: dict[str, int] = {}
    drafts_by_sentence: list[tuple[Sentence, str, list[Draft]]] = []
    counted: list[Claim] = []
    source = normalize(doc.source)
    texts = sentence_texts(doc, source)
    for sentence, text in zip(doc.sentences, texts, strict=True):
        drafts = scan(text) if _ANY_ANCHOR.search(text) else []
        drafts_by_sentence.append((sentence, text, drafts))
    for sentence, text, drafts in drafts_by_sentence:
        if not drafts:
            # A sentence without numbers only names the period of a paragraph that has none.
            if sentence.paragraph not in periods and (named := _periods(text)):
                periods[sentence.paragraph] = named[-1][1]
                section_periods.setdefault(sentence.section, named[-1][1])
            continue
        named = _periods(text)
        # A number before any period its sentence names takes the paragraph's period; one
        # after takes the nearest period before it ("出口862.3亿元，已超过2019年全年的840.5亿元").
        period = periods.get(sentence.paragraph) or section_periods.get(sentence.section)
        if named:
            topic = _last_period(named, drafts[0].number_start) or named[0][1]
            periods.setdefault(sentence.paragraph, topic)
            section_periods.setdefault(sentence.section, topic)
        previous: tuple[Draft, Claim] | None = None
        for draft in drafts:
            local = _last_period(named, draft.number_start) or period
            if local == "同期":  # "the same period": the one the paragraph speaks of
                local = periods.get(sentence.paragraph, local)
            claim = _to_claim(
                doc, sentence, text, draft, len(claims), local, entity_counts, previous, lex
            )
            claims.append(claim)
            previous = (draft, claim)
            if draft.kind is _COUNT:
                listed = list_before(text, draft.number_start)
                if listed is not None:
                    counted.append(
                        enumeration_claim(
                            doc,
                            sentence,
                            listed.start,
                            listed.end,
                            listed.items,
                            "listed",
                            (claim.id,),
                        )
                    )
    claims = _resolve_placeholders(claims, entity_counts)
    lists = enumerations(doc, claims, texts) + counted
    claims = _pair_respectively(claims, lists)
    merged = sorted([*claims, *lists], key=lambda c: (c.start, c.kind is _ENUMERATION))
    numbered = 0
    out = []
    for claim in merged:
        if claim.kind is _ENUMERATION:
            numbered += 1
            claim = claim.model_copy(update={"id": f"e{numbered}"})
        out.append(claim)
    return table_claims(doc, out, source)


def normalized_sentences(doc: Document) -> list[str]:
    """The clean text of every sentence, normalized; one translation for the whole source."""
    return sentence_texts(doc, normalize(doc.source))


def sentence_texts(doc: Document, source: str) -> list[str]:
    """The clean text of every sentence, read from ``source`` (the normalized source)."""
    return [
        "".join(source[start : start + length] for _, start, length in sentence.pieces)
        if len(sentence.pieces) > 1
        else source[sentence.pieces[0][1] : sentence.pieces[0][1] + sentence.pieces[0][2]]
        if sentence.pieces
        else ""
        for sentence in doc.sentences
    ]


_PERIOD_HINT = re.compile(r"[年月季期]")

_DAY_AFTER = re.compile(r"[0-9一二三四五六七八九十]{1,3}[日号]")


def _periods(text: str) -> list[tuple[int, str]]:
    """(end, text) of every period the sentence names, in order."""
    if not _PERIOD_HINT.search(text):
        return []
    return [
        (m.end(), m.group(0))
        for m in patterns().period.finditer(text)
        if text[m.start() - 1 : m.start()] not in ("比", "较")  # 比2013年增产: the base
        and not _DAY_AFTER.match(text, m.end())  # 10月31日讯: a date, not a period
    ]


def _last_period(named: list[tuple[int, str]], position: int) -> str | None:
    """The last period named before ``position``: in 今年前三季度 it is 前三季度."""
    found = None
    for end, period in named:
        if end > position:
            break
        found = period
    return found


def _to_claim(
    doc: Document,
    sentence: Sentence,
    text: str,
    draft: Draft,
    index: int,
    period: str | None,
    entity_counts: dict[str, int],
    previous: tuple[Draft, Claim] | None,
    lex: ScopeLexicon,
) -> Claim:
    start, end = sentence.source_span(draft.start, draft.end)
    line, column = doc.position(start)
    cstart = zh_kind.clause_start(text, draft.number_start)
    if previous is not None:
        cstart = max(cstart, previous[0].end)
    head = text[cstart : draft.number_start]
    scope = read_head(head, lex)
    if scope.metric is None and previous is not None:
        inherited = previous[1].scope
        scope = scope._replace(
            metric=inherited.metric,
            metric_key=inherited.metric_key,
            modifier=inherited.metric_modifier,
        )
        if scope.subject is None and inherited.subject is not None:
            scope = scope._replace(subject=inherited.subject, subject_key=inherited.subject_key)
    if scope.subject is None:
        subject, subject_key = first_entity(text, draft.number_start, lex)
    else:
        subject, subject_key = scope.subject, scope.subject_key
    if subject_key is not None and not subject_key.startswith("@"):
        entity_counts[subject_key] = entity_counts.get(subject_key, 0) + 1
    local_period = period
    base = base_scope = None
    if draft.kind is _SHARE or draft.kind is _FRACTION:
        zhan = head.rfind("占")
        if zhan >= 0:
            base = _BASE_TAIL.sub("", head[zhan + 1 :]) or None
            base_scope = read_head(base, lex) if base else None
            if base_scope is not None and base_scope.subject_key is None:
                base_scope = base_scope._replace(subject_key=subject_key)
    return Claim(
        id=f"c{index + 1}",
        kind=draft.kind,
        text=doc.source[start:end],
        span=Span(start=start, end=end, line=line, column=column),
        value=draft.value,
        low=draft.low,
        high=draft.high,
        unit=draft.unit,
        qualifier=draft.qualifier,
        precision=draft.precision,
        scope=Scope(
            subject=subject,
            metric=scope.metric,
            period=local_period,
            counterpart=scope.counterpart,
            subject_key=subject_key,
            metric_key=scope.metric_key,
            metric_modifier=scope.modifier,
            period_key=period_key(local_period, doc.date.year if doc.date else None),
            counterpart_key=scope.counterpart,
            base=base,
            base_metric_key=base_scope.metric_key if base_scope else None,
            base_subject_key=base_scope.subject_key if base_scope else None,
            base_counterpart_key=base_scope.counterpart if base_scope else None,
            base_metric_modifier=base_scope.modifier if base_scope else None,
            counted=counted_noun(text, draft.end) if draft.kind is _COUNT else None,
        ),
        sentence=sentence.index,
        paragraph=sentence.paragraph,
        section=sentence.section,
        role=_ROLE_NAME[sentence.role],
        threshold=draft.bound.value if draft.bound else None,
        threshold_unit=draft.bound.unit if draft.bound else None,
        threshold_qualifier=draft.bound.qualifier if draft.bound else None,
        note=draft.note,
    )


#: The name of each role, as a claim records it (a lookup: ``Role.value`` is slow to read).
_ROLE_NAME = {role: role.value for role in Role}

PLACEHOLDERS = ("@province", "@city", "@county")

_BASE_TAIL = re.compile(r"(?:的比重为|的比重|比重为|比重|的比例为|的比例|比例为|的份额为|份额|的)$")


def _pair_respectively(claims: list[Claim], lists: list[Claim]) -> list[Claim]:
    """In a 分别 list the Nth value speaks of the Nth item: make that its subject."""
    subject_of: dict[str, str] = {}
    for enumeration in lists:
        if enumeration.shape != "respectively" or not enumeration.members:
            continue
        values = [m for m in enumeration.members]
        if len(values) == len(enumeration.items):
            subject_of.update(zip(values, enumeration.items, strict=True))
    if not subject_of:
        return claims
    return [
        c.model_copy(
            update={
                "scope": c.scope.model_copy(
                    update={"subject": subject_of[c.id], "subject_key": subject_of[c.id]}
                )
            }
        )
        if c.id in subject_of
        else c
        for c in claims
    ]


#: What may follow a count without naming what it counts.
_NOT_A_NOUN = frozenset(
    "的、和与及或等,，。;；:：!！?？()（）“”\"'是为在了中左右以上下内余多各均共"
)


def counted_noun(text: str, end: int) -> str | None:
    """The two characters written right after a count: the thing it counts (34个大项 → 大项),
    so that counts of different things under one counter (个) are never added together."""
    noun = text[end : end + 2]
    if (
        len(noun) < 2
        or noun[0] in _NOT_A_NOUN
        or not all("\u4e00" <= ch <= "\u9fff" for ch in noun)
    ):
        return None
    return noun


def _resolve_placeholders(claims: list[Claim], entity_counts: dict[str, int]) -> list[Claim]:
    """全省/我省 become the province the copy names most, so they meet 湖南省."""
    if not entity_counts:
        return claims
    main = max(entity_counts, key=lambda k: entity_counts[k])
    out = []
    for claim in claims:
        update = {}
        if claim.scope.subject_key in PLACEHOLDERS:
            update["subject_key"] = main
        if claim.scope.base_subject_key in PLACEHOLDERS:
            update["base_subject_key"] = main
        if update:
            claim = claim.model_copy(update={"scope": claim.scope.model_copy(update=update)})
        out.append(claim)
    return out
