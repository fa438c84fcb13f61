"""PostgreSQL: sizes of tables, indexes and column values; key sequences; the server settings
schemadoctor reports; the progress of a batched backfill."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from schemadoctor.engines.sessions import Progress
from schemadoctor.engines.types import ServerSetting
from schemadoctor.model.catalog import Table
from schemadoctor.model.storage import IndexSize, TableStorage

if TYPE_CHECKING:
    from schemadoctor.engines.postgresql import PostgreSQL

EXACT_COUNT_ROWS = 20_000_000
"""Tables up to this many rows (estimated) are counted exactly for a measurement."""
BACKFILL_APPLICATION = "schemadoctor backfill"
"""A backfill reports its progress in its session's application_name: `<this> done/total unit`."""

_FIXED_BYTES = {
    "uuid": 16,
    "bigint": 8,
    "int8": 8,
    "integer": 4,
    "int4": 4,
    "int": 4,
    "smallint": 2,
    "int2": 2,
}


def stored_bytes(column_type: str) -> float | None:
    return _FIXED_BYTES.get(column_type.strip().lower())


def measure(
    adapter: PostgreSQL,
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    sample_rows: int,
    exact: bool = False,
) -> TableStorage:
    name = adapter.qualify(table.name)
    row = connection.execute(
        sa.text(
            "SELECT c.reltuples::bigint AS estimate, pg_table_size(c.oid) AS size "
            "FROM pg_class c WHERE c.oid = to_regclass(:name)"
        ),
        {"name": name},
    ).first()
    if row is None:
        return TableStorage(table.name, None, None, note="table not found")
    rows: int | None = int(row.estimate) if row.estimate is not None and row.estimate >= 0 else None
    if exact and (rows is None or rows <= EXACT_COUNT_ROWS):
        rows = int(connection.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar() or 0)
    index_columns = {index.name: index.columns for index in table.indexes}
    indexes = tuple(
        IndexSize(index_name, int(size), tuple(index_columns.get(index_name, ())))
        for index_name, size in connection.execute(
            sa.text(
                "SELECT i.relname, pg_relation_size(i.oid) FROM pg_index x "
                "JOIN pg_class i ON i.oid = x.indexrelid "
                "WHERE x.indrelid = to_regclass(:name) ORDER BY i.relname"
            ),
            {"name": name},
        )
    )
    column_bytes: dict[str, float] = {}
    if columns:
        source, _ = adapter.sampled_from(table, "sd_s", sample_rows)
        averages = ", ".join(f"avg(pg_column_size(sd_s.{adapter.quote(c)}))" for c in columns)
        values = connection.exec_driver_sql(
            f"SELECT {averages} FROM (SELECT * FROM {source} LIMIT {int(sample_rows)}) AS sd_s"
        ).first()
        for column, value in zip(columns, values or (), strict=False):
            if value is not None:
                column_bytes[column] = float(value)
    return TableStorage(table.name, rows, int(row.size), indexes, column_bytes)


def key_counter(
    adapter: PostgreSQL, connection: Connection, table: Table, column: str
) -> int | None:
    """The last value of the sequence behind the column (serial or identity), None when there
    is none, it was never used, or it cannot be read (privileges)."""
    try:
        value = connection.execute(
            sa.text(
                "SELECT pg_sequence_last_value(s::regclass) "
                "FROM pg_get_serial_sequence(:table, :column) AS s WHERE s IS NOT NULL"
            ),
            {"table": adapter.qualify(table.name), "column": column},
        ).scalar()
    except DBAPIError:
        return None
    return int(value) if value is not None else None


