"""The README's promises: its library example runs, its rule table matches the rules."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.docs import refreshed

README = Path(__file__).parent.parent / "README.md"


def test_library_example_runs() -> None:
    text = README.read_text("utf-8")
    section = text.split("## As a library", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    exec(compile(code.group(1), "README.md", "exec"), {})


def test_rules_table_is_in_step_with_the_rules() -> None:
    text = README.read_text("utf-8")
    assert refreshed(text) == text, "run: python -m factcheck.docs README.md"


def test_quick_start_commands_are_the_ci_commands() -> None:
    text = README.read_text("utf-8")
    ci = (README.parent / ".ci" / "run").read_text("utf-8")
    assert 'pip install -e ".[test]" && python -m pytest' in text
    assert 'pip install -e ".[test]"' in ci
    assert "python -m pytest" in ci
    assert "pip install . && factcheck check" in text
