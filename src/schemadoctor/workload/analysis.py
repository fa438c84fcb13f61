"""`schemadoctor nplusone`, as a function: read the workload, detect N+1 groups and the other
anti-patterns, and return the report data (the same contract as `check`)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from schemadoctor import __version__
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.findings import Finding, sort_findings, summarize
from schemadoctor.workload.antipatterns import DEFAULT_LARGE_ROWS, antipattern_findings
from schemadoctor.workload.findings import nplusone_findings
from schemadoctor.workload.load import load_workload
from schemadoctor.workload.model import Workload
from schemadoctor.workload.nplusone import DEFAULT_MIN_REPEATS, Detection, detect
from schemadoctor.workload.rules import WORKLOAD_RULES
from schemadoctor.workload.schema_facts import SchemaFacts

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database


@dataclass
class Analysis:
    workload: Workload
    detection: Detection
    findings: list[Finding]
    facts: SchemaFacts
    seconds: float


def require_units(workload: Workload) -> None:
    """N+1 detection needs executions grouped in units; say how to get them, in one line."""
    if not workload.executions:
        raise SchemaDoctorError(
            f"{workload.source} has no per-execution records ({workload.source_kind} aggregates "
            f"statements): {workload.unit_hint}"
        )
    if all(execution.unit is None for execution in workload.executions):
        raise SchemaDoctorError(
            f"{workload.source} does not say which session ran each statement: {workload.unit_hint}"
        )


def analyse(
    source: str,
    database: Database | None = None,
    *,
    dialect: str | None = None,
    min_repeats: int = DEFAULT_MIN_REPEATS,
    large_rows: int = DEFAULT_LARGE_ROWS,
) -> Analysis:
    started = time.perf_counter()
    workload = load_workload(source, database, dialect=dialect)
    require_units(workload)
    facts = SchemaFacts.read(database) if database is not None else SchemaFacts()
    detection = detect(workload.executions, workload.dialect, min_repeats=min_repeats, facts=facts)
    findings = nplusone_findings(detection, facts, workload.dialect)
    findings += antipattern_findings(workload, facts, large_rows=large_rows)
    return Analysis(
        workload, detection, sort_findings(findings), facts, time.perf_counter() - started
    )


def report_data(analysis: Analysis, database: Database | None) -> dict[str, Any]:
    workload = analysis.workload
    dialect = workload.dialect or (database.dialect if database is not None else None)
    if dialect is None:
        raise SchemaDoctorError(
            f"cannot tell which database engine ran {workload.source}: pass --dialect "
            "postgresql, mysql or sqlite"
        )
    summary = summarize(analysis.findings)
    catalog = analysis.facts.catalog
    summary.update(
        {
            "tables": len(catalog.tables) if catalog is not None else 0,
            "rules_run": list(WORKLOAD_RULES),
            "seconds": round(analysis.seconds, 3),
        }
    )
    data: dict[str, Any] = {
        "schemadoctor": __version__,
        "database": {
            "dialect": dialect,
            "name": database.name if database is not None else Path(workload.source).name,
            "server_version": database.server_version if database is not None else "",
            "url": database.display if database is not None else workload.source,
        },
        "findings": [finding.to_dict() for finding in analysis.findings],
        "summary": summary,
        "workload": {
            "source": workload.source,
            "kind": workload.source_kind,
            "executions": analysis.detection.executions,
            "units": analysis.detection.units,
            "statements": len(workload.statements),
            "unparsed": workload.unparsed_calls,
        },
    }
    if database is not None and database.flavor:
        data["database"]["flavor"] = database.flavor
    notes = list(workload.notes)
    if workload.unparsed:
        notes.append(
            f"{workload.unparsed_calls} statements did not parse and were left out, e.g. "
            f"{workload.unparsed[0].where}: {workload.unparsed[0].reason}"
        )
    if notes:
        data["warnings"] = notes
    return data
