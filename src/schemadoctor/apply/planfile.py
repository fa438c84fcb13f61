"""Reading a plan written by `schemadoctor plan` (its text form is the contract between plan and
apply), and making sure it was written for the engine it is about to run on."""

from __future__ import annotations

import re
from pathlib import Path

from schemadoctor.engines import all_adapters
from schemadoctor.engines.base import Adapter
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.script import Script, parse_script


def read_plan(path: Path, adapter: Adapter) -> tuple[str, Script]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SchemaDoctorError(f"plan file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaDoctorError(f"cannot read plan file {path}: {exc}") from None
    return text, script_from_text(text, adapter, str(path))


def script_from_text(text: str, adapter: Adapter, source: str) -> Script:
    try:
        script = parse_script(text, adapter.dialect)
    except ValueError as exc:
        raise SchemaDoctorError(f"{source} is not a schemadoctor plan: {exc}") from None
    written_for = engines_of(script)
    if written_for is not None and written_for.dialect != adapter.dialect:
        raise SchemaDoctorError(
            f"{source} was written for {written_for.family_name}, "
            f"but the database is {adapter.family_name}"
        )
    return script


def engines_of(script: Script) -> Adapter | None:
    """The engine whose statements (and only whose) the script shows; None when unsure."""
    statements = [_without_literals(s).strip() for s in [*script.settings, *script.statements()]]
    families = {adapter.dialect: adapter for adapter in all_adapters()}
    found = {
        dialect
        for dialect, adapter in families.items()
        if any(adapter.script_marker.search(text) for text in statements)
    }
    return families[found.pop()] if len(found) == 1 else None


def _without_literals(statement: str) -> str:
    """Markers inside string literals (a CHECK's text, say) do not count."""
    return re.sub(r"'(?:[^']|'')*'", "''", statement)


_PLAN_ID = re.compile(r"^-- schemadoctor plan (\S+)", re.MULTILINE)


def declared_plan_id(text: str) -> str | None:
    """The id `schemadoctor plan` wrote in the header (a hash of the changes), for display;
    apply itself knows a plan by `script_hash` of its executable text."""
    match = _PLAN_ID.search(text)
    return match.group(1) if match else None
