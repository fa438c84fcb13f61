from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from schemadoctor.infer.names import singulars, words
from schemadoctor.model.catalog import CheckConstraint, Column, Table, TypeFamily
from schemadoctor.model.changes import AddCheck, Change, ValidateConstraint
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.probes._sql import ProbeFailed
from schemadoctor.probes.values import few_values
from schemadoctor.rules import register
from schemadoctor.rules.base import Example, Rule, RuleContext
from schemadoctor.rules.options import option

STATUS_WORDS = frozenset(
    {"status", "state", "kind", "type", "stage", "phase", "level", "priority", "mode", "tier"}
)
MAX_VALUES = 12
MAX_LENGTH = 64


@register
class StatusCheckConstraint(Rule):
    id = "status-check-constraint"
    severity = Severity.WARNING
    rationale = (
        "A status-like text column holding a handful of values accepts any typo ('shiped', "
        "'Paid '); a CHECK constraint listing the values in use makes the database refuse them."
    )
    engines_note = "all (MySQL 8.0.16+/MariaDB 10.2+)"
    finds = (
        "status-like text columns with few distinct values and no CHECK; reports the values found"
    )
    fixes = "`CHECK (col IN (...))`, NOT VALID + VALIDATE on PostgreSQL"
    example = Example(
        bad=(
            "CREATE TABLE orders (id integer PRIMARY KEY, status text);\n-- values in use: "
            "'new', 'paid', 'shipped'"
        ),
        good=(
            "CREATE TABLE orders (id integer PRIMARY KEY, status text,\n  CONSTRAINT "
            "orders_status_check CHECK (status IN ('new', 'paid', 'shipped')));"
        ),
    )
    opt_in = True
    needs_data = True

    @dataclass(frozen=True)
    class Options:
        max_values: int = option(
            MAX_VALUES, "columns with more distinct values are not status-like", minimum=1
        )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        catalog = context.catalog
        if context.database is None:
            return
        if not context.adapter.supports.enforces_checks:
            return
        limit = context.options.max_values
        for table in catalog:
            for column in table.columns:
                if not _candidate(table, column):
                    continue
                try:
                    with context.database.connect() as connection:
                        values = few_values(connection, context.database, table, column.name, limit)
                except ProbeFailed:
                    continue
                if not values or not all(
                    isinstance(value, str) and 0 < len(value) <= MAX_LENGTH for value, _ in values
                ):
                    continue
                listed = ", ".join(repr(value) for value, _ in values)
                rows = sum(count for _, count in values)
                yield self.finding(
                    table,
                    (column.name,),
                    f"{table.name}.{column.name} holds {len(values)} distinct values ({listed}) "
                    f"in {rows} rows and accepts any other text: a CHECK constraint would "
                    "refuse typos",
                    subject=column.name,
                    evidence={"values": dict(values), "rows": rows},
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        table = context.catalog.table(finding.table)
        values = finding.evidence.get("values")
        if table is None or not isinstance(values, dict) or not values:
            return []
        column = finding.columns[0]
        renderer = context.renderer
        listed = ", ".join(renderer.literal(str(value)) for value in sorted(values))
        name = renderer.object_name(table.name.name, column, suffix="check")
        check = CheckConstraint(name, f"{renderer.quote(column)} IN ({listed})")
        rows = table.row_estimate
        return [
            AddCheck(table=table.name, check=check, reason=finding.message, estimated_rows=rows),
            ValidateConstraint(
                table=table.name,
                constraint=name,
                reason=f"check existing rows: {finding.message}",
                estimated_rows=rows,
            ),
        ]


def _candidate(table: Table, column: Column) -> bool:
    parts = words(column.name)
    if not parts or column.family != TypeFamily.TEXT or column.generated:
        return False
    if not singulars(parts[-1]) & STATUS_WORDS:
        return False
    if any(column.name in fk.columns for fk in table.foreign_keys):
        return False
    # Already constrained: a CHECK naming the column (however it is quoted).
    return not any(column.name.lower() in check.expression.lower() for check in table.checks)
