"""schemadoctor apply on every engine: it runs a plan, records it, verifies it, resumes it, and
refuses what it should refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from apply_support import (
    build_schema,
    catalog_shape,
    checksums,
    index_change,
    reflected_table,
    standard_changes,
    step_count,
    write_plan,
)
from conftest import ScratchDatabase, adapter_for, renderer_for, run_cli
from schemadoctor.apply.state import qualified_state_table


def state_rows(db: ScratchDatabase) -> list[tuple[int, str]]:
    table = qualified_state_table(adapter_for(db.dialect))
    return [
        (int(step), status)
        for step, status in db.query(f"SELECT step, status FROM {table} ORDER BY step")
    ]


def has_state_table(db: ScratchDatabase) -> bool:
    if db.dialect == "postgresql":
        return bool(
            db.scalar("SELECT to_regclass('schemadoctor.schemadoctor_migrations') IS NOT NULL")
        )
    if db.dialect == "mysql":
        return bool(
            db.scalar(
                "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                "AND TABLE_NAME = 'schemadoctor_migrations'"
            )
        )
    return bool(
        db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schemadoctor_migrations'")
    )


def index_names(db: ScratchDatabase, name: str) -> set[str]:
    return {index.name for index in reflected_table(db, name).indexes}


def test_apply_runs_records_and_verifies(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_schema(any_db)
    before = checksums(any_db)
    plan = write_plan(any_db, standard_changes(any_db), tmp_path / "fix.sql")
    steps = step_count(plan)

    result = run_cli("apply", any_db.url, "--plan", str(plan), "--yes", "--format", "json")

    assert result.code == 0, result.stderr
    report = result.json()
    assert [s["ran"] for s in report["steps"]] == [True] * steps
    assert report["verification"]["passed"] is True
    objects = [item for item in report["verification"]["items"] if item["kind"] == "object"]
    assert objects and all(item["ok"] for item in objects)
    # The unindexed-foreign-key findings the plan fixes (where keys were declared) are gone;
    # on this schema the FKs are not declared yet, so only objects are checked.
    assert state_rows(any_db) == [(n, "done") for n in range(steps + 1)]
    assert {"child_parent_id_idx"} <= index_names(any_db, "child")
    assert checksums(any_db) == before
    # Progress went to stderr, step by step.
    assert f"step {steps}/{steps} done" in result.stderr


def test_reapplying_a_finished_plan_is_a_no_op(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_schema(any_db)
    plan = write_plan(any_db, standard_changes(any_db), tmp_path / "fix.sql")
    assert run_cli("apply", any_db.url, "--plan", str(plan), "--yes").code == 0
    shape = catalog_shape(any_db.url)

    again = run_cli("apply", any_db.url, "--plan", str(plan), "--yes")

    assert again.code == 0, again.stderr
    assert "already applied, nothing done" in again.stdout
    assert "verification passed" in again.stdout
    assert catalog_shape(any_db.url) == shape


def test_dry_run_writes_nothing(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_schema(any_db)
    shape = catalog_shape(any_db.url)
    plan = write_plan(any_db, standard_changes(any_db), tmp_path / "fix.sql")

    result = run_cli("apply", any_db.url, "--plan", str(plan), "--dry-run")

    assert result.code == 0, result.stderr
    assert "dry run: nothing was written" in result.stdout
    assert "child_parent_id_idx" in result.stdout  # the SQL it would run
    assert "locks:" in result.stdout
    assert catalog_shape(any_db.url) == shape
    assert not has_state_table(any_db)


def test_yes_is_required_without_a_terminal(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_schema(any_db)
    plan = write_plan(any_db, standard_changes(any_db), tmp_path / "fix.sql")

    result = run_cli("apply", any_db.url, "--plan", str(plan))  # stdin is not a terminal

    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "schemadoctor: error: refusing to apply without --yes: stdin is not a terminal, "
        "so no one can confirm"
    ]
    assert not has_state_table(any_db)


def test_failed_step_stops_resumes_and_blocks_other_plans(
    any_db: ScratchDatabase, tmp_path: Path
) -> None:
    build_schema(any_db)
    q = any_db.quote
    # Step 2 needs a table that does not exist yet: it fails, step 1 stays applied.
    changes = [
        index_change(any_db, "child_parent_id_idx", "child", "parent_id"),
        index_change(any_db, "later_id_idx", "later", "id"),
        index_change(any_db, "grandchild_child_id_idx", "grandchild", "child_id"),
    ]
    plan = write_plan(any_db, changes, tmp_path / "fix.sql")

    failed = run_cli("apply", any_db.url, "--plan", str(plan), "--yes")

    assert failed.code == 2
    assert "step 2 (create index later_id_idx" in failed.stderr
    assert "run the same command again to resume" in failed.stderr
    assert state_rows(any_db) == [(0, "failed"), (1, "done"), (2, "failed"), (3, "pending")]

    other = write_plan(
        any_db, [index_change(any_db, "other_idx", "grandchild", "qty")], tmp_path / "other.sql"
    )
    refused = run_cli("apply", any_db.url, "--plan", str(other), "--yes")
    assert refused.code == 2
    message = refused.stderr.strip()
    assert message.startswith("schemadoctor: error: refusing to apply plan ")
    assert "is unfinished (1/3 steps done; step 2 failed:" in message
    assert " started 20" in message and " UTC by " in message
    assert "other_idx" not in str(index_names(any_db, "grandchild"))

    # Fix the cause; without --plan the unfinished plan is resumed from its record.
    any_db.run(f"CREATE TABLE {q('later')} ({q('id')} INTEGER)")
    resumed = run_cli("apply", any_db.url, "--yes")
    assert resumed.code == 0, resumed.stderr
    assert "resuming unfinished plan" in resumed.stderr
    assert "step 1/3 already done by an earlier run" in resumed.stderr
    assert state_rows(any_db) == [(0, "done"), (1, "done"), (2, "done"), (3, "done")]
    assert "child_parent_id_idx" in index_names(any_db, "child")
    assert "later_id_idx" in index_names(any_db, "later")

    # Now the other plan may run.
    assert run_cli("apply", any_db.url, "--plan", str(other), "--yes").code == 0


def test_abandon_unfinished_lets_another_plan_run(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_schema(any_db)
    broken = write_plan(
        any_db, [index_change(any_db, "bad_idx", "missing", "id")], tmp_path / "bad.sql"
    )
    assert run_cli("apply", any_db.url, "--plan", str(broken), "--yes").code == 2
    good = write_plan(any_db, standard_changes(any_db), tmp_path / "good.sql")

    result = run_cli("apply", any_db.url, "--plan", str(good), "--yes", "--abandon-unfinished")

    assert result.code == 0, result.stderr
    table = qualified_state_table(adapter_for(any_db.dialect))
    if any_db.dialect == "postgresql":
        table = '"schemadoctor"."schemadoctor_migrations"'
    statuses = {row[0] for row in any_db.query(f"SELECT status FROM {table} WHERE step = 0")}
    assert statuses == {"abandoned", "done"}


def test_verify_command(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_schema(any_db)
    plan = write_plan(any_db, standard_changes(any_db), tmp_path / "fix.sql")

    not_applied = run_cli("verify", any_db.url, "--plan", str(plan), "--format", "json")
    assert not_applied.code == 1
    missing = [i for i in not_applied.json()["items"] if not i["ok"]]
    assert any(i["subject"].startswith("index child_parent_id_idx") for i in missing)
    assert "no record of this plan" in not_applied.stderr

    assert run_cli("apply", any_db.url, "--plan", str(plan), "--yes", "--no-verify").code == 0
    applied = run_cli("verify", any_db.url, "--plan", str(plan))
    assert applied.code == 0, applied.stdout + applied.stderr
    assert "verification passed" in applied.stdout


def test_verify_reports_planned_findings_gone(any_db: ScratchDatabase, tmp_path: Path) -> None:
    """A declared but unindexed foreign key is an `unindexed-foreign-key` finding; the plan's
    index fixes it, and verification names the finding as gone."""
    q = any_db.quote
    any_db.run(
        f"CREATE TABLE {q('p')} ({q('id')} INTEGER PRIMARY KEY)",
        f"CREATE TABLE {q('c')} ({q('id')} INTEGER PRIMARY KEY, {q('p_id')} INTEGER, "
        f"CONSTRAINT {q('c_p_fk')} FOREIGN KEY ({q('p_id')}) REFERENCES {q('p')} ({q('id')}))",
    )
    if any_db.dialect == "mysql":
        pytest.skip("InnoDB indexes every foreign key itself: nothing to fix")

    name = renderer_for(any_db.dialect).object_name("c", "p_id", suffix="idx")
    plan = write_plan(any_db, [index_change(any_db, name, "c", "p_id")], tmp_path / "fix.sql")

    result = run_cli("apply", any_db.url, "--plan", str(plan), "--yes", "--format", "json")

    assert result.code == 0, result.stderr
    findings = [i for i in result.json()["verification"]["items"] if i["kind"] == "finding"]
    assert len(findings) == 1
    assert findings[0]["subject"].startswith("unindexed-foreign-key:")
    assert findings[0]["ok"] is True and findings[0]["detail"] == "gone"


def test_plan_for_another_engine_is_refused(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_schema(any_db)
    other = "mysql" if any_db.dialect != "mysql" else "postgresql"
    from conftest import ScratchDatabase as Fake

    fake = Fake(other, "", any_db.engine)
    plan = write_plan(fake, standard_changes(fake), tmp_path / "fix.sql")
    if other == "mysql" and any_db.dialect == "sqlite" and "ALGORITHM" not in plan.read_text():
        pytest.skip("nothing engine-specific in this plan")

    result = run_cli("apply", any_db.url, "--plan", str(plan), "--yes")

    assert result.code == 2
    assert "was written for" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("SELECT 1;\n", "is not a schemadoctor plan"),
        (None, "plan file not found"),
    ],
)
def test_bad_plan_file(
    sqlite_db: ScratchDatabase, tmp_path: Path, content: str | None, expected: str
) -> None:
    path = tmp_path / "plan.sql"
    if content is not None:
        path.write_text(content, encoding="utf-8")

    result = run_cli("apply", sqlite_db.url, "--plan", str(path), "--yes")

    assert result.code == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_lock_timeout(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    result = run_cli("apply", sqlite_db.url, "--lock-timeout", "soon", "--yes")
    assert result.code == 2
    assert "bad --lock-timeout 'soon'" in result.stderr


def test_apply_makes_the_plan_itself_and_quarantines_orphans(any_db: ScratchDatabase) -> None:
    """No --plan: apply plans from today's findings (orphans quarantined, index, foreign key)
    and verification names each finding as gone."""
    q = any_db.quote
    any_db.run(
        f"CREATE TABLE {q('customers')} ({q('id')} INTEGER PRIMARY KEY, {q('name')} VARCHAR(20))",
        f"CREATE TABLE {q('orders')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('customer_id')} INTEGER, {q('total')} INTEGER)",
        *[f"INSERT INTO {q('customers')} VALUES ({n}, 'c{n}')" for n in range(1, 41)],
        *[f"INSERT INTO {q('orders')} VALUES ({n}, {1 + n % 40}, {n})" for n in range(1, 401)],
        f"INSERT INTO {q('orders')} VALUES (1000, 777, 1)",  # an orphan
    )

    result = run_cli("apply", any_db.url, "--yes", "--format", "json")

    assert result.code == 0, result.stderr
    report = result.json()
    findings = [i for i in report["verification"]["items"] if i["kind"] == "finding"]
    assert any(
        i["subject"].startswith("missing-foreign-key: ") and "orders(customer_id)" in i["subject"]
        for i in findings
    )
    assert all(i["ok"] for i in report["verification"]["items"])
    assert any(line.startswith("+ foreign key ") for line in report["changes"])
    assert any_db.scalar(f"SELECT COUNT(*) FROM {q('orders')}") in (400, 401)
    assert any_db.scalar(f"SELECT COUNT(*) FROM {q('schemadoctor_quarantine')}") == 1
    # Nothing left to plan; applying again changes nothing.
    again = run_cli("apply", any_db.url, "--yes")
    assert again.code == 0, again.stderr
    assert "nothing to apply" in again.stdout
