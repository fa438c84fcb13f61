"""What every probe shares: quoting, comparing keys of mixed types, sampling a table, and
running one statement so that its failure (a timeout, a type the engine cannot compare)
becomes a `ProbeFailed` instead of aborting the whole check."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from schemadoctor.engines.database import describe_error
from schemadoctor.model.catalog import Catalog, Table, TableName, TypeFamily
from schemadoctor.model.links import Link

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database


class ProbeFailed(Exception):
    """A probe could not answer; the message is one line, safe to show."""


class Sql:
    """SQL text for one database: every identifier quoted by the engine's adapter, the pieces
    that differ between engines asked of it."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.adapter = database.adapter

    def quote(self, identifier: str) -> str:
        return self.adapter.quote(identifier)

    def table(self, name: TableName) -> str:
        return self.adapter.qualify(name)

    def column(self, alias: str, name: str) -> str:
        return f"{alias}.{self.quote(name)}"

    def as_text(self, expression: str) -> str:
        """Compare uuid with uuid-looking text as text on every engine."""
        return self.adapter.as_text(expression)

    def equal(self, left: Sequence[str], right: Sequence[str], cast: bool) -> str:
        pairs = zip(left, right, strict=True)
        if cast:
            return " AND ".join(f"{self.as_text(a)} = {self.as_text(b)}" for a, b in pairs)
        return " AND ".join(f"{a} = {b}" for a, b in pairs)

    def all_not_null(self, expressions: Sequence[str]) -> str:
        return " AND ".join(f"{expression} IS NOT NULL" for expression in expressions)

    def sampled_from(self, table: Table, alias: str, rows: int) -> tuple[str, bool]:
        """`FROM` text reading about `rows` rows of `table`, and whether that is a sample of
        a larger table (see the adapter)."""
        return self.adapter.sampled_from(table, alias, rows)

    def cte(self, name: str, body: str) -> str:
        return self.adapter.cte(name, body)


def text_compared(catalog: Catalog, link: Link) -> bool:
    """Whether the two ends of `link` compare only as text: a uuid against uuid-looking text."""
    child, parent = catalog.table(link.table), catalog.table(link.referred_table)
    if child is None or parent is None:
        return False
    for name, referred in zip(link.columns, link.referred_columns, strict=True):
        a, b = child.column(name), parent.column(referred)
        if a is not None and b is not None and {a.family, b.family} == _UUID_AND_TEXT:
            return True
    return False


_UUID_AND_TEXT = {TypeFamily.UUID, TypeFamily.TEXT}


def fetch_one(connection: Connection, database: Database, sql: str) -> Sequence[Any]:
    return _execute(connection, database, sql, one=True)  # type: ignore[no-any-return]


def fetch_all(connection: Connection, database: Database, sql: str) -> list[Sequence[Any]]:
    return _execute(connection, database, sql, one=False)  # type: ignore[return-value]


def probe_connection(connection: Connection, database: Database) -> Connection:
    """The connection probes run on, as the engine needs it (see the adapter)."""
    return database.adapter.probe_connection(connection)


def _execute(connection: Connection, database: Database, sql: str, *, one: bool) -> Any:
    # Where one failed statement aborts the transaction, a savepoint keeps a failed probe
    # from taking the others down with it.
    savepoint = (
        connection.begin_nested() if database.adapter.savepoint_per_probe(connection) else None
    )
    try:
        result = connection.exec_driver_sql(sql)
        rows = result.fetchone() if one else result.fetchall()
    except DBAPIError as exc:
        if savepoint is not None and savepoint.is_active:
            savepoint.rollback()
        raise ProbeFailed(describe_error(exc, database.target)) from None
    if savepoint is not None:
        savepoint.commit()
    return tuple(rows) if one and rows is not None else rows


def non_empty(
    connection: Connection, database: Database, tables: Sequence[Table], chunk: int = 200
) -> set[TableName]:
    """Which of `tables` hold at least one row: one statement per `chunk` tables, each
    reading at most one row, so that empty tables cost no probe at all."""
    sql = Sql(database)
    found: set[TableName] = set()
    for start in range(0, len(tables), chunk):
        part = tables[start : start + chunk]
        statement = " UNION ALL ".join(
            f"SELECT {number} AS sd_n FROM (SELECT 1 AS sd_one FROM {sql.table(table.name)} "
            f"LIMIT 1) AS sd_any{number}"
            for number, table in enumerate(part)
        )
        for (number,) in fetch_all(connection, database, statement):
            found.add(part[int(number)].name)
    return found
