"""The opt-in fixes: CHECK constraints on status-like columns and SET NOT NULL on required
columns, planned only when asked for with --rules, up and down on each engine."""

from __future__ import annotations

from pathlib import Path

from conftest import ScratchDatabase, check_findings, run_cli
from plan_support import data_of, run_ok, schema_of

OPT_IN = ("status-check-constraint", "missing-not-null")


def build(db: ScratchDatabase) -> None:
    q = db.quote
    db.run(
        f"CREATE TABLE {q('tickets')} ({q('id')} INTEGER PRIMARY KEY, {q('status')} VARCHAR(20), "
        f"{q('title')} VARCHAR(80), {q('note')} VARCHAR(80), {q('priority')} VARCHAR(20), "
        f"{q('kind')} VARCHAR(40))",
    )
    rows = []
    for n in range(1, 41):
        status = ("open", "closed", "in 'review'")[n % 3]
        note = "NULL" if n % 4 == 0 else f"'note {n}'"
        kind = f"'kind {n}'"  # forty distinct values: not a status list
        rows.append(
            f"({n}, '{status.replace(chr(39), chr(39) * 2)}', 'ticket {n}', {note}, "
            f"{'NULL' if n % 5 == 0 else repr('high' if n % 2 else 'low')}, {kind})"
        )
    db.run(f"INSERT INTO {q('tickets')} VALUES {', '.join(rows)}")


def test_opt_in_rules_are_not_in_a_default_plan(any_db: ScratchDatabase) -> None:
    build(any_db)
    result = run_cli("plan", any_db.url)
    assert result.code == 0 and "nothing to fix" in result.stderr


def test_checks_and_not_null_up_and_down(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build(any_db)
    found = check_findings(any_db.url, *OPT_IN)
    by = {(f.rule, f.columns[0]) for f in found}
    assert by == {
        ("status-check-constraint", "status"),
        ("status-check-constraint", "priority"),
        ("missing-not-null", "status"),
        ("missing-not-null", "title"),
        ("missing-not-null", "kind"),
    }
    status = next(
        f for f in found if f.rule == "status-check-constraint" and f.columns == ("status",)
    )
    assert status.evidence["values"] == {"open": 13, "closed": 14, "in 'review'": 13}
    assert "'closed'" in status.message

    schema0, data0 = schema_of(any_db.url), data_of(any_db.url)
    up = tmp_path / "fix.sql"
    result = run_cli("plan", any_db.url, "--rules", ",".join(OPT_IN), "-o", str(up))
    assert result.code == 0, result.stderr
    text = up.read_text()
    if any_db.dialect == "postgresql":
        assert "IS NOT NULL) NOT VALID" in text and "SET NOT NULL" in text
    run_ok(any_db, up)
    run_ok(any_db, up)
    assert check_findings(any_db.url, *OPT_IN) == []
    q = any_db.quote
    insert = f"INSERT INTO {q('tickets')} ({q('id')}, {q('status')}, {q('title')}) VALUES"
    for bad in (f"{insert} (99, 'clsoed', 't')", f"{insert} (98, 'open', NULL)"):
        try:
            any_db.run(bad)
        except Exception:
            continue
        raise AssertionError(f"accepted: {bad}")

    down = tmp_path / "fix.down.sql"
    run_ok(any_db, down)
    run_ok(any_db, down)
    assert schema_of(any_db.url) == schema0
    assert data_of(any_db.url) == data0
