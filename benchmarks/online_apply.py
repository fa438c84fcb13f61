"""Do writers keep flowing while `schemadoctor apply` adds an index and a foreign key to a big
table, compared with the naive DDL? Measured on PostgreSQL and MariaDB.

For each engine and method, a fresh database gets a parent table (100k rows) and a child table
(5M rows by default) whose `parent_id` has neither an index nor a foreign key. A writer process
(its own OS process and connection over 127.0.0.1) inserts and updates rows of both tables at a
steady rate (200 writes/s), one autocommit transaction per write, recording each write's start
and end. While it writes, the DDL runs:

- `apply`: the real CLI, `schemadoctor apply URL --plan FILE --yes`, on a plan rendered by
  schemadoctor's renderer for the engine from the changes "index child(parent_id)", "add the
  foreign key", "validate it" (PostgreSQL: CREATE INDEX CONCURRENTLY, ADD ... NOT VALID,
  VALIDATE; MariaDB: ADD INDEX ALGORITHM=INPLACE LOCK=NONE, ADD FOREIGN KEY with
  foreign_key_checks=0 INPLACE, then a read-only orphan check);
- `apply (copy FK)`, MariaDB only: the same with the foreign key added the way InnoDB checks it
  itself (foreign_key_checks=1: ALGORITHM=COPY);
- `naive`: `CREATE INDEX` then a plain `ALTER TABLE ... ADD FOREIGN KEY` on the same connection.

The DDL window is from the first step's start to the last step's end (apply reports them in its
JSON output). Printed per engine and method: DDL duration, writes started in the window, the
longest single write (a stall: the writer always has a write pending), and p50/p99 write latency
in the window. Databases are dropped at the end.

    python benchmarks/online_apply.py                        # both engines, 5M rows
    python benchmarks/online_apply.py --rows 200000 --engines postgresql   # a quick look

Servers: SCHEMADOCTOR_BENCH_POSTGRESQL / SCHEMADOCTOR_BENCH_MYSQL (admin URLs; defaults are the
loopback servers of the development machine).
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection as Pipe
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from _servers import ADMIN_URLS
from schemadoctor.engines import adapter_named
from schemadoctor.engines.rendering import RenderSettings
from schemadoctor.model.catalog import ForeignKey, Index, IndexElement, TableName
from schemadoctor.model.changes import AddForeignKey, Change, CreateIndex, ValidateConstraint

PARENTS = 100_000
WARMUP = 5.0
"""Seconds the writer runs before the DDL starts, and after it ends."""


# --- the writer --------------------------------------------------------------------------------
def writer_main(
    url: str, dialect: str, rate: float, rows: int, stop: Any, ready: Any, out: Pipe
) -> None:
    """Separate process: one connection, one write per 1/rate seconds (never skipped: a write
    that is late because the previous one stalled starts at once), each its own transaction."""
    engine = sa.create_engine(url, poolclass=NullPool)
    rng = random.Random(7)
    samples: list[Sample] = []
    next_parent, next_child = PARENTS + 1, rows + 1
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        raw = connection.connection.driver_connection
        cursor = raw.cursor()  # type: ignore[union-attr]
        param = "%s"
        operations: list[Callable[[], None]] = []

        def insert_parent() -> None:
            nonlocal next_parent
            cursor.execute(
                f"INSERT INTO parent (id, name, updated_at) VALUES ({param}, {param}, now())",
                (next_parent, f"new parent {next_parent}"),
            )
            next_parent += 1

        def insert_child() -> None:
            nonlocal next_child
            cursor.execute(
                "INSERT INTO child (id, parent_id, amount, note, created_at) "
                f"VALUES ({param}, {param}, {param}, 'new', now())",
                (next_child, rng.randint(1, PARENTS), rng.randint(0, 999)),
            )
            next_child += 1

        def update_child() -> None:
            cursor.execute(
                f"UPDATE child SET amount = amount + 1 WHERE id = {param}",
                (rng.randint(1, rows),),
            )

        def update_parent() -> None:
            cursor.execute(
                f"UPDATE parent SET updated_at = now() WHERE id = {param}",
                (rng.randint(1, PARENTS),),
            )

        operations = [insert_parent, insert_child, update_child, update_parent]
        ready.set()
        started, wall = time.monotonic(), time.time()
        number = 0
        while not stop.is_set():
            due = started + number / rate
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            begin = time.time()
            ok = True
            try:
                operations[number % len(operations)]()
            except Exception:  # a failed write is recorded, not fatal: the run goes on
                ok = False
            samples.append((wall + number / rate, begin, time.time(), number % len(operations), ok))
            number += 1
        cursor.close()
    engine.dispose()
    out.send(samples)
    out.close()


Sample = tuple[float, float, float, int, bool]
"""(due, start, end, operation, succeeded): wall-clock seconds; `due` is when the write was
scheduled, so that a write delayed behind a stalled one counts its wait too."""
OPERATIONS = ("insert parent", "insert child", "update child", "update parent")


@dataclass
class Writer:
    process: mp.Process
    stop: Any
    pipe: Pipe
    samples: list[Sample] = field(default_factory=list)


@contextmanager
def writing(url: str, dialect: str, rate: float, rows: int) -> Iterator[Writer]:
    context = mp.get_context("spawn")
    stop, ready = context.Event(), context.Event()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=writer_main, args=(url, dialect, rate, rows, stop, ready, sender), daemon=True
    )
    process.start()
    if not ready.wait(60):
        process.kill()
        raise RuntimeError("the writer did not start")
    writer = Writer(process, stop, receiver)
    try:
        yield writer
    finally:
        stop.set()
        writer.samples = receiver.recv() if receiver.poll(120) else []
        process.join(30)


# --- databases ---------------------------------------------------------------------------------
def admin_engine(engine_name: str) -> sa.Engine:
    return sa.create_engine(ADMIN_URLS[engine_name], poolclass=NullPool)


def database_url(engine_name: str, name: str) -> sa.URL:
    return sa.make_url(ADMIN_URLS[engine_name]).set(database=name)


def user_url(url: sa.URL) -> str:
    scheme = "postgresql" if url.get_backend_name() == "postgresql" else "mysql"
    return url.set(drivername=scheme).render_as_string(hide_password=False)


def autocommit(url: sa.URL, *statements: str) -> None:
    engine = sa.create_engine(url, poolclass=NullPool)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)
    engine.dispose()


def build(engine_name: str, name: str, rows: int) -> None:
    admin = sa.make_url(ADMIN_URLS[engine_name])
    if engine_name == "postgresql":
        autocommit(admin, f'CREATE DATABASE "{name}"')
        autocommit(
            admin.set(database=name),
            "CREATE TABLE parent (id bigint PRIMARY KEY, name text NOT NULL, "
            "updated_at timestamptz)",
            "CREATE TABLE child (id bigint PRIMARY KEY, parent_id bigint NOT NULL, "
            "amount integer NOT NULL, note text, created_at timestamptz NOT NULL)",
            "INSERT INTO parent SELECT g, 'parent ' || g, now() "
            f"FROM generate_series(1, {PARENTS}) g",
            f"INSERT INTO child SELECT g, 1 + mod(g, {PARENTS}), mod(g, 1000), 'note', now() "
            f"FROM generate_series(1, {rows}) g",
            "VACUUM ANALYZE parent",
            "VACUUM ANALYZE child",
        )
        return
    autocommit(admin, f"CREATE DATABASE `{name}`")
    statements = [
        "CREATE TABLE parent (id BIGINT PRIMARY KEY, name VARCHAR(60) NOT NULL, "
        "updated_at DATETIME) ENGINE=InnoDB",
        "CREATE TABLE child (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL, "
        "amount INT NOT NULL, note VARCHAR(40), created_at DATETIME NOT NULL) ENGINE=InnoDB",
        f"INSERT INTO parent SELECT seq, CONCAT('parent ', seq), NOW() FROM seq_1_to_{PARENTS}",
    ]
    batch = 500_000
    for first in range(1, rows + 1, batch):
        last = min(rows, first + batch - 1)
        statements.append(
            f"INSERT INTO child SELECT seq, 1 + MOD(seq, {PARENTS}), MOD(seq, 1000), 'note', NOW() "
            f"FROM seq_{first}_to_{last}"
        )
    statements.append("ANALYZE TABLE parent, child")
    autocommit(admin.set(database=name), *statements)


def copy_of(engine_name: str, template: str, name: str, rows: int) -> None:
    """An identical fresh copy: PostgreSQL clones the template database (a file copy); MariaDB
    has no such thing, so the tables are built again the same way."""
    if engine_name == "postgresql":
        autocommit(
            sa.make_url(ADMIN_URLS[engine_name]), f'CREATE DATABASE "{name}" TEMPLATE "{template}"'
        )
    else:
        build(engine_name, name, rows)


def drop(engine_name: str, name: str) -> None:
    admin = sa.make_url(ADMIN_URLS[engine_name])
    if engine_name == "postgresql":
        autocommit(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        autocommit(admin, f"DROP DATABASE IF EXISTS `{name}`")


# --- the DDL -----------------------------------------------------------------------------------
def plan_changes(engine_name: str) -> list[Change]:
    schema = "public" if engine_name == "postgresql" else None
    child, parent = TableName(schema, "child"), TableName(schema, "parent")
    foreign_key = ForeignKey("child_parent_id_fkey", ("parent_id",), parent, ("id",))
    return [
        CreateIndex(
            table=child,
            index=Index(name="child_parent_id_idx", elements=(IndexElement("parent_id"),)),
            reason="index the referencing column first",
        ),
        AddForeignKey(table=child, foreign_key=foreign_key, reason="declare the reference"),
        ValidateConstraint(table=child, constraint="child_parent_id_fkey", reason="check old rows"),
    ]


def run_apply(
    engine_name: str, url: str, fk_method: str, workdir: Path
) -> tuple[float, float, dict[str, Any]]:
    adapter = adapter_named("postgresql" if engine_name == "postgresql" else "mariadb")
    renderer = adapter.renderer(RenderSettings(mysql_fk=fk_method))
    script = renderer.render(plan_changes(engine_name))
    plan = workdir / f"plan-{engine_name}-{fk_method}.sql"
    plan.write_text(script.to_sql(), encoding="utf-8")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "schemadoctor",
            "apply",
            url,
            "--plan",
            str(plan),
            "--yes",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "200"},
    )
    if completed.returncode != 0:
        raise RuntimeError(f"apply exited {completed.returncode}: {completed.stderr[-2000:]}")
    report = json.loads(completed.stdout)
    starts = [step["started"] for step in report["steps"] if step["started"]]
    ends = [step["finished"] for step in report["steps"] if step["finished"]]
    return min(starts), max(ends), report


def run_naive(engine_name: str, url: sa.URL) -> tuple[float, float, dict[str, Any]]:
    engine = sa.create_engine(url, poolclass=NullPool)
    steps = [
        "CREATE INDEX child_parent_id_idx ON child (parent_id)",
        "ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) "
        "REFERENCES parent (id)",
    ]
    timings = []
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for statement in steps:
            begin = time.time()
            connection.exec_driver_sql(statement)
            timings.append({"title": statement, "started": begin, "finished": time.time()})
    engine.dispose()
    return timings[0]["started"], timings[-1]["finished"], {"steps": timings}


# --- figures -----------------------------------------------------------------------------------
@dataclass
class Figures:
    engine: str
    method: str
    seconds: float
    writes: int
    """Writes that completed inside the DDL window."""
    expected: int
    """Writes due in the window at the writer's rate."""
    failed: int
    stall: float
    """The longest single write overlapping the window."""
    stall_during: str
    """The step running when that write started."""
    p50: float
    p99: float
    """Latency (start to end) of the writes started in the window."""
    p99_due: float
    """p99 of the writes due in the window, counted from when each was due: it adds the wait
    behind a stalled write, and any lag of the writer itself (a busy CPU)."""
    steps: list[tuple[str, float, float]]


