"""The SQL that moves orphan rows into the quarantine table and back, per engine.

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

from schemadoctor.catalog.model import Catalog, Column, ForeignKey, Table, TableName, TypeFamily
from schemadoctor.plan.changes import QUARANTINE_TABLE, QuarantineOrphans, RestoreOrphans

if TYPE_CHECKING:
    from schemadoctor.render.base import Renderer

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

    def null_assignments(self, alias: str) -> str:
        return ", ".join(
            f"{self.col(alias, name)} = NULL" for name in self.change.foreign_key.columns
        )


class PostgresqlOrphans(OrphanSql):
    def create_table(self) -> str:
        return create_table_sql(self.renderer, quarantine_table(self.change.table))

    def quarantine(self) -> list[str]:
        plan, constraint, source = self.labels()
        key = _pg_key(self, "sd_row")
        insert = (
            f"INSERT INTO {self.q} "
            "(plan_id, constraint_name, source_table, row_key, row_data, action)\n"
        )
        if self.change.action == "delete":
            return [
                self.create_table(),
                f"WITH sd_moved AS (\n  DELETE FROM {self.child} AS {CHILD}\n"
                f"  WHERE {self.orphan_predicate()}\n  RETURNING {CHILD}.*\n)\n"
                f"{insert}SELECT {plan}, {constraint}, {source}, {key}, sd_row.data, "
                f"'{DELETED}'\nFROM (SELECT to_jsonb(sd_moved.*) AS data FROM sd_moved) AS sd_row;",
            ]
        # Lock the orphans, remember each whole row, then clear the reference of exactly those
        # rows: what is recorded is what was changed, even with writers running.
        return [
            self.create_table(),
            f"WITH sd_target AS (\n  SELECT {CHILD}.tableoid AS sd_tableoid, "
            f"{CHILD}.ctid AS sd_ctid, to_jsonb({CHILD}.*) AS data\n"
            f"  FROM {self.child} AS {CHILD}\n"
            f"  WHERE {self.orphan_predicate()}\n  FOR UPDATE\n), sd_row AS (\n"
            f"  UPDATE {self.child} AS {CHILD} SET {_bare_nulls(self)}\n  FROM sd_target\n"
            f"  WHERE {CHILD}.tableoid = sd_target.sd_tableoid\n"
            f"    AND {CHILD}.ctid = sd_target.sd_ctid\n"
            f"  RETURNING sd_target.data\n)\n"
            f"{insert}SELECT {plan}, {constraint}, {source}, {key}, sd_row.data, '{NULLED}' "
            "FROM sd_row;",
        ]

    def restore(self) -> list[str]:
        record = f"jsonb_populate_record(NULL::{self.child}, {ENTRY}.row_data)"
        source = f"{self.q} AS {ENTRY} CROSS JOIN LATERAL {record} AS sd_row"
        forget = f"DELETE FROM {self.q} AS {ENTRY} WHERE {self.mine()};"
        if self.change.action == "delete":
            names = [column.name for column in self.insertable()]
            return [
                self.create_table(),
                f"INSERT INTO {self.child} ({self.renderer.columns(names)})\n"
                "OVERRIDING SYSTEM VALUE\n"
                f"SELECT {', '.join(self.col('sd_row', name) for name in names)}\n"
                f"FROM {source}\nWHERE {self.mine()}\nORDER BY {ENTRY}.id;",
                forget,
            ]
        fk = self.change.foreign_key
        assignments = ", ".join(
            f"{self.renderer.quote(name)} = {self.col('sd_row', name)}" for name in fk.columns
        )
        match = " AND ".join(
            f"{self.col(CHILD, name)} = {self.col('sd_row', name)}" for name in self.change.key
        )
        cleared = " AND ".join(f"{self.col(CHILD, name)} IS NULL" for name in fk.columns)
        return [
            self.create_table(),
            f"UPDATE {self.child} AS {CHILD} SET {assignments}\nFROM {source}\n"
            f"WHERE {self.mine()}\n  AND {match} AND {cleared};",
            forget,
        ]


def _pg_key(sql: OrphanSql, alias: str) -> str:
    if not sql.change.key:
        return "NULL"
    parts = ", ".join(
        f"{sql.renderer.literal(name)}, {alias}.data -> {sql.renderer.literal(name)}"
        for name in sql.change.key
    )
    return f"jsonb_build_object({parts})"


def _bare_nulls(sql: OrphanSql) -> str:
    # PostgreSQL's SET list takes bare column names, never alias-qualified ones.
    return ", ".join(
        f"{sql.renderer.quote(name)} = NULL" for name in sql.change.foreign_key.columns
    )


class MysqlOrphans(OrphanSql):
    """InnoDB: the orphans' keys are locked (FOR UPDATE) into a temporary table first, so that
    the rows copied, deleted or cleared are exactly the same rows even with writers running,
    and a self-reference never reads the table it deletes from (MySQL error 1093)."""

    keys_table = "schemadoctor_orphan_keys"

    def create_table(self) -> str:
        return create_table_sql(self.renderer, quarantine_table(self.change.table))

    def setup(self) -> list[str]:
        # DDL commits implicitly on MySQL: everything but DML goes before the transaction.
        steps = [self.create_table()]
        if self.change.key and isinstance(self.change, QuarantineOrphans):
            keys = self.renderer.quote(self.keys_table)
            steps += [
                f"DROP TEMPORARY TABLE IF EXISTS {keys};",
                f"CREATE TEMPORARY TABLE {keys} AS SELECT "
                f"{self.renderer.columns(self.change.key)} FROM {self.child} WHERE 1 = 0;",
            ]
        steps.append("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;")
        return steps

    def teardown(self) -> list[str]:
        if self.change.key and isinstance(self.change, QuarantineOrphans):
            return [f"DROP TEMPORARY TABLE IF EXISTS {self.renderer.quote(self.keys_table)};"]
        return []

    def row_json(self, alias: str, names: list[str] | None = None) -> str:
        columns = [column for column in self.table.columns if names is None or column.name in names]
        parts = ", ".join(
            f"{self.renderer.literal(column.name)}, {self._encode(alias, column)}"
            for column in columns
        )
        return f"JSON_OBJECT({parts})"

    def _encode(self, alias: str, column: Column) -> str:
        value = self.col(alias, column.name)
        return f"HEX({value})" if column.family == TypeFamily.BINARY else value

    def decode(self, column: Column, document: str = "row_data") -> str:
        path = self.renderer.literal('$."' + _json_escape(column.name) + '"')
        found = f"JSON_EXTRACT({ENTRY}.{document}, {path})"
        text = f"JSON_UNQUOTE({found})"
        if column.family == TypeFamily.BINARY:
            text = f"UNHEX({text})"
        return f"CASE WHEN JSON_TYPE({found}) = 'NULL' THEN NULL ELSE {text} END"

    def quarantine(self) -> list[str]:
        plan, constraint, source = self.labels()
        action = self.recorded_action
        key_json = self.row_json(CHILD, list(self.change.key)) if self.change.key else "NULL"
        insert = (
            f"INSERT INTO {self.q} "
            f"(plan_id, constraint_name, source_table, row_key, row_data, action)\n"
            f"SELECT {plan}, {constraint}, {source}, {key_json}, {self.row_json(CHILD)}, "
            f"'{action}'\nFROM {self.child} AS {CHILD}"
        )
        if not self.change.key:
            # No key to lock by: repeatable read's next-key locks keep the set stable.
            return [
                f"{insert}\nWHERE {self.orphan_predicate()};",
                f"DELETE {CHILD} FROM {self.child} AS {CHILD}\nWHERE {self.orphan_predicate()};",
            ]
        keys = self.renderer.quote(self.keys_table)
        join = " AND ".join(
            f"sd_key.{self.renderer.quote(name)} = {self.col(CHILD, name)}"
            for name in self.change.key
        )
        lock = (
            f"INSERT INTO {keys} SELECT "
            f"{', '.join(self.col(CHILD, name) for name in self.change.key)}\n"
            f"FROM {self.child} AS {CHILD}\nWHERE {self.orphan_predicate()}\nFOR UPDATE;"
        )
        joined = f"{self.child} AS {CHILD} JOIN {keys} AS sd_key ON {join}"
        if self.change.action == "delete":
            change = f"DELETE {CHILD} FROM {joined};"
        else:
            change = f"UPDATE {joined}\nSET {self.null_assignments(CHILD)};"
        return [lock, f"{insert} JOIN {keys} AS sd_key ON {join};", change]

    def restore(self) -> list[str]:
        forget = f"DELETE {ENTRY} FROM {self.q} AS {ENTRY} WHERE {self.mine()};"
        if self.change.action == "delete":
            columns = self.insertable()
            names = self.renderer.columns(column.name for column in columns)
            values = ",\n  ".join(self.decode(column) for column in columns)
            return [
                f"INSERT INTO {self.child} ({names})\nSELECT\n  {values}\n"
                f"FROM {self.q} AS {ENTRY}\nWHERE {self.mine()}\nORDER BY {ENTRY}.id;",
                forget,
            ]
        fk = self.change.foreign_key
        by_name = {column.name: column for column in self.table.columns}
        match = " AND ".join(
            f"{self.col(CHILD, name)} = {self.decode(by_name[name], 'row_key')}"
            for name in self.change.key
        )
        assignments = ", ".join(
            f"{self.col(CHILD, name)} = {self.decode(by_name[name])}" for name in fk.columns
        )
        cleared = " AND ".join(f"{self.col(CHILD, name)} IS NULL" for name in fk.columns)
        return [
            f"UPDATE {self.child} AS {CHILD} JOIN {self.q} AS {ENTRY} ON {self.mine()} "
            f"AND {match}\nSET {assignments}\nWHERE {cleared};",
            forget,
        ]


def _json_escape(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', '\\"')


class SqliteOrphans(OrphanSql):
    """SQLite: one writer at a time, so the copy and the delete in one transaction see the
    same rows. Rows are keyed by rowid where the table has one (kept on restore), else by
    the primary key of a WITHOUT ROWID table."""

    def __init__(self, renderer: Renderer, change: Orphans, table: Table, unhex: bool) -> None:
        super().__init__(renderer, change, table)
        self.unhex = unhex

    @property
    def rowid(self) -> bool:
        return not self.table.without_rowid

    @property
    def rowid_alias(self) -> bool:
        return any(column.identity for column in self.table.columns)

    def create_table(self) -> str:
        return create_table_sql(self.renderer, quarantine_table(self.change.table))

    def _encode(self, alias: str, name: str) -> str:
        value = self.col(alias, name)
        return (
            f"CASE typeof({value}) WHEN 'blob' THEN json_object('hex', hex({value})) "
            f"WHEN 'real' THEN json(printf('%!.17g', {value})) ELSE {value} END"
        )

    def row_json(self, alias: str) -> str:
        parts = ", ".join(
            f"{self.renderer.literal(column.name)}, {self._encode(alias, column.name)}"
            for column in self.table.columns
        )
        return f"json_object({parts})"

    def key_json(self, alias: str) -> str:
        if self.rowid:
            return f"json_object('rowid', {alias}.rowid)"
        parts = ", ".join(
            f"{self.renderer.literal(name)}, {self._encode(alias, name)}" for name in self.key
        )
        return f"json_object({parts})"

    @property
    def key(self) -> tuple[str, ...]:
        if self.rowid:
            return ("rowid",)
        return self.change.key or (self.table.primary_key.columns if self.table.primary_key else ())

    def decode(self, name: str, document: str = "row_data") -> str:
        hexed = "json_extract(value, '$.hex')"
        blob = f"unhex({hexed})" if self.unhex else portable_unhex(hexed)
        return (
            f"(SELECT CASE WHEN type = 'object' THEN {blob} ELSE value END "
            f"FROM json_each({ENTRY}.{document}) WHERE key = {self.renderer.literal(name)})"
        )

    def quarantine(self) -> list[str]:
        plan, constraint, source = self.labels()
        insert = (
            f"INSERT INTO {self.q} "
            f"(plan_id, constraint_name, source_table, row_key, row_data, action)\n"
            f"SELECT {plan}, {constraint}, {source}, {self.key_json(CHILD)}, "
            f"{self.row_json(CHILD)}, '{self.recorded_action}'\n"
            f"FROM {self.child} AS {CHILD}\nWHERE {self.orphan_predicate()};"
        )
        if self.change.action == "delete":
            change = f"DELETE FROM {self.child} AS {CHILD}\nWHERE {self.orphan_predicate()};"
        else:
            assignments = ", ".join(
                f"{self.renderer.quote(name)} = NULL" for name in self.change.foreign_key.columns
            )
            change = (
                f"UPDATE {self.child} AS {CHILD} SET {assignments}\n"
                f"WHERE {self.orphan_predicate()};"
            )
        return [self.create_table(), insert, change]

    def restore(self) -> list[str]:
        forget = f"DELETE FROM {self.q} AS {ENTRY} WHERE {self.mine()};"
        if self.change.action == "delete":
            pairs = [
                (self.renderer.quote(column.name), self.decode(column.name))
                for column in self.insertable()
            ]
            if self.rowid and not self.rowid_alias:
                pairs.insert(0, ("rowid", f"json_extract({ENTRY}.row_key, '$.rowid')"))
            return [
                self.create_table(),
                f"INSERT INTO {self.child} ({', '.join(name for name, _ in pairs)})\nSELECT\n  "
                + ",\n  ".join(value for _, value in pairs)
                + f"\nFROM {self.q} AS {ENTRY}\nWHERE {self.mine()}\nORDER BY {ENTRY}.id;",
                forget,
            ]
        fk = self.change.foreign_key
        assignments = ", ".join(
            f"{self.renderer.quote(name)} = {self.decode(name)}" for name in fk.columns
        )
        if self.rowid:
            match = f"{CHILD}.rowid = json_extract({ENTRY}.row_key, '$.rowid')"
        else:
            match = " AND ".join(
                f"{self.col(CHILD, name)} = {self.decode(name, 'row_key')}" for name in self.key
            )
        cleared = " AND ".join(f"{self.col(CHILD, name)} IS NULL" for name in fk.columns)
        return [
            self.create_table(),
            f"UPDATE {self.child} AS {CHILD} SET {assignments}\nFROM {self.q} AS {ENTRY}\n"
            f"WHERE {self.mine()}\n  AND {match} AND {cleared};",
            forget,
        ]


_BYTES = "X'" + "".join(f"{value:02X}" for value in range(256)) + "'"


def portable_unhex(text: str) -> str:
    """unhex() for SQLite before 3.41: a recursive CTE picks each byte out of a literal of all
    256 bytes (concatenated blobs keep every byte, NUL included)."""
    digit = "instr('0123456789ABCDEF', substr({text}, {at}, 1)) - 1"
    high, low = digit.format(text=text, at="i"), digit.format(text=text, at="i + 1")
    return (
        "(WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL "
        f"SELECT i + 2, CAST(b || substr({_BYTES}, ({high}) * 16 + ({low}) + 1, 1) AS BLOB) "
        f"FROM sd_hex WHERE i < length({text})) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1)"
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


def create_table_sql(renderer: Renderer, table: TableName) -> str:
    name = renderer.qualify(table)
    if renderer.dialect == "postgresql":
        body = (
            "id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
            "  plan_id text NOT NULL,\n  constraint_name text NOT NULL,\n"
            "  source_table text NOT NULL,\n  row_key jsonb,\n  row_data jsonb NOT NULL,\n"
            "  action text NOT NULL,\n  quarantined_at timestamptz NOT NULL DEFAULT now()"
        )
        return f"CREATE TABLE IF NOT EXISTS {name} (\n  {body}\n);"
    if renderer.dialect == "mysql":
        body = (
            "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n"
            "  plan_id VARCHAR(64) NOT NULL,\n  constraint_name VARCHAR(64) NOT NULL,\n"
            "  source_table VARCHAR(200) NOT NULL,\n  row_key JSON NULL,\n"
            "  row_data JSON NOT NULL,\n  action VARCHAR(16) NOT NULL,\n"
            "  quarantined_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)"
        )
        return (
            f"CREATE TABLE IF NOT EXISTS {name} (\n  {body}\n) ENGINE=InnoDB "
            "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;"
        )
    body = (
        "id INTEGER PRIMARY KEY,\n  plan_id TEXT NOT NULL,\n  constraint_name TEXT NOT NULL,\n"
        "  source_table TEXT NOT NULL,\n  row_key TEXT,\n  row_data TEXT NOT NULL,\n"
        "  action TEXT NOT NULL,\n  quarantined_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP"
    )
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  {body}\n);"
