"""Hostile, mixed-case, unicode and reserved-word names on every engine: they reflect, print as
themselves in every format, and every fix written for them runs and does what it says."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import sqlalchemy as sa
from markdown_it import MarkdownIt
from sqlalchemy.pool import NullPool
from sqlglot.dialects.dialect import Dialect
from sqlglot.tokens import TokenType

from conftest import ScratchDatabase, run_cli
from schemadoctor.report import report_schema

INJECTION = 'x"; drop table y; --'
BACKTICK = "back`tick"
QUOTE = 'a"b'
PERCENT = "share 100%"
SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def _create(db: ScratchDatabase, schema: str | None = None) -> None:
    q = db.quote

    def t(name: str) -> str:
        return f"{q(schema)}.{q(name)}" if schema else q(name)

    statements = [
        f"CREATE TABLE {t('y')} ({q('id')} INTEGER PRIMARY KEY)",
        f"CREATE TABLE {t('顧客')} ({q('id')} INTEGER PRIMARY KEY, {q('Größe')} INTEGER)",
        f"CREATE TABLE {t('OrderLines')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('顧客_id')} INTEGER, {q(PERCENT)} INTEGER, "
        f"CONSTRAINT {q('fk ' + INJECTION)} FOREIGN KEY ({q('顧客_id')}) "
        f"REFERENCES {t('顧客')} ({q('id')}))",
        f"CREATE TABLE {t('order')} ({q('id')} INTEGER PRIMARY KEY, {q('select')} INTEGER, "
        f"{q('user')} INTEGER, {q('group')} INTEGER)",
        f"CREATE INDEX {q('group')} ON {t('order')} ({q('select')})",
        f"CREATE INDEX {q(BACKTICK + '_idx')} ON {t('order')} ({q('select')})",
        f"CREATE TABLE {t(INJECTION)} ({q(QUOTE)} INTEGER, {q(BACKTICK)} INTEGER)",
        f"CREATE INDEX {q('Größe_idx')} ON {t(INJECTION)} ({q(QUOTE)})",
        f"CREATE INDEX {q('[bold]wide')} ON {t(INJECTION)} ({q(QUOTE)}, {q(BACKTICK)})",
    ]
    _execute(db, statements)


def _drop_all(db: ScratchDatabase, schema: str | None = None) -> None:
    q = db.quote
    prefix = f"{q(schema)}." if schema else ""
    tables = ["OrderLines", INJECTION, "order", "顧客", "y"]
    _execute(db, [f"DROP TABLE IF EXISTS {prefix}{q(name)}" for name in tables])


def _execute(db: ScratchDatabase, statements: list[str]) -> None:
    """Run each statement on its own in autocommit through the driver itself, so that nothing
    (such as PyMySQL's %-formatting) touches the text."""
    if db.dialect == "sqlite":
        connection = sqlite3.connect(db.path, isolation_level=None)
        try:
            for statement in statements:
                connection.execute(statement)
        finally:
            connection.close()
        return
    engine = sa.create_engine(db.engine.url, poolclass=NullPool)
    raw = engine.raw_connection()
    try:
        raw.driver_connection.autocommit = True  # type: ignore[union-attr]
        cursor = raw.cursor()
        for statement in statements:
            cursor.execute(statement)
        cursor.close()
    finally:
        raw.close()
        engine.dispose()


def _statements(sql: str, dialect: str) -> list[str]:
    """Split a fix into statements on the semicolons a real SQL tokenizer sees, so a `;`
    inside a quoted name does not split it."""
    name = {"postgresql": "postgres", "mysql": "mysql", "sqlite": "sqlite"}[dialect]
    statements, start = [], 0
    for token in Dialect.get_or_raise(name).tokenize(sql):
        if token.token_type == TokenType.SEMICOLON:
            assert sql[token.start] == ";"
            statements.append(sql[start : token.start].strip())
            start = token.end + 1
    statements.append(sql[start:].strip())
    return [statement for statement in statements if statement and not statement.startswith("--")]


def _report(db: ScratchDatabase, fmt: str = "json", *args: str) -> Any:
    result = run_cli("check", db.url, "-f", fmt, *args, env={"COLUMNS": "400"})
    assert result.code in (0, 1), result.stderr
    assert result.stderr == ""
    return result.json() if fmt in ("json", "sarif") else result.stdout


def _name(table: str, schema: str | None, dialect: str) -> str:
    if dialect == "postgresql":
        return f"{schema or 'public'}.{table}"
    return table


def _expected(dialect: str, schema: str | None = None) -> set[tuple[str, str, tuple[str, ...]]]:
    expected = {
        ("table-without-primary-key", _name(INJECTION, schema, dialect), ()),
        ("duplicate-index", _name("order", schema, dialect), ("select",)),
        ("redundant-index", _name(INJECTION, schema, dialect), (QUOTE,)),
    }
    if dialect != "mysql":  # InnoDB indexes foreign keys itself
        expected.add(("unindexed-foreign-key", _name("OrderLines", schema, dialect), ("顧客_id",)))
    return expected


def test_identifiers_reflect_and_print_in_every_format(any_db: ScratchDatabase) -> None:
    _create(any_db)
    data = _report(any_db)
    jsonschema.Draft202012Validator(report_schema()).validate(data)
    found = {(f["rule"], f["table"], tuple(f["columns"])) for f in data["findings"]}
    assert _expected(any_db.dialect) <= found
    assert data["summary"]["tables"] == 5

    names = {f["table"] for f in data["findings"]} | {
        column for f in data["findings"] for column in f["columns"]
    }
    text = _report(any_db, "text", "--show-fixes")
    for name in names:
        assert name in text  # Rich markup such as [bold] is printed, not interpreted
    assert "[bold]wide" in text

    markdown = _report(any_db, "markdown")
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    spans = {
        child.content
        for token in tokens
        if token.type == "inline"
        for child in token.children or []
        if child.type == "code_inline"
    }
    assert names <= spans
    # Each finding is one table row whose first cells hold its rule and table, exactly.
    rows: list[list[list[str]]] = []
    in_row = False
    for token in tokens:
        if token.type in ("tr_open", "tr_close"):
            in_row = token.type == "tr_open"
            rows += [[]] if in_row else []
        elif token.type == "inline" and in_row:
            codes = [c.content for c in token.children or [] if c.type == "code_inline"]
            rows[-1].append(codes)
    listed = {(row[0][0], row[1][0]) for row in rows if len(row) == 4 and row[0] and row[1]}
    assert listed == {(f["rule"], f["table"]) for f in data["findings"]}

    sarif = _report(any_db, "sarif")
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    located = {
        (r["ruleId"], r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"])
        for r in sarif["runs"][0]["results"]
    }
    assert {(rule, table) for rule, table, _ in _expected(any_db.dialect)} <= located


def test_every_fix_runs_and_does_what_it_says(any_db: ScratchDatabase) -> None:
    _create(any_db)
    findings = [f for f in _report(any_db)["findings"] if f.get("fix")]
    assert {f["rule"] for f in findings} >= {"duplicate-index", "redundant-index"}
    for finding in findings:
        _drop_all(any_db)
        _create(any_db)
        _apply_and_verify(any_db, finding)


def _apply_and_verify(
    db: ScratchDatabase, finding: dict[str, Any], schema: str | None = None
) -> None:
    statements = _statements(finding["fix"], db.dialect)
    assert statements, finding
    before = _indexes(db, finding["table"], schema)
    _execute(db, statements)
    after_findings = _report(db)["findings"]
    assert finding["fingerprint"] not in {f["fingerprint"] for f in after_findings}, finding
    assert _has_table(db, "y", schema)  # the injection in a name did not run
    after = _indexes(db, finding["table"], schema)
    fix = finding["fix"].upper()
    if "DROP INDEX" in fix:
        assert before - after == {finding["subject"]}
        assert after < before
    elif "CREATE INDEX" in fix or "ADD INDEX" in fix:
        (created,) = after - before
        columns = _index_columns(db, finding["table"], created, schema)
        assert columns[: len(finding["columns"])] == finding["columns"]


def _inspector_args(db: ScratchDatabase, table: str, schema: str | None) -> tuple[str, str | None]:
    if db.dialect == "postgresql":
        qualifier, name = (
            table.split(".", 1) if schema is None else (schema, table[len(schema) + 1 :])
        )
        return name, qualifier
    return table, None


def _indexes(db: ScratchDatabase, table: str, schema: str | None) -> set[str]:
    name, qualifier = _inspector_args(db, table, schema)
    engine = sa.create_engine(db.engine.url, poolclass=NullPool)
    try:
        return {index["name"] for index in sa.inspect(engine).get_indexes(name, schema=qualifier)}
    finally:
        engine.dispose()


def _index_columns(db: ScratchDatabase, table: str, index: str, schema: str | None) -> list[str]:
    name, qualifier = _inspector_args(db, table, schema)
    engine = sa.create_engine(db.engine.url, poolclass=NullPool)
    try:
        (found,) = [
            i for i in sa.inspect(engine).get_indexes(name, schema=qualifier) if i["name"] == index
        ]
        return list(found["column_names"])
    finally:
        engine.dispose()


def _has_table(db: ScratchDatabase, table: str, schema: str | None) -> bool:
    engine = sa.create_engine(db.engine.url, poolclass=NullPool)
    try:
        return sa.inspect(engine).has_table(table, schema=schema)
    finally:
        engine.dispose()


WEIRD_SCHEMA = 'Bad "Schema"; --'


@pytest.fixture
def weird_schema(postgresql_db: ScratchDatabase) -> ScratchDatabase:
    postgresql_db.run(f"CREATE SCHEMA {postgresql_db.quote(WEIRD_SCHEMA)}")
    return postgresql_db


def test_postgresql_schema_with_a_hostile_name(weird_schema: ScratchDatabase) -> None:
    db = weird_schema
    _create(db, WEIRD_SCHEMA)
    data = _report(db)
    found = {(f["rule"], f["table"], tuple(f["columns"])) for f in data["findings"]}
    assert _expected("postgresql", WEIRD_SCHEMA) <= found
    assert f"{WEIRD_SCHEMA}.OrderLines" in _report(db, "text")
    for finding in [f for f in data["findings"] if f.get("fix")]:
        _drop_all(db, WEIRD_SCHEMA)
        _create(db, WEIRD_SCHEMA)
        _apply_and_verify(db, finding, WEIRD_SCHEMA)
