"""What every engine adapter answers. Code outside `engines/` asks these questions (capability
flags and methods) and never compares engine names; a new engine is one new adapter.

An adapter is a small immutable object: the engine's identity and what its server (of a given
version) can do. It holds no connection; methods that talk to a server take one.
"""

from __future__ import annotations

import importlib
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Dialect
from sqlalchemy.engine import Engine as SaEngine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.types import TypeEngine

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.catalog import Catalog, Index, Table, TableName

if TYPE_CHECKING:
    from collections.abc import Sequence

    from schemadoctor.engines.alembic import AlembicWriter
    from schemadoctor.engines.database import Database, Target
    from schemadoctor.engines.rendering import Renderer, RenderSettings
    from schemadoctor.engines.sessions import Leftover, Progress, Session
    from schemadoctor.engines.types import ServerSetting, UuidStorage
    from schemadoctor.model.catalog import Column
    from schemadoctor.model.storage import TableStorage


@dataclass(frozen=True)
class Capabilities:
    """What the engine (at this server version) can do, as the rest of the code asks it."""

    transactional_ddl: bool
    """DDL runs inside a transaction and rolls back with it (not MySQL/MariaDB)."""
    enforces_checks: bool
    """CHECK constraints are enforced, not merely parsed."""
    partial_indexes: bool
    concurrent_index_build: bool
    """Indexes are built and dropped without blocking writes (CREATE INDEX CONCURRENTLY)."""
    not_valid_constraints: bool
    """Constraints can be added NOT VALID and validated later."""
    enforces_valid_foreign_keys: bool
    """A declared, valid foreign key guarantees that no orphan exists (PostgreSQL); elsewhere
    keys can be switched off (SQLite's pragma, MySQL's foreign_key_checks) and rows slip by."""
    index_usage_stats: bool
    """The server counts index scans (unused-index evidence)."""
    invalid_indexes: bool
    """An interrupted build can leave an INVALID index behind."""
    alter_column_type: bool
    """A column's type can be changed in place (SQLite needs a table rebuild)."""
    alter_type_keeps_foreign_keys: bool
    """A column's type can change while a foreign key uses it (InnoDB refuses)."""
    add_primary_key: bool
    """A primary key can be added to an existing table in place."""
    strict_foreign_key_types: bool
    """The engine refuses a foreign key between integers of another size or sign."""
    declared_types_enforced: bool
    """Values must fit the declared type (SQLite only honours a type affinity)."""
    identity_is_rowid: bool
    """An auto-generated integer key is the row id whatever it means (SQLite INTEGER PRIMARY
    KEY), so it says nothing about which table generates a key."""
    index_names_per_table: bool
    """Index names are unique per table (MySQL), not per schema."""
    lock_monitoring: bool
    """Another session can see who blocks a statement (server engines, not a SQLite file)."""
    statement_statistics: bool = False
    """The server keeps per-statement statistics a workload can be read from
    (pg_stat_statements)."""
    array_parameters: bool = False
    """A list of values binds as one array parameter (`col = ANY(:ids)`)."""
    text_sample_clause: bool = False
    """Tables can be sampled by page (TABLESAMPLE SYSTEM)."""
    expression_indexes: bool = False
    """An index can be built on an expression such as `lower(email)`."""
    server_settings: bool = False
    """The server has settings worth reporting (`server_settings`): not a database file."""


