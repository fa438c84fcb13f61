from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.catalog.model import Index, PrimaryKey, Table
from schemadoctor.findings import Finding, Severity
from schemadoctor.plan.changes import AddPrimaryKey, Change
from schemadoctor.rules import register
from schemadoctor.rules._indexes import free_index_name
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
            candidate = promotable_unique_index(table)
            if candidate is not None:
                yield self.finding(
                    table,
                    candidate.columns,
                    f"table {table.name} has no primary key; unique index {candidate.name} on "
                    f"NOT NULL ({', '.join(candidate.columns)}) can become it",
                    severity=Severity.WARNING,
                    subject=candidate.name,
                    evidence={"rows": table.row_estimate, "unique_index": candidate.name},
                )
            else:
                yield self.finding(
                    table,
                    (),
                    f"table {table.name} has no primary key and no unique key on NOT NULL columns",
                    evidence={"rows": table.row_estimate},
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        table = context.catalog.table(finding.table)
        index = table.index(finding.subject or "") if table else None
        # SQLite cannot add a primary key without rebuilding the table, and PostgreSQL cannot
        # promote an index on a partitioned table: both need a human-planned migration.
        if table is None or index is None or context.catalog.dialect == "sqlite":
            return []
        if table.partitioned:
            return []
        # PostgreSQL renames a promoted index after the key; a constraint's index cannot be
        # promoted, so a twin is built under a fresh name.
        name = index.name if index.constraint is None else None
        name = name or free_index_name(context, table, suffix="pkey")
        return [
            AddPrimaryKey(
                table=table.name,
                primary_key=PrimaryKey(name, index.columns),
                using_index=index,
                reason=finding.message,
                estimated_rows=table.row_estimate,
            )
        ]


def promotable_unique_index(table: Table) -> Index | None:
    """A valid, full, plain-column unique index whose columns are all NOT NULL: the table's
    key in all but name. One that belongs to no constraint is preferred (PostgreSQL promotes
    it in place), then the narrowest."""
    candidates = [
        index
        for index in table.indexes
        if index.unique
        and index.valid
        and index.predicate is None
        and not index.has_expressions
        and not any(element.prefix_length for element in index.elements)
        and all(
            (column := table.column(name)) is not None and not column.nullable
            for name in index.columns
        )
    ]
    candidates.sort(
        key=lambda index: (index.constraint is not None, len(index.elements), index.name)
    )
    return candidates[0] if candidates else None