def figures(
    engine_name: str,
    method: str,
    window: tuple[float, float],
    samples: list[Sample],
    rate: float,
    steps: list[tuple[str, float, float]],
) -> Figures:
    start, end = window
    due = [s for s in samples if start <= s[0] <= end]
    started = [s for s in samples if start <= s[1] <= end]
    overlapping = [s for s in samples if s[1] <= end and s[2] >= start]
    latencies = sorted(s[2] - s[1] for s in started) or [0.0]
    from_due = sorted(s[2] - s[0] for s in due) or [0.0]
    longest = max(overlapping, key=lambda s: s[2] - s[1], default=None)
    during = ""
    if longest is not None:
        during = next(
            (title for title, first, last in steps if first <= longest[1] <= last),
            "between steps",
        )
        during = f"{OPERATIONS[longest[3]]}, during: {during}"
    return Figures(
        engine=engine_name,
        method=method,
        seconds=end - start,
        writes=sum(start <= s[2] <= end for s in samples),
        expected=len(due),
        failed=sum(not s[4] for s in due),
        stall=(longest[2] - longest[1]) if longest is not None else 0.0,
        stall_during=during,
        p50=statistics.median(latencies),
        p99=_percentile(latencies, 0.99),
        p99_due=_percentile(from_due, 0.99),
        steps=steps,
    )


