from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from schemadoctor.model.catalog import Index, IndexElement, Table
from schemadoctor.model.changes import Change, CreateIndex
from schemadoctor.model.findings import Finding, Reference, Severity
from schemadoctor.model.indexes import is_indexed
from schemadoctor.rules import register
from schemadoctor.rules._indexes import free_index_name
from schemadoctor.rules.base import Example, Rule, RuleContext
from schemadoctor.rules.options import option


@register
class UnindexedForeignKey(Rule):
    id = "unindexed-foreign-key"
    severity = Severity.WARNING
    in_default_plan = True

    @dataclass(frozen=True)
    class Options:
        min_rows: int = option(0, "report only tables with at least this many rows", minimum=0)

    rationale = (
        "Without an index on the referencing columns, every delete or key update on the parent "
        "scans the child table, and joins from parent to child cannot use an index."
    )
    engines_note = "all (InnoDB indexes foreign keys itself)"
    finds = (
        "foreign keys whose columns lead no usable index. Counts: primary key, unique "
        "constraint, any b-tree whose leading columns are the key's in any order, a partial "
        "index whose predicate is only `col IS NOT NULL`. Does not count: hash/gin/brin, "
        "expression or prefix indexes, other partial indexes"
    )
    fixes = "`CREATE INDEX CONCURRENTLY IF NOT EXISTS` under a name not in use"
    example = Example(
        bad=(
            "CREATE TABLE orders (id integer PRIMARY KEY,\n  customer_id integer REFERENCES "
            "customers (id));"
        ),
        good=(
            "CREATE TABLE orders (id integer PRIMARY KEY,\n  customer_id integer REFERENCES "
            "customers (id));\nCREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders "
            "(customer_id);"
        ),
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        for table in context.catalog:
            if (table.row_estimate or 0) < context.options.min_rows:
                continue
            reported: set[frozenset[str]] = set()
            for foreign_key in table.foreign_keys:
                key = frozenset(foreign_key.columns)
                # Two foreign keys on the same columns need one index between them.
                if key in reported or is_indexed(table, foreign_key.columns):
                    continue
                reported.add(key)
                yield self.finding(
                    table,
                    foreign_key.columns,
                    f"foreign key {table.name}({', '.join(foreign_key.columns)}) -> "
                    f"{foreign_key.referred_table}({', '.join(foreign_key.referred_columns)}) "
                    "has no index on its columns",
                    references=Reference(foreign_key.referred_table, foreign_key.referred_columns),
                    subject=foreign_key.name,
                    evidence={"rows": table.row_estimate, "constraint": foreign_key.name},
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        table = context.catalog.table(finding.table)
        if table is None:
            return []
        return [
            CreateIndex(
                table=table.name,
                index=foreign_key_index(table, finding.columns, context),
                reason=finding.message,
                estimated_rows=table.row_estimate,
            )
        ]


def foreign_key_index(table: Table, columns: tuple[str, ...], context: RuleContext) -> Index:
    """The index that serves a foreign key: a plain b-tree on its columns, in their order."""
    return Index(
        name=free_index_name(context, table, *columns, suffix="idx"),
        elements=tuple(IndexElement(column) for column in columns),
    )
