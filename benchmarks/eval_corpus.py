"""Print the checker's figures on the published-news corpus.

Usage: ``python benchmarks/eval_corpus.py [--corpus DIR] [--json]`` (the same as
``python -m factcheck.evaluation``); exits 1 when a floor is not met.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.evaluation.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
