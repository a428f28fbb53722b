"""Extraction of numeric claims from Chinese copy (Simplified and Traditional).

Each sentence is normalized one character for one (full-width → ASCII, Traditional →
Simplified), scanned once with the compiled claim pattern, and every candidate is kept or
dropped by context: numbers inside names and slogans, dates, list markers and category
thresholds are not claims. What survives gets its kind from the nearest telling word,
its qualifier from the words around it, its scope from the clause head, and its exact
place in the source through the sentence's offset map.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from claims.document import Document, Sentence
from claims.extraction import zh_kind
from claims.extraction.normalize import normalize
from claims.extraction.tables import table_claims
from claims.extraction.zh_lists import list_before
from claims.extraction.zh_patterns import MAGNITUDE_ONLY, patterns
from claims.extraction.zh_scope import Lexicon as ScopeLexicon
from claims.extraction.zh_scope import first_entity, period_key, read_head
from claims.extraction.zh_scope import lexicon as scope_lexicon
from claims.model import Claim, Kind, Qualifier, Scope, Span
from claims.numbers import Numeral, parse_fraction, parse_numeral
from claims.units import UnitWord, unit_words

HUNDRED = Decimal(100)
#: Characters after 第N that make it the ordinal of a thing (第二批, 第8版), not a rank.
ORDINAL_OBJECTS = frozenset("批届版季期次轮个家条项号年天章节部集场站任代把款类层级页卷")
#: Time units that make a number a calendar point, not a length of time.
DATE_UNITS = frozenset({"月", "日", "号", "季度", "时"})
#: Magnitude characters, whose presence on the upper end of a range scales the lower end.
MAGNITUDES = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))
_LATIN = re.compile(r"[A-Za-z]")
_ANY_ANCHOR = re.compile(
    r"[0-9零〇○一二两三四五六七八九十百千万亿廿卅几数第前翻半壹贰叁肆伍陆柒捌玖拾佰仟¥￥$]|持平|减半|对折|首位|榜首"
)
_CJK_DIGITS = re.compile(r"[0-9]")
_FIRST_DIGIT = re.compile(r"[0-9]")
_MAGNITUDE_WORD = re.compile(r"[万亿]")


@dataclass(frozen=True, slots=True)
class Draft:
    """A claim before it has an id and a place in the source (clean-text offsets)."""

    start: int
    end: int
    number_start: int
    kind: Kind
    unit: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier
    precision: Decimal
    note: str | None = None
    bare: bool = False  # no unit written: may inherit one from the next list item
    threshold: bool = False  # a category bound (亿元以上项目), not a claim of its own
    bound: Draft | None = None  # the category bound on the items this claim counts


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
    texts = normalized_sentences(doc)
    for sentence, text in zip(doc.sentences, texts, strict=True):
        drafts = scan(text) if _ANY_ANCHOR.search(text) else []
        drafts_by_sentence.append((sentence, text, drafts))
    for sentence, text, drafts in drafts_by_sentence:
        named = _periods(text)
        if not drafts:
            if sentence.paragraph not in periods and named:
                periods[sentence.paragraph] = named[-1][1]
                section_periods.setdefault(sentence.section, named[-1][1])
            continue
        # A number before any period its sentence names takes the paragraph's period; one
        # after takes the nearest period before it ("出口1524.7亿元，已超2020年全年的1503.6亿元").
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
            if draft.kind is Kind.COUNT:
                listed = list_before(text, draft.number_start)
                if listed is not None:
                    counted.append(
                        _enumeration(
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
    merged = sorted([*claims, *lists], key=lambda c: (c.start, c.kind is Kind.ENUMERATION))
    numbered = 0
    out = []
    for claim in merged:
        if claim.kind is Kind.ENUMERATION:
            numbered += 1
            claim = claim.model_copy(update={"id": f"e{numbered}"})
        out.append(claim)
    return table_claims(doc, out)


def normalized_sentences(doc: Document) -> list[str]:
    """The clean text of every sentence, normalized; one translation for the whole source."""
    source = normalize(doc.source)
    return [
        "".join(source[start : start + length] for _, start, length in sentence.pieces)
        if len(sentence.pieces) > 1
        else source[sentence.pieces[0][1] : sentence.pieces[0][1] + sentence.pieces[0][2]]
        if sentence.pieces
        else ""
        for sentence in doc.sentences
    ]


def scan(text: str) -> list[Draft]:
    """Candidate claims of one normalized sentence."""
    p = patterns()
    blocked = [(m.start(), m.end()) for m in p.not_claim.finditer(text)]
    drafts: list[Draft] = []
    covered = 0
    for anchor in p.anchor.finditer(text):
        position = anchor.start()
        if position < covered:
            continue
        m = None if _idle(text, anchor) else _match_at(text, position)
        if (
            m is not None
            and m.group("fden")
            and text.startswith(("百分之", "千分之"), position + 1)
        ):
            m = _match_at(text, position + 1)  # 预测数百分之七点九一: 数 is a word here
        if m is None and anchor.end() - position > 1 and text[position] in "第前翻":
            m = _match_at(text, position + 1)  # 提前半个月: 前 is no ordinal here
        digit = _FIRST_DIGIT.search(text, position, anchor.end())
        if (
            digit is not None
            and digit.start() > position
            and (m is None or m.end() <= digit.start())
        ):
            m = _match_at(text, digit.start())  # 队伍8分钟: the number starts at the digit
        if m is None:
            continue
        covered = m.end()
        draft = _read_match(text, m, blocked)
        if draft is not None:
            drafts.append(draft)
    return _attach_thresholds(text, _share_units(text, drafts))


def _attach_thresholds(text: str, drafts: list[Draft]) -> list[Draft]:
    """A category bound (2亿元以上项目) is no claim; it qualifies the next count in its clause."""
    out: list[Draft] = []
    pending: Draft | None = None
    for draft in drafts:
        if draft.threshold:
            pending = draft
            continue
        if pending is not None and zh_kind.clause_start(text, draft.number_start) <= pending.start:
            draft = replace(draft, bound=pending)
        pending = None
        out.append(draft)
    return out


_CHINESE_NUMERALS = frozenset(
    "零〇○一壹二两兩贰貳三叁參四肆五伍陆陸六七柒八捌九玖十拾百佰千仟万萬亿億廿卅卌几幾数數"
)
_NAMING_STARTS = frozenset("第前翻半¥￥$HU")


@functools.cache
def _unit_initials() -> frozenset[str]:
    """First characters of everything that may follow a numeral in a claim."""
    words = [
        *unit_words(),
        "%",
        "‰",
        "个百分点",
        "百分点",
        "倍",
        "大",
        "成",
        "强",
        "折",
        "点",
        "余",
        "多",
    ]
    words += [
        "分之",
        "至",
        "到",
        "-",
        "—",
        "~",
        "－",
        "–",
        "、",
        "以上",
        "以下",
        "以内",
        "左右",
        "上下",
    ]
    words += ["内", "位数", "之"]
    return frozenset(w[0] for w in words)


def _idle(text: str, anchor: re.Match[str]) -> bool:
    """A run of Chinese numerals followed by no unit is a word (一些, 统一), not a number."""
    run = anchor.group(0)
    if run[0] in _NAMING_STARTS or not all(ch in _CHINESE_NUMERALS for ch in run):
        return False
    after = text[anchor.end() : anchor.end() + 1]
    if after in _unit_initials():
        return False
    money = _MONEY_CUES.search(text, zh_kind.clause_start(text, anchor.start()), anchor.start())
    return money is None or not any(ch in run for ch in "万亿千百")


def _match_at(text: str, position: int) -> re.Match[str] | None:
    """The claim pattern at an anchor, started early enough to take in what belongs to it:
    a qualifier (超, 近), 人民币, a sign (同比-4.6%), or the 大/过 of 大半/过半."""
    p = patterns()
    start = position
    if (
        position > 0
        and text[position - 1] in "+-"
        and (position < 2 or not text[position - 2].isdigit())
    ) or (position > 0 and text[position] == "半" and text[position - 1] in "大过近一"):
        start -= 1
    if text.startswith("人民币", start - 3):
        start -= 3
    for length in (3, 2, 1):
        word = text[max(start - length, 0) : start]
        if len(word) == length and (word in p.prefix_qualifier or word == "上"):
            m = p.claim.match(text, start - length)
            if word == "上" and m is not None and m.group("n1") not in MAGNITUDE_ONLY:
                break  # 迈上5000亿元台阶: 上 is a verb here, not 上千's "as many as"
            if m is not None and m.end() > position:
                return m
            break
    m = p.claim.match(text, start)
    if (m is None or m.end() == m.start()) and start != position:
        m = p.claim.match(text, position)
    if m is None or m.end() == m.start():
        return None
    return m


def _blocked(position: int, blocked: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in blocked)


def _read_match(text: str, m: re.Match[str], blocked: list[tuple[int, int]]) -> Draft | None:
    groups = m.groupdict()
    pre = groups["pre"]
    number_start = m.start() + (len(pre) if pre else 0)
    if m.group("cur"):
        number_start = m.start("cur")
    if _blocked(number_start, blocked) and not groups["fden"]:
        return None
    if number_start > 0 and (
        _LATIN.match(text, number_start - 1) or text[number_start - 1] in "./"
    ):
        return None
    if m.end() < len(text) and _LATIN.match(text, m.end()) and not groups["unit"]:
        return None
    if groups["pct_zh"]:
        return _percent_words(text, m, number_start)
    if groups["fden"]:
        try:
            value = parse_fraction(f"{groups['fden']}分之{groups['fnum']}")
        except ValueError:
            return None
        return _fraction(text, m, number_start, value)
    if groups["slash_n"]:
        if int(groups["slash_d"]) == 0:
            return None
        value = Decimal(groups["slash_n"]) / Decimal(groups["slash_d"])
        return _fraction(text, m, number_start, value)
    if groups["ord"] is not None:
        return _rank(text, m, number_start, groups["ord"], groups["ordsuf"])
    if groups["topword"]:
        return _top(text, m, number_start)
    if m.group(0).endswith("番") and "翻" in m.group(0):
        return _doubling(m, number_start)
    if groups["halfword"] or groups["half"] or groups["idiom"] or groups["onehalf"]:
        return _half_or_idiom(text, m, number_start)
    if groups["flat"] or groups["halving"] or groups["first"]:
        return _word_claim(text, m, number_start)
    if groups["n1"] is not None:
        return _general(text, m, number_start)
    return None


def _numeral(text: str) -> Numeral | None:
    try:
        return parse_numeral(text)
    except ValueError:
        return None


def _qualifier(m: re.Match[str], numeral: Numeral | None, ranged: bool) -> Qualifier:
    p = patterns()
    pre = m.group("pre")
    post = m.group("post")
    if ranged or (numeral is not None and numeral.value is None):
        return Qualifier.RANGE
    if m.groupdict().get("rem") or m.groupdict().get("rem2") or (numeral and numeral.more_than):
        return Qualifier.MORE_THAN
    if post:
        return Qualifier(p.suffix_qualifier[post])
    if pre == "上":
        return Qualifier.OVER
    if pre:
        return Qualifier(p.prefix_qualifier[pre])
    return Qualifier.EXACT


def _surface_start(m: re.Match[str], number_start: int) -> int:
    """Keep hedges (超, 近, 约) in the surface; drop exact-valued verbs (达, 累计)."""
    pre = m.group("pre")
    if pre and (pre == "上" or patterns().prefix_qualifier.get(pre) != "exact"):
        return m.start()
    return number_start


def _percent_words(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    numeral = _numeral(m.group("pct_num"))
    if numeral is None or numeral.value is None:
        return None
    scale = {"百分之": HUNDRED, "百分": HUNDRED, "千分之": Decimal(1000), "万分之": Decimal(10000)}[
        m.group("pct_zh")
    ]
    kind, _ = zh_kind.percent_kind(text, number_start, m.end())
    return Draft(
        start=_surface_start(m, number_start),
        end=m.end(),
        number_start=number_start,
        kind=Kind(kind),
        unit="percent",
        value=numeral.value / scale,
        low=None,
        high=None,
        qualifier=_qualifier(m, numeral, False),
        precision=numeral.precision / scale,
    )


def _fraction(text: str, m: re.Match[str], number_start: int, value: Decimal) -> Draft:
    kind = Kind.SHARE if zh_kind.is_share_frame(text, number_start) else Kind.FRACTION
    return Draft(
        start=_surface_start(m, number_start),
        end=m.end(),
        number_start=number_start,
        kind=kind,
        unit="ratio",
        value=value,
        low=None,
        high=None,
        qualifier=_qualifier(m, None, False),
        precision=Decimal(0),
    )


def _rank(
    text: str, m: re.Match[str], number_start: int, ordinal: str, suffix: str | None
) -> Draft | None:
    if suffix is None and m.end() < len(text) and text[m.end()] in ORDINAL_OBJECTS:
        return None
    if (
        suffix is None
        and m.end() < len(text)
        and "\u4e00" <= text[m.end()] <= "\u9fff"
        and text[m.end()] not in "和与及或"
    ):
        return None
    return _rank_draft(m, number_start, ordinal, Qualifier.EXACT)


def _rank_draft(
    m: re.Match[str], number_start: int, numeral_text: str, qualifier: Qualifier
) -> Draft | None:
    """A place in a ranking: 第37名 (exact), 前十大 (at most)."""
    numeral = _numeral(numeral_text)
    if numeral is None or numeral.value is None:
        return None
    return Draft(
        start=number_start,
        end=m.end(),
        number_start=number_start,
        kind=Kind.RANK,
        unit="rank",
        value=numeral.value,
        low=None,
        high=None,
        qualifier=qualifier,
        precision=Decimal(0),
    )


def _top(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    suffix = m.group("topsuf")
    after = text[m.end() : m.end() + 1]
    if suffix is None and after and after not in ",，。;；、和与及的":
        return None
    return _rank_draft(m, number_start, m.group("top"), Qualifier.AT_MOST)


def _doubling(m: re.Match[str], number_start: int) -> Draft | None:
    times = _numeral(m.group("fan")) if m.group("fan") else None
    n = times.value if times is not None and times.value is not None else Decimal(1)
    return Draft(
        start=m.start(),
        end=m.end(),
        number_start=number_start,
        kind=Kind.GROWTH,
        unit="ratio",
        value=Decimal(2) ** int(n) - 1,
        low=None,
        high=None,
        qualifier=Qualifier.EXACT,
        precision=Decimal(0),
    )


HALF_QUALIFIER = {"过半": Qualifier.OVER, "近半": Qualifier.NEARLY, "大半": Qualifier.OVER}
HALF_UNITS = {
    "个月": "month",
    "月": "month",
    "年": "year",
    "天": "day",
    "小时": "hour",
    "个小时": "hour",
}


def _word_claim(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    """持平 (no change), 减半/对折 (a half), 首位/榜首 (first place)."""
    if m.group("flat"):
        return Draft(
            m.start(),
            m.end(),
            number_start,
            Kind.GROWTH,
            "percent",
            Decimal(0),
            None,
            None,
            Qualifier.EXACT,
            Decimal(0),
        )
    if m.group("halving"):
        kind = Kind.DECLINE if m.group("halving") == "减半" else Kind.RATIO
        return Draft(
            m.start(),
            m.end(),
            number_start,
            kind,
            "ratio",
            Decimal("0.5"),
            None,
            None,
            Qualifier.EXACT,
            Decimal(0),
        )
    if m.group("first") == "首位" and text.startswith("度", m.end()):
        return None  # 首位度 is an index, not a rank
    return Draft(
        m.start(),
        m.end(),
        number_start,
        Kind.RANK,
        "rank",
        Decimal(1),
        None,
        None,
        Qualifier.EXACT,
        Decimal(0),
    )


def _half_or_idiom(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    """半数/过半 (a fraction), 半个月 (a duration), 两位数增长 (growth of at least 10%)."""
    half = Decimal("0.5")
    if m.group("idiom"):
        floor = Decimal("0.1") if m.group("idiom") == "两位数" else Decimal(1)
        return Draft(
            number_start,
            m.end(),
            number_start,
            Kind.GROWTH,
            "percent",
            floor,
            None,
            None,
            Qualifier.AT_LEAST,
            Decimal(0),
        )
    if m.group("onehalf"):
        whole = _numeral(m.group("onehalf"))
        if whole is None or whole.value is None:
            return None
        unit = HALF_UNITS.get(m.group("onehalfunit"), "month")
        return Draft(
            m.start(),
            m.end(),
            number_start,
            Kind.DURATION,
            unit,
            whole.value + half,
            None,
            None,
            _qualifier(m, None, False),
            Decimal(0),
        )
    if m.group("half"):
        half_unit = HALF_UNITS.get(m.group("halfunit"))
        before = text[m.start() - 1 : m.start()] if m.start() else ""
        verb_before = text[m.start() - 2 : m.start() - 1] if m.start() > 1 else ""
        period = before in ("上", "下") or (
            before in ("前", "后") and verb_before not in "提推延之"
        )
        if half_unit is None or m.group("pre") == "上" or period:
            return None  # 上半年 is a period, not half a year
        return Draft(
            m.start(),
            m.end(),
            number_start,
            Kind.DURATION,
            half_unit,
            half,
            None,
            None,
            _qualifier(m, None, False),
            Decimal(0),
        )
    word = m.group("halfword")
    qualifier = HALF_QUALIFIER.get(word) or _qualifier(m, None, False)
    kind = Kind.SHARE if zh_kind.is_share_frame(text, number_start) else Kind.FRACTION
    if zh_kind.change_kind(text, m.start()) == "decline":
        kind = Kind.DECLINE  # 减少了一半
    return Draft(
        m.start(), m.end(), number_start, kind, "ratio", half, None, None, qualifier, Decimal(0)
    )


def _magnitude(text: str) -> Decimal:
    for word, factor in MAGNITUDES:
        if text.endswith(word):
            return factor
    return Decimal(1)


def _general(text: str, m: re.Match[str], number_start: int) -> Draft | None:
    n1_text = m.group("n1")
    n2_text = m.group("n2")
    unit = m.group("unit") or m.group("u1")
    digits = bool(_CJK_DIGITS.search(n1_text))
    numeral = _numeral(n1_text)
    if numeral is None:
        return None
    if unit is not None and unit.startswith("成"):
        unit = "成"
    if not digits and unit is None and not _money_context(text, m, n1_text):
        return None
    if not digits and n1_text in ("一",) and unit not in ("%", "倍", "成", "半"):
        return None
    if m.group("pre") == "上" and n1_text not in MAGNITUDE_ONLY:
        return None
    low = high = None
    value = numeral.value
    precision = numeral.precision
    ranged = False
    if n2_text is not None:
        upper = _numeral(n2_text)
        if upper is None or upper.value is None or numeral.value is None:
            return None
        lower_value = numeral.value
        if _magnitude(n1_text) == 1 and _magnitude(n2_text) != 1:
            lower_value *= _magnitude(n2_text)
        if unit == "年" and len(n1_text) == 4 and n1_text.isdigit():
            return None  # 2021-2025年 is a span of years, a date
        if upper.value < lower_value:
            return None  # "2-0" scores, "10-9" and the like are not ranges
        low, high, value, ranged = lower_value, upper.value, None, True
        precision = upper.precision
    elif numeral.value is None:
        low, high = numeral.low, numeral.high
    after = text[m.end() : m.end() + 3]
    if unit is None:
        currency = CURRENCY_SYMBOLS.get(m.group("cur") or "")
        if currency is None and _money_context(text, m, n1_text):
            currency = "CNY"  # 营收超百亿, 月薪六千五: 元 left out
        if currency is not None:
            return _with_unit(
                text,
                m,
                number_start,
                currency,
                value,
                low,
                high,
                precision,
                _qualifier(m, numeral, ranged),
                1,
            )
        return _bare(m, number_start, numeral, value, low, high, precision, ranged)
    if unit == "年" and value is not None and 1900 <= value <= 2100 and len(n1_text) == 4:
        return None  # 2025年, 二〇二四年: a date
    if unit in ("年", "个月", "天", "周") and (
        after[:1] in ("来", "前", "后") or after.startswith("以来")
    ):
        return None  # 近5年来, 十年前: a period
    if unit in DATE_UNITS or (unit == "周" and after[:1] == "岁") or after.startswith("生活圈"):
        return None
    if unit == "度" and not _ELECTRICITY.search(
        text, zh_kind.clause_start(text, number_start), m.end()
    ):
        return None  # 360度全景, 气温39度: not electricity
    if unit == "强" and (
        (after[:1] and "\u4e00" <= after[0] <= "\u9fff")
        or text[:number_start].endswith(("世界", "全球", "中国"))
    ):
        return None  # 百强县, 世界500强: labels
    qualifier = _qualifier(m, numeral, ranged)
    if qualifier is Qualifier.EXACT:
        qualifier = _distant_qualifier(text, m.start()) or _threshold_word(after) or qualifier
    sign = -1 if m.group("sign") == "-" else 1
    draft = _with_unit(text, m, number_start, unit, value, low, high, precision, qualifier, sign)
    if draft is not None and m.group("post") in ("以上", "以下") and _modifies_noun(text, m.end()):
        draft = replace(draft, threshold=True)
    return draft


CURRENCY_SYMBOLS = {"HK$": "HKD", "US$": "USD", "$": "USD", "¥": "CNY", "￥": "CNY"}
_ELECTRICITY = re.compile(r"电|能耗|千瓦")
_MONEY_CUES = re.compile(
    r"营收|收入|售价|价格|月薪|年薪|工资|薪|利润|净利|销售额|市值|票房|身价|报价|花费|花了"
)
_DISTANT = {
    "约占": Qualifier.ABOUT,
    "大约占": Qualifier.ABOUT,
    "最多": Qualifier.AT_MOST,
    "最高": Qualifier.AT_MOST,
    "至少": Qualifier.AT_LEAST,
    "最少": Qualifier.AT_LEAST,
    "不超过": Qualifier.AT_MOST,
    "不少于": Qualifier.AT_LEAST,
}
_DISTANT_WORDS = re.compile("|".join(_DISTANT))


def _money_context(text: str, m: re.Match[str], numeral_text: str) -> bool:
    """A bare number is money when a money word leads its clause and it has a magnitude or
    an elided place (营收超百亿, 月薪六千五)."""
    scaled = any(ch in numeral_text for ch in "万亿千百") or not numeral_text[-1:].isdigit()
    if not scaled:
        return False
    start = zh_kind.clause_start(text, m.start())
    return _MONEY_CUES.search(text, start, m.start()) is not None


def _distant_qualifier(text: str, match_start: int) -> Qualifier | None:
    """最多可申领5张, 至少建设1个: a bounding word a few characters before the number;
    约占…的60%: 约 bounds the share its 占 introduces, however long the whole's name."""
    clause = zh_kind.clause_start(text, match_start)
    if "约占" in text[clause:match_start]:
        return Qualifier.ABOUT
    window_start = max(clause, match_start - 6)
    found = None
    for w in _DISTANT_WORDS.finditer(text, window_start, match_start):
        found = _DISTANT[w.group(0)]
    return found


