"""Who holds what on MySQL/MariaDB: InnoDB's lock waits, the metadata lock plugin where it is
installed, and otherwise every open transaction as a suspect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from schemadoctor.engines.sessions import Session
from schemadoctor.model.catalog import TableName


def blockers(connection: Connection, waiting: int, table: TableName | None) -> list[Session]:
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
        return sessions(connection, threads, certain=True)
    # A metadata lock wait does too, where the METADATA_LOCK_INFO plugin is installed.
    if table is not None and _has_metadata_lock_info(connection):
        schema, name = table.schema, table.name
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
        return sessions(connection, threads, certain=True)
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
    return sessions(connection, threads, certain=False)


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


def sessions(connection: Connection, threads: list[int], certain: bool) -> list[Session]:
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
