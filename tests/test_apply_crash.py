"""kill -9 in the middle of apply, then run it again: it finishes, and the database ends up
exactly as a clean run leaves it (same reflected catalog), with every row unchanged.

The kill point comes from the test hook SCHEMADOCTOR_TEST_PAUSE_AT_STEP (see
`schemadoctor.apply.hooks`): apply pauses before step K, or inside it (statements run, not yet
recorded done: for a transactional step, with its transaction open), and is killed there."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from apply_support import (
    another_database,
    build_schema,
    catalog_shape,
    checksums,
    index_change,
    kill_hard,
    standard_changes,
    start_paused,
    step_count,
    write_plan,
)
from conftest import ScratchDatabase, adapter_for, run_cli
from schemadoctor.apply.state import qualified_state_table

SEEDS = range(6)


def statuses(db: ScratchDatabase) -> dict[int, str]:
    table = qualified_state_table(adapter_for(db.dialect))
    return {int(step): status for step, status in db.query(f"SELECT step, status FROM {table}")}


def kill_point(db: ScratchDatabase, seed: int, steps: int) -> tuple[int, str]:
    rng = random.Random(f"{db.dialect}:{seed}")
    return rng.randint(1, steps), rng.choice(["before", "inside"])


@pytest.mark.parametrize("seed", SEEDS)
def test_kill_at_a_random_step_then_resume(
    any_db: ScratchDatabase, tmp_path: Path, seed: int
) -> None:
    build_schema(any_db)
    before = checksums(any_db)
    plan = write_plan(any_db, standard_changes(any_db), tmp_path / "fix.sql")
    steps = step_count(plan)
    step, phase = kill_point(any_db, seed, steps)

    kill_hard(start_paused(any_db.url, "--plan", str(plan), "--yes", step=step, phase=phase))

    recorded = statuses(any_db)
    assert all(recorded[n] == "done" for n in range(1, step))
    assert recorded[step] == ("pending" if phase == "before" else "running")
    assert recorded[0] == "running"

    resumed = run_cli("apply", any_db.url, "--plan", str(plan), "--yes")

    assert resumed.code == 0, resumed.stderr
    for n in range(1, step):
        assert f"step {n}/{steps} already done by an earlier run" in resumed.stderr
    assert statuses(any_db) == dict.fromkeys(range(steps + 1), "done")
    assert checksums(any_db) == before
    with another_database(any_db.dialect, tmp_path) as clean:
        build_schema(clean)
        clean_plan = write_plan(clean, standard_changes(clean), tmp_path / "clean.sql")
        assert run_cli("apply", clean.url, "--plan", str(clean_plan), "--yes").code == 0
        assert catalog_shape(any_db.url) == catalog_shape(clean.url)
        assert checksums(clean) == before


def test_other_plan_refused_after_a_crash(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_schema(any_db)
    plan = write_plan(any_db, standard_changes(any_db), tmp_path / "fix.sql")
    kill_hard(start_paused(any_db.url, "--plan", str(plan), "--yes", step=2, phase="inside"))
    other = write_plan(
        any_db, [index_change(any_db, "other_idx", "grandchild", "qty")], tmp_path / "other.sql"
    )

    refused = run_cli("apply", any_db.url, "--plan", str(other), "--yes")

    assert refused.code == 2
    text = refused.stderr.strip()
    assert len(text.splitlines()) == 1
    first = plan.read_text(encoding="utf-8")
    from schemadoctor.model.script import script_hash

    assert f"plan {script_hash(first)[:12]}, started " in text
    assert f"is unfinished (1/{step_count(plan)} steps done)" in text

    finished = run_cli("apply", any_db.url, "--yes")  # no --plan: resumes the unfinished one
    assert finished.code == 0, finished.stderr
    assert run_cli("apply", any_db.url, "--plan", str(other), "--yes").code == 0


@pytest.mark.parametrize("phase", ["before", "inside"])
def test_lost_connection_then_resume(any_db: ScratchDatabase, tmp_path: Path, phase: str) -> None:
    """The server ends apply's session in the middle of step 3 (an administrator's kill, a
    failover): apply stops with one clear line, and running it again finishes the plan."""
    if any_db.dialect == "sqlite":
        pytest.skip("a SQLite file has no server session to lose")
    build_schema(any_db)
    before = checksums(any_db)
    plan = write_plan(any_db, standard_changes(any_db), tmp_path / "fix.sql")
    process = start_paused(any_db.url, "--plan", str(plan), "--yes", step=3, phase=phase, seconds=3)

    if any_db.dialect == "postgresql":
        killed = any_db.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = 'schemadoctor apply'"
        )
    else:
        with any_db.engine.connect() as connection:
            thread = connection.execute(
                sa.text("SELECT IS_USED_LOCK(:name)"),
                {"name": adapter_for("mysql").apply_lock_name(connection)},
            ).scalar()
            connection.exec_driver_sql(f"KILL CONNECTION {int(thread)}")
            killed = [(True,)]
    assert killed == [(True,)]
    code = process.wait(timeout=120)
    time.sleep(0.2)  # let the reader thread drain stderr
    output = "".join(process.output)  # type: ignore[attr-defined]

    assert code == 2, output
    last = output.strip().splitlines()[-1]
    assert last.startswith("schemadoctor: error: lost the connection during step 3")
    assert last.endswith("run the same command again to resume")

    resumed = run_cli("apply", any_db.url, "--plan", str(plan), "--yes")

    assert resumed.code == 0, resumed.stderr
    assert checksums(any_db) == before
    with another_database(any_db.dialect, tmp_path) as clean:
        build_schema(clean)
        clean_plan = write_plan(clean, standard_changes(clean), tmp_path / "clean.sql")
        assert run_cli("apply", clean.url, "--plan", str(clean_plan), "--yes").code == 0
        assert catalog_shape(any_db.url) == catalog_shape(clean.url)
