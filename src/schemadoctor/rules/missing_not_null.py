from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.infer.names import words
from schemadoctor.model.catalog import Column
from schemadoctor.model.changes import Change, SetNotNull
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.probes._sql import ProbeFailed
from schemadoctor.probes.values import has_nulls, row_count
from schemadoctor.rules import register
from schemadoctor.rules.base import Example, Rule, RuleContext

REQUIRED = frozenset(
    {
        "name",
        "title",
        "email",
        "username",
        "login",
        "slug",
        "sku",
        "status",
        "state",
        "kind",
        "type",
        "amount",
        "quantity",
        "qty",
        "price",
        "total",
        "currency",
        "createdat",
        "createdon",
        "insertedat",
        "creationdate",
        "created",
    }
)
"""Folded column names that name something every row has."""


@register
class MissingNotNull(Rule):
    id = "missing-not-null"
    severity = Severity.WARNING
    rationale = (
        "A column every row fills in and whose name says it is required (name, email, "
        "created_at, status, amount...) but which accepts NULL lets the first buggy insert "
        "store a row the application cannot handle."
    )
    finds = "columns with no NULLs whose name says they are required"
    fixes = "`SET NOT NULL` (PostgreSQL via a validated CHECK)"
    example = Example(
        bad="CREATE TABLE users (id integer PRIMARY KEY, email text);\n-- no row has a NULL email",
        good="CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);",
    )
    opt_in = True
    needs_data = True

    def check(self, context: RuleContext) -> Iterable[Finding]:
        if context.database is None:
            return
        for table in context.catalog:
            candidates = [column for column in table.columns if _required(column)]
            if not candidates:
                continue
            try:
                with context.database.connect() as connection:
                    rows = row_count(connection, context.database, table)
                    if rows == 0:
                        continue  # nothing proves the column is always filled in
                    filled = [
                        column
                        for column in candidates
                        if not has_nulls(connection, context.database, table, column.name)
                    ]
            except ProbeFailed:
                continue
            for column in filled:
                yield self.finding(
                    table,
                    (column.name,),
                    f"{table.name}.{column.name} has a value in all {rows} rows and its name "
                    "says it is required, but it accepts NULL",
                    subject=column.name,
                    evidence={"rows": rows, "nulls": 0},
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        table = context.catalog.table(finding.table)
        if table is None:
            return []
        return [
            SetNotNull(
                table=table.name,
                column=finding.columns[0],
                reason=finding.message,
                estimated_rows=table.row_estimate,
            )
        ]


def _required(column: Column) -> bool:
    if not column.nullable or column.generated or column.identity:
        return False
    # The whole name, not its last word: `middle_name` and `billing_email` are often empty.
    return "".join(words(column.name)) in REQUIRED
