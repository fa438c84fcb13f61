"""Lock contention: a step that cannot get its lock waits at most --lock-timeout, is retried
with backoff, and then apply stops cleanly, names the session holding the lock, and leaves
nothing half-done; once the lock is released, the same command finishes the plan. Also the
repair of an INVALID index left by an interrupted CREATE INDEX CONCURRENTLY."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from apply_support import build_schema, reflected_table, standard_changes, write_plan
from conftest import ScratchDatabase, renderer_for, run_cli
from schemadoctor.model.changes import Change

LOCK_ARGS = ("--yes", "--lock-timeout", "300ms", "--retries", "2")


def pg_index_state(db: ScratchDatabase, name: str) -> list[bool]:
    return [
        row[0]
        for row in db.query(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            f"WHERE c.relname = '{name}'"
        )
    ]


def test_postgresql_lock_timeout_retries_names_blocker_and_resumes(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    db = postgresql_db
    build_schema(db)
    plan = write_plan(db, standard_changes(db), tmp_path / "fix.sql")
    holder = db.engine.connect()
    try:
        holder.exec_driver_sql("SET application_name = 'nightly report'")
        holder_pid = holder.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        holder.exec_driver_sql("LOCK TABLE child IN ACCESS EXCLUSIVE MODE")

        stopped = run_cli("apply", db.url, "--plan", str(plan), *LOCK_ARGS)

        assert stopped.code == 75, stopped.stderr
        assert "retry 1/2" in stopped.stderr and "retry 2/2" in stopped.stderr
        assert "canceling statement due to lock timeout" in stopped.stderr
        last = stopped.stderr.strip().splitlines()[-1]
        assert last.startswith("schemadoctor: error: step 1 (create index child_parent_id_idx")
        assert "could not get its lock after 3 attempts" in last
        assert f"held by pid {holder_pid} (application 'nightly report'" in last
        assert "idle in transaction" in last and "LOCK TABLE child" in last
        assert "Nothing of this step was kept" in last
        # Consistent: no index, valid or not, and the step recorded as failed.
        assert pg_index_state(db, "child_parent_id_idx") == []
        assert db.query(
            "SELECT step, status FROM schemadoctor.schemadoctor_migrations "
            "WHERE step <= 1 ORDER BY step"
        ) == [(0, "failed"), (1, "failed")]
    finally:
        holder.rollback()
        holder.close()

    resumed = run_cli("apply", db.url, "--plan", str(plan), "--yes")

    assert resumed.code == 0, resumed.stderr
    assert pg_index_state(db, "child_parent_id_idx") == [True]
    assert {fk.name for fk in reflected_table(db, "child").foreign_keys} == {"child_parent_fk"}


def test_postgresql_stops_mid_plan_behind_an_idle_writer(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    """Adding a foreign key needs a lock writers conflict with: an application transaction
    left open after an UPDATE of the parent stops step 3, after steps 1-2 are done."""
    db = postgresql_db
    build_schema(db)
    plan = write_plan(db, standard_changes(db), tmp_path / "fix.sql")
    writer = db.engine.connect()
    try:
        writer_pid = writer.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        writer.exec_driver_sql("UPDATE parent SET name = 'x' WHERE id = 1")

        stopped = run_cli("apply", db.url, "--plan", str(plan), *LOCK_ARGS)

        assert stopped.code == 75, stopped.stderr
        assert "step 2/6 done" in stopped.stderr
        assert "step 3 (add foreign key public.child(parent_id)" in stopped.stderr
        assert f"pid {writer_pid}" in stopped.stderr and "UPDATE parent" in stopped.stderr
        statuses = db.query(
            "SELECT step, status FROM schemadoctor.schemadoctor_migrations ORDER BY step"
        )
        assert statuses == [
            (0, "failed"),
            (1, "done"),
            (2, "done"),
            (3, "failed"),
            (4, "pending"),
            (5, "pending"),
            (6, "pending"),
        ]
        assert reflected_table(db, "child").foreign_keys == ()
    finally:
        writer.rollback()
        writer.close()

    resumed = run_cli("apply", db.url, "--plan", str(plan), "--yes")

    assert resumed.code == 0, resumed.stderr
    assert "step 1/6 already done by an earlier run" in resumed.stderr
    assert "step 3/6 done" in resumed.stderr
    assert all(fk.valid for fk in reflected_table(db, "child").foreign_keys)


def test_mysql_metadata_lock_timeout_names_suspect_and_resumes(
    mysql_db: ScratchDatabase, tmp_path: Path
) -> None:
    db = mysql_db
    build_schema(db)
    plan = write_plan(db, standard_changes(db), tmp_path / "fix.sql")
    holder = db.engine.connect()
    try:
        # A transaction that has read `child` holds a metadata lock on it until it ends;
        # ALTER TABLE needs an exclusive one, if only for a moment.
        holder.exec_driver_sql("SELECT * FROM child LIMIT 1").fetchall()
        holder_id = holder.exec_driver_sql("SELECT CONNECTION_ID()").scalar()

        stopped = run_cli(
            "apply", db.url, "--plan", str(plan), "--yes", "--lock-timeout", "1s", "--retries", "1"
        )

        assert stopped.code == 75, stopped.stderr
        assert "retry 1/1" in stopped.stderr
        assert "Lock wait timeout exceeded" in stopped.stderr
        last = stopped.stderr.strip().splitlines()[-1]
        assert "step 1 (create index child_parent_id_idx" in last
        # MariaDB does not say who holds a metadata lock (without the METADATA_LOCK_INFO
        # plugin): sessions inside a transaction are named as suspects.
        assert f"pid {holder_id} (application 'root@" in last
        assert "in an open transaction" in last
        assert "child_parent_id_idx" not in {i.name for i in reflected_table(db, "child").indexes}
    finally:
        holder.rollback()
        holder.close()

    resumed = run_cli("apply", db.url, "--plan", str(plan), "--yes")

    assert resumed.code == 0, resumed.stderr
    assert {fk.name for fk in reflected_table(db, "child").foreign_keys} == {"child_parent_fk"}


def test_sqlite_busy_database_names_the_process_and_resumes(
    sqlite_db: ScratchDatabase, tmp_path: Path
) -> None:
    db = sqlite_db
    build_schema(db)
    plan = write_plan(db, standard_changes(db), tmp_path / "fix.sql")
    holder = sqlite3.connect(db.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE parent SET name = 'x' WHERE id = 1")

        stopped = run_cli("apply", db.url, "--plan", str(plan), *LOCK_ARGS)

        assert stopped.code == 75, stopped.stderr
        assert "database is locked" in stopped.stderr
        last = stopped.stderr.strip().splitlines()[-1]
        # SQLite cannot say which connection holds its lock; /proc says who has the file open.
        assert f"possibly pid {os.getpid()}" in last
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    resumed = run_cli("apply", db.url, "--plan", str(plan), "--yes")

    assert resumed.code == 0, resumed.stderr
    assert "child_parent_id_idx" in {i.name for i in reflected_table(db, "child").indexes}


def make_invalid_index(db: ScratchDatabase, change: Change) -> None:
    """What an interrupted CREATE INDEX CONCURRENTLY leaves: start the very statement the plan
    would run while an old snapshot is open, so that it fails on its lock timeout after the
    index is in the catalog, INVALID."""
    sql = renderer_for("postgresql").render([change]).steps[0].statements[0]
    old = db.engine.connect()
    try:
        old.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        old.exec_driver_sql("SELECT count(*) FROM parent").scalar()
        builder = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            builder.exec_driver_sql("SET lock_timeout = '300ms'")
            try:
                builder.exec_driver_sql(sql)
            except Exception as exc:  # the lock timeout is the point
                assert "lock timeout" in str(exc)
            else:
                raise AssertionError("the build was expected to time out")
        finally:
            builder.close()
    finally:
        old.rollback()
        old.close()


def test_postgresql_invalid_index_is_dropped_and_rebuilt(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    db = postgresql_db
    build_schema(db)
    changes = standard_changes(db)
    make_invalid_index(db, changes[0])
    assert pg_index_state(db, "child_parent_id_idx") == [False]
    plan = write_plan(db, changes, tmp_path / "fix.sql")

    result = run_cli("apply", db.url, "--plan", str(plan), "--yes")

    assert result.code == 0, result.stderr
    assert (
        "step 1/6 index child_parent_id_idx was left INVALID by an interrupted CREATE INDEX "
        "CONCURRENTLY: dropping it to rebuild it" in result.stderr
    )
    assert pg_index_state(db, "child_parent_id_idx") == [True]
    assert "invalid-index" not in result.stdout


def test_postgresql_concurrent_build_waiting_for_old_snapshot_is_retried(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    """CREATE INDEX CONCURRENTLY waits for transactions older than its build; lock_timeout
    bounds that wait too, leaving an INVALID index, which the retry drops and rebuilds once
    the old transaction is gone. With the old transaction open through every retry, apply stops
    and names it."""
    db = postgresql_db
    build_schema(db)
    plan = write_plan(db, standard_changes(db), tmp_path / "fix.sql")
    old = db.engine.connect()
    try:
        old.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        old.exec_driver_sql("SELECT count(*) FROM grandchild").scalar()
        old_pid = old.exec_driver_sql("SELECT pg_backend_pid()").scalar()

        stopped = run_cli("apply", db.url, "--plan", str(plan), *LOCK_ARGS)

        assert stopped.code == 75, stopped.stderr
        assert f"pid {old_pid}" in stopped.stderr.strip().splitlines()[-1]
        assert "was left INVALID" in stopped.stderr  # retries 1 and 2 cleared attempt 1's
        assert pg_index_state(db, "child_parent_id_idx") == [False]
    finally:
        old.rollback()
        old.close()

    resumed = run_cli("apply", db.url, "--plan", str(plan), "--yes")

    assert resumed.code == 0, resumed.stderr
    assert "was left INVALID" in resumed.stderr
    assert pg_index_state(db, "child_parent_id_idx") == [True]
