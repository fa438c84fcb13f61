"""How long do writers stall while `schemadoctor apply` converts a text UUID key and its
references to PostgreSQL's `uuid`, on a table of 2M rows? And what does the conversion save?

A fresh database gets `customers` (2M rows by default, `id varchar(36)` primary key holding
UUIDs), `orders` (as many rows, `customer_id varchar(36)` with a declared foreign key and an
index) and `invoices` (a quarter as many, `customer_id varchar(36)` referencing customers by
name only: an inferred reference). A writer process (its own OS process and connection over
127.0.0.1) runs at a steady rate (200 operations/s): insert a customer, insert an order for an
existing customer, update an order, read a customer by id; each its own autocommit
transaction, each recorded with its start and end. Meanwhile the real CLI runs
`schemadoctor plan URL --rules uuid-as-text -o FILE` (outside the measured window) and then
`schemadoctor apply URL --plan FILE --yes --format json`:

- `online` (the default above 100,000 rows): shadow columns kept in step by a trigger,
  batched backfill, NOT NULL proven by a validated CHECK, indexes built CONCURRENTLY, one short
  swap transaction across the three tables, foreign keys validated afterwards;
- `rewrite` (`plan --online-above` set above the table sizes): one `ALTER ... TYPE ... USING`
  transaction under ACCESS EXCLUSIVE, for comparison.

Printed per method: the conversion's duration (first step's start to last step's end), the
longest single operation overlapping it (a stall: the writer always has an operation pending)
and the step it started in, p50/p99 latency, failed operations, each step's duration, and the
storage apply measured before and after (bytes per row of each converted column, each table
and index). Databases are dropped at the end.

    python benchmarks/uuid_conversion.py                       # 2M rows, both methods
    python benchmarks/uuid_conversion.py --rows 200000 --methods online   # a quick look

Server: SCHEMADOCTOR_BENCH_POSTGRESQL (admin URL; default the loopback server).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection as Pipe
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from _servers import ADMIN_URLS

WARMUP = 3.0
"""Seconds the writer runs before the conversion starts, and after it ends."""
OPERATIONS = ("insert customer", "insert order", "update order", "read customer")
KNOWN_IDS = 20_000
"""Existing customer ids the writer picks from."""

Sample = tuple[float, float, int, bool]
"""(start, end, operation, succeeded), wall-clock seconds."""


# --- the writer --------------------------------------------------------------------------------
def writer_main(dsn: str, rate: float, stop: Any, ready: Any, out: Pipe) -> None:
    """Separate process: one connection, one operation per 1/rate seconds (a late one starts
    at once), each its own transaction. No server-side prepared statements: a statement
    prepared against the text column would keep its varchar parameter after the swap (the
    finding says so), as it would behind a transaction-mode pooler."""
    import psycopg

    rng = random.Random(11)
    samples: list[Sample] = []
    with psycopg.connect(dsn, autocommit=True, prepare_threshold=None) as connection:
        ids = [
            str(row[0]) for row in connection.execute(f"SELECT id FROM customers LIMIT {KNOWN_IDS}")
        ]
        top = int(connection.execute("SELECT max(id) FROM orders").fetchone()[0])
        statements = (
            (
                "INSERT INTO customers (id, name) VALUES (%s, 'writer')",
                lambda: (str(uuid.uuid4()),),
            ),
            (
                "INSERT INTO orders (customer_id, total) VALUES (%s, 1)",
                lambda: (rng.choice(ids),),
            ),
            ("UPDATE orders SET total = total + 1 WHERE id = %s", lambda: (rng.randint(1, top),)),
            ("SELECT name FROM customers WHERE id = %s", lambda: (rng.choice(ids),)),
        )
        ready.set()
        started = time.monotonic()
        number = 0
        while not stop.is_set():
            pause = started + number / rate - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            operation = number % len(statements)
            sql, arguments = statements[operation]
            begin = time.time()
            ok = True
            try:
                connection.execute(sql, arguments()).fetchall() if operation == 3 else (
                    connection.execute(sql, arguments())
                )
            except psycopg.Error:
                ok = False
            samples.append((begin, time.time(), operation, ok))
            number += 1
    out.send(samples)
    out.close()


@dataclass
class Writer:
    process: Any
    stop: Any
    pipe: Pipe
    samples: list[Sample]


@contextmanager
def writing(dsn: str, rate: float) -> Iterator[Writer]:
    context = mp.get_context("spawn")
    stop, ready = context.Event(), context.Event()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=writer_main, args=(dsn, rate, stop, ready, sender))
    process.start()
    if not ready.wait(120):
        process.kill()
        raise RuntimeError("the writer did not start")
    writer = Writer(process, stop, receiver, [])
    try:
        yield writer
    finally:
        stop.set()
        writer.samples = receiver.recv() if receiver.poll(120) else []
        process.join(30)


# --- databases ---------------------------------------------------------------------------------
def admin() -> sa.URL:
    return sa.make_url(ADMIN_URLS["postgresql"])


def autocommit(url: sa.URL, *statements: str) -> None:
    engine = sa.create_engine(url, poolclass=NullPool)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)
    engine.dispose()


def build(name: str, rows: int) -> None:
    autocommit(admin(), f'CREATE DATABASE "{name}"')
    autocommit(
        admin().set(database=name),
        "CREATE TABLE customers (id varchar(36) PRIMARY KEY, name text NOT NULL)",
        "CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id varchar(36) NOT NULL "
        "REFERENCES customers (id), total integer NOT NULL)",
        "CREATE TABLE invoices (id bigserial PRIMARY KEY, customer_id varchar(36), amount integer)",
        f"INSERT INTO customers SELECT gen_random_uuid()::text, 'customer ' || g "
        f"FROM generate_series(1, {rows}) g",
        "INSERT INTO orders (customer_id, total) SELECT id, 1 FROM customers",
        "INSERT INTO invoices (customer_id, amount) SELECT id, 2 FROM customers "
        "WHERE random() < 0.25",
        "CREATE INDEX orders_customer_id_idx ON orders (customer_id)",
        "VACUUM ANALYZE",
    )


def copy_of(template: str, name: str) -> None:
    autocommit(admin(), f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def drop(name: str) -> None:
    autocommit(admin(), f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def user_url(name: str) -> str:
    return admin().set(database=name, drivername="postgresql").render_as_string(hide_password=False)


def dsn(name: str) -> str:
    url = admin().set(database=name)
    parts = [f"host={url.host or '127.0.0.1'}", f"port={url.port or 5432}", f"dbname={name}"]
    if url.username:
        parts.append(f"user={url.username}")
    if url.password:
        parts.append(f"password={url.password}")
    return " ".join(parts)


# --- the conversion ----------------------------------------------------------------------------
def cli(*args: str) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(
        [sys.executable, "-m", "schemadoctor", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "200"},
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{args[0]} exited {completed.returncode}: {completed.stderr[-3000:]}")
    return completed


def plan(name: str, method: str, workdir: Path) -> Path:
    path = workdir / f"{name}.sql"
    extra = ["--online-above", str(10**12)] if method == "rewrite" else []
    cli("plan", user_url(name), "--rules", "uuid-as-text", "-o", str(path), *extra)
    return path


def apply(name: str, path: Path) -> dict[str, Any]:
    return json.loads(
        cli("apply", user_url(name), "--plan", str(path), "--yes", "-f", "json").stdout
    )


# --- figures -----------------------------------------------------------------------------------
@dataclass
class Figures:
    method: str
    seconds: float
    operations: int
    failed: int
    stall: float
    stall_what: str
    p50: float
    p99: float
    steps: list[tuple[str, float, float]]
    storage: dict[str, Any] | None
    verified: bool


def figures(method: str, report: dict[str, Any], samples: list[Sample]) -> Figures:
    steps = [
        (step["title"], step["started"], step["finished"])
        for step in report["steps"]
        if step["started"]
    ]
    start, end = min(s[1] for s in steps), max(s[2] for s in steps)
    overlapping = [s for s in samples if s[0] <= end and s[1] >= start]
    inside = sorted(s[1] - s[0] for s in samples if start <= s[0] <= end) or [0.0]
    longest = max(overlapping, key=lambda s: s[1] - s[0], default=None)
    what = ""
    if longest is not None:
        during = next(
            (title for title, first, last in steps if first <= longest[0] <= last),
            "between steps",
        )
        what = f"{OPERATIONS[longest[2]]}, started during: {during}"
    return Figures(
        method=method,
        seconds=end - start,
        operations=len(inside),
        failed=sum(not s[3] for s in overlapping),
        stall=(longest[1] - longest[0]) if longest is not None else 0.0,
        stall_what=what,
        p50=statistics.median(inside),
        p99=inside[min(len(inside) - 1, int(len(inside) * 0.99))],
        steps=steps,
        storage=report.get("storage"),
        verified=bool((report.get("verification") or {}).get("passed")),
    )


def measure(name: str, method: str, rate: float, workdir: Path) -> Figures:
    path = plan(name, method, workdir)
    with writing(dsn(name), rate) as writer:
        time.sleep(WARMUP)
        report = apply(name, path)
        time.sleep(WARMUP)
    return figures(method, report, writer.samples)


def storage_lines(storage: dict[str, Any] | None) -> list[str]:
    if not storage:
        return ["  storage: not measured"]
    from schemadoctor.model.storage import TableStorage
    from schemadoctor.model.storage import storage_lines as lines

    before = [TableStorage.from_dict(item) for item in storage["before"]]
    after = [TableStorage.from_dict(item) for item in storage["after"]]
    return [f"  {line}" for line in lines(before, after)] + (
        [f"  note: {storage['note']}"] if storage.get("note") else []
    )


def report(results: list[Figures], rows: int, rate: float) -> None:
    print()
    print(
        f"customers: {rows:,} rows; orders: {rows:,}; invoices: ~{rows // 4:,}; writer {rate:g}/s"
    )
    header = (
        f"{'method':<9} {'apply s':>8} {'ops':>6} {'failed':>6} {'longest stall s':>15} "
        f"{'p50 ms':>7} {'p99 ms':>8} {'verified':>8}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.method:<9} {r.seconds:>8.1f} {r.operations:>6} {r.failed:>6} {r.stall:>15.3f} "
            f"{r.p50 * 1000:>7.1f} {r.p99 * 1000:>8.1f} {'yes' if r.verified else 'NO':>8}"
        )
    for r in results:
        print(f"\n{r.method}: longest stall {r.stall:.3f}s ({r.stall_what})")
        for title, first, last in r.steps:
            print(f"  {last - first:8.2f}s  {title}")
        print("storage measured by apply (before -> after):")
        for line in storage_lines(r.storage):
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=2_000_000, help="customers (and orders)")
    parser.add_argument("--rate", type=float, default=200.0, help="writer operations per second")
    parser.add_argument("--methods", default="online,rewrite")
    args = parser.parse_args()
    token = uuid.uuid4().hex[:8]
    template = f"sd_bench_uuid_{token}_base"
    created = [template]
    results = []
    try:
        print(f"building customers, orders ({args.rows:,} rows each) and invoices", flush=True)
        begun = time.monotonic()
        build(template, args.rows)
        print(f"  built in {time.monotonic() - begun:.0f}s", flush=True)
        with tempfile.TemporaryDirectory(prefix="sd-bench-") as directory:
            for number, method in enumerate(m.strip() for m in args.methods.split(",")):
                name = f"sd_bench_uuid_{token}_{number}"
                created.append(name)
                copy_of(template, name)
                print(
                    f"  {method}: converting while the writer runs at {args.rate:g}/s", flush=True
                )
                result = measure(name, method, args.rate, Path(directory))
                print(
                    f"    {result.seconds:.1f}s, longest stall {result.stall:.3f}s "
                    f"({result.stall_what})",
                    flush=True,
                )
                results.append(result)
    finally:
        for name in created:
            drop(name)
    report(results, args.rows, args.rate)


if __name__ == "__main__":
    main()
