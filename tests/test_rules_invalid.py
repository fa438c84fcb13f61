"""invalid-constraint and invalid-index (PostgreSQL: NOT VALID constraints, INVALID indexes)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from conftest import ScratchDatabase
from rules_support import assert_fixed, brief, reflect_url, run_rule, table_of
from schemadoctor.model.catalog import TableName
from schemadoctor.model.findings import Reference

CONSTRAINT = "invalid-constraint"
INDEX = "invalid-index"


# --- invalid-constraint ----------------------------------------------------------------------


def _not_valid_constraints(db: ScratchDatabase) -> None:
    db.run(
        "CREATE TABLE parent (id integer PRIMARY KEY)",
        "CREATE TABLE child (id integer PRIMARY KEY, parent_id integer, qty integer)",
        "INSERT INTO parent VALUES (1)",
        "INSERT INTO child VALUES (1, 1, 5), (2, NULL, -1)",
        "ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) "
        "REFERENCES parent (id) NOT VALID",
        "ALTER TABLE child ADD CONSTRAINT qty_positive CHECK (qty > 0) NOT VALID",
        # %% is one % by the time it reaches the server; the rule's probe must cope with it too.
        "ALTER TABLE child ADD CONSTRAINT qty_small CHECK (qty < 100 OR qty %% 2 = 0) NOT VALID",
    )


def test_not_valid_constraints_that_hold(postgresql_db: ScratchDatabase) -> None:
    _not_valid_constraints(postgresql_db)
    findings = run_rule(postgresql_db, CONSTRAINT)
    assert brief(findings) == [
        ("public.child", (), "warning", "qty_positive"),
        ("public.child", (), "warning", "qty_small"),
        ("public.child", ("parent_id",), "warning", "child_parent_fk"),
    ]
    by_name = {f.subject: f for f in findings}
    fk = by_name["child_parent_fk"]
    assert fk.references == Reference(TableName("public", "parent"), ("id",))
    assert fk.message == (
        "foreign key child_parent_fk on public.child is NOT VALID: existing rows all satisfy "
        "it, so it can be validated"
    )
    assert fk.fix == 'ALTER TABLE "public"."child" VALIDATE CONSTRAINT "child_parent_fk";'
    assert by_name["qty_small"].evidence["violations"] is False
    assert_fixed(postgresql_db, fk)
    assert_fixed(postgresql_db, by_name["qty_small"])
    child = table_of(reflect_url(postgresql_db.url), "child")
    assert child.foreign_keys[0].valid
    assert {check.name: check.valid for check in child.checks} == {
        "qty_positive": False,
        "qty_small": True,
    }


def test_not_valid_constraints_that_are_broken(postgresql_db: ScratchDatabase) -> None:
    _not_valid_constraints(postgresql_db)
    # NOT VALID still guards new rows: an orphan gets in only while the key is away.
    postgresql_db.run(
        "ALTER TABLE child DROP CONSTRAINT child_parent_fk",
        "INSERT INTO child VALUES (4, 42, 1)",
        "ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) "
        "REFERENCES parent (id) NOT VALID",
    )
    by_name = {f.subject: f for f in run_rule(postgresql_db, CONSTRAINT)}
    fk, check = by_name["child_parent_fk"], by_name["qty_positive"]
    assert fk.message == (
        "foreign key child_parent_fk on public.child is NOT VALID: existing rows point at no "
        "parent row, so VALIDATE would fail until they are fixed"
    )
    assert check.message == (
        "check constraint qty_positive on public.child is NOT VALID: existing rows fail it, so "
        "VALIDATE would fail until they are fixed"
    )
    assert fk.evidence["violations"] is True and check.evidence["violations"] is True
    # No fix: the VALIDATE it would be fails, as PostgreSQL confirms.
    assert fk.fix is None and check.fix is None
    with pytest.raises(sa.exc.IntegrityError):
        postgresql_db.run('ALTER TABLE child VALIDATE CONSTRAINT "qty_positive"')


def test_a_question_that_fails_leaves_the_next_one_answered(
    postgresql_db: ScratchDatabase,
) -> None:
    """The rule asks all its questions over one connection; on PostgreSQL a failed statement
    would abort the transaction, and with it every later answer."""
    postgresql_db.run(
        "CREATE TABLE line (id integer PRIMARY KEY, amount integer)",
        "INSERT INTO line VALUES (1, 0)",
        # Checked in name order: the first probe divides by zero.
        "ALTER TABLE line ADD CONSTRAINT a_ratio CHECK (10 / amount > 1) NOT VALID",
        "ALTER TABLE line ADD CONSTRAINT b_positive CHECK (amount > 0) NOT VALID",
        "ALTER TABLE line ADD CONSTRAINT c_small CHECK (amount < 5) NOT VALID",
    )
    by_name = {f.subject: f for f in run_rule(postgresql_db, CONSTRAINT)}
    assert by_name["a_ratio"].evidence["violations"] is None
    assert by_name["a_ratio"].message.endswith(": existing rows were never checked")
    assert by_name["b_positive"].evidence["violations"] is True
    assert by_name["c_small"].evidence["violations"] is False


def test_other_engines_have_no_not_valid_state(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY)",
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id), "
        "qty INTEGER CHECK (qty > 0))",
    )
    assert run_rule(any_db, CONSTRAINT) == []
    assert run_rule(any_db, INDEX) == []


# --- invalid-index ---------------------------------------------------------------------------


def _failed_unique_build(db: ScratchDatabase) -> None:
    """What a CREATE UNIQUE INDEX CONCURRENTLY over duplicate values leaves behind."""
    db.run(
        "CREATE TABLE people (id integer PRIMARY KEY, email text)",
        "INSERT INTO people VALUES (1, 'a@x'), (2, 'a@x'), (3, 'b@x'), (4, NULL), (5, NULL)",
    )
    with pytest.raises(sa.exc.IntegrityError, match="could not create unique index"):
        db.run("CREATE UNIQUE INDEX CONCURRENTLY people_email ON people (email)")


def test_invalid_unique_index_over_duplicates_is_dropped(postgresql_db: ScratchDatabase) -> None:
    _failed_unique_build(postgresql_db)
    [finding] = run_rule(postgresql_db, INDEX)
    assert brief([finding]) == [("public.people", ("email",), "error", "people_email")]
    assert finding.message == (
        "unique index people_email on public.people is INVALID: it enforces nothing and no "
        "query can use it; the table holds duplicate keys, so a rebuild would fail: drop it, "
        "or remove the duplicates and rebuild it"
    )
    assert finding.evidence["duplicate_keys"] is True and finding.evidence["ready"] is False
    # The rebuild the message warns about does fail:
    with pytest.raises(sa.exc.IntegrityError, match="is duplicated"):
        postgresql_db.run("REINDEX INDEX people_email")
    assert finding.fix == 'DROP INDEX CONCURRENTLY IF EXISTS "public"."people_email";'
    assert_fixed(postgresql_db, finding)


def test_invalid_unique_index_without_duplicates_is_rebuilt(
    postgresql_db: ScratchDatabase,
) -> None:
    _failed_unique_build(postgresql_db)
    postgresql_db.run("DELETE FROM people WHERE id = 2")  # NULLs never clash
    [finding] = run_rule(postgresql_db, INDEX)
    assert finding.message == (
        "unique index people_email on public.people is INVALID: it enforces nothing and no "
        "query can use it"
    )
    assert finding.evidence["duplicate_keys"] is False
    assert finding.fix == 'REINDEX INDEX CONCURRENTLY "public"."people_email";'
    assert_fixed(postgresql_db, finding)
    index = table_of(reflect_url(postgresql_db.url), "people").index("people_email")
    assert index is not None and index.valid and index.ready
    with pytest.raises(sa.exc.IntegrityError):
        postgresql_db.run("INSERT INTO people VALUES (9, 'b@x')")


def test_invalid_index_with_a_valid_twin(postgresql_db: ScratchDatabase) -> None:
    _failed_unique_build(postgresql_db)
    postgresql_db.run(
        "DELETE FROM people WHERE id = 2",
        "CREATE INDEX people_email_plain ON people (email)",  # not unique: no twin
        "CREATE UNIQUE INDEX people_email_ok ON people (email)",
    )
    [finding] = run_rule(postgresql_db, INDEX)
    assert finding.message.endswith(
        "; valid index people_email_ok has the same definition: drop this one"
    )
    assert finding.fix == 'DROP INDEX CONCURRENTLY IF EXISTS "public"."people_email";'
    assert_fixed(postgresql_db, finding)


def test_leftover_of_a_failed_reindex_concurrently(postgresql_db: ScratchDatabase) -> None:
    _failed_unique_build(postgresql_db)
    with pytest.raises(sa.exc.IntegrityError):
        postgresql_db.run("REINDEX INDEX CONCURRENTLY people_email")
    by_subject = {f.subject: f for f in run_rule(postgresql_db, INDEX)}
    assert set(by_subject) == {"people_email", "people_email_ccnew"}
    leftover = by_subject["people_email_ccnew"]
    assert leftover.message.endswith(
        "; leftover of a failed REINDEX CONCURRENTLY of people_email: drop it"
    )
    assert_fixed(postgresql_db, leftover)


def test_invalid_expression_index_is_rebuilt(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE t (id integer PRIMARY KEY, a integer)",
        "INSERT INTO t VALUES (1, 1), (2, 2)",
    )
    with pytest.raises(sa.exc.DataError, match="division by zero"):
        postgresql_db.run("CREATE INDEX CONCURRENTLY t_inverse ON t ((1 / (a - 1)))")
    [finding] = run_rule(postgresql_db, INDEX)
    assert finding.message == "index t_inverse on public.t is INVALID: no query can use it"
    assert finding.columns == ("(1 / (a - 1))",)
    assert finding.fix == 'REINDEX INDEX CONCURRENTLY "public"."t_inverse";'
    postgresql_db.run("DELETE FROM t WHERE a = 1")  # what broke the build
    assert_fixed(postgresql_db, finding)


def test_invalid_partitioned_index(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE events (id bigint, day date) PARTITION BY RANGE (day)",
        "CREATE TABLE events_2024 PARTITION OF events "
        "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
        "CREATE INDEX events_id ON ONLY events (id)",
    )
    [finding] = run_rule(postgresql_db, INDEX)
    assert finding.message == (
        "index events_id on partitioned table public.events is INVALID: attach a matching index "
        "of every partition to it (ALTER INDEX ... ATTACH PARTITION)"
    )
    assert finding.fix is None
    postgresql_db.run(
        "CREATE INDEX events_2024_id ON events_2024 (id)",
        "ALTER INDEX events_id ATTACH PARTITION events_2024_id",
    )
    assert run_rule(postgresql_db, INDEX) == []