def _percentile(ordered: list[float], fraction: float) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def measure(
    engine_name: str, method: str, name: str, rows: int, rate: float, workdir: Path
) -> Figures:
    url = database_url(engine_name, name)
    with writing(url.render_as_string(hide_password=False), engine_name, rate, rows) as writer:
        time.sleep(WARMUP)
        if method == "naive":
            start, end, report = run_naive(engine_name, url)
            steps = [(step["title"], step["started"], step["finished"]) for step in report["steps"]]
        else:
            fk_method = "copy" if method == "apply (copy FK)" else "online"
            start, end, report = run_apply(engine_name, user_url(url), fk_method, workdir)
            steps = [
                (step["title"], step["started"], step["finished"])
                for step in report["steps"]
                if step["started"]
            ]
            if not (report.get("verification") or {}).get("passed"):
                print(f"  warning: verification did not pass: {report.get('verification')}")
        time.sleep(WARMUP)
    return figures(engine_name, method, (start, end), writer.samples, rate, steps)


def run_engine(engine_name: str, rows: int, rate: float, workdir: Path) -> list[Figures]:
    token = uuid.uuid4().hex[:8]
    methods = (
        ["apply", "naive"] if engine_name == "postgresql" else ["apply", "apply (copy FK)", "naive"]
    )
    results = []
    template = f"sd_bench_{engine_name[:2]}_{token}_base"
    created: list[str] = []
    try:
        print(
            f"{engine_name}: building parent ({PARENTS:,} rows) and child ({rows:,} rows)",
            flush=True,
        )
        begun = time.monotonic()
        created.append(template)
        build(engine_name, template, rows)
        print(f"  built in {time.monotonic() - begun:.0f}s", flush=True)
        for number, method in enumerate(methods):
            if number == 0 and engine_name != "postgresql":
                name = template  # MariaDB: the first method uses the database just built
            else:
                name = f"sd_bench_{engine_name[:2]}_{token}_{number}"
                created.append(name)
                copy_of(engine_name, template, name, rows)
            print(f"  {method}: writing at {rate:g}/s while the DDL runs", flush=True)
            result = measure(engine_name, method, name, rows, rate, workdir)
            print(
                f"    DDL {result.seconds:.1f}s, longest stall {result.stall:.3f}s "
                f"({result.stall_during}), p99 {result.p99 * 1000:.1f} ms",
                flush=True,
            )
            results.append(result)
    finally:
        for name in created:
            drop(engine_name, name)
    return results


