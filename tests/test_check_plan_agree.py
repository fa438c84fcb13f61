"""`check` and `plan` compute each finding's fix once, from the same run: the SQL a finding
shows (`check --format json`, `--show-fixes`) is the SQL the plan carries for it."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ScratchDatabase, run_cli

SCHEMA = (
    "CREATE TABLE artist (artist_id integer PRIMARY KEY, name varchar(50))",
    "CREATE TABLE album (album_id integer PRIMARY KEY, title varchar(50), artist_id integer)",
    "CREATE TABLE track (track_id integer PRIMARY KEY, name varchar(50), album_id integer)",
    "CREATE TABLE invoice (invoice_id integer PRIMARY KEY, total integer)",
    "CREATE TABLE invoice_line (invoice_line_id integer PRIMARY KEY, invoice_id integer, "
    "track_id integer, quantity integer)",
    "INSERT INTO artist VALUES (1, 'a'), (2, 'b')",
    "INSERT INTO album VALUES (1, 'x', 1), (2, 'y', 2), (3, 'z', 1)",
    "INSERT INTO track VALUES (1, 't1', 1), (2, 't2', 2), (3, 't3', 3)",
    "INSERT INTO invoice VALUES (1, 10), (2, 20)",
    "INSERT INTO invoice_line VALUES (1, 1, 1, 1), (2, 1, 2, 1), (3, 2, 3, 2)",
)


def on_delete(sql: str, constraint: str) -> set[str]:
    """The ON DELETE actions given to the constraint named `constraint` in `sql`."""
    clause = re.escape(constraint) + r"\W+\s+FOREIGN KEY[^;]*?ON DELETE (CASCADE|RESTRICT|SET NULL)"
    return set(re.findall(clause, sql.replace('\\"', '"')))


def test_check_fix_is_the_plan_step(any_db: ScratchDatabase, tmp_path: Path) -> None:
    any_db.run(*SCHEMA)
    check = run_cli("check", any_db.url, "--format", "json", "--fail-on", "never")
    assert check.code == 0, check.stderr
    fixes = {
        (f["table"].split(".")[-1], tuple(f["columns"])): f["fix"]
        for f in check.json()["findings"]
        if f["rule"] == "missing-foreign-key"
    }
    assert {key for key in fixes} >= {
        ("album", ("artist_id",)),
        ("track", ("album_id",)),
        ("invoice_line", ("invoice_id",)),
        ("invoice_line", ("track_id",)),
    }
    plan = run_cli("plan", any_db.url, "-o", str(tmp_path / "fix.sql"))
    assert plan.code == 0, plan.stderr
    script = (tmp_path / "fix.sql").read_text(encoding="utf-8")
    for (table, columns), fix in fixes.items():
        constraint = f"{table}_{'_'.join(columns)}_fkey"
        in_check, in_plan = on_delete(fix, constraint), on_delete(script, constraint)
        assert len(in_check) == 1 and in_check == in_plan, (table, columns, in_check, in_plan)
