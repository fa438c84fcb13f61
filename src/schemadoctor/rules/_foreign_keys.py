"""The changes that add a foreign key, or make a declared one hold, in the order a careful DBA
runs them: orphans out of the way first (quarantined, never silently dropped), then an index
on the referencing columns, then the constraint (NOT VALID on PostgreSQL), then its validation.

Rules call these from their `changes()`: `missing-foreign-key` through `foreign_key_changes`,
`orphan-rows` through `orphan_changes`. The run's settings decide what happens to orphans
(quarantine, set-null, delete or fail) and the foreign keys the run proposes inform the ON
DELETE policy.
"""

from __future__ import annotations

from schemadoctor.model.catalog import ForeignKey, Index, IndexElement, Table, TableName
from schemadoctor.model.changes import (
    AddForeignKey,
    Change,
    CreateIndex,
    QuarantineOrphans,
    ValidateConstraint,
)
from schemadoctor.model.indexes import is_indexed
from schemadoctor.model.links import Link
from schemadoctor.rules import _policy as policy
from schemadoctor.rules.base import RuleContext
from schemadoctor.rules.run import ORPHAN_MODES


def foreign_key_changes(
    context: RuleContext,
    table: TableName,
    columns: tuple[str, ...],
    referred_table: TableName,
    referred_columns: tuple[str, ...],
    *,
    reason: str,
    orphans: int | None = None,
    confidence: float | None = None,
) -> list[Change]:
    """Changes adding the foreign key `table(columns) -> referred_table(referred_columns)`:
    quarantine its orphans (unless counted as none), index its columns (unless an index
    already leads with them), add it with the ON DELETE action the policy picks, validate it.
    `orphans` is the count measured by the check (None: not measured)."""
    child = context.catalog.table(table)
    if child is None:
        return []
    columns, referred_columns = tuple(columns), tuple(referred_columns)
    decision = delete_decision(context, child, columns, referred_table)
    name = context.renderer.object_name(table.name, *columns, suffix="fkey")
    foreign_key = ForeignKey(
        name=name,
        columns=columns,
        referred_table=referred_table,
        referred_columns=referred_columns,
        on_delete=decision.action,
    )
    why = reason if confidence is None else f"{reason} (confidence {confidence:.2f})"
    rows = child.row_estimate
    changes: list[Change] = []
    if orphans is None or orphans > 0:
        changes.append(_quarantine(context, child, foreign_key, why, orphans))
    if not is_indexed(child, columns):
        changes.append(
            CreateIndex(
                table=table,
                index=foreign_key_index(context, child, columns),
                reason=f"index the referencing columns first: {why}",
                estimated_rows=rows,
            )
        )
    changes.append(
        AddForeignKey(
            table=table,
            foreign_key=foreign_key,
            policy=decision.describe(),
            reason=why,
            estimated_rows=rows,
        )
    )
    changes.append(
        ValidateConstraint(
            table=table, constraint=name, reason=f"check existing rows: {why}", estimated_rows=rows
        )
    )
    return changes


def orphan_changes(
    context: RuleContext,
    table: TableName,
    foreign_key: ForeignKey,
    *,
    reason: str,
    orphans: int,
) -> list[Change]:
    """Changes making a declared foreign key hold for existing rows: quarantine the rows that
    violate it, then (PostgreSQL, constraint NOT VALID) validate it. Used for NOT VALID
    constraints, SQLite databases that never enforced foreign keys and MySQL tables loaded
    with foreign_key_checks=0."""
    child = context.catalog.table(table)
    if child is None or orphans <= 0:
        return []
    changes: list[Change] = [_quarantine(context, child, foreign_key, reason, orphans)]
    if not foreign_key.valid and foreign_key.name:
        changes.append(
            ValidateConstraint(
                table=table,
                constraint=foreign_key.name,
                reason=f"check existing rows once the orphans are out: {reason}",
                estimated_rows=child.row_estimate,
            )
        )
    return changes


def delete_decision(
    context: RuleContext, child: Table, columns: tuple[str, ...], parent: TableName
) -> policy.DeleteDecision:
    edges = policy.references(context.catalog, context.run.proposed)
    if not any(edge.table == child.name and edge.columns == columns for edge in edges):
        edges.append(Link(child.name, columns, parent, ()))
    return policy.decide(context.catalog, child, columns, parent, edges)


def foreign_key_index(context: RuleContext, table: Table, columns: tuple[str, ...]) -> Index:
    """A plain b-tree on the referencing columns, in their order."""
    return Index(
        name=context.renderer.object_name(table.name.name, *columns, suffix="idx"),
        elements=tuple(IndexElement(column) for column in columns),
    )


def orphan_mode(context: RuleContext) -> str:
    mode = context.run.settings.orphans
    if mode not in ORPHAN_MODES:
        raise ValueError(f"unknown orphan mode {mode!r} (known: {', '.join(ORPHAN_MODES)})")
    return mode


def row_key(table: Table) -> tuple[str, ...]:
    """Columns that identify one row for as long as it lives: the primary key, else a unique
    constraint or index on NOT NULL columns; empty when there is none."""
    for key in table.unique_keys:
        if all((column := table.column(name)) is not None and not column.nullable for name in key):
            return key
    return ()


def orphan_action(
    mode: str, table: Table, foreign_key: ForeignKey, key: tuple[str, ...]
) -> tuple[str, str]:
    """(`delete` or `set-null`, why) for the live orphan rows, after they are quarantined.

    quarantine (the default) does to an orphan what its ON DELETE action would have done had
    the constraint existed when its parent went: delete it under CASCADE, clear the reference
    otherwise when that is possible, since a dangling value points at nothing and the rest of
    the row is still good data. `set-null` and `delete` force one or the other. Clearing needs
    nullable columns and a row key (to restore the value later); without them rows are
    deleted, and the reason says so."""
    nullable = all(
        (column := table.column(name)) is not None and column.nullable
        for name in foreign_key.columns
    )
    can_null = nullable and bool(key) and not table.partitioned
    if mode == "delete":
        return "delete", "--orphans delete"
    if mode == "set-null":
        if can_null:
            return "set-null", "--orphans set-null"
        return "delete", "--orphans set-null, but " + _why_not_null(nullable, key)
    if foreign_key.on_delete == policy.CASCADE:
        return "delete", "owned rows (ON DELETE CASCADE) do not outlive their parent"
    if can_null:
        return "set-null", "the row stays; only its dangling reference is cleared"
    return "delete", _why_not_null(nullable, key)


def _why_not_null(nullable: bool, key: tuple[str, ...]) -> str:
    if not nullable:
        return "the reference is NOT NULL, so the rows are deleted"
    return "the table has no row key to restore a cleared reference by, so the rows are deleted"


def _quarantine(
    context: RuleContext,
    child: Table,
    foreign_key: ForeignKey,
    reason: str,
    orphans: int | None,
) -> QuarantineOrphans:
    key = row_key(child)
    action, why = orphan_action(orphan_mode(context), child, foreign_key, key)
    counted = "not counted" if orphans is None else f"{orphans} counted at plan time"
    return QuarantineOrphans(
        table=child.name,
        foreign_key=foreign_key,
        action=action,
        key=key,
        orphans=orphans,
        why=why,
        reason=f"orphans first ({counted}): {reason}",
        estimated_rows=child.row_estimate,
    )
