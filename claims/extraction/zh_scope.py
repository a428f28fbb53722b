"""Who, what and when a number speaks of, read from the words before it.

Copy names the quantity just ahead of the number ("全省进出口3964.6亿元"), sometimes much
earlier in the sentence, and the period often only once per paragraph ("前三季度，…").
We take the clause head before the number, match known metric and entity words in it
(data files, longest alias first), and fall back to the head itself as the metric, so an
unknown metric still compares equal only with the same words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import yaml

from claims.lexicon import alternation, load
from claims.numbers import parse_numeral

#: Words that carry no scope: verbs, bases, connectives stripped from a clause head.
_STOP = re.compile(
    r"(?:同比|环比|比上年|较上年|比去年|较去年|上年同期|去年同期|比上年同期|较上年同期|"
    r"\(下同\)|（下同）|下同|实现|达到|完成|共计|累计|合计|总计|其中|分别|共|达|为|是|有|"
    r"增长|增加|下降|减少|提高|提升|约|超过|超|逾|近|突破|仅|和|与|及|、|对|的|在|了|中|"
    r"[\s,，:：()（）“”\"'《》]+)"
)


_NOT_NAME = re.compile(r"[0-9.%‰+\-~、]+")
#: Verbs, qualifiers and particles that end a clause head before its number (某省以418.75亿元,
#: 全省共申领补贴超1600万笔): what stands before them names the quantity.
_TRAILING_WORDS = (
    *("以", "为", "是", "达到", "达", "实现", "完成", "获得", "获", "拥有", "有", "共计", "共"),
    *("累计", "合计", "总计", "约", "超过", "超", "逾", "近", "突破", "仅", "增长", "增加"),
    *("下降", "减少", "提高", "提升", "同比", "环比", "下同", "分别", "的", "了"),
    # A change's own verb (出口…，年增9.8%) names no quantity: the rate is of the quantity
    # named before it. (A base such as 上年同期为 stays: it marks a value of another period.)
    *("年增", "年减", "月增", "月减", "增", "减", "上升", "上涨", "回落", "下跌"),
)
_TRAILING_MARKS = ",，:：()（）“”\"'《》"
_TRAILING = re.compile(f"(?:{'|'.join(_TRAILING_WORDS)}|[\\s{re.escape(_TRAILING_MARKS)}])+$")
#: Every character a match of ``_TRAILING`` can hold (white space is U+3000 at most). Only
#: the run of them that ends a head can be dropped, so the search is run on that run alone:
#: ``_TRAILING`` tries every alternative at every position, which costs on a long head.
_TRAILING_CHARS = "".join(
    sorted({*"".join(_TRAILING_WORDS), *_TRAILING_MARKS})
    + [char for char in map(chr, range(0x3001)) if char.isspace()]
)
#: Words that separate the noun phrase right before a number from what precedes it.
_SEPARATOR = re.compile(
    r"[,，;；:：、()（）“”\"'《》\s]|其中|和|与|及|对|在|为|是|由|从|比|较|共|累计|实现|完成|达到|获得|拥有"
    r"|有(?![效关限色机序益利力偿线])"  # the verb 有, not 有效票 or 有色金属
)


def _noun_phrase(head: str, subject: str | None) -> str | None:
    """The noun phrase a clause head ends with, once trailing verbs are dropped: the name of
    a quantity the lexicon does not know (成为灌区 → 灌区, 实物商品网上零售额)."""
    run = len(head.rstrip(_TRAILING_CHARS))
    text = head if run == len(head) else head[:run] + _TRAILING.sub("", head[run:])
    pieces = [p for p in _SEPARATOR.split(text) if p]
    if not pieces:
        return None
    phrase = _NOT_NAME.sub("", pieces[-1])
    if len(phrase) <= 2 and len(pieces) > 1 and len(pieces[-2]) >= 3:
        phrase = _NOT_NAME.sub("", pieces[-2]) + phrase  # 就业困难人员实现就业: not just 就业
    if subject is not None:
        phrase = phrase.replace(subject, "")
    return phrase[-8:] or None


@dataclass(frozen=True, slots=True)
class Lexicon:
    metric: re.Pattern[str]
    metric_key: dict[str, str]
    entity: re.Pattern[str]
    entity_key: dict[str, str]


@functools.cache
def lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """Metric and entity synonyms: the bundled files, then a newsroom's own files (YAML with
    ``metrics:`` and ``entities:`` mappings of key → aliases), later files winning."""
    metrics: dict[str, list[str]] = dict(load("metrics"))
    entities: dict[str, list[str]] = dict(load("entities"))
    for path in extra:
        data = yaml.safe_load(Path(path).read_text("utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError(
                f"{path}: a lexicon file is a mapping (metrics:, entities:, partitions:)"
            )
        for section, target in (("metrics", metrics), ("entities", entities)):
            added = data.get(section) or {}
            if not isinstance(added, dict):
                raise ValueError(f"{path}: '{section}' maps a key to a list of aliases")
            for key, aliases in added.items():
                target[str(key)] = [*target.get(str(key), []), *(str(a) for a in aliases)]
    metric_key = {alias: key for key, aliases in metrics.items() for alias in aliases}
    entity_key = {alias: key for key, aliases in entities.items() for alias in aliases}
    return Lexicon(
        metric=re.compile(alternation(list(metric_key))),
        metric_key=metric_key,
        entity=re.compile(alternation(list(entity_key))),
        entity_key=entity_key,
    )


class HeadScope(NamedTuple):
    """What a clause head names (a tuple: one is made for every claim)."""

    subject: str | None
    subject_key: str | None
    metric: str | None
    metric_key: str | None
    counterpart: str | None
    modifier: str | None = None  # 入境 in 入境游客: narrows the metric


def read_head(head: str, lex: Lexicon | None = None) -> HeadScope:
    """Scope from the words of a clause before a number."""
    lex = lex or lexicon()
    subject = subject_key = metric = metric_key = counterpart = modifier = None
    entity = lex.entity.search(head)
    if entity is not None:
        subject = entity.group(0)
        subject_key = lex.entity_key[subject]
    metric_match = None
    for m in lex.metric.finditer(head):
        metric_match = m
    if metric_match is not None:
        metric = metric_match.group(0)
        metric_key = lex.metric_key[metric]
        modifier = _modifier(head, metric_match.start(), subject)
    else:
        bare = _noun_phrase(head, subject)
        if bare:
            metric = metric_key = bare
    dui = head.find("对")
    if dui >= 0:
        tail = head[dui + 1 :]
        end = (
            metric_match.start() - (dui + 1)
            if metric_match and metric_match.start() > dui
            else len(tail)
        )
        counterpart = tail[:end].strip() or None
    return HeadScope(subject, subject_key, metric, metric_key, counterpart, modifier)


_YEAR = re.compile(r"^(20\d\d|19\d\d)年(?=.)")


def first_entity(
    text: str, before: int, lex: Lexicon | None = None
) -> tuple[str | None, str | None]:
    """The first entity the sentence names before ``before``: the sentence's subject."""
    lex = lex or lexicon()
    m = lex.entity.search(text, 0, before)
    if m is None:
        return None, None
    return m.group(0), lex.entity_key[m.group(0)]


