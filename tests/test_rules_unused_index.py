from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from conftest import ScratchDatabase
from rules_support import assert_fixed, brief, run_rule, scan_with_index, wait_for_scans

RULE = "unused-index"

SCHEMA = (
    "CREATE TABLE parent (id integer PRIMARY KEY)",
    "CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, email text, "
    "parent_id integer REFERENCES parent (id), CONSTRAINT t_email_key UNIQUE (email))",
    "CREATE INDEX t_a ON t (a)",
    "CREATE INDEX t_b ON t (b)",
    "CREATE UNIQUE INDEX t_a_b_unique ON t (a, b)",
    "CREATE INDEX t_parent ON t (parent_id)",
    "INSERT INTO t (id, a, b) SELECT g, g, g FROM generate_series(1, 200) g",
    "ANALYZE t",
)


def test_unused_index_with_old_enough_statistics(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(*SCHEMA)
    findings = run_rule(postgresql_db, RULE, min_stats_age_days=0)
    # Unique indexes, the key and the unique constraint are never candidates; the foreign
    # key's index is reported for information only.
    assert brief(findings) == [
        ("public.t", ("a",), "warning", "t_a"),
        ("public.t", ("b",), "warning", "t_b"),
        ("public.t", ("parent_id",), "info", "t_parent"),
    ]
    t_a = next(f for f in findings if f.subject == "t_a")
    assert re.fullmatch(
        r"index t_a on public\.t has not been scanned since \d{4}-\d\d-\d\d \d\d:\d\d UTC "
        r"\(\d+(\.\d)? (hours|days)\)",
        t_a.message,
    ), t_a.message
    assert t_a.evidence["scans"] == 0 and t_a.evidence["conclusive"] is True
    assert t_a.evidence["stats_since"] is not None
    assert t_a.fix == 'DROP INDEX CONCURRENTLY IF EXISTS "public"."t_a";'
    fk_index = next(f for f in findings if f.subject == "t_parent")
    assert fk_index.message.endswith("; keep it for foreign key t_parent_id_fkey")
    assert fk_index.fix is None
    assert_fixed(postgresql_db, t_a, min_stats_age_days=0)


def test_recent_statistics_downgrade_to_info(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(*SCHEMA, "SELECT pg_stat_reset()")
    findings = run_rule(postgresql_db, RULE)  # default: statistics must cover 7 days
    assert {f.severity.value for f in findings} == {"info"}
    t_a = next(f for f in findings if f.subject == "t_a")
    assert t_a.evidence["conclusive"] is False and t_a.evidence["min_stats_age_days"] == 7
    assert t_a.evidence["stats_reset"] is not None
    assert t_a.fix is None  # no drop on weak evidence
    # A threshold the statistics do meet makes the same finding a warning.
    [again] = [f for f in run_rule(postgresql_db, RULE, min_stats_age_days=0) if f.subject == "t_a"]
    assert again.severity.value == "warning" and again.fix is not None


def test_scanned_index_is_not_reported(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(*SCHEMA)
    scan_with_index(postgresql_db, "SELECT count(*) FROM t WHERE b = 5")  # only t_b can
    wait_for_scans(postgresql_db, "t", "t_b")
    subjects = {f.subject for f in run_rule(postgresql_db, RULE, min_stats_age_days=0)}
    assert "t_b" not in subjects and "t_a" in subjects


def test_invalid_index_is_left_to_invalid_index(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE t (id integer PRIMARY KEY, a integer)",
        "INSERT INTO t VALUES (1, 1), (2, 2)",
    )
    # The build divides by zero on one row and leaves the index behind, INVALID.
    with pytest.raises(sa.exc.DataError, match="division by zero"):
        postgresql_db.run("CREATE INDEX CONCURRENTLY t_inverse ON t ((1 / (a - 1)))")
    assert postgresql_db.scalar(
        "SELECT NOT indisvalid FROM pg_index WHERE indexrelid = 't_inverse'::regclass"
    )
    assert run_rule(postgresql_db, RULE, min_stats_age_days=0) == []
