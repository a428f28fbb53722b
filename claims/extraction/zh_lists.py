"""Enumerations: lists of named items, so a rule can hold them against a stated count.

Three shapes carry a count in Chinese copy: a 分别 ("respectively") list, whose items
before 分别 pair with the values after it; a list after 分别是/分别为/包括; and numbered
points 一是…二是…三是 (or ①②③, (一)(二)). Each becomes an ``enumeration`` claim whose
value is the number of items, with the items themselves and, for 分别, the ids of the
values they pair with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CLAUSE_END = re.compile(r"[;；。!！?？]")
_RESPECTIVELY = re.compile(r"分别")
_LIST_AFTER = re.compile(r"(?:分别是|分别为|包括|依次是|依次为)")
_MARKERS = re.compile(r"(?:^|[:：;；，,。\s])(一|二|三|四|五|六|七|八|九|十)是")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_LEADING = re.compile(r"^(?:其中|同期|对|向|在|而|其|并|且|另外|此外|同时)+")
_VALUE = re.compile(r"[0-9一二三四五六七八九十百千万亿两]")
ORDINALS = "一二三四五六七八九十"


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A list found in clean sentence text: [start, end) offsets, its items, and its shape."""

    start: int
    end: int
    items: tuple[str, ...]
    shape: str  # "respectively", "listed", "numbered"
    values_start: int = -1  # where the paired values begin (respectively lists)
    values_end: int = -1


def _split_items(text: str) -> tuple[str, ...]:
    parts = [p.strip() for p in split_items(text, _ALL_JOINERS, _ITEM_OR_CLAUSE_MARKS)]
    return tuple(p for p in parts if p)


#: What separates the items of a list, and what joins its last two (see ``split_items``).
_ITEM_MARKS = re.compile(r"、")
_ITEM_OR_CLAUSE_MARKS = re.compile(r"、|,|，")
_JOINERS = re.compile(r"和|与|及")
_ALL_JOINERS = re.compile(r"以及|和|与|及")
_HEAD_JOINERS = re.compile(r"和|与|及(?!服务)")


_CLAUSE_MARK = re.compile(r"[,，;；:：。!！?？]")


def _clause_start(text: str, position: int) -> int:
    """Where the clause around ``position`` begins: just after the last mark before it."""
    start = 0
    for m in _CLAUSE_MARK.finditer(text, 0, position):
        start = m.end()
    return start


def respectively_lists(text: str) -> list[Enumeration]:
    """分别 lists in one normalized sentence."""
    found: list[Enumeration] = []
    for m in _RESPECTIVELY.finditer(text):
        listed = _LIST_AFTER.match(text, m.start())
        if listed is not None:
            end_m = _LIST_END.search(text, listed.end())
            end = end_m.start() if end_m else len(text)
            body = text[listed.end() : end]
            if not re.search(r"\d", body):
                items = _split_items(body)
                if len(items) >= 2:
                    found.append(Enumeration(listed.end(), end, items, "listed"))
                continue
            # values listed after 分别为: the items stand before 分别
        start, items = _items_before(text, m.start())
        end_m = CLAUSE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        if len(items) >= 2:
            found.append(
                Enumeration(
                    start, m.start(), items, "respectively", values_start=m.end(), values_end=end
                )
            )
    return found


#: A list after 分别是 ends at the end of its clause, not only of its sentence.
_LIST_END = re.compile(r"[,，;；。!！?？]")


def _items_before(text: str, position: int) -> tuple[int, tuple[str, ...]]:
    """The items a 分别 pairs with: in its own clause, or the clause before when its own
    clause holds none ("甲县和乙县为负增长，分别下降了7.4%、16.9%")."""
    start = _clause_start(text, position)
    items = _split_head(text[start:position])
    if len(items) < 2 and start > 0:
        earlier = _clause_start(text, start - 1)
        if "分别" in text[earlier:start]:
            return start, items  # the clause before has its own 分别 list
        previous = _split_head(_PREDICATE.sub("", text[earlier : start - 1]))
        if len(previous) >= 2:
            return earlier, previous
    return start, items


#: What follows the last item of a clause that names its items and then says something of
#: them all ("…和湘西自治州为负增长"): cut at the first verb after the last separator.
_PREDICATE = re.compile(
    r"(?<=[^、和与及])(?:为|是|均|都|实现|出现|呈|分列|位列|列|居|排|占|达|增长|下降)[^和与及]*$"
)


def split_items(
    body: str, joiners: re.Pattern[str] = _JOINERS, marks: re.Pattern[str] = _ITEM_MARKS
) -> list[str]:
    """The items of a list. 、 separates items; 和/与/及 joins only the last two (A、B和C), so
    one that stands before a later 、 belongs to an item's name (储能科学与工程、智能医学工程)."""
    *first, last = marks.split(body)
    return [*first, *joiners.split(last)]


