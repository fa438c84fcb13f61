"""Orphan rows into the quarantine table and back, on MySQL/MariaDB: `JSON_OBJECT` for the
row, binary columns hexed."""

from __future__ import annotations

from schemadoctor.engines.quarantine import (
    CHILD,
    ENTRY,
    OrphanSql,
    quarantine_table,
)
from schemadoctor.engines.rendering import Renderer
from schemadoctor.model.catalog import Column, TableName, TypeFamily
from schemadoctor.model.changes import QuarantineOrphans


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


def create_table_sql(renderer: Renderer, table: TableName) -> str:
    name = renderer.qualify(table)
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
