"""MySQL (and, through the MariaDB subclass, MariaDB): InnoDB, implicit commits around DDL,
online DDL where the engine allows it, GET_LOCK for one apply at a time."""

from __future__ import annotations

import hashlib
import math
import re
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.types import TypeEngine

from schemadoctor.engines.base import Adapter, Capabilities
from schemadoctor.engines.sessions import ALREADY_WORDS, error_code, error_message
from schemadoctor.model.catalog import Catalog, Index, Table, TableName

if TYPE_CHECKING:
    from collections.abc import Sequence

    from schemadoctor.engines.alembic import AlembicWriter
    from schemadoctor.engines.database import Database, Target
    from schemadoctor.engines.rendering import Renderer, RenderSettings
    from schemadoctor.engines.sessions import Session
    from schemadoctor.engines.types import ServerSetting, UuidStorage
    from schemadoctor.model.catalog import Column
    from schemadoctor.model.storage import TableStorage

_RETRYABLE = {1205, 1213}  # lock wait timeout (metadata or row lock), deadlock
_ALREADY = {1050, 1060, 1061, 1091, 1826, 3822}


class MySQL(Adapter):
    name = "mysql"
    dialect = "mysql"
    display_name = "MySQL"
    sqlglot_dialect = "mysql"
    family_name = "MySQL/MariaDB"
    flavor = "mysql"
    schemes = ("mysql", "mysql+pymysql")
    driver = "mysql+pymysql"
    max_identifier_length = 64
    client_command = "mariadb DATABASE < {file}   (or: mysql DATABASE < {file})"
    script_marker = re.compile(r"\bALGORITHM\s*=|\block_wait_timeout\b|\bforeign_key_checks\b")
    alter_if_exists = False
    """ALTER TABLE takes IF [NOT] EXISTS on every clause (MariaDB); MySQL needs a lookup."""
    checks_from = (8, 0, 16)
    """First version that enforces CHECK constraints rather than parsing and ignoring them."""
    expression_indexes_from: tuple[int, ...] = (8, 0, 13)
    """First version with functional key parts (an index on `(lower(email))`)."""
    idle_transaction_timeout: str | None = None
    """The variable ending idle transactions (MySQL has none)."""
    statement_time_limit = "max_execution_time"

    def for_server(self, server_version: str) -> Adapter:
        if "mariadb" in server_version.lower():
            from schemadoctor.engines.mariadb import MariaDB

            return MariaDB(server_version)
        return type(self)(server_version)

    @cached_property
    def supports(self) -> Capabilities:
        numbers = self.version_numbers
        return Capabilities(
            transactional_ddl=False,
            enforces_checks=not numbers or numbers >= self.checks_from,
            partial_indexes=False,
            concurrent_index_build=False,
            not_valid_constraints=False,
            enforces_valid_foreign_keys=False,
            index_usage_stats=False,
            invalid_indexes=False,
            alter_type_keeps_foreign_keys=False,
            alter_column_type=True,
            add_primary_key=True,
            strict_foreign_key_types=True,
            declared_types_enforced=True,
            identity_is_rowid=False,
            index_names_per_table=True,
            lock_monitoring=True,
            expression_indexes=not numbers or numbers >= self.expression_indexes_from,
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

        engine = create_engine(
            target,
            connect_args={"connect_timeout": max(1, int(connect_timeout)), "charset": "utf8mb4"},
        )
        adapter = self

        @sa.event.listens_for(engine, "connect")
        def _guard_session(dbapi_connection: Any, _record: Any) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT VERSION()")
                server = adapter.for_server(str(cursor.fetchone()[0]))
                assert isinstance(server, MySQL)
                if read_only:
                    cursor.execute("SET SESSION TRANSACTION READ ONLY")
                if statement_timeout:
                    cursor.execute(server.statement_timeout_sql(statement_timeout))
                    cursor.execute(
                        f"SET SESSION lock_wait_timeout = {max(1, int(statement_timeout))}"
                    )

        return engine

    def statement_timeout_sql(self, seconds: float) -> str:
        """The session setting bounding every statement; 0: no bound."""
        return f"SET SESSION max_execution_time = {int(seconds * 1000)}"

    def read_server_version(self, connection: Connection) -> str:
        return str(connection.exec_driver_sql("SELECT VERSION()").scalar())

    # --- identifiers and literals ---------------------------------------------------------
    def literal(self, text: str) -> str:
        # MySQL reads backslash escapes inside string literals (unless NO_BACKSLASH_ESCAPES).
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"

    # --- schema ----------------------------------------------------------------------------
    def reflect(self, connection: Connection, database: Database) -> Catalog:
        from schemadoctor.engines.mysql.reflect import reflect

        return reflect(connection, database)

    def renderer(self, settings: RenderSettings | None = None) -> Renderer:
        from schemadoctor.engines.mysql.render import Renderer

        return Renderer(self, settings)

    def alembic_writer(self, renderer: Renderer, catalog: Catalog) -> AlembicWriter:
        from schemadoctor.engines.mysql.alembic import MySQLAlembic

        return MySQLAlembic(renderer, catalog)

    def index_drop_blocker(self, catalog: Catalog, table: Table, index: Index) -> str | None:
        """InnoDB needs an index leading with a foreign key's columns, on both sides."""
        from schemadoctor.engines.mysql.keys import innodb_needs

        return innodb_needs(catalog, table, index)

    # --- probes ----------------------------------------------------------------------------
    def as_text(self, expression: str) -> str:
        return f"CAST({expression} AS CHAR)"

    def anti_join_uses_not_in(self) -> bool:
        return True

    # --- advice about queries ---------------------------------------------------------------
    def substring_search_fix(
        self, table: TableName, column: str, extensions: frozenset[str] | None
    ) -> str:
        return (
            "-- a FULLTEXT index with MATCH ... AGAINST, or store the reversed value to search "
            f"suffixes:\nALTER TABLE {self.qualify(table)} ADD FULLTEXT ({self.quote(column)});"
        )

    def expression_index_fix(self, table: TableName, name: str, expression: str) -> str:
        return (
            "-- MySQL 8.0.13+: functional key part; MariaDB: a virtual column with an index\n"
            + super().expression_index_fix(table, name, expression)
        )

    # --- types and keys ----------------------------------------------------------------------
    def uuid_storage(self) -> UuidStorage | None:
        from schemadoctor.engines.types import UuidStorage

        numbers = self.version_numbers
        if not numbers or numbers >= (8,):
            return UuidStorage(
                "binary(16)", "UUID_TO_BIN({value})", "BIN_TO_UUID({value})", reads_as_text=False
            )
        return hex_uuid_storage()

    def regex_mismatch(self, expression: str, pattern: str) -> str | None:
        # `(?-i)`: case-sensitive whatever the column's collation (PCRE and ICU both read it).
        return f"NOT ({expression} REGEXP {self.literal('(?-i)' + pattern)})"

    def stored_bytes(self, column_type: str) -> float | None:
        from schemadoctor.engines.mysql.types import stored_bytes

        return stored_bytes(column_type)

    def case_insensitive(self, column: Column) -> bool:
        from schemadoctor.engines.mysql.types import case_insensitive

        return case_insensitive(column)

    def key_counter(self, connection: Connection, table: Table, column: str) -> int | None:
        from schemadoctor.engines.mysql.types import key_counter

        return key_counter(self, connection, table, column)

    def measure_storage(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        sample_rows: int,
        exact: bool = False,
    ) -> TableStorage | None:
        from schemadoctor.engines.mysql.types import measure

        return measure(self, connection, table, columns, sample_rows, exact)

    def server_settings(self, connection: Connection) -> list[ServerSetting]:
        from schemadoctor.engines.mysql.types import settings

        return settings(
            connection,
            idle_timeout=self.idle_transaction_timeout,
            statement_timeout=self.statement_time_limit,
        )

    # --- apply ----------------------------------------------------------------------------
    def configure_apply_session(self, connection: Connection, lock_timeout: float) -> None:
        seconds = max(1, math.ceil(lock_timeout))  # both settings take whole seconds
        connection.exec_driver_sql(f"SET SESSION lock_wait_timeout = {seconds}")
        connection.exec_driver_sql(f"SET SESSION innodb_lock_wait_timeout = {seconds}")
        connection.exec_driver_sql(self.statement_timeout_sql(0))
        # Under REPEATABLE READ, INSERT ... SELECT (the orphan check after a foreign key added
        # unchecked) takes next-key locks on every row it reads: an INSERT at the end of the
        # table then waits for the whole scan (measured: seconds on 5M rows). READ COMMITTED
        # reads without locking. Steps that need REPEATABLE READ (quarantining orphans) ask
        # for it themselves; statement-based binary logging forbids it.
        row = connection.exec_driver_sql("SELECT @@log_bin, @@binlog_format").first()
        if row is None or not int(row[0] or 0) or str(row[1]).upper() != "STATEMENT":
            connection.exec_driver_sql("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")

    def bound_lock_waits(self, dbapi_connection: Any, seconds: float) -> None:
        whole = max(1, math.ceil(seconds))
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET SESSION lock_wait_timeout = {whole}")
            cursor.execute(f"SET SESSION innodb_lock_wait_timeout = {whole}")

    def apply_lock_name(self, connection: Connection) -> str:
        database = str(connection.exec_driver_sql("SELECT DATABASE()").scalar())
        # GET_LOCK names are limited to 64 characters; the database name may not fit.
        return "schemadoctor_apply_" + hashlib.sha256(database.encode()).hexdigest()[:32]

    def try_apply_lock(self, connection: Connection) -> bool:
        query = sa.text("SELECT GET_LOCK(:name, 0)")
        return connection.execute(query, {"name": self.apply_lock_name(connection)}).scalar() == 1

    def release_apply_lock(self, connection: Connection) -> None:
        connection.execute(
            sa.text("SELECT RELEASE_LOCK(:name)"), {"name": self.apply_lock_name(connection)}
        )

    def apply_lock_holder(self, connection: Connection) -> Session | None:
        from schemadoctor.engines.mysql.locks import sessions

        thread = connection.execute(
            sa.text("SELECT IS_USED_LOCK(:name)"), {"name": self.apply_lock_name(connection)}
        ).scalar()
        found = sessions(connection, [int(thread)], certain=True) if thread else []
        return found[0] if found else None

    def session_id(self, connection: Connection) -> int:
        return int(connection.exec_driver_sql("SELECT CONNECTION_ID()").scalar() or 0)

    def blockers_of(
        self, connection: Connection, waiting: int, table: TableName | None
    ) -> list[Session]:
        from schemadoctor.engines.mysql.locks import blockers

        return blockers(connection, waiting, table)

    def holders_of(
        self, connection: Connection, own: int, table: TableName | None, database: Database
    ) -> list[Session]:
        from schemadoctor.engines.mysql.locks import blockers

        return blockers(connection, own, table)

    def long_text_type(self) -> TypeEngine[str]:
        return mysql.LONGTEXT()

    def timestamp_type(self) -> TypeEngine[datetime]:
        return mysql.DATETIME(fsp=6)

    def is_lock_failure(self, exc: BaseException) -> bool:
        return error_code(exc) in _RETRYABLE

    def is_already_applied(self, exc: BaseException) -> bool:
        code = error_code(exc)
        if code in _ALREADY:
            return True
        text = error_message(exc)
        if code == 1005 and "errno: 121" in text:  # MariaDB: duplicate foreign key name
            return True
        return any(words in text for words in ALREADY_WORDS)


def hex_uuid_storage() -> UuidStorage:
    """BINARY(16) through HEX and UNHEX, for servers without UUID_TO_BIN (MySQL before 8.0,
    MariaDB before 10.7)."""
    from schemadoctor.engines.types import UuidStorage

    hex_value = "HEX({value})"
    parts = ", ".join(
        f"SUBSTR({hex_value}, {start}, {length})"
        for start, length in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))
    )
    return UuidStorage(
        "binary(16)",
        "UNHEX(REPLACE({value}, '-', ''))",
        f"LOWER(CONCAT_WS('-', {parts}))",
        reads_as_text=False,
    )
