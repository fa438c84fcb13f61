"""Adversarial identifiers through a whole plan on each engine: quotes, a statement terminator
and a comment in a table name, reserved words, mixed case, spaces and non-ASCII letters, in
tables, columns, indexes and constraint names. Up twice, down twice, nothing lost."""

from __future__ import annotations

from pathlib import Path

from conftest import ScratchDatabase, check_findings
from plan_support import (
    CHILD,
    GRANDCHILD,
    PARENT,
    adversarial_plan,
    build_adversarial,
    data_of,
    default_schema_table,
    run_ok,
    schema_of,
)


def test_adversarial_identifiers_survive_a_plan(any_db: ScratchDatabase, tmp_path: Path):
    build_adversarial(any_db)
    schema0, data0 = schema_of(any_db.url), data_of(any_db.url)
    plan = adversarial_plan(any_db)
    up, down = tmp_path / "up.sql", tmp_path / "down.sql"
    up.write_text(plan.up.to_sql())
    down.write_text(plan.down.to_sql())

    run_ok(any_db, up)
    run_ok(any_db, up)
    assert check_findings(any_db.url, "orphan-rows", "duplicate-index") == []
    after = schema_of(any_db.url)
    child = after.table(default_schema_table(any_db, CHILD))
    assert child is not None
    added = [fk for fk in child.foreign_keys if fk.columns == ("Order Id",)]
    assert added and added[0].referred_table.name == PARENT
    # MariaDB records a RESTRICT added in place as NO ACTION: the same thing in InnoDB.
    assert added[0].on_delete in ("SET NULL", "RESTRICT", "NO ACTION")
    q = any_db.quote
    assert any_db.scalar(f"SELECT count(*) FROM {q(GRANDCHILD)}") == 3
    assert any_db.scalar(f"SELECT {q('Order Id')} FROM {q(CHILD)} WHERE {q('id')} = 6") is None

    run_ok(any_db, down)
    run_ok(any_db, down)
    assert schema_of(any_db.url) == schema0
    assert data_of(any_db.url) == data0
