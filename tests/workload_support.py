"""Real server logs for the workload tests: PostgreSQL's own log files (read through
pg_read_file, so only this test's sessions are kept) and MariaDB's slow and general logs
(switched to a file of the test's own for its duration, under a lock shared by the workers)."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from conftest import IN_CI, ScratchDatabase


def require(condition: bool, reason: str) -> None:
    if condition:
        return
    if IN_CI:
        pytest.fail(reason + " (CI=true: .ci/run sets this up)")
    pytest.skip(reason)


def logged_postgresql_engine(db: ScratchDatabase, application: str) -> sa.Engine:
    """An engine whose sessions log every statement with its duration."""
    return sa.create_engine(
        sa.make_url(db.engine.url),
        poolclass=NullPool,
        connect_args={
            "options": f"-c log_min_duration_statement=0 -c application_name={application}"
        },
    )


def postgresql_log_position(db: ScratchDatabase) -> dict[str, tuple[str, int]]:
    """Where each log file (stderr, csvlog, jsonlog) ends now."""
    positions = {}
    with db.engine.connect() as connection:
        for kind in ("stderr", "csvlog", "jsonlog"):
            path = connection.exec_driver_sql(f"SELECT pg_current_logfile('{kind}')").scalar()
            require(path is not None, f"PostgreSQL does not write a {kind} log file")
            size = connection.exec_driver_sql(f"SELECT size FROM pg_stat_file('{path}')").scalar()
            positions[kind] = (path, int(size))
    return positions


def postgresql_log_since(
    db: ScratchDatabase, positions: dict[str, tuple[str, int]], kind: str
) -> str:
    path, start = positions[kind]
    with db.engine.connect() as connection:
        # The collector writes asynchronously; make sure it has caught up.
        for _ in range(50):
            size = connection.exec_driver_sql(f"SELECT size FROM pg_stat_file('{path}')").scalar()
            data = connection.exec_driver_sql(
                f"SELECT pg_read_binary_file('{path}', {start}, {int(size) - start})"
            ).scalar()
            if data:
                text = bytes(data).decode("utf-8", "replace")
                if text.endswith("\n"):
                    return text
            connection.exec_driver_sql("SELECT pg_sleep(0.05)")
    return ""


def own_lines(text: str, kind: str, database: str) -> str:
    """Keep the records of this test's scratch database: a shared server logs everyone's
    statements (the stderr prefix names the database: `%u@%d`)."""
    if kind == "jsonlog":
        keep = [
            line
            for line in text.splitlines()
            if line.strip() and json.loads(line).get("dbname") == database
        ]
        return "\n".join(keep) + "\n"
    if kind == "csvlog":
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        for row in csv.reader(io.StringIO(text, newline="")):
            if len(row) > 22 and row[2] == database:
                writer.writerow(row)
        return out.getvalue()
    keep = []
    keeping = False
    for line in text.splitlines():
        if line.startswith("\t"):
            if keeping:
                keep.append(line)
            continue
        keeping = f"@{database} " in line
        if keeping:
            keep.append(line)
    return "\n".join(keep) + "\n"


def session_id(connection: sa.Connection) -> str:
    """PostgreSQL's %c for this connection: backend start time and pid, in hex."""
    return connection.exec_driver_sql(
        "SELECT to_hex(trunc(extract(epoch FROM backend_start))::bigint) || '.' || to_hex(pid) "
        "FROM pg_stat_activity WHERE pid = pg_backend_pid()"
    ).scalar()


_LOCK = Path(os.environ.get("TMPDIR", "/tmp")) / "schemadoctor-tests-mariadb-logs.lock"


@contextlib.contextmanager
def mariadb_log(db: ScratchDatabase, kind: str) -> Iterator[Path]:
    """Point MariaDB's slow (`slow`) or general (`general`) log at a new file while the block
    runs, then put the server's settings back as they were."""
    variable = {"slow": "slow_query_log", "general": "general_log"}[kind]
    with db.engine.connect() as connection:
        datadir = connection.exec_driver_sql("SELECT @@datadir").scalar()
    require(Path(datadir).is_dir(), "the MariaDB server's files are not on this machine")
    with open(_LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        admin = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            before = admin.exec_driver_sql(
                f"SELECT @@global.{variable}, @@global.{variable}_file"
            ).one()
            path = Path(datadir) / f"sd-test-{uuid.uuid4().hex[:8]}-{kind}.log"
            admin.exec_driver_sql(f"SET GLOBAL {variable}_file = '{path}'")
            admin.exec_driver_sql(f"SET GLOBAL {variable} = ON")
            try:
                yield path
            finally:
                admin.exec_driver_sql(f"SET GLOBAL {variable} = {int(before[0])}")
                admin.exec_driver_sql(f"SET GLOBAL {variable}_file = '{before[1]}'")
        finally:
            admin.close()
    path.unlink(missing_ok=True)


def logged_mysql_engine(db: ScratchDatabase) -> sa.Engine:
    engine = sa.create_engine(sa.make_url(db.engine.url), poolclass=NullPool)

    @sa.event.listens_for(engine, "connect")
    def _log_everything(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET SESSION long_query_time = 0")
            cursor.execute("SET SESSION slow_query_log = ON")

    return engine
