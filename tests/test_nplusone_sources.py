"""N+1 detection from what servers and tracers record, and the other anti-patterns; bad input."""

from __future__ import annotations

import json
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest
import sqlalchemy as sa

import schemadoctor
from conftest import ScratchDatabase
from schemadoctor.workload.middleware import CaptureUnitsWSGI
from workload_support import (
    logged_mysql_engine,
    logged_postgresql_engine,
    mariadb_log,
    own_lines,
    postgresql_log_position,
    postgresql_log_since,
)

SCHEMA = (
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50))",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id))",
)


def _fill(db: ScratchDatabase) -> None:
    db.run(
        *SCHEMA,
        "INSERT INTO customers VALUES " + ", ".join(f"({i}, 'c{i}')" for i in range(1, 21)),
        "INSERT INTO orders VALUES " + ", ".join(f"({i}, {i % 20 + 1})" for i in range(1, 41)),
    )


def _app(engine: sa.Engine) -> None:
    """An N+1 in one transaction; then the same lookup once in each of six transactions."""
    with engine.begin() as connection:
        orders = connection.execute(sa.text("SELECT id, customer_id FROM orders LIMIT 8")).all()
        for order in orders:
            connection.execute(
                sa.text("SELECT name FROM customers WHERE id = :id"), {"id": order.customer_id}
            ).all()
    for customer in range(1, 7):
        with engine.begin() as connection:
            connection.execute(
                sa.text("SELECT name FROM customers WHERE id = :id"), {"id": customer}
            ).all()


def _one_nplusone(result) -> dict:
    assert result.code == 1, result.stderr
    findings = [f for f in result.json()["findings"] if f["rule"] == "n-plus-one"]
    assert len(findings) == 1, findings
    return findings[0]


@pytest.mark.parametrize("kind", ["stderr", "jsonlog"])
def test_postgresql_log_sessions_and_transactions(
    postgresql_db: ScratchDatabase, tmp_path: Path, cli, kind: str
) -> None:
    _fill(postgresql_db)
    positions = postgresql_log_position(postgresql_db)
    engine = logged_postgresql_engine(postgresql_db, "sdtest_nplusone")
    _app(engine)
    engine.dispose()
    text = postgresql_log_since(postgresql_db, positions, kind)
    log = tmp_path / ("pg.log" if kind == "stderr" else "pg.json")
    log.write_text(own_lines(text, kind, postgresql_db.engine.url.database))
    finding = _one_nplusone(cli("nplusone", str(log), postgresql_db.url, "-f", "json"))
    assert finding["table"] == "public.customers" and finding["columns"] == ["id"]
    assert finding["evidence"]["count"] == 8 and finding["evidence"]["unit_kind"] == "transaction"
    # No values in results from a log: the parent is found through the declared foreign key.
    assert finding["evidence"]["confidence_basis"] == "foreign key"
    assert finding["references"]["table"] == "public.orders"
    assert "= ANY(:ids)" in finding["fix"] and "joinedload(Order.customer)" in finding["fix"]


def test_mariadb_general_log_threads(mysql_db: ScratchDatabase, cli) -> None:
    _fill(mysql_db)
    engine = logged_mysql_engine(mysql_db)
    with mariadb_log(mysql_db, "general") as path:
        _app(engine)
        engine.dispose()
        result = cli("nplusone", str(path), mysql_db.url, "-f", "json")
    finding = _one_nplusone(result)
    assert finding["table"] == "customers" and finding["evidence"]["count"] == 8
    assert finding["evidence"]["unit"].startswith("thread ")
    assert "IN (:ids)" in finding["fix"]


