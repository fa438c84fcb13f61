"""`schemadoctor plan` end to end on each engine: plan a database with planted faults and
orphans, run the up script with the engine's own client, check again, run it again, run the
down script (twice) and compare catalogs, row counts and checksums with the original."""

from __future__ import annotations

from pathlib import Path

from conftest import ScratchDatabase, check_findings, run_cli
from plan_support import (
    ITEMS,
    ORDERS,
    build_delivery,
    data_of,
    has_table,
    plan_files,
    quarantined,
    run_client,
    run_ok,
    schema_of,
)

FIXED = (
    "missing-foreign-key",
    "orphan-rows",
    "unindexed-foreign-key",
    "duplicate-index",
    "invalid-constraint",
)


def test_up_twice_down_twice_with_the_engines_client(any_db: ScratchDatabase, tmp_path: Path):
    build_delivery(any_db)
    schema0, data0 = schema_of(any_db.url), data_of(any_db.url)
    assert {f.rule for f in check_findings(any_db.url, *FIXED)} >= {
        "missing-foreign-key",
        "orphan-rows",
        "duplicate-index",
    }

    up, down, result = plan_files(any_db, tmp_path)
    assert "ON DELETE SET NULL" in result.stderr  # orders outlive their customers
    assert "orphans" in result.stderr

    run_ok(any_db, up)
    assert check_findings(any_db.url, *FIXED) == []
    q = any_db.quote
    assert (
        any_db.scalar(f"SELECT count(*) FROM {q('orders')} WHERE {q('customer_id')} IS NULL") == 2
    )
    assert any_db.scalar(f"SELECT count(*) FROM {q('order_items')}") == ITEMS
    moved = quarantined(any_db)
    assert sorted((str(table).split(".")[-1], action) for table, _, action in moved) == [
        ("order_items", "deleted"),
        ("orders", "nulled"),
        ("orders", "nulled"),
    ]
    schema1, data1 = schema_of(any_db.url), data_of(any_db.url)

    run_ok(any_db, up)  # idempotent: nothing left to do, nothing changes
    assert schema_of(any_db.url) == schema1
    assert data_of(any_db.url) == data1
    assert len(quarantined(any_db)) == 3

    run_ok(any_db, down)
    assert schema_of(any_db.url) == schema0
    assert data_of(any_db.url) == data0
    assert not has_table(any_db, "schemadoctor_quarantine")
    assert any_db.scalar(f"SELECT count(*) FROM {q('orders')}") == ORDERS + 2

    run_ok(any_db, down)
    assert schema_of(any_db.url) == schema0
    assert data_of(any_db.url) == data0


def test_the_script_takes_the_engines_safe_path(any_db: ScratchDatabase, tmp_path: Path):
    build_delivery(any_db)
    up, down, _ = plan_files(any_db, tmp_path)
    text = up.read_text()
    titles = [line for line in text.splitlines() if line.startswith("-- step ")]

    def first(words: str) -> int:
        return next(n for n, title in enumerate(titles) if words in title)

    # Orphans out, then the index, then the key (SQLite builds the index in the rebuild).
    quarantine = first("orphan rows of orders(customer_id)".replace("orders", _q(any_db, "orders")))
    key = first("add foreign key")
    assert quarantine < key
    if any_db.dialect != "sqlite":
        assert quarantine < first("create index orders_customer_id_idx") < key
    assert "ON DELETE SET NULL" in text and "-- locks:" in text
    if any_db.dialect == "postgresql":
        assert text.startswith("-- schemadoctor plan") and "\\set ON_ERROR_STOP on" in text
        assert "SET lock_timeout = '2s';" in text and "SET statement_timeout" in text
        assert 'CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_customer_id_idx"' in text
        assert "NOT VALID" in text and 'VALIDATE CONSTRAINT "orders_customer_id_fkey"' in text
        assert "transactional=false" in text  # CONCURRENTLY runs outside any transaction
    elif any_db.dialect == "mysql":
        assert "ALGORITHM=INPLACE, LOCK=NONE" in text
        assert "SET SESSION foreign_key_checks = 0;" in text
        assert "schemadoctor: orphans remain for orders_customer_id_fkey" in text
    else:
        assert ".bail on" in text and "PRAGMA foreign_keys = OFF;" in text
        assert "pragma_foreign_key_check('orders')" in text
        assert "PRAGMA foreign_keys = ON;" in text
    assert "quarantine" in down.read_text()


def _q(db: ScratchDatabase, name: str) -> str:
    return f"public.{name}" if db.dialect == "postgresql" else name


def test_mysql_copy_method_lets_innodb_check_the_rows(mysql_db: ScratchDatabase, tmp_path: Path):
    build_delivery(mysql_db)
    schema0, data0 = schema_of(mysql_db.url), data_of(mysql_db.url)
    up, down, _ = plan_files(mysql_db, tmp_path, "--mysql-fk", "copy")
    text = up.read_text()
    assert "foreign_key_checks = 0" not in text.split("orders_customer_id_fkey")[1]
    assert "copies orders" in text
    run_ok(mysql_db, up)
    assert check_findings(mysql_db.url, "missing-foreign-key", "orphan-rows") == []
    run_ok(mysql_db, down)
    assert schema_of(mysql_db.url) == schema0 and data_of(mysql_db.url) == data0


