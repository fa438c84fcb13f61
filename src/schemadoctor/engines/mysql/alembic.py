"""MySQL/MariaDB in Alembic's words: indexes through `op.execute` with ALGORITHM=INPLACE,
LOCK=NONE spelled out (Alembic has no option for it, and the clause makes MySQL fail rather
than block); `op.create_foreign_key` with foreign_key_checks=0 then a row check (online), or
plain."""

from __future__ import annotations

from schemadoctor.engines.alembic import AlembicWriter, py_str, writes
from schemadoctor.model import changes as c


class MySQLAlembic(AlembicWriter):
    @writes(c.CreateIndex)
    def create_index(self, change: c.CreateIndex) -> list[str]:
        index = change.index
        r = self.renderer
        kind = "UNIQUE INDEX" if index.unique else "INDEX"
        online = "ALGORITHM=INPLACE, LOCK=NONE"
        if index.method in ("fulltext", "spatial"):
            kind, online = f"{index.method.upper()} INDEX", "ALGORITHM=INPLACE, LOCK=SHARED"
        sql = (
            f"ALTER TABLE {r.qualify(change.table)} ADD {kind} {r.quote(index.name)} "
            f"({r.index_keys(index)}), {online}"
        )
        return [f"_sql({py_str(sql)})"]

    @writes(c.DropIndex)
    def drop_index(self, change: c.DropIndex) -> list[str]:
        r = self.renderer
        sql = (
            f"ALTER TABLE {r.qualify(change.table)} DROP INDEX {r.quote(change.index.name)}, "
            "ALGORITHM=INPLACE, LOCK=NONE"
        )
        return [f"_sql({py_str(sql)})"]

    @writes(c.AddForeignKey)
    def add_foreign_key(self, change: c.AddForeignKey) -> list[str]:
        create = self._create_foreign_key(change, None)
        if getattr(self.renderer, "fk_method", "copy") != "online":
            return create
        # foreign_key_checks=0 lets InnoDB add the key in place (no copy, writes go on); the
        # row check after it is what InnoDB would otherwise have done while copying.
        steps = self.renderer.steps(change, self.catalog)
        return [
            '_sql("SET SESSION foreign_key_checks = 0")',
            *create,
            '_sql("SET SESSION foreign_key_checks = 1")',
            *self.steps(steps[1:]),
        ]

    @writes(c.DropForeignKey)
    def drop_foreign_key(self, change: c.DropForeignKey) -> list[str]:
        return self._drop_constraint(change.table, change.foreign_key.name, "foreignkey")

    @writes(c.ValidateConstraint)
    def validate_constraint(self, change: c.ValidateConstraint) -> list[str]:
        return ["pass  # checked when added"]
