"""Every workload source, read from what the real engines wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from conftest import ScratchDatabase
from schemadoctor.engines.database import open_database
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.workload.load import load_workload
from schemadoctor.workload.params import instantiate
from workload_support import (
    logged_mysql_engine,
    logged_postgresql_engine,
    mariadb_log,
    own_lines,
    postgresql_log_position,
    postgresql_log_since,
)

SCHEMA = (
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100), status VARCHAR(20))",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total INTEGER)",
)


def _fill(db: ScratchDatabase) -> None:
    db.run(*SCHEMA)
    customers = ", ".join(
        f"({i}, 'c{i}@example.com', '{'active' if i % 4 else 'gone'}')" for i in range(1, 41)
    )
    orders = ", ".join(f"({i}, {i % 40 + 1}, {i * 10})" for i in range(1, 201))
    db.run(
        f"INSERT INTO customers VALUES {customers}",
        f"INSERT INTO orders VALUES {orders}",
    )


def _rows(db: ScratchDatabase, sql: str) -> list[tuple]:
    """Run literal SQL as schemadoctor does: no parameter markers, so `%` is a percent."""
    with db.engine.connect().execution_options(no_parameters=True) as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql)]


def _run_app(engine: sa.Engine) -> None:
    """Five lookups by customer, one report, in one transaction."""
    with engine.begin() as connection:
        for customer in range(1, 6):
            connection.execute(
                sa.text("SELECT id, total FROM orders WHERE customer_id = :customer"),
                {"customer": customer},
            ).all()
        connection.execute(sa.text("SELECT status, count(*) FROM customers GROUP BY status")).all()


# --- PostgreSQL ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["stderr", "csvlog", "jsonlog"])
def test_postgresql_logs(postgresql_db: ScratchDatabase, tmp_path: Path, kind: str) -> None:
    _fill(postgresql_db)
    application = f"sdtest_{kind}"
    positions = postgresql_log_position(postgresql_db)
    engine = logged_postgresql_engine(postgresql_db, application)
    _run_app(engine)
    engine.dispose()
    text = postgresql_log_since(postgresql_db, positions, kind)
    log = tmp_path / {"stderr": "pg.log", "csvlog": "pg.csv", "jsonlog": "pg.json"}[kind]
    log.write_text(own_lines(text, kind, postgresql_db.engine.url.database))

    workload = load_workload(log)
    assert workload.source_kind == "postgresql-log" and workload.dialect == "postgresql"
    lookups = [s for s in workload.reads() if "customer_id" in s.normalized]
    assert len(lookups) == 1
    lookup = lookups[0]
    assert lookup.calls == 5 and lookup.mean_ms is not None and lookup.mean_ms > 0
    # psycopg binds server-side: the log has $1 and the value on the DETAIL line, which make
    # the example runnable.
    assert lookup.has_example and "$1" not in lookup.sql
    assert _rows(postgresql_db, lookup.sql)
    executions = [e for e in workload.executions if "customer_id" in e.sql]
    assert [e.params for e in executions] == [{"1": str(n)} for n in range(1, 6)]
    units = {e.unit for e in executions}
    assert len(units) == 1 and None not in units  # one session, one transaction
    assert not workload.unparsed


def test_stderr_log_without_session_ids_says_which_prefix_to_set(tmp_path: Path) -> None:
    log = tmp_path / "bare.log"
    log.write_text(
        "2026-01-01 10:00:00.000 UTC LOG:  duration: 0.1 ms  statement: SELECT 1\n"
        "2026-01-01 10:00:00.001 UTC LOG:  duration: 0.1 ms  statement: SELECT 2\n"
    )
    workload = load_workload(log)
    assert workload.statements and all(e.unit is None for e in workload.executions)
    assert "%c" in workload.unit_hint and "log_line_prefix" in workload.unit_hint


def test_pg_stat_statements_and_instantiation(postgresql_db: ScratchDatabase) -> None:
    _fill(postgresql_db)
    postgresql_db.run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", "ANALYZE")
    _run_app(postgresql_db.engine)
    database = open_database(postgresql_db.url)
    try:
        workload = load_workload(None, database)
        assert workload.source_kind == "pg_stat_statements"
        lookup = next(
            s for s in workload.reads() if "customer_id" in s.normalized and "WHERE" in s.normalized
        )
        assert lookup.calls >= 5 and lookup.mean_ms is not None
        assert not lookup.has_example and "$1" in lookup.sql
        assert not any("pg_catalog" in s.sql for s in workload.statements)
        filled = instantiate(workload, database)
    finally:
        database.dispose()
    runnable = next(s for s in filled.statements if s.fingerprint == lookup.fingerprint)
    assert runnable.has_example and runnable.instantiated and "$1" not in runnable.sql
    # The value comes from pg_stats: a customer that has orders, so the query finds rows.
    assert _rows(postgresql_db, runnable.sql)


def test_pg_stat_statements_missing_says_how_to_enable(postgresql_db: ScratchDatabase) -> None:
    database = open_database(postgresql_db.url)
    try:
        with pytest.raises(SchemaDoctorError) as caught:
            load_workload("pg_stat_statements", database)
    finally:
        database.dispose()
    assert "CREATE EXTENSION pg_stat_statements" in str(caught.value)
    assert "\n" not in str(caught.value)


# --- MariaDB ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["slow", "general"])
def test_mariadb_logs(mysql_db: ScratchDatabase, kind: str) -> None:
    _fill(mysql_db)
    engine = logged_mysql_engine(mysql_db)
    with mariadb_log(mysql_db, kind) as path:
        _run_app(engine)
        engine.dispose()
        workload = load_workload(path)
    assert workload.source_kind == f"mysql-{kind}-log" and workload.dialect == "mysql"
    lookup = next(
        s for s in workload.reads() if "customer_id" in s.normalized and "WHERE" in s.normalized
    )
    assert lookup.calls == 5 and lookup.has_example
    assert (lookup.mean_ms is not None) == (kind == "slow")
    assert _rows(mysql_db, lookup.sql)
    executions = [e for e in workload.executions if "customer_id" in e.sql]
    assert len({e.unit for e in executions}) == 1
    assert [e.sql.rsplit("= ", 1)[1] for e in executions] == ["1", "2", "3", "4", "5"]


# --- files -----------------------------------------------------------------------------------


def test_capture_format_and_weights(tmp_path: Path) -> None:
    path = tmp_path / "queries.jsonl"
    lines = [
        {"schemadoctor": "capture", "dialect": "sqlite"},
        {"sql": "SELECT * FROM orders WHERE id = 1", "calls": 100, "mean_ms": 0.5},
        {"sql": "SELECT * FROM orders WHERE id = 2", "calls": 100, "mean_ms": 1.5},
        {"sql": "SELECT count(*) FROM orders", "calls": 3, "mean_ms": 40},
        {"sql": "SELEC broken", "calls": 2},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    workload = load_workload(path)
    assert workload.dialect == "sqlite"
    first = workload.statements[0]
    assert first.calls == 200 and first.mean_ms == pytest.approx(1.0)
    assert first.weight == pytest.approx(200.0) and workload.total_weight == pytest.approx(320.0)
    assert [(u.sql, u.calls) for u in workload.unparsed] == [("SELEC broken", 2)]


def test_sql_file_and_instantiation_on_every_engine(
    any_db: ScratchDatabase, tmp_path: Path
) -> None:
    _fill(any_db)
    path = tmp_path / "workload.sql"
    path.write_text(
        "-- the app's hot queries\n"
        "SELECT id, total FROM orders WHERE customer_id = ? AND total > ? LIMIT ?;\n"
        "SELECT * FROM customers WHERE email LIKE ?;\n"
        "SELECT * FROM customers WHERE id IN (1, 2, 3);\n"
        "SELECT * FROM customers WHERE id IN (4);\n"
        "this is not sql;\n"
    )
    database = open_database(any_db.url)
    try:
        workload = load_workload(path, database)
        assert [s.calls for s in workload.statements] == [2, 1, 1]
        assert len(workload.unparsed) == 1 and workload.unparsed[0].where.endswith(":6")
        filled = instantiate(workload, database)
    finally:
        database.dispose()
    for statement in filled.statements:
        assert statement.has_example, statement.sql
        assert "?" not in statement.sql
        _rows(any_db, statement.sql)  # runs
    lookup = next(s for s in filled.statements if "customer_id" in s.sql)
    assert lookup.instantiated and _rows(any_db, lookup.sql)


def test_opentelemetry_spans(tmp_path: Path) -> None:
    def span(span_id: str, parent: str, sql: str, start: int, line: int) -> dict:
        return {
            "traceId": "t1",
            "spanId": span_id,
            "parentSpanId": parent,
            "name": "SELECT",
            "startTimeUnixNano": str(start),
            "endTimeUnixNano": str(start + 250_000),
            "attributes": [
                {"key": "db.system", "value": {"stringValue": "postgresql"}},
                {"key": "db.statement", "value": {"stringValue": sql}},
                {"key": "code.filepath", "value": {"stringValue": "app/views.py"}},
                {"key": "code.lineno", "value": {"intValue": str(line)}},
            ],
        }

    spans = [span("a", "root", "SELECT id FROM orders", 1000, 10)]
    spans += [
        span(f"s{n}", "root", f"SELECT * FROM customers WHERE id = {n}", 2000 + n, 12)
        for n in range(6)
    ]
    spans.append({"spanId": "http", "name": "GET /orders", "attributes": []})
    document = {"resourceSpans": [{"scopeSpans": [{"spans": spans}]}]}
    path = tmp_path / "trace.json"
    path.write_text(json.dumps(document))
    workload = load_workload(path)
    assert workload.source_kind == "opentelemetry" and workload.dialect == "postgresql"
    assert len(workload.executions) == 7
    lookup = workload.executions[1]
    assert lookup.unit == "t1" and lookup.parent == "root" and lookup.site == "app/views.py:12"
    assert lookup.duration_ms == pytest.approx(0.25)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("q.jsonl", '{"sql": "SELECT 1"}\n{"sql": \n', "q.jsonl:2: not JSON"),
        ("q.jsonl", '{"sql": "SELECT 1", "calls": "many"}\n', '"calls" must be a whole number'),
        ("q.jsonl", '{"query": "SELECT 1"}\n', "JSON, but neither"),
        ("notes.txt", "hello world\nthis is not a log\n", "unknown workload format"),
        ("empty.log", "", "is empty"),
    ],
)
def test_bad_files_raise_one_line(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(SchemaDoctorError) as caught:
        load_workload(path)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_unreadable_sources(tmp_path: Path) -> None:
    for path, message in (
        (tmp_path / "missing.log", "no such workload file"),
        (tmp_path, "is a directory"),
    ):
        with pytest.raises(SchemaDoctorError) as caught:
            load_workload(path)
        assert message in str(caught.value)
    with pytest.raises(SchemaDoctorError, match="no workload given"):
        load_workload(None)
