"""Apply's guard on its own read-only sessions: they give up on a lock quickly."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from schemadoctor.engines.database import Database


def limit_lock_waits(database: Database, seconds: float) -> None:
    """Make every later connection of `database` (a read-only one: the check before and after
    apply, the watcher) give up on a lock after `seconds`. Reading the schema takes brief
    shared locks (sizes, definitions) that queue behind a DDL lock held by someone else; such a
    read must not wait as long as its statement timeout."""

    @sa.event.listens_for(database.engine, "connect")
    def _bound(dbapi_connection: Any, _record: Any) -> None:
        database.adapter.bound_lock_waits(dbapi_connection, seconds)
