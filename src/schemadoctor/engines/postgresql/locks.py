"""Who holds what on PostgreSQL, and how far an index build has got."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from schemadoctor.engines.sessions import Progress, Session
from schemadoctor.model.catalog import TableName

if TYPE_CHECKING:
    from schemadoctor.engines.base import Adapter


def sessions(connection: Connection, pids: list[int]) -> list[Session]:
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


def holders(
    adapter: Adapter, connection: Connection, own: int, table: TableName | None
) -> list[Session]:
    """Sessions holding any lock on `table` now, other than ours."""
    if table is None:
        return []
    pids = connection.execute(
        sa.text(
            "SELECT DISTINCT l.pid FROM pg_locks l "
            "WHERE l.granted AND l.pid <> :own AND l.pid <> pg_backend_pid() "
            "AND l.relation = to_regclass(:table)"
        ),
        {"own": own, "table": adapter.qualify(table)},
    ).scalars()
    return sessions(connection, list(pids))


def index_build_progress(connection: Connection, pid: int) -> Progress | None:
    row = connection.execute(
        sa.text(
            "SELECT phase, blocks_done, blocks_total, tuples_done, tuples_total "
            "FROM pg_stat_progress_create_index WHERE pid = :pid"
        ),
        {"pid": pid},
    ).first()
    if row is None:
        return None
    if row.tuples_total:
        return Progress(int(row.tuples_done), int(row.tuples_total), "tuples", row.phase)
    return Progress(int(row.blocks_done or 0), int(row.blocks_total or 0), "blocks", row.phase)
