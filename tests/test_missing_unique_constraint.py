"""missing-unique-constraint: identity-like columns without duplicates get a unique
constraint (PostgreSQL: built CONCURRENTLY, then attached USING INDEX); e-mails that differ
only in case are a finding of their own, with samples, and block the lower(email) index until
they are resolved."""

from __future__ import annotations

from pathlib import Path

import pytest

from apply_support import reflected_table
from conftest import ScratchDatabase, check_findings
from types_support import apply_file, insert_rows, plan_and_apply, same_shape

RULE = "missing-unique-constraint"


def build_accounts(db: ScratchDatabase) -> None:
    q = db.quote
    text = "VARCHAR(120)"
    db.run(
        f"CREATE TABLE {q('accounts')} ({q('id')} INTEGER PRIMARY KEY, {q('name')} {text})",
        f"CREATE TABLE {q('users')} ({q('id')} INTEGER PRIMARY KEY, {q('account_id')} INTEGER "
        f"NOT NULL REFERENCES {q('accounts')} ({q('id')}), {q('email')} {text} NOT NULL, "
        f"{q('username')} {text}, {q('slug')} {text}, {q('bio')} {text})",
    )
    insert_rows(db, "accounts", ("id", "name"), [(n, f"account {n}") for n in range(1, 4)])
    insert_rows(
        db,
        "users",
        ("id", "account_id", "email", "username", "slug", "bio"),
        [
            # slugs repeat across accounts, never within one; bios repeat everywhere
            (n, n % 3 + 1, f"user{n}@example.org", f"user{n}", f"page-{n // 3}", "hello")
            for n in range(1, 61)
        ],
    )


def by_columns(findings: list) -> dict[tuple[str, ...], object]:
    return {finding.columns: finding for finding in findings}


@pytest.mark.parametrize("dialect", ["postgresql", "mysql", "sqlite"])
def test_identity_columns_get_a_unique_constraint_and_it_rolls_back(
    request: pytest.FixtureRequest, dialect: str, tmp_path: Path
) -> None:
    db: ScratchDatabase = request.getfixturevalue(f"{dialect}_db")
    build_accounts(db)
    shape = same_shape(db.url, db.dialect)
    found = by_columns(check_findings(db.url, RULE))
    assert set(found) == {("email",), ("username",), ("account_id", "slug")}
    email = found[("email",)]
    if dialect == "mysql":
        # Its collation ignores case: a plain unique index already compares that way.
        assert email.evidence["unique"] == "plain-ci"
    else:
        assert email.evidence["unique"] == "lower" and "lower(" in (email.fix or "")
    if dialect == "postgresql":
        fix = found[("username",)].fix or ""
        assert "CREATE UNIQUE INDEX CONCURRENTLY" in fix and "UNIQUE USING INDEX" in fix

    plan, report = plan_and_apply(db, tmp_path, RULE)
    assert report["verification"]["passed"], report["verification"]
    users = reflected_table(db, "users")
    assert ("username",) in users.unique_keys and ("account_id", "slug") in users.unique_keys
    if dialect == "postgresql":
        constraints = {c.name for c in users.unique_constraints}
        assert {"users_username_key", "users_account_id_slug_key"} <= constraints
    assert check_findings(db.url, RULE) == []
    with pytest.raises(Exception, match=r"(?i)duplicate|unique"):
        db.run(
            f"INSERT INTO {db.quote('users')} VALUES (999, 1, 'x@example.org', 'user1', 'z', '')"
        )
    apply_file(db, plan.with_name("fix.down.sql"))
    assert same_shape(db.url, db.dialect) == shape


@pytest.mark.parametrize("dialect", ["postgresql", "mysql", "sqlite"])
def test_emails_that_differ_in_case_are_a_finding_with_samples_and_no_fix(
    request: pytest.FixtureRequest, dialect: str
) -> None:
    db: ScratchDatabase = request.getfixturevalue(f"{dialect}_db")
    build_accounts(db)
    db.run(f"UPDATE {db.quote('users')} SET {db.quote('email')} = 'User7@Example.org' WHERE id = 8")
    db.run(f"UPDATE {db.quote('users')} SET {db.quote('email')} = 'user7@example.org' WHERE id = 7")
    found = by_columns(check_findings(db.url, RULE))
    duplicates = found[("email",)]
    assert duplicates.subject == "case-duplicates" and duplicates.fix is None
    assert duplicates.evidence["groups"] == 1
    (sample,) = duplicates.evidence["samples"]
    assert sample["rows"] == 2
    if dialect != "mysql":  # MySQL's case-insensitive grouping shows one spelling of the two
        assert sorted(sample["spellings"]) == ["User7@Example.org", "user7@example.org"]
    assert "differ only in case" in duplicates.message or "more than once" in duplicates.message
    assert "User7@Example.org" in duplicates.message or "user7@example.org" in duplicates.message

    # Resolved: the missing constraint is reported, with its fix.
    db.run(f"UPDATE {db.quote('users')} SET {db.quote('email')} = 'other@example.org' WHERE id = 8")
    email = by_columns(check_findings(db.url, RULE))[("email",)]
    assert email.subject is None and email.fix is not None


def test_a_unique_lower_index_already_counts(postgresql_db: ScratchDatabase) -> None:
    db = postgresql_db
    build_accounts(db)
    db.run("CREATE UNIQUE INDEX users_email_ci ON users (lower(email))")
    assert ("email",) not in by_columns(check_findings(db.url, RULE))
