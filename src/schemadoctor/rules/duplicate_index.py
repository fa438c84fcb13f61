from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from schemadoctor.model.catalog import Index, IndexElement, Table
from schemadoctor.model.changes import Change
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.model.indexes import keep_order, signature
from schemadoctor.rules import register
from schemadoctor.rules._indexes import drop_blocker, drop_index_changes
from schemadoctor.rules.base import Example, Rule, RuleContext


@register
class DuplicateIndex(Rule):
    id = "duplicate-index"
    severity = Severity.WARNING
    in_default_plan = True
    rationale = (
        "Two indexes with the same keys, method and predicate serve the same queries; the "
        "second only slows every write and takes space."
    )
    finds = (
        "indexes with the same keys, direction, operator class, collation, method, predicate "
        "and INCLUDE columns. Keeps: primary key, constraint index, index a foreign key "
        "depends on, unique, most scanned"
    )
    fixes = "drop the other, never an index a constraint or foreign key needs"
    example = Example(
        bad=(
            "CREATE INDEX orders_customer ON orders (customer_id);\nCREATE INDEX "
            "orders_customer_2 ON orders (customer_id);"
        ),
        good="CREATE INDEX orders_customer ON orders (customer_id);",
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        catalog = context.catalog
        for table in catalog:
            for index, keep in duplicates(table):
                blocker = drop_blocker(context.adapter, catalog, table, index)
                message = (
                    f"index {index.name} on {table.name} ({', '.join(index.columns)}) "
                    f"duplicates {keep.name}"
                )
                if blocker:
                    message += f"; not dropped because {blocker}"
                evidence: dict[str, object] = {
                    "index": index.name,
                    "duplicate_of": keep.name,
                    "size_bytes": index.size_bytes,
                    "droppable": blocker is None,
                }
                if blocker:
                    evidence["kept_because"] = blocker
                yield self.finding(
                    table, index.columns, message, subject=index.name, evidence=evidence
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        return drop_index_changes(finding, context)


def duplicates(table: Table) -> Iterator[tuple[Index, Index]]:
    """(index to drop, index kept) for every valid index that has a valid twin. Invalid
    indexes are the invalid-index rule's business."""
    groups: dict[tuple[object, ...], list[Index]] = defaultdict(list)
    rowid = _rowid_key(table)
    for index in ([rowid] if rowid else []) + list(table.indexes):
        if index.valid:
            groups[signature(index)].append(index)
    for group in groups.values():
        if len(group) > 1:
            keep, *others = sorted(group, key=keep_order)
            for index in others:
                yield index, keep


def _rowid_key(table: Table) -> Index | None:
    """SQLite's INTEGER PRIMARY KEY is the rowid itself and has no index entry; an index on
    that column duplicates it all the same."""
    key = table.primary_key
    if key is None or len(key.columns) != 1 or any(index.primary for index in table.indexes):
        return None
    column = table.column(key.columns[0])
    if column is None or not column.identity:
        return None
    return Index(name=ROWID_KEY, elements=(IndexElement(column.name),), unique=True, primary=True)


ROWID_KEY = "INTEGER PRIMARY KEY"
