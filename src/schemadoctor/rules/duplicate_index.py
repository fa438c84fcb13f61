from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from schemadoctor.catalog.indexes import keep_order, signature
from schemadoctor.catalog.model import Index
from schemadoctor.findings import Finding, Severity
from schemadoctor.plan.changes import Change
from schemadoctor.rules import register
from schemadoctor.rules._indexes import drop_index_changes
from schemadoctor.rules.base import Rule, RuleContext


@register
class DuplicateIndex(Rule):
    id = "duplicate-index"
    severity = Severity.WARNING
    rationale = (
        "Two indexes with the same keys, method and predicate serve the same queries; the "
        "second only slows every write and takes space."
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        for table in context.catalog:
            groups: dict[tuple[object, ...], list[Index]] = defaultdict(list)
            for index in table.indexes:
                groups[signature(index)].append(index)
            for group in groups.values():
                if len(group) < 2:
                    continue
                keep, *others = sorted(group, key=keep_order)
                for index in others:
                    droppable = not index.backs_constraint
                    message = (
                        f"index {index.name} on {table.name} ({', '.join(index.columns)}) "
                        f"duplicates {keep.name}"
                    )
                    if not droppable:
                        message += (
                            f"; both back constraints ({keep.constraint or 'primary key'}, "
                            f"{index.constraint or 'primary key'}): drop the redundant constraint"
                        )
                    yield self.finding(
                        table,
                        index.columns,
                        message,
                        subject=index.name,
                        evidence={
                            "index": index.name,
                            "duplicate_of": keep.name,
                            "size_bytes": index.size_bytes,
                            "droppable": droppable,
                        },
                    )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        return drop_index_changes(finding, context)
