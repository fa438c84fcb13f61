"""From a URL the user typed to a live, guarded SQLAlchemy engine.

`check` must never write: PostgreSQL sessions start with `default_transaction_read_only`,
MySQL/MariaDB sessions with `SESSION TRANSACTION READ ONLY`, SQLite files are opened with
`mode=ro` and `PRAGMA query_only`. Every statement is bounded by a timeout, enforced by the
server where it has one and by SQLite's progress handler where it does not.
"""

from __future__ import annotations

import math
import re
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import NullPool

from schemadoctor.catalog.model import TableName
from schemadoctor.errors import ConnectionFailed, SchemaDoctorError, one_line
from schemadoctor.quoting import quote

_DRIVERS = {
    "postgresql": ("postgresql", "postgresql+psycopg"),
    "postgres": ("postgresql", "postgresql+psycopg"),
    "postgresql+psycopg": ("postgresql", "postgresql+psycopg"),
    "postgresql+psycopg2": ("postgresql", "postgresql+psycopg"),
    "mysql": ("mysql", "mysql+pymysql"),
    "mysql+pymysql": ("mysql", "mysql+pymysql"),
    "mariadb": ("mysql", "mariadb+pymysql"),
    "mariadb+pymysql": ("mysql", "mariadb+pymysql"),
    "sqlite": ("sqlite", "sqlite"),
    "sqlite+pysqlite": ("sqlite", "sqlite"),
}

SUPPORTED_SCHEMES = "postgresql://, mysql://, mariadb://, sqlite:///path or a path to a SQLite file"


@dataclass(frozen=True)
class Target:
    """A parsed database address. `display` is safe to print: the password is masked."""

    url: URL
    dialect: str
    """`postgresql`, `mysql` or `sqlite`."""
    scheme: str = ""
    """The scheme as the user wrote it, so that what we print looks like what they typed."""

    @property
    def display(self) -> str:
        text = mask(self.url)
        if self.scheme and "://" in text:
            text = f"{self.scheme}://{text.split('://', 1)[1]}"
        return text

    @property
    def database(self) -> str:
        if self.dialect == "sqlite":
            return Path(self.url.database or "").name
        return self.url.database or ""

    @property
    def sqlite_path(self) -> Path:
        return Path(self.url.database or "")


# Greedy up to the last '@': a password with an unencoded '@' or '/' is still hidden whole.
_PASSWORD_IN_URL = re.compile(r"(://[^:/@?#]*:).*@")


