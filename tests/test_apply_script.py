"""The text form apply reads: step meta lines and flags survive the round trip and do not
change a plan's identity; assertion steps stop apply when they find rows; what changed is
read from the catalogs."""

from __future__ import annotations

import random
from pathlib import Path

from apply_support import build_schema, index_change, table
from conftest import ScratchDatabase, renderer_for, run_cli
from schemadoctor.apply.diff import schema_changes
from schemadoctor.apply.options import ApplyOptions
from schemadoctor.model.catalog import Catalog, ForeignKey, Index, IndexElement, Table, TableName
from schemadoctor.model.changes import AddForeignKey, CreateIndex
from schemadoctor.model.durations import parse_duration
from schemadoctor.model.script import Script, Step, parse_script, script_hash


def test_meta_round_trip_and_hash() -> None:
    child = TableName("public", 'x"; drop table y; --')
    fk = ForeignKey("c_fk", ("parent_id",), TableName("public", "parent"), ("id",))
    changes = [
        CreateIndex(
            table=child,
            index=Index("c_idx", (IndexElement("parent_id"),)),
            estimated_rows=42,
        ),
        AddForeignKey(table=child, foreign_key=fk),
    ]
    script = renderer_for("postgresql").render(changes)
    text = script.to_sql()

    parsed = parse_script(text, "postgresql")

    assert [step.info for step in parsed.steps] == [step.info for step in script.steps]
    assert parsed.steps[0].info == {
        "kind": "create-index",
        "table": ["public", 'x"; drop table y; --'],
        "object": "c_idx",
        "columns": ["parent_id"],
        "rows": 42,
    }
    assert parsed.steps[0].table == 'public.x"; drop table y; --'
    assert parsed.steps[1].info["references"] == ["public", "parent", ["id"]]
    # Meta lines are comments: they change neither what runs nor the plan's identity.
    without_meta = "\n".join(
        line for line in text.splitlines() if not line.startswith("-- schemadoctor:meta")
    )
    assert script_hash(without_meta) == script_hash(text)
    assert parse_script(without_meta, "postgresql").steps[0].info == {}


def test_grouped_step_lists_every_object() -> None:
    child = TableName(None, "orders")
    first = AddForeignKey(
        table=child, foreign_key=ForeignKey("a_fk", ("a",), TableName(None, "a"), ("id",))
    )
    second = AddForeignKey(
        table=child, foreign_key=ForeignKey("b_fk", ("b",), TableName(None, "b"), ("id",))
    )
    step = Step(first, ("SELECT 1;",), also=(second,))

    text = Script("sqlite", (step,)).to_sql()
    info = parse_script(text, "sqlite").steps[0].info

    assert [item["object"] for item in info["objects"]] == ["a_fk", "b_fk"]


def test_assertion_flag_round_trips() -> None:
    step = Step(None, ("SELECT 1 WHERE 0;",), assert_empty=True, title_text="no orphans")
    text = Script("sqlite", (step,)).to_sql()
    assert "-- schemadoctor:step transactional=true assert=empty" in text
    assert parse_script(text, "sqlite").steps[0].assert_empty


def test_assertion_step_stops_apply_when_it_finds_rows(
    sqlite_db: ScratchDatabase, tmp_path: Path
) -> None:
    build_schema(sqlite_db)
    q = sqlite_db.quote
    sqlite_db.run(f"INSERT INTO {q('child')} VALUES (99999, 424242, NULL)")  # an orphan
    orphan_check = (
        f"SELECT c.id FROM {q('child')} c LEFT JOIN {q('parent')} p ON p.id = c.parent_id "
        "WHERE p.id IS NULL;"
    )
    index = renderer_for("sqlite").render([index_change(sqlite_db, "c_idx", "child", "note")])
    script = Script(
        "sqlite",
        (
            Step(None, (orphan_check,), assert_empty=True, title_text="no orphans in child"),
            *index.steps,
        ),
    )
    plan = tmp_path / "plan.sql"
    plan.write_text(script.to_sql(), encoding="utf-8")

    failed = run_cli("apply", sqlite_db.url, "--plan", str(plan), "--yes")

    assert failed.code == 2
    assert "step 1 (no orphans in child) failed" in failed.stderr
    assert "returned rows, expected none: 99999" in failed.stderr

    sqlite_db.run(f"DELETE FROM {q('child')} WHERE id = 99999")
    assert run_cli("apply", sqlite_db.url, "--plan", str(plan), "--yes").code == 0


