from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.model.catalog import Index, PrimaryKey, Table
from schemadoctor.model.changes import AddPrimaryKey, Change
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.rules import register
from schemadoctor.rules._indexes import free_index_name
from schemadoctor.rules.base import Example, Rule, RuleContext


@register
class TableWithoutPrimaryKey(Rule):
    id = "table-without-primary-key"
    severity = Severity.ERROR
    rationale = (
        "Rows without a key cannot be addressed one by one: duplicates creep in, and logical "
        "replication and most ORMs cannot update or delete them."
    )
    severity_note = "error; warning when a unique index on NOT NULL columns could be the key"
    finds = "tables with no primary key"
    fixes = (
        "PostgreSQL: `ADD PRIMARY KEY USING INDEX`; MySQL/MariaDB: `ADD PRIMARY KEY (…), DROP "
        "INDEX …` online; SQLite and partitioned tables: none (needs a rebuild)"
    )
    example = Example(
        bad=(
            "CREATE TABLE events (id bigint NOT NULL, at timestamp);\nCREATE UNIQUE INDEX "
            "events_id ON events (id);"
        ),
        good=(
            "CREATE TABLE events (id bigint NOT NULL, at timestamp);\nALTER TABLE events ADD "
            "CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id;"
        ),
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
        # An engine that adds a primary key only by rebuilding the table (SQLite), or a
        # partitioned table (PostgreSQL cannot promote its index): a human-planned migration.
        if table is None or index is None or not context.adapter.supports.add_primary_key:
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
