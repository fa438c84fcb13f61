"""PostgreSQL's pg_stat_statements: the statements of the connected database, already
aggregated (calls, mean time, rows), with `$1` placeholders instead of values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from schemadoctor.errors import SchemaDoctorError, one_line
from schemadoctor.workload.model import Workload
from schemadoctor.workload.sources._builder import WorkloadBuilder

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database

KIND = "pg_stat_statements"
NAME = "pg_stat_statements"
ENABLE = (
    "add pg_stat_statements to shared_preload_libraries (ALTER SYSTEM SET "
    "shared_preload_libraries = 'pg_stat_statements'), restart PostgreSQL, and run CREATE "
    "EXTENSION pg_stat_statements in the database"
)
DEFAULT_LIMIT = 5000
# The statistics of schemadoctor's own catalog queries, and of monitoring, are not the
# application's workload.
_SYSTEM_ONLY = ("pg_catalog.", "information_schema.", "pg_stat_statements")


def available(database: Database) -> str | None:
    """None when the view can be read, else one line saying how to enable it."""
    with database.connect() as connection:
        installed = connection.exec_driver_sql(
            "SELECT extversion FROM pg_extension WHERE extname = 'pg_stat_statements'"
        ).scalar()
        preload = str(connection.exec_driver_sql("SHOW shared_preload_libraries").scalar() or "")
    loaded = "pg_stat_statements" in [part.strip() for part in preload.split(",")]
    if not loaded:
        return f"pg_stat_statements is not loaded on this server: {ENABLE}"
    if installed is None:
        return (
            f"pg_stat_statements is loaded but not installed in {database.name}: run CREATE "
            "EXTENSION pg_stat_statements there (or pass --workload FILE)"
        )
    return None


def read(database: Database, limit: int = DEFAULT_LIMIT) -> Workload:
    problem = available(database)
    if problem is not None:
        raise SchemaDoctorError(problem)
    builder = WorkloadBuilder(NAME, KIND, "postgresql")
    builder.unit_hint = (
        "pg_stat_statements aggregates executions: give a log with session ids or a capture"
    )
    hidden = 0
    query = (
        "SELECT s.query, s.calls, s.mean_exec_time, s.rows FROM pg_stat_statements s "
        "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database() "
        f"ORDER BY s.total_exec_time DESC LIMIT {int(limit)}"
    )
    try:
        with database.connect() as connection:
            rows = connection.exec_driver_sql(query).all()
    except DBAPIError as exc:
        text = one_line(exc.orig if exc.orig is not None else exc)
        raise SchemaDoctorError(f"cannot read pg_stat_statements: {text}") from None
    for sql, calls, mean_ms, row_count in rows:
        if sql is None or sql.startswith("<insufficient privilege>"):
            hidden += 1
            continue
        lowered = sql.lower()
        if any(marker in lowered for marker in _SYSTEM_ONLY) and " from public." not in lowered:
            continue
        builder.add(sql, calls=int(calls), mean_ms=float(mean_ms), rows=int(row_count), where=NAME)
    if hidden:
        builder.notes.append(
            f"{hidden} statements of other users are hidden: grant pg_read_all_stats to see them"
        )
    return builder.build()
