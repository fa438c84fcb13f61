"""Reading a plan written by `schemadoctor plan` (its text form is the contract between plan and
apply), and making sure it was written for the engine it is about to run on."""

from __future__ import annotations

import re
from pathlib import Path

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.render.script import Script, parse_script

# Statements only one engine's scripts contain; a plan showing another engine's is refused.
_MARKERS = {
    "postgresql": re.compile(r"\bCONCURRENTLY\b|\bNOT VALID\b|^SET (?:lock|statement)_timeout\b"),
    "mysql": re.compile(r"\bALGORITHM\s*=|\block_wait_timeout\b|\bforeign_key_checks\b"),
    "sqlite": re.compile(r"^PRAGMA\b"),
}
_NAMES = {"postgresql": "PostgreSQL", "mysql": "MySQL/MariaDB", "sqlite": "SQLite"}


def read_plan(path: Path, dialect: str) -> tuple[str, Script]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SchemaDoctorError(f"plan file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaDoctorError(f"cannot read plan file {path}: {exc}") from None
    return text, script_from_text(text, dialect, str(path))


def script_from_text(text: str, dialect: str, source: str) -> Script:
    try:
        script = parse_script(text, dialect)
    except ValueError as exc:
        raise SchemaDoctorError(f"{source} is not a schemadoctor plan: {exc}") from None
    written_for = engines_of(script)
    if written_for and dialect not in written_for:
        raise SchemaDoctorError(
            f"{source} was written for {' or '.join(_NAMES[d] for d in sorted(written_for))}, "
            f"but the database is {_NAMES[dialect]}"
        )
    return script


def engines_of(script: Script) -> set[str]:
    statements = [*script.settings, *script.statements()]
    found = set()
    for statement in statements:
        text = _without_literals(statement).strip()
        for dialect, marker in _MARKERS.items():
            if marker.search(text):
                found.add(dialect)
    return found if len(found) == 1 else set()


def _without_literals(statement: str) -> str:
    """Markers inside string literals (a CHECK's text, say) do not count."""
    return re.sub(r"'(?:[^']|'')*'", "''", statement)


_PLAN_ID = re.compile(r"^-- schemadoctor plan (\S+)", re.MULTILINE)


def declared_plan_id(text: str) -> str | None:
    """The id `schemadoctor plan` wrote in the header (a hash of the changes), for display;
    apply itself knows a plan by `script_hash` of its executable text."""
    match = _PLAN_ID.search(text)
    return match.group(1) if match else None
