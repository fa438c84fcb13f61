"""A plan as an Alembic revision: `upgrade()` and `downgrade()` in Alembic's own vocabulary
where it says what the SQL script says, the script's own statements where it does not.

- PostgreSQL: `op.create_index(..., postgresql_concurrently=True)` and `op.drop_index(...)`
  inside `autocommit_block()`; `op.create_foreign_key(..., postgresql_not_valid=True)` and
  `op.create_check_constraint(..., postgresql_not_valid=True)` in the migration's short
  transaction; VALIDATE in an `autocommit_block()` of its own, after that transaction.
- MySQL/MariaDB: indexes through `op.execute` with ALGORITHM=INPLACE, LOCK=NONE spelled out
  (Alembic has no option for it, and the clause makes MySQL fail rather than block);
  `op.create_foreign_key` with foreign_key_checks=0 then a row check (online), or plain.
- SQLite: `batch_alter_table(recreate="always")` for constraints and NOT NULL, with foreign
  keys off and `legacy_alter_table` on around it (so views on the table survive the rename),
  and the table's triggers re-created after it (batch mode does not know them).
- Everything else (orphan quarantine and restore, SET NOT NULL through a check on PostgreSQL,
  index rebuilds) runs the SQL script's statements, step by step, each transactional step as
  one transaction inside `autocommit_block()`, exactly as the SQL script runs it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from schemadoctor.catalog.model import Catalog, TableName
from schemadoctor.plan import changes as c
from schemadoctor.plan.builder import Plan
from schemadoctor.render.base import Renderer
from schemadoctor.render.script import Script, Step
from schemadoctor.render.sqlite import REBUILD_KINDS


def render_revision(
    plan: Plan, *, revision: str | None = None, down_revision: str | None = None
) -> str:
    renderer = plan.renderer
    if renderer is None:
        raise ValueError("the plan carries no renderer")
    revision = revision or plan.plan_id
    writer = _Writer(plan, renderer)
    up = writer.body(plan.up, plan.changes)
    down = writer.body(plan.down, _down_changes(plan))
    created = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
    docstring = (
        "\n".join(
            [
                f"schemadoctor plan {plan.plan_id}: {len(plan.changes)} changes fixing "
                f"{len(plan.fixes)} findings",
                "",
                f"Revision ID: {revision}",
                f"Revises: {down_revision or ''}",
                f"Create Date: {created}",
                "",
                *[line for line in plan.up.header[5:] if line is not None],
            ]
        )
        .replace("\\", "\\\\")
        .replace('"""', "'''")
    )
    return (
        f'"""{docstring}\n"""\n\n'
        "from __future__ import annotations\n\n"
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f"revision = {revision!r}\n"
        f"down_revision = {down_revision!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def _sql(statement: str) -> None:\n"
        '    """Run one statement as written (colons escaped: text() would read binds)."""\n'
        '    op.execute(sa.text(statement.replace(":", "\\\\:")))\n\n\n'
        "def upgrade() -> None:\n"
        f"{_indent(up)}\n\n\n"
        "def downgrade() -> None:\n"
        f"{_indent(down)}\n"
    )


def _down_changes(plan: Plan) -> list[c.Change]:
    from schemadoctor.plan.order import inverse

    return inverse(plan.changes)


def _indent(lines: Sequence[str]) -> str:
    if not lines:
        return "    pass"
    return "\n".join(f"    {line}" if line else "" for line in lines)


