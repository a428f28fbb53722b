"""The library entry point for editorial tools: check a text or a file, get a Report."""

from __future__ import annotations

import os
from pathlib import Path

import claims
from factcheck.config import Config, load_config
from factcheck.engine import check_document
from factcheck.inputs import read_input
from factcheck.report import Report


def _names_a_file(text: str) -> bool:
    """Whether a string is the path of an existing file rather than copy."""
    if "\n" in text or len(text) > 1024:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL character
        return False


def check(text_or_path: str | os.PathLike[str], config: Config | None = None) -> Report:
    """Check copy given as text, or as the path of a file (Markdown, text or HTML).

    A ``str`` that names an existing file is read as that file; any other ``str`` is the copy
    itself. Without ``config``, a file's configuration is looked up from its folder upward.
    """
    path: str | None = None
    if isinstance(text_or_path, os.PathLike) or _names_a_file(text_or_path):
        path = os.fspath(text_or_path)
        source = read_input(path)
        text = source.text
        if config is None:
            config = load_config(path)
    else:
        text = str(text_or_path)
    doc = claims.parse(text, path)
    config = config or Config()
    return check_document(doc, claims.extract(doc, lexicon=config.lexicon), config)
