"""Configuration from `schemadoctor.toml` or `[tool.schemadoctor]` in `pyproject.toml`.

disable = ["unused-index"]            # rules not to run
enable = ["status-check-constraint"]  # opt-in rules to run
ignore_tables = ["audit_*", "public.tmp_*"]
fail_on = "warning"
min_confidence = 0.6
statement_timeout = 30

[rules.unused-index]                  # in pyproject.toml: [tool.schemadoctor.rules.unused-index]
min_stats_age_days = 14
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from schemadoctor.errors import ConfigError
from schemadoctor.model.catalog import TableName

FAIL_ON_CHOICES = ("error", "warning", "info", "never")

_KEYS = {
    "disable",
    "enable",
    "ignore_tables",
    "fail_on",
    "min_confidence",
    "statement_timeout",
    "rules",
}


@dataclass(frozen=True)
class Config:
    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    ignore_tables: tuple[str, ...] = ()
    fail_on: str | None = None
    min_confidence: float | None = None
    statement_timeout: float | None = None
    rule_options: Mapping[str, Any] = field(default_factory=dict)
    """Each configured rule's typed options (see `rules.options`), by rule id."""
    source: Path | None = None

    def ignores(self, table: TableName) -> bool:
        """Glob patterns match the qualified name (`public.tmp_*`) or the bare name (`tmp_*`)."""
        qualified, bare = str(table), table.name
        return any(
            fnmatch.fnmatchcase(qualified, pattern) or fnmatch.fnmatchcase(bare, pattern)
            for pattern in self.ignore_tables
        )

    def options_for(self, rule_id: str) -> Any:
        """The rule's typed options: as configured, else its defaults."""
        if rule_id in self.rule_options:
            return self.rule_options[rule_id]
        from schemadoctor.rules import all_rules

        return all_rules()[rule_id].Options()


def load_config(path: Path | None = None, directory: Path | None = None) -> Config:
    """Read `path` if given; else `schemadoctor.toml`, else `pyproject.toml`'s
    `[tool.schemadoctor]`, in `directory` (default: the working directory). No file: defaults."""
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"configuration file not found: {path}")
        data = _read(path)
        if path.name != "pyproject.toml":
            return _parse(data, path)
        section = _tool_section(data)
        if section is None:
            raise ConfigError(f"{path} has no [tool.schemadoctor] section")
        return _parse(section, path)
    directory = directory or Path.cwd()
    own = directory / "schemadoctor.toml"
    if own.is_file():
        return _parse(_read(own), own)
    pyproject = directory / "pyproject.toml"
    if pyproject.is_file():
        section = _tool_section(_read(pyproject))
        if section is not None:
            return _parse(section, pyproject)
    return Config()


def _tool_section(pyproject: Mapping[str, Any]) -> Mapping[str, Any] | None:
    tool = pyproject.get("tool")
    return tool.get("schemadoctor") if isinstance(tool, dict) else None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"cannot read {path}: it is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None


def _parse(section: Mapping[str, Any], source: Path) -> Config:
    from schemadoctor.rules import all_rules
    from schemadoctor.rules.options import parse_options

    if not isinstance(section, dict):
        raise ConfigError(f"{source}: the schemadoctor settings must be a table")
    unknown = set(section) - _KEYS
    if unknown:
        raise ConfigError(
            f"{source}: unknown setting(s) {', '.join(sorted(unknown))} "
            f"(known: {', '.join(sorted(_KEYS))})"
        )
    known_rules = all_rules()

    def rule_list(key: str) -> frozenset[str]:
        value = section.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ConfigError(f"{source}: '{key}' must be a list of rule ids")
        for rule_id in value:
            if rule_id not in known_rules:
                raise ConfigError(f"{source}: unknown rule '{rule_id}' in '{key}'")
        return frozenset(value)

    patterns = section.get("ignore_tables", [])
    if not isinstance(patterns, list) or not all(isinstance(item, str) for item in patterns):
        raise ConfigError(f"{source}: 'ignore_tables' must be a list of glob patterns")
    fail_on = section.get("fail_on")
    if fail_on is not None and fail_on not in FAIL_ON_CHOICES:
        raise ConfigError(f"{source}: 'fail_on' must be one of {', '.join(FAIL_ON_CHOICES)}")
    rule_options = section.get("rules", {})
    if not isinstance(rule_options, dict):
        raise ConfigError(f"{source}: 'rules' must be a table of per-rule tables")
    typed: dict[str, Any] = {}
    for rule_id, options in rule_options.items():
        if rule_id not in known_rules:
            raise ConfigError(f"{source}: options given for unknown rule '{rule_id}'")
        if not isinstance(options, dict):
            raise ConfigError(f"{source}: options of rule '{rule_id}' must be a table")
        typed[rule_id] = parse_options(
            known_rules[rule_id].Options, options, f"{source}: [rules.{rule_id}]"
        )
    return Config(
        disable=rule_list("disable"),
        enable=rule_list("enable"),
        ignore_tables=tuple(patterns),
        fail_on=fail_on,
        min_confidence=_number(section, "min_confidence", source, 0.0, 1.0),
        statement_timeout=_number(section, "statement_timeout", source, 0.0, None),
        rule_options=typed,
        source=source,
    )


def _number(
    section: Mapping[str, Any], key: str, source: Path, low: float, high: float | None
) -> float | None:
    value = section.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{source}: '{key}' must be a number")
    if value < low or (high is not None and value > high):
        bounds = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
        raise ConfigError(f"{source}: '{key}' must be {bounds}")
    return float(value)
