from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.catalog.model import CheckConstraint, Column, Table, TypeFamily
from schemadoctor.findings import Finding, Severity
from schemadoctor.infer.names import singulars, words
from schemadoctor.plan.changes import AddCheck, Change, ValidateConstraint
from schemadoctor.probes._sql import ProbeFailed
from schemadoctor.probes.values import few_values
from schemadoctor.render.mysql import enforces_checks
from schemadoctor.rules import register
from schemadoctor.rules.base import Rule, RuleContext

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
    opt_in = True

    def check(self, context: RuleContext) -> Iterable[Finding]:
        catalog = context.catalog
        if context.database is None:
            return
        if catalog.dialect == "mysql" and not enforces_checks(catalog):
            return
        limit = int(context.option("max_values", MAX_VALUES))
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
