"""What foreign-key inference costs on big schemas and big tables.

1. Schema size: a synthetic schema of N tables (default 400; tests/synthetic.py `generate`,
   references in several naming styles, decoys) with no rows, on each engine: time of the whole
   `schemadoctor check` (CLI, default rules) and of inference alone, with precision/recall.
2. Table size: on PostgreSQL and MariaDB, a database whose largest table has 10 million rows
   (`orders`, referencing `customers` (100k rows) and `products` (10k rows) without foreign
   keys, a few orphans planted) built once with generate_series / MariaDB's sequence engine.
   Reported: `SELECT count(*)` of the largest table, the data probes of check (inference) and
   the whole `check --rules missing-foreign-key` (CLI), and their ratios. The probes sample the
   child for inclusion (TABLESAMPLE on PostgreSQL, LIMIT elsewhere), then count the orphans of
   each chosen reference exactly in one anti-join pass over its column, on tables of up to 2
   million rows by default (rule option `exact_orphans`): above that the sample answers. Both
   the default and `exact_orphans = true` are measured.

    python benchmarks/fk_probe_scale.py                      # both parts, both engines
    python benchmarks/fk_probe_scale.py --tables 400 --rows 0
    python benchmarks/fk_probe_scale.py --tables 0 --rows 10000000 --engines postgresql --keep

`--keep` leaves the big databases (`sd_bench_scale_rows`) for another run, which then reuses
them; without it they are dropped at the end.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import synthetic
from _servers import ADMIN_URLS
from schemadoctor.catalog import reflect
from schemadoctor.catalog.model import Catalog
from schemadoctor.check import DEFAULT_MIN_CONFIDENCE
from schemadoctor.connect import Database, open_database
from schemadoctor.infer import Inference, InferredForeignKey, Settings, run_inference

ADMIN = {"postgresql": ADMIN_URLS["postgresql"], "mysql": ADMIN_URLS["mariadb"]}
BIG_NAME = "sd_bench_scale_rows"


def cli_check(url: str, *rules: str) -> tuple[float, list[dict]]:
    command = [sys.executable, "-m", "schemadoctor", "check", url, "--format", "json"]
    command += ["--fail-on", "never", "--min-confidence", "0"]
    if rules:
        command += ["--rules", ",".join(rules)]
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr.strip())
    return seconds, json.loads(completed.stdout)["findings"]


@contextmanager
def server_database(engine: str, name: str, keep: bool = False) -> Iterator[tuple[str, bool]]:
    """(url, existed) for database `name`, created if missing, dropped at the end unless kept."""
    admin = sa.create_engine(ADMIN[engine], poolclass=NullPool)
    quote = admin.dialect.identifier_preparer.quote_identifier
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if engine == "postgresql":
            existed = bool(
                connection.exec_driver_sql(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
                ).first()
            )
        else:
            existed = bool(
                connection.exec_driver_sql(
                    "SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (name,)
                ).first()
            )
        if not existed:
            connection.exec_driver_sql(f"CREATE DATABASE {quote(name)}")
    url = sa.make_url(ADMIN[engine]).set(database=name)
    scheme = "postgresql" if engine == "postgresql" else "mysql"
    try:
        yield url.set(drivername=scheme).render_as_string(hide_password=False), existed
    finally:
        if not keep:
            with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                force = " WITH (FORCE)" if engine == "postgresql" else ""
                connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {quote(name)}{force}")
        admin.dispose()


def execute(url: str, statements: list[str]) -> None:
    engine = sa.create_engine(
        sa.make_url(url).set(
            drivername="postgresql+psycopg" if url.startswith("postgresql") else "mysql+pymysql"
        ),
        poolclass=NullPool,
    )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)
    engine.dispose()


# --- 1. many tables ----------------------------------------------------------------------


def schema_size(engines: list[str], tables: int) -> None:
    schema = synthetic.generate(tables=tables, seed=7, rows=0)
    print(
        f"\n== {tables} tables, no rows ({len(schema.planted)} planted references, "
        f"{len(schema.decoys)} decoys)"
    )
    print(f"{'engine':<11} {'check s':>8} {'inference s':>12} {'prec':>6} {'recall':>7}")
    for engine in engines:
        with _schema_database(engine, schema) as url:
            seconds, _ = cli_check(url)  # every default rule, as a user runs it
            database = open_database(url)
            try:
                catalog = reflect(database)
                started = time.perf_counter()
                inference = run_inference(catalog, database, Settings())
                inference_seconds = time.perf_counter() - started
            finally:
                database.dispose()
            found = {
                (fk.candidate.table.name, fk.candidate.columns)
                for fk in inference.foreign_keys
                if fk.confidence >= DEFAULT_MIN_CONFIDENCE
            }
            truth = {(table, columns) for table, columns, _, _ in schema.planted}
            tp = len(found & truth)
            precision = tp / len(found) if found else 1.0
            recall = tp / len(truth) if truth else 1.0
            print(
                f"{engine:<11} {seconds:>8.2f} {inference_seconds:>12.2f} "
                f"{precision:>6.3f} {recall:>7.3f}"
            )


@contextmanager
def _schema_database(engine: str, schema: synthetic.Schema) -> Iterator[str]:
    statements = synthetic.statements(schema, engine)
    if engine == "sqlite":
        directory = Path(tempfile.mkdtemp(prefix="sd_bench_"))
        path = directory / "scale.sqlite"
        connection = sqlite3.connect(path)
        connection.executescript(";\n".join(statements) + ";")
        connection.close()
        try:
            yield str(path)
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        return
    with server_database(engine, f"sd_bench_scale_{uuid.uuid4().hex[:8]}") as (url, _):
        execute(url, statements)
        yield url


# --- 2. big tables -----------------------------------------------------------------------


def _big_statements(engine: str, rows: int) -> list[str]:
    customers, products = 100_000, 10_000
    if engine == "postgresql":
        series = "generate_series(1, {n}) AS g(n)"
        return [
            "CREATE TABLE customers (id integer PRIMARY KEY, name text)",
            "CREATE TABLE products (id integer PRIMARY KEY, name text)",
            "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer, "
            "product_id integer, amount numeric(10,2), created_at timestamp)",
            f"INSERT INTO customers SELECT n, 'c' || n FROM {series.format(n=customers)}",
            f"INSERT INTO products SELECT n, 'p' || n FROM {series.format(n=products)}",
            f"INSERT INTO orders SELECT n, mod(n, {customers}) + 1, mod(n, {products}) + 1, "
            "mod(n, 1000) / 10.0, timestamp '2024-01-01' + n * interval '1 second' "
            f"FROM {series.format(n=rows)}",
            # The classic missing constraint: a handful of orphans in a big table.
            "UPDATE orders SET customer_id = customer_id + 1000000 WHERE mod(id, 2000000) = 7",
            "VACUUM ANALYZE customers",
            "VACUUM ANALYZE products",
            "VACUUM ANALYZE orders",
        ]
    sequence = "seq_1_to_{n}"
    return [
        "CREATE TABLE customers (id int PRIMARY KEY, name varchar(20)) ENGINE=InnoDB",
        "CREATE TABLE products (id int PRIMARY KEY, name varchar(20)) ENGINE=InnoDB",
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int, product_id int, "
        "amount decimal(10,2), created_at datetime) ENGINE=InnoDB",
        f"INSERT INTO customers SELECT seq, concat('c', seq) FROM {sequence.format(n=customers)}",
        f"INSERT INTO products SELECT seq, concat('p', seq) FROM {sequence.format(n=products)}",
        f"INSERT INTO orders SELECT seq, mod(seq, {customers}) + 1, mod(seq, {products}) + 1, "
        f"mod(seq, 1000) / 10, '2024-01-01' + INTERVAL seq SECOND FROM {sequence.format(n=rows)}",
        "UPDATE orders SET customer_id = customer_id + 1000000 WHERE mod(id, 2000000) = 7",
        "ANALYZE TABLE customers, products, orders",
    ]


def _best_of(repeat: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def table_size(engines: list[str], rows: int, keep: bool, repeat: int) -> None:
    print(f"\n== largest table {rows:,} rows (orders -> customers 100k, products 10k)")
    header = f"{'engine':<11} {'count(*) s':>10} {'probes s':>9} {'probes/count':>13}"
    print(f"{header} {'check s':>8} {'check/count':>12} {'exact s':>8} {'exact/count':>12}")
    print("  (probes and check: default options, the 10M-row table is sampled; exact: the")
    print("   probes with exact_orphans = true, one anti-join pass per chosen reference)")
    for engine in engines:
        with server_database(engine, BIG_NAME, keep) as (url, existed):
            if not existed:
                started = time.perf_counter()
                execute(url, _big_statements(engine, rows))
                print(f"  ({engine}: built in {time.perf_counter() - started:.0f} s)")
            database = open_database(url, statement_timeout=600)
            try:
                with database.connect() as connection:
                    count_seconds = _best_of(
                        repeat,
                        lambda: connection.exec_driver_sql("SELECT count(*) FROM orders").scalar(),
                    )
                catalog = reflect(database)
                inferences: list[Inference] = []

                def probe(
                    settings: Settings,
                    catalog: Catalog = catalog,
                    database: Database = database,
                    inferences: list[Inference] = inferences,
                ) -> None:
                    inferences.append(run_inference(catalog, database, settings))

                probe_seconds = _best_of(repeat, lambda: probe(Settings()))
                default = inferences[-1]
                exact_seconds = _best_of(repeat, lambda: probe(Settings(exact_rows=None)))
                exact = inferences[-1]
            finally:
                database.dispose()
            check_seconds = min(cli_check(url, "missing-foreign-key")[0] for _ in range(repeat))
            print(
                f"{engine:<11} {count_seconds:>10.2f} {probe_seconds:>9.2f} "
                f"{probe_seconds / count_seconds:>13.2f} {check_seconds:>8.2f} "
                f"{check_seconds / count_seconds:>12.2f} {exact_seconds:>8.2f} "
                f"{exact_seconds / count_seconds:>12.2f}"
            )
            for label, inference in (("default", default), ("exact", exact)):
                print(f"    {label}: " + "; ".join(_describe(fk) for fk in inference.foreign_keys))


def _describe(fk: InferredForeignKey) -> str:
    data = fk.data
    counted = "exact" if data.orphans_exact else f"in a sample of {data.rows} rows"
    return (
        f"{fk.candidate.table.name}.{fk.candidate.columns[0]} -> "
        f"{fk.candidate.referred_table.name} conf {fk.confidence:.2f} "
        f"orphans {data.orphans} ({counted})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=int, default=400)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--engines", default="postgresql,mysql")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    engines = [engine for engine in args.engines.split(",") if engine]
    if args.tables:
        schema_size([*engines, "sqlite"] if "sqlite" not in engines else engines, args.tables)
    if args.rows:
        table_size([e for e in engines if e != "sqlite"], args.rows, args.keep, args.repeat)


if __name__ == "__main__":
    main()
