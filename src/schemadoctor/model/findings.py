"""Findings: what a rule reports. Plain data; the JSON report is these, serialised.

The JSON form (`Finding.to_dict`) is a public contract documented in the README: add keys if
needed, never rename or remove them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from schemadoctor.model.catalog import TableName
from schemadoctor.model.links import Link, Reference


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    def at_least(self, other: Severity) -> bool:
        return self.rank >= other.rank


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    table: TableName
    columns: tuple[str, ...]
    message: str
    references: Reference | None = None
    confidence: float | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    fix: str | None = None
    subject: str | None = None
    """The object the finding is about when it is not the table itself, e.g. an index or
    constraint name. Part of the finding's identity (see `fingerprint`)."""

    @property
    def fingerprint(self) -> str:
        """A stable identity across runs, for baselines and SARIF: what is wrong where, not the
        wording or the measured figures, which change from run to run."""
        parts = [self.rule, str(self.table), ",".join(self.columns), self.subject or ""]
        if self.references:
            parts += [str(self.references.table), ",".join(self.references.columns)]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]

    def with_fix(self, fix: str | None) -> Finding:
        return replace(self, fix=fix)

    @property
    def link(self) -> Link | None:
        """The reference the finding is about: from its columns to `references`."""
        if self.references is None:
            return None
        return Link(self.table, self.columns, self.references.table, self.references.columns)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "table": str(self.table),
            "columns": list(self.columns),
            "message": self.message,
        }
        if self.subject is not None:
            data["subject"] = self.subject
        if self.references is not None:
            data["references"] = self.references.to_dict()
        if self.confidence is not None:
            data["confidence"] = round(self.confidence, 3)
        if self.evidence:
            data["evidence"] = _jsonable(self.evidence)
        if self.fix is not None:
            data["fix"] = self.fix
        data["fingerprint"] = self.fingerprint
        return data


def _jsonable(value: Any) -> Any:
    """Evidence holds whatever the probes measured; make it JSON without surprises."""
    return json.loads(json.dumps(value, default=str))


def finding_order(finding: Finding) -> tuple[object, ...]:
    """Most severe first, then by rule, table, columns and subject."""
    return (
        -finding.severity.rank,
        finding.rule,
        str(finding.table),
        finding.columns,
        finding.subject or "",
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=finding_order)


def summarize(findings: Iterable[Finding]) -> dict[str, Any]:
    findings = list(findings)
    by_severity = {severity.value: 0 for severity in Severity}
    by_rule: dict[str, int] = {}
    for finding in findings:
        by_severity[finding.severity.value] += 1
        by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
    return {
        "total": len(findings),
        "by_severity": by_severity,
        "by_rule": dict(sorted(by_rule.items())),
    }
