"""MySQL and MariaDB: sizes of tables and indexes (InnoDB statistics), bytes per row of a
column, AUTO_INCREMENT counters, and the server settings schemadoctor reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import suppress
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from schemadoctor.engines.types import ServerSetting
from schemadoctor.model.catalog import Column, Table
from schemadoctor.model.storage import IndexSize, TableStorage

if TYPE_CHECKING:
    from schemadoctor.engines.mysql import MySQL

_FIXED_BYTES = {
    "uuid": 16,
    "binary(16)": 16,
    "bigint": 8,
    "int": 4,
    "integer": 4,
    "mediumint": 3,
    "smallint": 2,
    "tinyint": 1,
}


def stored_bytes(column_type: str) -> float | None:
    text = re.sub(r"\(\d+\)", "", column_type.lower()) if "int" in column_type.lower() else ""
    base = (text or column_type.lower()).replace(" unsigned", "").strip()
    return _FIXED_BYTES.get(base)


def case_insensitive(column: Column) -> bool:
    return bool(column.collation) and str(column.collation).lower().endswith("_ci")


def _where(adapter: MySQL, table: Table) -> tuple[str, dict[str, str]]:
    schema = "DATABASE()" if not table.name.schema else ":schema"
    params = {"table": table.name.name}
    if table.name.schema:
        params["schema"] = table.name.schema
    return schema, params


def measure(
    adapter: MySQL,
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    sample_rows: int,
    exact: bool = False,
) -> TableStorage:
    """InnoDB's own figures: the clustered index (the table's data, which holds the primary
    key) and each secondary index, in pages, from freshly computed statistics when the session
    may compute them."""
    name = adapter.qualify(table.name)
    if exact:
        with suppress(DBAPIError):  # stale statistics are still figures
            connection.exec_driver_sql(f"ANALYZE TABLE {name}").all()
    schema, params = _where(adapter, table)
    row = connection.execute(
        sa.text(
            "SELECT DATA_LENGTH AS data, INDEX_LENGTH AS indexes, TABLE_ROWS AS estimate "
            "FROM information_schema.TABLES "
            f"WHERE TABLE_SCHEMA = {schema} AND TABLE_NAME = :table"
        ),
        params,
    ).first()
    if row is None:
        return TableStorage(table.name, None, None, note="table not found")
    rows = (
        int(connection.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar() or 0)
        if exact
        else int(row.estimate or 0)
    )
    index_columns = {index.name: index.columns for index in table.indexes}
    sizes: list[IndexSize] = []
    try:
        found = connection.execute(
            sa.text(
                "SELECT index_name, stat_value * @@innodb_page_size FROM mysql.innodb_index_stats "
                f"WHERE database_name = {schema} AND table_name = :table AND stat_name = 'size' "
                "ORDER BY index_name"
            ),
            params,
        ).all()
    except DBAPIError:
        found = []
    for index_name, size in found:
        if index_name in ("PRIMARY", "GEN_CLUST_INDEX"):
            continue  # the clustered index is the table's data
        sizes.append(IndexSize(index_name, int(size), tuple(index_columns.get(index_name, ()))))
    if not found:
        sizes.append(IndexSize("(all secondary indexes)", int(row.indexes or 0)))
    column_bytes: dict[str, float] = {}
    variable = []
    for column_name in columns:
        column = table.column(column_name)
        fixed = stored_bytes(column.type) if column is not None else None
        if fixed is not None:
            column_bytes[column_name] = float(fixed)
        else:
            variable.append(column_name)
    if variable:
        # Bytes of the value plus its one-byte length prefix (a key-sized VARCHAR).
        averages = ", ".join(f"avg(LENGTH({adapter.quote(c)})) + 1" for c in variable)
        values = connection.exec_driver_sql(
            f"SELECT {averages} FROM (SELECT * FROM {name} LIMIT {int(sample_rows)}) AS sd_s"
        ).first()
        for column_name, value in zip(variable, values or (), strict=False):
            if value is not None:
                column_bytes[column_name] = float(value)
    return TableStorage(table.name, rows, int(row.data or 0), tuple(sizes), column_bytes)


def key_counter(adapter: MySQL, connection: Connection, table: Table, column: str) -> int | None:
    """The next AUTO_INCREMENT value minus one (the last one handed out), when `column` is the
    table's AUTO_INCREMENT column."""
    found = table.column(column)
    if found is None or not found.identity:
        return None
    schema, params = _where(adapter, table)
    try:
        value = connection.execute(
            sa.text(
                "SELECT AUTO_INCREMENT FROM information_schema.TABLES "
                f"WHERE TABLE_SCHEMA = {schema} AND TABLE_NAME = :table"
            ),
            params,
        ).scalar()
    except DBAPIError:
        return None
    return int(value) - 1 if value else None


