"""SQLite: indexes in place; constraints and NOT NULL through the documented table rebuild
(see `sqlite_rebuild`), one rebuild per table however many constraints it gains.

The renderer follows the schema through the script it writes (the state: each table's
CREATE TABLE text and explicit indexes), because a rebuild must re-create exactly the indexes
the table has at that point, and the down script starts from where the up script ended.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from schemadoctor.engines import quarantine as orphans
from schemadoctor.engines import rendering as base
from schemadoctor.engines.rendering import renders
from schemadoctor.engines.sqlite import quarantine
from schemadoctor.engines.sqlite.rebuild import (
    Edits,
    Rebuild,
    column_name,
    definition_items,
    edit_create_table,
    foreign_key_clause,
)
from schemadoctor.model import changes as c
from schemadoctor.model.catalog import Catalog, TableName
from schemadoctor.model.script import Script, Step

if TYPE_CHECKING:
    from schemadoctor.engines.sqlite import SQLite

REBUILD_KINDS = (
    c.AddForeignKey,
    c.DropForeignKey,
    c.AddCheck,
    c.DropCheck,
    c.SetNotNull,
    c.DropNotNull,
)


_NO_CONVERSION = (
    "SQLite has no UUID or sized integer type to convert to: its text compares correctly "
    "already, and a 16-byte BLOB would need every query and the application to convert, for "
    "a table rebuild"
)


@dataclass
class TableState:
    definition: str
    indexes: dict[str, str] = field(default_factory=dict)
    """Explicit index name -> CREATE INDEX text, in creation order."""


class Renderer(base.Renderer):
    unsupported: ClassVar[dict[type[c.Change], str]] = {
        c.RebuildIndex: "SQLite leaves no INVALID index to rebuild",
        c.AlterColumnType: "SQLite changes a column's type only by rebuilding the table by hand",
        c.AddPrimaryKey: "SQLite adds a primary key only by rebuilding the table by hand",
        c.DropPrimaryKey: "SQLite drops a primary key only by rebuilding the table by hand",
        c.ConvertKeyType: _NO_CONVERSION,
        c.RestoreKeyType: _NO_CONVERSION,
    }

    def __init__(self, adapter: SQLite, settings: base.RenderSettings | None = None) -> None:
        super().__init__(adapter, settings)
        self.end_state: dict[TableName, TableState] = {}
        """Where the last `render` left each table it touched: the start of the down script."""

    def client_commands(self) -> tuple[str, ...]:
        # sqlite3 runs on after an error unless told otherwise.
        return (".bail on",)

    def render(
        self,
        changes: Sequence[c.Change],
        catalog: Catalog | None = None,
        start: dict[TableName, TableState] | None = None,
    ) -> Script:
        state = {
            name: TableState(s.definition, dict(s.indexes)) for name, s in (start or {}).items()
        }
        done: set[TableName] = set()
        steps: list[Step] = []
        for position, change in enumerate(changes):
            table = self._state(state, change.table, catalog)
            if isinstance(change, REBUILD_KINDS):
                if change.table in done:
                    continue
                done.add(change.table)
                group = [
                    other
                    for other in changes
                    if isinstance(other, REBUILD_KINDS) and other.table == change.table
                ]
                steps += self._rebuild(group, table, catalog)
            elif isinstance(change, c.CreateIndex):
                sql = self._create_index_sql(change)
                if table is not None:
                    table.indexes[change.index.name] = sql
                if not _rebuild_follows(changes, position):
                    steps += [self._index_step(change, sql)]
            elif isinstance(change, c.DropIndex | c.DropUniqueConstraint):
                name = (
                    change.index.name
                    if isinstance(change, c.DropIndex)
                    else change.constraint.name or ""
                )
                if table is not None:
                    table.indexes.pop(name, None)
                steps += self.steps(change, catalog)
            elif isinstance(change, c.AddUniqueConstraint):
                sql = self._unique_index_sql(change)
                if table is not None:
                    table.indexes[change.constraint.name or ""] = sql
                steps += [self._index_step(change, sql)]
            else:
                steps += self.steps(change, catalog)
        self.end_state = state
        return Script(
            self.dialect,
            tuple(steps),
            self.settings(),
            client_commands=self.client_commands() if steps else (),
        )

    def render_pair(
        self, up: Sequence[c.Change], down: Sequence[c.Change], catalog: Catalog | None
    ) -> tuple[Script, Script]:
        up_script = self.render(up, catalog)
        return up_script, self.render(down, catalog, start=self.end_state)

    def _state(
        self, state: dict[TableName, TableState], name: TableName, catalog: Catalog | None
    ) -> TableState | None:
        if name not in state:
            table = catalog.table(name) if catalog is not None else None
            if table is None or not table.definition:
                return None
            state[name] = TableState(
                table.definition,
                {index.name: index.definition for index in table.indexes if index.definition},
            )
        return state[name]

    # --- indexes ---------------------------------------------------------------------------
    def _create_index_sql(self, change: c.CreateIndex) -> str:
        index = change.index
        if index.definition:
            # SQLite stores CREATE INDEX text as written (minus IF NOT EXISTS): re-create the
            # very text that was dropped.
            return re.sub(
                r"^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+(IF\s+NOT\s+EXISTS\s+)?",
                lambda m: f"CREATE {'UNIQUE ' if m.group(1) else ''}INDEX IF NOT EXISTS ",
                index.definition,
                count=1,
                flags=re.I,
            )
        return (
            f"CREATE {'UNIQUE ' if index.unique else ''}INDEX IF NOT EXISTS "
            f"{self.quote(index.name)} ON {self.qualify(change.table)} ({self.index_keys(index)})"
            f"{' WHERE ' + index.predicate if index.predicate else ''}"
        )

    def _index_step(self, change: c.Change, sql: str) -> Step:
        return Step(
            change, (sql.rstrip(";") + ";",), locks="the database file, while the index is built"
        )

    @renders(c.CreateIndex)
    def render_create_index(self, change: c.CreateIndex, catalog: Catalog | None) -> list[Step]:
        return [self._index_step(change, self._create_index_sql(change))]

    @renders(c.DropIndex)
    def render_drop_index(self, change: c.DropIndex, catalog: Catalog | None) -> list[Step]:
        sql = f"DROP INDEX IF EXISTS {self.quote(change.index.name)};"
        return [Step(change, (sql,), locks="the database file, briefly")]

    def _unique_index_sql(self, change: c.AddUniqueConstraint) -> str:
        # A unique index is what SQLite's UNIQUE constraint is; it needs no rebuild.
        constraint = change.constraint
        return (
            f"CREATE UNIQUE INDEX IF NOT EXISTS {self.quote(constraint.name or '')} ON "
            f"{self.qualify(change.table)} ({self.columns(constraint.columns)})"
        )

    @renders(c.AddUniqueConstraint)
    def render_add_unique_constraint(
        self, change: c.AddUniqueConstraint, catalog: Catalog | None
    ) -> list[Step]:
        return [self._index_step(change, self._unique_index_sql(change))]

    @renders(c.DropUniqueConstraint)
    def render_drop_unique_constraint(
        self, change: c.DropUniqueConstraint, catalog: Catalog | None
    ) -> list[Step]:
        sql = f"DROP INDEX IF EXISTS {self.quote(change.constraint.name or '')};"
        return [Step(change, (sql,), locks="the database file, briefly")]

    @renders(c.ValidateConstraint)
    def render_validate_constraint(
        self, change: c.ValidateConstraint, catalog: Catalog | None
    ) -> list[Step]:
        return []  # The rebuild checks the rows (pragma_foreign_key_check, CHECK on copy).

    # --- rebuilds --------------------------------------------------------------------------
    @renders(*REBUILD_KINDS)
    def render_alone(self, change: c.Change, catalog: Catalog | None) -> list[Step]:
        """One constraint change on its own (a single finding's fix): a rebuild of its own.
        In a plan, `render` gathers a table's constraint changes into one rebuild."""
        return list(self.render([change], catalog).steps)

    def _rebuild(
        self, group: list[c.Change], state: TableState | None, catalog: Catalog | None
    ) -> list[Step]:
        first = group[0]
        table = catalog.table(first.table) if catalog is not None else None
        if table is None or state is None:
            raise NotImplementedError(
                f"rebuilding {first.table} needs its CREATE TABLE text from the catalog"
            )
        before = state.definition
        after = self._without(before, group)
        adds = Edits(
            foreign_keys=[ch.foreign_key for ch in group if isinstance(ch, c.AddForeignKey)],
            checks=[ch.check for ch in group if isinstance(ch, c.AddCheck)],
            not_null=[ch.column for ch in group if isinstance(ch, c.SetNotNull)],
        )
        if adds:
            after = edit_create_table(self, after, adds)
        state.definition = after
        rebuild = Rebuild(
            renderer=self,
            table=table,
            before=before,
            after=after,
            indexes=list(state.indexes.values()),
            index_names=list(state.indexes),
            triggers=table.triggers,
        )
        title = f"rebuild {table.name}: " + "; ".join(ch.describe() for ch in group)
        reasons = [_with_policy(ch) for ch in group if ch.reason]
        steps = rebuild.steps(title, " | ".join(dict.fromkeys(reasons)))
        return [
            Step(
                first,
                step.statements,
                setup=step.setup,
                teardown=step.teardown,
                locks=step.locks,
                title_text=step.title_text,
                reason_text=step.reason_text,
                meta={"rebuild": table.name.name, "changes": [ch.kind for ch in group]},
            )
            for step in steps
        ]

    def _without(self, sql: str, group: list[c.Change]) -> str:
        """The text with the constraints and NOT NULLs a down script drops taken out: only
        what a rebuild of ours put in can be taken out again."""
        for change in group:
            if isinstance(change, c.DropForeignKey):
                sql = _remove(sql, foreign_key_clause(self, change.foreign_key), change)
            elif isinstance(change, c.DropCheck):
                check = change.check
                fragment = f"CONSTRAINT {self.quote(check.name or '')} CHECK ({check.expression})"
                sql = _remove(sql, fragment, change)
            elif isinstance(change, c.DropNotNull):
                sql = _remove_not_null(self, sql, change)
        return sql

    # --- orphans ---------------------------------------------------------------------------
    @renders(c.CreateQuarantineTable)
    def render_create_quarantine_table(
        self, change: c.CreateQuarantineTable, catalog: Catalog | None
    ) -> list[Step]:
        return [Step(change, (quarantine.create_table_sql(self, change.table),), locks="briefly")]

    @renders(c.DropQuarantineTable)
    def render_drop_quarantine_table(
        self, change: c.DropQuarantineTable, catalog: Catalog | None
    ) -> list[Step]:
        # SQLite has no conditional DDL: refuse (loudly) rather than drop rows kept there.
        name = self.qualify(change.table)
        return [
            Step(
                change,
                (
                    quarantine.create_table_sql(self, change.table),
                    *self.guard(
                        f"NOT EXISTS (SELECT 1 FROM {name})",
                        f"schemadoctor: {change.table.name} still holds rows: not dropped",
                    ),
                    f"DROP TABLE IF EXISTS {name};",
                ),
                locks="the database file, briefly",
            )
        ]

    @renders(c.QuarantineOrphans)
    def render_quarantine_orphans(
        self, change: c.QuarantineOrphans, catalog: Catalog | None
    ) -> list[Step]:
        sql = quarantine.SqliteOrphans(
            self, change, orphans.child_table(change, catalog), self.adapter.has_unhex
        )
        return [
            Step(
                change,
                tuple(sql.quarantine()),
                locks="the database file: writers wait for the copy and delete",
                reason_text=base.orphan_reason(change),
            )
        ]

    @renders(c.RestoreOrphans)
    def render_restore_orphans(
        self, change: c.RestoreOrphans, catalog: Catalog | None
    ) -> list[Step]:
        sql = quarantine.SqliteOrphans(
            self, change, orphans.child_table(change, catalog), self.adapter.has_unhex
        )
        statements = sql.restore()
        # The rows go back as they were, broken reference included: with foreign keys off.
        return [
            Step(
                change,
                tuple(statements),
                setup=("PRAGMA foreign_keys = OFF;",),
                teardown=("PRAGMA foreign_keys = ON;",),
                locks="the database file, briefly",
            )
        ]

    # --- helpers ---------------------------------------------------------------------------
    def guard(self, condition: str, message: str) -> tuple[str, ...]:
        """Statements that fail with `message` unless `condition` holds: a CHECK constraint
        named after the message, on a temporary table."""
        guard = f"temp.{self.quote('schemadoctor_guard')}"
        return (
            f"DROP TABLE IF EXISTS {guard};",
            f"CREATE TEMP TABLE {self.quote('schemadoctor_guard')} "
            f"(ok INTEGER, CONSTRAINT {self.quote(message)} CHECK (ok));",
            f"INSERT INTO {guard} (ok) SELECT {condition};",
            f"DROP TABLE {guard};",
        )


def _rebuild_follows(changes: Sequence[c.Change], position: int) -> bool:
    """Whether a rebuild of the same table comes later: its index is then created once, by
    the rebuild, rather than built and rebuilt."""
    table = changes[position].table
    return any(
        isinstance(other, REBUILD_KINDS) and other.table == table for other in changes[position:]
    )


def _with_policy(change: c.Change) -> str:
    policy = getattr(change, "policy", "")
    return f"{change.reason} ({policy})" if policy else change.reason


def _remove(sql: str, fragment: str, change: c.Change) -> str:
    text = ",\n  " + fragment
    if text not in sql:
        raise NotImplementedError(f"SQLite cannot {change.describe()}: not added by schemadoctor")
    return sql.replace(text, "", 1)


def _remove_not_null(renderer: Renderer, sql: str, change: c.DropNotNull) -> str:
    items, _ = definition_items(sql)
    item = next((item for item in items if column_name(item) == change.column.lower()), None)
    end = item[-1].end + 1 if item else -1
    if item is None or not sql[:end].upper().endswith(" NOT NULL"):
        raise NotImplementedError(f"SQLite cannot {change.describe()}: not added by schemadoctor")
    return sql[: end - len(" NOT NULL")] + sql[end:]
