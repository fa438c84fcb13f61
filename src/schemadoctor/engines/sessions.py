"""What apply learns about other sessions and about its own statements, in terms every engine
shares: who holds a lock (`Session`), how far a long statement has got (`Progress`), what an
interrupted statement left behind (`Leftover`), and the error codes a driver reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import DBAPIError


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


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    unit: str
    """`blocks`, `tuples` or `%`."""
    phase: str = ""


@dataclass(frozen=True)
class Leftover:
    """An object an interrupted statement left behind, which must go before it runs again."""

    name: str
    reason: str
    drop_statement: str
    builder: int | None = None
    """The pid of a session building it right now: then it is work in progress, not a
    leftover, and must not be dropped."""


def shorten(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def error_code(exc: BaseException) -> str | int | None:
    """PostgreSQL's SQLSTATE, or MySQL's error number (PyMySQL also carries a SQLSTATE, too
    generic to tell a lock timeout from anything else)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    args = getattr(original, "args", ())
    if args and isinstance(args[0], int):
        return args[0]
    sqlstate = getattr(original, "sqlstate", None)
    return str(sqlstate) if sqlstate else None


def error_message(exc: BaseException) -> str:
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    return str(original).lower()


ALREADY_WORDS = ("already exists", "duplicate key name", "duplicate foreign key", "no such index")
"""Words of an error saying the object a statement creates exists, or the one it drops is gone."""
