"""Locks: the short lock timeout every step runs under, which errors mean "could not get the
lock" (retry later) or "this was already done" (an interrupted step re-run), the one-apply-at-a-
time guard, and who holds the lock a step is waiting for."""

from __future__ import annotations

import hashlib
import math
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.quoting import quote

if TYPE_CHECKING:
    from schemadoctor.connect import Database

_PG_LOCK_NOT_AVAILABLE = "55P03"
_PG_RETRYABLE = {_PG_LOCK_NOT_AVAILABLE, "40P01", "40001"}  # + deadlock, serialization failure
_MYSQL_RETRYABLE = {1205, 1213}  # lock wait timeout (metadata or row lock), deadlock
_PG_ALREADY = {"42P07", "42710", "42701", "42704"}
_MYSQL_ALREADY = {1050, 1060, 1061, 1091, 1826, 3822}
_ALREADY_WORDS = ("already exists", "duplicate key name", "duplicate foreign key", "no such index")


def configure_session(connection: Connection, dialect: str, lock_timeout: float) -> None:
    """Every statement apply runs waits at most `lock_timeout` for a lock, and is otherwise
    unbounded: a long index build is expected, a long wait in the lock queue (where it would
    stall every writer queued behind it) is not."""
    if dialect == "postgresql":
        milliseconds = max(1, int(lock_timeout * 1000))
        connection.exec_driver_sql(f"SET lock_timeout = '{milliseconds}ms'")
        connection.exec_driver_sql("SET statement_timeout = 0")
        connection.exec_driver_sql("SET application_name = 'schemadoctor apply'")
        # Without this a backend whose client was killed keeps building the index to the end,
        # holding its locks; with it the server notices within a second and stops.
        if _pg_version(connection) >= 140000:
            connection.exec_driver_sql("SET client_connection_check_interval = '1s'")
    elif dialect == "mysql":
        seconds = max(1, math.ceil(lock_timeout))  # both settings take whole seconds
        connection.exec_driver_sql(f"SET SESSION lock_wait_timeout = {seconds}")
        connection.exec_driver_sql(f"SET SESSION innodb_lock_wait_timeout = {seconds}")
        if _is_mariadb(connection):
            connection.exec_driver_sql("SET SESSION max_statement_time = 0")
        else:
            connection.exec_driver_sql("SET SESSION max_execution_time = 0")
        # Under REPEATABLE READ, INSERT ... SELECT (the orphan check after a foreign key added
        # unchecked) takes next-key locks on every row it reads: an INSERT at the end of the
        # table then waits for the whole scan (measured: seconds on 5M rows). READ COMMITTED
        # reads without locking. Steps that need REPEATABLE READ (quarantining orphans) ask
        # for it themselves; statement-based binary logging forbids it.
        if _read_committed_allowed(connection):
            connection.exec_driver_sql("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
    else:
        milliseconds = max(1, int(lock_timeout * 1000))
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {milliseconds}")


def _pg_version(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SHOW server_version_num").scalar() or 0)


def limit_lock_waits(database: Database, seconds: float) -> None:
    """Make every later connection of `database` (a read-only one: the check before and after
    apply, the watcher) give up on a lock after `seconds`. Reading the schema takes brief
    shared locks (sizes, definitions) that queue behind a DDL lock held by someone else; such a
    read must not wait as long as its statement timeout."""
    dialect = database.dialect

    @sa.event.listens_for(database.engine, "connect")
    def _bound(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            if dialect == "postgresql":
                cursor.execute(f"SET lock_timeout = '{max(1, int(seconds * 1000))}ms'")
            elif dialect == "mysql":
                cursor.execute(f"SET SESSION lock_wait_timeout = {max(1, math.ceil(seconds))}")
                cursor.execute(
                    f"SET SESSION innodb_lock_wait_timeout = {max(1, math.ceil(seconds))}"
                )
            else:
                cursor.execute(f"PRAGMA busy_timeout = {max(1, int(seconds * 1000))}")
        finally:
            cursor.close()
        if dialect == "postgresql":
            dbapi_connection.commit()  # psycopg opened a transaction for the SET


def _read_committed_allowed(connection: Connection) -> bool:
    row = connection.exec_driver_sql("SELECT @@log_bin, @@binlog_format").first()
    return row is None or not int(row[0] or 0) or str(row[1]).upper() != "STATEMENT"


def _is_mariadb(connection: Connection) -> bool:
    return "mariadb" in str(connection.exec_driver_sql("SELECT VERSION()").scalar()).lower()


# --- classifying errors ------------------------------------------------------------------------
def _code(exc: BaseException) -> str | int | None:
    """PostgreSQL's SQLSTATE, or MySQL's error number (PyMySQL also carries a SQLSTATE, too
    generic to tell a lock timeout from anything else)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    args = getattr(original, "args", ())
    if args and isinstance(args[0], int):
        return args[0]
    sqlstate = getattr(original, "sqlstate", None)
    return str(sqlstate) if sqlstate else None


def _message(exc: BaseException) -> str:
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    return str(original).lower()


def is_lock_failure(exc: BaseException) -> bool:
    """The statement could not get a lock in time (or lost a deadlock): nothing it did
    persists, and the same step can be tried again later."""
    code = _code(exc)
    if code in _PG_RETRYABLE or code in _MYSQL_RETRYABLE:
        return True
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(original, sqlite3.OperationalError):
        return "database is locked" in str(original) or "table is locked" in str(original)
    return False


def is_already_applied(exc: BaseException) -> bool:
    """The object a statement creates already exists, or the one it drops is already gone: what
    an interrupted step that got further than its record says leaves behind."""
    code = _code(exc)
    if code in _PG_ALREADY or code in _MYSQL_ALREADY:
        return True
    text = _message(exc)
    if code == 1005 and "errno: 121" in text:  # MariaDB: duplicate foreign key name
        return True
    return any(words in text for words in _ALREADY_WORDS)


def is_connection_lost(exc: BaseException) -> bool:
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


# --- one apply at a time -----------------------------------------------------------------------
_LOCK_NAME = "schemadoctor apply"
_PG_KEY = int.from_bytes(hashlib.sha256(_LOCK_NAME.encode()).digest()[:8], "big", signed=True)


@contextmanager
def exclusive_apply(connection: Connection, dialect: str, wait: float = 10.0) -> Iterator[None]:
    """Hold the database-wide apply lock for the block (PostgreSQL advisory lock, MySQL
    GET_LOCK; both are released by the server when the session ends, kill -9 included). The
    short wait covers the session of a killed run that the server has not reaped yet. SQLite
    needs no guard: each step takes the file's write lock."""
    if dialect == "sqlite":
        yield
        return
    deadline = time.monotonic() + wait
    while not _try_lock(connection, dialect):
        if time.monotonic() >= deadline:
            holder = _lock_holder(connection, dialect)
            raise SchemaDoctorError(
                "another schemadoctor apply is running on this database"
                + (f" ({holder.describe()})" if holder else "")
                + "; wait for it to finish"
            )
        time.sleep(0.5)
    try:
        yield
    finally:
        try:
            if dialect == "postgresql":
                connection.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_KEY})
            else:
                connection.execute(
                    sa.text("SELECT RELEASE_LOCK(:name)"), {"name": _mysql_name(connection)}
                )
        except SQLAlchemyError:
            pass  # the connection is gone, and its lock with it


def _mysql_name(connection: Connection) -> str:
    database = str(connection.exec_driver_sql("SELECT DATABASE()").scalar())
    # GET_LOCK names are limited to 64 characters; the database name may not fit.
    return "schemadoctor_apply_" + hashlib.sha256(database.encode()).hexdigest()[:32]


def _try_lock(connection: Connection, dialect: str) -> bool:
    if dialect == "postgresql":
        query = sa.text("SELECT pg_try_advisory_lock(:key)")
        return bool(connection.execute(query, {"key": _PG_KEY}).scalar())
    query = sa.text("SELECT GET_LOCK(:name, 0)")
    return connection.execute(query, {"name": _mysql_name(connection)}).scalar() == 1


def _lock_holder(connection: Connection, dialect: str) -> Session | None:
    if dialect == "postgresql":
        pid = connection.execute(
            sa.text(
                "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND classid = :high AND objid = :low AND objsubid = 1"
            ),
            {"high": (_PG_KEY >> 32) & 0xFFFFFFFF, "low": _PG_KEY & 0xFFFFFFFF},
        ).scalar()
        found = _pg_sessions(connection, [pid]) if pid else []
    else:
        thread = connection.execute(
            sa.text("SELECT IS_USED_LOCK(:name)"), {"name": _mysql_name(connection)}
        ).scalar()
        found = _mysql_sessions(connection, [int(thread)], certain=True) if thread else []
    return found[0] if found else None


# --- who holds the lock ------------------------------------------------------------------------
@dataclass(frozen=True)
class Session:
    """Another session of the database (or process, for SQLite) that holds what a step needs."""

    pid: int
    application: str | None = None
    user: str | None = None
    state: str | None = None
    since: datetime | None = None
    """Start of its transaction (or of its current query when it has none)."""
    query: str | None = None
    certain: bool = True
    """False when the engine cannot say which session holds the lock and this one is a suspect:
    MariaDB without METADATA_LOCK_INFO, SQLite."""

    def describe(self) -> str:
        parts = []
        if self.application:
            parts.append(f"application '{self.application}'")
        if self.user:
            parts.append(f"user {self.user}")
        if self.state:
            parts.append(self.state)
        if self.since:
            seconds = max(0, int((datetime.now(UTC) - self.since).total_seconds()))
            parts.append(f"for {seconds}s")
        if self.query:
            parts.append(f"last query: {shorten(self.query)}")
        label = "pid" if self.certain else "possibly pid"
        return f"{label} {self.pid}" + (f" ({', '.join(parts)})" if parts else "")


def shorten(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def blockers_of(
    connection: Connection, dialect: str, waiting: int, table: tuple[str | None, str] | None
) -> list[Session]:
    """Sessions holding the lock session `waiting` waits for, asked while it waits."""
    if dialect == "postgresql":
        pids = connection.execute(
            sa.text("SELECT unnest(pg_blocking_pids(:pid))"), {"pid": waiting}
        ).scalars()
        return _pg_sessions(connection, list(pids))
    if dialect == "mysql":
        return _mysql_blockers(connection, waiting, table)
    return []


def holders_of(
    connection: Connection, dialect: str, own: int, table: tuple[str | None, str] | None
) -> list[Session]:
    """Sessions holding locks on `table` now: the after-the-fact answer, when the lock wait
    ended before a watcher saw it."""
    if dialect == "postgresql" and table is not None:
        pids = connection.execute(
            sa.text(
                "SELECT DISTINCT l.pid FROM pg_locks l "
                "WHERE l.granted AND l.pid <> :own AND l.pid <> pg_backend_pid() "
                "AND l.relation = to_regclass(:table)"
            ),
            {"own": own, "table": _pg_regclass(connection, table)},
        ).scalars()
        return _pg_sessions(connection, list(pids))
    if dialect == "mysql":
        return _mysql_blockers(connection, own, table)
    return []


def sqlite_holders(path: Path) -> list[Session]:
    """Processes other than this one with the database file (or its journal) open. SQLite
    cannot say which connection holds its lock; on Linux /proc can say who has the file."""
    targets = {str(path.resolve()) + suffix for suffix in ("", "-journal", "-wal", "-shm")}
    found = []
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            links = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
            if not links & targets:
                continue
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # another user's process, or one that just ended
        found.append(
            Session(int(entry.name), query=None, application=shorten(command, 60), certain=False)
        )
    return sorted(found, key=lambda session: session.pid)


def _pg_regclass(connection: Connection, table: tuple[str | None, str]) -> str:
    schema, name = table
    if schema:
        return f"{quote('postgresql', schema)}.{quote('postgresql', name)}"
    return quote("postgresql", name)


def _pg_sessions(connection: Connection, pids: list[int]) -> list[Session]:
    if not pids:
        return []
    rows = connection.execute(
        sa.text(
            "SELECT pid, application_name, usename, state, "
            "coalesce(xact_start, query_start) AS since, query "
            "FROM pg_stat_activity WHERE pid = ANY(:pids) ORDER BY pid"
        ),
        {"pids": pids},
    ).all()
    return [
        Session(
            pid=row.pid,
            application=row.application_name or None,
            user=row.usename,
            state=row.state,
            since=row.since,
            query=row.query or None,
        )
        for row in rows
    ]


def _mysql_blockers(
    connection: Connection, waiting: int, table: tuple[str | None, str] | None
) -> list[Session]:
    # A row lock wait names its blocker exactly.
    threads = list(
        connection.execute(
            sa.text(
                "SELECT DISTINCT b.trx_mysql_thread_id "
                "FROM information_schema.INNODB_LOCK_WAITS w "
                "JOIN information_schema.INNODB_TRX r ON r.trx_id = w.requesting_trx_id "
                "JOIN information_schema.INNODB_TRX b ON b.trx_id = w.blocking_trx_id "
                "WHERE r.trx_mysql_thread_id = :waiting"
            ),
            {"waiting": waiting},
        ).scalars()
    )
    if threads:
        return _mysql_sessions(connection, threads, certain=True)
    # A metadata lock wait does too, where the METADATA_LOCK_INFO plugin is installed.
    if table is not None and _has_metadata_lock_info(connection):
        schema, name = table
        threads = list(
            connection.execute(
                sa.text(
                    "SELECT DISTINCT THREAD_ID FROM information_schema.METADATA_LOCK_INFO "
                    "WHERE TABLE_SCHEMA = COALESCE(:schema, DATABASE()) AND TABLE_NAME = :name "
                    "AND THREAD_ID NOT IN (:waiting, CONNECTION_ID())"
                ),
                {"schema": schema, "name": name, "waiting": waiting},
            ).scalars()
        )
        return _mysql_sessions(connection, threads, certain=True)
    # Otherwise (MariaDB's default): every other session inside an open transaction is a
    # suspect, since metadata locks are held until the transaction ends.
    threads = list(
        connection.execute(
            sa.text(
                "SELECT trx_mysql_thread_id FROM information_schema.INNODB_TRX "
                "WHERE trx_mysql_thread_id NOT IN (:waiting, CONNECTION_ID()) "
                "ORDER BY trx_started"
            ),
            {"waiting": waiting},
        ).scalars()
    )
    return _mysql_sessions(connection, threads, certain=False)


_METADATA_LOCK_INFO: dict[str, bool] = {}


def _has_metadata_lock_info(connection: Connection) -> bool:
    key = str(connection.engine.url)
    if key not in _METADATA_LOCK_INFO:
        _METADATA_LOCK_INFO[key] = bool(
            connection.exec_driver_sql(
                "SELECT COUNT(*) FROM information_schema.PLUGINS "
                "WHERE PLUGIN_NAME = 'METADATA_LOCK_INFO' AND PLUGIN_STATUS = 'ACTIVE'"
            ).scalar()
        )
    return _METADATA_LOCK_INFO[key]


def _mysql_sessions(connection: Connection, threads: list[int], certain: bool) -> list[Session]:
    if not threads:
        return []
    rows = connection.execute(
        sa.text(
            "SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.STATE, p.TIME, p.INFO, t.trx_started "
            "FROM information_schema.PROCESSLIST p "
            "LEFT JOIN information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID "
            "WHERE p.ID IN :threads ORDER BY p.ID"
        ).bindparams(sa.bindparam("threads", expanding=True)),
        {"threads": threads},
    ).all()
    sessions = []
    for row in rows:
        state = row.COMMAND.lower() if row.COMMAND else None
        if row.trx_started is not None:
            state = "in an open transaction" + (f", {state}" if state else "")
        since = row.trx_started.replace(tzinfo=None) if row.trx_started else None
        sessions.append(
            Session(
                pid=int(row.ID),
                application=f"{row.USER}@{row.HOST}",
                state=state,
                since=_server_local_to_utc(connection, since),
                query=row.INFO or None,
                certain=certain,
            )
        )
    return sessions


def _server_local_to_utc(connection: Connection, value: datetime | None) -> datetime | None:
    """INNODB_TRX times are in the session time zone; convert with the server's own clock."""
    if value is None:
        return None
    offset = connection.exec_driver_sql(
        "SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), NOW())"
    ).scalar()
    return (value - timedelta(seconds=int(offset or 0))).replace(tzinfo=UTC)
