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


def test_configuration_example_is_valid(tmp_path: Path) -> None:
    import factcheck
    from factcheck.config import load_config

    text = README.read_text("utf-8")
    toml = re.search(r"```toml\n(.*?)```", text, re.S)
    lexicon = re.search(r"```yaml\n(metrics:.*?)```", text, re.S)
    assert toml is not None and lexicon is not None
    (tmp_path / "pyproject.toml").write_text(toml.group(1), "utf-8")
    (tmp_path / "newsroom-lexicon.yaml").write_text(lexicon.group(1), "utf-8")
    page = tmp_path / "page.md"
    page.write_text("全省进出口3964.6亿元，其中出口2181.3亿元，占全省进出口的55%。\n", "utf-8")
    config = load_config(str(page))
    assert config.fail_on == "warning"
    assert config.ignore == ("FC403",)
    assert factcheck.check(page).findings == ()
