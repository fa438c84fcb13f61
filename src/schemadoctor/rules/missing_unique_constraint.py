from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from schemadoctor.infer.names import words
from schemadoctor.model.catalog import (
    Column,
    Index,
    IndexElement,
    Table,
    TableName,
    TypeFamily,
    UniqueConstraint,
)
from schemadoctor.model.changes import AddUniqueConstraint, Change, CreateIndex
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.probes._sql import ProbeFailed, probe_connection
from schemadoctor.probes.keys import Duplicates, duplicates
from schemadoctor.rules import register
from schemadoctor.rules._key_graph import references
from schemadoctor.rules.base import Example, Rule, RuleContext
from schemadoctor.rules.options import option

IDENTITY_WORDS = ("email", "username", "login", "slug", "code", "sku", "handle")
"""A column named so (or ending so: `user_email`, `product_sku`) names an identity."""
IDENTITY_NAMES = ("external_id", "external_ref", "external_key", "user_name", "email_address")
LOOKUP_NAMES = ("name", "key", "label", "title")
"""In a small table other tables reference, these are its natural key."""
LOOKUP_ROWS = 10_000
LOOKUP_COLUMNS = 5
SAMPLES = 5
CASE_DUPLICATES = "case-duplicates"
"""The `subject` of a finding about e-mails that differ only in case."""


@register
class MissingUniqueConstraint(Rule):
    id = "missing-unique-constraint"
    severity = Severity.WARNING
    rationale = (
        "A column that names an identity (an e-mail, a username, a slug, a SKU, an external "
        "id) holds no duplicate today only by luck: without a unique constraint the next "
        "double submit or race makes two rows of one thing."
    )
    finds = (
        "identity-like columns (or a column with the key of its parent) with no duplicate in "
        "the whole table and no unique index; e-mails that differ only in case, with samples"
    )
    fixes = (
        "a unique constraint (PostgreSQL: `CREATE UNIQUE INDEX CONCURRENTLY`, then `ADD "
        "CONSTRAINT ... USING INDEX`); e-mails: unique on `lower(email)` once the case "
        "duplicates are resolved"
    )
    severity_note = "warning, for both the missing constraint and the case duplicates"
    needs_data = True
    example = Example(
        bad="CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);",
        good=(
            "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"
            "CREATE UNIQUE INDEX users_lower_email_key ON users (lower(email));"
        ),
    )

    @dataclass(frozen=True)
    class Options:
        extra_names: tuple = option(
            (), "more column names that mark an identity (exact names, lower case)"
        )
        min_rows: int = option(
            2, "columns with fewer non-NULL values prove nothing and are not reported", minimum=1
        )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        database = context.database
        if database is None:
            return
        referenced = {ref.parent[0] for ref in references(context.run)}
        scopes = _scopes(context)
        with database.connect() as raw:
            connection = probe_connection(raw, database)
            for table in context.catalog:
                if context.run.is_own(table.name):
                    continue
                for column in table.columns:
                    if not self._candidate(context, table, column, referenced):
                        continue
                    try:
                        found = self._check_column(
                            context, connection, table, column, scopes.get(table.name, [])
                        )
                    except ProbeFailed:
                        continue
                    if found is not None:
                        yield found

    def _candidate(
        self, context: RuleContext, table: Table, column: Column, referenced: set[TableName]
    ) -> bool:
        if column.generated or column.family not in (TypeFamily.TEXT, TypeFamily.INTEGER):
            return False
        if any(column.name in fk.columns for fk in table.foreign_keys):
            return False
        if (column.name,) in table.unique_keys or _unique_lower(table, column.name):
            return False
        name = column.name.lower()
        parts = words(column.name)
        if name in IDENTITY_NAMES or name in context.options.extra_names:
            return True
        if column.family == TypeFamily.TEXT and parts and parts[-1] in IDENTITY_WORDS:
            return True
        if column.family == TypeFamily.TEXT and (name.endswith("_key") or name == "key"):
            return True
        # A lookup table: small, narrow, referenced, its name column always filled.
        small = table.row_estimate is None or table.row_estimate <= LOOKUP_ROWS
        return (
            column.family == TypeFamily.TEXT
            and name in LOOKUP_NAMES
            and not column.nullable
            and table.name in referenced
            and small
            and len(table.columns) <= LOOKUP_COLUMNS
        )

    def _check_column(
        self,
        context: RuleContext,
        connection: Connection,
        table: Table,
        column: Column,
        scopes: list[str],
    ) -> Finding | None:
        database = context.database
        assert database is not None
        quote = database.quote
        value = f"sd_d.{quote(column.name)}"
        if _is_email(column):
            folded = duplicates(
                connection, database, table, [f"lower({value})"], SAMPLES, spellings=value
            )
            if folded.groups:
                return self._case_duplicates(table, column, folded)
        present = duplicates(connection, database, table, [value], 1)
        if present.groups == 0:
            if _non_null(connection, database, table, column.name) < context.options.min_rows:
                return None
            return self._missing(context, table, (column.name,), lowered=_is_email(column))
        for scope in scopes[:3]:
            if scope == column.name:
                continue
            pair = {scope, column.name}
            if any(set(key) <= pair for key in table.unique_keys):
                return None  # already unique within its parent
            pair = duplicates(connection, database, table, [f"sd_d.{quote(scope)}", value], 1)
            if pair.groups == 0:
                return self._missing(context, table, (scope, column.name), lowered=False)
        return None

    def _missing(
        self, context: RuleContext, table: Table, columns: tuple[str, ...], *, lowered: bool
    ) -> Finding:
        where = f"{table.name}({', '.join(columns)})"
        if lowered:
            column = table.column(columns[0])
            how = _email_unique(context, column) if column is not None else "plain"
            kind = {
                "plain-ci": "a unique constraint (its collation ignores case)",
                "lower": f"a unique index on lower({columns[0]})",
                "plain": "a unique constraint (case-sensitive: this engine indexes no "
                "lower(); two spellings of one address stay possible)",
            }[how]
            message = (
                f"{where} names an identity and holds no duplicate, not even in another case, "
                f"but nothing enforces it: {kind} would"
            )
            evidence: dict[str, Any] = {"columns": list(columns), "unique": how}
        else:
            message = (
                f"{where} names an identity and holds no duplicate, but nothing enforces it: a "
                "unique constraint would"
            )
            evidence = {"columns": list(columns), "unique": "plain"}
        return self.finding(table, columns, message, evidence=evidence)

    def _case_duplicates(self, table: Table, column: Column, found: Duplicates) -> Finding:
        shown = "; ".join(
            " / ".join(repr(name) for name in names) + f" ({count} rows)"
            for _, count, names in found.samples
        )
        exact = all(len(names) == 1 for _, _, names in found.samples)
        what = "appear more than once" if exact else "differ only in case"
        return self.finding(
            table,
            (column.name,),
            f"{found.groups:,} e-mail address{'es' if found.groups != 1 else ''} of "
            f"{table.name}.{column.name} {what} ({shown}): resolve them, then a unique index "
            f"on lower({column.name}) can keep them apart",
            subject=CASE_DUPLICATES,
            evidence={
                "groups": found.groups,
                "samples": [
                    {"key": str(key[0]), "rows": count, "spellings": list(names)}
                    for key, count, names in found.samples
                ],
            },
        )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        if finding.subject == CASE_DUPLICATES:
            return []  # the data first: the finding lists the addresses to resolve
        table = context.catalog.table(finding.table)
        if table is None:
            return []
        renderer = context.renderer
        columns = finding.columns
        how = finding.evidence.get("unique", "plain")
        rows = table.row_estimate
        if how == "lower":
            column = columns[0]
            name = renderer.object_name(table.name.name, "lower", column, suffix="key")
            index = Index(
                name=name,
                elements=(IndexElement(None, expression=f"lower({renderer.quote(column)})"),),
                unique=True,
            )
            return [
                CreateIndex(
                    table=table.name, index=index, reason=finding.message, estimated_rows=rows
                )
            ]
        name = renderer.object_name(table.name.name, *columns, suffix="key")
        return [
            AddUniqueConstraint(
                table=table.name,
                constraint=UniqueConstraint(name, columns),
                reason=finding.message,
                estimated_rows=rows,
            )
        ]


