"""Helpers for the plan tests: a database with planted faults and orphans on each engine, the
engine's own client to run a script with, and what "the same database" means (reflected
catalogs without statistics, row counts and checksums of every table)."""

from __future__ import annotations

import datetime
import decimal
import hashlib
import os
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from conftest import CliResult, ScratchDatabase, run_cli
from schemadoctor.config import Config
from schemadoctor.engines.database import open_database
from schemadoctor.model.catalog import Catalog, TableName
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.plan.builder import Fix, Plan, PlanOptions, assemble, build_plan
from schemadoctor.rules._foreign_keys import foreign_key_changes
from schemadoctor.rules.base import RuleContext

OWN_TABLES = ("alembic_version",)

CUSTOMERS = 20
ORDERS = 60
ITEMS = 90


def build_delivery(db: ScratchDatabase) -> None:
    """customers <- orders <- order_items, with what a careless schema accumulates:
    `orders.customer_id` references customers by name only (2 orphans), `order_items.order_id`
    has a declared foreign key that was never enforced (1 orphan), nothing is indexed, and
    order_items carries two identical indexes."""
    q = db.quote
    double = {"postgresql": "DOUBLE PRECISION", "mysql": "DOUBLE", "sqlite": "REAL"}[db.dialect]
    blob = {"postgresql": "BYTEA", "mysql": "VARBINARY(16)", "sqlite": "BLOB"}[db.dialect]
    hexed = {"postgresql": "'\\x00ff'::bytea", "mysql": "X'00FF'", "sqlite": "X'00FF'"}[db.dialect]
    db.run(
        f"CREATE TABLE {q('customers')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('name')} VARCHAR(50) NOT NULL, {q('email')} VARCHAR(80))",
        f"CREATE TABLE {q('orders')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('customer_id')} INTEGER, {q('total')} {double}, {q('note')} {blob})",
        f"CREATE TABLE {q('order_items')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('order_id')} INTEGER NOT NULL, {q('qty')} INTEGER)",
        f"CREATE INDEX {q('order_items_qty')} ON {q('order_items')} ({q('qty')})",
        f"CREATE INDEX {q('order_items_qty_again')} ON {q('order_items')} ({q('qty')})",
    )
    rows = [f"({n}, 'customer {n}', 'c{n}@example.com')" for n in range(1, CUSTOMERS + 1)]
    db.run(f"INSERT INTO {q('customers')} VALUES {', '.join(rows)}")
    orders = [
        f"({n}, {n % CUSTOMERS + 1}, {n}.25, {hexed if n % 7 == 0 else 'NULL'})"
        for n in range(1, ORDERS + 1)
    ]
    orders += [f"({ORDERS + 1}, 901, 0.1 + 0.2, {hexed})", f"({ORDERS + 2}, 902, 1e-300, NULL)"]
    db.run(f"INSERT INTO {q('orders')} VALUES {', '.join(orders)}")
    items = [f"({n}, {n % ORDERS + 1}, {n % 5})" for n in range(1, ITEMS + 1)]
    items.append(f"({ITEMS + 1}, 999, 3)")
    db.run(f"INSERT INTO {q('order_items')} VALUES {', '.join(items)}")
    declare_unchecked_foreign_key(
        db, "order_items", "order_items_order_id_fkey", "order_id", "orders", "id"
    )


