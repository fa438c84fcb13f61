"""What every probe shares: quoting, comparing keys of mixed types, sampling a table, and
running one statement so that its failure (a timeout, a type the engine cannot compare)
becomes a `ProbeFailed` instead of aborting the whole check."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from schemadoctor.catalog.model import Table, TableName
from schemadoctor.connect import describe_error

if TYPE_CHECKING:
    from schemadoctor.connect import Database


class ProbeFailed(Exception):
    """A probe could not answer; the message is one line, safe to show."""


class Sql:
    """SQL text for one database: every identifier quoted by the engine's own preparer."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.dialect = database.dialect

    def quote(self, identifier: str) -> str:
        return self.database.quote(identifier)

    def table(self, name: TableName) -> str:
        return self.database.qualify(name)

    def column(self, alias: str, name: str) -> str:
        return f"{alias}.{self.quote(name)}"

    def as_text(self, expression: str) -> str:
        """Compare uuid with uuid-looking text as text on every engine."""
        if self.dialect == "postgresql":
            return f"CAST({expression} AS text)"
        if self.dialect == "mysql":
            return f"CAST({expression} AS CHAR)"
        return expression

    def equal(self, left: Sequence[str], right: Sequence[str], cast: bool) -> str:
        pairs = zip(left, right, strict=True)
        if cast:
            return " AND ".join(f"{self.as_text(a)} = {self.as_text(b)}" for a, b in pairs)
        return " AND ".join(f"{a} = {b}" for a, b in pairs)

    def all_not_null(self, expressions: Sequence[str]) -> str:
        return " AND ".join(f"{expression} IS NOT NULL" for expression in expressions)

    def sampled_from(self, table: Table, alias: str, rows: int) -> tuple[str, bool]:
        """`FROM` text reading about `rows` rows of `table`, and whether that is a sample of
        a larger table. PostgreSQL samples pages spread over the table (TABLESAMPLE SYSTEM,
        repeatable); the other engines read the first rows, which is cheap and bounded."""
        source = f"{self.table(table.name)} AS {alias}"
        estimate = table.row_estimate or 0
        if self.dialect == "postgresql" and estimate > 4 * rows:
            percent = min(100.0, 100.0 * 3 * rows / estimate)
            return f"{source} TABLESAMPLE SYSTEM ({percent:.6f}) REPEATABLE (0)", True
        return source, False

    def cte(self, name: str, body: str) -> str:
        # PostgreSQL would otherwise inline a CTE used several times and sample repeatedly.
        materialized = " MATERIALIZED" if self.dialect == "postgresql" else ""
        return f"{name} AS{materialized} ({body})"


def fetch_one(connection: Connection, database: Database, sql: str) -> Sequence[Any]:
    return _execute(connection, database, sql, one=True)  # type: ignore[no-any-return]


def fetch_all(connection: Connection, database: Database, sql: str) -> list[Sequence[Any]]:
    return _execute(connection, database, sql, one=False)  # type: ignore[return-value]


def probe_connection(connection: Connection, database: Database) -> Connection:
    """The connection probes run on. PostgreSQL aborts a whole transaction on any error (a
    probe past its statement timeout, say), so there each probe runs in its own transaction
    (autocommit; still read-only, since the session's default transaction is). The other
    engines carry on after a failed statement."""
    if database.dialect == "postgresql" and not connection.in_transaction():
        return connection.execution_options(isolation_level="AUTOCOMMIT")
    return connection


def _execute(connection: Connection, database: Database, sql: str, *, one: bool) -> Any:
    # Inside a PostgreSQL transaction, a savepoint keeps a failed probe from aborting it.
    autocommit = connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT"
    savepoint = (
        connection.begin_nested()
        if database.dialect == "postgresql" and not autocommit and connection.in_transaction()
        else None
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
