"""MySQL and MariaDB: changing the type of a key and of every column referencing it.

InnoDB refuses to change the type of a column a foreign key uses, so the keys between the
converted columns come off first and go back on after (online, checked, as any foreign key
schemadoctor adds). No type change runs in place: each table is copied (ALGORITHM=COPY,
LOCK=SHARED: reads continue, writes wait for the copy), and each step says so with an
estimate of how long. For big tables the lock is the price; gh-ost or pt-online-schema-change
avoid it and the steps say so.

Where the new type holds the same values (MariaDB 10.7+'s UUID, a wider integer) `MODIFY
COLUMN` converts them. Where it does not (BINARY(16) on MySQL and older MariaDB), the values go
through the engine's conversion functions: a new column filled from the old one, then swapped
in, all under `LOCK TABLES ... WRITE` so that no write slips in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from schemadoctor.model import changes as c
from schemadoctor.model.catalog import Catalog, Column, Index, Table, TableName, TypeFamily
from schemadoctor.model.script import Step
from schemadoctor.model.types import type_family

if TYPE_CHECKING:
    from schemadoctor.engines.mysql.render import Renderer

COPY_ROWS_PER_SECOND = 150_000
"""Rough speed of an InnoDB table copy with its indexes, for the lock estimate."""


class KeyConversion:
    def __init__(self, renderer: Renderer, change: c.ConvertKeyType, catalog: Catalog | None):
        self.r = renderer
        self.change = change
        self.catalog = catalog
        self.tables: dict[TableName, list[c.ConvertedColumn]] = {}
        for member in change.members:
            self.tables.setdefault(member.table, []).append(member)

    def _table(self, name: TableName) -> Table:
        table = self.catalog.table(name) if self.catalog is not None else None
        if table is None:
            raise NotImplementedError(f"converting {name} needs it in the catalog")
        return table

    @property
    def through_functions(self) -> bool:
        """The stored form differs from the text (BINARY(16)): values need the engine's
        conversion functions rather than MODIFY's own conversion."""
        storage = self.r.adapter.uuid_storage()
        if self.change.conversion == "integer" or storage is None:
            return False
        return not storage.reads_as_text

    def steps(self) -> list[Step]:
        reason = self.change.reason
        drops: list[Step] = []
        adds: list[Step] = []
        for table, foreign_key in self.change.foreign_keys:
            drops += self.r.render_drop_foreign_key(
                c.DropForeignKey(table=table, foreign_key=foreign_key, reason=reason), self.catalog
            )
            adds += self.r.render_add_foreign_key(
                c.AddForeignKey(table=table, foreign_key=foreign_key, reason=reason), self.catalog
            )
        converts = [
            self._through_functions(name, members)
            if self.through_functions
            else self._modify(name, members)
            for name, members in self.tables.items()
        ]
        # Verification checks every converted column's type after the last conversion step.
        last = converts[-1]
        converts[-1] = Step(
            last.change,
            last.statements,
            transactional=last.transactional,
            locks=last.locks,
            setup=last.setup,
            teardown=last.teardown,
            title_text=last.title_text,
            also=self._verified(),
        )
        return [
            *(self._retitled(step, "take off foreign key") for step in drops),
            *converts,
            *(self._retitled(step, "put back foreign key") for step in adds),
        ]

    def _retitled(self, step: Step, what: str) -> Step:
        return Step(
            self.change,
            step.statements,
            transactional=step.transactional,
            locks=step.locks,
            setup=step.setup,
            teardown=step.teardown,
            title_text=f"{self.change.describe()}: {what}: {step.title}",
            reason_text=step.reason_text,
        )

    def _verified(self) -> tuple[c.Change, ...]:
        return tuple(
            c.AlterColumnType(
                table=member.table,
                column=member.column,
                new_type=member.new_type,
                old_type=member.old_type,
                reason=self.change.reason,
            )
            for member in self.change.members[1:]
        )

    def _rows(self, members: list[c.ConvertedColumn]) -> int:
        return max((member.rows or 0 for member in members), default=0)

    def _estimate(self, rows: int) -> str:
        seconds = rows / COPY_ROWS_PER_SECOND
        return (
            f"about {seconds:.1f} s for {rows:,} rows (estimated at {COPY_ROWS_PER_SECOND:,} "
            "rows/s; gh-ost or pt-online-schema-change avoid the lock on a big table)"
        )

    def _definition(self, column: Column, member: c.ConvertedColumn) -> str:
        """The whole column definition (MODIFY replaces it): the new type, and the column's
        nullability, default, AUTO_INCREMENT, collation (for text) and comment restated."""
        text = member.new_type
        if type_family(member.new_type) == TypeFamily.TEXT and column.collation:
            text += f" COLLATE {column.collation}"
        text += " NULL" if member.nullable else " NOT NULL"
        if member.new_default is not None:
            text += f" DEFAULT {member.new_default}"
        if column.identity:
            text += " AUTO_INCREMENT"
        if column.comment:
            text += f" COMMENT {self.r.literal(column.comment)}"
        return text

    def _converted(self, name: TableName, members: list[c.ConvertedColumn]) -> str:
        """True once every column of `members` has its new type."""
        return " AND ".join(
            f"EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE {self.r._table_filter(name)} "
            f"AND COLUMN_NAME = {self.r.literal(m.column)} AND {_type_is(self.r, m.new_type)})"
            for m in members
        )

    def _modify(self, name: TableName, members: list[c.ConvertedColumn]) -> Step:
        table = self._table(name)
        clauses = []
        for member in members:
            column = table.column(member.column)
            if column is None:
                raise NotImplementedError(f"{name}.{member.column} is not in the catalog")
            clauses.append(
                f"MODIFY COLUMN {self.r.quote(member.column)} {self._definition(column, member)}"
            )
        alter = (
            f"ALTER TABLE {self.r.qualify(name)} {', '.join(clauses)}, ALGORITHM=COPY, LOCK=SHARED"
        )
        sql = self.r._choose(f"({self._converted(name, members)})", "DO 0", alter)
        columns = ", ".join(member.column for member in members)
        return Step(
            self.change,
            sql,
            transactional=False,
            locks=(
                f"copies {name} (ALGORITHM=COPY: InnoDB changes no column type in place): reads "
                f"continue, writes wait for the whole copy, {self._estimate(self._rows(members))}"
            ),
            title_text=f"{self.change.describe()}: change {name} ({columns})",
        )

    def _through_functions(self, name: TableName, members: list[c.ConvertedColumn]) -> Step:
        table = self._table(name)
        storage = self.r.adapter.uuid_storage()
        assert storage is not None
        template = (
            storage.from_text if self.change.conversion == "text-to-uuid" else storage.to_text
        )
        qualified = self.r.qualify(name)
        shadow = {m.column: self.r.object_name(m.column, suffix="sd_new")[:64] for m in members}
        add = ", ".join(
            f"ADD COLUMN {self.r.quote(shadow[m.column])} {m.new_type} NULL" for m in members
        )
        sets = ", ".join(
            f"{self.r.quote(shadow[m.column])} = " + template.format(value=self.r.quote(m.column))
            for m in members
        )
        converted = {m.column for m in members}
        touched = [
            index
            for index in table.indexes
            if any(element.column in converted for element in index.elements)
        ]
        clauses = [
            f"DROP INDEX {self.r.quote(index.name)}" for index in touched if not index.primary
        ]
        if any(index.primary for index in touched):
            clauses.insert(0, "DROP PRIMARY KEY")
        order = [column.name for column in table.columns]
        for member in members:
            column = table.column(member.column)
            if column is None:
                raise NotImplementedError(f"{name}.{member.column} is not in the catalog")
            position = order.index(member.column)
            after = "FIRST" if position == 0 else f"AFTER {self.r.quote(order[position - 1])}"
            clauses.append(f"DROP COLUMN {self.r.quote(member.column)}")
            clauses.append(
                f"CHANGE COLUMN {self.r.quote(shadow[member.column])} "
                f"{self.r.quote(member.column)} {self._definition(column, member)} {after}"
            )
        clauses += [self._add_index(index) for index in touched]
        shadow_exists = " AND ".join(
            f"EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE {self.r._table_filter(name)} "
            f"AND COLUMN_NAME = {self.r.literal(shadow[m.column])})"
            for m in members
        )
        pending = f"NOT ({self._converted(name, members)})"
        statements = (
            f"LOCK TABLES {qualified} WRITE;",
            *self.r._choose(
                f"{pending} AND NOT ({shadow_exists})", f"ALTER TABLE {qualified} {add}", "DO 0"
            ),
            *self.r._choose(
                f"{pending} AND {shadow_exists}", f"UPDATE {qualified} SET {sets}", "DO 0"
            ),
            *self.r._choose(
                f"{pending} AND {shadow_exists}",
                f"ALTER TABLE {qualified} {', '.join(clauses)}",
                "DO 0",
            ),
            "UNLOCK TABLES;",
        )
        functions = template.split("(")[0]
        return Step(
            self.change,
            statements,
            transactional=False,
            teardown=("UNLOCK TABLES;",),
            locks=(
                f"LOCK TABLES {name} WRITE for the whole conversion (the values go through "
                f"{functions}(): every row updated, then the table rebuilt): reads and writes "
                "wait, "
                f"{self._estimate(2 * self._rows(members))}"
            ),
            title_text=f"{self.change.describe()}: convert {name} through {functions}()",
        )

    def _add_index(self, index: Index) -> str:
        if index.primary:
            return f"ADD PRIMARY KEY ({self.r.index_keys(index)})"
        kind = "UNIQUE INDEX" if index.unique else "INDEX"
        return f"ADD {kind} {self.r.quote(index.name)} ({self.r.index_keys(index)})"


def _type_is(renderer: Renderer, wanted: str) -> str:
    """COLUMN_TYPE is `wanted`, with or without an integer display width (`bigint(20)`)."""
    wanted = wanted.lower()
    same = f"LOWER(COLUMN_TYPE) = {renderer.literal(wanted)}"
    base, _, sign = wanted.partition(" ")
    if "int" not in base or "(" in base:
        return same
    pattern = f"{base}(%)" + (f" {sign}" if sign else "")
    return f"({same} OR LOWER(COLUMN_TYPE) LIKE {renderer.literal(pattern)})"
