"""Plain text or Markdown news copy → ``Document``, with every offset exact.

The page is read in four passes, each linear in the length of the text:

1. front matter (YAML between ``---`` lines) is split off;
2. each line becomes a *unit*: a Markdown heading, or a text line given a first role
   (byline, caption, page furniture, enumerated title, body); continuation markers such as
   "◀◀(上接2版)" are cut out of the line as units of their own;
3. units are merged into paragraphs, re-joining text cut by the layout: a body paragraph
   that does not end a sentence runs on into the next body paragraph, and the break
   characters are left out of the clean text;
4. paragraphs are grouped into articles (sections), given their final roles and split into
   sentences, and datelines give the articles their dates.

Classification patterns are written in Simplified Chinese. Traditional copy is classified
on a character-mapped copy (``claims.script.to_simplified``), which has the same length,
so offsets found there are offsets in the source too; the clean text always comes from the
source itself.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from dataclasses import dataclass, field
from itertools import accumulate, pairwise

import yaml

from claims.document import Document, Paragraph, Role, Section, Sentence
from claims.script import has_traditional, to_simplified

__all__ = ["parse"]

_Piece = tuple[int, int, int]

_FINAL = "。！？!?；;"
_CLOSERS = "”’」』）)】》\"'"
_FINAL_TUPLE = (*_FINAL, "…")
_ANY_FINAL = re.compile(f"[{_FINAL}]")
# A trailing "(颜超莉 黄 曦)" after the last sentence does not leave the paragraph open.
_TRAILING_CREDIT = re.compile(rf"[{_FINAL}…][{_CLOSERS}]*\s*[(（][^()（）]{{1,20}}[)）]$")
_SENTENCE = re.compile(rf"[^{_FINAL}]*(?:[{_FINAL}]+[{_CLOSERS}]*)?")

_HEADING = re.compile(r"(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$")
# Starts at the bracket so that ``re`` can scan for it quickly; arrows before it are added
# by ``_marker``.
_MARKER = re.compile(
    r"[(（][ \t]*(?:上接|下转|接上|转下|转|接)[^()（）\n]{0,8}?[版页][ \t]*[)）][ \t]*[▶▷►>》]*"
)
_MARKER_ARROWS = "◀◁◄<《 \t"
_META = re.compile(
    r"(?:(?:发布|发表|更新)?(?:时间|日期)|来源|责任编辑|编辑|责编)[ \t]*[:：]"
    r"|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp][Mm])?)?$"
)
_NAME = r"[\u4e00-\u9fff·]{1,4}"
_BYLINE = re.compile(
    r"[■●◆\s]*(?:[\u4e00-\u9fff]{0,10}?(?:记者|通讯员|实习生|摄影|责任编辑|编辑|特约撰稿人?)"
    rf"[ \t:：/]*{_NAME}(?:[ \t、/]+{_NAME})*[ \t]*)+$"
)
# "(侯郑俐)", "(颜超莉 黄 曦)"; not a unit line of a table such as "(亿元)" or "(万人次)".
_PAREN_BYLINE = re.compile(
    r"[(（](?![^)）]*[元亿次吨个件台套项户年月日%％])"
    r"[ \t]*(?:[\u4e00-\u9fff·]{1,4}[ \t]*){1,5}[)）]$"
)
_CAPTION_START = re.compile(r"图为|图[:：]|[▲△]|[上下左右]图[:：为]")
_CAPTION_END = re.compile(
    r"(?:(?<!拍)摄(?:影)?[ \t]*(?:[(（][^()（）]{1,16}[)）])?|[(（][^()（）]{0,12}图片库[)）])$"
)
_ENUMERATED_TITLE = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|【[^】]{1,20}】$)"
)
_DATELINE = re.compile(r"[^。！？!?；;，,\n]{0,30}?(\d{1,2})月(\d{1,2})日(?:电|讯)")
_CLAUSE_BREAK = re.compile(r"[，,：:]")
_TEXT_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_FM_DATE = re.compile(r"\s*(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
# A number cut at a line end: digits, or a digit followed by a separator or decimal point.
_NUMBER_CUT_LEFT = re.compile(r"[0-9０-９][,.，．]?$")
_NUMBER_CUT_RIGHT = re.compile(r"[0-9０-９%％.．]")
# Spaces inside a number, from PDF extraction ("增长 8 . 5 %"): dropped from the clean text.
_NUMBER_SPACE = re.compile(
    r"(?<=[0-9.．])[ \t\u3000]+(?=[0-9.．%％万亿萬億])"
    r"|(?<=[0-9万亿萬億])[ \t\u3000]+(?=[万亿萬億人元吨])"
)
_SPACE = re.compile(r"[ \t\u3000]")
# A single newline between these is a soft wrap, not a paragraph break.
_WRAP_LEFT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff0-9０-９，,、“‘「(（]")
_WRAP_RIGHT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff0-9０-９“‘「(（]")

# libyaml's loader, when present, is the same safe loader in C, several times faster.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: A line of simple front matter: key, colon, spaces, a value with no trailing spaces.
_FM_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):[ ]+([^ ].*?)[ ]*")
_FM_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: Characters that give a YAML value a meaning other than plain text when they open it.
_FM_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
#: What a plain one-line YAML string cannot hold: a mapping colon, a comment, a tab, and any
#: character YAML does not print or reads as a line break.
_FM_NOT_PLAIN = re.compile(
    r": |:$| #|[^\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]"
)

_TITLE_MAX = 40  # a line longer than this is not a title
_KICKER_MAX = 64
_BYLINE_MAX = 60
_SENTENCE_PER_PARAGRAPH = frozenset(
    {Role.HEADLINE, Role.SUBHEADING, Role.SECTION_TITLE, Role.KICKER, Role.BYLINE, Role.NOISE}
)


@dataclass(slots=True)
class _Unit:
    """One line, or one part of a line cut at a continuation marker."""

    start: int
    end: int
    role: Role
    level: int = 0  # Markdown heading level; 0 for text
    blank_before: bool = False
    terminated: bool = False
    short: bool = False  # a title-sized line with no clause break, ending no sentence


@dataclass(slots=True)
class _Para:
    """A paragraph being built: source segments whose concatenation is its clean text."""

    segments: list[tuple[int, int]]
    role: Role
    level: int
    terminated: bool
    title_like: bool
    section: int = 0


@dataclass(slots=True)
class _Article:
    paragraphs: list[int] = field(default_factory=list)
    headline: str | None = None
    from_h1: bool = False
    has_body: bool = False


def parse(text: str, path: str | None = None) -> Document:
    """Parse ``text`` (already decoded) into articles, paragraphs and sentences.

    ``path`` is only used for its file name, which may carry the publication date.
    Raises ``ValueError`` when front matter is present but malformed.
    """
    front_matter, body_start = _front_matter(text)
    probe = to_simplified(text) if has_traditional(text) else text
    lines = text.split("\n")
    line_starts = tuple(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    units = _units(text, probe, lines, line_starts, body_start)
    paras = _merge(text, units)
    articles = _group(text, paras)
    return _build(text, probe, path, front_matter, line_starts, paras, articles)


# -- front matter ----------------------------------------------------------------------------


def _front_matter(text: str) -> tuple[dict[str, object], int]:
    """The YAML mapping at the top of ``text`` and the offset where the body starts."""
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    if first.rstrip() != "---":
        return {}, 0
    close = _FM_CLOSE.search(text, first_end + 1) if first_end >= 0 else None
    if close is None:
        raise ValueError("malformed front matter: no closing '---' line")
    block = text[first_end + 1 : close.start()]
    loaded = _simple_front_matter(block)
    if loaded is None:
        try:
            loaded = yaml.load(block, Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            raise ValueError(f"malformed front matter: {_one_line(exc)}") from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise ValueError(f"malformed front matter: expected a mapping, got {type(loaded).__name__}")
    end = text.find("\n", close.end())
    return {str(key): value for key, value in loaded.items()}, len(text) if end < 0 else end + 1


def _simple_front_matter(block: str) -> dict[str, object] | None:
    """Front matter of ``key: value`` lines read as YAML reads it, or None when it is more
    than that (then YAML itself reads it).

    Setting up the YAML loader costs more than the rest of a short page, and front matter
    is nearly always a few lines of words, addresses and dates. A line is taken here only
    when YAML would read it the same way, for sure: a plain key, one or more spaces, and a
    plain value on one line that no YAML rule makes anything but a string (YAML's own
    implicit-type patterns decide), or a date written ``YYYY-MM-DD``. A test holds this
    reading against ``yaml.load`` on many blocks.
    """
    if not block.endswith("\n"):
        return None
    out: dict[str, object] = {}
    for line in block[:-1].split("\n"):
        match = _FM_LINE.fullmatch(line)
        if match is None:
            return None
        key, value = match.groups()
        if key in out or _yaml_typed(key):
            return None
        if _FM_ISO_DATE.fullmatch(value):
            try:
                out[key] = dt.date(int(value[:4]), int(value[5:7]), int(value[8:]))
            except ValueError:
                return None  # YAML raises its own error
        elif value[0] in _FM_INDICATORS or _FM_NOT_PLAIN.search(value) or _yaml_typed(value):
            return None
        else:
            out[key] = value
    return out


def _yaml_typed(scalar: str) -> bool:
    """Whether YAML reads the plain ``scalar`` as something other than a string."""
    resolvers = _YAML_LOADER.yaml_implicit_resolvers.get(scalar[0], ())
    return any(regexp.match(scalar) for _, regexp in resolvers)


def _one_line(exc: yaml.YAMLError) -> str:
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem:
        mark = exc.problem_mark
        where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark else ""
        return f"{exc.problem}{where}"
    return " ".join(str(exc).split())


# -- lines → units ---------------------------------------------------------------------------


def _units(
    text: str, probe: str, lines: list[str], line_starts: tuple[int, ...], body_start: int
) -> list[_Unit]:
    units: list[_Unit] = []
    blank = False
    first = bisect.bisect_left(line_starts, body_start)
    for number in range(first, len(lines)):
        line = lines[number]
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        start = line_starts[number] + line.index(stripped[0])
        end = start + len(stripped)
        heading = _HEADING.match(stripped) if stripped[0] == "#" else None
        if heading is not None:
            level = len(heading.group(1))
            head_start = start + heading.start(2)
            head_end = start + heading.end(2)
            marker = _marker(probe, head_start, head_end)
            if marker and marker != (head_start, head_end):
                marker = None
            role = Role.NOISE if marker else _heading_role(level)
            units.append(_Unit(head_start, head_end, role, 0 if marker else level, blank))
        else:
            _text_units(probe, start, end, blank, units)
        blank = False
    _mark_kickers(text, units)
    if not any(unit.level for unit in units):
        _mark_plain_headline(probe, units)
    return units


def _heading_role(level: int) -> Role:
    return Role.HEADLINE if level == 1 else Role.SUBHEADING if level == 2 else Role.SECTION_TITLE


def _text_units(probe: str, start: int, end: int, blank: bool, units: list[_Unit]) -> None:
    """Append the units of one text line, cutting continuation markers out of it."""
    line = probe[start:end]
    marker = _marker(probe, start, end) if "接" in line or "转" in line else None
    if marker is None:
        units.append(_classify(probe, start, end, blank))
        return
    marker_start, marker_end = marker
    before_end = _rstrip(probe, start, marker_start)
    if before_end > start:
        units.append(_classify(probe, start, before_end, blank))
        blank = False
    units.append(_Unit(marker_start, marker_end, Role.NOISE, blank_before=blank))
    after_start = _lstrip(probe, marker_end, end)
    if after_start < end:
        units.append(_classify(probe, after_start, end, False))


def _marker(probe: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a continuation marker such as "◀◀(上接2版)" in ``probe[start:end]``."""
    match = _MARKER.search(probe, start, end)
    if match is None:
        return None
    marker_start = _rstrip(probe, start, match.start(), _MARKER_ARROWS)
    marker_start = _lstrip(probe, marker_start, match.start())  # keep the arrows, not spaces
    return marker_start, _rstrip(probe, match.start(), match.end())