def _threshold_word(after: str) -> Qualifier | None:
    """迈上5000亿元台阶, 跨过四万亿元大关: a threshold passed."""
    return Qualifier.OVER if after.startswith(("大关", "台阶", "关口")) else None


def _modifies_noun(text: str, position: int) -> bool:
    """Whether the text goes on with a noun: 2亿元以上重大项目 names a class of projects."""
    if position >= len(text):
        return False
    ch = text[position]
    return "\u4e00" <= ch <= "\u9fff" and ch not in "的,，。;；、和或及等"


def _bare(
    m: re.Match[str],
    number_start: int,
    numeral: Numeral,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    precision: Decimal,
    ranged: bool,
) -> Draft | None:
    """A number with no unit: kept only to inherit the unit of the next list item."""
    if value is None and low is None:
        return None
    return Draft(
        start=_surface_start(m, number_start),
        end=m.end(),
        number_start=number_start,
        kind=Kind.COUNT,
        unit="none",
        value=value,
        low=low,
        high=high,
        qualifier=_qualifier(m, numeral, ranged),
        precision=precision,
        bare=True,
    )


def _scaled(value: Decimal | None, factor: Decimal) -> Decimal | None:
    return None if value is None else value * factor


def _with_unit(
    text: str,
    m: re.Match[str],
    number_start: int,
    unit: str,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    precision: Decimal,
    qualifier: Qualifier,
    sign: int,
) -> Draft | None:
    start = _surface_start(m, number_start)
    if unit in ("%", "‰", "成"):
        factor = {"%": Decimal("0.01"), "‰": Decimal("0.001"), "成": Decimal("0.1")}[unit]
        if unit == "成" and m.group("n1") == "一":
            return None
        kind_name, _ = zh_kind.percent_kind(text, m.start(), m.end())
        kind = Kind(kind_name)
        if m.group("sign") == "+" and kind is Kind.SHARE:
            kind = Kind.GROWTH
        if sign < 0 and kind in (Kind.GROWTH, Kind.SHARE):
            kind = Kind.DECLINE
        if unit == "成" and m.group("cheng2") and value is not None:
            tenth = _numeral(m.group("cheng2"))
            if tenth is not None and tenth.value is not None:
                value = value + tenth.value / 10  # 三成五 is 3.5成
                precision = precision / 10
        if unit == "成" and kind is Kind.SHARE and not zh_kind.is_share_frame(text, number_start):
            kind = Kind.FRACTION
        code = "percent"
    elif unit in ("个百分点", "百分点"):
        factor = Decimal(1) * zh_kind.point_sign(text, number_start) * sign
        kind, code = Kind.PP_DIFFERENCE, "percentage_point"
    elif unit == "倍":
        found = zh_kind.nearest_keyword(
            text, zh_kind.clause_start(text, number_start), number_start
        )
        growth = found is not None and found[1] == "growth_verbs" and found[0] not in ("高于",)
        kind, code, factor = (Kind.GROWTH if growth else Kind.RATIO), "ratio", Decimal(1)
    elif unit == "折":
        big = value is not None and value >= 10  # 七五折 is 75% of the price, 八折 80%
        kind, code, factor = Kind.RATIO, "ratio", Decimal("0.01") if big else Decimal("0.1")
    elif unit in ("点", "大"):
        kind, code, factor = Kind.COUNT, f"count:{unit}", Decimal(1)
    elif unit == "强":
        kind, code, factor = Kind.RANK, "rank", Decimal(1)
        qualifier = Qualifier.AT_MOST
    else:
        word: UnitWord | None = unit_words().get(unit)
        if unit in CURRENCY_SYMBOLS.values():
            code, factor, kind = unit, Decimal(1), Kind.AMOUNT
        elif word is None:
            return None
        else:
            code, factor = word.code, word.factor
            kind = Kind(word.kind)
        change = zh_kind.change_kind(text, number_start)
        if change is not None:
            kind = Kind(change)
        if sign < 0 and kind is Kind.GROWTH:
            kind = Kind.DECLINE
    if factor < 0:
        return Draft(
            start,
            m.end(),
            number_start,
            kind,
            code,
            _scaled(value, factor),
            _scaled(high, factor),
            _scaled(low, factor),
            qualifier,
            precision * -factor,
        )
    return Draft(
        start,
        m.end(),
        number_start,
        kind,
        code,
        _scaled(value, factor),
        _scaled(low, factor),
        _scaled(high, factor),
        qualifier,
        precision * factor,
    )