def backfill_progress(connection: Connection, pid: int) -> Progress | None:
    name = connection.execute(
        sa.text("SELECT application_name FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}
    ).scalar()
    match = re.match(rf"{BACKFILL_APPLICATION} (\d+)/(\d+) (\w+)", name or "")
    if match is None:
        return None
    return Progress(int(match.group(1)), int(match.group(2)), match.group(3), "backfill")


# --- server settings -----------------------------------------------------------------------------
def settings(connection: Connection, max_connection_use: float = 0.8) -> list[ServerSetting]:
    found = [_idle_in_transaction(connection), _statement_timeout(connection)]
    found.append(_statements_extension(connection))
    found.append(_connections(connection, max_connection_use))
    return found


def _setting(connection: Connection, name: str) -> str:
    return str(connection.execute(sa.text("SELECT current_setting(:n)"), {"n": name}).scalar())


def _idle_in_transaction(connection: Connection) -> ServerSetting:
    # Read from the defaults the server, database and role give a new session: this session's
    # own value may have been set by whoever connected.
    value = _default(connection, "idle_in_transaction_session_timeout")
    return ServerSetting(
        "idle_in_transaction_session_timeout",
        value,
        ok=value not in ("0", "", "0ms"),
        why=(
            "a session left idle inside a transaction keeps its locks: a migration's DDL, and "
            "every writer queued behind it, waits for it; VACUUM cannot clean past it either"
        ),
        advice=(
            "ALTER DATABASE <db> SET idle_in_transaction_session_timeout = '60s' "
            "(or ALTER ROLE <app> SET ...)"
        ),
    )


def _statement_timeout(connection: Connection) -> ServerSetting:
    role = str(connection.execute(sa.text("SELECT current_user")).scalar())
    rows = connection.execute(
        sa.text(
            "SELECT CASE WHEN s.setrole = 0 THEN 'database' ELSE 'role' END AS level, "
            "cfg FROM pg_db_role_setting s CROSS JOIN LATERAL unnest(s.setconfig) AS cfg "
            "WHERE (s.setrole = 0 OR s.setrole = (SELECT oid FROM pg_roles "
            "WHERE rolname = current_user)) "
            "AND s.setdatabase IN (0, (SELECT oid FROM pg_database "
            "WHERE datname = current_database())) AND cfg LIKE 'statement_timeout=%'"
        )
    ).all()
    values = {row.level: row.cfg.split("=", 1)[1] for row in rows}
    value = values.get("role") or values.get("database")
    level = "role" if "role" in values else "database"
    set_somewhere = value is not None and value not in ("0", "0ms")
    return ServerSetting(
        f"statement_timeout (role {role})",
        f"{value} ({level} level)" if value is not None else "not set for the role or database",
        ok=set_somewhere,
        why=(
            "without a timeout at the role level a runaway query of the application runs until "
            "someone kills it, holding its locks and a connection"
        ),
        advice=f"ALTER ROLE {role} SET statement_timeout = '30s'",
    )


def _default(connection: Connection, name: str) -> str:
    """The value a new session of this role in this database starts with."""
    rows = connection.execute(
        sa.text(
            "SELECT s.setrole <> 0 AS for_role, cfg FROM pg_db_role_setting s "
            "CROSS JOIN LATERAL unnest(s.setconfig) AS cfg "
            "WHERE (s.setrole = 0 OR s.setrole = (SELECT oid FROM pg_roles "
            "WHERE rolname = current_user)) AND s.setdatabase IN (0, (SELECT oid FROM "
            "pg_database WHERE datname = current_database())) AND cfg LIKE :prefix "
            "ORDER BY for_role DESC, s.setdatabase DESC"
        ),
        {"prefix": f"{name}=%"},
    ).all()
    if rows:
        return str(rows[0].cfg.split("=", 1)[1])
    boot = connection.execute(
        sa.text("SELECT reset_val, source, boot_val, unit FROM pg_settings WHERE name = :n"),
        {"n": name},
    ).first()
    if boot is None:
        return ""
    # A value the client set for its own session is not what the application gets.
    value = boot.boot_val if boot.source in ("client", "session") else boot.reset_val
    return f"{value}{boot.unit or ''}" if value not in ("0", None) else "0"


def _statements_extension(connection: Connection) -> ServerSetting:
    preload = _setting(connection, "shared_preload_libraries")
    installed = connection.execute(
        sa.text("SELECT extversion FROM pg_extension WHERE extname = 'pg_stat_statements'")
    ).scalar()
    loaded = "pg_stat_statements" in preload
    value = f"shared_preload_libraries = '{preload}'; extension " + (
        f"{installed} installed" if installed else "not installed in this database"
    )
    advice = []
    if not loaded:
        advice.append("add pg_stat_statements to shared_preload_libraries and restart")
    if not installed:
        advice.append("CREATE EXTENSION pg_stat_statements")
    return ServerSetting(
        "pg_stat_statements",
        value,
        ok=loaded and bool(installed),
        why=(
            "the workload input: which queries run, how often and how slowly, so that index "
            "advice and N+1 detection work from what the application really does"
        ),
        advice="; ".join(advice),
    )


def _connections(connection: Connection, limit: float) -> ServerSetting:
    row = connection.execute(
        sa.text(
            "SELECT (SELECT count(*) FROM pg_stat_activity WHERE backend_type = "
            "'client backend') AS used, current_setting('max_connections')::int AS allowed, "
            "current_setting('superuser_reserved_connections')::int AS reserved"
        )
    ).one()
    available = max(1, int(row.allowed) - int(row.reserved))
    share = int(row.used) / available
    return ServerSetting(
        "max_connections",
        f"{row.used} of {available} connections in use ({share:.0%}; max_connections "
        f"{row.allowed}, {row.reserved} reserved)",
        ok=share < limit,
        why=(
            "each connection costs memory, and at the limit new connections fail, the one an "
            "apply needs included; a pooler (PgBouncer) keeps the count low"
        ),
        advice="put a connection pooler in front of the server, or raise max_connections",
    )