# --- server settings -----------------------------------------------------------------------------
def _variable(connection: Connection, name: str) -> str | None:
    row = connection.execute(sa.text("SHOW GLOBAL VARIABLES LIKE :name"), {"name": name}).first()
    return None if row is None else str(row[1])


def _status(connection: Connection, name: str) -> int:
    row = connection.execute(sa.text("SHOW GLOBAL STATUS LIKE :name"), {"name": name}).first()
    return int(row[1]) if row is not None else 0


def settings(
    connection: Connection, *, idle_timeout: str | None, statement_timeout: str
) -> list[ServerSetting]:
    """`idle_timeout`: the server's idle-in-transaction timeout variable (MariaDB's
    `idle_transaction_timeout`; MySQL has none); `statement_timeout`: its statement time
    limit (`max_statement_time` on MariaDB, `max_execution_time` on MySQL)."""
    found: list[ServerSetting] = []
    if idle_timeout is not None:
        value = _variable(connection, idle_timeout) or "0"
        found.append(
            ServerSetting(
                idle_timeout,
                value,
                ok=float(value or 0) > 0,
                why=(
                    "a session left idle inside a transaction keeps its row and metadata locks: "
                    "a migration's ALTER, and every writer queued behind it, waits for it"
                ),
                advice=f"SET GLOBAL {idle_timeout} = 60 (and in the server's configuration)",
            )
        )
    limit = _variable(connection, statement_timeout) or "0"
    user_limit = _user_statement_limit(connection)
    found.append(
        ServerSetting(
            f"{statement_timeout} (user level)",
            f"global {limit}" + (f", this user {user_limit}" if user_limit is not None else ""),
            ok=float(limit or 0) > 0 or bool(user_limit and float(user_limit) > 0),
            why=(
                "without a statement time limit a runaway query of the application runs until "
                "someone kills it, holding its locks and a connection"
            ),
            advice=(
                "GRANT USAGE ON *.* TO <app> WITH MAX_STATEMENT_TIME 30 (MariaDB), or "
                f"SET GLOBAL {statement_timeout} = ..."
            ),
        )
    )
    slow = (_variable(connection, "slow_query_log") or "OFF").upper()
    long_query = _variable(connection, "long_query_time") or "?"
    found.append(
        ServerSetting(
            "slow_query_log",
            f"{slow} (long_query_time {long_query} s)",
            ok=slow in ("ON", "1"),
            why=(
                "the workload input: which queries run slowly and how often, so that index "
                "advice works from what the application really does"
            ),
            advice="SET GLOBAL slow_query_log = ON; SET GLOBAL long_query_time = 0.5",
        )
    )
    allowed = int(_variable(connection, "max_connections") or 0) or 1
    used = _status(connection, "Threads_connected")
    peak = _status(connection, "Max_used_connections")
    share = max(used, peak) / allowed
    found.append(
        ServerSetting(
            "max_connections",
            f"{used} connected now, {peak} at the peak, of {allowed} ({share:.0%} at the peak)",
            ok=share < 0.8,
            why=(
                "each connection costs memory, and at the limit new connections fail, the one an "
                "apply needs included; a pooler (ProxySQL, MaxScale) keeps the count low"
            ),
            advice="put a connection pooler in front of the server, or raise max_connections",
        )
    )
    return found


def _user_statement_limit(connection: Connection) -> str | None:
    try:
        return connection.execute(
            sa.text(
                "SELECT max_statement_time FROM mysql.user WHERE CONCAT(user, '@', host) = "
                "CURRENT_USER()"
            )
        ).scalar()
    except DBAPIError:
        return None
