"""The README's rule table, rendered from the rule metadata (run as a module to refresh it)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from factcheck.rules.registry import all_rules
from factcheck.suppression import UNUSED_SUPPRESSION

START = (
    "<!-- rules-table: generated from the rule metadata; tests/test_readme.py keeps it in step -->"
)
END = "<!-- end rules-table -->"


def rules_table() -> str:
    metas = [rule.meta for rule in all_rules()] + [UNUSED_SUPPRESSION]
    rows = ["| id | name | severity | checks |", "|---|---|---|---|"]
    for meta in sorted(metas, key=lambda m: m.id):
        anchor = f'<a id="{meta.id.lower()}"></a>'
        rows.append(f"| {anchor}{meta.id} | {meta.name} | {meta.severity.value} | {meta.summary} |")
    return "\n".join(rows)


def refreshed(readme: str) -> str:
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    return pattern.sub(lambda _: f"{START}\n{rules_table()}\n{END}", readme)


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    path.write_text(refreshed(path.read_text("utf-8")), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
