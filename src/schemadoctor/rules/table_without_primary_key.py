from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.catalog.model import Index, Table
from schemadoctor.findings import Finding, Severity
from schemadoctor.rules import register
from schemadoctor.rules.base import Rule, RuleContext


@register
class TableWithoutPrimaryKey(Rule):
    id = "table-without-primary-key"
    severity = Severity.ERROR
    rationale = (
        "Rows without a key cannot be addressed one by one: duplicates creep in, and logical "
        "replication and most ORMs cannot update or delete them."
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        for table in context.catalog:
            if table.primary_key is not None:
                continue
            candidate = _promotable_unique_index(table)
            if candidate is not None:
                yield self.finding(
                    table,
                    candidate.columns,
                    f"table {table.name} has no primary key; its unique index {candidate.name} on "
                    f"NOT NULL columns ({', '.join(candidate.columns)}) could become one",
                    severity=Severity.WARNING,
                    evidence={"rows": table.row_estimate, "unique_index": candidate.name},
                )
            else:
                yield self.finding(
                    table,
                    (),
                    f"table {table.name} has no primary key and no unique NOT NULL key",
                    evidence={"rows": table.row_estimate},
                )


def _promotable_unique_index(table: Table) -> Index | None:
    for index in table.indexes:
        if (
            index.unique
            and index.valid
            and index.predicate is None
            and not index.has_expressions
            and all(
                (column := table.column(name)) is not None and not column.nullable
                for name in index.columns
            )
        ):
            return index
    return None