def _lstrip(text: str, start: int, end: int, chars: str | None = None) -> int:
    return end - len(text[start:end].lstrip(chars))


def _rstrip(text: str, start: int, end: int, chars: str | None = None) -> int:
    return start + len(text[start:end].rstrip(chars))


def _classify(probe: str, start: int, end: int, blank: bool) -> _Unit:
    """A text line's role as far as the line alone tells."""
    line = probe[start:end]
    terminated = _terminated(line)
    role = Role.BODY
    if len(line) <= _BYLINE_MAX:
        if _META.match(line):
            role = Role.NOISE
        elif _BYLINE.match(line) or _PAREN_BYLINE.match(line):
            role = Role.BYLINE
    if role is Role.BODY and (
        _CAPTION_START.match(line)
        or (
            ("摄" in line or "图片库" in line)  # what every _CAPTION_END names
            and _CAPTION_END.search(line, max(0, len(line) - 24))
        )
    ):
        role = Role.CAPTION
    short = not terminated and len(line) <= _TITLE_MAX
    if role is Role.BODY and short and _ENUMERATED_TITLE.match(line):
        role = Role.SECTION_TITLE
    short = short and _CLAUSE_BREAK.search(line) is None
    return _Unit(start, end, role, 0, blank, terminated, short)


def _terminated(line: str) -> bool:
    """Whether ``line`` ends a sentence (closing quotes may follow; a colon does not)."""
    bare = line.rstrip(_CLOSERS)
    if bare.endswith(_FINAL_TUPLE):
        return True
    return line[-1] in ")）" and _TRAILING_CREDIT.search(line, max(0, len(line) - 32)) is not None


