from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.model.catalog import CheckConstraint, ForeignKey, Table
from schemadoctor.model.changes import Change, ValidateConstraint
from schemadoctor.model.findings import Finding, Reference, Severity
from schemadoctor.rules import register
from schemadoctor.rules._probe import RowQuestions
from schemadoctor.rules.base import Example, Rule, RuleContext


@register
class InvalidConstraint(Rule):
    id = "invalid-constraint"
    severity = Severity.WARNING
    rationale = (
        "A constraint added NOT VALID guards new rows only; until VALIDATE runs, existing rows "
        "may violate it and the planner cannot rely on it."
    )
    finds = "foreign keys and CHECKs added `NOT VALID`; says whether existing rows violate them"
    fixes = "`VALIDATE CONSTRAINT` when no row violates it"
    example = Example(
        bad="ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;",
        good=(
            "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT "
            "VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;"
        ),
    )
    requires = ("not_valid_constraints",)
    needs_data = True
    in_default_plan = True

    def check(self, context: RuleContext) -> Iterable[Finding]:
        with RowQuestions(context) as questions:
            yield from self._check(context, questions)

    def _check(self, context: RuleContext, questions: RowQuestions) -> Iterable[Finding]:
        for table in context.catalog:
            for foreign_key in table.foreign_keys:
                if not foreign_key.valid:
                    violated = questions.ask(_orphan_query(context, table, foreign_key))
                    yield self.finding(
                        table,
                        foreign_key.columns,
                        f"foreign key {foreign_key.name} on {table.name} is NOT VALID"
                        + _state(violated, "rows point at no parent row"),
                        references=Reference(
                            foreign_key.referred_table, foreign_key.referred_columns
                        ),
                        subject=foreign_key.name,
                        evidence={
                            "constraint": foreign_key.name,
                            "kind": "foreign key",
                            "violations": violated,
                        },
                    )
            for check in table.checks:
                if not check.valid:
                    violated = questions.ask(_failing_query(context, table, check))
                    yield self.finding(
                        table,
                        (),
                        f"check constraint {check.name} on {table.name} is NOT VALID"
                        + _state(violated, "rows fail it"),
                        subject=check.name,
                        evidence={
                            "constraint": check.name,
                            "kind": "check",
                            "expression": check.expression,
                            "violations": violated,
                        },
                    )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        if finding.evidence.get("violations"):
            return []  # VALIDATE would fail; the rows need fixing first.
        table = context.catalog.table(finding.table)
        return [
            ValidateConstraint(
                table=finding.table,
                constraint=finding.subject or "",
                reason=finding.message,
                estimated_rows=table.row_estimate if table else None,
            )
        ]


def _state(violated: bool | None, what: str) -> str:
    if violated:
        return f": existing {what}, so VALIDATE would fail until they are fixed"
    if violated is False:
        return ": existing rows all satisfy it, so it can be validated"
    return ": existing rows were never checked"


def _orphan_query(context: RuleContext, table: Table, foreign_key: ForeignKey) -> str | None:
    """Rows that break a MATCH SIMPLE foreign key: every column set, no parent row."""
    database = context.database
    if database is None:
        return None
    quote = database.quote
    present = " AND ".join(f"c.{quote(column)} IS NOT NULL" for column in foreign_key.columns)
    joined = " AND ".join(
        f"p.{quote(parent)} = c.{quote(child)}"
        for child, parent in zip(foreign_key.columns, foreign_key.referred_columns, strict=True)
    )
    return (
        f"SELECT 1 FROM {database.qualify(table.name)} AS c WHERE {present} AND NOT EXISTS "
        f"(SELECT 1 FROM {database.qualify(foreign_key.referred_table)} AS p WHERE {joined}) "
        "LIMIT 1"
    )


def _failing_query(context: RuleContext, table: Table, check: CheckConstraint) -> str | None:
    """Rows a CHECK rejects: its expression is false (NULL passes)."""
    database = context.database
    if database is None:
        return None
    return f"SELECT 1 FROM {database.qualify(table.name)} WHERE NOT ({check.expression}) LIMIT 1"
