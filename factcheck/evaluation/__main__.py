"""``python -m factcheck.evaluation [--corpus DIR] [--json]``: print the corpus figures."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck.evaluation import (
    CorpusError,
    check_text,
    default_corpus_dir,
    evaluate,
    floor_failures,
    load_corpus,
    render_text,
)


def main(argv: Sequence[str] | None = None) -> int:
    """0 when the floors are met, 1 when not, 2 when the corpus cannot be read."""
    parser = argparse.ArgumentParser(prog="python -m factcheck.evaluation", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    folder: Path = args.corpus or default_corpus_dir()
    try:
        passages = load_corpus(folder)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    figures = evaluate(passages, check_text, corpus=str(folder))
    failures = floor_failures(figures)
    if args.json:
        print(
            json.dumps(
                figures.as_json() | {"floor_failures": failures}, ensure_ascii=False, indent=2
            )
        )
    else:
        print(render_text(figures), end="")
        for line in failures:
            print(f"below floor: {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