class _Writer:
    def __init__(self, plan: Plan, renderer: Renderer) -> None:
        self.plan = plan
        self.renderer = renderer
        self.catalog: Catalog = plan.catalog
        self.dialect = plan.dialect

    def body(self, script: Script, changes: Sequence[c.Change]) -> list[str]:
        lines: list[str] = []
        settings = self.renderer.settings()
        if settings and changes:
            lines += ["# Session settings, as at the top of the SQL script."]
            lines += [f"_sql({_str(setting.rstrip(';'))})" for setting in settings]
        if self.dialect == "sqlite":
            return lines + self.sqlite_body(script, changes)
        for change in changes:
            lines += self.comments(change, blank=bool(lines))
            lines += self.change(change)
        return lines

    def comments(self, change: c.Change, *, blank: bool = True) -> list[str]:
        lines = [""] if blank else []
        lines.append(f"# {_one_line(change.describe())}")
        if change.reason:
            lines.append(f"# why: {_one_line(change.reason)}")
        policy = getattr(change, "policy", "")
        if policy:
            lines.append(f"# {_one_line(policy)}")
        return lines

    def change(self, change: c.Change) -> list[str]:
        method = getattr(self, f"{self.dialect}_{change.kind.replace('-', '_')}", None)
        if method is not None:
            result: list[str] = method(change)
            return result
        return self.steps(self.renderer.steps(change, self.catalog))

    def sqlite_body(self, script: Script, changes: Sequence[c.Change]) -> list[str]:
        """SQLite follows the rendered script, whose rebuild steps gather every constraint a
        table gains (and the indexes built with it) into one rebuild."""
        lines: list[str] = []
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
                    lines += [line for index in folded for line in self.sqlite_create_index(index)]
                else:
                    lines.append(
                        "# Names SQLAlchemy's SQLite reflection cannot read (batch mode relies "
                        "on it): the SQL script's own rebuild."
                    )
                    lines += self.steps([step])
                continue
            done.add(id(change))
            lines += self.comments(change, blank=bool(lines))
            method = getattr(self, f"sqlite_{change.kind.replace('-', '_')}", None)
            if method is not None:
                lines += method(change)
            else:
                lines += self.steps([own for own in script.steps if own.change is change])
        return lines

    # --- the SQL script's own steps ----------------------------------------------------------
    def steps(self, steps: Sequence[Step]) -> list[str]:
        lines: list[str] = []
        for step in steps:
            lines.append("with op.get_context().autocommit_block():")
            body = [f"_sql({_str(sql)})" for sql in step.setup]
            if step.transactional and step.statements:
                body.append('_sql("BEGIN")')
                body += [f"_sql({_str(sql)})" for sql in step.statements]
                body.append('_sql("COMMIT")')
            else:
                body += [f"_sql({_str(sql)})" for sql in step.statements]
            body += [f"_sql({_str(sql)})" for sql in step.teardown]
            lines += [f"    {line}" for line in body or ["pass"]]
        return lines

    # --- PostgreSQL ----------------------------------------------------------------------------
    def postgresql_create_index(self, change: c.CreateIndex) -> list[str]:
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
        where = f", postgresql_where=sa.text({_str(index.predicate)})" if index.predicate else ""
        return [
            "with op.get_context().autocommit_block():",
            f"    op.create_index({_str(index.name)}, {_str(change.table.name)}, "
            f"{_list(index.columns)}, unique={index.unique!r}{_schema(change.table)}, "
            f"postgresql_concurrently=True, if_not_exists=True{where})",
        ]

    def postgresql_drop_index(self, change: c.DropIndex) -> list[str]:
        table = self.catalog.table(change.table)
        if table is not None and table.partitioned:
            return self.steps(self.renderer.steps(change, self.catalog))
        return [
            "with op.get_context().autocommit_block():",
            f"    op.drop_index({_str(change.index.name)}, table_name={_str(change.table.name)}"
            f"{_schema(change.table)}, postgresql_concurrently=True, if_exists=True)",
        ]

    def postgresql_add_foreign_key(self, change: c.AddForeignKey) -> list[str]:
        return self._create_foreign_key(change, "postgresql_not_valid=True")

    def postgresql_drop_foreign_key(self, change: c.DropForeignKey) -> list[str]:
        return self._drop_constraint(change.table, change.foreign_key.name, "foreignkey")

    def postgresql_validate_constraint(self, change: c.ValidateConstraint) -> list[str]:
        # Its own transaction, after the one that added the constraint: the scan holds only
        # SHARE UPDATE EXCLUSIVE.
        return self.steps(self.renderer.steps(change, self.catalog))

    def postgresql_add_check(self, change: c.AddCheck) -> list[str]:
        return [
            f"op.create_check_constraint({_str(change.check.name or '')}, "
            f"{_str(change.table.name)}, sa.text({_str(change.check.expression)})"
            f"{_schema(change.table)}, postgresql_not_valid=True)"
        ]

    def postgresql_drop_check(self, change: c.DropCheck) -> list[str]:
        return self._drop_constraint(change.table, change.check.name, "check")

    # --- MySQL / MariaDB -------------------------------------------------------------------
    def mysql_create_index(self, change: c.CreateIndex) -> list[str]:
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
        return [f"_sql({_str(sql)})"]

    def mysql_drop_index(self, change: c.DropIndex) -> list[str]:
        r = self.renderer
        sql = (
            f"ALTER TABLE {r.qualify(change.table)} DROP INDEX {r.quote(change.index.name)}, "
            "ALGORITHM=INPLACE, LOCK=NONE"
        )
        return [f"_sql({_str(sql)})"]

    def mysql_add_foreign_key(self, change: c.AddForeignKey) -> list[str]:
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

    def mysql_drop_foreign_key(self, change: c.DropForeignKey) -> list[str]:
        return self._drop_constraint(change.table, change.foreign_key.name, "foreignkey")

    def mysql_validate_constraint(self, change: c.ValidateConstraint) -> list[str]:
        return ["pass  # checked when added"]

    # --- SQLite ------------------------------------------------------------------------------
    def _batch_op(self, change: c.Change) -> str:
        if isinstance(change, c.AddForeignKey):
            fk = change.foreign_key
            update = f", onupdate={fk.on_update!r}" if fk.on_update != "NO ACTION" else ""
            return (
                f"batch_op.create_foreign_key({_str(fk.name or '')}, "
                f"{_str(fk.referred_table.name)}, {_list(fk.columns)}, "
                f"{_list(fk.referred_columns)}, ondelete={fk.on_delete!r}{update})"
            )
        if isinstance(change, c.DropForeignKey):
            name = change.foreign_key.name or ""
            return f"batch_op.drop_constraint({_str(name)}, type_='foreignkey')"
        if isinstance(change, c.AddCheck):
            return (
                f"batch_op.create_check_constraint({_str(change.check.name or '')}, "
                f"sa.text({_str(change.check.expression)}))"
            )
        if isinstance(change, c.DropCheck):
            return f"batch_op.drop_constraint({_str(change.check.name or '')}, type_='check')"
        if isinstance(change, c.SetNotNull | c.DropNotNull):
            nullable = isinstance(change, c.DropNotNull)
            return f"batch_op.alter_column({_str(change.column)}, nullable={nullable})"
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

    def sqlite_create_index(self, change: c.CreateIndex) -> list[str]:
        index = change.index
        if index.definition or index.has_expressions:
            return self.steps(self.renderer.steps(change, self.catalog))
        where = f", sqlite_where=sa.text({_str(index.predicate)})" if index.predicate else ""
        return [
            f"op.create_index({_str(index.name)}, {_str(change.table.name)}, "
            f"{_list(index.columns)}, unique={index.unique!r}, if_not_exists=True{where})"
        ]

    def sqlite_drop_index(self, change: c.DropIndex) -> list[str]:
        return [
            f"op.drop_index({_str(change.index.name)}, table_name={_str(change.table.name)}, "
            "if_exists=True)"
        ]

    def sqlite_validate_constraint(self, change: c.ValidateConstraint) -> list[str]:
        return ["pass  # the batch copy and the foreign key check after it did this"]

    def _batch(self, table_name: TableName, operations: Sequence[str]) -> list[str]:
        """A batch rebuild of one table: foreign keys off (dropping the old table must not
        cascade), legacy renames (views on the table keep working), AUTOINCREMENT kept, the
        triggers put back, and a foreign key check that fails the migration."""
        table = self.catalog.table(table_name)
        autoincrement = bool(table and "autoincrement" in (table.definition or "").lower())
        kwargs = ', table_kwargs={"sqlite_autoincrement": True}' if autoincrement else ""
        triggers = getattr(self.renderer, "triggers", None) or {}
        r = self.renderer
        check = f"SELECT count(*) FROM pragma_foreign_key_check({r.literal(table_name.name)})"
        lines = [
            "with op.get_context().autocommit_block():",
            '    _sql("PRAGMA foreign_keys = OFF")',
            '    _sql("PRAGMA legacy_alter_table = ON")',
            f"with op.batch_alter_table({_str(table_name.name)}, recreate='always'{kwargs}) "
            "as batch_op:",
            *[f"    {operation}" for operation in operations],
        ]
        for _, sql in triggers.get(table_name.name, []):
            lines.append(f"_sql({_str(sql)})")
        lines += [
            f"if op.get_bind().exec_driver_sql({_str(check)}).scalar():",
            f"    raise RuntimeError({_str(f'rows of {table_name.name} break a foreign key')})",
            "with op.get_context().autocommit_block():",
            '    _sql("PRAGMA legacy_alter_table = OFF")',
        ]
        return lines

    # --- shared ------------------------------------------------------------------------------
    def _create_foreign_key(self, change: c.AddForeignKey, extra: str | None) -> list[str]:
        fk = change.foreign_key
        options = [f"ondelete={fk.on_delete!r}"]
        if fk.on_update not in ("NO ACTION", "RESTRICT"):
            options.append(f"onupdate={fk.on_update!r}")
        if change.table.schema:
            options.append(f"source_schema={_str(change.table.schema)}")
        if fk.referred_table.schema:
            options.append(f"referent_schema={_str(fk.referred_table.schema)}")
        if extra:
            options.append(extra)
        return [
            f"op.create_foreign_key({_str(fk.name or '')}, {_str(change.table.name)}, "
            f"{_str(fk.referred_table.name)}, {_list(fk.columns)}, {_list(fk.referred_columns)}, "
            f"{', '.join(options)})"
        ]

    def _drop_constraint(self, table: TableName, name: str | None, kind: str) -> list[str]:
        # IF EXISTS only where every server of the dialect has it.
        if_exists = ", if_exists=True" if self.dialect == "postgresql" else ""
        return [
            f"op.drop_constraint({_str(name or '')}, {_str(table.name)}, type_={kind!r}"
            f"{_schema(table)}{if_exists})"
        ]


def _schema(table: TableName) -> str:
    return f", schema={_str(table.schema)}" if table.schema else ""


def _str(text: str | None) -> str:
    """A Python string literal (repr escapes quotes, backslashes and control characters)."""
    return repr(text or "")


def _list(items: Sequence[str]) -> str:
    return "[" + ", ".join(_str(item) for item in items) + "]"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
