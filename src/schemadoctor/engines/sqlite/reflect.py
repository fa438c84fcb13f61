"""SQLite reflection from PRAGMAs, with sqlglot's tokenizer reading what the PRAGMAs do not
expose: constraint names, CHECK constraints, index expressions and partial-index predicates
live only in the DDL text (see `sqlite_ddl` for tables)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import sqlglot
from sqlalchemy.engine import Connection
from sqlglot.tokens import TokenType

from schemadoctor.engines.sqlite.ddl import TableDdl, read_create_table
from schemadoctor.model.catalog import (
    Catalog,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    IndexElement,
    PrimaryKey,
    Table,
    TableName,
    Trigger,
    UniqueConstraint,
)
from schemadoctor.model.types import char_length, type_family

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database

_ACTIONS = {"NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT"}


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def reflect(connection: Connection, database: Database) -> Catalog:
    warnings: list[str] = []
    names = _table_names(connection)
    by_lower = {name.lower(): name for name, _ in names}
    row_counts = _row_estimates(connection, [name for name, _ in names])
    definitions = {
        row[0]: row[1]
        for row in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index')"
        )
    }
    triggers: dict[str, list[Trigger]] = {}
    for table, name, sql in connection.exec_driver_sql(
        "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ):
        if sql:
            triggers.setdefault(table, []).append(Trigger(name, sql))
    tables = []
    for name, without_rowid in names:
        table = _table(connection, name, without_rowid, definitions, by_lower, row_counts, warnings)
        tables.append(replace(table, triggers=tuple(triggers.get(name, ()))))
    return Catalog(
        dialect="sqlite",
        database=database.name,
        server_version=database.server_version,
        tables=tuple(tables),
        warnings=tuple(warnings),
    )


def _table_names(connection: Connection) -> list[tuple[str, bool]]:
    """Ordinary tables only: views, virtual tables and their shadow tables are not schema the
    user designed."""
    rows = connection.exec_driver_sql("PRAGMA table_list").mappings().all()
    return sorted(
        (row["name"], bool(row["wr"]))
        for row in rows
        if row["schema"] == "main"
        and row["type"] == "table"
        and not row["name"].startswith("sqlite_")
    )


def _row_estimates(connection: Connection, names: list[str]) -> dict[str, int]:
    """sqlite_stat1 when ANALYZE has run; otherwise an exact count, which SQLite answers from
    the smallest index and is cheap at the sizes SQLite files have."""
    estimates: dict[str, int] = {}
    has_stats = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).first()
    if has_stats:
        for table, stat in connection.exec_driver_sql("SELECT tbl, stat FROM sqlite_stat1"):
            if stat and table in names and table not in estimates:
                estimates[table] = int(str(stat).split()[0])
    for name in names:
        if name not in estimates:
            estimates[name] = int(
                connection.exec_driver_sql(f"SELECT count(*) FROM {quote(name)}").scalar() or 0
            )
    return estimates


def _pragma(connection: Connection, pragma: str, argument: str) -> list[dict[str, Any]]:
    return [
        dict(row)
        for row in connection.exec_driver_sql(f"PRAGMA {pragma}({quote(argument)})").mappings()
    ]


def _table(
    connection: Connection,
    name: str,
    without_rowid: bool,
    definitions: dict[str, str | None],
    by_lower: dict[str, str],
    row_counts: dict[str, int],
    warnings: list[str],
) -> Table:
    column_rows = [row for row in _pragma(connection, "table_xinfo", name) if row["hidden"] != 1]
    pk_rows = sorted((row for row in column_rows if row["pk"]), key=lambda row: row["pk"])
    pk_columns = tuple(row["name"] for row in pk_rows)
    rowid_alias = (
        len(pk_rows) == 1 and str(pk_rows[0]["type"]).upper() == "INTEGER" and not without_rowid
    )
    columns = tuple(
        Column(
            name=row["name"],
            type=row["type"] or "",
            family=type_family(row["type"] or "blob"),
            # A rowid alias can never hold NULL, whatever the DDL says.
            nullable=not row["notnull"] and not (rowid_alias and row["pk"]),
            default=row["dflt_value"],
            length=char_length(row["type"] or ""),
            generated=row["hidden"] in (2, 3),
            identity=rowid_alias and bool(row["pk"]),
        )
        for row in column_rows
    )
    table_sql = definitions.get(name) or ""
    ddl = read_create_table(table_sql)
    if ddl is None:
        warnings.append(f"could not read the CREATE TABLE text of {name}")
        ddl = TableDdl()
    indexes, uniques = _indexes(connection, name, definitions, ddl, warnings)
    return Table(
        name=TableName(None, name),
        columns=columns,
        primary_key=PrimaryKey(None, pk_columns) if pk_columns else None,
        unique_constraints=tuple(uniques),
        foreign_keys=_foreign_keys(connection, name, by_lower, ddl),
        indexes=tuple(indexes),
        checks=tuple(CheckConstraint(check_name, text) for check_name, text in ddl.checks),
        row_estimate=row_counts.get(name),
        without_rowid=without_rowid,
        definition=table_sql or None,
    )


def _foreign_keys(
    connection: Connection, name: str, by_lower: dict[str, str], ddl: TableDdl
) -> tuple[ForeignKey, ...]:
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in _pragma(connection, "foreign_key_list", name):
        grouped[row["id"]].append(row)
    # PRAGMA foreign_key_list numbers constraints in reverse order of declaration.
    constraints = [
        sorted(grouped[constraint_id], key=lambda row: row["seq"])
        for constraint_id in sorted(grouped, reverse=True)
    ]
    names = _foreign_key_names([tuple(row["from"] for row in rows) for rows in constraints], ddl)
    result = []
    for constraint_name, rows in zip(names, constraints, strict=True):
        parent = by_lower.get(rows[0]["table"].lower(), rows[0]["table"])
        referred = tuple(row["to"] for row in rows)
        if any(column is None for column in referred):
            # `REFERENCES parent` without columns means the parent's primary key.
            parent_pk = [
                row["name"]
                for row in sorted(
                    (row for row in _pragma(connection, "table_info", parent) if row["pk"]),
                    key=lambda row: row["pk"],
                )
            ]
            referred = tuple(parent_pk)
        result.append(
            ForeignKey(
                name=constraint_name,
                columns=tuple(row["from"] for row in rows),
                referred_table=TableName(None, parent),
                referred_columns=referred,
                on_delete=_action(rows[0]["on_delete"]),
                on_update=_action(rows[0]["on_update"]),
            )
        )
    return tuple(result)


def _foreign_key_names(pragma_columns: list[tuple[str, ...]], ddl: TableDdl) -> list[str | None]:
    """Each PRAGMA foreign key's name from the DDL: by position when the column lists agree
    (they always should), else the first unclaimed DDL entry with the same columns."""

    def same(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
        return [c.lower() for c in left] == [c.lower() for c in right]

    declared = ddl.foreign_keys
    if len(declared) == len(pragma_columns) and all(
        same(columns, ddl_columns)
        for columns, (_, ddl_columns) in zip(pragma_columns, declared, strict=True)
    ):
        return [name for name, _ in declared]
    unclaimed = list(declared)
    names: list[str | None] = []
    for columns in pragma_columns:
        match = next((entry for entry in unclaimed if same(columns, entry[1])), None)
        if match is not None:
            unclaimed.remove(match)
        names.append(match[0] if match else None)
    return names


def _action(text: str | None) -> str:
    value = (text or "NO ACTION").upper()
    return value if value in _ACTIONS else "NO ACTION"


def _indexes(
    connection: Connection,
    table: str,
    definitions: dict[str, str | None],
    ddl: TableDdl,
    warnings: list[str],
) -> tuple[list[Index], list[UniqueConstraint]]:
    indexes: list[Index] = []
    uniques: list[UniqueConstraint] = []
    for entry in _pragma(connection, "index_list", table):
        name = entry["name"]
        keys = [row for row in _pragma(connection, "index_xinfo", name) if row["key"]]
        definition = definitions.get(name)
        parsed = _parse_index(definition, warnings) if definition else None
        elements = []
        for position, key in enumerate(keys):
            if key["cid"] == -2:
                expression = parsed[0][position] if parsed and position < len(parsed[0]) else "?"
                elements.append(IndexElement(None, expression, bool(key["desc"])))
            else:
                elements.append(IndexElement(key["name"] or "rowid", None, bool(key["desc"])))
        origin = entry["origin"]
        constraint = None
        if origin == "u":
            columns = tuple(element.text for element in elements)
            declared = ddl.unique_names.get(tuple(column.lower() for column in columns))
            uniques.append(UniqueConstraint(declared, columns))
            constraint = declared or name
        indexes.append(
            Index(
                name=name,
                elements=tuple(elements),
                unique=bool(entry["unique"]),
                predicate=parsed[1] if parsed else None,
                constraint=constraint,
                primary=origin == "pk",
                definition=definition,
            )
        )
    return indexes, uniques


def _parse_index(sql: str, warnings: list[str]) -> tuple[list[str], str | None] | None:
    """(text of each key, predicate text) of a CREATE INDEX statement, cut from the original
    text so that expressions read as the user wrote them."""
    try:
        tokens = sqlglot.tokenize(sql, read="sqlite")
    except sqlglot.errors.SqlglotError:
        tokens = []
    keys: list[list[Any]] = []
    depth = 0
    predicate = None
    seen_on = False
    for position, token in enumerate(tokens):
        kind = token.token_type
        if kind == TokenType.ON and depth == 0:
            seen_on = True
        elif kind == TokenType.L_PAREN:
            depth += 1
            if depth == 1 and seen_on and not keys:
                keys.append([])
                continue
        elif kind == TokenType.R_PAREN:
            depth -= 1
        elif kind == TokenType.WHERE and depth == 0:
            predicate = (
                sql[tokens[position + 1].start :].strip() if position + 1 < len(tokens) else None
            )
            break
        if depth >= 1 and keys:
            if kind == TokenType.COMMA and depth == 1:
                keys.append([])
            else:
                keys[-1].append(token)
    if not keys:
        warnings.append(f"could not read index definition: {_shorten(sql)}")
        return None
    texts = []
    for key in keys:
        while key and key[-1].token_type in (TokenType.ASC, TokenType.DESC):
            key.pop()
        texts.append(sql[key[0].start : key[-1].end + 1] if key else "")
    return texts, predicate


def _shorten(text: str, limit: int = 80) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
