from __future__ import annotations

import re
from collections.abc import Iterable

from schemadoctor.model.catalog import Index, Table
from schemadoctor.model.changes import Change, DropIndex, RebuildIndex
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.model.indexes import signature
from schemadoctor.rules import register
from schemadoctor.rules._probe import RowQuestions
from schemadoctor.rules.base import Example, Rule, RuleContext

# REINDEX CONCURRENTLY builds `<name>_ccnew` and renames the old index `<name>_ccold`; a failure
# part-way leaves one of them behind, INVALID, beside the index it was meant to replace.
_LEFTOVER = re.compile(r"^(?P<base>.+)_cc(?:new|old)\d*$")


@register
class InvalidIndex(Rule):
    id = "invalid-index"
    severity = Severity.ERROR
    rationale = (
        "An INVALID index (left by a failed or interrupted CREATE INDEX CONCURRENTLY) serves "
        "no query and enforces nothing, and may still be updated on every write."
    )
    finds = "INVALID indexes (failed or cancelled `CONCURRENTLY` builds, REINDEX leftovers)"
    fixes = (
        "`REINDEX INDEX CONCURRENTLY`, or `DROP INDEX CONCURRENTLY` when a valid twin exists "
        "or duplicate keys would make a unique rebuild fail"
    )
    example = Example(
        bad=(
            "-- CREATE INDEX CONCURRENTLY orders_email ON orders (email); cancelled half-way\n"
            "-- pg_index.indisvalid = false"
        ),
        good="REINDEX INDEX CONCURRENTLY orders_email;",
    )
    requires = ("invalid_indexes",)
    needs_data = True
    in_default_plan = True

    def check(self, context: RuleContext) -> Iterable[Finding]:
        with RowQuestions(context) as questions:
            for table in context.catalog:
                for index in table.indexes:
                    if not index.valid:
                        yield self._finding(context, questions, table, index)

    def _finding(
        self, context: RuleContext, questions: RowQuestions, table: Table, index: Index
    ) -> Finding:
        kind = "unique index" if index.unique else "index"
        if index.ready and index.unique:
            # A ready unique index checks new rows, so it half-works: old rows are unchecked.
            cost = "writes maintain it and it rejects new duplicates, but no query can use it"
        elif index.ready:
            cost = "every write maintains it, no query can use it"
        elif index.unique:
            cost = "it enforces nothing and no query can use it"
        else:
            cost = "no query can use it"
        message = f"{kind} {index.name} on {table.name} is INVALID: {cost}"
        evidence: dict[str, object] = {
            "index": index.name,
            "unique": index.unique,
            "ready": index.ready,
            "size_bytes": index.size_bytes,
        }
        twin = next(
            (
                other
                for other in table.indexes
                if other.valid
                and other is not index
                and signature(other) == signature(index)
                and (other.unique or not index.unique)
            ),
            None,
        )
        leftover = _LEFTOVER.match(index.name)
        if table.partitioned:
            # A partitioned index is valid once every partition has one attached, and only
            # the partitions' indexes cost writes.
            message = (
                f"{kind} {index.name} on partitioned table {table.name} is INVALID: attach a "
                "matching index of every partition to it (ALTER INDEX ... ATTACH PARTITION)"
            )
            action = None
        elif twin is not None:
            message += f"; valid index {twin.name} has the same definition: drop this one"
            evidence["duplicate_of"] = twin.name
            action = "drop"
        elif leftover and table.index(leftover.group("base")) is not None:
            message += f"; leftover of a failed REINDEX CONCURRENTLY of {leftover['base']}: drop it"
            action = "drop"
        else:
            duplicated = (
                _has_duplicate_keys(context, questions, table, index) if index.unique else None
            )
            if index.unique:
                evidence["duplicate_keys"] = duplicated
            if duplicated:
                message += (
                    "; the table holds duplicate keys, so a rebuild would fail: drop it, or "
                    "remove the duplicates and rebuild it"
                )
                action = "drop"
            else:
                action = "rebuild"
        evidence["action"] = action
        return self.finding(table, index.columns, message, subject=index.name, evidence=evidence)

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        table = context.catalog.table(finding.table)
        index = table.index(finding.subject or "") if table else None
        action = finding.evidence.get("action")
        if table is None or index is None or action is None:
            return []
        change = DropIndex if action == "drop" else RebuildIndex
        return [
            change(
                table=table.name,
                index=index,
                reason=finding.message,
                estimated_rows=table.row_estimate,
            )
        ]


def _has_duplicate_keys(
    context: RuleContext, questions: RowQuestions, table: Table, index: Index
) -> bool | None:
    """Whether rows share a key the unique index would reject (NULLs never clash), which is
    what makes its build fail; None when the question could not be answered in time."""
    database = context.database
    if database is None:
        return None
    keys = [
        database.quote(element.column) if element.column else f"({element.expression})"
        for element in index.elements
    ]
    conditions = [f"{key} IS NOT NULL" for key in keys]
    if index.predicate:
        conditions.append(f"({index.predicate})")
    sql = (
        f"SELECT 1 FROM {database.qualify(table.name)} WHERE {' AND '.join(conditions)} "
        f"GROUP BY {', '.join(keys)} HAVING count(*) > 1 LIMIT 1"
    )
    return questions.ask(sql)