def _mark_kickers(text: str, units: list[_Unit]) -> None:
    """A short line ending in "——" right above a ``#`` headline introduces it."""
    for unit, following in pairwise(units):
        if (
            following.level == 1
            and unit.role is Role.BODY
            and not unit.terminated
            and unit.end - unit.start <= _KICKER_MAX
            and text.endswith("——", unit.start, unit.end)
        ):
            unit.role = Role.KICKER


def _mark_plain_headline(probe: str, units: list[_Unit]) -> None:
    """Without Markdown headings, a short first line with no sentence end is the headline."""
    if len(units) < 2:
        return
    first = units[0]
    if (
        first.role is Role.BODY
        and first.end - first.start <= _TITLE_MAX
        and _ANY_FINAL.search(probe, first.start, first.end) is None
    ):
        first.role = Role.HEADLINE


# -- units → paragraphs ----------------------------------------------------------------------


def _merge(text: str, units: list[_Unit]) -> list[_Para]:
    """Join body text cut by the layout back into logical paragraphs."""
    paras: list[_Para] = []
    for unit in units:
        previous = paras[-1] if paras else None
        if (
            previous is not None
            and unit.role is Role.BODY
            and previous.level == 0
            and not unit.blank_before
            and _number_cut(text, previous, unit)
        ):
            previous.segments.append((unit.start, unit.end))
            previous.terminated = unit.terminated
            previous.title_like = False
            previous.role = Role.BODY
            continue
        if (
            previous is not None
            and unit.role is Role.BODY
            and previous.role is Role.BODY
            and not previous.terminated
            and (unit.blank_before or _soft_wrap(text, previous, unit))
            and not _table_row(text, *previous.segments[-1])
            and not _table_row(text, unit.start, unit.end)
        ):
            previous.segments.append((unit.start, unit.end))
            previous.terminated = unit.terminated
            previous.title_like = False
            continue
        if previous is not None and previous.title_like and unit.role is Role.BODY:
            # A short line standing alone above body text (only a single newline apart,
            # or it would have been joined) is a title: "一、农业生产形势稳定".
            previous.role = Role.SECTION_TITLE
        paras.append(
            _Para(
                [(unit.start, unit.end)],
                unit.role,
                unit.level,
                unit.terminated,
                unit.short and unit.role is Role.BODY,
            )
        )
    return paras


