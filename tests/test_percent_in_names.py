"""Names with `%` reach the drivers inside literal SQL; psycopg and PyMySQL must not read them
as parameter markers (the engines run with `no_parameters`)."""

from __future__ import annotations

from conftest import ScratchDatabase, check_findings


def test_data_probes_on_tables_named_with_percent(any_db: ScratchDatabase) -> None:
    customers, orders = any_db.quote("customers 100%"), any_db.quote("orders%d")
    reference = any_db.quote("customers 100%_id")
    any_db.run(
        f"CREATE TABLE {customers} (id INTEGER PRIMARY KEY, name VARCHAR(20))",
        f"CREATE TABLE {orders} (id INTEGER PRIMARY KEY, {reference} INTEGER)",
        f"INSERT INTO {customers} VALUES (1, 'a'), (2, 'b'), (3, 'c')",
        f"INSERT INTO {orders} VALUES (1, 1), (2, 2), (3, 3), (4, 2), (5, 9)",
    )
    findings = check_findings(any_db.url, "missing-foreign-key")
    assert [(f.table.name, f.columns, f.references.table.name) for f in findings] == [
        ("orders%d", ("customers 100%_id",), "customers 100%")
    ]
    evidence = findings[0].evidence
    assert evidence["data"] == "probed"
    assert evidence["orphans"] == 1
    assert list(evidence["orphan_samples"]) == [9]
