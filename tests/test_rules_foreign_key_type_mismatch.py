from __future__ import annotations

import pytest
import sqlalchemy as sa

from conftest import ScratchDatabase
from rules_support import (
    assert_fixed,
    brief,
    fix_statements,
    reflect_url,
    run_rule,
    table_of,
)
from schemadoctor.model.catalog import TableName
from schemadoctor.model.findings import Reference

RULE = "foreign-key-type-mismatch"


@pytest.mark.parametrize(
    ("child_type", "parent_type", "severity", "message_tail"),
    [
        ("integer", "bigint", "warning", "is integer, narrower than the bigint of public.p.k"),
        ("bigint", "integer", "info", "is bigint but references public.p.k, which is integer"),
        (
            "varchar(20)",
            "varchar(21)",
            "warning",
            "is character varying(20), narrower than the character varying(21) of public.p.k",
        ),
        (
            "varchar(21)",
            "varchar(20)",
            "info",
            "is character varying(21) but references public.p.k, which is character varying(20)",
        ),
        ("text", "varchar(20)", "info", "is text but references public.p.k, which is "),
        ("varchar(20)", "text", "warning", "is character varying(20), narrower than the text of"),
        ("numeric(10,2)", "numeric(12,2)", "warning", "narrower than the numeric(12,2) of"),
        ("smallint", "integer", "warning", "is smallint, narrower than the integer of"),
    ],
)
def test_postgresql_sized_types(
    postgresql_db: ScratchDatabase,
    child_type: str,
    parent_type: str,
    severity: str,
    message_tail: str,
) -> None:
    postgresql_db.run(
        f"CREATE TABLE p (k {parent_type} PRIMARY KEY)",
        f"CREATE TABLE c (id integer PRIMARY KEY, k {child_type} NOT NULL DEFAULT 1 "
        "CONSTRAINT c_k_fk REFERENCES p (k) ON DELETE CASCADE)",
        "COMMENT ON COLUMN c.k IS 'the key'",
    )
    [finding] = run_rule(postgresql_db, RULE)
    assert brief([finding]) == [("public.c", ("k",), severity, "c_k_fk")]
    assert message_tail in finding.message
    assert finding.message.startswith("public.c.k ")
    assert finding.references == Reference(TableName("public", "p"), ("k",))
    parent = table_of(reflect_url(postgresql_db.url), "p").column("k")
    assert parent is not None
    assert finding.fix == f'ALTER TABLE "public"."c" ALTER COLUMN "k" TYPE {parent.type};'
    assert_fixed(postgresql_db, finding)
    child = table_of(reflect_url(postgresql_db.url), "c")
    column = child.column("k")
    assert column is not None and column.type == parent.type and not column.nullable
    assert child.foreign_keys[0].on_delete == "CASCADE"


