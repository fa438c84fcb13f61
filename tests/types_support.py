"""Helpers for the type and key tests: a schema whose UUID key and its references (one
declared, one inferred) are text, with data; a writer inserting while a plan runs; and the
UUID text of every row, whatever type now stores it."""

from __future__ import annotations

import hashlib
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from conftest import ScratchDatabase, run_cli

CUSTOMERS = 1500
ORDERS_PER_CUSTOMER = 2


def uuid_of(number: int, salt: str = "c") -> str:
    """A version 4 UUID, the same for the same number."""
    return str(uuid.UUID(hashlib.md5(f"{salt}{number}".encode()).hexdigest(), version=4))


def build_uuid_schema(db: ScratchDatabase, customers: int = CUSTOMERS) -> list[str]:
    """customers(id) as text holding UUIDs; orders.customer_id references it by a declared
    foreign key (with an index); invoices.customer_id by name only (inferred). Returns the
    customer ids."""
    q = db.quote
    serial = {
        "postgresql": "SERIAL PRIMARY KEY",
        "mysql": "INTEGER AUTO_INCREMENT PRIMARY KEY",
        "sqlite": "INTEGER PRIMARY KEY",
    }[db.dialect]
    db.run(
        f"CREATE TABLE {q('customers')} ({q('id')} VARCHAR(36) NOT NULL PRIMARY KEY, "
        f"{q('name')} VARCHAR(40) NOT NULL)",
        f"CREATE TABLE {q('orders')} ({q('id')} {serial}, {q('customer_id')} VARCHAR(36) "
        f"NOT NULL, {q('total')} INTEGER, CONSTRAINT {q('orders_customer_id_fkey')} FOREIGN KEY "
        f"({q('customer_id')}) REFERENCES {q('customers')} ({q('id')}) ON DELETE CASCADE)",
        f"CREATE INDEX {q('orders_customer_id_idx')} ON {q('orders')} ({q('customer_id')})",
        f"CREATE TABLE {q('invoices')} ({q('id')} {serial}, {q('customer_id')} VARCHAR(36), "
        f"{q('amount')} INTEGER)",
    )
    ids = [uuid_of(n) for n in range(customers)]
    insert_rows(db, "customers", ("id", "name"), [(i, f"customer {n}") for n, i in enumerate(ids)])
    insert_rows(
        db,
        "orders",
        ("customer_id", "total"),
        [(ids[n % customers], n) for n in range(customers * ORDERS_PER_CUSTOMER)],
    )
    insert_rows(db, "invoices", ("customer_id", "amount"), [(i, 7) for i in ids[::2]])
    analyze(db)
    return ids