def mask(url: URL | str) -> str:
    """The URL as text with any password replaced by `***`; works on malformed text too."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    return _PASSWORD_IN_URL.sub(r"\1***@", url)


def parse_target(text: str) -> Target:
    """Parse a SQLAlchemy-style URL or a bare path to a SQLite file."""
    text = text.strip()
    if not text:
        raise SchemaDoctorError("no database URL given")
    if "://" not in text:
        scheme = text.split(":", 1)[0].lower()
        if ":" in text and scheme in _DRIVERS:
            raise SchemaDoctorError(
                f"malformed database URL {mask(text)}: expected {scheme}://"
                f"{'/path/to/file.db' if scheme.startswith('sqlite') else 'user@host/database'}"
            )
        path = Path(text).expanduser()
        return Target(URL.create("sqlite", database=str(path.resolve())), "sqlite", "sqlite")
    scheme = text.split("://", 1)[0].lower()
    if scheme not in _DRIVERS:
        raise SchemaDoctorError(
            f"unsupported database scheme '{scheme}://' (supported: {SUPPORTED_SCHEMES})"
        )
    try:
        url = sa.make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise SchemaDoctorError(f"malformed database URL {mask(text)}: {_why(exc)}") from None
    if url.host and "@" in url.host:
        raise SchemaDoctorError(
            f"malformed database URL {mask(text)}: the user name or password contains '@'; "
            "write it as %40"
        )
    if url.port is not None and not 0 < url.port < 65536:
        raise SchemaDoctorError(
            f"malformed database URL {mask(text)}: port {url.port} is out of range (1-65535)"
        )
    dialect, driver = _DRIVERS[scheme]
    url = url.set(drivername=driver)
    if dialect == "sqlite":
        if not url.database or url.database == ":memory:":
            raise SchemaDoctorError("a SQLite URL needs a file path: sqlite:///path/to/file.db")
        url = url.set(database=str(Path(url.database).expanduser().resolve()))
    elif not url.database:
        raise SchemaDoctorError(f"the URL {Target(url, dialect, scheme).display} names no database")
    return Target(url, dialect, scheme)


def _why(exc: Exception) -> str:
    """SQLAlchemy's parse errors, in the user's terms."""
    text = str(exc)
    if "int()" in text:
        port = text.rsplit(": ", 1)[-1].strip("'")
        return f"the port '{port}' is not a number" if port else "the port is empty"
    if "Could not parse" in text:
        return "expected scheme://user:password@host:port/database"
    return one_line(exc)


class _DeadlineConnection(sqlite3.Connection):
    """A SQLite connection that aborts any statement running past `deadline`."""

    deadline: float = math.inf

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_progress_handler(self._past_deadline, 10_000)

    def _past_deadline(self) -> int:
        return 1 if time.monotonic() > self.deadline else 0


@dataclass
class Database:
    """An open engine plus what we learnt about the server when connecting."""

    target: Target
    engine: Engine
    read_only: bool
    statement_timeout: float | None
    server_version: str = ""
    flavor: str = ""

    @property
    def dialect(self) -> str:
        return self.target.dialect

    @property
    def name(self) -> str:
        return self.target.database

    @property
    def display(self) -> str:
        return self.target.display

    def quote(self, identifier: str) -> str:
        return quote(self.dialect, identifier)

    def qualify(self, table: TableName) -> str:
        if table.schema:
            return f"{self.quote(table.schema)}.{self.quote(table.name)}"
        return self.quote(table.name)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection inside one transaction (read-only where the session is), rolled back
        at the end when read-only so that nothing a probe did can persist."""
        with translate_errors(self.target), self.engine.connect() as connection:
            try:
                yield connection
            finally:
                if connection.in_transaction():
                    connection.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    target: Target | str,
    *,
    read_only: bool = True,
    statement_timeout: float | None = 30.0,
    connect_timeout: float = 10.0,
) -> Database:
    """Connect once to make sure the address works and learn the server version; errors become
    one-line `ConnectionFailed`s with the password masked."""
    if isinstance(target, str):
        target = parse_target(target)
    factory = {"postgresql": _postgresql_engine, "mysql": _mysql_engine, "sqlite": _sqlite_engine}
    engine = factory[target.dialect](target, read_only, statement_timeout, connect_timeout)
    database = Database(target, engine, read_only, statement_timeout)
    with database.connect() as connection:
        version = _server_version(connection, target.dialect)
    database.server_version = version
    if target.dialect == "mysql":
        database.flavor = "mariadb" if "mariadb" in version.lower() else "mysql"
    return database


def _server_version(connection: Connection, dialect: str) -> str:
    if dialect == "postgresql":
        return str(connection.exec_driver_sql("SHOW server_version").scalar())
    if dialect == "mysql":
        return str(connection.exec_driver_sql("SELECT VERSION()").scalar())
    # Reading the schema proves the file is a SQLite database, not just any file.
    connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    return str(connection.exec_driver_sql("SELECT sqlite_version()").scalar())


def _postgresql_engine(
    target: Target, read_only: bool, statement_timeout: float | None, connect_timeout: float
) -> Engine:
    options = ["-c application_name=schemadoctor"]
    if read_only:
        options.append("-c default_transaction_read_only=on")
    if statement_timeout:
        milliseconds = int(statement_timeout * 1000)
        options += [f"-c statement_timeout={milliseconds}", f"-c lock_timeout={milliseconds}"]
    connect_args = {"connect_timeout": max(1, int(connect_timeout)), "options": " ".join(options)}
    return _create_engine(target, connect_args=connect_args)