#: Set phrases with 和/与/及 inside that name one item, not two.
_ONE_ITEM = re.compile(r"国家和地区|国家与地区|港澳台地区")


def _split_head(head: str) -> tuple[str, ...]:
    head = _ONE_ITEM.sub(lambda m: m.group(0).replace("和", "\x00").replace("与", "\x01"), head)
    head = _LEADING.sub("", head)
    items = [i for i in (s.strip() for s in split_items(head, _HEAD_JOINERS)) if i]
    if len(items) >= 2:
        items[-1] = _strip_metric(items[-1])
    return tuple(i.replace("\x00", "和").replace("\x01", "与") for i in items if i)


def _strip_metric(item: str) -> str:
    """The last item carries the shared metric: 印度尼西亚进出口 is the item 印度尼西亚."""
    from claims.extraction.zh_scope import lexicon

    last = None
    for m in lexicon().metric.finditer(item):
        last = m
    if last is not None and last.start() > 0 and last.end() >= len(item) - 2:
        return item[: last.start()]
    return item


_BRACKET = re.compile(r"[(（]([一二三四五六七八九十]|[1-9]\d?)[)）]")


def _bracketed(text: str) -> list[int]:
    """Positions of (1)(2)… or (一)(二)… markers, in order from the first."""
    sequence: list[int] = []
    for m in _BRACKET.finditer(text):
        mark = m.group(1)
        number = int(mark) if mark.isdigit() else ORDINALS.index(mark) + 1
        if number == len(sequence) + 1:
            sequence.append(m.start())
        elif number == 1:
            sequence = [m.start()]
    return sequence


def included_lists(text: str) -> list[Enumeration]:
    """包括/包含/涵盖 A、B、C和D: a listed enumeration, when the items carry no numbers."""
    found: list[Enumeration] = []
    for m in _INCLUDES.finditer(text):
        if text[max(m.start() - 2, 0) : m.start()] == "分别":
            continue
        end_m = CLAUSE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        body = text[m.end() : end]
        cut = re.search(r"[,，：:]", body)
        if cut is not None:
            body = body[: cut.start()]
        body = re.sub(r"等.*$", "", body)
        items = tuple(i for i in (p.strip() for p in split_items(body)) if i)
        if len(items) >= 2 and "、" in body and not re.search(r"\d", body):
            found.append(Enumeration(m.end(), m.end() + len(body), items, "listed"))
    return found


_INCLUDES = re.compile(r"包括|包含|涵盖")


def numbered_points(text: str) -> list[Enumeration]:
    """一是…二是…三是 (in order, starting at 一) or circled markers, within one paragraph."""
    marks = [(m.start(1), m.group(1)) for m in _MARKERS.finditer(text)]
    sequence: list[int] = []
    for position, numeral in marks:
        expected = ORDINALS[len(sequence)] if len(sequence) < len(ORDINALS) else None
        if numeral == expected:
            sequence.append(position)
        elif numeral == "一":
            sequence = [position]
    if len(sequence) < 2:
        circled = [i for i, ch in enumerate(text) if ch in _CIRCLED]
        bracketed = _bracketed(text)
        if len(circled) >= 2:
            sequence = circled
        elif len(bracketed) >= 2:
            sequence = bracketed
        else:
            return []
    items = []
    for i, position in enumerate(sequence):
        end = sequence[i + 1] if i + 1 < len(sequence) else len(text)
        piece = text[position:end]
        stop = CLAUSE_END.search(piece)
        items.append(piece[: stop.start()] if stop else piece)
    return [Enumeration(sequence[0], sequence[-1] + len(items[-1]), tuple(items), "numbered")]


_LIST_LEAD = re.compile(
    r"^(?:围绕|包括|涵盖|聚焦|覆盖|形成|建成|打造|拥有|实现|推进|落实|开展|其中|共有|共|有|将|对|在)+"
)


def list_before(text: str, number_start: int) -> Enumeration | None:
    """A 、 list that ends right at a count: "A、B、C三大目标", "A、B和C等3个项目"."""
    if text.find("、", 0, number_start) < 0:
        return None  # the common case, found without looking for the clause
    start = _clause_start(text, number_start)
    head = text[start:number_start]
    if "、" not in head:
        return None
    if head.endswith(("各", "均", "都", "分别")):
        return None  # 长沙、株洲、湘潭各9个: the count is per item, not the number of items
    body = head[:-1] if head.endswith("等") else head
    if not body or body[-1] in "、和与及":
        return None
    lead = _LIST_LEAD.match(body)
    offset = lead.end() if lead else 0
    items = tuple(i for i in (p.strip() for p in split_items(body[offset:])) if i)
    if len(items) < 2 or any(
        len(i) > 20 or (_VALUE.search(i) and re.search(r"\d", i)) for i in items
    ):
        return None
    return Enumeration(start + offset, start + len(body), items, "listed")