def _table_row(text: str, start: int, end: int) -> bool:
    """A row of a Markdown table ends in no full stop, yet no layout cut it: it is never
    joined to the text after it, or a table's last row would run into the next paragraph."""
    return text[start:end].lstrip().startswith("|")


def _number_cut(text: str, previous: _Para, unit: _Unit) -> bool:
    """ "营业收入45\n6.8亿元", "2,345,\n678万元", "4.\n7%": a number cut by the layout."""
    left = previous.segments[-1][1]
    return bool(
        _NUMBER_CUT_LEFT.search(text, max(left - 2, 0), left)
        and _NUMBER_CUT_RIGHT.match(text, unit.start)
    )


def _soft_wrap(text: str, previous: _Para, unit: _Unit) -> bool:
    """Whether a single newline before ``unit`` wraps a line rather than ends a paragraph.

    Copy pasted from web pages often has one paragraph per line, and a short line that
    ends no sentence is then a title, not the first half of a sentence.
    """
    left = previous.segments[-1][1] - 1
    if previous.title_like:
        return False
    return bool(_WRAP_LEFT.match(text, left) and _WRAP_RIGHT.match(text, unit.start))


# -- paragraphs → articles -------------------------------------------------------------------


def _group(text: str, paras: list[_Para]) -> list[_Article]:
    """Assign paragraphs to articles and settle headline, subheading and lede roles."""
    articles: list[_Article] = []
    for index, para in enumerate(paras):
        current = articles[-1] if articles else None
        if para.level == 1 or (
            para.level == 2 and not (current and current.from_h1 and not current.has_body)
        ):
            article = _Article(headline=_clean(text, para.segments), from_h1=para.level == 1)
            para.role = Role.HEADLINE
            if current and current.paragraphs and paras[current.paragraphs[-1]].role is Role.KICKER:
                article.paragraphs.append(current.paragraphs.pop())
            if current is not None and not current.paragraphs:
                articles.pop()
            articles.append(article)
            current = article
        elif current is None:
            current = _Article()
            articles.append(current)
            if para.role is Role.HEADLINE:
                current.headline = _clean(text, para.segments)
        if para.role is Role.BODY and not current.has_body:
            para.role = Role.LEDE
        if para.role in (Role.BODY, Role.LEDE):
            current.has_body = True
        current.paragraphs.append(index)
    for number, article in enumerate(articles):
        for index in article.paragraphs:
            paras[index].section = number
    return articles