def insert_rows(
    db: ScratchDatabase, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    q = db.quote

    def literal(value: Any) -> str:
        return "NULL" if value is None else str(value) if isinstance(value, int) else f"'{value}'"

    for start in range(0, len(rows), 500):
        values = ", ".join(
            "(" + ", ".join(literal(v) for v in row) + ")" for row in rows[start : start + 500]
        )
        db.run(f"INSERT INTO {q(table)} ({', '.join(q(c) for c in columns)}) VALUES {values}")


def analyze(db: ScratchDatabase) -> None:
    if db.dialect == "postgresql":
        db.run("ANALYZE")
    elif db.dialect == "mysql":
        for table in ("customers", "orders", "invoices"):
            db.query(f"ANALYZE TABLE {db.quote(table)}")
    else:
        db.run("ANALYZE")


def as_text(value: Any) -> str | None:
    """A UUID as canonical text, whether the driver returns text, a UUID or 16 bytes."""
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        raw = bytes(value)
        return str(uuid.UUID(bytes=raw)) if len(raw) == 16 else raw.decode()
    return str(value)


def uuid_checksums(db: ScratchDatabase, writer: bool = True) -> dict[str, tuple[int, str]]:
    """Row count and a digest of each table's rows, the UUIDs as text, in a stable order;
    `writer=False` leaves out the rows a `Writer` inserted."""
    q = db.quote
    customers = "" if writer else f" WHERE {q('name')} <> 'writer'"
    orders = "" if writer else f" WHERE {q('total')} <> -1"
    queries = {
        "customers": f"SELECT {q('id')}, {q('name')} FROM {q('customers')}{customers}",
        "orders": f"SELECT {q('id')}, {q('customer_id')}, {q('total')} FROM {q('orders')}{orders}",
        "invoices": f"SELECT {q('id')}, {q('customer_id')}, {q('amount')} FROM {q('invoices')}",
    }
    found = {}
    for table, sql in queries.items():
        rows = sorted(tuple(_norm(value) for value in row) for row in db.query(sql))
        found[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return found


def _norm(value: Any) -> str:
    text = as_text(value)
    return "" if text is None else text


@dataclass
class Writer:
    """Inserts a customer and an order for an existing customer every few milliseconds, each
    in its own transaction, until stopped; records the longest write and any error."""

    url: str
    customer_ids: list[str]
    pause: float = 0.01
    writes: int = 0
    longest: float = 0.0
    errors: list[str] = field(default_factory=list)
    inserted: list[str] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> Writer:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        time.sleep(0.3)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        assert self._thread is not None
        self._thread.join(timeout=60)

    def _run(self) -> None:
        url = _driver_url(self.url)
        # No server-side prepared statements: one prepared against the text column keeps its
        # varchar parameter after the conversion and fails (the finding says so).
        arguments = {"prepare_threshold": None} if url.startswith("postgresql") else {}
        engine = sa.create_engine(url, poolclass=NullPool, connect_args=arguments)
        rng = random.Random(3)
        try:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                while not self._stop.is_set():
                    new = str(uuid.uuid4())
                    started = time.monotonic()
                    try:
                        # Untyped parameters, straight to the driver, as an application using
                        # psycopg or PyMySQL sends them (a varchar-typed parameter would need a
                        # cast to uuid once the column is converted).
                        connection.exec_driver_sql(
                            "INSERT INTO customers (id, name) VALUES (%(id)s, 'writer')",
                            {"id": new},
                        )
                        connection.exec_driver_sql(
                            "INSERT INTO orders (customer_id, total) VALUES (%(customer)s, -1)",
                            {"customer": rng.choice(self.customer_ids)},
                        )
                        # An update of another column moves the row (a trigger must notice).
                        connection.exec_driver_sql(
                            "UPDATE invoices SET amount = amount WHERE id = %(id)s",
                            {"id": rng.randint(1, 500)},
                        )
                    except sa.exc.DBAPIError as exc:
                        self.errors.append(str(exc.orig).splitlines()[0])
                        continue
                    self.longest = max(self.longest, time.monotonic() - started)
                    self.inserted.append(new)
                    self.writes += 1
                    time.sleep(self.pause)
        finally:
            engine.dispose()


def _driver_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1).replace(
        "mysql://", "mysql+pymysql://", 1
    )


def plan_and_apply(
    db: ScratchDatabase, tmp_path: Path, rules: str, *extra: str, name: str = "fix"
) -> tuple[Path, dict[str, Any]]:
    """`plan --rules RULES -o FILE` then `apply --plan FILE --format json`; the plan file and
    apply's JSON report."""
    plan = tmp_path / f"{name}.sql"
    planned = run_cli("plan", db.url, "--rules", rules, "-o", str(plan), *extra)
    assert planned.code == 0, planned.stderr
    applied = run_cli("apply", db.url, "--plan", str(plan), "--yes", "--format", "json")
    assert applied.code == 0, applied.stdout + applied.stderr
    return plan, applied.json()


def apply_file(db: ScratchDatabase, path: Path) -> dict[str, Any]:
    applied = run_cli("apply", db.url, "--plan", str(path), "--yes", "--format", "json")
    assert applied.code == 0, applied.stdout + applied.stderr
    return applied.json()


def same_shape(url: str, dialect: str) -> dict[str, Any]:
    """`catalog_shape`, where MariaDB's RESTRICT and NO ACTION (the same thing to InnoDB) are
    one: a key added in place with foreign_key_checks=0 comes back as NO ACTION whatever the
    statement said."""
    from apply_support import catalog_shape

    shape = catalog_shape(url)
    if dialect == "mysql":
        for table in shape.values():
            table["foreign_keys"] = [
                key.replace("on_delete='RESTRICT'", "on_delete='NO ACTION'")
                for key in table["foreign_keys"]
            ]
    return shape