def test_schema_changes_in_words() -> None:
    name = TableName(None, "child")
    fk = ForeignKey("fk", ("parent_id",), TableName(None, "parent"), ("id",), on_delete="CASCADE")
    before = Catalog(
        "sqlite",
        "x",
        tables=(Table(name, (), indexes=(Index("old_idx", (IndexElement("a"),)),)),),
    )
    after = Catalog(
        "sqlite",
        "x",
        tables=(
            Table(name, (), foreign_keys=(fk,), indexes=(Index("new_idx", (IndexElement("b"),)),)),
            Table(TableName(None, "schemadoctor_migrations"), ()),
        ),
    )

    assert schema_changes(before, after) == [
        "+ foreign key child(parent_id) -> parent(id) ON DELETE CASCADE",
        "+ index new_idx on child (b)",
        "- index old_idx on child (a)",
    ]


def test_durations_and_backoff() -> None:
    assert parse_duration("2s") == 2.0
    assert parse_duration("500ms") == 0.5
    assert parse_duration("1.5") == 1.5
    assert parse_duration("1min") == 60.0
    options = ApplyOptions(backoff=1.0, backoff_cap=4.0)
    rng = random.Random(1)
    delays = [options.retry_delay(attempt, rng) for attempt in (1, 2, 3, 4, 5)]
    assert 0.5 <= delays[0] <= 1.0 and 1.0 <= delays[1] <= 2.0 and 2.0 <= delays[2] <= 4.0
    assert all(2.0 <= delay <= 4.0 for delay in delays[3:])  # capped


def test_apply_adversarial_identifiers(any_db: ScratchDatabase, tmp_path: Path) -> None:
    q = any_db.quote
    hostile = 'x"; drop table y; --'
    any_db.run(
        f"CREATE TABLE {q('y')} ({q('id')} INTEGER PRIMARY KEY)",
        f"CREATE TABLE {q(hostile)} ({q('id')} INTEGER PRIMARY KEY, {q('a`b')} INTEGER)",
    )
    change = CreateIndex(
        table=table(any_db, hostile),
        index=Index("idx ' `\" odd", (IndexElement("a`b"),)),
    )
    plan = tmp_path / "plan.sql"
    plan.write_text(renderer_for(any_db.dialect).render([change]).to_sql(), encoding="utf-8")

    result = run_cli("apply", any_db.url, "--plan", str(plan), "--yes")

    assert result.code == 0, result.stderr
    assert "present and valid" in result.stdout
    assert any_db.scalar(f"SELECT COUNT(*) FROM {q('y')}") == 0  # still there


def test_check_ignores_schemadoctor_tables(sqlite_db: ScratchDatabase) -> None:
    q = sqlite_db.quote
    sqlite_db.run(
        f"CREATE TABLE {q('customers')} ({q('id')} INTEGER PRIMARY KEY)",
        f"CREATE TABLE {q('schemadoctor_scratch')} ({q('customer_id')} INTEGER)",  # no key
        f"CREATE TABLE {q('keyless')} ({q('customer_id')} INTEGER)",
        f"INSERT INTO {q('customers')} VALUES (1)",
        f"INSERT INTO {q('schemadoctor_scratch')} VALUES (1)",
        f"INSERT INTO {q('keyless')} VALUES (1)",
    )

    report = run_cli("check", sqlite_db.url, "-f", "json", "--fail-on", "never").json()

    tables = {finding["table"] for finding in report["findings"]}
    assert "keyless" in tables  # the same faults elsewhere are reported
    assert not any(name.startswith("schemadoctor_") for name in tables)
