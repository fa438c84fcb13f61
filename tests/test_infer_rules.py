"""missing-foreign-key behaviour beyond the synthetic showcase, on every engine: ambiguity,
--min-confidence, sampled tables with exact orphan counts, hostile identifiers, options,
and that check never writes."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import ScratchDatabase, check_findings, run_cli
from schemadoctor.engines.database import open_database
from schemadoctor.model.findings import Severity

RULES = ("missing-foreign-key", "polymorphic-association", "orphan-rows")


def _fk(findings: list[Any], table: str, column: str) -> list[Any]:
    return [
        f
        for f in findings
        if f.rule == "missing-foreign-key" and f.table.name == table and f.columns == (column,)
    ]


def _values(rows: range, row: Any) -> str:
    """`(a, b), (c, d), ...` for each number of `rows`, computed here (a `%` in the SQL
    text would be taken for a driver placeholder)."""
    return ", ".join(row(n) for n in rows)


def test_two_equally_plausible_targets_are_never_both_proposed(any_db: ScratchDatabase) -> None:
    people = _values(range(1, 21), lambda n: f"({n}, 'x')")
    any_db.run(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(20))",
        "CREATE TABLE employees (id INTEGER PRIMARY KEY, name VARCHAR(20))",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, approver INTEGER)",
        f"INSERT INTO users VALUES {people}",
        f"INSERT INTO employees VALUES {people}",
        f"INSERT INTO orders VALUES {_values(range(1, 31), lambda n: f'({n}, {n % 20 + 1})')}",
    )
    findings = check_findings(any_db.url, "missing-foreign-key", min_confidence=0.0)
    (finding,) = _fk(findings, "orders", "approver")
    assert finding.evidence["ambiguous"] is True
    others = {entry["table"].split(".")[-1] for entry in finding.evidence["alternatives"]}
    assert finding.references is not None
    assert {finding.references.table.name, *others} == {"users", "employees"}
    assert finding.severity == Severity.INFO
    assert "ambiguous" in finding.message


def test_the_better_named_target_wins_without_ambiguity(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE film (film_id INTEGER PRIMARY KEY)",
        "CREATE TABLE film_text (film_id INTEGER PRIMARY KEY)",
        "CREATE TABLE inventory (id INTEGER PRIMARY KEY, film_id INTEGER)",
        f"INSERT INTO film VALUES {_values(range(1, 11), lambda n: f'({n})')}",
        f"INSERT INTO film_text VALUES {_values(range(1, 11), lambda n: f'({n})')}",
        f"INSERT INTO inventory VALUES {_values(range(1, 21), lambda n: f'({n}, {n % 10 + 1})')}",
    )
    findings = check_findings(any_db.url, "missing-foreign-key")
    (finding,) = _fk(findings, "inventory", "film_id")
    assert finding.references is not None and finding.references.table.name == "film"
    assert "ambiguous" not in finding.evidence


def test_min_confidence_sets_the_reporting_threshold(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY)",
        "CREATE TABLE users (id INTEGER PRIMARY KEY)",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, approver INTEGER, "
        "legacy_customer_id INTEGER)",
    )

    def reported(*options: str) -> dict[str, float]:
        result = run_cli(
            "check", any_db.url, "--rules", "missing-foreign-key", "--format", "json", *options
        )
        assert result.code in (0, 1), result.stderr
        return {f["columns"][0]: f["confidence"] for f in result.json()["findings"]}

    default = reported()
    assert set(default) == {"customer_id", "approver"}
    assert set(reported("--min-confidence", "0.9")) == {"customer_id"}
    everything = reported("--min-confidence", "0")
    assert set(everything) == {"customer_id", "approver", "legacy_customer_id"}
    assert everything["legacy_customer_id"] < 0.5 <= everything["approver"]


def test_json_contract_carries_references_confidence_and_evidence(
    any_db: ScratchDatabase,
) -> None:
    any_db.run(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY)",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER)",
        "INSERT INTO customers VALUES (1), (2), (3)",
        "INSERT INTO orders VALUES (1, 1), (2, 2), (3, 3), (4, 3), (5, 7), (6, NULL)",
    )
    result = run_cli(
        "check",
        any_db.url,
        "--rules",
        "missing-foreign-key",
        "--format",
        "json",
        "--fail-on",
        "never",
    )
    assert result.code == 0, result.stderr
    (finding,) = result.json()["findings"]
    assert finding["references"]["columns"] == ["id"]
    assert finding["references"]["table"].split(".")[-1] == "customers"
    assert 0 < finding["confidence"] <= 1
    evidence = finding["evidence"]
    assert evidence["orphans"] == 1
    assert evidence["orphan_samples"] == [7]
    assert evidence["null_share"] == pytest.approx(1 / 6, abs=1e-3)
    assert evidence["inclusion"] == 0.75
    assert evidence["sampled"] is False
    assert isinstance(evidence["signals"], list)
    assert "FOREIGN KEY" in finding["fix"].upper()


def test_a_sampled_table_still_gets_an_exact_orphan_count(any_db: ScratchDatabase) -> None:
    rows = 3000
    good = _values(range(1, rows - 3), lambda n: f"({n}, {n % 50 + 1})")
    orphans = _values(range(rows - 3, rows + 1), lambda n: f"({n}, {n + 5000})")
    any_db.run(
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY)",
        "CREATE TABLE entries (id INTEGER PRIMARY KEY, account_id INTEGER)",
        f"INSERT INTO accounts VALUES {_values(range(1, 51), lambda n: f'({n})')}",
        f"INSERT INTO entries VALUES {good}",
        # The orphans come last: a sample of the first rows cannot see them.
        f"INSERT INTO entries VALUES {orphans}",
    )
    findings = check_findings(
        any_db.url,
        "missing-foreign-key",
        min_confidence=0.0,
        extra_options={"missing-foreign-key": {"sample_rows": 200}},
    )
    (finding,) = _fk(findings, "entries", "account_id")
    evidence = finding.evidence
    assert evidence["sampled"] is True
    assert evidence["sampled_rows"] <= 200 * 3
    assert evidence["orphans"] == 4
    assert evidence["orphans_exact"] is True
    # The exact pass returns the smallest and largest orphan with its count.
    assert evidence["orphan_samples"] == [rows - 3 + 5000, rows + 5000]
    assert finding.severity == Severity.ERROR


def test_data_option_off_means_names_and_types_only(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY)",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER)",
        "INSERT INTO customers VALUES (1)",
        "INSERT INTO orders VALUES (1, 1)",
    )
    findings = check_findings(
        any_db.url, "missing-foreign-key", extra_options={"missing-foreign-key": {"data": False}}
    )
    (finding,) = _fk(findings, "orders", "customer_id")
    assert finding.evidence["data"] == "not-probed"
    assert "orphans" not in finding.evidence


def test_hostile_identifiers_are_quoted_everywhere(any_db: ScratchDatabase) -> None:
    q = any_db.quote
    parent = 'x"; drop table y; --'
    column = 'x"; drop table y; --_id'
    any_db.run(
        f"CREATE TABLE {q('y')} (id INTEGER PRIMARY KEY)",
        f"INSERT INTO {q('y')} VALUES (5), (6)",
        f"CREATE TABLE {q(parent)} ({q('id')} INTEGER PRIMARY KEY)",
        f"CREATE TABLE {q('child')} (id INTEGER PRIMARY KEY, {q(column)} INTEGER)",
        f"INSERT INTO {q(parent)} VALUES (1), (2)",
        f"INSERT INTO {q('child')} VALUES (1, 1), (2, 2), (3, 2), (4, 9)",
    )
    result = run_cli("check", any_db.url, "--rules", ",".join(RULES), "--format", "json")
    assert result.code in (0, 1), result.stderr
    (finding,) = [f for f in result.json()["findings"] if f["rule"] == "missing-foreign-key"]
    assert finding["columns"] == [column]
    assert finding["references"]["table"].split(".")[-1] == parent
    assert finding["evidence"]["orphans"] == 1
    assert any_db.scalar(f"SELECT count(*) FROM {q('y')}") == 2


def _snapshot(db: ScratchDatabase) -> Any:
    database = open_database(db.url)
    try:
        catalog = database.reflect()
    finally:
        database.dispose()
    shape = [
        (
            str(table.name),
            table.columns,
            table.primary_key,
            table.unique_constraints,
            table.foreign_keys,
            sorted(index.name for index in table.indexes),
        )
        for table in catalog
    ]
    counts = {
        str(table.name): db.scalar(f"SELECT count(*) FROM {db.quote(table.name.name)}")
        for table in catalog
    }
    return shape, counts


def test_check_never_writes(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY)",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER)",
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, order_id INTEGER, "
        "FOREIGN KEY (order_id) REFERENCES orders (id))",
        "INSERT INTO customers VALUES (1), (2)",
        "INSERT INTO orders VALUES (1, 1), (2, 2), (3, 2), (4, 5)",
    )
    if any_db.dialect == "mysql":
        any_db.run("SET FOREIGN_KEY_CHECKS = 0", "INSERT INTO notes VALUES (1, 99)")
    else:
        any_db.run("INSERT INTO notes VALUES (1, 1)")
    before = _snapshot(any_db)
    result = run_cli("check", any_db.url, "--rules", ",".join(RULES), "--format", "json")
    assert result.code in (0, 1), result.stderr
    assert result.json()["findings"], "the check found something to fix"
    assert _snapshot(any_db) == before


def test_uuid_keys_are_compared_with_uuid_looking_text(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE accounts (id uuid PRIMARY KEY)",
        "CREATE TABLE events (id integer PRIMARY KEY, account_id varchar(36))",
        "INSERT INTO accounts VALUES ('6f1c2d3e-0000-4000-8000-000000000001'), "
        "('6f1c2d3e-0000-4000-8000-000000000002')",
        "INSERT INTO events VALUES (1, '6f1c2d3e-0000-4000-8000-000000000001'), "
        "(2, '6f1c2d3e-0000-4000-8000-000000000002'), (3, 'not-a-uuid')",
    )
    findings = check_findings(postgresql_db.url, "missing-foreign-key", min_confidence=0.0)
    (finding,) = _fk(findings, "events", "account_id")
    assert "uuid-as-text" in finding.evidence["signals"]
    assert finding.evidence["orphans"] == 1
    assert finding.evidence["orphan_samples"] == ["not-a-uuid"]


def test_exact_orphans_off_leaves_the_sample_to_answer(any_db: ScratchDatabase) -> None:
    good = _values(range(1, 2001), lambda n: f"({n}, {n % 50 + 1})")
    any_db.run(
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY)",
        "CREATE TABLE entries (id INTEGER PRIMARY KEY, account_id INTEGER)",
        f"INSERT INTO accounts VALUES {_values(range(1, 51), lambda n: f'({n})')}",
        f"INSERT INTO entries VALUES {good}",
        "INSERT INTO entries VALUES (5000, 9999)",
    )
    findings = check_findings(
        any_db.url,
        "missing-foreign-key",
        min_confidence=0.0,
        extra_options={"missing-foreign-key": {"sample_rows": 200, "exact_orphans": False}},
    )
    (finding,) = _fk(findings, "entries", "account_id")
    assert finding.evidence["sampled"] is True
    assert finding.evidence["orphans_exact"] is False
    assert "not counted over the whole table" in finding.message
    # Without a count the planner quarantines whatever orphans the migration finds.
    assert "schemadoctor_quarantine" in (finding.fix or "")
