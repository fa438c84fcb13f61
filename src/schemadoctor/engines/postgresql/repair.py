"""Leftovers of an interrupted CONCURRENTLY statement, found and cleared before it runs again.

`CREATE INDEX CONCURRENTLY` that fails or is cancelled after its first phase (lock timeout
while waiting for old transactions, kill, lost connection) leaves the index behind, INVALID:
maintained on every write, used by no query. `IF NOT EXISTS` then skips it silently, so the
re-run would "succeed" and leave it invalid. `REINDEX INDEX CONCURRENTLY` leaves an invalid
`<name>_ccnew` copy the same way. Before such a statement runs, apply looks for these and drops
them (`DROP INDEX CONCURRENTLY`, which takes no lock that stops writers)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from schemadoctor.engines.sessions import Leftover

if TYPE_CHECKING:
    from schemadoctor.engines.base import Adapter

_IDENT = r'(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)'
_CREATE = re.compile(
    rf"^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+CONCURRENTLY\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    rf"(?P<index>{_IDENT})\s+ON\s+(?:ONLY\s+)?(?P<first>{_IDENT})(?:\s*\.\s*(?P<second>{_IDENT}))?",
    re.IGNORECASE,
)
_REINDEX = re.compile(
    rf"^\s*REINDEX\s+(?:\([^)]*\)\s*)?INDEX\s+CONCURRENTLY\s+"
    rf"(?P<first>{_IDENT})(?:\s*\.\s*(?P<second>{_IDENT}))?",
    re.IGNORECASE,
)


def _unquote(identifier: str | None) -> str | None:
    if identifier is None:
        return None
    if identifier.startswith('"'):
        return identifier[1:-1].replace('""', '"')
    return identifier.lower()  # PostgreSQL folds unquoted names to lower case


def invalid_leftovers(adapter: Adapter, connection: Connection, statement: str) -> list[Leftover]:
    """INVALID indexes that `statement` (a CONCURRENTLY create or reindex) would leave alone,
    each with the session building it when one is."""
    if match := _CREATE.match(statement):
        index = _unquote(match.group("index")) or ""
        schema = _unquote(match.group("first")) if match.group("second") else None
        schema = schema or _current_schema(connection)
        names = _invalid(connection, schema, [index])
        reason = "left INVALID by an interrupted CREATE INDEX CONCURRENTLY"
    elif match := _REINDEX.match(statement):
        if match.group("second"):
            schema, index = _unquote(match.group("first")) or "", _unquote(match.group("second"))
        else:
            schema, index = _current_schema(connection), _unquote(match.group("first"))
        copies = connection.execute(
            sa.text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = :schema AND c.relkind = 'i' AND c.relname LIKE :pattern"
            ),
            {"schema": schema, "pattern": _like_prefix(f"{index}_ccnew")},
        ).scalars()
        names = _invalid(connection, schema, list(copies))
        reason = "left INVALID by an interrupted REINDEX CONCURRENTLY"
    else:
        return []
    return [
        Leftover(
            name,
            reason,
            f"DROP INDEX CONCURRENTLY IF EXISTS {adapter.quote(schema)}.{adapter.quote(name)};",
            _being_built(connection, schema, name),
        )
        for name in names
    ]


def _being_built(connection: Connection, schema: str, name: str) -> int | None:
    """The pid of a session building this index right now, if one is."""
    return connection.execute(
        sa.text(
            "SELECT p.pid FROM pg_stat_progress_create_index p "
            "JOIN pg_class c ON c.oid = p.index_relid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :schema AND c.relname = :name AND p.pid <> pg_backend_pid()"
        ),
        {"schema": schema, "name": name},
    ).scalar()


def _invalid(connection: Connection, schema: str, names: list[str]) -> list[str]:
    if not names:
        return []
    rows = connection.execute(
        sa.text(
            "SELECT c.relname FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :schema AND c.relname IN :names AND NOT i.indisvalid "
            "ORDER BY c.relname"
        ).bindparams(sa.bindparam("names", expanding=True)),
        {"schema": schema, "names": names},
    ).scalars()
    return list(rows)


def _current_schema(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SELECT current_schema()").scalar())


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"
