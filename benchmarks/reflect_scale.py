"""How `schemadoctor check` scales with the number of tables, on PostgreSQL and MariaDB.

For each N it builds a fresh database of N tables (each with a primary key, a foreign key to an
earlier table, a composite foreign key every fifth table, a unique constraint, a CHECK, plain and
composite indexes, some of them deliberately duplicate or missing), times reflection and the
whole check in-process (`run_check` with the default rules, best of --repeat runs) and the CLI
once, then drops the database. Reflection and check are printed in seconds and in
milliseconds per table: a flat ms/table column is linear growth. The machine should be quiet;
other load shows up in the figures.

    python benchmarks/reflect_scale.py                 # N = 50, 200, 800 on both engines
    python benchmarks/reflect_scale.py 100 400 --engines postgresql --repeat 5

Servers: SCHEMADOCTOR_BENCH_POSTGRESQL / SCHEMADOCTOR_BENCH_MYSQL (admin URLs; defaults are the
loopback servers of the development machine).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from _servers import ADMIN_URLS
from schemadoctor.check import run_check, select_rules
from schemadoctor.config import Config
from schemadoctor.engines.database import open_database


@dataclass
class Measurement:
    engine: str
    tables: int
    reflect: float
    check: float
    cli: float
    findings: int
    slowest: str
    """The rule that took longest in the best run, with its seconds."""

    def per_table(self, seconds: float) -> float:
        return 1000 * seconds / self.tables


def schema_ddl(tables: int) -> list[str]:
    """N tables chained by foreign keys; every table gets the same handful of objects, so the
    catalog grows linearly with N."""
    statements = []
    for number in range(tables):
        name = f"t{number:04d}"
        parent = f"t{number - 1:04d}" if number else None
        columns = [
            "id integer NOT NULL PRIMARY KEY",
            "code varchar(40) NOT NULL",
            "parent_id integer",
            "grp integer NOT NULL",
            "amount numeric(12, 2) CHECK (amount >= 0)",
            "created_at timestamp NULL",
            "note varchar(200)",
            f"CONSTRAINT {name}_code_key UNIQUE (code)",
            f"CONSTRAINT {name}_grp_id_key UNIQUE (grp, id)",
        ]
        if parent:
            columns.append(
                f"CONSTRAINT {name}_parent_fk FOREIGN KEY (parent_id) REFERENCES {parent} (id)"
            )
        if parent and number % 5 == 0:
            columns.append("parent_grp integer")
            columns.append(
                f"CONSTRAINT {name}_pair_fk FOREIGN KEY (parent_grp, parent_id) "
                f"REFERENCES {parent} (grp, id)"
            )
        statements.append(f"CREATE TABLE {name} ({', '.join(columns)})")
        statements.append(f"CREATE INDEX {name}_created_idx ON {name} (created_at)")
        statements.append(f"CREATE INDEX {name}_grp_created_idx ON {name} (grp, created_at)")
        if number % 7 == 0:
            statements.append(f"CREATE INDEX {name}_grp_idx ON {name} (grp)")  # redundant
        if number % 11 == 0:
            statements.append(f"CREATE INDEX {name}_created_dup ON {name} (created_at)")
    return statements


@contextmanager
def scratch_database(engine_name: str) -> Iterator[str]:
    """A fresh database, dropped afterwards whatever happens; yields its user URL."""
    admin_url = sa.make_url(ADMIN_URLS[engine_name])
    admin = sa.create_engine(admin_url, poolclass=NullPool)
    name = f"sd_bench_{uuid.uuid4().hex[:10]}"
    quote = admin.dialect.identifier_preparer.quote_identifier
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {quote(name)}")
    scheme = "postgresql" if engine_name == "postgresql" else "mariadb"
    try:
        yield admin_url.set(drivername=scheme, database=name).render_as_string(False)
    finally:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            force = " WITH (FORCE)" if engine_name == "postgresql" else ""
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {quote(name)}{force}")
        admin.dispose()


def build(url: str, tables: int) -> None:
    target = sa.make_url(url)
    driver = "postgresql+psycopg" if target.drivername == "postgresql" else "mysql+pymysql"
    engine = sa.create_engine(target.set(drivername=driver), poolclass=NullPool)
    try:
        with engine.begin() as connection:
            for statement in schema_ddl(tables):
                connection.exec_driver_sql(statement)
            if driver.startswith("postgresql"):
                connection.exec_driver_sql("ANALYZE")
    finally:
        engine.dispose()


def measure(engine_name: str, tables: int, repeat: int) -> Measurement:
    with scratch_database(engine_name) as url:
        build(url, tables)
        config = Config()
        rules = select_rules(config)
        best_reflect = best_check = float("inf")
        findings, slowest = 0, ""
        for _ in range(repeat):
            database = open_database(url)
            try:
                result = run_check(database, config, rules)
            finally:
                database.dispose()
            best_reflect = min(best_reflect, result.timings["reflect"])
            if result.seconds < best_check:
                best_check = result.seconds
                rule, seconds = max(
                    ((k, v) for k, v in result.timings.items() if k != "reflect"),
                    key=lambda item: item[1],
                )
                slowest = f"{rule} {seconds:.3f}"
            findings = len(result.findings)
        started = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, "-m", "schemadoctor", "check", url, "--format", "json"],
            capture_output=True,
            text=True,
            check=False,
        )
        cli = time.perf_counter() - started
        if completed.returncode not in (0, 1):
            raise SystemExit(f"CLI failed on {engine_name}: {completed.stderr.strip()}")
        return Measurement(engine_name, tables, best_reflect, best_check, cli, findings, slowest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[50, 200, 800])
    parser.add_argument("--engines", default="postgresql,mariadb")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    header = (
        f"{'engine':<11} {'tables':>6} {'reflect s':>9} {'ms/table':>8} {'check s':>8} "
        f"{'ms/table':>8} {'CLI s':>6} {'findings':>8}  slowest rule (s)"
    )
    print(header)
    print("-" * len(header))
    for engine_name in args.engines.split(","):
        for tables in args.sizes:
            m = measure(engine_name.strip(), tables, args.repeat)
            print(
                f"{m.engine:<11} {m.tables:>6} {m.reflect:>9.3f} {m.per_table(m.reflect):>8.2f} "
                f"{m.check:>8.3f} {m.per_table(m.check):>8.2f} {m.cli:>6.2f} {m.findings:>8}  "
                f"{m.slowest}",
                flush=True,
            )


if __name__ == "__main__":
    main()