def _clean(text: str, segments: list[tuple[int, int]]) -> str:
    if len(segments) == 1:
        start, end = segments[0]
        return text[start:end]
    return "".join(text[start:end] for start, end in segments)


# -- assembling the document -----------------------------------------------------------------


def _build(
    text: str,
    probe: str,
    path: str | None,
    front_matter: dict[str, object],
    line_starts: tuple[int, ...],
    paras: list[_Para],
    articles: list[_Article],
) -> Document:
    sentences: list[Sentence] = []
    paragraphs: list[Paragraph] = []
    for index, para in enumerate(paras):
        para.segments = _without_number_spaces(text, para.segments)
        first = len(sentences)
        _split(text, index, para, sentences)
        paragraphs.append(
            Paragraph(
                index=index,
                section=para.section,
                role=para.role,
                start=para.segments[0][0],
                end=para.segments[-1][1],
                sentences=tuple(range(first, len(sentences))),
            )
        )
    published = _front_matter_date(front_matter.get("date"))
    reference = published or _path_date(path)
    year = reference.year if reference else _text_year(probe)
    sections = tuple(
        _section(number, article, paras, probe, year, reference)
        for number, article in enumerate(articles)
    )
    if published is None:
        published = next((section.date for section in sections if section.date), None)
    return Document(
        source=text,
        sections=sections,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        front_matter=front_matter,
        date=published,
        path=path,
        line_starts=line_starts,
    )


def _section(
    number: int,
    article: _Article,
    paras: list[_Para],
    probe: str,
    year: int | None,
    reference: dt.date | None,
) -> Section:
    members = [paras[index] for index in article.paragraphs]
    lede = next((para for para in members if para.role is Role.LEDE), None)
    date = _dateline(probe, lede.segments[0], year, reference) if lede else None
    return Section(
        index=number,
        headline=article.headline,
        start=members[0].segments[0][0],
        end=members[-1].segments[-1][1],
        paragraphs=tuple(article.paragraphs),
        date=date,
    )


