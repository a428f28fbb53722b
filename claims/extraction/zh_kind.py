"""What kind of statement a number makes, decided by the nearest telling word before it.

Chinese copy puts the verb or frame right before the number: 增长5.5% is a growth,
占…的55% a share, 增至8560亿元 a level, 优于全国3.6个百分点 a positive point gap. The
nearest keyword in the clause wins, which is how a reader resolves "实现1.5464万亿元、同比
增长5.5%" into an amount and a growth.
"""

from __future__ import annotations

import bisect
import functools
import re

from claims.extraction.zh_patterns import patterns

#: Clause boundaries: a keyword beyond one of these no longer governs the number.
CLAUSE_BREAK = re.compile(r"[,，;；:：。!！?？]")
#: 占…的 right before a percentage: whatever verbs stand inside, it is a share of that whole.
_SHARE_OF = re.compile(r"占[^，,；;。]{1,30}的$|占比$|占比为$|比重为$|比重$")
#: Frames that make a percentage level a growth rate rather than a share.
GROWTH_RATE_WORDS = ("增速", "增幅", "涨幅", "增长率", "降幅", "跌幅")
#: How close a verb must stand to an amount or count to make it a change.
VERB_REACH = 8


@functools.lru_cache(maxsize=8)
def _breaks(text: str) -> list[int]:
    """Offsets just after each clause break of a sentence (computed once per sentence)."""
    return [m.end() for m in CLAUSE_BREAK.finditer(text)]


def clause_start(text: str, position: int) -> int:
    """Offset where the clause holding ``position`` begins."""
    breaks = _breaks(text)
    i = bisect.bisect_right(breaks, position) - 1
    return breaks[i] if i >= 0 else 0


#: A one-character verb (增, 降, 涨, 跌) governs a number only right before it: 起降航班 is no
#: decline, 营收降两成 is.
SINGLE_REACH = 1
#: Comparatives written as one character after 比…: 比去年多1500人, 比全省高9%.
COMPARATIVE = {
    "多": "growth_verbs",
    "高": "growth_verbs",
    "少": "decline_verbs",
    "低": "decline_verbs",
}


def nearest_keyword(text: str, start: int, end: int) -> tuple[str, str, int] | None:
    """(word, class, end offset) of the last keyword in text[start:end], if any."""
    p = patterns()
    last = None
    for m in p.keyword.finditer(text, start, end):
        if len(m.group(0)) == 1 and end - m.end() > SINGLE_REACH:
            continue
        last = m
    before = text[end - 1 : end] if end > start else ""
    if before in COMPARATIVE and "比" in text[start:end]:
        return before, COMPARATIVE[before], end
    if last is None:
        return None
    return last.group(0), p.keyword_class[last.group(0)], last.end()


def following_verb(text: str, position: int) -> str | None:
    """A growth or decline verb after the number in the same clause ("52%…的货运价下浮")."""
    m = CLAUSE_BREAK.search(text, position)
    end = m.start() if m else len(text)
    p = patterns()
    for k in p.keyword.finditer(text, position, end):
        cls = p.keyword_class[k.group(0)]
        if cls in ("growth_verbs", "decline_verbs") and len(k.group(0)) > 1:
            return cls
    return None


def percent_kind(text: str, number_start: int, number_end: int) -> tuple[str, int]:
    """Kind of a percentage and the sign a point difference takes (+1 or -1)."""
    cstart = clause_start(text, number_start)
    found = nearest_keyword(text, cstart, number_start)
    if found is None:
        after = following_verb(text, number_end)
        if after == "decline_verbs":
            return "decline", -1
        if after == "growth_verbs":
            return "growth", 1
        return "share", 1
    word, cls, _ = found
    window = text[cstart:number_start]
    # Every frame of _SHARE_OF holds 占 or 比重: look for it only where one stands.
    if ("占" in window or "比重" in window) and _SHARE_OF.search(window):
        return "share", 1  # 约占全省秋粮增产总量的45%: 增产 names the whole here
    if cls == "growth_verbs":
        return "growth", 1
    if cls == "decline_verbs":
        return "decline", -1
    if cls == "share_frames":
        return "share", 1
    if cls == "ratio_frames":
        return "ratio", 1
    if any(w in window for w in GROWTH_RATE_WORDS):
        return "growth", 1
    if word in ("为", "是", "达", "达到") and ("占" in window or "比重" in window):
        return "share", 1
    return "share", 1


def point_sign(text: str, number_start: int) -> int:
    """+1 or -1 for a percentage-point figure, from the nearest direction word."""
    cstart = clause_start(text, number_start)
    p = patterns()
    sign = 1
    for m in p.keyword.finditer(text, cstart, number_start):
        cls = p.keyword_class[m.group(0)]
        if cls == "growth_verbs":
            sign = 1
        elif cls == "decline_verbs":
            sign = -1
    window = text[cstart:number_start]
    if "降幅" in window and ("收窄" in window or "缩小" in window):
        sign = -1
    adjacent = text[number_start - 1 : number_start] if number_start else ""
    if adjacent in "低少慢减降" and adjacent:
        sign = -1  # 比全省平均水平7.3%低1.2个百分点
    elif adjacent in "高多快增升" and adjacent:
        sign = 1
    return sign


def change_kind(text: str, number_start: int) -> str | None:
    """growth/decline when a change verb stands right before an amount or count."""
    cstart = max(clause_start(text, number_start), number_start - VERB_REACH - 4)
    found = nearest_keyword(text, cstart, number_start)
    if found is None:
        return None
    word, cls, end = found
    if number_start - end > VERB_REACH:
        return None
    if cls == "growth_verbs" and word not in ("增速", "增幅", "涨幅", "翻"):
        return "growth"
    if cls == "decline_verbs" and word not in ("降幅", "跌幅", "节约", "节省", "下浮"):
        return "decline"
    return None


def is_share_frame(text: str, number_start: int) -> bool:
    cstart = clause_start(text, number_start)
    window = text[cstart:number_start]
    return "占" in window or "比重" in window
