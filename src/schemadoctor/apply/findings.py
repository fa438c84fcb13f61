"""Which findings a plan fixes: those whose rule's own cure (`Rule.changes`) is entirely in the
plan: every change of it that becomes a step on this engine matches one of the plan's steps by
kind of change, table and object name. Works on a plan read back from its text, where only each
step's meta line says what it is about."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from schemadoctor.check import CheckResult
from schemadoctor.engines.rendering import Renderer
from schemadoctor.model.catalog import Catalog
from schemadoctor.model.changes import Change
from schemadoctor.model.findings import Finding
from schemadoctor.model.script import Script

Key = tuple[str, str | None, str, str | None]


def step_keys(script: Script) -> set[Key]:
    keys = set()
    for step in script.steps:
        for info in step_objects(step.info):
            table = info.get("table")
            if not info.get("kind") or not isinstance(table, list | tuple) or len(table) != 2:
                continue
            keys.add((str(info["kind"]), table[0], str(table[1]), info.get("object")))
    return keys


def step_objects(info: dict[str, Any]) -> list[dict[str, Any]]:
    """What one step is about: its `objects` when it carries several changes, else itself."""
    objects = info.get("objects")
    if isinstance(objects, list) and objects:
        return [item for item in objects if isinstance(item, dict)]
    return [info]


def change_keys(changes: Iterable[Change]) -> set[Key]:
    return {
        (change.kind, change.table.schema, change.table.name, change.object_name)
        for change in changes
    }


def planned_by(
    script: Script,
    fixes: Iterable[tuple[Finding, list[Change]]],
    renderer: Renderer,
    catalog: Catalog,
) -> list[Finding]:
    """The findings, each with its cure, whose cure `script` carries."""
    keys = step_keys(script)
    planned = []
    for finding, changes in fixes:
        try:
            # A change that renders to no step here (VALIDATE on MySQL) has none to match.
            required = change_keys(change for change in changes if renderer.steps(change, catalog))
        except NotImplementedError:
            continue  # a cure this engine cannot render is not in any plan for it
        if required and required <= keys:
            planned.append(finding)
    return planned


def planned_findings(result: CheckResult, script: Script) -> list[Finding]:
    """The findings of `result` that `script` fixes, by each rule's own cure."""
    fixes = [(fix.finding, fix.changes) for fix in result.fixes]
    return planned_by(script, fixes, result.run.renderer, result.catalog)


def finding_record(finding: Finding) -> dict[str, Any]:
    """What the state table keeps of a planned finding: enough to say later whether it is
    gone (its fingerprint) and to say which one it was."""
    return {
        "rule": finding.rule,
        "fingerprint": finding.fingerprint,
        "table": str(finding.table),
        "message": finding.message,
    }