def declare_unchecked_foreign_key(
    db: ScratchDatabase, table: str, name: str, column: str, parent: str, key: str
) -> None:
    """A declared foreign key its orphans slipped past: NOT VALID on PostgreSQL, added with
    foreign_key_checks=0 on MySQL, never enforced on SQLite (rebuilt by hand)."""
    q = db.quote
    clause = f"FOREIGN KEY ({q(column)}) REFERENCES {q(parent)} ({q(key)})"
    if db.dialect == "postgresql":
        db.run(f"ALTER TABLE {q(table)} ADD CONSTRAINT {q(name)} {clause} NOT VALID")
    elif db.dialect == "mysql":
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SET SESSION foreign_key_checks = 0")
            connection.exec_driver_sql(f"ALTER TABLE {q(table)} ADD CONSTRAINT {q(name)} {clause}")
            connection.exec_driver_sql("SET SESSION foreign_key_checks = 1")
    else:
        (sql,) = db.query(f"SELECT sql FROM sqlite_master WHERE name = {_literal(table)}")[0]
        edited = sql.rstrip().rstrip(")") + f", CONSTRAINT {q(name)} {clause})"
        db.run(
            "PRAGMA writable_schema = ON",
            f"UPDATE sqlite_master SET sql = {_literal(edited)} WHERE name = {_literal(table)}",
            "PRAGMA writable_schema = OFF",
        )


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# --- the engine's own client -------------------------------------------------------------------
def client(db: ScratchDatabase) -> list[str]:
    if db.dialect == "sqlite":
        return ["sqlite3", str(db.path)]
    url = sa.make_url(db.url)
    if db.dialect == "postgresql":
        return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db.url]
    command = ["mariadb", "-h", url.host or "127.0.0.1", "-P", str(url.port or 3306)]
    command += ["-u", url.username or "root"]
    if url.password:
        command.append(f"-p{url.password}")
    return [*command, str(url.database)]


def run_client(db: ScratchDatabase, script: Path) -> subprocess.CompletedProcess[str]:
    """Run a script as a user would: `psql -f`, `mariadb < file`, `sqlite3 db < file`."""
    command = client(db)
    if db.dialect == "postgresql":
        return subprocess.run(
            [*command, "-f", str(script)], capture_output=True, text=True, check=False
        )
    with script.open() as stdin:
        return subprocess.run(command, stdin=stdin, capture_output=True, text=True, check=False)


def run_ok(db: ScratchDatabase, script: Path) -> None:
    done = run_client(db, script)
    assert done.returncode == 0, f"{script.name} failed: {done.stderr}\n{script.read_text()}"


def plan_files(db: ScratchDatabase, directory: Path, *args: str) -> tuple[Path, Path, CliResult]:
    up = directory / "fix.sql"
    result = run_cli("plan", db.url, "-o", str(up), *args)
    assert result.code == 0, result.stderr
    return up, directory / "fix.down.sql", result


# --- sameness ------------------------------------------------------------------------------------
def catalog_of(url: str) -> Catalog:
    database = open_database(url)
    try:
        return database.reflect()
    finally:
        database.dispose()


def schema_of(url: str, *, loose: bool = False) -> Catalog:
    """The reflected catalog without what changes by itself (statistics, row estimates);
    `loose` also forgets the text SQLite keeps of each definition and the spelling of types
    (for Alembic's batch mode, which regenerates the CREATE TABLE)."""
    catalog = catalog_of(url)
    tables = []
    for table in catalog.tables:
        if table.name.name in OWN_TABLES:
            continue
        indexes = tuple(
            replace(
                index,
                scans=None,
                size_bytes=None,
                definition=None if loose else index.definition,
            )
            for index in table.indexes
        )
        columns = table.columns
        if loose:
            columns = tuple(replace(column, type=column.type.lower()) for column in columns)
        tables.append(
            replace(
                table,
                indexes=tuple(sorted(indexes, key=lambda index: index.name)),
                columns=columns,
                row_estimate=None,
                definition=None if loose else table.definition,
            )
        )
    return replace(
        catalog,
        tables=tuple(sorted(tables, key=lambda table: table.name)),
        stats_reset=None,
        stats_since=None,
        warnings=(),
    )


def data_of(url: str) -> dict[str, tuple[int, str]]:
    """Row count and checksum of every table (SQLite: rowids included)."""
    catalog = catalog_of(url)
    database = open_database(url)
    engine = database.engine
    result: dict[str, tuple[int, str]] = {}
    try:
        with database.connect() as connection:
            for table in catalog.tables:
                name = table.name
                if name.name in OWN_TABLES or name.name.startswith("schemadoctor_"):
                    continue
                quote = engine.dialect.identifier_preparer.quote_identifier
                qualified = (
                    f"{quote(name.schema)}.{quote(name.name)}" if name.schema else quote(name.name)
                )
                rowid = "rowid, " if catalog.dialect == "sqlite" and not table.without_rowid else ""
                rows = connection.exec_driver_sql(f"SELECT {rowid}* FROM {qualified}").fetchall()
                digest = hashlib.sha256(
                    "\n".join(sorted(repr(tuple(_plain(v) for v in row)) for row in rows)).encode()
                ).hexdigest()
                result[str(name)] = (len(rows), digest)
    finally:
        database.dispose()
    return result


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, float):
        return value.hex()
    if isinstance(value, decimal.Decimal | datetime.date | datetime.time):
        return str(value)
    return value