#: Words before a metric that narrow nothing: places, periods, bases, verbs, connectives.
_NOT_MODIFIER = re.compile(
    r"(?:今年|去年|上年|同期|全年|前三季度|上半年|下半年|一季度|二季度|三季度|四季度|当月|"
    r"[0-9一二三四五六七八九十]+月份?|(?:19|20)\d\d年|年|月|其中|共|合计|总计|累计|实现|完成|达到)+$"
)
_PERIOD_WORDS = re.compile(
    r"今年|去年|上年|同期|全年|前三季度|上半年|下半年|[一二三四]季度|当月|(?:19|20)\d\d年|[0-9]+月份?"
)
_MODIFIER_CHARS = re.compile(r"[\u4e00-\u9fff]{1,4}$")


def _modifier(head: str, metric_start: int, subject: str | None) -> str | None:
    """Words glued to the front of a known metric that make it a narrower one: 入境游客 is
    not 游客, 机电产品出口 is not 出口. Places, periods and counterparts (对…) are not."""
    before = head[:metric_start]
    if not before or before.endswith(("的", "和", "、", "对", "与", "及")):
        return None
    dui = before.rfind("对")
    if dui >= 0:
        return None  # 对东盟出口: the words are the counterpart, kept apart
    if subject and before.endswith(subject):
        return None
    before = _STOP_TAIL.sub("", before)
    if not before or _NOT_MODIFIER.search(before):
        return None
    before = _PERIOD_WORDS.sub("", before)
    m = _MODIFIER_CHARS.search(before)
    if m is None:
        return None
    word = m.group(0)
    lex = lexicon()
    for entity in lex.entity.finditer(word):
        word = word[entity.end() :]
    return word[-4:] or None


_STOP_TAIL = re.compile(r"(?:同比|环比|下同|分别)$")


@functools.lru_cache(maxsize=4096)  # periods are few words, written again and again
def period_key(period: str | None, year: int | None = None) -> str | None:
    """Normalize a period expression: 1-9月 and 前三季度 meet; 同期 defers to context.

    The copy's own year is dropped from "2023年1-2月" (it is the 1-2月 of the text), while
    another year is kept, so two different years never meet.
    """
    if period is None:
        return None
    key = period.replace("1至", "1-").replace("1—", "1-").replace("份", "")
    m = _YEAR.match(key)
    if m and year is not None and int(m.group(1)) == year:
        key = key[m.end() :]
    if key in ("今年", "今年以来", "全年", "本年"):
        key = "今年"
    first = _FIRST_MONTHS.match(key)
    if first is not None:  # 前10个月, 前10月, 前十个月 and 1-10月 are one period
        months = _month_count(first.group(1) or first.group(2))
        key = f"1-{months}月" if months else key
    return {"1-9月": "前三季度", "1-6月": "上半年", "1-3月": "一季度"}.get(key, key)


#: The first months of a year, however written: 前10个月, 前10月, 今年前十个月, 1-10月.
def _month_count(written: str) -> int | None:
    """How many months 前N个月 counts (two to twelve), by the numeral reader; None for 两三."""
    try:
        value = parse_numeral(written).value
    except ValueError:
        return None
    return int(value) if value is not None and value in range(2, 13) else None


_FIRST_MONTHS = re.compile(
    r"^(?:今年)?(?:前([0-9一二两三四五六七八九十]{1,3})个?月|1-(\d{1,2})月)$"
)
