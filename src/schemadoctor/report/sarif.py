"""SARIF 2.1.0, as GitHub code scanning reads it.

A database has no source lines, so each result's location has two parts: logical locations
naming the table (kind `table`) and its columns (kind `column`), which say exactly where the
problem is, and a physical location, which code scanning needs to show an alert, pointing at
line 1 of a repository file chosen with `--sarif-artifact` (the schema or migrations file, say)
or, by default, at the database's name.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Mapping
from typing import Any

from schemadoctor.model.findings import Severity
from schemadoctor.rules import all_rules

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://pypi.org/project/schemadoctor/"
FINGERPRINT_KEY = "schemadoctorFinding/v1"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(
    data: dict[str, Any],
    *,
    artifact: str | None = None,
    rules: Mapping[str, Any] | None = None,
    **_options: Any,
) -> str:
    """`rules`: the rules the findings may name, by id (anything with `severity` and
    `rationale`); default: check's rules."""
    log = sarif_log(data, artifact, rules)
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def sarif_log(
    data: dict[str, Any], artifact: str | None = None, rules: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    known = all_rules() if rules is None else rules
    rule_ids = sorted(
        set(data["summary"]["rules_run"]) | {finding["rule"] for finding in data["findings"]}
    )
    index = {rule_id: position for position, rule_id in enumerate(rule_ids)}
    uri = urllib.parse.quote(artifact or data["database"]["name"] or "database", safe="/")
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "schemadoctor",
                "version": data["schemadoctor"],
                "semanticVersion": data["schemadoctor"],
                "informationUri": INFORMATION_URI,
                "rules": [_rule(rule_id, known.get(rule_id)) for rule_id in rule_ids],
            }
        },
        "automationDetails": {
            "id": f"schemadoctor/{data['database']['dialect']}/{data['database']['name']}/"
        },
        "results": [_result(finding, index, uri) for finding in data["findings"]],
        "properties": {"database": data["database"], "summary": data["summary"]},
    }
    if data.get("baseline") is not None:
        run["properties"]["baseline"] = data["baseline"]
    if data.get("warnings"):
        run["properties"]["warnings"] = data["warnings"]
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _rule(rule_id: str, rule: Any) -> dict[str, Any]:
    rationale = rule.rationale if rule else rule_id
    severity = rule.severity if rule else Severity.WARNING
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": rationale},
        "fullDescription": {"text": rationale},
        "help": {"text": f"{rationale} Run `schemadoctor check --show-fixes` for the SQL."},
        "defaultConfiguration": {"level": _LEVEL[severity.value]},
        "properties": {"tags": ["database", "schema"]},
    }


def _result(finding: dict[str, Any], index: dict[str, int], uri: str) -> dict[str, Any]:
    table = finding["table"]
    # The JSON gives the table as `schema.name`, which a dotted name makes ambiguous, so the
    # table's logical name is the whole string.
    logical = [{"name": table, "fullyQualifiedName": table, "kind": "table"}]
    logical += [
        {"name": column, "fullyQualifiedName": f"{table}.{column}", "kind": "column"}
        for column in finding["columns"]
    ]
    properties = {
        key: finding[key]
        for key in ("table", "columns", "subject", "references", "confidence", "evidence", "fix")
        if key in finding
    }
    # Workload findings know the application's line that ran the query: point there.
    site = (finding.get("evidence") or {}).get("site")
    line = 1
    if isinstance(site, str) and ":" in site and site.rsplit(":", 1)[1].isdigit():
        path, number = site.rsplit(":", 1)
        uri, line = urllib.parse.quote(path, safe="/"), int(number)
    return {
        "ruleId": finding["rule"],
        "ruleIndex": index[finding["rule"]],
        "level": _LEVEL[finding["severity"]],
        "message": {"text": finding["message"]},
        "locations": [
            {
                # Code scanning rejects a result without a file and line to attach it to.
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {"startLine": line},
                },
                "logicalLocations": logical,
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: finding["fingerprint"]},
        "properties": properties,
    }
