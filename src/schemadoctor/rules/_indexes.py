"""Index changes shared by the rules that find droppable indexes."""

from __future__ import annotations

from schemadoctor.catalog.indexes import drop_blocker
from schemadoctor.catalog.model import Table
from schemadoctor.findings import Finding
from schemadoctor.plan.changes import Change, DropIndex
from schemadoctor.rules.base import RuleContext


def drop_index_changes(finding: Finding, context: RuleContext) -> list[Change]:
    """Drop the index a finding names, unless something needs it: a planner must never remove
    what implements a primary key or unique constraint, or what a foreign key relies on."""
    table = context.catalog.table(finding.table)
    index = table.index(finding.subject or "") if table else None
    if table is None or index is None or drop_blocker(context.catalog, table, index):
        return []
    return [
        DropIndex(
            table=table.name, index=index, reason=finding.message, estimated_rows=table.row_estimate
        )
    ]


def free_index_name(context: RuleContext, table: Table, *parts: str, suffix: str) -> str:
    """A deterministic name for a new index (or the constraint it becomes) that nothing in
    its namespace uses yet: an `IF NOT EXISTS` that met another object of that name would
    silently build nothing."""
    taken = _names_in_use(context, table)
    name = context.renderer.object_name(table.name.name, *parts, suffix=suffix)
    number = 2
    while name.lower() in taken:
        name = context.renderer.object_name(table.name.name, *parts, str(number), suffix=suffix)
        number += 1
    return name


def _names_in_use(context: RuleContext, table: Table) -> set[str]:
    """Index names share a namespace with every relation of the schema on PostgreSQL (and
    constraint names follow their index) and of the database on SQLite; on MySQL they are
    per table. Collected once per check: every finding of a run asks."""
    catalog = context.catalog
    if catalog.dialect == "mysql":
        return {index.name.lower() for index in table.indexes}
    cache: dict[str | None, set[str]] = context.shared.setdefault("index_names_in_use", {})
    if table.name.schema not in cache:
        names: set[str] = set()
        for other in catalog:
            if other.name.schema == table.name.schema:
                names.add(other.name.name.lower())
                names.update(index.name.lower() for index in other.indexes)
        cache[table.name.schema] = names
    return cache[table.name.schema]
