"""Reading copy as newsrooms hand it over: any common Chinese encoding, Markdown, text or HTML.

Copy reaches a checker from CMS exports, wire feeds and editors' desktops, so the bytes may be
UTF-8 (with or without a BOM), UTF-16 from Notepad, GB18030/GBK from older mainland systems or
Big5 from Hong Kong and Taiwan. Strict UTF-8 is tried first because it is by far the common
case; only when it fails does ``charset_normalizer`` guess. Line endings are kept exactly as
written: every offset a report shows refers to the decoded text, and the parser copes with
CRLF itself.

HTML is converted to Markdown-ish text (headings become ``#`` lines, paragraphs are separated
by blank lines) because the parser understands that shape; for HTML input, offsets therefore
refer to the *converted* text, not to the HTML bytes.

Nothing here ever writes to an input.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import charset_normalizer
from charset_normalizer.constant import FREQUENCIES

#: Suffixes a folder is searched for, and the format each implies.
COPY_SUFFIXES: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class InputError(Exception):
    """A file that cannot be read as copy; ``str()`` is one line naming the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class InputText:
    """Decoded copy. For ``format == "html"``, ``text`` is the converted Markdown-ish text."""

    path: str
    text: str
    encoding: str
    format: str  # "markdown" | "text" | "html"


def read_input(path: str) -> InputText:
    """Read and decode one input; ``"-"`` reads standard input."""
    data = _read_bytes(path)
    text, encoding = decode(data, path)
    fmt = _format_of(path, text)
    if fmt == "html":
        text = html_to_text(text)
    return InputText(path=path, text=text, encoding=encoding, format=fmt)


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode copy bytes, returning the text and the codec name used.

    Raises :class:`InputError` for binary data (NUL bytes outside a UTF-16 BOM file) and for
    bytes no encoding explains.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", path), "utf-8-sig"
    if data.startswith(_UTF16_BOMS):
        return _strict(data, "utf-16", path), "utf-16"
    if b"\x00" in data:
        raise InputError(path, "binary file, not text copy")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    chinese = _guess_chinese(data)
    if chinese is not None:
        return chinese
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(path, "binary file, not text copy (no text encoding fits its bytes)")
    return str(best), best.encoding


#: Characters that real Chinese copy is full of in either script: charset_normalizer's most
#: frequent Chinese characters (most are written alike in both scripts) and the full-width
#: punctuation both GB and Big5 encode.
_COMMON = frozenset(FREQUENCIES["Chinese"]) | frozenset("，。、；：？！“”‘’《》（）％")
#: Blocks that a wrong guess between GB and Big5 lands in (bopomofo, kana, small and vertical
#: forms, private use, Greek and Cyrillic), and the replacement character.
_SUSPECT = re.compile(
    "[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f\ue000-\uf8ff\ufe10-\ufe6f\ufffd]"
)