def test_postgresql_same_types_in_other_spellings(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE p (id serial PRIMARY KEY, big bigint GENERATED ALWAYS AS IDENTITY UNIQUE,"
        " code varchar(10) UNIQUE)",
        "CREATE TABLE c (id int4 REFERENCES p (id), big int8 REFERENCES p (big),"
        " code character varying(10) REFERENCES p (code))",
    )
    assert run_rule(postgresql_db, RULE) == []


def test_postgresql_other_families_get_no_fix(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE p (k numeric PRIMARY KEY, at timestamptz UNIQUE)",
        "CREATE TABLE c (k integer REFERENCES p (k), at timestamp REFERENCES p (at))",
    )
    findings = run_rule(postgresql_db, RULE)
    assert brief(findings) == [
        ("public.c", ("at",), "warning", "c_at_fkey"),
        ("public.c", ("k",), "warning", "c_k_fkey"),
    ]
    by_column = {f.columns[0]: f for f in findings}
    assert by_column["k"].message == (
        "public.c.k is integer but references public.p.k, which is numeric"
    )
    assert by_column["k"].fix is None  # across families the data may not convert
    assert by_column["at"].message == (
        "public.c.at is timestamp without time zone but references public.p.at, "
        "which is timestamp with time zone"
    )


def test_postgresql_one_column_of_a_composite_key(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE p (a integer, b bigint, PRIMARY KEY (a, b))",
        "CREATE TABLE c (a integer, b integer, CONSTRAINT c_fk FOREIGN KEY (a, b) "
        "REFERENCES p (a, b))",
    )
    [finding] = run_rule(postgresql_db, RULE)
    assert (finding.columns, finding.references.columns) == (("b",), ("b",))  # type: ignore[union-attr]
    assert_fixed(postgresql_db, finding)


def test_mariadb_refuses_sign_and_width_mismatches(mysql_db: ScratchDatabase) -> None:
    # Why the MariaDB tests below use string lengths: InnoDB rejects these keys outright.
    mysql_db.run("CREATE TABLE p (id int unsigned PRIMARY KEY, big bigint UNIQUE)")
    for definition in (
        "x int, FOREIGN KEY (x) REFERENCES p (id)",
        "x int, FOREIGN KEY (x) REFERENCES p (big)",
    ):
        with pytest.raises(sa.exc.OperationalError, match="incorrectly formed"):
            mysql_db.run(f"CREATE TABLE c (id int PRIMARY KEY, {definition})")


def test_mariadb_string_lengths(mysql_db: ScratchDatabase) -> None:
    mysql_db.run(
        "CREATE TABLE p (code varchar(30) COLLATE utf8mb4_bin NOT NULL PRIMARY KEY, "
        "tag char(8) NOT NULL UNIQUE)",
        "CREATE TABLE c (id int PRIMARY KEY, "
        "code varchar(20) COLLATE utf8mb4_bin NOT NULL DEFAULT 'none' COMMENT 'parent code', "
        "tag varchar(8), "
        "CONSTRAINT c_code_fk FOREIGN KEY (code) REFERENCES p (code) "
        "ON DELETE CASCADE ON UPDATE CASCADE, "
        "CONSTRAINT c_tag_fk FOREIGN KEY (tag) REFERENCES p (tag))",
        "INSERT INTO p VALUES ('none', 'a'), ('x', 'b')",
        "INSERT INTO c VALUES (1, 'none', 'a'), (2, 'x', NULL)",
    )
    findings = run_rule(mysql_db, RULE)
    assert brief(findings) == [
        ("c", ("code",), "warning", "c_code_fk"),
        ("c", ("tag",), "info", "c_tag_fk"),
    ]
    code = next(f for f in findings if f.subject == "c_code_fk")
    assert (
        code.message
        == "c.code is varchar(20), narrower than the varchar(30) of p.code it references"
    )
    # InnoDB will not retype a column a foreign key uses: drop the key, retype, add it back,
    # restating everything MODIFY would otherwise forget.
    statements = fix_statements(code.fix or "")
    drop = next(i for i, s in enumerate(statements) if "DROP FOREIGN KEY" in s)
    modify = statements.index(
        "ALTER TABLE `c` MODIFY COLUMN `code` varchar(30) COLLATE utf8mb4_bin NOT NULL "
        "DEFAULT 'none' COMMENT 'parent code'"
    )
    add = next(i for i, s in enumerate(statements) if "ADD CONSTRAINT `c_code_fk`" in s)
    assert drop < modify < add
    assert statements[add].endswith(
        "REFERENCES `p` (`code`) ON DELETE CASCADE ON UPDATE CASCADE, ALGORITHM=INPLACE, LOCK=NONE"
    )
    assert_fixed(mysql_db, code)
    child = table_of(reflect_url(mysql_db.url), "c")
    column = child.column("code")
    assert column is not None
    assert (column.type, column.nullable, column.default, column.comment, column.collation) == (
        "varchar(30)",
        False,
        "'none'",
        "parent code",
        "utf8mb4_bin",
    )
    fk = next(fk for fk in child.foreign_keys if fk.name == "c_code_fk")
    assert (fk.on_delete, fk.on_update) == ("CASCADE", "CASCADE")
    assert mysql_db.scalar("SELECT count(*) FROM c") == 2


def test_sqlite_compares_affinity(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run(
        "CREATE TABLE p (id INTEGER PRIMARY KEY, code TEXT UNIQUE, amount NUMERIC UNIQUE)",
        # Same affinity, other spelling: SQLite stores and compares them alike.
        "CREATE TABLE same (a INT REFERENCES p (id), b BIGINT REFERENCES p (id), "
        "c VARCHAR(5) REFERENCES p (code), d DECIMAL(4,1) REFERENCES p (amount))",
        "CREATE TABLE other (a TEXT REFERENCES p (id), b INTEGER REFERENCES p (amount))",
    )
    findings = run_rule(sqlite_db, RULE)
    assert brief(findings) == [
        ("other", ("a",), "warning", None),
        ("other", ("b",), "warning", None),
    ]
    by_column = {f.columns[0]: f for f in findings}
    assert by_column["a"].message == "other.a is TEXT but references p.id, which is INTEGER"
    assert all(f.fix is None for f in findings)  # retyping needs a table rebuild
