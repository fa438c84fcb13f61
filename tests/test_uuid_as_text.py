"""uuid-as-text: a text key holding UUIDs and its references, declared and inferred, found on
a sample, verified over the whole table by plan, converted together while a writer inserts,
verified, and converted back to exactly what it was."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from apply_support import catalog_shape, kill_hard, reflected_table, start_paused
from conftest import ScratchDatabase, check_findings, run_cli
from schemadoctor.config import Config
from schemadoctor.engines import adapter_named
from schemadoctor.engines.database import open_database
from schemadoctor.model import changes as c
from schemadoctor.model.catalog import TypeFamily
from schemadoctor.plan import order
from schemadoctor.plan.builder import Plan, PlanOptions, build_plan
from schemadoctor.rules import all_rules
from schemadoctor.rules.options import parse_options
from types_support import (
    Writer,
    apply_file,
    build_uuid_schema,
    insert_rows,
    plan_and_apply,
    same_shape,
    uuid_checksums,
)

SERVERS = ("postgresql", "mysql")


def planned(url: str, options: dict | None = None) -> Plan:
    """`plan --rules uuid-as-text`, in process."""
    config = Config(
        rule_options={
            rule: parse_options(all_rules()[rule].Options, values, rule)
            for rule, values in (options or {}).items()
        }
    )
    database = open_database(url)
    try:
        return build_plan(database, config, PlanOptions(rules=("uuid-as-text",)))
    finally:
        database.dispose()


def _native(db: ScratchDatabase, expected_family: TypeFamily = TypeFamily.UUID) -> None:
    """The key and both references have the native type; the declared key is still there."""
    customers = reflected_table(db, "customers")
    orders = reflected_table(db, "orders")
    invoices = reflected_table(db, "invoices")
    for table, column in ((customers, "id"), (orders, "customer_id"), (invoices, "customer_id")):
        found = table.column(column)
        assert found is not None and found.family == expected_family, (table.name, found)
    (foreign_key,) = orders.foreign_keys
    assert foreign_key.name == "orders_customer_id_fkey" and foreign_key.valid
    assert foreign_key.referred_table.name == "customers" and foreign_key.on_delete == "CASCADE"
    assert customers.primary_key is not None and customers.primary_key.columns == ("id",)


def _shape_ignoring_column_order(url: str) -> dict:
    shape = catalog_shape(url)
    for table in shape.values():
        table["columns"] = sorted(table["columns"])
    return shape


@pytest.mark.parametrize("dialect", SERVERS)
def test_round_trip_while_a_writer_inserts(
    request: pytest.FixtureRequest, dialect: str, tmp_path: Path
) -> None:
    db: ScratchDatabase = request.getfixturevalue(f"{dialect}_db")
    ids = build_uuid_schema(db)
    shape = same_shape(db.url, db.dialect)
    before = uuid_checksums(db)

    (finding,) = check_findings(db.url, "uuid-as-text")
    members = {(m["name"], m["column"], m["role"]) for m in finding.evidence["members"]}
    assert members == {
        ("customers", "id", "key"),
        ("orders", "customer_id", "declared"),
        ("invoices", "customer_id", "inferred"),
    }
    assert finding.evidence["storage"]["total_after"] < finding.evidence["storage"]["total_before"]

    with Writer(db.url, ids[:200]) as writer:
        plan, report = plan_and_apply(db, tmp_path, "uuid-as-text")
    assert writer.errors == [] and writer.writes > 0
    assert report["verification"]["passed"], report["verification"]
    _native(db)
    assert uuid_checksums(db, writer=False) == before
    storage = report["storage"]
    (customers,) = [t for t in storage["before"] if t["table"].endswith("customers")]
    (after,) = [t for t in storage["after"] if t["table"].endswith("customers")]
    assert customers["column_bytes"]["id"] >= 36 and after["column_bytes"]["id"] == 16
    assert after["total_bytes"] < customers["total_bytes"]

    converted = uuid_checksums(db)
    down = apply_file(db, plan.with_name("fix.down.sql"))
    assert down["verification"]["passed"], down["verification"]
    assert same_shape(db.url, db.dialect) == shape
    assert uuid_checksums(db) == converted


def test_postgresql_converts_online_above_the_threshold(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    db = postgresql_db
    ids = build_uuid_schema(db)
    db.run(
        "ALTER TABLE customers ALTER COLUMN id SET DEFAULT gen_random_uuid()::text",
        "CREATE UNIQUE INDEX customers_id_name ON customers (name, id)",
    )
    shape = _shape_ignoring_column_order(db.url)
    before = uuid_checksums(db)
    with Writer(db.url, ids[:200]) as writer:
        plan, report = plan_and_apply(db, tmp_path, "uuid-as-text", "--online-above", "100")
    text = plan.read_text()
    assert "backfill the shadow columns of public.orders" in text
    assert "swap the shadow columns in" in text and "CONCURRENTLY" in text
    assert writer.errors == [] and writer.writes > 0
    assert report["verification"]["passed"], report["verification"]
    _native(db)
    customers = reflected_table(db, "customers")
    assert customers.column("id").default == "gen_random_uuid()"
    index = customers.index("customers_id_name")
    assert index is not None and index.unique and index.columns == ("name", "id")
    assert uuid_checksums(db, writer=False) == before
    assert "converted online" in report["storage"]["note"]
    # Nothing of the machinery is left behind.
    leftovers = db.query(
        "SELECT proname FROM pg_proc WHERE proname ~ 'sd_sync$' UNION ALL "
        "SELECT tgname FROM pg_trigger WHERE tgname ~ 'sd_sync$' UNION ALL "
        "SELECT attname FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid "
        "WHERE t.relkind = 'r' AND attname ~ 'sd_new$' AND NOT attisdropped"
    )
    assert leftovers == []

    converted = uuid_checksums(db)
    down = apply_file(db, plan.with_name("fix.down.sql"))
    assert down["verification"]["passed"], down["verification"]
    assert _shape_ignoring_column_order(db.url) == shape
    assert uuid_checksums(db) == converted


def test_binary16_where_the_server_has_no_uuid_type(mysql_db: ScratchDatabase, tmp_path: Path):
    """MySQL and MariaDB before 10.7 store UUIDs as BINARY(16), the values going through the
    engine's functions (here HEX/UNHEX, what MariaDB 10.6 has, run on the real server)."""
    db = mysql_db
    build_uuid_schema(db)
    shape = same_shape(db.url, db.dialect)
    before = uuid_checksums(db)
    plan = planned(db.url)
    changes = [
        replace(
            change,
            members=tuple(replace(m, new_type="binary(16)") for m in change.members),
        )
        if isinstance(change, c.ConvertKeyType)
        else change
        for change in plan.changes
    ]
    older = adapter_named("mariadb", "10.6.19-MariaDB").renderer()
    up, down = older.render_pair(changes, order.inverse(changes), plan.catalog)
    assert "UNHEX(REPLACE(" in up.to_sql() and "LOCK TABLES" in up.to_sql()
    (tmp_path / "up.sql").write_text(up.to_sql())
    (tmp_path / "down.sql").write_text(down.to_sql())

    report = apply_file(db, tmp_path / "up.sql")
    assert report["verification"]["passed"], report["verification"]
    _native(db, TypeFamily.BINARY)
    assert reflected_table(db, "customers").column("id").type == "binary(16)"
    assert uuid_checksums(db) == before

    apply_file(db, tmp_path / "down.sql")
    assert same_shape(db.url, db.dialect) == shape
    assert uuid_checksums(db) == before


