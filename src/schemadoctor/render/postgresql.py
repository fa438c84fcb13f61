"""PostgreSQL: changes that take only brief locks. Indexes are built and dropped CONCURRENTLY
(outside any transaction); constraints are added NOT VALID and validated in a later step, which
holds only a SHARE UPDATE EXCLUSIVE lock while it scans."""

from __future__ import annotations

import re

from sqlalchemy.dialects import postgresql

from schemadoctor.catalog.model import Catalog, TableName
from schemadoctor.plan import changes as c
from schemadoctor.render import base
from schemadoctor.render.script import Step

_CONCURRENT_LOCK = "SHARE UPDATE EXCLUSIVE on {table}: reads and writes continue"


class Renderer(base.Renderer):
    dialect = "postgresql"
    max_identifier_length = 63

    def __init__(self, lock_timeout: str = "2s", statement_timeout: str = "0") -> None:
        super().__init__(postgresql.dialect())
        self.lock_timeout = lock_timeout
        self.statement_timeout = statement_timeout

    def settings(self) -> tuple[str, ...]:
        return (
            f"SET lock_timeout = {self.literal(self.lock_timeout)};",
            f"SET statement_timeout = {self.literal(self.statement_timeout)};",
        )

    def render_create_index(self, change: c.CreateIndex, catalog: Catalog | None) -> list[Step]:
        index = change.index
        definition = index.definition
        if definition:
            # Re-create exactly what was dropped, from PostgreSQL's own text of it.
            sql = re.sub(
                r"^CREATE (UNIQUE )?INDEX ",
                r"CREATE \1INDEX CONCURRENTLY IF NOT EXISTS ",
                definition,
                count=1,
            )
        else:
            sql = (
                f"CREATE {'UNIQUE ' if index.unique else ''}INDEX CONCURRENTLY IF NOT EXISTS "
                f"{self.quote(index.name)} ON {self.qualify(change.table)}"
                f"{' USING ' + index.method if index.method != 'btree' else ''}"
                f" ({self.index_keys(index)})"
                f"{' INCLUDE (' + self.columns(index.include) + ')' if index.include else ''}"
                f"{' WHERE ' + index.predicate if index.predicate else ''}"
            )
        return [
            Step(
                change,
                (sql + ";",),
                transactional=False,
                locks=_CONCURRENT_LOCK.format(table=change.table),
            )
        ]

    def render_drop_index(self, change: c.DropIndex, catalog: Catalog | None) -> list[Step]:
        name = self.qualify(TableName(change.table.schema, change.index.name))
        return [
            Step(
                change,
                (f"DROP INDEX CONCURRENTLY IF EXISTS {name};",),
                transactional=False,
                locks=_CONCURRENT_LOCK.format(table=change.table),
            )
        ]

    def render_rebuild_index(self, change: c.RebuildIndex, catalog: Catalog | None) -> list[Step]:
        name = self.qualify(TableName(change.table.schema, change.index.name))
        return [
            Step(
                change,
                (f"REINDEX INDEX CONCURRENTLY {name};",),
                transactional=False,
                locks=_CONCURRENT_LOCK.format(table=change.table),
            )
        ]

    def render_add_foreign_key(
        self, change: c.AddForeignKey, catalog: Catalog | None
    ) -> list[Step]:
        fk = change.foreign_key
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} ADD CONSTRAINT {self.quote(fk.name or '')} "
            f"FOREIGN KEY ({self.columns(fk.columns)}) "
            f"REFERENCES {self.qualify(fk.referred_table)} ({self.columns(fk.referred_columns)}) "
            f"ON DELETE {fk.on_delete} NOT VALID;"
        )
        return [
            Step(
                change,
                (sql,),
                locks=(
                    f"SHARE ROW EXCLUSIVE on {change.table} and {fk.referred_table}, "
                    "for an instant (no scan: NOT VALID)"
                ),
            )
        ]

    def render_drop_foreign_key(
        self, change: c.DropForeignKey, catalog: Catalog | None
    ) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} "
            f"DROP CONSTRAINT IF EXISTS {self.quote(change.foreign_key.name or '')};"
        )
        return [Step(change, (sql,), locks=f"ACCESS EXCLUSIVE on {change.table}, for an instant")]

    def render_validate_constraint(
        self, change: c.ValidateConstraint, catalog: Catalog | None
    ) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} "
            f"VALIDATE CONSTRAINT {self.quote(change.constraint)};"
        )
        return [
            Step(
                change,
                (sql,),
                locks=f"SHARE UPDATE EXCLUSIVE on {change.table} while it scans: writes continue",
            )
        ]

    def render_alter_column_type(
        self, change: c.AlterColumnType, catalog: Catalog | None
    ) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} ALTER COLUMN {self.quote(change.column)} "
            f"TYPE {change.new_type};"
        )
        return [
            Step(
                change,
                (sql,),
                locks=f"ACCESS EXCLUSIVE on {change.table} for a full rewrite: "
                "blocks reads and writes",
            )
        ]