def _guess_chinese(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5, whichever reads as Chinese; ``None`` if neither decodes.

    The two overlap: most Big5 bytes are valid GB18030 and short GB text is valid Big5, and
    on a sentence or two ``charset_normalizer`` alone has too little to go on (it reads a
    short GB line as Korean or UTF-16). So each strict decoding is scored, common
    characters up and tell-tale wrong-guess characters down. A tie goes to
    ``charset_normalizer`` when it sees some language coherence, else to GB18030, by far the
    more common in mainland newsrooms.
    """
    decoded: dict[str, str] = {}
    for codec in ("gb18030", "big5"):
        try:
            decoded[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if len(decoded) < 2:
        return next(((text, codec) for codec, text in decoded.items()), None)
    scores = {codec: _chinese_score(text) for codec, text in decoded.items()}
    if scores["gb18030"] != scores["big5"]:
        codec = max(scores, key=scores.__getitem__)
        return decoded[codec], codec
    best = charset_normalizer.from_bytes(data, cp_isolation=list(decoded)).best()
    trusted = best is not None and best.coherence > 0 and best.encoding in decoded
    codec = best.encoding if best is not None and trusted else "gb18030"
    return decoded[codec], codec


def _chinese_score(text: str) -> int:
    return sum(char in _COMMON for char in text) - 3 * len(_SUSPECT.findall(text))


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Files as given; folders replaced by the copy files under them, sorted.

    A file named explicitly is kept whatever its suffix (the user asked for it); a folder
    contributes only ``COPY_SUFFIXES`` files, skipping hidden entries, so a checkout's
    ``.git`` or editor droppings never reach the checker.
    """
    result: list[str] = []
    seen: set[str] = set()
    for given in paths:
        for path in _expand_one(given):
            if path not in seen:
                seen.add(path)
                result.append(path)
    return result


def _expand_one(given: str) -> list[str]:
    if given == "-":
        return [given]
    path = Path(given)
    if path.is_dir():
        found = sorted(
            str(p)
            for p in path.rglob("*")
            if p.suffix.lower() in COPY_SUFFIXES
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not found:
            wanted = ", ".join(f"*{s}" for s in COPY_SUFFIXES)
            raise InputError(given, f"folder holds no copy ({wanted})")
        return found
    if not path.exists():
        raise InputError(given, "no such file or folder")
    return [given]


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except PermissionError:
        raise InputError(path, "cannot read: permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def _strict(data: bytes, codec: str, path: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid {codec} at byte {exc.start}") from None


def _format_of(path: str, text: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in COPY_SUFFIXES:
        return COPY_SUFFIXES[suffix]
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "markdown"


# --- HTML as CMS exports give it -------------------------------------------------------------

_SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript", "svg"})
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote",
        "ul", "ol", "li", "table", "thead", "tbody", "tr", "figure", "figcaption", "pre",
        "hr", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "body", "html",
    }
)  # fmt: skip
_HEADING_PREFIX = {"h1": "# ", "h2": "## ", "h3": "### "}
_BREAK = "\x00"  # stands for <br> until the block is flushed; decoded text holds no NUL
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")


def html_to_text(html: str) -> str:
    """Markdown-ish text of an HTML page: ``#`` headings, blank lines between paragraphs.

    ``<br>`` becomes a line break inside the paragraph; scripts, styles and the ``<head>``
    are dropped; entities are decoded. ``<!-- factcheck: ... -->`` comments are kept as their
    own paragraph, so suppression comments work in HTML copy too. Whitespace collapses as a
    browser collapses it, except that a line break between two Chinese characters vanishes
    when a Chinese character stands on either side (Chinese sets no spaces between words or
    before numbers), so a sentence wrapped in the HTML source stays whole.
    """
    parser = _HtmlToText()
    parser.feed(html)
    parser.close()
    return parser.result()


class _HtmlToText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._blocks: list[str] = []
        self._pieces: list[str] = []
        self._prefix = ""
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif self._skip:
            return
        elif tag == "br":
            self._pieces.append(_BREAK)
        elif tag in ("td", "th"):
            self._pieces.append(" ")
        elif tag in _BLOCKS:
            self._flush()
            if tag in _HEADING_PREFIX:
                self._prefix = _HEADING_PREFIX[tag]
            elif tag == "li":
                self._prefix = "- "

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self._skip:
            self._pieces.append(_BREAK)
        elif tag not in _SKIPPED:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(self._skip - 1, 0)
        elif not self._skip and tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._pieces.append(data)

    def handle_comment(self, data: str) -> None:
        if not self._skip and data.strip().lower().startswith("factcheck:"):
            self._flush()
            self._blocks.append(f"<!--{data}-->")

    def result(self) -> str:
        self._flush()
        return "\n\n".join(self._blocks) + "\n" if self._blocks else ""

    def _flush(self) -> None:
        raw = "".join(self._pieces)
        self._pieces = []
        lines = [_collapse(line).strip() for line in raw.split(_BREAK)]
        lines = [line for line in lines if line]
        if not lines:
            return
        joiner = " " if self._prefix.startswith("#") else "\n"
        self._blocks.append(self._prefix + joiner.join(lines))
        self._prefix = ""


def _collapse(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if "\n" in match.group() and (_is_wide(before) or _is_wide(after)):
            return ""
        return " "

    return _SPACES.sub(replace, text)


def _is_wide(char: str) -> bool:
    return bool(char) and unicodedata.east_asian_width(char) in ("W", "F")
