from __future__ import annotations

import pytest

from conftest import ScratchDatabase
from rules_support import assert_fixed, brief, qualified, reflect_url, run_rule, table_of
from schemadoctor.model.findings import Reference

RULE = "unindexed-foreign-key"

PARENT = "CREATE TABLE parent (id INTEGER PRIMARY KEY, code INTEGER NOT NULL UNIQUE)"


def test_unindexed_foreign_key_is_found_and_fixed(any_db: ScratchDatabase) -> None:
    any_db.run(
        PARENT,
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, "
        "CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id))",
    )
    findings = run_rule(any_db, RULE)
    if any_db.dialect == "mysql":
        # InnoDB builds an index for every foreign key that has none.
        assert findings == []
        indexes = table_of(reflect_url(any_db.url), "child").indexes
        assert [(index.name, index.columns) for index in indexes if not index.primary] == [
            ("child_parent_fk", ("parent_id",))
        ]
        return
    [finding] = findings
    child, parent = qualified(any_db, "child"), qualified(any_db, "parent")
    assert brief(findings) == [(child, ("parent_id",), "warning", "child_parent_fk")]
    assert finding.message == (
        f"foreign key {child}(parent_id) -> {parent}(id) has no index on its columns"
    )
    assert finding.references == Reference(
        table_of(reflect_url(any_db.url), "parent").name, ("id",)
    )
    if any_db.dialect == "postgresql":
        assert finding.fix == (
            'CREATE INDEX CONCURRENTLY IF NOT EXISTS "child_parent_id_idx" ON "public"."child" '
            '("parent_id");'
        )
    else:
        assert finding.fix == (
            'CREATE INDEX IF NOT EXISTS "child_parent_id_idx" ON "child" ("parent_id");'
        )
    assert_fixed(any_db, finding)


def test_keys_and_leading_columns_count(any_db: ScratchDatabase) -> None:
    any_db.run(
        PARENT,
        "CREATE TABLE pair (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER, d INTEGER, "
        "e INTEGER, PRIMARY KEY (a, b), CONSTRAINT pair_c_key UNIQUE (c, e), "
        "CONSTRAINT pair_a_fk FOREIGN KEY (a) REFERENCES parent (id), "
        "CONSTRAINT pair_b_fk FOREIGN KEY (b) REFERENCES parent (id), "
        "CONSTRAINT pair_c_fk FOREIGN KEY (c) REFERENCES parent (id), "
        "CONSTRAINT pair_d_fk FOREIGN KEY (d) REFERENCES parent (id), "
        "CONSTRAINT pair_e_fk FOREIGN KEY (e) REFERENCES parent (code))",
        "CREATE INDEX pair_d_e ON pair (d, e)",
    )
    findings = run_rule(any_db, RULE)
    if any_db.dialect == "mysql":
        assert findings == []  # InnoDB indexed b and e itself
        return
    # a leads the primary key, c the unique constraint, d a composite index; b and e lead
    # nothing (second columns do not serve lookups on their own).
    assert brief(findings) == [
        (qualified(any_db, "pair"), ("b",), "warning", "pair_b_fk"),
        (qualified(any_db, "pair"), ("e",), "warning", "pair_e_fk"),
    ]


def test_composite_foreign_key_leading_columns_in_any_order(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE parent (x INTEGER NOT NULL, y INTEGER NOT NULL, PRIMARY KEY (x, y))",
        "CREATE TABLE served (id INTEGER PRIMARY KEY, x INTEGER, y INTEGER, z INTEGER, "
        "CONSTRAINT served_fk FOREIGN KEY (x, y) REFERENCES parent (x, y))",
        "CREATE INDEX served_y_x_z ON served (y, x, z)",
        "CREATE TABLE unserved (id INTEGER PRIMARY KEY, x INTEGER, y INTEGER, "
        "CONSTRAINT unserved_fk FOREIGN KEY (x, y) REFERENCES parent (x, y))",
        "CREATE INDEX unserved_x ON unserved (x)",
    )
    findings = run_rule(any_db, RULE)
    if any_db.dialect == "mysql":
        assert findings == []
        # InnoDB wants the columns in the key's order, so it added its own index for `served`.
        served = table_of(reflect_url(any_db.url), "served")
        assert ("x", "y") in {index.columns for index in served.indexes}
        return
    [finding] = findings
    assert brief(findings) == [
        (qualified(any_db, "unserved"), ("x", "y"), "warning", "unserved_fk")
    ]
    assert_fixed(any_db, finding)


