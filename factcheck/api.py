"""The library entry point for editorial tools: check a text or a file, get a Report."""

from __future__ import annotations

import os
from pathlib import Path

import claims
from factcheck.config import Config, load_config
from factcheck.engine import check_document
from factcheck.inputs import read_input
from factcheck.report import Report


def check(text_or_path: str | os.PathLike[str], config: Config | None = None) -> Report:
    """Check copy given as text, or as the path of a file (Markdown, text or HTML).

    A ``str`` that names an existing file is read as that file; any other ``str`` is the copy
    itself. Without ``config``, a file's configuration is looked up from its folder upward.
    """
    path: str | None = None
    if isinstance(text_or_path, os.PathLike) or (
        isinstance(text_or_path, str)
        and "\n" not in text_or_path
        and len(text_or_path) < 4096
        and Path(text_or_path).is_file()
    ):
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
