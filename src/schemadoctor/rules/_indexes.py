"""Index changes shared by the rules that find droppable indexes."""

from __future__ import annotations

from schemadoctor.catalog.indexes import serves_lookup
from schemadoctor.catalog.model import Index, Table
from schemadoctor.findings import Finding
from schemadoctor.plan.changes import Change, DropIndex
from schemadoctor.rules.base import RuleContext


def drop_index_changes(finding: Finding, context: RuleContext) -> list[Change]:
    """Drop the index a finding names, unless a constraint needs it: a planner must never
    remove what backs a primary key, unique constraint or foreign key."""
    table = context.catalog.table(finding.table)
    index = table.index(finding.subject or "") if table else None
    if table is None or index is None or index.backs_constraint:
        return []
    if context.catalog.dialect == "mysql" and _needed_by_foreign_key(table, index):
        return []
    return [
        DropIndex(
            table=table.name, index=index, reason=finding.message, estimated_rows=table.row_estimate
        )
    ]


def _needed_by_foreign_key(table: Table, index: Index) -> bool:
    """InnoDB refuses to drop the last index that leads with a foreign key's columns."""
    for foreign_key in table.foreign_keys:
        if not serves_lookup(index, foreign_key.columns):
            continue
        others = [other for other in table.indexes if other.name != index.name]
        if not any(serves_lookup(other, foreign_key.columns) for other in others):
            return True
    return False
