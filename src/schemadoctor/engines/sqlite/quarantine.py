"""Orphan rows into the quarantine table and back, on SQLite: `json_object` with reals
spelled to 17 digits and blobs as `{"hex": ...}`."""

from __future__ import annotations

from schemadoctor.engines.quarantine import (
    CHILD,
    ENTRY,
    Orphans,
    OrphanSql,
    quarantine_table,
)
from schemadoctor.engines.rendering import Renderer
from schemadoctor.model.catalog import Table, TableName


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


def create_table_sql(renderer: Renderer, table: TableName) -> str:
    name = renderer.qualify(table)
    body = (
        "id INTEGER PRIMARY KEY,\n  plan_id TEXT NOT NULL,\n  constraint_name TEXT NOT NULL,\n"
        "  source_table TEXT NOT NULL,\n  row_key TEXT,\n  row_data TEXT NOT NULL,\n"
        "  action TEXT NOT NULL,\n  quarantined_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP"
    )
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  {body}\n);"
