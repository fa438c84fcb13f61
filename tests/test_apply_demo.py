"""`schemadoctor demo` tells the whole story on its SQLite database: check, plan, apply (each
step recorded), what changed, and a verification that passes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import run_cli


def test_demo_applies_and_verifies(tmp_path: Path) -> None:
    kept = tmp_path / "demo.db"

    result = run_cli("demo", "--keep", str(kept))

    assert result.code == 0, result.stderr
    story = result.stderr
    assert f"$ schemadoctor apply {kept} --yes" in story
    assert "What changed:" in story
    assert "+ foreign key orders(customer_id) -> customers(id)" in story
    assert "orphan rows moved to schemadoctor_quarantine" in story
    assert "Verification passed" in story
    assert story.index("$ schemadoctor check") < story.index("$ schemadoctor apply")
    # stdout is still the check report alone
    assert "Verification" not in result.stdout

    connection = sqlite3.connect(kept)
    try:
        statuses = connection.execute(
            "SELECT DISTINCT status FROM schemadoctor_migrations"
        ).fetchall()
        violations = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    assert statuses == [("done",)]
    assert violations == []
    after = run_cli("check", str(kept), "-f", "json").json()
    assert not [f for f in after["findings"] if f["rule"] == "missing-foreign-key"]
    assert not [f for f in after["findings"] if f["table"].startswith("schemadoctor_")]
