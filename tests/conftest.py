"""Scratch databases on real servers.

Every test that needs a database gets its own: a fresh PostgreSQL database, a fresh MariaDB/MySQL
database, or a fresh SQLite file, dropped afterwards. Servers are found at the addresses in
SCHEMADOCTOR_TEST_POSTGRESQL / SCHEMADOCTOR_TEST_MYSQL (defaults: the loopback servers of the
development machine). With CI=true a server that cannot be reached fails the test; elsewhere the
test is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

POSTGRESQL_ADMIN = os.environ.get(
    "SCHEMADOCTOR_TEST_POSTGRESQL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
MYSQL_ADMIN = os.environ.get("SCHEMADOCTOR_TEST_MYSQL", "mysql+pymysql://root@127.0.0.1:3306/test")
IN_CI = os.environ.get("CI", "").lower() == "true"
ENGINES = ("postgresql", "mysql", "sqlite")


@cache
def _unreachable(admin_url: str) -> str | None:
    """None when the server answers, else why not."""
    try:
        engine = sa.create_engine(
            admin_url, poolclass=NullPool, connect_args={"connect_timeout": 5}
        )
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        engine.dispose()
        return None
    except Exception as exc:  # any failure means "not usable here"
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


def require_server(dialect: str) -> None:
    admin = {"postgresql": POSTGRESQL_ADMIN, "mysql": MYSQL_ADMIN}.get(dialect)
    if admin is None:
        return
    reason = _unreachable(admin)
    if reason is None:
        return
    message = f"{dialect} server not reachable at {sa.make_url(admin).render_as_string()}: {reason}"
    if IN_CI:
        pytest.fail(message + " (CI=true: a missing server is a failure)")
    pytest.skip(message)


@dataclass
class ScratchDatabase:
    """A database made for one test. `url` is what a user would pass to schemadoctor."""

    dialect: str
    url: str
    engine: sa.Engine
    path: Path | None = None

    def run(self, *statements: str) -> None:
        """Execute DDL/DML with autocommit (PostgreSQL's CONCURRENTLY needs it)."""
        if self.dialect == "sqlite":
            connection = sqlite3.connect(self.path)
            try:
                connection.executescript(";\n".join(statements) + ";")
                connection.commit()
            finally:
                connection.close()
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        with self.engine.connect() as connection:
            return [tuple(row) for row in connection.exec_driver_sql(sql)]

    def scalar(self, sql: str) -> Any:
        return self.query(sql)[0][0]

    def quote(self, identifier: str) -> str:
        return self.engine.dialect.identifier_preparer.quote_identifier(identifier)


@pytest.fixture
def postgresql_db() -> Iterator[ScratchDatabase]:
    yield from _server_database("postgresql")


@pytest.fixture
def mysql_db() -> Iterator[ScratchDatabase]:
    yield from _server_database("mysql")


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[ScratchDatabase]:
    yield from _sqlite_database(tmp_path)


@pytest.fixture(params=ENGINES)
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ScratchDatabase]:
    """The same test on PostgreSQL, MariaDB/MySQL and SQLite."""
    if request.param == "sqlite":
        yield from _sqlite_database(tmp_path)
    else:
        yield from _server_database(request.param)


def _sqlite_database(tmp_path: Path) -> Iterator[ScratchDatabase]:
    path = tmp_path / f"scratch_{uuid.uuid4().hex[:8]}.db"
    sqlite3.connect(path).close()
    engine = sa.create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        yield ScratchDatabase("sqlite", str(path), engine, path)
    finally:
        engine.dispose()


def _server_database(dialect: str) -> Iterator[ScratchDatabase]:
    require_server(dialect)
    admin_url = sa.make_url(POSTGRESQL_ADMIN if dialect == "postgresql" else MYSQL_ADMIN)
    name = f"sd_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, poolclass=NullPool)
    quote = admin.dialect.identifier_preparer.quote_identifier
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        suffix = " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" if dialect == "mysql" else ""
        connection.exec_driver_sql(f"CREATE DATABASE {quote(name)}{suffix}")
    url = admin_url.set(database=name)
    engine = sa.create_engine(url, poolclass=NullPool)
    scheme = "postgresql" if dialect == "postgresql" else "mysql"
    user_url = url.set(drivername=scheme).render_as_string(hide_password=False)
    try:
        yield ScratchDatabase(dialect, user_url, engine)
    finally:
        engine.dispose()
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            force = " WITH (FORCE)" if dialect == "postgresql" else ""
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {quote(name)}{force}")
        admin.dispose()


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 300
) -> CliResult:
    """Run the real command line in a child process, as a user would."""
    completed = subprocess.run(
        [sys.executable, "-m", "schemadoctor", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        timeout=timeout,
        check=False,
    )
    return CliResult(completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture
def cli() -> Any:
    return run_cli


def adapter_for(dialect: str) -> Any:
    """The adapter of a scratch database's engine (the test server speaking MySQL is MariaDB)."""
    from schemadoctor.engines import adapter_named

    return adapter_named("mariadb" if dialect == "mysql" else dialect)


def renderer_for(dialect: str, **settings: Any) -> Any:
    from schemadoctor.engines.rendering import RenderSettings

    return adapter_for(dialect).renderer(RenderSettings(**settings))


def check_findings(
    url: str,
    *rule_ids: str,
    extra_options: dict[str, dict[str, Any]] | None = None,
    **options: Any,
) -> list[Any]:
    """Run check in-process (faster than the CLI) and return the findings of `rule_ids`;
    `extra_options` are rule options as the configuration would give them."""
    from schemadoctor.check import run_check, select_rules
    from schemadoctor.config import Config
    from schemadoctor.engines.database import open_database
    from schemadoctor.rules import all_rules
    from schemadoctor.rules.options import parse_options

    config = Config(
        rule_options={
            rule_id: parse_options(all_rules()[rule_id].Options, values, rule_id)
            for rule_id, values in (extra_options or {}).items()
        }
    )
    database = open_database(url)
    try:
        result = run_check(database, config, select_rules(config, list(rule_ids)), **options)
    finally:
        database.dispose()
    return result.findings