def test_sqlite_reports_only_and_says_why(sqlite_db: ScratchDatabase) -> None:
    build_uuid_schema(sqlite_db, customers=300)
    (finding,) = check_findings(sqlite_db.url, "uuid-as-text")
    assert "reported only" in finding.message and "no UUID type" in finding.message
    assert finding.fix is None
    planned = run_cli("plan", sqlite_db.url, "--rules", "uuid-as-text")
    assert planned.code == 0 and "nothing to fix" in planned.stderr


@pytest.mark.parametrize("dialect", [*SERVERS, "sqlite"])
def test_a_value_that_is_not_a_uuid_shows_and_blocks(
    request: pytest.FixtureRequest, dialect: str, tmp_path: Path
) -> None:
    db: ScratchDatabase = request.getfixturevalue(f"{dialect}_db")
    build_uuid_schema(db, customers=400)
    insert_rows(db, "customers", ("id", "name"), [("not-a-uuid", "bad")])
    (finding,) = check_findings(db.url, "uuid-as-text")
    assert finding.evidence["non_uuid_samples"] == ["not-a-uuid"]
    assert "'not-a-uuid'" in finding.message and "block" in finding.message
    plan = planned(db.url)
    assert plan.changes == []
    if dialect != "sqlite":
        assert any("not-a-uuid" in w and "block" in w for w in plan.warnings), plan.warnings


