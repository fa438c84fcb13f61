"""SQLite in Alembic's words: `batch_alter_table(recreate="always")` for constraints and NOT
NULL, with foreign keys off and `legacy_alter_table` on around it (so views on the table
survive the rename), and the table's triggers re-created after it (batch mode does not know
them)."""

from __future__ import annotations

from collections.abc import Sequence

from schemadoctor.engines.alembic import AlembicWriter, py_list, py_str, writes
from schemadoctor.engines.sqlite.render import REBUILD_KINDS
from schemadoctor.model import changes as c
from schemadoctor.model.catalog import TableName
from schemadoctor.model.script import Script


class SQLiteAlembic(AlembicWriter):
    def body(self, script: Script, changes: Sequence[c.Change]) -> list[str]:
        """SQLite follows the rendered script, whose rebuild steps gather every constraint a
        table gains (and the indexes built with it) into one rebuild."""
        lines = self.settings_lines(changes)
        stepped = {id(step.change) for step in script.steps if step.change is not None}
        done: set[int] = set()
        for step in script.steps:
            change = step.change
            if change is None:
                lines += self.steps([step])
                continue
            if id(change) in done:
                continue
            if "rebuild" in step.meta:
                group = [
                    other
                    for other in changes
                    if isinstance(other, REBUILD_KINDS) and other.table == change.table
                ]
                folded = [
                    other
                    for other in changes
                    if isinstance(other, c.CreateIndex)
                    and other.table == change.table
                    and id(other) not in stepped
                ]
                for member in [*group, *folded]:
                    lines += self.comments(member, blank=bool(lines))
                    done.add(id(member))
                if self._batchable(change.table, group):
                    lines += self._batch(change.table, [self._batch_op(m) for m in group])
                    lines += [line for index in folded for line in self.create_index(index)]
                else:
                    lines.append(
                        "# Names SQLAlchemy's SQLite reflection cannot read (batch mode relies "
                        "on it): the SQL script's own rebuild."
                    )
                    lines += self.steps([step])
                continue
            done.add(id(change))
            lines += self.comments(change, blank=bool(lines))
            method = self.operations.get(type(change))
            if method is not None:
                lines += getattr(self, method)(change)
            else:
                lines += self.steps([own for own in script.steps if own.change is change])
        return lines

    def _batch_op(self, change: c.Change) -> str:
        if isinstance(change, c.AddForeignKey):
            fk = change.foreign_key
            update = f", onupdate={fk.on_update!r}" if fk.on_update != "NO ACTION" else ""
            return (
                f"batch_op.create_foreign_key({py_str(fk.name or '')}, "
                f"{py_str(fk.referred_table.name)}, {py_list(fk.columns)}, "
                f"{py_list(fk.referred_columns)}, ondelete={fk.on_delete!r}{update})"
            )
        if isinstance(change, c.DropForeignKey):
            name = change.foreign_key.name or ""
            return f"batch_op.drop_constraint({py_str(name)}, type_='foreignkey')"
        if isinstance(change, c.AddCheck):
            return (
                f"batch_op.create_check_constraint({py_str(change.check.name or '')}, "
                f"sa.text({py_str(change.check.expression)}))"
            )
        if isinstance(change, c.DropCheck):
            return f"batch_op.drop_constraint({py_str(change.check.name or '')}, type_='check')"
        if isinstance(change, c.SetNotNull | c.DropNotNull):
            nullable = isinstance(change, c.DropNotNull)
            return f"batch_op.alter_column({py_str(change.column)}, nullable={nullable})"
        raise NotImplementedError(f"no batch operation for {change.kind}")

    def _batchable(self, name: TableName, group: Sequence[c.Change]) -> bool:
        """Batch mode rebuilds the table from SQLAlchemy's reflection of it, which cannot read
        a name with a double quote in it (the constraint would be lost or not found)."""
        table = self.catalog.table(name)
        names = [name.name]
        if table is not None:
            names += [column.name for column in table.columns]
            names += [fk.name or "" for fk in table.foreign_keys]
            names += [check.name or "" for check in table.checks]
        for change in group:
            fk = getattr(change, "foreign_key", None)
            check = getattr(change, "check", None)
            if fk is not None:
                names += [fk.name or "", fk.referred_table.name, *fk.columns, *fk.referred_columns]
            if check is not None:
                names.append(check.name or "")
        return not any('"' in item for item in names)

    @writes(c.CreateIndex)
    def create_index(self, change: c.CreateIndex) -> list[str]:
        index = change.index
        if index.definition or index.has_expressions:
            return self.steps(self.renderer.steps(change, self.catalog))
        where = f", sqlite_where=sa.text({py_str(index.predicate)})" if index.predicate else ""
        return [
            f"op.create_index({py_str(index.name)}, {py_str(change.table.name)}, "
            f"{py_list(index.columns)}, unique={index.unique!r}, if_not_exists=True{where})"
        ]

    @writes(c.DropIndex)
    def drop_index(self, change: c.DropIndex) -> list[str]:
        return [
            f"op.drop_index({py_str(change.index.name)}, table_name={py_str(change.table.name)}, "
            "if_exists=True)"
        ]

    @writes(c.ValidateConstraint)
    def validate_constraint(self, change: c.ValidateConstraint) -> list[str]:
        return ["pass  # the batch copy and the foreign key check after it did this"]

    def _batch(self, table_name: TableName, operations: Sequence[str]) -> list[str]:
        """A batch rebuild of one table: foreign keys off (dropping the old table must not
        cascade), legacy renames (views on the table keep working), AUTOINCREMENT kept, the
        triggers put back, and a foreign key check that fails the migration."""
        table = self.catalog.table(table_name)
        autoincrement = bool(table and "autoincrement" in (table.definition or "").lower())
        kwargs = ', table_kwargs={"sqlite_autoincrement": True}' if autoincrement else ""
        triggers = table.triggers if table is not None else ()
        r = self.renderer
        check = f"SELECT count(*) FROM pragma_foreign_key_check({r.literal(table_name.name)})"
        lines = [
            "with op.get_context().autocommit_block():",
            '    _sql("PRAGMA foreign_keys = OFF")',
            '    _sql("PRAGMA legacy_alter_table = ON")',
            f"with op.batch_alter_table({py_str(table_name.name)}, recreate='always'{kwargs}) "
            "as batch_op:",
            *[f"    {operation}" for operation in operations],
        ]
        for trigger in triggers:
            lines.append(f"_sql({py_str(trigger.definition)})")
        lines += [
            f"if op.get_bind().exec_driver_sql({py_str(check)}).scalar():",
            f"    raise RuntimeError({py_str(f'rows of {table_name.name} break a foreign key')})",
            "with op.get_context().autocommit_block():",
            '    _sql("PRAGMA legacy_alter_table = OFF")',
        ]
        return lines
