"""The compiled patterns of Chinese numeric expressions, built once from data.

One alternation finds every candidate in a sentence in a single C-level scan; Python work
is paid per candidate only. The word lists come from ``claims/lexicon/zh.yaml`` and the
unit lexicon, so adding a unit or a qualifier never means editing a regex here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claims.lexicon import alternation, load
from claims.numbers import NUMERAL_CHARS, NUMERAL_PATTERN
from claims.units import unit_alternation

#: Marks written between the two ends of a range.
RANGE_SEPARATORS = "至|到|-|—|~|－|–"
#: Magnitude-only numerals that 上 may introduce (上千 = as many as a thousand).
MAGNITUDE_ONLY = frozenset(
    {"十", "百", "千", "万", "亿", "百万", "千万", "十万", "万亿", "千亿", "百亿"}
)


#: Characters that can begin the core of a claim; the fast scan looks for these only.
ANCHOR_CHARS = (
    "0-9零〇○一壹二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅卌几幾数數"
    "第前翻半¥￥$"
)
#: Words that are claims without any numeral character in front.
ANCHOR_WORDS = ("持平", "减半", "对折", "首位", "榜首", "大半", "过半")


@dataclass(frozen=True)
class Patterns:
    anchor: re.Pattern[str]
    claim: re.Pattern[str]
    keyword: re.Pattern[str]
    keyword_class: dict[str, str]
    not_claim: re.Pattern[str]
    period: re.Pattern[str]
    prefix_qualifier: dict[str, str]
    prefix_finals: frozenset[str]  # the last characters of the prefix qualifiers and 上
    suffix_qualifier: dict[str, str]


def _qualifier_table(section: dict[str, list[str]]) -> dict[str, str]:
    return {word: qualifier for qualifier, words in section.items() for word in words}


@functools.cache
def patterns() -> Patterns:
    lex = load("zh")
    prefix = _qualifier_table(lex["qualifier_prefix"])
    suffix = _qualifier_table(lex["qualifier_suffix"])
    # A numeral never swallows the 百 of 百分点 or the 十 of 十分之: 0.12百分点 is 0.12 points.
    num = f"(?:{NUMERAL_PATTERN})(?!(?<=百)分点)"
    # A numeral followed by 分之 or 个半 is tried only where that word follows a run of
    # numeral characters: the lookahead saves reading every number three times.
    then = f"(?=[{NUMERAL_CHARS}]*%s)"
    units = unit_alternation()
    pre = alternation([*prefix, "上"])
    post = "|".join(
        f"{re.escape(w)}(?!游|级|文|班)" if w == "上下" else re.escape(w)
        for w in sorted((w for w in suffix if w not in ("余", "多")), key=lambda w: -len(w))
    )
    # The forms before the plain number start with a word character or with a numeral that
    # 分之, 个半 or / follows; a number written in digits, the common case, skips them all.
    forms = rf"(?=[百千万第前翻持减对首榜一半过近大两三]|[{NUMERAL_CHARS}]*(?:分之|个半)|\d+/)"
    claim = re.compile(
        rf"(?P<pre>{pre})?(?:人民币)?(?P<cur>HK\$|US\$|¥|￥|\$)?(?:{forms}(?:"
        rf"(?P<pct_zh>百分之|千分之|万分之|百分(?=[零一二两三四五六七八九十]))(?P<pct_num>{num})"
        rf"|{then % '分之'}(?P<fden>{num})分之(?P<fnum>{num})"
        rf"|(?P<slash_n>\d+)/(?P<slash_d>\d+)(?![\d.%])"
        rf"|第(?P<ord>{num})(?P<ordsuf>名|位|大)?"
        rf"|(?P<topword>前)(?P<top>{num})(?P<topsuf>大|强|名|位)?"
        rf"|翻了?(?P<fan>{num})?番"
        rf"|(?P<flat>持平)"
        rf"|(?P<halving>减半|对折)"
        rf"|(?P<first>首位|榜首)"
        rf"|{then % '个半'}(?P<onehalf>{num})个半(?P<onehalfunit>小时|月)"
        rf"|(?P<halfword>一半|半数|过半|近半|大半)"
        rf"|(?P<half>半)(?P<halfunit>个月|个小时|小时|年|天|个世纪)"
        rf"|(?P<idiom>两位数|三位数)(?=增长|增幅|的增长|以上增长))"
        rf"|(?P<sign>[+-])?(?P<n1>{num})(?P<u1>%|‰|个百分点|百分点)?"
        rf"(?:\s?(?P<rsep>{RANGE_SEPARATORS})\s?(?P<n2>{num}))?"
        rf"(?P<rem>余|多)?"
        rf"(?P<unit>%|‰|个百分点|百分点|倍|成(?P<cheng2>[一二三四五六七八九](?!成))?|强|折|{units}|点(?![0-9一二三四五六七八九十])|(?<![%‰])大(?=[\u4e00-\u9fff]))?"
        rf"(?P<rem2>余|多)?"
        rf")(?P<post>{post})?"
    )
    classes: dict[str, str] = {}
    for name in ("growth_verbs", "decline_verbs", "level_markers", "share_frames", "new_markers"):
        for word in lex[name]:
            classes.setdefault(word, name)
    classes.setdefault("相当于", "ratio_frames")
    keyword = re.compile(alternation(list(classes)))
    not_claim = re.compile(alternation(lex["not_claims"]))
    # Its alternatives start with groups, which hide their first characters from the engine.
    periods = "|".join(f"(?:{p})" for p in lex["period_patterns"])
    period = re.compile(f"(?=[{lex['period_initials']}])(?:{periods})")
    return Patterns(
        # Every alternative starts with a literal or a class, which the engine tests first.
        anchor=re.compile(
            f"HK[{ANCHOR_CHARS}]+|US[{ANCHOR_CHARS}]+|[{ANCHOR_CHARS}]+|" + "|".join(ANCHOR_WORDS)
        ),
        claim=claim,
        keyword=keyword,
        keyword_class=classes,
        not_claim=not_claim,
        period=period,
        prefix_qualifier=prefix,
        prefix_finals=frozenset(word[-1] for word in [*prefix, "上"]),
        suffix_qualifier=suffix,
    )
