"""orphan-rows: rows violating a declared foreign key, where each engine lets them in.

PostgreSQL: a constraint added NOT VALID. MySQL/MariaDB: rows loaded with
foreign_key_checks=0. SQLite: foreign keys declared but never enforced (PRAGMA foreign_keys is
off by default)."""

from __future__ import annotations

from conftest import ScratchDatabase, check_findings, run_cli
from schemadoctor.model.findings import Severity

PARENT = "CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(20))"
PARENT_ROWS = "INSERT INTO authors VALUES (1, 'a'), (2, 'b'), (3, 'c')"
CHILD_ROWS = "INSERT INTO books VALUES (1, 1), (2, 2), (3, 3), (4, 40), (5, 41), (6, 41), (7, NULL)"


def _plant_orphans(db: ScratchDatabase) -> None:
    """books.author_id -> authors.id declared, with 3 rows (values 40, 41, 41) orphaned."""
    if db.dialect == "postgresql":
        db.run(
            PARENT,
            PARENT_ROWS,
            "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER)",
            CHILD_ROWS,
            "ALTER TABLE books ADD CONSTRAINT books_author_fk FOREIGN KEY (author_id) "
            "REFERENCES authors (id) NOT VALID",
        )
    elif db.dialect == "mysql":
        db.run(
            "SET FOREIGN_KEY_CHECKS = 0",
            PARENT,
            PARENT_ROWS,
            "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER, "
            "CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id))",
            CHILD_ROWS,
        )
    else:
        db.run(
            PARENT,
            PARENT_ROWS,
            "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER, "
            "CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id))",
            CHILD_ROWS,
        )


def test_orphans_of_a_declared_foreign_key_are_counted(any_db: ScratchDatabase) -> None:
    _plant_orphans(any_db)
    (finding,) = check_findings(any_db.url, "orphan-rows")
    assert (finding.table.name, finding.columns) == ("books", ("author_id",))
    assert finding.references is not None and finding.references.table.name == "authors"
    assert finding.severity == Severity.ERROR
    assert finding.subject == "books_author_fk"
    assert finding.evidence["orphans"] == 3
    assert finding.evidence["orphan_samples"] == [40, 41]
    assert finding.evidence["orphans_exact"] is True
    assert "3 rows" in finding.message


def test_orphan_rows_fix_quarantines_before_the_constraint_is_trusted(
    any_db: ScratchDatabase,
) -> None:
    _plant_orphans(any_db)
    result = run_cli("check", any_db.url, "--rules", "orphan-rows", "--format", "json")
    assert result.code == 1, result.stderr
    (finding,) = result.json()["findings"]
    assert finding["evidence"]["orphans"] == 3
    fix = finding["fix"] or ""
    assert "schemadoctor_quarantine" in fix
    if any_db.dialect == "postgresql":
        assert "VALIDATE CONSTRAINT" in fix


def test_clean_foreign_keys_give_no_finding(any_db: ScratchDatabase) -> None:
    any_db.run(
        PARENT,
        PARENT_ROWS,
        "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER, "
        "CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id))",
        "INSERT INTO books VALUES (1, 1), (2, NULL)",
    )
    assert check_findings(any_db.url, "orphan-rows") == []


def test_composite_foreign_key_orphans(any_db: ScratchDatabase) -> None:
    ddl = (
        "CREATE TABLE order_lines (order_id INTEGER NOT NULL, line_no INTEGER NOT NULL, "
        "PRIMARY KEY (order_id, line_no))",
        "CREATE TABLE picks (id INTEGER PRIMARY KEY, order_id INTEGER, line_no INTEGER, "
        "CONSTRAINT picks_line_fk FOREIGN KEY (order_id, line_no) "
        "REFERENCES order_lines (order_id, line_no))",
    )
    rows = (
        "INSERT INTO order_lines VALUES (1, 1), (1, 2), (2, 1)",
        "INSERT INTO picks VALUES (1, 1, 1), (2, 1, 2), (3, 2, 2), (4, NULL, 9)",
    )
    if any_db.dialect == "postgresql":
        any_db.run(
            ddl[0],
            "CREATE TABLE picks (id INTEGER PRIMARY KEY, order_id INTEGER, line_no INTEGER)",
            *rows,
            "ALTER TABLE picks ADD CONSTRAINT picks_line_fk FOREIGN KEY (order_id, line_no) "
            "REFERENCES order_lines (order_id, line_no) NOT VALID",
        )
    elif any_db.dialect == "mysql":
        any_db.run("SET FOREIGN_KEY_CHECKS = 0", *ddl, *rows)
    else:
        any_db.run(*ddl, *rows)
    (finding,) = check_findings(any_db.url, "orphan-rows")
    assert finding.columns == ("order_id", "line_no")
    # (2, 2) has no line; (NULL, 9) is not checked under MATCH SIMPLE.
    assert finding.evidence["orphans"] == 1
    assert finding.evidence["orphan_samples"] == [[2, 2]]
