from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.model.catalog import Index
from schemadoctor.model.changes import Change
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.model.indexes import (
    keep_order,
    key_signature,
    normalize_predicate,
    signature,
)
from schemadoctor.rules import register
from schemadoctor.rules._indexes import drop_blocker, drop_index_changes
from schemadoctor.rules.base import Example, Rule, RuleContext
from schemadoctor.rules.duplicate_index import duplicates


@register
class RedundantIndex(Rule):
    id = "redundant-index"
    severity = Severity.WARNING
    in_default_plan = True
    rationale = (
        "A b-tree whose keys are the leading keys of another b-tree with the same predicate "
        "answers no query the longer one cannot, and costs every write."
    )
    finds = "a non-unique b-tree whose keys lead another b-tree with the same predicate"
    fixes = "drop it (same safeguards)"
    example = Example(
        bad=(
            "CREATE INDEX orders_customer ON orders (customer_id);\nCREATE INDEX "
            "orders_customer_at ON orders (customer_id, created_at);"
        ),
        good="CREATE INDEX orders_customer_at ON orders (customer_id, created_at);",
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        catalog = context.catalog
        for table in catalog:
            # Indexes duplicate-index already drops get one finding, not two.
            dropped = {index.name for index, _ in duplicates(table)}
            candidates = sorted(
                (index for index in table.indexes if index.method == "btree" and index.valid),
                key=keep_order,
            )
            for index in candidates:
                if index.unique or index.name in dropped:
                    continue
                if drop_blocker(context.adapter, catalog, table, index):
                    continue
                wider = _covering_index(index, [c for c in candidates if c.name not in dropped])
                if wider is None:
                    continue
                yield self.finding(
                    table,
                    index.columns,
                    f"index {index.name} on {table.name} ({', '.join(index.columns)}) is a "
                    f"leading prefix of {wider.name} ({', '.join(wider.columns)})",
                    subject=index.name,
                    evidence={
                        "index": index.name,
                        "covered_by": wider.name,
                        "size_bytes": index.size_bytes,
                    },
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        return drop_index_changes(finding, context)


def _covering_index(index: Index, candidates: list[Index]) -> Index | None:
    """A longer b-tree whose leading keys are this one's (same columns, order, operator class
    and collation; both may be read backwards) under the same predicate, that also carries
    every INCLUDE column of `index` so index-only scans keep working; exact duplicates are
    left to duplicate-index."""
    predicate = normalize_predicate(index.predicate)
    size = len(index.elements)
    mine = key_signature(index.elements)
    for other in candidates:
        if other is index or signature(other) == signature(index):
            continue
        if normalize_predicate(other.predicate) != predicate:
            continue
        if key_signature(other.elements[:size]) != mine:
            continue
        carried = {element.column for element in other.elements} | set(other.include)
        if len(other.elements) > size and set(index.include) <= carried:
            return other
        if len(other.elements) == size and set(index.include) < set(other.include):
            return other
    return None