def _mysql_engine(
    target: Target, read_only: bool, statement_timeout: float | None, connect_timeout: float
) -> Engine:
    engine = _create_engine(
        target, connect_args={"connect_timeout": max(1, int(connect_timeout)), "charset": "utf8mb4"}
    )

    @sa.event.listens_for(engine, "connect")
    def _guard_session(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT VERSION()")
            mariadb = "mariadb" in str(cursor.fetchone()[0]).lower()
            if read_only:
                cursor.execute("SET SESSION TRANSACTION READ ONLY")
            if statement_timeout:
                if mariadb:
                    cursor.execute(f"SET SESSION max_statement_time = {float(statement_timeout)}")
                else:
                    cursor.execute(
                        f"SET SESSION max_execution_time = {int(statement_timeout * 1000)}"
                    )
                cursor.execute(f"SET SESSION lock_wait_timeout = {max(1, int(statement_timeout))}")

    return engine


def _sqlite_engine(
    target: Target, read_only: bool, statement_timeout: float | None, connect_timeout: float
) -> Engine:
    path = target.sqlite_path
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

    engine = _create_engine(target, creator=creator)
    if statement_timeout:

        @sa.event.listens_for(engine, "before_cursor_execute")
        def _arm_deadline(connection: Connection, *_args: Any) -> None:
            dbapi_connection = connection.connection.dbapi_connection
            if isinstance(dbapi_connection, _DeadlineConnection):
                dbapi_connection.deadline = time.monotonic() + statement_timeout

    return engine


def _create_engine(target: Target, **kwargs: Any) -> Engine:
    try:
        engine = sa.create_engine(target.url, poolclass=NullPool, **kwargs)
    except NoSuchModuleError as exc:
        raise SchemaDoctorError(f"no driver for {target.url.drivername}: {one_line(exc)}") from None
    # schemadoctor runs literal SQL (names and expressions from the catalog, `%` included) and
    # never binds parameters into it: without this, psycopg and PyMySQL read `%` as a marker.
    return engine.execution_options(no_parameters=True)


@contextmanager
def translate_errors(target: Target) -> Iterator[None]:
    """Turn driver exceptions into one clear line, with the password scrubbed."""
    try:
        yield
    except DBAPIError as exc:
        raise ConnectionFailed(describe_error(exc, target)) from None


_TIMEOUT_HINT = "raise --statement-timeout, or set it to 0 for no limit"


def describe_error(exc: DBAPIError, target: Target) -> str:
    original = exc.orig if exc.orig is not None else exc
    text = _without_severity(one_line(_driver_message(original)))
    if target.url.password:
        text = text.replace(str(target.url.password), "***")
    lowered = text.lower()
    where = target.display
    if target.dialect == "sqlite":
        if "file is not a database" in lowered or "not a database" in lowered:
            return f"{target.sqlite_path} is not a SQLite database"
        if "interrupted" in lowered:
            return f"a query ran past the statement timeout and was cancelled ({_TIMEOUT_HINT})"
        if "unable to open" in lowered:
            return f"cannot open SQLite database {target.sqlite_path}: {text}"
        if "database is locked" in lowered:
            return f"{target.sqlite_path} is locked by another process; try again when it is done"
        return f"SQLite error on {target.sqlite_path}: {text}"
    if "lock timeout" in lowered or "lock wait timeout" in lowered:
        return (
            "a query waited past the statement timeout for a lock another session holds, and "
            f"was cancelled ({_TIMEOUT_HINT})"
        )
    if (
        "statement timeout" in lowered
        or "max_statement_time" in lowered
        or "maximum statement" in lowered
    ):
        return f"a query ran past the statement timeout and was cancelled ({_TIMEOUT_HINT})"
    if "permission denied" in lowered or "command denied" in lowered:
        return (
            f"permission denied on {where}: {text} "
            "(schemadoctor needs read access to the system catalogs and the tables it checks)"
        )
    if exc.connection_invalidated or (
        isinstance(exc, sa.exc.OperationalError) and _is_connect_failure(lowered)
    ):
        if "connection refused" in lowered:
            text += " (is the server running and accepting TCP connections there?)"
        return f"cannot connect to {where}: {text}"
    return f"database error on {where}: {text}"


def _without_severity(text: str) -> str:
    """PostgreSQL prefixes server messages with their severity, which tells the user nothing."""
    return re.sub(r"^(FATAL|ERROR|PANIC):\s+", "", text)


def _is_connect_failure(lowered: str) -> bool:
    markers = (
        "connection refused",
        "could not connect",
        "can't connect",
        "could not translate host",
        "name or service not known",
        "timeout expired",
        "timed out",
        "password authentication",
        "access denied",
        "does not exist",
        "unknown database",
        "no route to host",
        "connection to server",
        "lost connection",
        "authentication failed",
        "failed to resolve",
    )
    return any(marker in lowered for marker in markers)


def _driver_message(original: BaseException) -> str:
    """psycopg prefixes every failure with 'connection to server at ... failed:'; keep the
    reason, which is what the user needs to act on."""
    if isinstance(original, sqlite3.Error):
        return str(original)
    args = getattr(original, "args", ())
    # PyMySQL: (code, message)
    if len(args) == 2 and isinstance(args[0], int) and isinstance(args[1], str):
        return args[1]
    text = str(original)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if " failed: " in line:
            reason = line.rsplit(" failed: ", 1)[1].strip()
            if reason:
                return reason
    return lines[0] if lines else text