@pytest.mark.parametrize("dialect", SERVERS)
def test_check_samples_and_plan_verifies_the_whole_table(
    request: pytest.FixtureRequest, dialect: str, tmp_path: Path
) -> None:
    """A bad value past the check's sample: check proposes the fix, plan reads every row
    and refuses, showing it."""
    db: ScratchDatabase = request.getfixturevalue(f"{dialect}_db")
    build_uuid_schema(db, customers=600)
    insert_rows(db, "invoices", ("customer_id", "amount"), [("zzzzzzzz-late-value", 1)])
    options = {"uuid-as-text": {"sample_rows": 100}}
    (finding,) = check_findings(db.url, "uuid-as-text", extra_options=options)
    assert finding.fix is not None and finding.evidence["non_uuid_samples"] == []
    plan = planned(db.url, options)
    assert plan.changes == []
    (warning,) = plan.warnings
    assert "zzzzzzzz-late-value" in warning and "1 value of" in warning
    assert "does not convert" in warning


def test_upper_case_uuids_block_unless_accepted(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    db = postgresql_db
    build_uuid_schema(db, customers=200)
    db.run("UPDATE invoices SET customer_id = upper(customer_id) WHERE id = 3")
    (finding,) = check_findings(db.url, "uuid-as-text")
    assert finding.evidence["upper_case_samples"] and finding.fix is None
    accepted = check_findings(
        db.url, "uuid-as-text", extra_options={"uuid-as-text": {"accept_upper_case": True}}
    )
    assert accepted[0].fix is not None and "uuid" in accepted[0].fix


def test_mariadb_refuses_what_its_uuid_type_refuses(mysql_db: ScratchDatabase) -> None:
    """Well-formed text that MariaDB's UUID type will not take (version d, NCS variant) is
    found by plan, which asks the type itself, before a copy fails half-way."""
    db = mysql_db
    build_uuid_schema(db, customers=300)
    odd = "0038a2cb-e1f4-dcbb-1895-9db00863d838"
    insert_rows(db, "customers", ("id", "name"), [(odd, "odd")])
    (warning,) = planned(db.url).warnings
    assert odd in warning and "does not convert to uuid" in warning


def test_online_conversion_killed_mid_way_resumes(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    """kill -9 inside the backfill (its batches committed, the step not recorded) and inside
    the swap (its transaction open): each run of the same command goes on from there."""
    db = postgresql_db
    build_uuid_schema(db, customers=600)
    before = uuid_checksums(db)
    plan = tmp_path / "fix.sql"
    made = run_cli(
        "plan", db.url, "--rules", "uuid-as-text", "--online-above", "10", "-o", str(plan)
    )
    assert made.code == 0, made.stderr
    titles = [line for line in plan.read_text().splitlines() if line.startswith("-- step ")]
    backfill = next(n for n, t in enumerate(titles, 1) if "backfill the shadow columns of" in t)
    swap = next(n for n, t in enumerate(titles, 1) if "swap the shadow columns in" in t)
    for step in (backfill, swap):
        kill_hard(start_paused(db.url, "--plan", str(plan), "--yes", step=step, phase="inside"))
    # Killed inside the swap: nothing of it persists, the old columns are still there.
    assert reflected_table(db, "customers").column("id").family == TypeFamily.TEXT
    report = apply_file(db, plan)
    assert report["verification"]["passed"], report["verification"]
    _native(db)
    assert uuid_checksums(db) == before


def test_down_script_after_an_unfinished_online_conversion(
    postgresql_db: ScratchDatabase, tmp_path: Path
) -> None:
    """The up script stopped after its backfill; the down script, run instead of finishing
    it, leaves the database exactly as it was: no shadow column, trigger or index left."""
    db = postgresql_db
    build_uuid_schema(db, customers=400)
    shape = catalog_shape(db.url)
    before = uuid_checksums(db)
    plan = tmp_path / "fix.sql"
    made = run_cli(
        "plan", db.url, "--rules", "uuid-as-text", "--online-above", "10", "-o", str(plan)
    )
    assert made.code == 0, made.stderr
    titles = [line for line in plan.read_text().splitlines() if line.startswith("-- step ")]
    check = next(n for n, t in enumerate(titles, 1) if "NOT NULL proof" in t)
    kill_hard(start_paused(db.url, "--plan", str(plan), "--yes", step=check + 2, phase="before"))
    assert db.query("SELECT 1 FROM pg_attribute WHERE attname ~ 'sd_new$'")
    down = run_cli(
        "apply",
        db.url,
        "--plan",
        str(plan.with_name("fix.down.sql")),
        "--yes",
        "--abandon-unfinished",
        "-f",
        "json",
    )
    assert down.code == 0, down.stdout + down.stderr
    assert catalog_shape(db.url) == shape
    assert uuid_checksums(db) == before
    leftovers = db.query(
        "SELECT tgname FROM pg_trigger WHERE tgname ~ 'sd_sync$' UNION ALL "
        "SELECT attname FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid "
        "WHERE t.relkind = 'r' AND attname ~ 'sd_new$' AND NOT attisdropped"
    )
    assert leftovers == []