@pytest.mark.parametrize(
    ("predicate", "counts"),
    [
        ("parent_id IS NOT NULL", True),
        ("NOT (parent_id IS NULL)", True),
        ("parent_id IS NOT NULL AND parent_id IS NOT NULL", True),
        ("kind = 1", False),
        ("parent_id IS NOT NULL AND kind = 1", False),
        ("kind IS NOT NULL", False),
    ],
)
def test_partial_index_counts_only_for_not_null_predicates(
    postgresql_db: ScratchDatabase, predicate: str, counts: bool
) -> None:
    postgresql_db.run(
        PARENT,
        "CREATE TABLE child (id integer PRIMARY KEY, kind integer, "
        "parent_id integer REFERENCES parent (id))",
        f"CREATE INDEX child_partial ON child (parent_id) WHERE {predicate}",
    )
    assert (run_rule(postgresql_db, RULE) == []) is counts


def test_sqlite_partial_index(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run(
        PARENT,
        "CREATE TABLE live (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))",
        "CREATE INDEX live_parent ON live (parent_id) WHERE parent_id IS NOT NULL",
        "CREATE TABLE filtered (id INTEGER PRIMARY KEY, kind INTEGER, "
        "parent_id INTEGER REFERENCES parent (id))",
        "CREATE INDEX filtered_parent ON filtered (parent_id) WHERE kind = 1",
    )
    assert brief(run_rule(sqlite_db, RULE)) == [("filtered", ("parent_id",), "warning", None)]


@pytest.mark.parametrize(
    "index",
    [
        "USING hash (parent_id)",
        "USING brin (parent_id)",
        "((parent_id + 0))",
        "(parent_id) WHERE false",
    ],
)
def test_postgresql_indexes_that_do_not_serve(postgresql_db: ScratchDatabase, index: str) -> None:
    postgresql_db.run(
        PARENT,
        "CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id))",
        f"CREATE INDEX child_parent_id_idx ON child {index}",
    )
    [finding] = run_rule(postgresql_db, RULE)
    # The name the fix would use is taken by the unusable index: the fix picks another.
    assert '"child_parent_id_2_idx"' in (finding.fix or "")
    assert_fixed(postgresql_db, finding)


def test_sqlite_expression_index_does_not_serve(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run(
        PARENT,
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))",
        "CREATE INDEX child_expr ON child (parent_id + 0)",
    )
    [finding] = run_rule(sqlite_db, RULE)
    assert finding.columns == ("parent_id",)
    assert_fixed(sqlite_db, finding)


def test_two_foreign_keys_on_the_same_columns_need_one_index(any_db: ScratchDatabase) -> None:
    any_db.run(
        PARENT,
        "CREATE TABLE other (id INTEGER PRIMARY KEY)",
        "CREATE TABLE child (id INTEGER PRIMARY KEY, ref INTEGER, "
        "CONSTRAINT child_a_fk FOREIGN KEY (ref) REFERENCES parent (id), "
        "CONSTRAINT child_b_fk FOREIGN KEY (ref) REFERENCES other (id))",
    )
    findings = run_rule(any_db, RULE)
    if any_db.dialect == "mysql":
        assert findings == []
        return
    assert brief(findings) == [(qualified(any_db, "child"), ("ref",), "warning", "child_a_fk")]


def test_min_rows_option(any_db: ScratchDatabase) -> None:
    any_db.run(
        PARENT,
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))",
    )
    if any_db.dialect == "mysql":
        pytest.skip("InnoDB indexes every foreign key")
    assert run_rule(any_db, RULE, min_rows=1) == []
    assert len(run_rule(any_db, RULE, min_rows=0)) == 1


def test_postgresql_partitioned_table(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        PARENT,
        "CREATE TABLE events (id bigint, day date, parent_id integer REFERENCES parent (id), "
        "PRIMARY KEY (id, day)) PARTITION BY RANGE (day)",
        "CREATE TABLE events_2024 PARTITION OF events "
        "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
    )
    [finding] = run_rule(postgresql_db, RULE)
    assert str(finding.table) == "public.events"
    # No CONCURRENTLY: PostgreSQL refuses it on a partitioned table.
    assert finding.fix == (
        'CREATE INDEX IF NOT EXISTS "events_parent_id_idx" ON "public"."events" ("parent_id");'
    )
    assert_fixed(postgresql_db, finding)
    events = table_of(reflect_url(postgresql_db.url), "events")
    assert events.index("events_parent_id_idx") is not None


def test_fix_quotes_hostile_names(any_db: ScratchDatabase) -> None:
    if any_db.dialect == "mysql":
        pytest.skip("InnoDB indexes every foreign key")
    q = any_db.quote
    table, column = 'x"; drop table y; --', "Spaß id"
    any_db.run(
        PARENT,
        f"CREATE TABLE {q(table)} (id INTEGER PRIMARY KEY, {q(column)} INTEGER "
        "REFERENCES parent (id))",
    )
    [finding] = run_rule(any_db, RULE)
    assert finding.columns == (column,)
    assert_fixed(any_db, finding)
    assert any_db.scalar("SELECT count(*) FROM parent") == 0  # and nothing else ran
