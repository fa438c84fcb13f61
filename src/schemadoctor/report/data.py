"""The JSON contract: `{"schemadoctor", "database", "findings", "summary"}` (+ `baseline`)."""

from __future__ import annotations

from typing import Any

from schemadoctor import __version__
from schemadoctor.check import CheckResult
from schemadoctor.engines.database import Database
from schemadoctor.model.findings import Finding, summarize
from schemadoctor.rules.run import OWN_TABLE_PREFIX


def report_data(
    result: CheckResult,
    database: Database,
    findings: list[Finding] | None = None,
    baseline: dict[str, Any] | None = None,
) -> dict[str, Any]:
    shown = result.findings if findings is None else findings
    summary = summarize(shown)
    summary.update(
        {
            # schemadoctor's own bookkeeping tables are not part of the schema examined.
            "tables": sum(
                not table.name.name.startswith(OWN_TABLE_PREFIX) for table in result.catalog
            ),
            "rules_run": result.rules,
            "seconds": round(result.seconds, 3),
        }
    )
    data: dict[str, Any] = {
        "schemadoctor": __version__,
        "database": {
            "dialect": result.catalog.dialect,
            "name": result.catalog.database,
            "server_version": result.catalog.server_version,
            "url": database.display,
        },
        "findings": [finding.to_dict() for finding in shown],
        "summary": summary,
    }
    if result.catalog.flavor:
        data["database"]["flavor"] = result.catalog.flavor
    if result.catalog.warnings:
        data["warnings"] = list(result.catalog.warnings)
    if baseline is not None:
        data["baseline"] = baseline
    return data
