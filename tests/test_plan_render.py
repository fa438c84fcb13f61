"""Rendering details that need no database: partial indexes, quoting inside generated code,
the SQLite CREATE TABLE text edits, the ordering and merging of changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ScratchDatabase, renderer_for
from schemadoctor.commands.plan import down_path
from schemadoctor.engines.sqlite.rebuild import Edits, edit_create_table
from schemadoctor.model import changes as c
from schemadoctor.model.catalog import (
    Catalog,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    IndexElement,
    Table,
    TableName,
    TypeFamily,
)
from schemadoctor.plan.order import inverse, order

SOFT = Index(
    "orders_customer_live_idx", (IndexElement("customer_id"),), predicate="deleted_at IS NULL"
)


def test_partial_indexes_for_soft_delete_tables() -> None:
    pg = renderer_for("postgresql").steps(
        c.CreateIndex(table=TableName("public", "orders"), index=SOFT)
    )
    assert pg[0].statements[0].endswith('("customer_id") WHERE deleted_at IS NULL;')
    assert "CONCURRENTLY" in pg[0].statements[0] and not pg[0].transactional
    lite = renderer_for("sqlite").steps(c.CreateIndex(table=TableName(None, "orders"), index=SOFT))
    assert lite[0].statements[0].endswith('("customer_id") WHERE deleted_at IS NULL;')
    with pytest.raises(NotImplementedError, match="partial"):
        renderer_for("mysql").steps(c.CreateIndex(table=TableName(None, "orders"), index=SOFT))


def test_partial_index_runs_on_postgresql(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, deleted_at timestamptz)"
    )
    step = renderer_for("postgresql").steps(
        c.CreateIndex(table=TableName("public", "orders"), index=SOFT)
    )[0]
    postgresql_db.run(*step.statements, *step.statements)
    assert (
        postgresql_db.scalar(
            "SELECT pg_get_expr(indpred, indrelid) FROM pg_index "
            "WHERE indexrelid = 'orders_customer_live_idx'::regclass"
        )
        == "(deleted_at IS NULL)"
    )


def test_dollar_quote_tag_never_collides_with_the_body() -> None:
    renderer = renderer_for("postgresql")
    sql = renderer.add_constraint_once(TableName("public", "t$sd$"), "c$sd$x", "CHECK (true)")  # type: ignore[attr-defined]
    tag = sql.split()[1]
    assert tag != "$sd$" and sql.count(tag) == 2


def test_mysql_literals_escape_backslashes() -> None:
    assert renderer_for("mysql").literal("a\\'b") == "'a\\\\''b'"


SQLITE_DDL = (
    'CREATE TABLE "t x" (\n  id INTEGER PRIMARY KEY, -- the key\n'
    '  "a, b" TEXT CHECK ("a, b" <> \'x,y)\'),\n  c INT /* last */\n) WITHOUT ROWID'
)


def test_sqlite_edits_keep_every_other_character() -> None:
    renderer = renderer_for("sqlite")
    fk = ForeignKey("t_c_fkey", ("c",), TableName(None, "p"), ("id",), on_delete="SET NULL")
    check = CheckConstraint("t_c_check", '"c" IN (1, 2)')
    edited = edit_create_table(
        renderer, SQLITE_DDL, Edits(foreign_keys=[fk], checks=[check], not_null=["a, b"])
    )
    assert edited.startswith('CREATE TABLE "t x" (\n  id INTEGER PRIMARY KEY, -- the key\n')
    assert '"a, b" TEXT CHECK ("a, b" <> \'x,y)\') NOT NULL,' in edited
    assert edited.endswith(
        'c INT,\n  CONSTRAINT "t_c_fkey" FOREIGN KEY ("c") REFERENCES "p" ("id") ON DELETE SET NULL'
        ',\n  CONSTRAINT "t_c_check" CHECK ("c" IN (1, 2)) /* last */\n) WITHOUT ROWID'
    )


def test_changes_are_merged_and_ordered() -> None:
    table = TableName(None, "orders")
    fk = ForeignKey(
        "orders_customer_id_fkey", ("customer_id",), TableName(None, "customers"), ("id",)
    )
    index = Index("orders_customer_id_idx", (IndexElement("customer_id"),))
    twin = Index("another_name", (IndexElement("customer_id"),))
    drop = c.DropIndex(table=table, index=Index("dup", (IndexElement("x"),)))
    planned = order(
        [
            drop,
            c.ValidateConstraint(table=table, constraint=fk.name or ""),
            c.AddForeignKey(table=table, foreign_key=fk),
            c.CreateIndex(table=table, index=index),
            c.CreateIndex(table=table, index=twin),  # the same index under another name
            c.QuarantineOrphans(table=table, foreign_key=fk),
        ]
    )
    assert [change.kind for change in planned] == [
        "quarantine-orphans",
        "create-index",
        "add-foreign-key",
        "validate-constraint",
        "drop-index",
    ]
    undo = inverse(planned)
    assert [change.kind for change in undo] == [
        "create-index",
        "drop-foreign-key",
        "drop-index",
        "restore-orphans",
    ]


def test_down_script_sits_beside_the_up_script() -> None:
    assert down_path(Path("out/fix.sql")) == Path("out/fix.down.sql")
    assert down_path(Path("fix")) == Path("fix.down.sql")


def test_quarantine_refuses_without_a_catalog() -> None:
    table = Table(
        TableName(None, "orders"),
        (Column("id", "integer", TypeFamily.INTEGER, False),),
    )
    change = c.QuarantineOrphans(
        table=TableName(None, "other"),
        foreign_key=ForeignKey("f", ("id",), TableName(None, "p"), ("id",)),
    )
    with pytest.raises(NotImplementedError, match="catalog"):
        renderer_for("sqlite").steps(change, Catalog("sqlite", "x", tables=(table,)))