def test_opentelemetry_parent_spans(tmp_path: Path, cli) -> None:
    def span(trace: str, parent: str, sql: str, start: int, line: int) -> dict:
        return {
            "traceId": trace,
            "spanId": f"{trace}{start}",
            "parentSpanId": parent,
            "startTimeUnixNano": str(start),
            "endTimeUnixNano": str(start + 100_000),
            "attributes": [
                {"key": "db.system", "value": {"stringValue": "postgresql"}},
                {"key": "db.statement", "value": {"stringValue": sql}},
                {"key": "code.filepath", "value": {"stringValue": "shop/views.py"}},
                {"key": "code.lineno", "value": {"intValue": str(line)}},
            ],
        }

    spans = [span("t1", "r1", "SELECT id, customer_id FROM orders", 1, 40)]
    spans += [
        span("t1", "r1", f"SELECT * FROM customers WHERE id = {n}", 10 + n, 42) for n in range(7)
    ]
    # Another trace (request) runs the lookup once per customer page: not an N+1.
    spans += [
        span(f"t{n + 2}", "r", f"SELECT * FROM customers WHERE id = {n}", 100 + n, 60)
        for n in range(7)
    ]
    path = tmp_path / "traces.jsonl"
    path.write_text(json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": spans}]}]}) + "\n")
    finding = _one_nplusone(cli("nplusone", str(path), "-f", "json"))
    assert finding["evidence"]["site"] == "shop/views.py:42" and finding["evidence"]["count"] == 7
    # Without a catalog the link comes from the names (orders.customer_id -> customers.id).
    assert finding["evidence"]["foreign_key"]["how"] == "names"


def test_antipatterns_in_request_paths(any_db: ScratchDatabase, tmp_path: Path, cli) -> None:
    # The join compares an integer with a code of another type: numeric on PostgreSQL (which
    # refuses integer = varchar), text elsewhere (which MySQL and SQLite cast silently).
    code = "NUMERIC(10)" if any_db.dialect == "postgresql" else "VARCHAR(10)"
    any_db.run(
        f"CREATE TABLE accounts (id INTEGER PRIMARY KEY, email VARCHAR(100), code {code})",
        "CREATE INDEX accounts_email_idx ON accounts (email)",
        "CREATE TABLE logins (id INTEGER PRIMARY KEY, account_code INTEGER)",
        "INSERT INTO accounts VALUES "
        + ", ".join(f"({i}, 'u{i}@example.com', {i})" for i in range(1, 301)),
        "INSERT INTO logins VALUES " + ", ".join(f"({i}, {i})" for i in range(1, 301)),
    )
    if any_db.dialect == "postgresql":
        any_db.run("ANALYZE")
    engine = sa.create_engine(any_db.engine.url)

    def app(environ: dict, start_response) -> list[bytes]:
        with engine.connect() as c:
            c.execute(sa.text("SELECT * FROM accounts")).all()
            c.execute(
                sa.text("SELECT id FROM accounts WHERE email LIKE :p"), {"p": "%@example%"}
            ).all()
            c.execute(
                sa.text("SELECT id FROM accounts WHERE lower(email) = :e"), {"e": "u1@example.com"}
            ).all()
            c.execute(
                sa.text(
                    "SELECT a.id FROM accounts a JOIN logins l ON l.account_code = a.code "
                    "WHERE a.id = 1"
                )
            ).all()
        start_response("200 OK", [])
        return [b"ok"]

    path = tmp_path / "requests.jsonl"
    served = CaptureUnitsWSGI(app)
    with schemadoctor.capture(engine, path):
        environ: dict = {"PATH_INFO": "/accounts"}
        setup_testing_defaults(environ)
        served(environ, lambda *a: None)
    engine.dispose()
    result = cli("nplusone", str(path), any_db.url, "-f", "json", "--large-table-rows", "100")
    assert result.code == 1, result.stderr
    findings = {f["rule"]: f for f in result.json()["findings"]}
    assert set(findings) == {
        "unbounded-select",
        "leading-wildcard-like",
        "function-on-indexed-column",
        "implicit-cast-join",
    }
    assert findings["unbounded-select"]["evidence"]["rows"] == 300
    assert findings["function-on-indexed-column"]["columns"] == ["email"]
    assert findings["implicit-cast-join"]["columns"] in (["code"], ["account_code"])
    if any_db.dialect == "postgresql":
        assert "gin_trgm_ops" in findings["leading-wildcard-like"]["fix"]
        assert "CREATE EXTENSION IF NOT EXISTS pg_trgm" in findings["leading-wildcard-like"]["fix"]


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (None, "missing.jsonl", "no such workload file"),
        ("hello\nworld\n", "notes.txt", "unknown workload format"),
        ('{"sql": "SELECT 1"}\n{oops\n', "q.jsonl", "q.jsonl:2: not JSON"),
        (
            "2026-01-01 10:00:00 UTC LOG:  duration: 0.1 ms  statement: SELECT 1\n",
            "pg.log",
            "log_line_prefix = '%m [%p] %c %v '",
        ),
        ("SELECT 1;\nSELECT 2;\n", "w.sql", "no per-execution records"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, cli, content: str | None, name: str, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    result = cli("nplusone", str(path))
    assert result.code == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
