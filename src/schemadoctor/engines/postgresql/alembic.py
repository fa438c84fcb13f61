"""PostgreSQL in Alembic's words: `op.create_index(..., postgresql_concurrently=True)` and
`op.drop_index(...)` inside `autocommit_block()`; `op.create_foreign_key(...,
postgresql_not_valid=True)` and `op.create_check_constraint(..., postgresql_not_valid=True)` in
the migration's short transaction; VALIDATE in an `autocommit_block()` of its own."""

from __future__ import annotations

from schemadoctor.engines.alembic import AlembicWriter, py_list, py_str, schema_arg, writes
from schemadoctor.model import changes as c


class PostgreSQLAlembic(AlembicWriter):
    drop_if_exists = True

    @writes(c.CreateIndex)
    def create_index(self, change: c.CreateIndex) -> list[str]:
        index = change.index
        table = self.catalog.table(change.table)
        plain = (
            not index.definition
            and index.method == "btree"
            and not index.include
            and all(
                element.column and not element.descending and not element.opclass
                for element in index.elements
            )
            and not (table and table.partitioned)
        )
        if not plain:
            return self.steps(self.renderer.steps(change, self.catalog))
        where = f", postgresql_where=sa.text({py_str(index.predicate)})" if index.predicate else ""
        return [
            "with op.get_context().autocommit_block():",
            f"    op.create_index({py_str(index.name)}, {py_str(change.table.name)}, "
            f"{py_list(index.columns)}, unique={index.unique!r}{schema_arg(change.table)}, "
            f"postgresql_concurrently=True, if_not_exists=True{where})",
        ]

    @writes(c.DropIndex)
    def drop_index(self, change: c.DropIndex) -> list[str]:
        table = self.catalog.table(change.table)
        if table is not None and table.partitioned:
            return self.steps(self.renderer.steps(change, self.catalog))
        return [
            "with op.get_context().autocommit_block():",
            f"    op.drop_index({py_str(change.index.name)}, table_name={py_str(change.table.name)}"
            f"{schema_arg(change.table)}, postgresql_concurrently=True, if_exists=True)",
        ]

    @writes(c.AddForeignKey)
    def add_foreign_key(self, change: c.AddForeignKey) -> list[str]:
        return self._create_foreign_key(change, "postgresql_not_valid=True")

    @writes(c.DropForeignKey)
    def drop_foreign_key(self, change: c.DropForeignKey) -> list[str]:
        return self._drop_constraint(change.table, change.foreign_key.name, "foreignkey")

    @writes(c.ValidateConstraint)
    def validate_constraint(self, change: c.ValidateConstraint) -> list[str]:
        # Its own transaction, after the one that added the constraint: the scan holds only
        # SHARE UPDATE EXCLUSIVE.
        return self.steps(self.renderer.steps(change, self.catalog))

    @writes(c.AddCheck)
    def add_check(self, change: c.AddCheck) -> list[str]:
        return [
            f"op.create_check_constraint({py_str(change.check.name or '')}, "
            f"{py_str(change.table.name)}, sa.text({py_str(change.check.expression)})"
            f"{schema_arg(change.table)}, postgresql_not_valid=True)"
        ]

    @writes(c.DropCheck)
    def drop_check(self, change: c.DropCheck) -> list[str]:
        return self._drop_constraint(change.table, change.check.name, "check")
