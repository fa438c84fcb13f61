from __future__ import annotations

from conftest import ScratchDatabase
from rules_support import assert_fixed, brief, qualified, reflect_url, run_rule, table_of

RULE = "table-without-primary-key"


def test_tables_without_any_key(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE keyed (id INTEGER PRIMARY KEY)",
        "CREATE TABLE bare (a INTEGER, b INTEGER)",
        # Unique, but over a nullable column: not a key.
        "CREATE TABLE nullable_unique (a INTEGER, b INTEGER)",
        "CREATE UNIQUE INDEX nullable_unique_a ON nullable_unique (a)",
    )
    findings = run_rule(any_db, RULE)
    assert brief(findings) == [
        (qualified(any_db, "bare"), (), "error", None),
        (qualified(any_db, "nullable_unique"), (), "error", None),
    ]
    bare = next(f for f in findings if f.table.name == "bare")
    assert bare.message == (
        f"table {qualified(any_db, 'bare')} has no primary key "
        "and no unique key on NOT NULL columns"
    )
    assert bare.fix is None  # choosing a key needs a human


def test_partial_expression_or_prefix_unique_index_is_no_key(any_db: ScratchDatabase) -> None:
    if any_db.dialect == "mysql":
        # No partial or expression indexes here; a prefix index is unique on the prefix only.
        any_db.run(
            "CREATE TABLE soft (a VARCHAR(20) NOT NULL, gone INTEGER NOT NULL)",
            "CREATE UNIQUE INDEX soft_a_prefix ON soft (a(5))",
        )
    else:
        any_db.run(
            "CREATE TABLE soft (a INTEGER NOT NULL, gone INTEGER NOT NULL)",
            "CREATE UNIQUE INDEX soft_a_live ON soft (a) WHERE gone = 0",
            "CREATE UNIQUE INDEX soft_a_abs ON soft (abs(a))",
        )
    assert brief(run_rule(any_db, RULE)) == [(qualified(any_db, "soft"), (), "error", None)]


def test_unique_not_null_index_can_be_promoted(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE codes (code VARCHAR(10) NOT NULL, region INTEGER NOT NULL, note TEXT)",
        "CREATE UNIQUE INDEX codes_code_region ON codes (code, region)",
        "INSERT INTO codes VALUES ('a', 1, 'x'), ('a', 2, NULL)",
    )
    [finding] = run_rule(any_db, RULE)
    table = qualified(any_db, "codes")
    assert brief([finding]) == [(table, ("code", "region"), "warning", "codes_code_region")]
    assert finding.message == (
        f"table {table} has no primary key; unique index codes_code_region on NOT NULL "
        "(code, region) can become it"
    )
    if any_db.dialect == "sqlite":
        assert finding.fix is None  # SQLite adds a primary key only by rebuilding the table
        return
    assert finding.fix is not None
    if any_db.dialect == "postgresql":
        assert finding.fix == (
            'ALTER TABLE "public"."codes" ADD PRIMARY KEY USING INDEX "codes_code_region";'
        )
    else:
        assert finding.fix == (
            "ALTER TABLE `codes` ADD PRIMARY KEY (`code`, `region`), "
            "DROP INDEX `codes_code_region`, ALGORITHM=INPLACE, LOCK=NONE;"
        )
    assert_fixed(any_db, finding)
    table_after = table_of(reflect_url(any_db.url), "codes")
    assert table_after.primary_key is not None
    assert table_after.primary_key.columns == ("code", "region")
    assert len(table_after.indexes) == 1  # promoted, not copied
    assert any_db.scalar("SELECT count(*) FROM codes") == 2


def test_postgresql_unique_constraint_is_promoted_through_a_new_index(
    postgresql_db: ScratchDatabase,
) -> None:
    postgresql_db.run(
        "CREATE TABLE tokens (token text NOT NULL CONSTRAINT tokens_token_key UNIQUE)",
        "CREATE TABLE uses (token text REFERENCES tokens (token))",
    )
    [finding] = [f for f in run_rule(postgresql_db, RULE) if f.table.name == "tokens"]
    assert finding.subject == "tokens_token_key" and finding.severity.value == "warning"
    # A constraint's index cannot be handed to another constraint: build a twin, promote it.
    assert finding.fix == (
        'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tokens_pkey" ON "public"."tokens" '
        '("token");\n'
        'ALTER TABLE "public"."tokens" ADD PRIMARY KEY USING INDEX "tokens_pkey";'
    )
    assert_fixed(postgresql_db, finding)