class Adapter:
    """One engine. Subclasses fill in the class attributes and override the methods whose
    default does not fit."""

    name: ClassVar[str]
    """`postgresql`, `mysql`, `mariadb` or `sqlite`: the adapter's own identity."""
    dialect: ClassVar[str]
    """The SQL family: `postgresql`, `mysql` (MySQL and MariaDB) or `sqlite`. It names the
    catalog's dialect, the SQLAlchemy dialect and sqlglot's."""
    display_name: ClassVar[str]
    sqlglot_dialect: ClassVar[str]
    """sqlglot's name for the engine's SQL."""
    family_name: ClassVar[str]
    flavor: ClassVar[str] = ""
    """Which engine of its SQL family it is, where the family has several (`mysql`,
    `mariadb`); reports show it beside the dialect."""
    """The engines that share this one's SQL, for messages (`MySQL/MariaDB`)."""
    schemes: ClassVar[tuple[str, ...]]
    """URL schemes the user may type."""
    driver: ClassVar[str]
    """The SQLAlchemy drivername schemadoctor connects with."""
    max_identifier_length: ClassVar[int] = 63
    client_command: ClassVar[str]
    """How to run a script with the engine's own client, with `{file}` for the script."""
    script_marker: ClassVar[re.Pattern[str]]
    """Statements only this engine's scripts contain: a plan showing another engine's is
    refused."""
    state_schema: ClassVar[str | None] = None
    """Schema of schemadoctor's own tables (None: the connected database or file)."""
    url_example: ClassVar[str] = "user@host/database"
    """What follows `scheme://` in a URL, for error messages."""

    def __init__(self, server_version: str = "") -> None:
        self.server_version = server_version

    # --- identity and capabilities -------------------------------------------------------
    @cached_property
    def supports(self) -> Capabilities:
        raise NotImplementedError

    @property
    def version_numbers(self) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", self.server_version)[:3])

    def for_server(self, server_version: str) -> Adapter:
        """The adapter for a server that reported `server_version` (the MySQL adapter answers
        MariaDB for a MariaDB server)."""
        return type(self)(server_version)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.server_version!r})"

    # --- connecting ----------------------------------------------------------------------
    def create_engine(
        self,
        target: Target,
        *,
        read_only: bool,
        statement_timeout: float | None,
        connect_timeout: float,
    ) -> SaEngine:
        """A SQLAlchemy engine whose sessions are read-only when asked, and bounded by
        `statement_timeout`."""
        raise NotImplementedError

    def normalize_url(self, url: URL) -> URL:
        """The URL as the driver needs it; raises SchemaDoctorError when it cannot work."""
        return url

    def read_server_version(self, connection: Connection) -> str:
        raise NotImplementedError

    def describe_error(self, text: str, target: Target) -> str | None:
        """The engine's own wording of an error the generic classification cannot place; None
        leaves it to the generic one."""
        return None

    def database_label(self, target: Target) -> str:
        """The database's name as reports show it."""
        return target.url.database or ""

    # --- identifiers and literals ---------------------------------------------------------
    @property
    def sa_dialect(self) -> Dialect:
        """A SQLAlchemy dialect whose preparer suits literal SQL: `named` paramstyle leaves a
        `%` in a name alone (format-style drivers double it, which is right only for SQL that
        is later formatted with parameters; schemadoctor's SQL never is)."""
        return _literal_dialect(self.dialect)

    def quote(self, identifier: str) -> str:
        """Always quoted, so any name a user could create stays one identifier."""
        return self.sa_dialect.identifier_preparer.quote_identifier(identifier)

    def qualify(self, table: TableName) -> str:
        if table.schema:
            return f"{self.quote(table.schema)}.{self.quote(table.name)}"
        return self.quote(table.name)

    def literal(self, text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    # --- reading and writing the schema ---------------------------------------------------
    def reflect(self, connection: Connection, database: Database) -> Catalog:
        raise NotImplementedError

    def renderer(self, settings: RenderSettings | None = None) -> Renderer:
        raise NotImplementedError

    def alembic_writer(self, renderer: Renderer, catalog: Catalog) -> AlembicWriter:
        raise NotImplementedError

    def index_drop_blocker(self, catalog: Catalog, table: Table, index: Index) -> str | None:
        """Why the engine needs `index` beyond any constraint it implements (None: it does
        not); see `model.indexes.drop_blocker`."""
        return None

    # --- probes ----------------------------------------------------------------------------
    def as_text(self, expression: str) -> str:
        """`expression` compared as text (uuid against uuid-looking text)."""
        return expression

    def sampled_from(self, table: Table, alias: str, rows: int) -> tuple[str, bool]:
        """`FROM` text reading about `rows` rows of `table`, and whether it is a sample of a
        larger table. By default the first rows, cheap and bounded."""
        return f"{self.qualify(table.name)} AS {alias}", False

    def cte(self, name: str, body: str) -> str:
        return f"{name} AS ({body})"

    def probe_connection(self, connection: Connection) -> Connection:
        """The connection probes run on (see PostgreSQL, where one failed statement would
        abort the whole transaction)."""
        return connection

    def savepoint_per_probe(self, connection: Connection) -> bool:
        """Whether a probe inside `connection`'s transaction needs a savepoint to survive its
        own failure."""
        return False

    def anti_join_uses_not_in(self) -> bool:
        """Orphan counts as `NOT IN (parent keys)` rather than NOT EXISTS: MySQL/MariaDB
        materialise the keys into a hash lookup, much cheaper than their per-row probe."""
        return False

    def column_value_statistics(
        self, connection: Connection, table: TableName, column: str
    ) -> tuple[tuple[Any, ...], tuple[Any, ...]] | None:
        """(most common values, sorted values spread over the range) from the engine's own
        statistics, without reading the table; None where it keeps none (or none yet)."""
        return None

    def available_extensions(self, connection: Connection) -> frozenset[str]:
        """Extensions the server could create (PostgreSQL); none elsewhere."""
        return frozenset()

    # --- advice about queries ---------------------------------------------------------------
    def substring_search_fix(
        self, table: TableName, column: str, extensions: frozenset[str] | None
    ) -> str:
        """What serves `column LIKE '%x%'`: no plain index does. `extensions`: those the
        server could create (None: unknown)."""
        return "-- a full-text table (SQLite FTS5) serves substring and word searches"

    def expression_index_fix(self, table: TableName, name: str, expression: str) -> str:
        """An index on an expression (`lower(email)`), for predicates written on it."""
        return f"CREATE INDEX {self.quote(name)} ON {self.qualify(table)} (({expression}));"

    # --- types and keys ----------------------------------------------------------------------
    no_uuid_storage: ClassVar[str] = "the engine has no 16-byte UUID storage"
    """Why `uuid_storage` is None, for the finding that can only be reported."""

    def uuid_storage(self) -> UuidStorage | None:
        """How this server stores UUIDs natively; None: it has no such storage."""
        return None

    def regex_mismatch(self, expression: str, pattern: str) -> str | None:
        """SQL that is true when `expression` does not match the regular expression `pattern`
        (case-sensitively); None where the engine has no regular expressions."""
        return None

    def uuid_mismatch(self, expression: str, pattern: str) -> str | None:
        """SQL true when text `expression` would not convert to `uuid_storage()`: it does not
        match `pattern`, or the engine refuses it anyway; None where it cannot tell."""
        return self.regex_mismatch(expression, pattern)

    def stored_bytes(self, column_type: str) -> float | None:
        """Bytes a value of a fixed-width type takes in a row; None for variable widths."""
        return None

    def case_insensitive(self, column: Column) -> bool:
        """A plain unique index on `column` compares its text case-insensitively."""
        return False

    def key_counter(self, connection: Connection, table: Table, column: str) -> int | None:
        """The last value the key's generator handed out (sequence, AUTO_INCREMENT), or None
        when it has none or it cannot be read."""
        return None

    def measure_storage(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        sample_rows: int,
        exact: bool = False,
    ) -> TableStorage | None:
        """Rows, sizes of the table and its indexes, and bytes per row of `columns` (averaged
        over about `sample_rows` rows); None where the engine cannot say. `exact`: count the
        rows and refresh the statistics sizes come from (apply); else the server's estimates
        as they are (check writes nothing)."""
        return None

    def server_settings(self, connection: Connection) -> list[ServerSetting]:
        """The settings that make schemadoctor's work safe and the application's sessions
        bounded, each as it is now and why it matters."""
        return []

    # --- apply ----------------------------------------------------------------------------
    def configure_apply_session(self, connection: Connection, lock_timeout: float) -> None:
        """Every statement apply runs waits at most `lock_timeout` for a lock and otherwise
        runs unbounded."""
        raise NotImplementedError

    def bound_lock_waits(self, dbapi_connection: Any, seconds: float) -> None:
        """On a fresh DB-API connection of a read-only engine: give up on a lock after
        `seconds` (see `apply.locks.limit_lock_waits`)."""
        raise NotImplementedError

    @contextmanager
    def exclusive_apply(self, connection: Connection, wait: float = 10.0) -> Iterator[None]:
        """Hold the database-wide apply lock for the block. The server releases it when the
        session ends, kill -9 included; the short wait covers the session of a killed run that
        the server has not reaped yet."""
        deadline = time.monotonic() + wait
        while not self.try_apply_lock(connection):
            if time.monotonic() >= deadline:
                holder = self.apply_lock_holder(connection)
                raise SchemaDoctorError(
                    "another schemadoctor apply is running on this database"
                    + (f" ({holder.describe()})" if holder else "")
                    + "; wait for it to finish"
                )
            time.sleep(0.5)
        try:
            yield
        finally:
            with suppress(SQLAlchemyError):  # the connection is gone, and its lock with it
                self.release_apply_lock(connection)

    def try_apply_lock(self, connection: Connection) -> bool:
        """Take the apply lock without waiting. Engines whose steps each take the database's
        write lock (SQLite) need none."""
        return True

    def apply_lock_holder(self, connection: Connection) -> Session | None:
        return None

    def release_apply_lock(self, connection: Connection) -> None:
        return None

    def begin_statement(self) -> str:
        return "BEGIN"

    def session_id(self, connection: Connection) -> int:
        """The server's id of this connection's session (0 where there is none)."""
        return 0

    def blockers_of(
        self, connection: Connection, waiting: int, table: TableName | None
    ) -> list[Session]:
        """Sessions holding the lock session `waiting` waits for, asked while it waits."""
        return []

    def holders_of(
        self, connection: Connection, own: int, table: TableName | None, database: Database
    ) -> list[Session]:
        """Sessions holding locks on `table` now: the after-the-fact answer."""
        return []

    def progress_of(self, connection: Connection, pid: int) -> Progress | None:
        return None

    def is_lock_failure(self, exc: BaseException) -> bool:
        """The statement could not get a lock in time (or lost a deadlock): nothing it did
        persists and it can be tried again."""
        return False

    def is_already_applied(self, exc: BaseException) -> bool:
        """The object a statement creates already exists, or the one it drops is gone."""
        return False

    def leftovers_before(self, connection: Connection, statement: str) -> list[Leftover]:
        """What an interrupted run of `statement` left behind (a PostgreSQL INVALID index),
        to drop before it runs again."""
        return []

    def long_text_type(self) -> TypeEngine[str]:
        """A column type for text of any length (a whole migration script)."""
        return sa.Text()

    def timestamp_type(self) -> TypeEngine[datetime]:
        return sa.DateTime(timezone=True)

    def state_timestamp_aware(self) -> bool:
        """Whether the state table stores time zone-aware timestamps."""
        return False


@cache
def _literal_dialect(dialect: str) -> Dialect:
    # This engine's SQLAlchemy dialect only: importing the others costs for nothing.
    module = importlib.import_module(f"sqlalchemy.dialects.{dialect}")
    return module.dialect(paramstyle="named")  # type: ignore[no-any-return]
