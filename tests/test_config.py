"""Settings: discovery, selectors, per-file ignores, rule options and one-line errors."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from factcheck.config import Config, ConfigError, load_config, selector_specificity
from factcheck.finding import Severity
from factcheck.rules.base import RuleMeta
from tests.factories import GROWTH_RULE, PARTS_RULE


class ShareOptions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    tolerance_pp: Decimal = Decimal("0.5")
    check_headline: bool = True


SHARE = RuleMeta(
    id="FC101",
    name="share-mismatch",
    summary="A share does not match its part and whole.",
    severity=Severity.ERROR,
    doc="",
    options=ShareOptions,
)
PARTS, GROWTH = PARTS_RULE, GROWTH_RULE
ALL_RULES = (SHARE, PARTS, GROWTH)


def enabled(config: Config, path: str | None = None) -> list[str]:
    return [m.id for m in ALL_RULES if config.is_enabled(m, path)]


def test_defaults_enable_everything_at_default_severity() -> None:
    config = Config()
    assert enabled(config) == ["FC101", "FC102", "FC201"]
    assert config.severity_for(GROWTH) is Severity.WARNING
    assert config.fail_on == "error"


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("FC101", ["FC101"]),
        ("fc101", ["FC101"]),
        ("share-mismatch", ["FC101"]),
        ("Share-Mismatch", ["FC101"]),
        ("FC1", ["FC101", "FC102"]),
        ("FC10", ["FC101", "FC102"]),
        ("FC1xx", ["FC101", "FC102"]),
        ("FC2", ["FC201"]),
        ("ALL", ["FC101", "FC102", "FC201"]),
        ("FC3", []),
        ("share", []),
    ],
)
def test_selectors_match_id_name_or_family(selector: str, expected: list[str]) -> None:
    assert enabled(Config(select=(selector,))) == expected


def test_more_specific_selector_wins_and_ignore_wins_ties() -> None:
    assert enabled(Config(select=("FC1",), ignore=("FC101",))) == ["FC102"]
    assert enabled(Config(select=("FC101",), ignore=("FC1",))) == ["FC101"]
    assert enabled(Config(select=("share-mismatch",), ignore=("FC101",))) == []
    assert enabled(Config(ignore=("FC2",))) == ["FC101", "FC102"]


def test_severity_override_most_specific_entry_wins() -> None:
    config = Config(severity={"FC1": Severity.WARNING, "parts-exceed-total": Severity.INFO})
    assert config.severity_for(SHARE) is Severity.WARNING
    assert config.severity_for(PARTS) is Severity.INFO
    assert config.severity_for(GROWTH) is Severity.WARNING


def test_specificity_scores() -> None:
    assert selector_specificity("ALL", SHARE) == 0
    assert selector_specificity("FC1", SHARE) == 3
    assert selector_specificity("FC101", SHARE)
    assert selector_specificity("FC2", SHARE) is None


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_factcheck_toml_found_upward_from_the_file(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", 'select = ["FC1"]\nfail-on = "warning"\n')
    copy = write(tmp_path / "desk" / "economy" / "story.md", "正文")
    config = load_config(str(copy))
    assert config.select == ("FC1",)
    assert config.fail_on == "warning"
    assert config.source == str(tmp_path / "factcheck.toml")


def test_pyproject_without_table_is_skipped_and_nearest_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nignore = ["FC2"]\n')
    write(tmp_path / "desk" / "pyproject.toml", '[project]\nname = "desk"\n')
    copy = write(tmp_path / "desk" / "story.md", "正文")
    assert load_config(str(copy)).ignore == ("FC2",)
    write(tmp_path / "desk" / "factcheck.toml", 'ignore = ["FC102"]\n')
    assert load_config(str(copy)).ignore == ("FC102",)
    assert load_config(str(tmp_path / "desk")).ignore == ("FC102",)


def test_factcheck_toml_beats_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nselect = ["FC2"]\n')
    write(tmp_path / "factcheck.toml", 'select = ["FC1"]\n')
    assert load_config(str(tmp_path)).select == ("FC1",)


def test_no_settings_file_gives_defaults(tmp_path: Path) -> None:
    assert load_config(str(tmp_path / "story.md")) == Config()


def test_explicit_config(tmp_path: Path) -> None:
    settings = write(tmp_path / "ci" / "strict.toml", 'fail_on = "warning"\nselect = "FC101"\n')
    config = load_config(None, explicit=str(settings))
    assert (config.fail_on, config.select) == ("warning", ("FC101",))
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(None, explicit=str(tmp_path / "nope.toml"))
    plain = write(tmp_path / "other" / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"no \[tool.factcheck\] table"):
        load_config(None, explicit=str(plain))


def error_for(tmp_path: Path, name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    write(tmp_path / name, text)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as caught:
        load_config(".")
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "pyproject.toml",
            "[tool.factcheck]\nfail_on = 'sometimes'\n",
            "pyproject.toml: [tool.factcheck] fail_on = 'sometimes': "
            "allowed values are error, warning, never",
        ),
        (
            "factcheck.toml",
            "[severity]\nFC101 = 'fatal'\n",
            "factcheck.toml: severity.FC101 = 'fatal': allowed values are error, warning, info",
        ),
        (
            "factcheck.toml",
            "selcet = ['FC1']\n",
            "factcheck.toml: unknown key 'selcet': allowed keys are select, ignore, severity, "
            "per_file_ignores, rules, lexicon, fail_on",
        ),
        (
            "pyproject.toml",
            "[tool.factcheck]\nselect = 101\n",
            "pyproject.toml: [tool.factcheck] select = 101: expected a list of rule ids, "
            "names or prefixes, e.g. ['FC1', 'share-mismatch']",
        ),
        (
            "factcheck.toml",
            "select = [\n",
            "factcheck.toml: invalid TOML: ",
        ),
    ],
)
def test_bad_settings_are_one_line_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, expected: str
) -> None:
    assert error_for(tmp_path, name, text, monkeypatch).startswith(expected)


def test_rule_options_validated_against_the_rule(tmp_path: Path) -> None:
    write(
        tmp_path / "factcheck.toml",
        "[rules.share-mismatch]\ntolerance-pp = '0.1'\n[rules.FC101]\ncheck_headline = false\n",
    )
    config = load_config(str(tmp_path))
    options = config.options_for(SHARE)
    assert isinstance(options, ShareOptions)
    assert options == ShareOptions(tolerance_pp=Decimal("0.1"), check_headline=False)
    assert config.options_for(PARTS).model_dump() == {}


def test_bad_rule_options_name_file_table_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[tool.factcheck.rules.FC101]\ntolerance_pp = 'wide'\n")
    config = load_config(".")
    with pytest.raises(ConfigError) as caught:
        config.options_for(SHARE)
    assert str(caught.value).startswith(
        "pyproject.toml: [tool.factcheck.rules.FC101] tolerance_pp = 'wide': "
    )
    bad = Config(rules={"FC101": {"tolerence": 1}, "FC102": {"x": 1}})
    with pytest.raises(ConfigError, match="unknown option 'tolerence' for FC101 share-mismatch: "):
        bad.options_for(SHARE)
    with pytest.raises(ConfigError, match="it has no options"):
        bad.options_for(PARTS)


def test_check_rules_rejects_selectors_naming_no_rule() -> None:
    Config(select=("FC1", "growth-mismatch"), severity={"FC2": Severity.ERROR}).check_rules(
        ALL_RULES
    )
    with pytest.raises(ConfigError, match="ignore names 'FC999': no rule has this id"):
        Config(ignore=("FC999",)).check_rules(ALL_RULES)
    with pytest.raises(ConfigError, match="names 'share-mismach'"):
        Config(per_file_ignores={"*.html": ("share-mismach",)}).check_rules(ALL_RULES)
    with pytest.raises(ConfigError, match="unknown option"):
        Config(rules={"FC101": {"nope": 1}}).check_rules(ALL_RULES)


def test_per_file_ignores_relative_to_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path / "factcheck.toml",
        '[per-file-ignores]\n"archive/*" = ["FC1"]\n"*.html" = "growth-mismatch"\n',
    )
    archived = write(tmp_path / "archive" / "2019" / "old.md", "正文")
    page = write(tmp_path / "web" / "page.html", "<p>正文</p>")
    fresh = write(tmp_path / "desk" / "new.md", "正文")
    config = load_config(str(archived))
    assert enabled(config, str(archived)) == ["FC201"]
    assert enabled(config, str(page)) == ["FC101", "FC102"]
    assert enabled(config, str(fresh)) == ["FC101", "FC102", "FC201"]
    assert enabled(config, None) == ["FC101", "FC102", "FC201"]
    monkeypatch.chdir(tmp_path / "desk")
    assert enabled(config, "../archive/2019/old.md") == ["FC201"]
    assert enabled(config, "new.md") == ["FC101", "FC102", "FC201"]


def test_empty_glob_matches_nothing(tmp_path: Path) -> None:
    config = Config(per_file_ignores={"": ("FC1",)}, source=str(tmp_path / "factcheck.toml"))
    assert enabled(config, str(tmp_path / "a.md")) == ["FC101", "FC102", "FC201"]


def test_per_file_ignores_beat_select(tmp_path: Path) -> None:
    config = Config(
        select=("FC101",),
        per_file_ignores={"*.html": ("FC1",)},
        source=str(tmp_path / "factcheck.toml"),
    )
    assert enabled(config, str(tmp_path / "a.html")) == []
    assert enabled(config, str(tmp_path / "a.md")) == ["FC101"]


def test_lexicon_paths_resolved_relative_to_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "lexicon" / "metrics.yaml", "metrics: {}\n")
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\nlexicon = ['lexicon/metrics.yaml']\n")
    elsewhere = tmp_path / "desk"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config = load_config(".")
    assert config.lexicon == (str(tmp_path / "lexicon" / "metrics.yaml"),)
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\nlexicon = ['missing.yaml']\n")
    with pytest.raises(ConfigError, match=r"lexicon = 'missing.yaml': no such file"):
        load_config(".")


def test_config_is_frozen() -> None:
    config = Config()
    with pytest.raises(ValueError, match="frozen"):
        config.fail_on = "never"  # type: ignore[misc]
