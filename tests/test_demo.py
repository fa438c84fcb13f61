"""`schemadoctor demo`: the database it builds holds the faults it claims, and check finds them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import jsonschema
import pytest

from conftest import run_cli
from schemadoctor.demo import DECOYS, FAULTS, build_database
from schemadoctor.report import report_schema
from schemadoctor.rules import all_rules


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_database(path)
    return path


def _scalar(path: Path, sql: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def _declared_foreign_keys(path: Path, table: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT * FROM pragma_foreign_key_list(?)", (table,))
        return {row[3] for row in rows}
    finally:
        connection.close()


def test_demo_data_is_realistic_and_deterministic(demo_db: Path, tmp_path: Path) -> None:
    counts = {
        table: _scalar(demo_db, f'SELECT count(*) FROM "{table}"')
        for table in ("customers", "orders", "order_items", "wallet_transactions", "drivers")
    }
    assert counts["orders"] >= 1000 and counts["customers"] >= 500
    assert sum(counts.values()) >= 5000
    again = tmp_path / "again.db"
    build_database(again)
    first, second = sqlite3.connect(demo_db), sqlite3.connect(again)
    try:
        assert list(first.iterdump()) == list(second.iterdump())
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize(
    "fault", [f for f in FAULTS if f.kind == "missing-foreign-key"], ids=lambda f: str(f.columns)
)
def test_missing_foreign_keys_are_undeclared_with_the_orphans_claimed(demo_db: Path, fault) -> None:
    (column,) = fault.columns
    assert column not in _declared_foreign_keys(demo_db, fault.table)
    parent, key = fault.references.split(".")
    orphans = _scalar(
        demo_db,
        f'SELECT count(*) FROM "{fault.table}" c WHERE c."{column}" IS NOT NULL AND NOT EXISTS '
        f'(SELECT 1 FROM "{parent}" p WHERE p."{key}" = c."{column}")',
    )
    assert (orphans > 0) == fault.orphans, (fault, orphans)
    matched = _scalar(
        demo_db,
        f'SELECT count(*) FROM "{fault.table}" c JOIN "{parent}" p ON p."{key}" = c."{column}"',
    )
    assert matched > 0


def test_demo_reports_the_deliberate_faults() -> None:
    result = run_cli("demo", "--format", "json")
    assert result.code == 0, result.stderr
    assert "Built a gas-delivery app's database" in result.stderr
    assert "The demo database was removed" in result.stderr
    data = result.json()
    jsonschema.Draft202012Validator(report_schema()).validate(data)
    found = {(f["rule"], f["table"], tuple(f["columns"])) for f in data["findings"]}
    for fault in FAULTS:
        if fault.kind in all_rules() and fault.kind != "missing-foreign-key":
            assert (fault.kind, fault.table, fault.columns) in found, fault


@pytest.mark.skipif(
    "missing-foreign-key" not in all_rules(), reason="the missing-foreign-key rule is not built yet"
)
def test_demo_missing_foreign_keys_and_decoys() -> None:
    data = run_cli("demo", "--format", "json").json()
    missing = {
        (f["table"], tuple(f["columns"]), f.get("references", {}).get("table"))
        for f in data["findings"]
        if f["rule"] == "missing-foreign-key"
    }
    for fault in FAULTS:
        if fault.kind == "missing-foreign-key":
            assert (fault.table, fault.columns, fault.references.split(".")[0]) in missing, fault
    for table, column in DECOYS:
        assert not any(t == table and column in c for t, c, _ in missing), (table, column)


def test_demo_text_report_and_keep(tmp_path: Path) -> None:
    kept = tmp_path / "gas.db"
    result = run_cli("demo", "--keep", str(kept), "--show-fixes", env={"COLUMNS": "100"})
    assert result.code == 0, result.stderr
    assert kept.is_file()
    assert f"Kept {kept}" in result.stderr
    assert "Errors (" in result.stdout and "Fixes" in result.stdout
    assert "delivery_events" in result.stdout
    # the plan step writes the migration beside the database and explains its decisions
    up, down = tmp_path / "gas.fix.sql", tmp_path / "gas.fix.down.sql"
    assert "-- schemadoctor:step" in up.read_text() and "-- schemadoctor:step" in down.read_text()
    assert "ON DELETE CASCADE: wallet_transactions is a detail of wallets" in result.stderr
    assert "ON DELETE SET NULL: orders is a record that outlives customers" in result.stderr
    # the kept database is an ordinary SQLite file that check reads
    assert run_cli("check", str(kept), "-f", "json").json()["summary"]["tables"] == 12
    # and the demo refuses to overwrite it
    again = run_cli("demo", "--keep", str(kept))
    assert again.code == 2
    assert (
        again.stderr.strip()
        == f"schemadoctor: error: {kept} already exists; give a new file name or delete it"
    )


def test_demo_keep_into_a_directory(tmp_path: Path) -> None:
    result = run_cli("demo", "--keep", str(tmp_path), "--format", "markdown")
    assert result.code == 0, result.stderr
    assert (tmp_path / "gas-delivery-demo.db").is_file()
    assert result.stdout.startswith("# schemadoctor report: `gas-delivery-demo.db`")


def test_demo_keep_into_a_missing_directory(tmp_path: Path) -> None:
    result = run_cli("demo", "--keep", str(tmp_path / "no" / "such.db"))
    assert result.code == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
