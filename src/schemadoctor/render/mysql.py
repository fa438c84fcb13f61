"""MySQL and MariaDB: online DDL (ALGORITHM=INPLACE, LOCK=NONE) where the engine allows it,
and the script says plainly where it does not."""

from __future__ import annotations

from sqlalchemy.dialects import mysql

from schemadoctor.catalog.model import Catalog
from schemadoctor.plan import changes as c
from schemadoctor.render import base
from schemadoctor.render.script import Step

_ONLINE = "ALGORITHM=INPLACE, LOCK=NONE"


class Renderer(base.Renderer):
    dialect = "mysql"
    max_identifier_length = 64

    def __init__(self, lock_timeout: str = "2s", flavor: str = "mariadb") -> None:
        super().__init__(mysql.dialect())
        self.lock_timeout = lock_timeout
        self.flavor = flavor

    def settings(self) -> tuple[str, ...]:
        seconds = max(1, round(_seconds(self.lock_timeout)))
        return (f"SET SESSION lock_wait_timeout = {seconds};",)

    def render_create_index(self, change: c.CreateIndex, catalog: Catalog | None) -> list[Step]:
        index = change.index
        kind = "UNIQUE INDEX" if index.unique else "INDEX"
        if index.method in ("fulltext", "spatial"):
            kind = f"{index.method.upper()} INDEX"
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} ADD {kind} {self.quote(index.name)} "
            f"({self.index_keys(index)}), {_ONLINE};"
        )
        return [
            Step(change, (sql,), locks=f"metadata lock on {change.table} briefly; writes continue")
        ]

    def render_drop_index(self, change: c.DropIndex, catalog: Catalog | None) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} DROP INDEX {self.quote(change.index.name)}, "
            f"{_ONLINE};"
        )
        return [
            Step(change, (sql,), locks=f"metadata lock on {change.table} briefly; writes continue")
        ]

    def render_add_foreign_key(
        self, change: c.AddForeignKey, catalog: Catalog | None
    ) -> list[Step]:
        fk = change.foreign_key
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} ADD CONSTRAINT {self.quote(fk.name or '')} "
            f"FOREIGN KEY ({self.columns(fk.columns)}) "
            f"REFERENCES {self.qualify(fk.referred_table)} ({self.columns(fk.referred_columns)}) "
            f"ON DELETE {fk.on_delete};"
        )
        return [
            Step(
                change,
                (sql,),
                locks=(
                    f"copies {change.table} with foreign_key_checks on: "
                    "blocks writes to it for the duration"
                ),
            )
        ]

    def render_drop_foreign_key(
        self, change: c.DropForeignKey, catalog: Catalog | None
    ) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} "
            f"DROP FOREIGN KEY {self.quote(change.foreign_key.name or '')};"
        )
        return [Step(change, (sql,), locks=f"metadata lock on {change.table} briefly")]

    def render_validate_constraint(
        self, change: c.ValidateConstraint, catalog: Catalog | None
    ) -> list[Step]:
        return []  # MySQL checks existing rows when the constraint is added.

    def render_alter_column_type(
        self, change: c.AlterColumnType, catalog: Catalog | None
    ) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} MODIFY COLUMN {self.quote(change.column)} "
            f"{change.new_type};"
        )
        return [
            Step(change, (sql,), locks=f"copies {change.table}: blocks writes for the duration")
        ]


def _seconds(text: str) -> float:
    text = text.strip().lower()
    if text.endswith("ms"):
        return float(text[:-2]) / 1000
    if text.endswith("s"):
        return float(text[:-1])
    return float(text)