def print_table(results: list[Figures]) -> None:
    header = (
        f"{'engine':<11} {'method':<16} {'DDL s':>7} {'writes':>7} {'due':>6} "
        f"{'longest stall s':>15} {'p50 ms':>7} {'p99 ms':>8} {'p99 from due ms':>15}"
    )
    print()
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.engine:<11} {r.method:<16} {r.seconds:>7.2f} {r.writes:>7} {r.expected:>6} "
            f"{r.stall:>15.3f} {r.p50 * 1000:>7.1f} {r.p99 * 1000:>8.1f} "
            f"{r.p99_due * 1000:>15.1f}" + (f"  ({r.failed} failed)" if r.failed else "")
        )
    print(
        "\nwrites: completed in the DDL window; due: scheduled in it at the writer's rate; "
        "longest stall: the longest single write overlapping the window; p50/p99: latency of "
        "the writes started in the window; p99 from due: counted from when each write was "
        "scheduled (adds the wait behind a stalled write, and any lag of the writer itself)."
    )
    print()
    for r in results:
        print(f"{r.engine} / {r.method}: longest stall: {r.stall:.3f}s ({r.stall_during})")
        for title, first, last in r.steps:
            print(f"  {last - first:7.2f}s  {title}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engines", default="postgresql,mariadb")
    parser.add_argument("--rows", type=int, default=5_000_000, help="child rows")
    parser.add_argument("--rate", type=float, default=200.0, help="writes per second")
    args = parser.parse_args()
    results: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="sd-bench-") as directory:
        for engine_name in args.engines.split(","):
            results.extend(run_engine(engine_name.strip(), args.rows, args.rate, Path(directory)))
    print_table(results)


if __name__ == "__main__":
    main()
