"""Rules document themselves: the committed pages and README table are what the rule classes
say, and their options are typed, so a bad configuration is refused when it loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from schemadoctor.config import load_config
from schemadoctor.errors import ConfigError
from schemadoctor.report.rule_docs import expected_files
from schemadoctor.rules import all_rules

ROOT = Path(__file__).resolve().parent.parent


def test_committed_rule_docs_are_current() -> None:
    stale = [
        str(path.relative_to(ROOT))
        for path, text in expected_files(ROOT).items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == [], "run: python -m schemadoctor.report.rule_docs"


@pytest.mark.parametrize("rule_id", list(all_rules()))
def test_every_rule_documents_itself(rule_id: str) -> None:
    rule = all_rules()[rule_id]
    assert rule.rationale and rule.finds and rule.fixes
    assert rule.example is not None and rule.example.bad.strip() and rule.example.good.strip()
    assert rule.example.bad != rule.example.good


def write_config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "schemadoctor.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_typed_options_load(tmp_path: Path) -> None:
    config = load_config(
        write_config(
            tmp_path,
            "[rules.unused-index]\nmin_stats_age_days = 30\n"
            "[rules.missing-foreign-key]\nexact_orphans = false\nsample_rows = 500\n",
        )
    )
    assert config.options_for("unused-index").min_stats_age_days == 30
    settings = config.options_for("missing-foreign-key").inference()
    assert settings.exact_rows == 0 and settings.sample_rows == 500
    assert config.options_for("unindexed-foreign-key").min_rows == 0  # the default


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[rules.unused-index]\nmin_stats_age = 3\n", "unknown option(s) min_stats_age"),
        ("[rules.unused-index]\nmin_stats_age_days = 'a week'\n", "must be a number"),
        ("[rules.unindexed-foreign-key]\nmin_rows = -1\n", "must be at least 0"),
        ("[rules.missing-foreign-key]\nsample_rows = 10\n", "must be at least 100"),
        ("[rules.missing-foreign-key]\ndata = 1\n", "must be true or false"),
        ("[rules.duplicate-index]\nanything = 1\n", "unknown option(s) anything (known: none)"),
    ],
)
def test_bad_options_are_refused_when_the_configuration_loads(
    tmp_path: Path, body: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_config(write_config(tmp_path, body))


def test_bad_option_is_one_line_and_exit_2(tmp_path: Path) -> None:
    write_config(tmp_path, "[rules.unused-index]\nmin_stats_age_days = 'never'\n")
    result = run_cli("check", str(tmp_path / "missing.db"), cwd=tmp_path)
    assert result.code == 2
    assert result.stderr.count("\n") == 1
    assert "min_stats_age_days" in result.stderr and "Traceback" not in result.stderr
