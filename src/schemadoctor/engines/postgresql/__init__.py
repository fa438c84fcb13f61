"""PostgreSQL: transactional DDL, NOT VALID constraints, CONCURRENTLY index builds, advisory
locks, and a server that names who blocks whom."""

from __future__ import annotations

import hashlib
import json
import re
from functools import cached_property
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from schemadoctor.engines.base import Adapter, Capabilities
from schemadoctor.engines.sessions import ALREADY_WORDS, error_code, error_message
from schemadoctor.model.catalog import Catalog, Table, TableName

if TYPE_CHECKING:
    from collections.abc import Sequence

    from schemadoctor.engines.alembic import AlembicWriter
    from schemadoctor.engines.database import Database, Target
    from schemadoctor.engines.rendering import Renderer, RenderSettings
    from schemadoctor.engines.sessions import Leftover, Progress, Session
    from schemadoctor.engines.types import ServerSetting, UuidStorage
    from schemadoctor.model.storage import TableStorage

_LOCK_NOT_AVAILABLE = "55P03"
_RETRYABLE = {_LOCK_NOT_AVAILABLE, "40P01", "40001"}  # + deadlock, serialization failure
_ALREADY = {"42P07", "42710", "42701", "42704"}
_APPLY_LOCK_KEY = int.from_bytes(
    hashlib.sha256(b"schemadoctor apply").digest()[:8], "big", signed=True
)


