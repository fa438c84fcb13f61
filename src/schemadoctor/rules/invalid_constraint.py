from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.findings import Finding, Reference, Severity
from schemadoctor.plan.changes import Change, ValidateConstraint
from schemadoctor.rules import register
from schemadoctor.rules.base import Rule, RuleContext


@register
class InvalidConstraint(Rule):
    id = "invalid-constraint"
    severity = Severity.WARNING
    rationale = (
        "A constraint added NOT VALID guards new rows only; until VALIDATE runs, existing rows "
        "may violate it and the planner cannot rely on it."
    )
    dialects = frozenset({"postgresql"})

    def check(self, context: RuleContext) -> Iterable[Finding]:
        for table in context.catalog:
            for foreign_key in table.foreign_keys:
                if not foreign_key.valid:
                    yield self.finding(
                        table,
                        foreign_key.columns,
                        f"foreign key {foreign_key.name} on {table.name} is NOT VALID: existing "
                        "rows were never checked",
                        references=Reference(
                            foreign_key.referred_table, foreign_key.referred_columns
                        ),
                        subject=foreign_key.name,
                        evidence={"constraint": foreign_key.name, "kind": "foreign key"},
                    )
            for check in table.checks:
                if not check.valid:
                    yield self.finding(
                        table,
                        (),
                        f"check constraint {check.name} on {table.name} is NOT VALID: existing "
                        "rows were never checked",
                        subject=check.name,
                        evidence={
                            "constraint": check.name,
                            "kind": "check",
                            "expression": check.expression,
                        },
                    )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        table = context.catalog.table(finding.table)
        return [
            ValidateConstraint(
                table=finding.table,
                constraint=finding.subject or "",
                reason=finding.message,
                estimated_rows=table.row_estimate if table else None,
            )
        ]
