"""From a URL the user typed to a live, guarded database: its adapter picked by the URL's scheme
(and refined by the server's version), a SQLAlchemy engine whose sessions the adapter guards.

`check` must never write: every adapter opens read-only sessions when asked, and bounds every
statement by a timeout. Errors become one line, with the password masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import NullPool

from schemadoctor.engines import SUPPORTED_SCHEMES, adapter_for_scheme, adapter_named
from schemadoctor.engines.base import Adapter
from schemadoctor.errors import ConnectionFailed, SchemaDoctorError, one_line
from schemadoctor.model.catalog import Catalog, TableName


@dataclass(frozen=True)
class Target:
    """A parsed database address. `display` is safe to print: the password is masked."""

    url: URL
    adapter: Adapter
    """The adapter the scheme names; the server's version may refine it when connecting."""
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
        return self.adapter.database_label(self)

    @property
    def path(self) -> Path:
        """The database file, for engines whose database is one."""
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
        adapter = adapter_for_scheme(scheme) if ":" in text else None
        if adapter is not None:
            raise SchemaDoctorError(
                f"malformed database URL {mask(text)}: expected {scheme}://{adapter.url_example}"
            )
        return file_target(Path(text))
    scheme = text.split("://", 1)[0].lower()
    adapter = adapter_for_scheme(scheme)
    if adapter is None:
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
    url = adapter.normalize_url(url.set(drivername=adapter.driver))
    if not url.database:
        raise SchemaDoctorError(f"the URL {Target(url, adapter, scheme).display} names no database")
    return Target(url, adapter, scheme)


def file_target(path: Path) -> Target:
    """A database file (SQLite, the one engine whose database is a file), whatever its name
    looks like: `sqlite:x.db` as a file name must not be read as a URL."""
    adapter = adapter_named("sqlite")
    url = URL.create(adapter.driver, database=str(path.expanduser().resolve()))
    return Target(url, adapter, adapter.schemes[0])


def _why(exc: Exception) -> str:
    """SQLAlchemy's parse errors, in the user's terms."""
    text = str(exc)
    if "int()" in text:
        port = text.rsplit(": ", 1)[-1].strip("'")
        return f"the port '{port}' is not a number" if port else "the port is empty"
    if "Could not parse" in text:
        return "expected scheme://user:password@host:port/database"
    return one_line(exc)


@dataclass
class Database:
    """An open engine, its adapter (refined by the server's version) and its guards."""

    target: Target
    engine: Engine
    adapter: Adapter
    read_only: bool
    statement_timeout: float | None

    @property
    def dialect(self) -> str:
        """The SQL family (`postgresql`, `mysql`, `sqlite`), for display and for sqlglot."""
        return self.adapter.dialect

    @property
    def flavor(self) -> str:
        return self.adapter.flavor

    @property
    def server_version(self) -> str:
        return self.adapter.server_version

    @property
    def name(self) -> str:
        return self.target.database

    @property
    def display(self) -> str:
        return self.target.display

    def quote(self, identifier: str) -> str:
        return self.adapter.quote(identifier)

    def qualify(self, table: TableName) -> str:
        return self.adapter.qualify(table)

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

    def reflect(self) -> Catalog:
        """The schema, as one immutable catalog."""
        with self.connect() as connection:
            return self.adapter.reflect(connection, self)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    target: Target | str,
    *,
    read_only: bool = True,
    statement_timeout: float | None = 30.0,
    connect_timeout: float = 10.0,
) -> Database:
    """Connect once to make sure the address works and learn the server's version; errors
    become one-line `ConnectionFailed`s with the password masked."""
    if isinstance(target, str):
        target = parse_target(target)
    engine = target.adapter.create_engine(
        target,
        read_only=read_only,
        statement_timeout=statement_timeout,
        connect_timeout=connect_timeout,
    )
    database = Database(target, engine, target.adapter, read_only, statement_timeout)
    with database.connect() as connection:
        version = target.adapter.read_server_version(connection)
    database.adapter = target.adapter.for_server(version)
    return database


def create_engine(target: Target, **kwargs: object) -> Engine:
    """The SQLAlchemy engine every adapter starts from: no pool (each command opens few
    connections, and a pooled one could outlive its session settings), literal SQL."""
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


TIMEOUT_HINT = "raise --statement-timeout, or set it to 0 for no limit"


def describe_error(exc: DBAPIError, target: Target) -> str:
    original = exc.orig if exc.orig is not None else exc
    text = _without_severity(one_line(_driver_message(original)))
    if target.url.password:
        text = text.replace(str(target.url.password), "***")
    own = target.adapter.describe_error(text, target)
    if own is not None:
        return own
    lowered = text.lower()
    where = target.display
    if "lock timeout" in lowered or "lock wait timeout" in lowered:
        return (
            "a query waited past the statement timeout for a lock another session holds, and "
            f"was cancelled ({TIMEOUT_HINT})"
        )
    if (
        "statement timeout" in lowered
        or "max_statement_time" in lowered
        or "maximum statement" in lowered
    ):
        return f"a query ran past the statement timeout and was cancelled ({TIMEOUT_HINT})"
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