def _share_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """Give a bare list item the unit of the next one (产量分别为3.2、4.5万吨); drop the rest."""
    out: list[Draft] = []
    for i, draft in enumerate(drafts):
        if not draft.bare:
            out.append(draft)
            continue
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        between = text[draft.end : nxt.number_start] if nxt else ""
        if nxt is None or nxt.bare or between.strip() not in ("、", "和", "与", "及", "至", "到"):
            if _MAGNITUDE_WORD.search(text, draft.number_start, draft.end):
                # 网民规模达9.04亿: a quantity whose unit the copy leaves out
                out.append(replace(draft, bare=False, note="no unit written"))
            continue
        scale = Decimal(1)
        nxt_text = text[nxt.number_start : nxt.end]
        if (
            nxt.value is not None
            and draft.value is not None
            and _magnitude(text[draft.number_start : draft.end]) == 1
        ):
            for word, factor in MAGNITUDES:
                if word in nxt_text:
                    scale = factor
                    break
        unit_factor = Decimal(1)
        if nxt.unit == "percent":
            unit_factor = Decimal("0.01")
        factor = scale * unit_factor
        out.append(
            replace(
                draft,
                kind=nxt.kind,
                unit=nxt.unit,
                value=_scaled(draft.value, factor),
                low=_scaled(draft.low, factor),
                high=_scaled(draft.high, factor),
                precision=draft.precision * factor,
                bare=False,
                note="unit taken from the next item of the list",
            )
        )
    return out


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
        scope = replace(
            scope,
            metric=inherited.metric,
            metric_key=inherited.metric_key,
            modifier=inherited.metric_modifier,
        )
        if scope.subject is None and inherited.subject is not None:
            scope = replace(scope, subject=inherited.subject, subject_key=inherited.subject_key)
    if scope.subject is None:
        subject, subject_key = first_entity(text, draft.number_start, lex)
    else:
        subject, subject_key = scope.subject, scope.subject_key
    if subject_key is not None and not subject_key.startswith("@"):
        entity_counts[subject_key] = entity_counts.get(subject_key, 0) + 1
    local_period = period
    base = base_scope = None
    if draft.kind in (Kind.SHARE, Kind.FRACTION):
        zhan = head.rfind("占")
        if zhan >= 0:
            base = _BASE_TAIL.sub("", head[zhan + 1 :]) or None
            base_scope = read_head(base, lex) if base else None
            if base_scope is not None and base_scope.subject_key is None:
                base_scope = replace(base_scope, subject_key=subject_key)
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
        ),
        sentence=sentence.index,
        paragraph=sentence.paragraph,
        section=sentence.section,
        role=sentence.role.value,
        threshold=draft.bound.value if draft.bound else None,
        threshold_unit=draft.bound.unit if draft.bound else None,
        threshold_qualifier=draft.bound.qualifier if draft.bound else None,
        note=draft.note,
    )


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


def enumerations(doc: Document, claims: list[Claim], texts: list[str]) -> list[Claim]:
    """Enumeration claims of the document (分别 lists and numbered points)."""
    from claims.extraction.zh_lists import included_lists, numbered_points, respectively_lists

    out: list[Claim] = []
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
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
                lo, hi = sentence.source_span(found.values_start, found.values_end)
                members = tuple(
                    c.id for c in by_sentence.get(sentence.index, ()) if lo <= c.start < hi
                )
            out.append(
                _enumeration(
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


def _enumeration(
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
