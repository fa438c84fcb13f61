"""SQLite: a file, one writer at a time, transactional DDL, constraints only through a table
rebuild, declared types that are affinities, and no server to ask who holds the lock."""

from __future__ import annotations

import math
import os
import re
import sqlite3
import time
import urllib.parse
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine

from schemadoctor.engines.base import Adapter, Capabilities
from schemadoctor.engines.sessions import ALREADY_WORDS, error_message
from schemadoctor.errors import ConnectionFailed, SchemaDoctorError
from schemadoctor.model.catalog import Catalog, Index, Table, TableName

if TYPE_CHECKING:
    from schemadoctor.engines.alembic import AlembicWriter
    from schemadoctor.engines.database import Database, Target
    from schemadoctor.engines.rendering import Renderer, RenderSettings
    from schemadoctor.engines.sessions import Session


class _DeadlineConnection(sqlite3.Connection):
    """A SQLite connection that aborts any statement running past `deadline`."""

    deadline: float = math.inf

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_progress_handler(self._past_deadline, 10_000)

    def _past_deadline(self) -> int:
        return 1 if time.monotonic() > self.deadline else 0


class SQLite(Adapter):
    name = "sqlite"
    dialect = "sqlite"
    display_name = "SQLite"
    sqlglot_dialect = "sqlite"
    family_name = "SQLite"
    schemes = ("sqlite", "sqlite+pysqlite")
    driver = "sqlite"
    max_identifier_length = 128
    client_command = "sqlite3 DATABASE.db < {file}"
    script_marker = re.compile(r"^PRAGMA\b")
    url_example = "/path/to/file.db"
    no_uuid_storage = (
        "SQLite has no UUID type: a 16-byte BLOB would need every query and the application "
        "to convert, for a table rebuild, while the text already compares correctly; "
        "reported only"
    )

    @cached_property
    def supports(self) -> Capabilities:
        return Capabilities(
            transactional_ddl=True,
            enforces_checks=True,
            partial_indexes=True,
            concurrent_index_build=False,
            not_valid_constraints=False,
            enforces_valid_foreign_keys=False,
            index_usage_stats=False,
            invalid_indexes=False,
            alter_type_keeps_foreign_keys=False,
            alter_column_type=False,
            add_primary_key=False,
            strict_foreign_key_types=False,
            declared_types_enforced=False,
            identity_is_rowid=True,
            index_names_per_table=False,
            lock_monitoring=False,
            expression_indexes=True,
        )

    @property
    def has_unhex(self) -> bool:
        """`unhex()` exists from SQLite 3.41."""
        return self.version_numbers >= (3, 41)

    # --- connecting ----------------------------------------------------------------------
    def normalize_url(self, url: URL) -> URL:
        if not url.database or url.database == ":memory:":
            raise SchemaDoctorError("a SQLite URL needs a file path: sqlite:///path/to/file.db")
        return url.set(database=str(Path(url.database).expanduser().resolve()))

    def database_label(self, target: Target) -> str:
        return target.path.name

    def create_engine(
        self,
        target: Target,
        *,
        read_only: bool,
        statement_timeout: float | None,
        connect_timeout: float,
    ) -> Engine:
        from schemadoctor.engines.database import create_engine

        path = target.path
        if not path.exists():
            raise ConnectionFailed(f"no such SQLite database file: {path}")
        if not path.is_file():
            raise ConnectionFailed(f"not a file: {path}")
        mode = "ro" if read_only else "rw"
        uri = f"file:{urllib.parse.quote(str(path))}?mode={mode}"

        def creator() -> sqlite3.Connection:
            connection = sqlite3.connect(
                uri,
                uri=True,
                factory=_DeadlineConnection,
                timeout=connect_timeout,
                check_same_thread=False,
            )
            if read_only:
                connection.execute("PRAGMA query_only = 1")
            return connection

        engine = create_engine(target, creator=creator)
        if statement_timeout:

            @sa.event.listens_for(engine, "before_cursor_execute")
            def _arm_deadline(connection: Connection, *_args: Any) -> None:
                dbapi_connection = connection.connection.dbapi_connection
                if isinstance(dbapi_connection, _DeadlineConnection):
                    dbapi_connection.deadline = time.monotonic() + statement_timeout

        return engine

    def read_server_version(self, connection: Connection) -> str:
        # Reading the schema proves the file is a SQLite database, not just any file.
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        return str(connection.exec_driver_sql("SELECT sqlite_version()").scalar())

    def describe_error(self, text: str, target: Target) -> str | None:
        from schemadoctor.engines.database import TIMEOUT_HINT

        lowered = text.lower()
        if "file is not a database" in lowered or "not a database" in lowered:
            return f"{target.path} is not a SQLite database"
        if "interrupted" in lowered:
            return f"a query ran past the statement timeout and was cancelled ({TIMEOUT_HINT})"
        if "unable to open" in lowered:
            return f"cannot open SQLite database {target.path}: {text}"
        if "database is locked" in lowered:
            return f"{target.path} is locked by another process; try again when it is done"
        return f"SQLite error on {target.path}: {text}"

    # --- schema ----------------------------------------------------------------------------
    def reflect(self, connection: Connection, database: Database) -> Catalog:
        from schemadoctor.engines.sqlite.reflect import reflect

        return reflect(connection, database)

    def renderer(self, settings: RenderSettings | None = None) -> Renderer:
        from schemadoctor.engines.sqlite.render import Renderer

        return Renderer(self, settings)

    def alembic_writer(self, renderer: Renderer, catalog: Catalog) -> AlembicWriter:
        from schemadoctor.engines.sqlite.alembic import SQLiteAlembic

        return SQLiteAlembic(renderer, catalog)

    def index_drop_blocker(self, catalog: Catalog, table: Table, index: Index) -> str | None:
        """SQLite checks a foreign key against a unique key on exactly the referenced columns."""
        if not index.unique or index.predicate is not None:
            return None
        wanted = {column.lower() for column in index.columns}
        for referrer, foreign_key in catalog.referencing(table.name):
            if {column.lower() for column in foreign_key.referred_columns} != wanted:
                continue
            others = [key for key in table.unique_keys if key != index.columns]
            if not any({column.lower() for column in key} == wanted for key in others):
                return f"foreign key {foreign_key.name or referrer.name} needs it as its key"
        return None

    # --- apply ----------------------------------------------------------------------------
    def configure_apply_session(self, connection: Connection, lock_timeout: float) -> None:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {max(1, int(lock_timeout * 1000))}")

    def bound_lock_waits(self, dbapi_connection: Any, seconds: float) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {max(1, int(seconds * 1000))}")

    def begin_statement(self) -> str:
        # IMMEDIATE: take the write lock now, waiting up to the busy timeout, rather than fail
        # without waiting when a read lock must be upgraded halfway.
        return "BEGIN IMMEDIATE"

    def session_id(self, connection: Connection) -> int:
        return os.getpid()

    def holders_of(
        self, connection: Connection, own: int, table: TableName | None, database: Database
    ) -> list[Session]:
        from schemadoctor.engines.sqlite.locks import file_holders

        return file_holders(database.target.path)

    def is_lock_failure(self, exc: BaseException) -> bool:
        original = getattr(exc, "orig", exc)
        if isinstance(original, sqlite3.OperationalError):
            return "database is locked" in str(original) or "table is locked" in str(original)
        return False

    def is_already_applied(self, exc: BaseException) -> bool:
        return any(words in error_message(exc) for words in ALREADY_WORDS)
