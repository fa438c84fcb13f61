"""What every engine's SQL moving orphan rows into the quarantine table and back shares (each
engine's own statements are in `engines/<engine>/quarantine.py`).

Quarantine table (one per schema, created on first use):

    id, plan_id, constraint_name, source_table, row_key, row_data, action, quarantined_at

`row_data` is the full row as JSON, encoded so that it converts back exactly: PostgreSQL's
`to_jsonb` (shortest exact floats, bytea as hex text), MySQL's `JSON_OBJECT` with binary columns
hexed, SQLite's `json_object` with reals spelled to 17 digits and blobs as `{"hex": ...}`.
`row_key` identifies the live row for references that were cleared rather than deleted. Rows
are selected back by (source_table, constraint_name): whichever plan quarantined them, the
rows that broke one constraint return together when it goes.

Every statement here is idempotent: quarantining twice finds no orphans the second time,
restoring twice finds nothing left to restore.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from schemadoctor.model.catalog import Catalog, Column, ForeignKey, Table, TableName
from schemadoctor.model.changes import QUARANTINE_TABLE, QuarantineOrphans, RestoreOrphans

if TYPE_CHECKING:
    from schemadoctor.engines.rendering import Renderer

DELETED = "deleted"
NULLED = "nulled"
CHILD = "sd_child"
PARENT = "sd_parent"
ENTRY = "sd_q"

Orphans = QuarantineOrphans | RestoreOrphans


def quarantine_table(table: TableName) -> TableName:
    return TableName(table.schema, QUARANTINE_TABLE)


def child_table(change: Orphans, catalog: Catalog | None) -> Table:
    table = catalog.table(change.table) if catalog is not None else None
    if table is None:
        raise NotImplementedError(f"moving orphan rows of {change.table} needs its catalog entry")
    return table


@dataclass
class OrphanSql:
    """What the three engines share: names, labels and the orphan predicate."""

    renderer: Renderer
    change: Orphans
    table: Table

    @property
    def q(self) -> str:
        return self.renderer.qualify(quarantine_table(self.change.table))

    @property
    def child(self) -> str:
        return self.renderer.qualify(self.change.table)

    @property
    def recorded_action(self) -> str:
        return DELETED if self.change.action == "delete" else NULLED

    def col(self, alias: str, name: str) -> str:
        return f"{alias}.{self.renderer.quote(name)}"

    def labels(self) -> tuple[str, str, str]:
        literal = self.renderer.literal
        return (
            literal(self.renderer.plan_id),
            literal(constraint_label(self.change)),
            literal(str(self.change.table)),
        )

    def mine(self, alias: str = ENTRY) -> str:
        """The quarantine entries of this change (restore side)."""
        _, constraint, source = self.labels()
        return (
            f"{alias}.source_table = {source} AND {alias}.constraint_name = {constraint} "
            f"AND {alias}.action = {self.renderer.literal(self.recorded_action)}"
        )

    def orphan_predicate(self, alias: str = CHILD) -> str:
        return orphan_predicate(self.renderer, self.change.foreign_key, alias)

    def insertable(self) -> list[Column]:
        return [column for column in self.table.columns if not column.generated]

    def create_table(self) -> str:
        raise NotImplementedError

    def null_assignments(self, alias: str) -> str:
        return ", ".join(
            f"{self.col(alias, name)} = NULL" for name in self.change.foreign_key.columns
        )


def constraint_label(change: Orphans) -> str:
    """The constraint's name, or for an unnamed one (SQLite) its columns and target."""
    fk = change.foreign_key
    if fk.name:
        return fk.name
    return f"({', '.join(fk.columns)}) -> {fk.referred_table.name}"


def orphan_predicate(renderer: Renderer, fk: ForeignKey, alias: str = CHILD) -> str:
    """Rows whose reference is complete (MATCH SIMPLE: a NULL anywhere means unchecked) and
    matches no parent row."""

    def col(table_alias: str, name: str) -> str:
        return f"{table_alias}.{renderer.quote(name)}"

    present = " AND ".join(f"{col(alias, name)} IS NOT NULL" for name in fk.columns)
    join = " AND ".join(
        f"{col(PARENT, referred)} = {col(alias, name)}"
        for name, referred in zip(fk.columns, fk.referred_columns, strict=True)
    )
    parent = renderer.qualify(fk.referred_table)
    return f"{present} AND NOT EXISTS (SELECT 1 FROM {parent} AS {PARENT} WHERE {join})"