def _is_email(column: Column) -> bool:
    return column.family == TypeFamily.TEXT and "email" in column.name.lower()


def _email_unique(context: RuleContext, column: Column) -> str:
    if context.adapter.case_insensitive(column):
        return "plain-ci"
    if context.adapter.supports.expression_indexes:
        return "lower"
    return "plain"


def _unique_lower(table: Table, column: str) -> bool:
    """A unique index on lower(column) already keeps the column unique, whatever the case."""
    for index in table.indexes:
        if not index.unique or index.predicate or len(index.elements) != 1:
            continue
        expression = (index.elements[0].expression or "").lower()
        expression = re.sub(r'::[a-z ]+|[\s"`()]', "", expression)
        if expression == f"lower{column.lower()}":
            return True
    return False


def _scopes(context: RuleContext) -> dict[TableName, list[str]]:
    """Per table, the single columns that point at a parent (declared first): a slug is
    often unique per account rather than everywhere."""
    found: dict[TableName, list[str]] = {}
    for reference in references(context.run):
        table, column = reference.child
        found.setdefault(table, [])
        if column not in found[table]:
            found[table].append(column)
    return found


def _non_null(connection: Connection, database: Any, table: Table, column: str) -> int:
    from schemadoctor.probes._sql import fetch_one

    quoted = database.quote(column)
    return int(
        fetch_one(
            connection,
            database,
            f"SELECT count({quoted}) FROM {database.qualify(table.name)}",
        )[0]
    )