def _without_number_spaces(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Segments with the spaces inside numbers cut out, so "6 . 8 %" reads as "6.8%"."""
    out: list[tuple[int, int]] = []
    for start, end in segments:
        # Most segments hold no space at all: looking for one is a fast scan in C, while
        # _NUMBER_SPACE, which starts with a look-behind, is tried at every position.
        if _SPACE.search(text, start, end) is None or not _NUMBER_SPACE.search(text, start, end):
            out.append((start, end))
            continue
        position = start
        for m in _NUMBER_SPACE.finditer(text, start, end):
            out.append((position, m.start()))
            position = m.end()
        out.append((position, end))
    return [(a, b) for a, b in out if b > a]


def _pieces(segments: list[tuple[int, int]]) -> list[_Piece]:
    pieces: list[_Piece] = []
    clean = 0
    for start, end in segments:
        pieces.append((clean, start, end - start))
        clean += end - start
    return pieces


def _split(text: str, index: int, para: _Para, out: list[Sentence]) -> None:
    """Append the sentences of one paragraph to ``out``."""
    role = para.role
    segments = para.segments
    if len(segments) == 1:
        # The common case: the clean text is one source range, so split the source in place.
        start, end = segments[0]
        if role in _SENTENCE_PER_PARAGRAPH:
            spans = [(start, end)]
        else:
            spans = [m.span() for m in _SENTENCE.finditer(text, start, end) if m.end() > m.start()]
        clean, base, pieces = text, 0, None
    else:
        clean = _clean(text, segments)
        if role in _SENTENCE_PER_PARAGRAPH:
            spans = [(0, len(clean))]
        else:
            spans = [m.span() for m in _SENTENCE.finditer(clean) if m.end() > m.start()]
        base, pieces = 0, _pieces(segments)
    last = len(spans) - 1
    section = para.section
    for number, (begin, end) in enumerate(spans):
        chunk = clean[begin:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        if len(stripped) != len(chunk):
            begin += chunk.index(stripped[0])
            end = begin + len(stripped)
        sentence_role = role
        if number == last and number and stripped[-1] in ")）" and _PAREN_BYLINE.match(stripped):
            sentence_role = Role.BYLINE
        sentence_pieces = (
            ((0, base + begin, end - begin),) if pieces is None else _slice(pieces, begin, end)
        )
        out.append(Sentence(len(out), index, section, sentence_role, stripped, sentence_pieces))


def _slice(pieces: list[_Piece], start: int, end: int) -> tuple[_Piece, ...]:
    """The pieces covering clean ``[start, end)``, renumbered from ``start``."""
    out: list[_Piece] = []
    for clean, source, length in pieces:
        lo = max(start, clean)
        hi = min(end, clean + length)
        if lo < hi:
            out.append((lo - start, source + lo - clean, hi - lo))
    return tuple(out)


# -- dates -----------------------------------------------------------------------------------


def _front_matter_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and (match := _FM_DATE.match(value)):
        year, month, day = match.groups()
        return _date(int(year), int(month), int(day) if day else 1)
    return None


def _path_date(path: str | None) -> dt.date | None:
    if not path:
        return None
    match = _PATH_DATE.search(os.path.basename(path))
    return _date(*map(int, match.groups())) if match else None


def _text_year(probe: str) -> int | None:
    match = _TEXT_YEAR.search(probe)
    return int(match.group(1)) if match else None


def _dateline(
    probe: str, segment: tuple[int, int], year: int | None, reference: dt.date | None
) -> dt.date | None:
    """The date of a dateline such as "湖南日报10月31日讯" at the start of a lede."""
    if year is None:
        return None
    match = _DATELINE.match(probe, segment[0], segment[1])
    if match is None:
        return None
    month, day = int(match.group(1)), int(match.group(2))
    date = _date(year, month, day)
    if date is not None and reference is not None and date > reference:
        date = _date(year - 1, month, day)  # a December dateline on a January page
    return date


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
