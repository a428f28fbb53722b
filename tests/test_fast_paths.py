"""Short cuts taken for speed give exactly what the long way gives.

Each fast path of the parser and the extractor is held here against the general code it
skips, on the inputs it is meant for and on inputs made to trip it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import script
from claims.document import Role, Sentence
from claims.extraction import zh_scope
from claims.parse import _FM_CLOSE, _YAML_LOADER, _simple_front_matter

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "zh-news"

# -- front matter ------------------------------------------------------------------------------

_KEYS = ["date", "source", "publisher", "title", "on", "no", "yes", "null", "Null", "y", "_k1"]
_ATOMS = [
    *("word", "国家统计局", "2023", "-", "03", "2023-03-15", "2023-02-30", "2023-3-5", "1_000"),
    *("12", "0x1f", "0o7", "017", "1e3", "1.5", ".5", "1:30", "190:20:30", " ", "  ", ":", "::"),
    *("#", "'", '"', "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", "~"),
    *("http://example.com/a?b=1", "(", ")", "（", "）", ";", "，", "。", "—", "…", "<<", "="),
    *("True", "false", "OFF", "yes", "null", "\xa0", "\u3000", "\t", "\r", "\x85", "\u2028"),
    *("\ufeff", "\x07", "\U00020000", "!tag", "- a", "? b"),
]
_LINE = st.tuples(
    st.sampled_from(_KEYS),
    st.sampled_from([":", ": ", ":  ", " : "]),
    st.lists(st.sampled_from(_ATOMS), min_size=0, max_size=4).map("".join),
    st.sampled_from(["", " ", "  "]),
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=4).map(lambda lines: "\n".join(lines) + "\n"))
def test_simple_front_matter_reads_as_yaml_does(block: str) -> None:
    """Whatever the short reading accepts, YAML reads to the same mapping, types and order."""
    fast = _simple_front_matter(block)
    if fast is None:
        return
    loaded = yaml.load(block, Loader=_YAML_LOADER)
    assert loaded == fast
    assert list(loaded) == list(fast)
    assert [type(v) for v in loaded.values()] == [type(v) for v in fast.values()]


def test_corpus_front_matter_takes_the_short_reading() -> None:
    """The short reading is worth having: the corpus pages all take it, and agree with YAML."""
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text("utf-8")
        first_end = text.index("\n")
        close = _FM_CLOSE.search(text, first_end + 1)
        assert close is not None, path
        block = text[first_end + 1 : close.start()]
        fast = _simple_front_matter(block)
        assert fast is not None, path
        assert fast == yaml.load(block, Loader=_YAML_LOADER), path


# -- sentence offsets --------------------------------------------------------------------------


@given(st.integers(0, 50), st.integers(0, 500), st.integers(1, 40), st.integers(0, 120))
def test_one_piece_offsets_as_the_general_lookup(
    clean: int, source: int, length: int, at: int
) -> None:
    one = Sentence(0, 0, 0, Role.BODY, "x", ((clean, source, length),))
    # The same mapping, with an empty piece ahead of it, takes the general lookup.
    two = Sentence(0, 0, 0, Role.BODY, "x", ((-1, 0, 0), (clean, source, length)))
    if at >= clean:
        assert one.source_offset(at) == two.source_offset(at)
    assert one.source_offset(at) == source + at - clean


# -- clause heads ------------------------------------------------------------------------------

_SLOW_TRAILING = re.compile(
    f"(?:{'|'.join(zh_scope._TRAILING_WORDS)}|[\\s{re.escape(zh_scope._TRAILING_MARKS)}])+$"
)
_HEAD_CHARS = (
    "以为是达到实现完成获得拥有共计累合总约超过逾近突破仅增长加下降减少提高升同比环别的了"
    "年月上回落跌涨"
    " ,，:：()（）“”\"'《》\n\t\u3000甲乙丙0123"
)


@settings(max_examples=500)
@given(st.text(alphabet=_HEAD_CHARS, max_size=10))
def test_trailing_words_are_dropped_from_the_final_run_alone(head: str) -> None:
    """Dropping trailing words from the run of their characters that ends a head gives what
    dropping them from the whole head gives."""
    run = len(head.rstrip(zh_scope._TRAILING_CHARS))
    assert head[:run] + zh_scope._TRAILING.sub("", head[run:]) == _SLOW_TRAILING.sub("", head)


def test_trailing_characters_hold_all_white_space() -> None:
    assert not any(chr(code).isspace() for code in range(0x3001, 0x110000))


# -- Traditional to Simplified ------------------------------------------------------------------

_SCRIPT_CHARS = [chr(code) for code in sorted(script._table())][::7] + list("中文，a1\U00020000")


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_SCRIPT_CHARS), max_size=30).map("".join))
def test_to_simplified_maps_as_the_character_table(text: str) -> None:
    """The list table maps every character as the dict table does, astral ones included."""
    assert script.to_simplified(text) == text.translate(script._table())
