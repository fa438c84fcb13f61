"""key-overflow-risk: an integer key past half its range, and every column referencing it
(declared and inferred), widened to bigint together; the sequence or AUTO_INCREMENT goes
along, and the down script narrows everything back."""

from __future__ import annotations

from pathlib import Path

import pytest

from apply_support import reflected_table
from conftest import ScratchDatabase, check_findings
from types_support import apply_file, insert_rows, plan_and_apply, same_shape

RULE = "key-overflow-risk"
START = 1_500_000_000


def build_events(db: ScratchDatabase) -> None:
    q = db.quote
    key = "SERIAL PRIMARY KEY" if db.dialect == "postgresql" else "INT AUTO_INCREMENT PRIMARY KEY"
    db.run(
        f"CREATE TABLE {q('events')} ({q('id')} {key}, {q('name')} VARCHAR(20))",
        f"CREATE TABLE {q('event_tags')} ({q('id')} {key}, {q('event_id')} INTEGER NOT NULL, "
        f"{q('tag')} VARCHAR(20), CONSTRAINT {q('event_tags_event_id_fkey')} FOREIGN KEY "
        f"({q('event_id')}) REFERENCES {q('events')} ({q('id')}))",
        f"CREATE TABLE {q('event_logs')} ({q('id')} {key}, {q('event_id')} INTEGER, "
        f"{q('line')} VARCHAR(20))",
        f"CREATE TABLE {q('small')} ({q('id')} {key}, {q('name')} VARCHAR(20))",
    )
    insert_rows(db, "events", ("name",), [(f"event {n}",) for n in range(300)])
    insert_rows(db, "event_tags", ("event_id", "tag"), [(n % 300 + 1, "t") for n in range(600)])
    insert_rows(db, "event_logs", ("event_id", "line"), [(n % 300 + 1, "l") for n in range(400)])
    insert_rows(db, "small", ("name",), [("s",)])
    if db.dialect == "postgresql":
        db.run(f"SELECT setval('events_id_seq', {START})", "ANALYZE")
    else:
        db.run(f"ALTER TABLE {q('events')} AUTO_INCREMENT = {START + 1}")


def test_postgresql_widens_the_key_graph_and_its_sequence(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    db = postgresql_db
    build_events(db)
    shape = same_shape(db.url, db.dialect)
    (finding,) = check_findings(db.url, RULE)
    assert finding.table.name == "events" and finding.evidence["counter"] == START
    assert finding.evidence["limit"] == 2**31 - 1 and 0.69 < finding.evidence["share"] < 0.71
    members = {(m["name"], m["column"], m["role"]) for m in finding.evidence["members"]}
    assert members == {
        ("events", "id", "key"),
        ("event_tags", "event_id", "declared"),
        ("event_logs", "event_id", "inferred"),
    }
    assert "70%" in finding.message and "bigint" in finding.message

    plan, report = plan_and_apply(db, tmp_path, RULE)
    assert report["verification"]["passed"], report["verification"]
    for table, column in (("events", "id"), ("event_tags", "event_id"), ("event_logs", "event_id")):
        assert reflected_table(db, table).column(column).type == "bigint"
    assert (
        db.scalar("SELECT data_type FROM pg_sequences WHERE sequencename = 'events_id_seq'")
        == "bigint"
    )
    (foreign_key,) = reflected_table(db, "event_tags").foreign_keys
    assert foreign_key.valid and foreign_key.name == "event_tags_event_id_fkey"
    db.run("INSERT INTO events (name) VALUES ('after')")
    assert db.scalar("SELECT max(id) FROM events") == START + 1

    apply_file(db, plan.with_name("fix.down.sql"))
    assert same_shape(db.url, db.dialect) == shape
    assert (
        db.scalar("SELECT data_type FROM pg_sequences WHERE sequencename = 'events_id_seq'")
        == "integer"
    )


def test_postgresql_online_widening_keeps_the_sequence(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    """Above the threshold the shadow column takes over the serial's default and sequence
    (OWNED BY moves with it, so dropping the old column does not drop the sequence)."""
    db = postgresql_db
    build_events(db)
    plan, report = plan_and_apply(db, tmp_path, RULE, "--online-above", "10")
    assert "swap the shadow columns in" in plan.read_text()
    assert report["verification"]["passed"], report["verification"]
    events = reflected_table(db, "events")
    assert events.column("id").type == "bigint"
    assert events.column("id").default == "nextval('events_id_seq'::regclass)"
    assert db.scalar("SELECT pg_get_serial_sequence('events', 'id')") == "public.events_id_seq"
    db.run("INSERT INTO events (name) VALUES ('after')")
    assert db.scalar("SELECT max(id) FROM events") == START + 1
    apply_file(db, plan.with_name("fix.down.sql"))
    assert reflected_table(db, "events").column("id").type == "integer"
    assert db.scalar("SELECT pg_get_serial_sequence('events', 'id')") == "public.events_id_seq"


def test_mariadb_widens_the_key_graph_and_keeps_auto_increment(
    mysql_db: ScratchDatabase, tmp_path: Path
) -> None:
    db = mysql_db
    build_events(db)
    shape = same_shape(db.url, db.dialect)
    (finding,) = check_findings(db.url, RULE)
    assert finding.evidence["counter"] == START and finding.table.name == "events"
    assert len(finding.evidence["members"]) == 3
    plan, report = plan_and_apply(db, tmp_path, RULE)
    assert report["verification"]["passed"], report["verification"]
    events = reflected_table(db, "events")
    assert events.column("id").type.startswith("bigint") and events.column("id").identity
    assert reflected_table(db, "event_tags").column("event_id").type.startswith("bigint")
    db.run("INSERT INTO events (name) VALUES ('after')")
    assert db.scalar("SELECT max(id) FROM events") == START + 1
    apply_file(db, plan.with_name("fix.down.sql"))
    assert same_shape(db.url, db.dialect) == shape


@pytest.mark.parametrize("dialect", ["postgresql", "mysql"])
def test_a_key_without_a_sequence_is_judged_by_its_largest_value(
    request: pytest.FixtureRequest, dialect: str
) -> None:
    db: ScratchDatabase = request.getfixturevalue(f"{dialect}_db")
    build_events(db)
    assert [f.table.name for f in check_findings(db.url, RULE)] == ["events"]
    # A plain integer key with no sequence: its largest value says how far it has got.
    insert_rows(db, "small", ("id", "name"), [(2_000_000_000, "x")])
    found = {f.table.name: f for f in check_findings(db.url, RULE)}
    assert found["small"].evidence["maximum"] == 2_000_000_000
    assert found["small"].severity.value == "error"  # 93% of the range
