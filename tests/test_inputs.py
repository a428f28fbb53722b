"""Reading copy: encodings newsrooms use, HTML from CMS exports, and clear one-line errors."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck import inputs
from factcheck.inputs import InputError, decode, expand_paths, html_to_text, read_input

SIMPLIFIED = "湖南日报10月31日讯　前三季度，全省外贸进出口总值5012.3亿元，同比增长12.5%。\n"
TRADITIONAL = "香港特區政府統計處公布，九月份整體出口貨值4,108億元，按年上升16.1%。\n"


@pytest.mark.parametrize(
    ("codec", "text", "expected_encoding"),
    [
        ("utf-8", SIMPLIFIED, "utf-8"),
        ("utf-8-sig", SIMPLIFIED, "utf-8-sig"),
        ("utf-16", SIMPLIFIED, "utf-16"),
        ("gb18030", SIMPLIFIED * 3, "gb18030"),
        ("gbk", SIMPLIFIED * 3, "gb18030"),
        ("big5", TRADITIONAL * 3, "big5"),
    ],
)
def test_each_encoding_decodes_to_the_original(
    tmp_path: Path, codec: str, text: str, expected_encoding: str
) -> None:
    path = tmp_path / "copy.md"
    path.write_bytes(text.encode(codec))
    got = read_input(str(path))
    assert got.text == text
    assert got.encoding == expected_encoding
    assert got.format == "markdown"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (SIMPLIFIED, "gb18030"),
        (TRADITIONAL, "big5"),
        ("全省出口3183.7亿元。", "gbk"),  # charset_normalizer alone reads this as Korean
        ("出口增长5%", "gb18030"),  # ... and this as UTF-16
        ("增长", "gb18030"),
        ("增長", "big5"),
        ("香港出口上升16.1%。", "big5"),
    ],
)
def test_short_chinese_snippets_are_recognised(tmp_path: Path, text: str, codec: str) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode(codec))
    assert read_input(str(path)).text == text


CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "zh-news"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_corpus_passages_survive_gb18030_and_big5() -> None:
    checked = 0
    for passage in sorted(CORPUS.glob("*.md")):
        text = passage.read_text(encoding="utf-8")
        chunks = [text, *(p for p in text.split("\n\n") if len(p) >= 20)]
        for chunk in chunks:
            for codec in ("gb18030", "big5"):
                try:
                    data = chunk.encode(codec)
                except UnicodeEncodeError:
                    continue  # simplified characters Big5 cannot hold
                assert decode(data)[0] == chunk, f"{passage.name} in {codec}"
                checked += 1
    assert checked > 100


def test_crlf_is_kept_so_offsets_match_the_file(tmp_path: Path) -> None:
    text = "# 标题\r\n\r\n全省出口3183.7亿元。\r\n"
    path = tmp_path / "crlf.md"
    path.write_bytes(text.encode("utf-8"))
    got = read_input(str(path)).text
    assert got == text
    assert got.index("3183.7") == text.index("3183.7")


def test_the_input_is_never_modified(tmp_path: Path) -> None:
    path = tmp_path / "copy.md"
    data = ("\ufeff" + SIMPLIFIED).encode("utf-8")
    path.write_bytes(data)
    before = os.stat(path).st_mtime_ns
    read_input(str(path))
    assert path.read_bytes() == data
    assert os.stat(path).st_mtime_ns == before


def test_binary_file_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError) as caught:
        read_input(str(path))
    assert str(caught.value) == f"{path}: binary file, not text copy"


def test_undecodable_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.md"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4 + b"\x01\x02\x03")
    with pytest.raises(InputError, match="binary file, not text copy"):
        read_input(str(path))


def test_missing_file_and_folder_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_input(str(tmp_path / "gone.md"))
    assert str(caught.value) == f"{tmp_path / 'gone.md'}: no such file"
    with pytest.raises(InputError) as caught:
        read_input(str(tmp_path))
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(f"{tmp_path}: ")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.md"
    path.write_text(SIMPLIFIED, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # chmod 0 does not stop root, so the refusal is simulated where the module opens files.
    monkeypatch.setattr(inputs, "open", refuse, raising=False)
    with pytest.raises(InputError) as caught:
        read_input(str(path))
    assert str(caught.value) == f"{path}: cannot read: permission denied"


def test_stdin_is_read_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(SIMPLIFIED.encode("gb18030") * 2), encoding="latin-1")
    monkeypatch.setattr(sys, "stdin", fake)
    got = read_input("-")
    assert got.path == "-"
    assert got.text == SIMPLIFIED * 2


def test_stdin_html_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "<!DOCTYPE html><html><body><p>出口3183.7亿元</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    got = read_input("-")
    assert (got.format, got.text) == ("html", "出口3183.7亿元\n")


CMS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>湖南日报</title>
<style>p { margin: 0 }</style><script>var views = 5012;</script></head>
<body>
<h1>前三季度湖南外贸进出口5012.3亿元</h1>
<h2>同比增长12.5%</h2>
<p>&nbsp;&nbsp;湖南日报10月31日讯　前三季度，全省外贸进出口总值
5012.3亿元，同比增长12.5%。</p>
<p>其中，出口3183.7亿元；<br/>进口1828.6亿元。</p>
<h3>民营企业&amp;外资企业</h3>
<p>民营企业进出口占比&gt;80%。</p>
</body></html>
"""


def test_cms_html_becomes_markdownish_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(CMS_PAGE, encoding="utf-8")
    got = read_input(str(path))
    assert got.format == "html"
    assert got.text == (
        "# 前三季度湖南外贸进出口5012.3亿元\n\n"
        "## 同比增长12.5%\n\n"
        "湖南日报10月31日讯　前三季度，全省外贸进出口总值5012.3亿元，同比增长12.5%。\n\n"
        "其中，出口3183.7亿元；\n进口1828.6亿元。\n\n"
        "### 民营企业&外资企业\n\n"
        "民营企业进出口占比>80%。\n"
    )


def test_html_keeps_factcheck_comments_and_drops_others() -> None:
    html = "<p>甲</p><!-- layout note --><!-- factcheck: ignore[FC101] --><p>乙</p>"
    assert html_to_text(html) == "甲\n\n<!-- factcheck: ignore[FC101] -->\n\n乙\n"


def test_html_in_gbk_is_decoded_then_converted(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(CMS_PAGE.encode("gbk"))
    got = read_input(str(path))
    assert got.encoding == "gb18030"
    assert "出口3183.7亿元；" in got.text


def test_expand_paths_lists_copy_files_sorted(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.html", "d.htm", "e.markdown", "notes.pdf", "f.py"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "g.md").write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "h.md").write_text("x", encoding="utf-8")
    got = expand_paths([str(tmp_path), str(tmp_path / "f.py"), str(tmp_path / "b.md")])
    names = [Path(p).relative_to(tmp_path).as_posix() for p in got]
    assert names == ["a.txt", "b.md", "c.html", "d.htm", "e.markdown", "sub/g.md", "f.py"]


def test_expand_paths_errors(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "photo.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(InputError, match="folder holds no copy"):
        expand_paths([str(tmp_path / "empty")])
    with pytest.raises(InputError, match="no such file or folder"):
        expand_paths([str(tmp_path / "missing.md")])
    assert expand_paths(["-"]) == ["-"]


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00")))
def test_any_utf8_text_round_trips(text: str) -> None:
    assume(not text.startswith("\ufeff"))
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(("\ufeff" + text).encode("utf-8")) == (text, "utf-8-sig")
