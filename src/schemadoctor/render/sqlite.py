"""SQLite: indexes in place; constraints through the documented table rebuild."""

from __future__ import annotations

from sqlalchemy.dialects import sqlite

from schemadoctor.catalog.model import Catalog
from schemadoctor.plan import changes as c
from schemadoctor.render import base
from schemadoctor.render.script import Step


class Renderer(base.Renderer):
    dialect = "sqlite"
    max_identifier_length = 128

    def __init__(self) -> None:
        super().__init__(sqlite.dialect())

    def render_create_index(self, change: c.CreateIndex, catalog: Catalog | None) -> list[Step]:
        index = change.index
        sql = (
            f"CREATE {'UNIQUE ' if index.unique else ''}INDEX IF NOT EXISTS "
            f"{self.quote(index.name)} ON {self.qualify(change.table)} ({self.index_keys(index)})"
            f"{' WHERE ' + index.predicate if index.predicate else ''};"
        )
        return [Step(change, (sql,), locks="the database file, while the index is built")]

    def render_drop_index(self, change: c.DropIndex, catalog: Catalog | None) -> list[Step]:
        sql = f"DROP INDEX IF EXISTS {self.quote(change.index.name)};"
        return [Step(change, (sql,), locks="the database file, briefly")]
