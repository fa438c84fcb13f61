from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.model.catalog import Column, ForeignKey, TableName, TypeFamily
from schemadoctor.model.changes import AddForeignKey, AlterColumnType, Change, DropForeignKey
from schemadoctor.model.findings import Finding, Reference, Severity
from schemadoctor.model.types import (
    canonical_type,
    decimal_digits,
    integer_bytes,
    sqlite_affinity,
)
from schemadoctor.rules import register
from schemadoctor.rules.base import Example, Rule, RuleContext


@register
class ForeignKeyTypeMismatch(Rule):
    id = "foreign-key-type-mismatch"
    severity = Severity.WARNING
    rationale = (
        "A referencing column whose type differs from the key it points to forces casts in "
        "joins (and can defeat indexes), and can hold values the key never could."
    )
    severity_note = "warning when the child cannot hold every parent value; info when only wider"
    engines_note = "PostgreSQL, MySQL/MariaDB; SQLite by affinity"
    finds = "referencing column types that differ from the referenced ones"
    fixes = (
        "PostgreSQL `ALTER COLUMN … TYPE`; MySQL/MariaDB drop key, `MODIFY COLUMN` keeping its "
        "attributes, add key back"
    )
    example = Example(
        bad=(
            "CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE posts (id bigint "
            "PRIMARY KEY,\n  user_id integer REFERENCES users (id));"
        ),
        good=(
            "CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE posts (id bigint "
            "PRIMARY KEY,\n  user_id bigint REFERENCES users (id));"
        ),
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        catalog = context.catalog
        for table in catalog:
            for foreign_key in table.foreign_keys:
                parent = catalog.table(foreign_key.referred_table)
                if parent is None:
                    continue
                for child_name, parent_name in zip(
                    foreign_key.columns, foreign_key.referred_columns, strict=False
                ):
                    child = table.column(child_name)
                    referred = parent.column(parent_name)
                    if child is None or referred is None:
                        continue
                    if same_type(child, referred, context.adapter.supports.declared_types_enforced):
                        continue
                    narrower = not holds_every_value(child, referred)
                    if (
                        narrower
                        and context.adapter.supports.declared_types_enforced
                        and _sized(child, referred)
                    ):
                        message = (
                            f"{table.name}.{child_name} is {child.type}, narrower than the "
                            f"{referred.type} of {parent.name}.{parent_name} it references"
                        )
                    else:
                        message = (
                            f"{table.name}.{child_name} is {child.type} but references "
                            f"{parent.name}.{parent_name}, which is {referred.type}"
                        )
                    yield self.finding(
                        table,
                        (child_name,),
                        message,
                        # A wider referencing column wastes space and reads oddly; a narrower
                        # one, or another kind of type, breaks inserts or joins.
                        severity=Severity.WARNING if narrower else Severity.INFO,
                        references=Reference(parent.name, (parent_name,)),
                        subject=foreign_key.name,
                        evidence={
                            "column_type": child.type,
                            "referenced_type": referred.type,
                            "family": child.family.value,
                            "referenced_family": referred.family.value,
                            "narrower": narrower,
                        },
                    )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        evidence = finding.evidence
        catalog = context.catalog
        if evidence.get("family") != evidence.get("referenced_family"):
            return []  # Converting across families needs a human: the data may not convert.
        if not context.adapter.supports.alter_column_type:
            return []  # e.g. SQLite: only by rebuilding the table.
        table = catalog.table(finding.table)
        if table is None:
            return []
        alter = AlterColumnType(
            table=finding.table,
            column=finding.columns[0],
            new_type=str(evidence["referenced_type"]),
            old_type=str(evidence["column_type"]),
            reason=finding.message,
            estimated_rows=table.row_estimate,
        )
        if context.adapter.supports.alter_type_keeps_foreign_keys:
            return [alter]
        # InnoDB refuses to change the type of a column a foreign key uses, even with
        # foreign_key_checks off: the key goes, the column changes, the key comes back.
        foreign_keys = [
            fk
            for fk in table.foreign_keys
            if finding.columns[0] in fk.columns and fk.name is not None
        ]
        return [
            *(_drop(table.name, fk, finding.message) for fk in foreign_keys),
            alter,
            *(_add(table.name, fk, finding.message) for fk in foreign_keys),
        ]


def _drop(table: TableName, foreign_key: ForeignKey, reason: str) -> Change:
    return DropForeignKey(table=table, foreign_key=foreign_key, reason=reason)


def _add(table: TableName, foreign_key: ForeignKey, reason: str) -> Change:
    return AddForeignKey(table=table, foreign_key=foreign_key, reason=reason)


def same_type(child: Column, parent: Column, declared_types_enforced: bool = True) -> bool:
    """Types that store the same values the same way; identity/serial-ness is not type. Where
    declared types are not enforced (SQLite) only the affinity matters."""
    if not declared_types_enforced:
        return sqlite_affinity(child.type) == sqlite_affinity(parent.type)
    if child.family != parent.family or child.unsigned != parent.unsigned:
        return False
    return _without_length_if_text(child) == _without_length_if_text(parent)


def holds_every_value(child: Column, parent: Column) -> bool:
    """Whether every value of the parent's type fits the child's type."""
    if child.family != parent.family:
        return False
    if child.family == TypeFamily.INTEGER:
        child_bytes, parent_bytes = integer_bytes(child.type), integer_bytes(parent.type)
        return (
            child.unsigned == parent.unsigned
            and child_bytes is not None
            and parent_bytes is not None
            and child_bytes >= parent_bytes
        )
    if child.family == TypeFamily.TEXT:
        if child.length is None:
            return True
        return parent.length is not None and child.length >= parent.length
    if child.family == TypeFamily.DECIMAL:
        child_digits, parent_digits = decimal_digits(child.type), decimal_digits(parent.type)
        if child_digits is None:
            return True
        return parent_digits is not None and all(
            mine >= theirs for mine, theirs in zip(child_digits, parent_digits, strict=True)
        )
    return False


def _sized(child: Column, parent: Column) -> bool:
    """Types of one family that differ only in how much they hold."""
    return child.family == parent.family and child.family in (
        TypeFamily.INTEGER,
        TypeFamily.TEXT,
        TypeFamily.DECIMAL,
    )


def _without_length_if_text(column: Column) -> str:
    canonical = canonical_type(column.type)
    if column.family.value == "text" and column.length is None:
        return canonical.split("(")[0]
    return canonical