def test_online_foreign_key_fails_when_an_orphan_slips_in(mysql_db: ScratchDatabase, tmp_path):
    """An orphan written after the orphan step is caught by the row check; running the script
    again moves it aside and finishes."""
    build_delivery(mysql_db)
    up, _, _ = plan_files(mysql_db, tmp_path)
    steps = up.read_text().split("-- step ")
    check_at = next(n for n, step in enumerate(steps) if "orphans remain" in step)
    before, after = tmp_path / "before.sql", tmp_path / "after.sql"
    before.write_text("-- step ".join(steps[: check_at - 1]))
    after.write_text("-- step ".join([steps[0], *steps[check_at - 1 :]]))
    run_ok(mysql_db, before)  # orphans quarantined, indexes built
    q = mysql_db.quote
    mysql_db.run(f"INSERT INTO {q('orders')} ({q('id')}, {q('customer_id')}) VALUES (500, 777)")
    done = run_client(mysql_db, after)  # the key goes in unchecked, the check catches it
    assert done.returncode != 0 and "orphans remain" in done.stderr
    run_ok(mysql_db, up)  # the whole script again: the newcomer is quarantined, the check passes
    assert mysql_db.scalar(f"SELECT {q('customer_id')} FROM {q('orders')} WHERE id = 500") is None


def test_orphans_fail_refuses_to_plan(any_db: ScratchDatabase, tmp_path: Path):
    build_delivery(any_db)
    result = run_cli("plan", any_db.url, "--orphans", "fail", "-o", str(tmp_path / "x.sql"))
    assert result.code == 2
    assert "orphan rows exist" in result.stderr and "orders" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.sql").exists()


def test_orphans_delete_still_quarantines_and_restores(any_db: ScratchDatabase, tmp_path: Path):
    build_delivery(any_db)
    schema0, data0 = schema_of(any_db.url), data_of(any_db.url)
    up, down, _ = plan_files(any_db, tmp_path, "--orphans", "delete")
    assert "--orphans delete" in up.read_text()
    run_ok(any_db, up)
    q = any_db.quote
    assert any_db.scalar(f"SELECT count(*) FROM {q('orders')}") == ORDERS
    assert sorted(action for _, _, action in quarantined(any_db)) == ["deleted"] * 3
    run_ok(any_db, down)
    assert schema_of(any_db.url) == schema0 and data_of(any_db.url) == data0


def test_orphans_set_null_falls_back_to_delete_on_a_not_null_column(
    sqlite_db: ScratchDatabase, tmp_path: Path
):
    build_delivery(sqlite_db)
    up, _, _ = plan_files(sqlite_db, tmp_path, "--orphans", "set-null")
    text = up.read_text()
    assert "--orphans set-null, but the reference is NOT NULL, so the rows are deleted" in text
    run_ok(sqlite_db, up)
    assert sorted(action for _, _, action in quarantined(sqlite_db)) == [
        "deleted",
        "nulled",
        "nulled",
    ]


def test_plan_to_stdout_and_nothing_to_fix(any_db: ScratchDatabase):
    q = any_db.quote
    any_db.run(f"CREATE TABLE {q('lonely')} ({q('id')} INTEGER PRIMARY KEY)")
    result = run_cli("plan", any_db.url)
    assert result.code == 0
    assert "nothing to fix" in result.stderr
    assert "schemadoctor:step" not in result.stdout


def test_plan_never_writes(any_db: ScratchDatabase, tmp_path: Path):
    build_delivery(any_db)
    schema0, data0 = schema_of(any_db.url), data_of(any_db.url)
    result = run_cli("plan", any_db.url)
    assert result.code == 0 and "schemadoctor:step" in result.stdout
    assert schema_of(any_db.url) == schema0 and data_of(any_db.url) == data0


def test_bad_options_are_one_line_errors(sqlite_db: ScratchDatabase):
    for args in (
        ["--lock-timeout", "soon"],
        ["--rules", "no-such-rule"],
        ["--orphans", "evaporate"],
    ):
        result = run_cli("plan", sqlite_db.url, *args)
        assert result.code == 2, args
        assert "Traceback" not in result.stderr


def test_the_text_form_reads_back_step_for_step(any_db: ScratchDatabase) -> None:
    """`schemadoctor apply` reads the script back with parse_script: every step must come back
    with the same statements, in the same transaction shape."""
    from schemadoctor.config import Config
    from schemadoctor.engines.database import open_database
    from schemadoctor.model.script import parse_script, script_hash
    from schemadoctor.plan.builder import build_plan

    build_delivery(any_db)
    database = open_database(any_db.url)
    try:
        plan = build_plan(database, Config())
    finally:
        database.dispose()
    for script in (plan.up, plan.down):
        text = script.to_sql()
        back = parse_script(text, any_db.dialect)
        assert back.settings == script.settings
        assert len(back.steps) == len(script.steps)
        for written, read in zip(script.steps, back.steps, strict=True):
            assert read.transactional == written.transactional
            assert (read.setup, read.statements, read.teardown) == (
                written.setup,
                written.statements,
                written.teardown,
            )
        # Comments do not count: a header with another date is the same plan.
        assert script_hash(text) == script_hash(text.replace("generated", "written"))
