from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.findings import Finding, Severity
from schemadoctor.plan.changes import Change, RebuildIndex
from schemadoctor.rules import register
from schemadoctor.rules.base import Rule, RuleContext


@register
class InvalidIndex(Rule):
    id = "invalid-index"
    severity = Severity.ERROR
    rationale = (
        "An INVALID index (left by a failed or interrupted CREATE INDEX CONCURRENTLY) is "
        "updated on every write but never used by a query."
    )
    dialects = frozenset({"postgresql"})

    def check(self, context: RuleContext) -> Iterable[Finding]:
        for table in context.catalog:
            for index in table.indexes:
                if index.valid:
                    continue
                yield self.finding(
                    table,
                    index.columns,
                    f"index {index.name} on {table.name} is INVALID: it costs every write and "
                    "serves no query",
                    subject=index.name,
                    evidence={
                        "index": index.name,
                        "unique": index.unique,
                        "size_bytes": index.size_bytes,
                    },
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        table = context.catalog.table(finding.table)
        index = table.index(finding.subject or "") if table else None
        if table is None or index is None:
            return []
        return [
            RebuildIndex(
                table=table.name,
                index=index,
                reason=finding.message,
                estimated_rows=table.row_estimate,
            )
        ]
