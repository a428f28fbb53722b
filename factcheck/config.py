"""Project settings: which rules run, at what severity, with which options, on which files.

Settings live next to the copy, in ``factcheck.toml`` or in ``[tool.factcheck]`` of
``pyproject.toml``, found by walking up from the checked file's folder, as ruff finds its
settings. Keys may be written ``per-file-ignores`` or ``per_file_ignores``.

Rules are named by selectors, and every selector form works everywhere: an id (``FC101``), a
name (``share-mismatch``), a family prefix (``FC1``, ``FC10``, ``FC1xx``) or ``ALL``. When a
selector in ``select`` and one in ``ignore`` both match a rule, the more specific one wins
(``select = ["FC101"]`` with ``ignore = ["FC1"]`` keeps FC101); on a tie, ``ignore`` wins.
``per_file_ignores`` always wins: it is the last word for the files it names.

Every mistake is reported as one line naming the file, the key and what is allowed, because a
newsroom's CI log is read by people who did not write the setting.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from factcheck.finding import Severity
from factcheck.rules.base import RuleMeta

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"
FAIL_ON_VALUES = ("error", "warning", "never")

#: Specificity of an exact id or name; prefixes score their length (at most 5, "FC101").
_EXACT = 100
_PREFIX = re.compile(r"FC\d{0,3}")


class ConfigError(Exception):
    """A setting that cannot be used; ``str()`` is one line: file, key, allowed values."""


class Config(BaseModel):
    """The settings, validated. ``source`` is the file they came from (``None``: defaults)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = {}
    per_file_ignores: dict[str, tuple[str, ...]] = {}
    rules: dict[str, dict[str, object]] = {}
    lexicon: tuple[str, ...] = ()
    fail_on: Literal["error", "warning", "never"] = "error"
    source: str | None = None

    @field_validator("select", "ignore", "lexicon", mode="before")
    @classmethod
    def _one_string_is_a_list(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @field_validator("per_file_ignores", mode="before")
    @classmethod
    def _one_selector_per_glob(cls, value: object) -> object:
        if isinstance(value, Mapping):
            return {k: (v,) if isinstance(v, str) else v for k, v in value.items()}
        return value

    def is_enabled(self, meta: RuleMeta, path: str | None) -> bool:
        """Whether ``meta``'s rule runs on ``path`` (``None`` or ``"-"``: no per-file ignores)."""
        if path is not None and path != "-":
            for pattern in self._matching_globs(path):
                if _best_match(self.per_file_ignores[pattern], meta) is not None:
                    return False
        selected = _best_match(self.select, meta) if self.select else 0
        if selected is None:
            return False
        ignored = _best_match(self.ignore, meta) if self.ignore else None
        return ignored is None or selected > ignored

    def severity_for(self, meta: RuleMeta) -> Severity:
        """The most specific ``severity`` entry for the rule, else its default severity."""
        best: tuple[int, Severity] | None = None
        for selector, severity in self.severity.items():
            score = selector_specificity(selector, meta)
            if score is not None and (best is None or score >= best[0]):
                best = (score, severity)
        return meta.severity if best is None else best[1]

    def options_for(self, meta: RuleMeta) -> BaseModel:
        """The rule's options validated against ``meta.options``; ConfigError when they misfit."""
        keys = [key for key in self.rules if selector_specificity(key, meta) == _EXACT]
        merged: dict[str, object] = {}
        for key in keys:
            merged.update({_snake(k): v for k, v in self.rules[key].items()})
        table = f"rules.{keys[0]}" if keys else f"rules.{meta.id}"
        unknown = sorted(set(merged) - set(meta.options.model_fields)) if merged else []
        if unknown:
            allowed = tuple(meta.options.model_fields)
            listed = f"allowed options are {', '.join(allowed)}" if allowed else "it has no options"
            raise ConfigError(
                f"{_place(self.source, table)} unknown option {unknown[0]!r} for {meta.id} "
                f"{meta.name}: {listed}"
            )
        try:
            return meta.options.model_validate(merged) if merged else _defaults(meta.options)
        except ValidationError as exc:
            error = exc.errors()[0]
            option = ".".join(str(part) for part in error["loc"])
            raise ConfigError(
                f"{_place(self.source, table)} {option} = {error.get('input')!r}: {error['msg']}"
            ) from None

    def check_rules(self, metas: Sequence[RuleMeta]) -> None:
        """Fail on selectors that name no rule and on rule options that do not validate.

        Kept apart from :func:`load_config` so loading needs no rule registry; the caller
        that has one should call this once, before checking anything.
        """
        places: list[tuple[str, Iterable[str]]] = [
            ("select", self.select),
            ("ignore", self.ignore),
            ("severity", self.severity),
            ("rules", self.rules),
        ]
        places += [(f"per_file_ignores.{g!r}", sel) for g, sel in self.per_file_ignores.items()]
        for key, selectors in places:
            for selector in selectors:
                if not any(selector_specificity(selector, m) is not None for m in metas):
                    raise ConfigError(
                        f"{_place(self.source)} {key} names {selector!r}: no rule has this id, "
                        "name or prefix (`factcheck rules` lists them)"
                    )
        for meta in metas:
            self.options_for(meta)

    def _matching_globs(self, path: str) -> list[str]:
        base = os.path.dirname(self.source) if self.source else os.getcwd()
        relative = PurePosixPath(Path(os.path.relpath(os.path.abspath(path), base)).as_posix())
        found = []
        for pattern in self.per_file_ignores:
            glob = pattern.removeprefix("./")
            if glob and (fnmatch.fnmatchcase(str(relative), glob) or relative.match(glob)):
                found.append(pattern)
        return found


@functools.cache
def _defaults(options: type[BaseModel]) -> BaseModel:
    """A rule's options when the settings name none: one frozen instance per options model,
    since the engine asks for them for every rule of every document."""
    return options.model_validate({})


def selector_specificity(selector: str, meta: RuleMeta) -> int | None:
    """How specifically ``selector`` names ``meta``'s rule, or ``None`` if it does not.

    ``ALL`` scores 0, a family prefix its length, an exact id or name the most.
    """
    text = selector.strip()
    if text.upper() == "ALL":
        return 0
    if text.upper() == meta.id.upper() or text.lower() == meta.name.lower():
        return _EXACT
    prefix = text.upper().rstrip("X")
    if _PREFIX.fullmatch(prefix) and meta.id.upper().startswith(prefix):
        return len(prefix)
    return None


def _best_match(selectors: Iterable[str], meta: RuleMeta) -> int | None:
    scores = [s for s in (selector_specificity(x, meta) for x in selectors) if s is not None]
    return max(scores, default=None)


# --- loading ----------------------------------------------------------------------------------


def load_config(start: str | None, explicit: str | None = None) -> Config:
    """The settings for a checked file or folder ``start`` (``None``/``"-"``: the working folder).

    ``explicit`` (``--config``) skips the search. With no settings file found, the defaults.
    """
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{explicit}: no such config file")
        table = _read_table(path)
        if table is None:
            raise ConfigError(f"{explicit}: no [tool.factcheck] table")
        return _build(path, table)
    found = find_config(start)
    if found is None:
        return Config()
    path, table = found
    return _build(path, table)


def find_config(start: str | None) -> tuple[Path, dict[str, object]] | None:
    """The nearest ``factcheck.toml``, or ``pyproject.toml`` with ``[tool.factcheck]``, upward."""
    folder = Path.cwd() if start in (None, "-", "") else Path(start).absolute()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own, _read_table(own) or {}
        pyproject = candidate / PYPROJECT
        if pyproject.is_file():
            table = _read_table(pyproject)
            if table is not None:
                return pyproject, table
    return None


def _read_table(path: Path) -> dict[str, object] | None:
    """The settings table of a file; ``None`` for a pyproject.toml without one."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{_shown(path)}: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{_shown(path)}: cannot read: {exc.strerror or exc}") from None
    if path.name == PYPROJECT and "factcheck" not in text:
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{_shown(path)}: invalid TOML: {exc}") from None
    if path.name != PYPROJECT:
        return data
    tool = data.get("tool")
    table = tool.get("factcheck") if isinstance(tool, dict) else None
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{_shown(path)}: [tool.factcheck] must be a table")
    return table


def _build(path: Path, table: Mapping[str, object]) -> Config:
    source = str(path.absolute())
    written = {_snake(key): key for key in table}
    values: dict[str, object] = {_snake(key): value for key, value in table.items()}
    if "source" in values:
        raise ConfigError(f"{_place(source)} unknown key {written['source']!r}: {_allowed_keys()}")
    values["source"] = source
    try:
        config = Config.model_validate(values)
    except ValidationError as exc:
        raise ConfigError(_explain(source, exc, written)) from None
    return config.model_copy(update={"lexicon": _resolve_lexicon(config, path.parent)})


def _resolve_lexicon(config: Config, folder: Path) -> tuple[str, ...]:
    resolved = []
    for entry in config.lexicon:
        path = (folder / entry).absolute()
        if not path.is_file():
            raise ConfigError(f"{_place(config.source)} lexicon = {entry!r}: no such file ({path})")
        resolved.append(str(path))
    return tuple(resolved)


def _explain(source: str, exc: ValidationError, written: Mapping[str, str]) -> str:
    error = exc.errors()[0]
    loc = [str(part) for part in error["loc"] if part != "[key]"]
    field = loc[0] if loc else ""
    key = ".".join([written.get(field, field), *loc[1:]])
    if error["type"] == "extra_forbidden":
        return f"{_place(source)} unknown key {key!r}: {_allowed_keys()}"
    shown = f"{_place(source)} {key} = {error.get('input')!r}:"
    if field == "fail_on":
        return f"{shown} allowed values are {', '.join(FAIL_ON_VALUES)}"
    if field == "severity":
        return f"{shown} allowed values are {', '.join(s.value for s in Severity)}"
    if field == "rules":
        return f"{shown} expected a table of rule options"
    if field == "per_file_ignores":
        return f"{shown} expected a list of rule ids, names or prefixes"
    if field == "lexicon":
        return f"{shown} expected a list of lexicon file paths"
    return f"{shown} expected a list of rule ids, names or prefixes, e.g. ['FC1', 'share-mismatch']"


def _allowed_keys() -> str:
    keys = [k for k in Config.model_fields if k != "source"]
    return f"allowed keys are {', '.join(keys)}"


def _place(source: str | None, table: str = "") -> str:
    """``file: [table]``, the prefix of every message; the root table of factcheck.toml unnamed."""
    shown = "settings" if source is None else _shown(Path(source))
    if source is not None and Path(source).name == PYPROJECT:
        table = f"tool.factcheck.{table}" if table else "tool.factcheck"
    return f"{shown}: [{table}]" if table else f"{shown}:"


def _shown(path: Path) -> str:
    """The path relative to the working folder when it lies inside it, else absolute."""
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _snake(key: str) -> str:
    return key.replace("-", "_")