class PostgreSQL(Adapter):
    name = "postgresql"
    dialect = "postgresql"
    display_name = "PostgreSQL"
    sqlglot_dialect = "postgres"
    family_name = "PostgreSQL"
    schemes = ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2")
    driver = "postgresql+psycopg"
    max_identifier_length = 63
    client_command = "psql -v ON_ERROR_STOP=1 -d DATABASE -f {file}"
    script_marker = re.compile(r"\bCONCURRENTLY\b|\bNOT VALID\b|^SET (?:lock|statement)_timeout\b")
    state_schema = "schemadoctor"

    @cached_property
    def supports(self) -> Capabilities:
        return Capabilities(
            transactional_ddl=True,
            enforces_checks=True,
            partial_indexes=True,
            concurrent_index_build=True,
            not_valid_constraints=True,
            enforces_valid_foreign_keys=True,
            index_usage_stats=True,
            invalid_indexes=True,
            alter_type_keeps_foreign_keys=True,
            alter_column_type=True,
            add_primary_key=True,
            strict_foreign_key_types=False,
            declared_types_enforced=True,
            identity_is_rowid=False,
            index_names_per_table=False,
            lock_monitoring=True,
            text_sample_clause=True,
            statement_statistics=True,
            array_parameters=True,
            expression_indexes=True,
            server_settings=True,
        )

    # --- connecting ----------------------------------------------------------------------
    def create_engine(
        self,
        target: Target,
        *,
        read_only: bool,
        statement_timeout: float | None,
        connect_timeout: float,
    ) -> Engine:
        from schemadoctor.engines.database import create_engine

        options = ["-c application_name=schemadoctor"]
        if read_only:
            options.append("-c default_transaction_read_only=on")
        if statement_timeout:
            milliseconds = int(statement_timeout * 1000)
            options += [f"-c statement_timeout={milliseconds}", f"-c lock_timeout={milliseconds}"]
        connect_args = {
            "connect_timeout": max(1, int(connect_timeout)),
            "options": " ".join(options),
        }
        return create_engine(target, connect_args=connect_args)

    def read_server_version(self, connection: Connection) -> str:
        return str(connection.exec_driver_sql("SHOW server_version").scalar())

    # --- schema ----------------------------------------------------------------------------
    def reflect(self, connection: Connection, database: Database) -> Catalog:
        from schemadoctor.engines.postgresql.reflect import reflect

        return reflect(connection, database)

    def renderer(self, settings: RenderSettings | None = None) -> Renderer:
        from schemadoctor.engines.postgresql.render import Renderer

        return Renderer(self, settings)

    def alembic_writer(self, renderer: Renderer, catalog: Catalog) -> AlembicWriter:
        from schemadoctor.engines.postgresql.alembic import PostgreSQLAlembic

        return PostgreSQLAlembic(renderer, catalog)

    # --- probes ----------------------------------------------------------------------------
    def as_text(self, expression: str) -> str:
        return f"CAST({expression} AS text)"

    def sampled_from(self, table: Table, alias: str, rows: int) -> tuple[str, bool]:
        """Pages spread over the table (TABLESAMPLE SYSTEM, repeatable) when it is much
        larger than the sample."""
        source = f"{self.qualify(table.name)} AS {alias}"
        estimate = table.row_estimate or 0
        if estimate > 4 * rows:
            percent = min(100.0, 100.0 * 3 * rows / estimate)
            return f"{source} TABLESAMPLE SYSTEM ({percent:.6f}) REPEATABLE (0)", True
        return source, False

    def cte(self, name: str, body: str) -> str:
        # PostgreSQL would otherwise inline a CTE used several times and sample repeatedly.
        return f"{name} AS MATERIALIZED ({body})"

    def probe_connection(self, connection: Connection) -> Connection:
        """A failed statement aborts the whole transaction (a probe past its timeout, say),
        so each probe runs in its own (autocommit; still read-only, since the session's
        default transaction is)."""
        if not connection.in_transaction():
            return connection.execution_options(isolation_level="AUTOCOMMIT")
        return connection

    def savepoint_per_probe(self, connection: Connection) -> bool:
        autocommit = connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT"
        return not autocommit and connection.in_transaction()

    def column_value_statistics(
        self, connection: Connection, table: TableName, column: str
    ) -> tuple[tuple[Any, ...], tuple[Any, ...]] | None:
        row = connection.execute(
            sa.text(
                "SELECT array_to_json(most_common_vals::text::text[])::text, "
                "array_to_json(histogram_bounds::text::text[])::text FROM pg_stats "
                "WHERE schemaname = :schema AND tablename = :table AND attname = :column"
            ).execution_options(no_parameters=False),
            {"schema": table.schema or "public", "table": table.name, "column": column},
        ).first()
        if row is None or (row[0] is None and row[1] is None):
            return None  # never analyzed
        common = tuple(json.loads(row[0])) if row[0] else ()
        return common, tuple(json.loads(row[1])) if row[1] else ()

    def available_extensions(self, connection: Connection) -> frozenset[str]:
        names = connection.exec_driver_sql("SELECT name FROM pg_available_extensions")
        return frozenset(str(row[0]) for row in names)

    def substring_search_fix(
        self, table: TableName, column: str, extensions: frozenset[str] | None
    ) -> str:
        name = self.quote(f"{table.name}_{column}_trgm_idx"[:60])
        index = (
            f"CREATE INDEX CONCURRENTLY {name} ON {self.qualify(table)} USING gin "
            f"({self.quote(column)} gin_trgm_ops);"
        )
        if extensions is not None and "pg_trgm" not in extensions:
            missing = "-- pg_trgm is not available on this server (Debian: postgresql-contrib)"
            return f"{missing}\n{index}"
        return "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n" + index

    # --- types and keys ----------------------------------------------------------------------
    def uuid_storage(self) -> UuidStorage | None:
        from schemadoctor.engines.types import UuidStorage

        return UuidStorage(
            "uuid",
            "CAST({value} AS uuid)",
            "CAST({value} AS text)",
            reads_as_text=True,
            note=(
                "literals and untyped parameters keep working; a parameter the application "
                "binds as varchar or text needs a cast to uuid (or a UUID type in its ORM), "
                "and statements prepared before the conversion fail until re-prepared"
            ),
        )

    def regex_mismatch(self, expression: str, pattern: str) -> str | None:
        return f"NOT ({expression} ~ {self.literal(pattern)})"

    def stored_bytes(self, column_type: str) -> float | None:
        from schemadoctor.engines.postgresql.types import stored_bytes

        return stored_bytes(column_type)

    def key_counter(self, connection: Connection, table: Table, column: str) -> int | None:
        from schemadoctor.engines.postgresql.types import key_counter

        return key_counter(self, connection, table, column)

    def measure_storage(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        sample_rows: int,
        exact: bool = False,
    ) -> TableStorage | None:
        from schemadoctor.engines.postgresql.types import measure

        return measure(self, connection, table, columns, sample_rows, exact)

    def server_settings(self, connection: Connection) -> list[ServerSetting]:
        from schemadoctor.engines.postgresql.types import settings

        return settings(connection)

    # --- apply ----------------------------------------------------------------------------
    def configure_apply_session(self, connection: Connection, lock_timeout: float) -> None:
        milliseconds = max(1, int(lock_timeout * 1000))
        connection.exec_driver_sql(f"SET lock_timeout = '{milliseconds}ms'")
        connection.exec_driver_sql("SET statement_timeout = 0")
        connection.exec_driver_sql("SET application_name = 'schemadoctor apply'")
        # Without this a backend whose client was killed keeps building the index to the end,
        # holding its locks; with it the server notices within a second and stops.
        version = int(connection.exec_driver_sql("SHOW server_version_num").scalar() or 0)
        if version >= 140000:
            connection.exec_driver_sql("SET client_connection_check_interval = '1s'")

    def bound_lock_waits(self, dbapi_connection: Any, seconds: float) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = '{max(1, int(seconds * 1000))}ms'")
        dbapi_connection.commit()  # psycopg opened a transaction for the SET

    def try_apply_lock(self, connection: Connection) -> bool:
        query = sa.text("SELECT pg_try_advisory_lock(:key)")
        return bool(connection.execute(query, {"key": _APPLY_LOCK_KEY}).scalar())

    def release_apply_lock(self, connection: Connection) -> None:
        connection.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": _APPLY_LOCK_KEY})

    def apply_lock_holder(self, connection: Connection) -> Session | None:
        from schemadoctor.engines.postgresql.locks import sessions

        pid = connection.execute(
            sa.text(
                "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND classid = :high AND objid = :low AND objsubid = 1"
            ),
            {"high": (_APPLY_LOCK_KEY >> 32) & 0xFFFFFFFF, "low": _APPLY_LOCK_KEY & 0xFFFFFFFF},
        ).scalar()
        found = sessions(connection, [pid]) if pid else []
        return found[0] if found else None

    def session_id(self, connection: Connection) -> int:
        return int(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar() or 0)

    def blockers_of(
        self, connection: Connection, waiting: int, table: TableName | None
    ) -> list[Session]:
        from schemadoctor.engines.postgresql.locks import sessions

        pids = connection.execute(
            sa.text("SELECT unnest(pg_blocking_pids(:pid))"), {"pid": waiting}
        ).scalars()
        return sessions(connection, list(pids))

    def holders_of(
        self, connection: Connection, own: int, table: TableName | None, database: Database
    ) -> list[Session]:
        from schemadoctor.engines.postgresql.locks import holders

        return holders(self, connection, own, table)

    def progress_of(self, connection: Connection, pid: int) -> Progress | None:
        from schemadoctor.engines.postgresql.locks import index_build_progress
        from schemadoctor.engines.postgresql.types import backfill_progress

        return index_build_progress(connection, pid) or backfill_progress(connection, pid)

    def is_lock_failure(self, exc: BaseException) -> bool:
        return error_code(exc) in _RETRYABLE

    def is_already_applied(self, exc: BaseException) -> bool:
        if error_code(exc) in _ALREADY:
            return True
        return any(words in error_message(exc) for words in ALREADY_WORDS)

    def leftovers_before(self, connection: Connection, statement: str) -> list[Leftover]:
        from schemadoctor.engines.postgresql.repair import invalid_leftovers

        return invalid_leftovers(self, connection, statement)

    def state_timestamp_aware(self) -> bool:
        return True
