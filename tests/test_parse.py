"""Parsing news copy into articles, paragraphs and sentences with exact source offsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.document import Document, Role
from claims.parse import parse

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "fixtures" / "articles" / "zh" / "hunan-daily-2025-10-31.md"
CORPUS = ROOT.parent / "shared" / "corpus" / "zh-news"


def assert_offsets_exact(doc: Document) -> None:
    """Every clean character of every sentence maps back to the same source character."""
    previous_end = 0
    for sentence in doc.sentences:
        assert sentence.text, sentence
        assert sentence.text == sentence.text.strip()
        for i, char in enumerate(sentence.text):
            assert doc.source[sentence.source_offset(i)] == char, (sentence, i)
        clean = 0
        for clean_start, source_start, length in sentence.pieces:
            assert clean_start == clean and length > 0
            assert source_start >= previous_end
            previous_end = source_start + length
            clean += length
        assert clean == len(sentence.text)
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert sentence.index in paragraph.sentences
        assert sentence.section == paragraph.section


def sentence_with(doc: Document, fragment: str) -> str:
    matches = [s.text for s in doc.sentences if fragment in s.text]
    assert len(matches) == 1, matches
    return matches[0]


@pytest.fixture(scope="module")
def page() -> Document:
    return parse(REFERENCE.read_text(encoding="utf-8"), str(REFERENCE))


# -- the reference page ----------------------------------------------------------------------


def test_reference_page_offsets_are_exact(page: Document) -> None:
    assert_offsets_exact(page)


def test_reference_page_articles(page: Document) -> None:
    assert [section.headline for section in page.sections] == [
        "前三季度湖南对APEC其他经济体进出口超2000亿元",
        "前三季度湖南社零总额超1.5万亿元",
        "我省新增7个国家级中小企业特色产业集群",
        "湘链全球 畅达东盟",
        "古丈精准施教做实警示教育",
        "湘粤携手守护“千年鸟道” 生态蓝山成为“候鸟天堂”",
        "央视聚焦“湘超”株洲队 荷塘青训模式闪耀全国",
    ]


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("外商间接", "外商间接投资177.2亿元。"),
        ("国家级创新平台9", "国家级创新平台9个;"),
        ("检验检测仪器设备、常宁市", "仪器设备、常宁市铜铅锌材料"),
        ("“消费+工业”", "“消费+文化”“消费+工业”“消费+教育”等新业态"),
        ("尾端原本供水时断", "支渠尾端原本供水时断时续,"),
        ("目前,实验", "目前,实验室汇聚的2000余名"),
    ],
)
def test_reference_page_rejoins_text_cut_by_layout(
    page: Document, fragment: str, expected: str
) -> None:
    assert expected in sentence_with(page, fragment)


def test_reference_page_rejoined_sentence_points_into_both_halves(page: Document) -> None:
    sentence = next(s for s in page.sentences if s.text == "外商间接投资177.2亿元。")
    assert len(sentence.pieces) == 2
    cut = sentence.text.index("投")
    start, end = sentence.source_span(cut - 1, cut + 1)
    assert page.source[start:end] == "接\n\n投"


def test_reference_page_roles(page: Document) -> None:
    def role_of(fragment: str) -> Role:
        return next(p.role for p in page.paragraphs if fragment in page.source[p.start : p.end])

    assert role_of("湖南前十大贸易伙伴中,有8个是APEC成员国") is Role.SUBHEADING
    assert role_of("湖南日报10月31日讯(全媒体记者 彭可心 通讯员") is Role.LEDE
    assert role_of("湖南对APEC其他经济体保持常年顺差") is Role.BODY
    assert role_of("将为我省开放型经济发展贡献专业力量——") is Role.KICKER
    assert role_of("湖南日报全媒体记者 卢嘉俊") is Role.BYLINE
    assert role_of("国际物流与供应链标准制定") is Role.LEDE
    assert role_of("湘企出海迎来") is Role.SECTION_TITLE
    assert role_of("刘振军 摄(湖南图片库)") is Role.CAPTION
    assert role_of("◀◀(上接2版)") is Role.NOISE
    assert role_of("(侯郑俐)") is Role.BYLINE
    kicker = next(p for p in page.paragraphs if p.role is Role.KICKER)
    assert page.sections[kicker.section].headline == "湘链全球 畅达东盟"


def test_reference_page_headings_are_single_sentences(page: Document) -> None:
    title = next(p for p in page.paragraphs if p.role is Role.SECTION_TITLE and p.start > 0)
    assert len(title.sentences) == 1
    assert sentence_with(page, "一键定制") == "打造数字孪生平台,流量分配“一键定制”"


def test_reference_page_trailing_credit_is_a_byline_sentence(page: Document) -> None:
    credit = next(s for s in page.sentences if s.text == "(颜超莉 黄 曦)")
    assert credit.role is Role.BYLINE
    assert page.paragraphs[credit.paragraph].role is Role.BODY


def test_reference_page_dates(page: Document) -> None:
    assert page.date == dt.date(2025, 10, 31)
    assert page.sections[0].date == dt.date(2025, 10, 31)
    assert page.sections[4].date is None  # "古丈县纪委监委近日..." has no dateline
    assert page.front_matter == {}


# -- layout and sentences --------------------------------------------------------------------


def test_sentences_end_at_terminators_and_keep_closing_quotes() -> None:
    doc = parse("他说:“今年增长5%。”全年增长3%;上半年增长2%!下半年呢?\n")
    assert [s.text for s in doc.sentences] == [
        "他说:“今年增长5%。”",
        "全年增长3%;",
        "上半年增长2%!",
        "下半年呢?",
    ]
    assert_offsets_exact(doc)


def test_blank_line_inside_a_sentence_is_removed() -> None:
    doc = parse("正文第一段。外商直接投资49.2亿元;外商间接\n\n投资177.2亿元。\n")
    assert [s.text for s in doc.sentences][-1] == "外商间接投资177.2亿元。"
    assert len(doc.paragraphs) == 1
    assert_offsets_exact(doc)


def test_a_table_row_is_never_joined_to_the_paragraph_after_it() -> None:
    text = "| 县区 | 产量 |\n|---|---|\n| 合计 | 166.0 |\n\n长丰县产量居全市首位，占全市的31.7%。\n"
    doc = parse(text)
    last_row = next(s for s in doc.sentences if "合计" in s.text)
    assert "长丰县" not in last_row.text
    assert any(s.text.startswith("长丰县") for s in doc.sentences)


def test_colon_does_not_end_a_paragraph() -> None:
    doc = parse("正文。\n\n牟晓峰提出3点合作构想:\n\n一是共建供应链通道。\n")
    assert [s.text for s in doc.sentences] == [
        "正文。",
        "牟晓峰提出3点合作构想:一是共建供应链通道。",
    ]


def test_paragraph_before_a_heading_stays_open() -> None:
    doc = parse("# 甲\n\n开展湖南对东盟、非洲\n\n# 乙\n\n正文。\n")
    assert [s.text for s in doc.sentences] == ["甲", "开展湖南对东盟、非洲", "乙", "正文。"]


def test_single_newline_between_cjk_is_removed_from_long_lines() -> None:
    text = "甲市外贸总值318.4亿元,比上年增长7.2%;其中出口206.9亿元,同比增长\n24.6%。\n"
    doc = parse(text)
    assert [s.text for s in doc.sentences][-1] == "其中出口206.9亿元,同比增长24.6%。"
    assert_offsets_exact(doc)


def test_short_line_above_body_is_a_title_not_a_broken_sentence() -> None:
    text = "前三季度,全市经济持续恢复。\n一、农业生产形势稳定\n前三季度,蔬菜产量增长9.65%。\n"
    doc = parse(text)
    assert [(s.role, s.text) for s in doc.sentences] == [
        (Role.LEDE, "前三季度,全市经济持续恢复。"),
        (Role.SECTION_TITLE, "一、农业生产形势稳定"),
        (Role.BODY, "前三季度,蔬菜产量增长9.65%。"),
    ]


def test_spaces_inside_a_run_are_kept() -> None:
    doc = parse("全市 实现 增长 5.5%。\n")
    assert doc.sentences[0].text == "全市 实现 增长 5.5%。"


def test_indented_paragraphs_are_stripped() -> None:
    text = "\u3000\u3000第一段增长5%。\n\n\u3000\u3000第二段增长6%。  \n"
    doc = parse(text)
    assert [s.text for s in doc.sentences] == ["第一段增长5%。", "第二段增长6%。"]
    assert_offsets_exact(doc)


@pytest.mark.parametrize(
    ("line", "rest"),
    [("◀◀(上接2版)", ""), ("(下转A3版)", ""), ("（上接2版）全年增长5%。", "全年增长5%。")],
)
def test_continuation_markers_are_noise(line: str, rest: str) -> None:
    doc = parse(f"# 标题\n\n正文。\n\n{line}\n")
    marker = next(s for s in doc.sentences if s.role is Role.NOISE)
    assert marker.text == line.removesuffix(rest)
    assert [s.text for s in doc.sentences if s.role is Role.BODY] == ([rest] if rest else [])


@pytest.mark.parametrize(
    "line",
    [
        "湖南日报全媒体记者 卢嘉俊 周紫云 通讯员 姜卫红",
        "(侯郑俐)",
        "(颜超莉 黄 曦)",
        "记者:程锦",
        "■记者 潘显璇 通讯员 黎雄",
    ],
)
def test_byline_lines(line: str) -> None:
    doc = parse(f"# 标题\n\n正文增长5%。\n\n{line}\n")
    assert doc.paragraphs[-1].role is Role.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "10月30日,吉首市黄石洞水库碧波荡漾。 刘振军 摄(湖南图片库)",
        "图为湘江新区夜景。",
        "游客在景区内游览。 新华社记者 李 华 摄",
    ],
)
def test_caption_lines(line: str) -> None:
    doc = parse(f"# 标题\n\n正文增长5%。\n\n{line}\n\n正文。\n")
    assert doc.paragraphs[2].role is Role.CAPTION


@pytest.mark.parametrize("line", ["(亿元)", "(万人次)", "(个)"])
def test_unit_lines_of_tables_are_not_bylines(line: str) -> None:
    doc = parse(f"# 标题\n\n正文增长5%。\n\n{line}\n")
    assert doc.paragraphs[-1].role is not Role.BYLINE


def test_body_mentioning_photography_is_not_a_caption() -> None:
    doc = parse("# 标题\n\n正文。\n\n记者在现场看到,许多游客正在拍摄\n\n夜景。\n")
    assert doc.paragraphs[-1].role is Role.BODY


# -- headings and articles -------------------------------------------------------------------


def test_markdown_articles_and_subheadings() -> None:
    text = (
        "# 头条\n\n## 副题\n\n导语。\n\n### 小标题\n\n正文。\n\n"
        "## 短讯标题\n\n短讯导语。\n\n(记者甲)\n"
    )
    doc = parse(text)
    assert [(p.role, p.section) for p in doc.paragraphs] == [
        (Role.HEADLINE, 0),
        (Role.SUBHEADING, 0),
        (Role.LEDE, 0),
        (Role.SECTION_TITLE, 0),
        (Role.BODY, 0),
        (Role.HEADLINE, 1),
        (Role.LEDE, 1),
        (Role.BYLINE, 1),
    ]
    assert [s.headline for s in doc.sections] == ["头条", "短讯标题"]
    assert doc.sections[1].start == text.index("短讯标题")
    assert doc.sections[1].end == len(text) - 1


def test_kicker_goes_with_the_next_headline() -> None:
    text = "# 甲\n\n正文。\n\n专委会在怀化成立,将贡献专业力量——\n\n# 乙\n\n导语。\n"
    doc = parse(text)
    kicker = next(p for p in doc.paragraphs if p.role is Role.KICKER)
    assert doc.sections[kicker.section].headline == "乙"
    assert doc.sections[1].start == kicker.start


def test_plain_text_short_first_line_is_the_headline() -> None:
    doc = parse("前7月某省外贸总额3627.4亿元 同比增长17%\n某市海关昨日发布。\n")
    assert len(doc.sections) == 1
    assert doc.sections[0].headline == "前7月某省外贸总额3627.4亿元 同比增长17%"
    assert [s.role for s in doc.sentences] == [Role.HEADLINE, Role.LEDE]


def test_plain_text_long_first_line_is_the_lede() -> None:
    doc = parse("某市海关昨日公布的统计数据表明:今年1至7月,某省外贸总额3627.4亿元。\n")
    assert doc.sections[0].headline is None
    assert doc.paragraphs[0].role is Role.LEDE


# -- front matter, dates and positions -------------------------------------------------------


def test_front_matter_is_read_and_produces_no_sentences() -> None:
    text = "---\ntitle: 标题\ndate: 2022-09-15\npublisher: 湖南日报\n---\n\n正文增长5%。\n"
    doc = parse(text)
    assert doc.front_matter == {
        "title": "标题",
        "date": dt.date(2022, 9, 15),
        "publisher": "湖南日报",
    }
    assert doc.date == dt.date(2022, 9, 15)
    assert [s.text for s in doc.sentences] == ["正文增长5%。"]
    assert doc.sentences[0].start == text.index("正文")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-09", dt.date(2021, 9, 1)),
        ("2021-09-30T08:00:00", dt.date(2021, 9, 30)),
        ("'2016-07-17'", dt.date(2016, 7, 17)),
        ("unknown (Q1-Q3 release)", None),
    ],
)
def test_front_matter_dates(value: str, expected: dt.date | None) -> None:
    assert parse(f"---\ndate: {value}\n---\n正文。\n").date == expected


@pytest.mark.parametrize(
    "text",
    ["---\ntitle: [unclosed\n---\n正文。", "---\ntitle: 标题\n正文。", "---\n- a\n- b\n---\n"],
)
def test_malformed_front_matter_raises_one_line_error(text: str) -> None:
    with pytest.raises(ValueError, match="front matter") as info:
        parse(text)
    assert "\n" not in str(info.value)


def test_dateline_year_from_file_name() -> None:
    doc = parse("新华社北京3月8日电 全年增长5%。\n", "pages/xinhua-2021-03-09.md")
    assert doc.date == dt.date(2021, 3, 8)


def test_dateline_year_from_text() -> None:
    doc = parse("本报7月15日讯 今年上半年,2019年进出口增长5%。\n")
    assert doc.date == dt.date(2019, 7, 15)


def test_december_dateline_on_a_january_page() -> None:
    doc = parse("本报12月31日讯 全年增长5%。\n", "2022-01-01.md")
    assert doc.date == dt.date(2021, 12, 31)


def test_no_dateline_no_date() -> None:
    assert parse("全年增长5%。\n", "2022-01-01.md").date is None


def test_traditional_dateline() -> None:
    doc = parse("新華社北京6月23日電 某省城鎮新增就業38萬人。\n", "2022-06-24.md")
    assert doc.date == dt.date(2022, 6, 23)
    assert doc.sentences[0].text.startswith("新華社")


def test_line_starts_and_positions_with_crlf() -> None:
    text = "# 标题\r\n\r\n导语增长5%。\r\n第二句。\r\n"
    doc = parse(text)
    assert doc.line_starts == (0, 6, 8, 17, 23)
    second = doc.sentences[-1]
    assert second.text == "第二句。"
    assert doc.position(second.start) == (4, 1)
    assert doc.position(text.index("5%")) == (3, 5)
    assert_offsets_exact(doc)


def test_empty_and_blank_input() -> None:
    assert parse("").sentences == ()
    assert parse("\n\n  \n").sections == ()


# -- any input -------------------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "外商间接",
        "投资177.2亿元",
        "。",
        "；",
        "!",
        "”",
        "“",
        ",",
        ":",
        " ",
        "\u3000",
        "\n",
        "\n\n",
        "\r\n",
        "# ",
        "## ",
        "### ",
        "——",
        "(上接2版)",
        "(侯郑俐)",
        "记者 李华",
        " 摄",
        "湖南日报10月31日讯",
        "一、",
        "增长5.5%",
        "A",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, max_size=40).map("".join))
def test_any_text_parses_with_exact_offsets(text: str) -> None:
    doc = parse(text)
    assert_offsets_exact(doc)
    for paragraph in doc.paragraphs:
        assert doc.sections[paragraph.section].start <= paragraph.start
        assert paragraph.end <= doc.sections[paragraph.section].end


# -- real passages ---------------------------------------------------------------------------

CORPUS_FILES = sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS_FILES, reason="corpus not available")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: path.stem)
def test_corpus_passage_parses(path: Path) -> None:
    doc = parse(path.read_text(encoding="utf-8"), str(path))
    assert doc.sentences
    assert_offsets_exact(doc)
