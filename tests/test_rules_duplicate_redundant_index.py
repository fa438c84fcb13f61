"""duplicate-index and redundant-index, and the indexes they must never drop."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from conftest import ScratchDatabase
from rules_support import assert_fixed, brief, qualified, reflect_url, run_rule, table_of
from schemadoctor.engines import for_catalog
from schemadoctor.rules._indexes import drop_blocker

DUPLICATE = "duplicate-index"
REDUNDANT = "redundant-index"


# --- duplicate-index -------------------------------------------------------------------------


def test_identical_indexes(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER)",
        "CREATE INDEX t_a_b_1 ON t (a, b)",
        "CREATE INDEX t_a_b_2 ON t (a, b)",
        "CREATE INDEX t_b_a ON t (b, a)",  # other order: another index
    )
    [finding] = run_rule(any_db, DUPLICATE)
    table = qualified(any_db, "t")
    assert brief([finding]) == [(table, ("a", "b"), "warning", "t_a_b_2")]
    assert finding.message == f"index t_a_b_2 on {table} (a, b) duplicates t_a_b_1"
    assert finding.evidence["duplicate_of"] == "t_a_b_1" and finding.evidence["droppable"]
    assert_fixed(any_db, finding)
    remaining = {index.name for index in table_of(reflect_url(any_db.url), "t").indexes}
    assert {"t_a_b_1", "t_b_a"} <= remaining and "t_a_b_2" not in remaining


def test_unique_is_kept_over_plain(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, email VARCHAR(100))",
        "CREATE INDEX a_plain ON t (email)",
        "CREATE UNIQUE INDEX z_unique ON t (email)",
    )
    [finding] = run_rule(any_db, DUPLICATE)
    assert finding.subject == "a_plain" and finding.evidence["duplicate_of"] == "z_unique"
    assert_fixed(any_db, finding)


def test_plain_index_on_the_primary_key(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE t (id INTEGER NOT NULL, PRIMARY KEY (id))",
        "CREATE INDEX t_id ON t (id)",
    )
    [finding] = run_rule(any_db, DUPLICATE)
    assert finding.subject == "t_id"
    assert_fixed(any_db, finding)


def test_never_drops_an_index_that_implements_a_constraint(any_db: ScratchDatabase) -> None:
    if any_db.dialect == "sqlite":
        any_db.run(
            "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, CONSTRAINT t_id_key UNIQUE (id))"
        )
        expected = {"sqlite_autoindex_t_1": "INTEGER PRIMARY KEY"}
    else:
        # PostgreSQL merges repeated keys within one CREATE TABLE; added later, they stay.
        any_db.run(
            "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, code INTEGER NOT NULL)",
            "ALTER TABLE t ADD CONSTRAINT t_id_key UNIQUE (id)",
            "ALTER TABLE t ADD CONSTRAINT t_code_1 UNIQUE (code)",
            "ALTER TABLE t ADD CONSTRAINT t_code_2 UNIQUE (code)",
        )
        primary = "t_pkey" if any_db.dialect == "postgresql" else "PRIMARY"
        expected = {"t_id_key": primary, "t_code_2": "t_code_1"}
    findings = run_rule(any_db, DUPLICATE)
    assert {f.subject: f.evidence["duplicate_of"] for f in findings} == expected
    for finding in findings:
        assert finding.fix is None
        assert finding.evidence["droppable"] is False
        assert finding.message.endswith(
            "; not dropped because it implements constraint t_id_key"
            if finding.columns == ("id",)
            else "; not dropped because it implements constraint t_code_2"
        )


def test_sqlite_index_on_the_rowid(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)", "CREATE INDEX t_id ON t (id)")
    [finding] = run_rule(sqlite_db, DUPLICATE)
    assert finding.message == "index t_id on t (id) duplicates INTEGER PRIMARY KEY"
    assert_fixed(sqlite_db, finding)


def test_direction_and_expressions(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER)",
        "CREATE INDEX t_a ON t (a)",
        "CREATE INDEX t_a_desc ON t (a DESC)",  # read backwards it is t_a
        "CREATE INDEX t_ab ON t (a, b)",
        "CREATE INDEX t_ab_mixed ON t (a DESC, b)",  # not a reversal of t_ab: another order
        "CREATE INDEX t_ab_reversed ON t (a DESC, b DESC)",
    )
    findings = run_rule(any_db, DUPLICATE)
    assert {(f.subject, f.evidence["duplicate_of"]) for f in findings} == {
        ("t_a_desc", "t_a"),
        ("t_ab_reversed", "t_ab"),
    }


@pytest.mark.parametrize(
    ("second", "duplicate"),
    [
        ("(lower(email))", True),
        ("(email) WHERE email IS NOT NULL", False),
        ("USING hash (email)", False),
        ("(email text_pattern_ops)", False),
        ('(email COLLATE "C")', False),
        ("(email) INCLUDE (id)", False),
        ("(email NULLS FIRST)", False),
    ],
)
def test_postgresql_what_makes_indexes_differ(
    postgresql_db: ScratchDatabase, second: str, duplicate: bool
) -> None:
    first = "(lower(email))" if second.startswith("(lower") else "(email)"
    postgresql_db.run(
        "CREATE TABLE t (id integer PRIMARY KEY, email text)",
        f"CREATE INDEX t_first ON t {first}",
        f"CREATE INDEX t_second ON t {second}",
    )
    findings = run_rule(postgresql_db, DUPLICATE)
    assert [f.subject for f in findings] == (["t_second"] if duplicate else [])


def test_sqlite_predicates_compare_as_text(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, gone INTEGER)",
        "CREATE INDEX t_live_1 ON t (a) WHERE gone IS NULL",
        "CREATE INDEX t_live_2 ON t (a) WHERE (GONE  is  null)",
        "CREATE INDEX t_other ON t (a) WHERE gone = 1",
    )
    [finding] = run_rule(sqlite_db, DUPLICATE)
    assert (finding.subject, finding.evidence["duplicate_of"]) == ("t_live_2", "t_live_1")
    assert_fixed(sqlite_db, finding)


def test_postgresql_keeps_the_index_a_foreign_key_references(
    postgresql_db: ScratchDatabase,
) -> None:
    postgresql_db.run(
        "CREATE TABLE codes (code text NOT NULL)",
        "CREATE UNIQUE INDEX a_codes ON codes (code)",
        "CREATE UNIQUE INDEX b_codes ON codes (code)",
        "CREATE TABLE uses (code text)",
        "DROP INDEX a_codes",
        "ALTER TABLE uses ADD CONSTRAINT uses_code_fk FOREIGN KEY (code) REFERENCES codes (code)",
        "CREATE UNIQUE INDEX a_codes ON codes (code)",
    )
    # The foreign key depends on b_codes: a_codes goes, although it sorts first.
    [finding] = run_rule(postgresql_db, DUPLICATE)
    assert (finding.subject, finding.evidence["duplicate_of"]) == ("a_codes", "b_codes")
    assert_fixed(postgresql_db, finding)


def test_mysql_foreign_key_index_and_its_twin(mysql_db: ScratchDatabase) -> None:
    mysql_db.run(
        "CREATE TABLE parent (id int PRIMARY KEY)",
        "CREATE TABLE child (id int PRIMARY KEY, parent_id int, KEY child_a (parent_id), "
        "CONSTRAINT child_fk FOREIGN KEY (parent_id) REFERENCES parent (id))",
        "CREATE INDEX child_b ON child (parent_id)",
    )
    [finding] = run_rule(mysql_db, DUPLICATE)
    assert finding.subject == "child_b" and finding.evidence["duplicate_of"] == "child_a"
    # One of the two goes; the other still serves the foreign key, so InnoDB allows it.
    assert_fixed(mysql_db, finding)


# --- redundant-index -------------------------------------------------------------------------


def test_leading_prefix_is_redundant(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER)",
        "CREATE INDEX t_a ON t (a)",
        "CREATE INDEX t_a_b ON t (a, b)",
        "CREATE INDEX t_b ON t (b)",  # second key of t_a_b: not a prefix
        "CREATE UNIQUE INDEX t_c ON t (c)",
        "CREATE INDEX t_c_a ON t (c, a)",  # t_c is unique: it enforces something
    )
    [finding] = run_rule(any_db, REDUNDANT)
    table = qualified(any_db, "t")
    assert brief([finding]) == [(table, ("a",), "warning", "t_a")]
    assert finding.message == f"index t_a on {table} (a) is a leading prefix of t_a_b (a, b)"
    assert finding.evidence["covered_by"] == "t_a_b"
    assert_fixed(any_db, finding)


def test_prefix_of_the_primary_key(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE t (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b))",
        "CREATE INDEX t_a ON t (a)",
    )
    [finding] = run_rule(any_db, REDUNDANT)
    assert finding.subject == "t_a"
    assert_fixed(any_db, finding)


def test_direction_matters_beyond_the_first_key(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER)",
        "CREATE INDEX t_a_desc ON t (a DESC)",
        "CREATE INDEX t_ab_mixed ON t (a DESC, b)",
        "CREATE INDEX t_abc ON t (a, b DESC, c)",
    )
    # t_a_desc is a prefix of everything; t_ab_mixed is t_abc read backwards, cut short.
    findings = run_rule(any_db, REDUNDANT)
    assert {(f.subject, f.evidence["covered_by"]) for f in findings} == {
        ("t_a_desc", "t_ab_mixed"),
        ("t_ab_mixed", "t_abc"),
    }


def test_duplicates_are_not_reported_twice(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER)",
        "CREATE INDEX t_a_1 ON t (a)",
        "CREATE INDEX t_a_2 ON t (a)",
        "CREATE INDEX t_a_b ON t (a, b)",
    )
    assert [f.subject for f in run_rule(any_db, DUPLICATE)] == ["t_a_2"]
    assert [f.subject for f in run_rule(any_db, REDUNDANT)] == ["t_a_1"]


@pytest.mark.parametrize(
    ("narrow", "wide", "redundant"),
    [
        ("(a) WHERE b > 0", "(a, b) WHERE b > 0", True),
        ("(a) WHERE b > 0", "(a, b)", False),
        ("(a) INCLUDE (c)", "(a, b)", False),
        ("(a) INCLUDE (c)", "(a, c)", True),
        ("(a)", "(a) INCLUDE (c)", True),
        ("(a)", "USING hash (a)", False),
        ("(a text_pattern_ops)", "(a, b)", False),
        ("(lower(a))", "(lower(a), b)", True),
    ],
)
def test_postgresql_prefix_conditions(
    postgresql_db: ScratchDatabase, narrow: str, wide: str, redundant: bool
) -> None:
    postgresql_db.run(
        "CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, c integer)",
        f"CREATE INDEX t_narrow ON t {narrow}",
        f"CREATE INDEX t_wide ON t {wide}",
    )
    findings = run_rule(postgresql_db, REDUNDANT)
    assert [f.subject for f in findings] == (["t_narrow"] if redundant else [])
    if redundant:
        assert_fixed(postgresql_db, findings[0])


def test_mysql_redundant_foreign_key_index(mysql_db: ScratchDatabase) -> None:
    mysql_db.run(
        "CREATE TABLE parent (id int PRIMARY KEY)",
        "CREATE TABLE child (id int PRIMARY KEY, parent_id int, day date, "
        "KEY child_parent (parent_id), "
        "CONSTRAINT child_fk FOREIGN KEY (parent_id) REFERENCES parent (id))",
        "CREATE INDEX child_parent_day ON child (parent_id, day)",
    )
    # The wider index serves the foreign key as well, so InnoDB lets the narrow one go.
    [finding] = run_rule(mysql_db, REDUNDANT)
    assert (finding.subject, finding.evidence["covered_by"]) == ("child_parent", "child_parent_day")
    assert_fixed(mysql_db, finding)


# --- what no rule may drop -------------------------------------------------------------------


def test_mysql_last_index_of_a_foreign_key(mysql_db: ScratchDatabase) -> None:
    mysql_db.run(
        "CREATE TABLE parent (id int PRIMARY KEY, code int, KEY parent_code (code))",
        "CREATE TABLE child (id int PRIMARY KEY, code int, "
        "CONSTRAINT child_fk FOREIGN KEY (code) REFERENCES parent (code))",
    )
    catalog = reflect_url(mysql_db.url)
    child, parent = table_of(catalog, "child"), table_of(catalog, "parent")
    # Both ends of the key need their index, and InnoDB says so too.
    assert drop_blocker(for_catalog(catalog), catalog, child, child.index("child_fk")) == (  # type: ignore[arg-type]
        "InnoDB needs it for foreign key child_fk"
    )
    assert drop_blocker(for_catalog(catalog), catalog, parent, parent.index("parent_code")) == (  # type: ignore[arg-type]
        "InnoDB needs it for foreign key child_fk"
    )
    for statement in ("ALTER TABLE child DROP INDEX child_fk", "DROP INDEX parent_code ON parent"):
        with pytest.raises(sa.exc.OperationalError, match="needed in a foreign key"):
            mysql_db.run(statement)


def test_postgresql_index_a_foreign_key_depends_on(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE codes (code text NOT NULL)",
        "CREATE UNIQUE INDEX codes_code ON codes (code)",
        "CREATE TABLE uses (code text CONSTRAINT uses_code_fk REFERENCES codes (code))",
    )
    catalog = reflect_url(postgresql_db.url)
    codes = table_of(catalog, "codes")
    blocker = drop_blocker(for_catalog(catalog), catalog, codes, codes.index("codes_code"))  # type: ignore[arg-type]
    assert blocker == "foreign key uses_code_fk references it"
    with pytest.raises(sa.exc.DatabaseError, match="other objects depend on it"):
        postgresql_db.run("DROP INDEX codes_code")


def test_sqlite_parent_key_index(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run(
        "CREATE TABLE codes (code TEXT NOT NULL)",
        "CREATE UNIQUE INDEX codes_code ON codes (code)",
        "CREATE TABLE uses (code TEXT CONSTRAINT uses_code_fk REFERENCES codes (code))",
    )
    catalog = reflect_url(sqlite_db.url)
    codes = table_of(catalog, "codes")
    blocker = drop_blocker(for_catalog(catalog), catalog, codes, codes.index("codes_code"))  # type: ignore[arg-type]
    assert blocker == "foreign key uses_code_fk needs it as its key"
    # Without it SQLite rejects every write to the child: "foreign key mismatch".
    sqlite_db.run("DROP INDEX codes_code")
    with pytest.raises(Exception, match="foreign key mismatch"):
        sqlite_db.run("PRAGMA foreign_keys = ON", "INSERT INTO uses VALUES ('a')")
