"""The evaluation corpus: published passages and the relations checked by hand in them.

The corpus lives outside the repository (its text is not ours to copy), next to it at
``<repo>/../shared/corpus/zh-news`` unless ``FACTCHECK_CORPUS`` names another folder. Each
relation of ``relations.yaml`` quotes the numbers it involves verbatim; the harness reads
those quotes generically, whatever key holds them, so a new relation kind needs no code.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

#: Keys whose strings are prose about the relation, not quotations of the passage.
PROSE_KEYS = frozenset({"note", "description", "claim", "derivation", "subkind", "order", "kind"})

#: Keys whose strings are quoted as the relation's headline figure: mutated first.
STATED_KEYS = ("stated", "total", "headline", "first")

_DIGITS = "0123456789０１２３４５６７８９"
_ZH_DIGITS = "〇○零一二三四五六七八九十两兩壹贰貳叁參肆伍陆陸柒捌玖拾"
_NUMERIC = re.compile(f"[{_DIGITS}{_ZH_DIGITS}]")

RELATIONS_FILE = "relations.yaml"


class CorpusError(Exception):
    """The corpus folder or its relations file cannot be read; str() names the file."""


class Relation(BaseModel):
    """One hand-checked relation of a passage, reduced to what the harness measures."""

    model_config = ConfigDict(frozen=True)

    file: str
    index: int
    kind: str
    holds: str
    quotes: tuple[str, ...]
    stated_quotes: tuple[str, ...] = ()
    stated: str | None = None
    items: tuple[str, ...] = ()
    order: str | None = None
    ranked: tuple[tuple[str, float], ...] = ()
    note: str = ""

    @property
    def label(self) -> str:
        return f"{self.file}#{self.index} {self.kind}"


class Passage(BaseModel):
    """A corpus file: its full text (front matter included: claim offsets count it too)."""

    model_config = ConfigDict(frozen=True)

    file: str
    text: str
    relations: tuple[Relation, ...]

    @property
    def has_false(self) -> bool:
        return any(r.holds == "false" for r in self.relations)


def default_corpus_dir() -> Path:
    """``$FACTCHECK_CORPUS``, else ``<repo>/../shared/corpus/zh-news``."""
    override = os.environ.get("FACTCHECK_CORPUS")
    if override:
        return Path(override)
    repo = Path(__file__).resolve().parents[2]
    return repo.parent / "shared" / "corpus" / "zh-news"


def is_numeric_quote(text: str) -> bool:
    """Whether a string quotes a number: it holds a digit or a Chinese numeral digit."""
    return _NUMERIC.search(text) is not None


def collect_quotes(raw: Mapping[str, object]) -> tuple[str, ...]:
    """Every quoted number of a relation, stated-like keys first, then in file order.

    All string leaves holding a digit or a Chinese numeral digit, except under prose keys.
    Count relations list item *names* under ``items``, and rank items are ``[name, quote,
    value]``: names are not numbers (四川 holds a numeral), so only a rank's quotes count.
    """
    skip = set(PROSE_KEYS)
    if raw.get("kind") in ("count", "rank"):
        skip.add("items")  # names; a rank's quoted values are added below
    ordered = [k for k in STATED_KEYS if k in raw] + [k for k in raw if k not in STATED_KEYS]
    seen: dict[str, None] = {}
    for key in ordered:
        if key in skip:
            continue
        for leaf in _string_leaves(raw[key]):
            if is_numeric_quote(leaf):
                seen.setdefault(leaf, None)
    for quote, _ in _ranked(raw):
        seen.setdefault(quote, None)
    return tuple(seen)


def _string_leaves(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _string_leaves(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _string_leaves(item)


def _count_items(raw: Mapping[str, object]) -> tuple[str, ...]:
    items = raw.get("items")
    if raw.get("kind") != "count" or not isinstance(items, list):
        return ()
    return tuple(str(i) for i in items)


def _ranked(raw: Mapping[str, object]) -> tuple[tuple[str, float], ...]:
    """Rank items as (quoted value, numeric value): ``[name, quote, number]`` triples."""
    items = raw.get("items")
    if raw.get("kind") != "rank" or not isinstance(items, list):
        return ()
    ranked: list[tuple[str, float]] = []
    for item in items:
        if isinstance(item, list) and len(item) == 3 and isinstance(item[2], int | float):
            ranked.append((str(item[1]), float(item[2])))
    return tuple(ranked)


def relation_from_raw(file: str, index: int, raw: Mapping[str, object]) -> Relation:
    stated = raw.get("stated")
    order = raw.get("order")
    return Relation(
        file=file,
        index=index,
        kind=str(raw.get("kind", "other")),
        holds=str(raw.get("holds", "unclear")).lower(),
        quotes=collect_quotes(raw),
        stated_quotes=tuple(
            leaf
            for key in STATED_KEYS
            for leaf in _string_leaves(raw.get(key))
            if is_numeric_quote(leaf)
        ),
        stated=stated if isinstance(stated, str) else None,
        items=_count_items(raw),
        order=order if isinstance(order, str) else None,
        ranked=_ranked(raw),
        note=str(raw.get("note") or raw.get("description") or raw.get("claim") or ""),
    )


def load_corpus(folder: Path) -> tuple[Passage, ...]:
    """Passages of ``folder`` that ``relations.yaml`` describes, plus any it does not."""
    rel_path = folder / RELATIONS_FILE
    try:
        entries = yaml.safe_load(rel_path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(f"{rel_path}: {exc}") from exc
    if not isinstance(entries, list):
        raise CorpusError(f"{rel_path}: expected a list of files")
    relations: dict[str, list[Relation]] = {}
    for entry in entries:
        if not isinstance(entry, Mapping) or "file" not in entry:
            raise CorpusError(f"{rel_path}: an entry has no 'file'")
        file = str(entry["file"])
        raws = entry.get("relations") or []
        relations[file] = [
            relation_from_raw(file, i, raw)
            for i, raw in enumerate(raws)
            if isinstance(raw, Mapping)
        ]
    files = sorted({p.name for p in folder.glob("*.md")} | set(relations))
    passages = []
    for file in files:
        path = folder / file
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CorpusError(f"{path}: {exc}") from exc
        passages.append(Passage(file=file, text=text, relations=tuple(relations.get(file, []))))
    return tuple(passages)