def quarantined(db: ScratchDatabase) -> list[tuple[Any, ...]]:
    q = db.quote
    return db.query(
        f"SELECT {q('source_table')}, {q('constraint_name')}, {q('action')} "
        f"FROM {q('schemadoctor_quarantine')} ORDER BY {q('id')}"
    )


def has_table(db: ScratchDatabase, name: str) -> bool:
    return any(table.name.name == name for table in catalog_of(db.url).tables)


def env_without_color() -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1"}


# --- adversarial identifiers ---------------------------------------------------------------
PARENT = "Order"
CHILD = 'x"; drop table y; --'
GRANDCHILD = "it's"


INDEX_A = 'idx "a"'
INDEX_B = "idx 'b'"


def build_adversarial(db: ScratchDatabase) -> None:
    q = db.quote
    text = "VARCHAR(20)"
    db.run(
        f"CREATE TABLE {q(PARENT)} ({q('Id')} INTEGER PRIMARY KEY, {q('naïve name')} {text})",
        f"CREATE TABLE {q(CHILD)} ({q('id')} INTEGER PRIMARY KEY, {q('Order Id')} INTEGER, "
        f"{q('select')} {text}, {q('prénom')} {text})",
        f"CREATE TABLE {q(GRANDCHILD)} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('x ref')} INTEGER NOT NULL)",
        f"CREATE INDEX {q(INDEX_A)} ON {q(CHILD)} ({q('select')})",
        f"CREATE INDEX {q(INDEX_B)} ON {q(CHILD)} ({q('select')})",
        f"INSERT INTO {q(PARENT)} VALUES (1, 'ä'), (2, 'b'), (3, 'c')",
        f"INSERT INTO {q(CHILD)} VALUES (1, 1, 'from', 'Zoë'), (2, 2, 'where', 'Ñ'), "
        "(3, 3, 'x', NULL), (4, 1, 'y', 'a''b'), (5, 2, NULL, 'c'), (6, 77, 'z', 'Łukasz')",
        f"INSERT INTO {q(GRANDCHILD)} VALUES (1, 1), (2, 2), (3, 3), (4, 99)",
    )
    declare_unchecked_foreign_key(db, GRANDCHILD, "fk \"weird\" 'name'", "x ref", CHILD, "id")


def default_schema_table(db: ScratchDatabase, name: str) -> TableName:
    return TableName("public" if db.dialect == "postgresql" else None, name)


def adversarial_plan(db: ScratchDatabase) -> Plan:
    """The real check's fixes (orphans of the declared key, the duplicate index) plus the
    missing foreign key child("Order Id") -> "Order"("Id") given by hand."""
    database = open_database(db.url)
    try:
        options = PlanOptions(rules=("orphan-rows", "duplicate-index"))
        planned = build_plan(database, Config(), options)
        assert {fix.finding.rule for fix in planned.fixes} == {"orphan-rows", "duplicate-index"}
        context = RuleContext(planned.run, None)
        finding = Finding(
            "missing-foreign-key",
            Severity.WARNING,
            default_schema_table(db, CHILD),
            ("Order Id",),
            "a reference nobody declared",
        )
        changes = foreign_key_changes(
            context,
            default_schema_table(db, CHILD),
            ("Order Id",),
            default_schema_table(db, PARENT),
            ("Id",),
            reason=finding.message,
            orphans=1,
        )
        plan = assemble(database, planned.run, [*planned.fixes, Fix(finding, changes)], options)
    finally:
        database.dispose()
    return plan
