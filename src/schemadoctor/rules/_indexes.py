"""Index questions and changes shared by the rules that find droppable or missing indexes."""

from __future__ import annotations

from schemadoctor.engines.base import Adapter
from schemadoctor.model.catalog import Catalog, Index, Table
from schemadoctor.model.changes import Change, DropIndex
from schemadoctor.model.findings import Finding
from schemadoctor.rules.base import RuleContext


def drop_index_changes(finding: Finding, context: RuleContext) -> list[Change]:
    """Drop the index a finding names, unless something needs it: a planner must never remove
    what implements a primary key or unique constraint, or what a foreign key relies on."""
    table = context.catalog.table(finding.table)
    index = table.index(finding.subject or "") if table else None
    if (
        table is None
        or index is None
        or drop_blocker(context.adapter, context.catalog, table, index)
    ):
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
    if context.adapter.supports.index_names_per_table:
        taken = {index.name.lower() for index in table.indexes}
    else:
        # One namespace with every relation of the schema (PostgreSQL: constraint names follow
        # their index) or of the database (SQLite).
        taken = context.run.names_in_use.get(table.name.schema, set())
    name = context.renderer.object_name(table.name.name, *parts, suffix=suffix)
    number = 2
    while name.lower() in taken:
        name = context.renderer.object_name(table.name.name, *parts, str(number), suffix=suffix)
        number += 1
    return name


def drop_blocker(adapter: Adapter, catalog: Catalog, table: Table, index: Index) -> str | None:
    """Why `index` must not be dropped, or None when dropping it breaks nothing the engine
    enforces: it implements a constraint, or a foreign key needs it."""
    if index.primary:
        return "it is the primary key"
    if index.constraint is not None:
        return f"it implements constraint {index.constraint}"
    if index.referenced_by:
        return f"foreign key {', '.join(index.referenced_by)} references it"
    return adapter.index_drop_blocker(catalog, table, index)
