"""`schemadoctor plan --format alembic`: a revision that a real Alembic environment upgrades
and downgrades cleanly on each engine, leaving the database as it found it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ScratchDatabase, check_findings, run_cli
from plan_support import (
    ORDERS,
    adversarial_plan,
    build_adversarial,
    build_delivery,
    data_of,
    schema_of,
)
from schemadoctor.render.alembic import render_revision

ENV_PY = """
import os

from alembic import context
from sqlalchemy import create_engine, pool


def run() -> None:
    engine = create_engine(os.environ["SCHEMADOCTOR_ALEMBIC_URL"], poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()


run()
"""


def alembic_project(directory: Path) -> Path:
    (directory / "versions").mkdir(parents=True)
    (directory / "env.py").write_text(ENV_PY)
    ini = directory / "alembic.ini"
    ini.write_text("[alembic]\nscript_location = %(here)s\n")
    return ini


def alembic(db: ScratchDatabase, ini: Path, *args: str) -> subprocess.CompletedProcess[str]:
    url = db.engine.url.render_as_string(hide_password=False)
    return subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ini), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "SCHEMADOCTOR_ALEMBIC_URL": url},
        check=False,
    )


def test_alembic_upgrade_and_downgrade(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_delivery(any_db)
    loose = any_db.dialect == "sqlite"  # batch mode writes its own CREATE TABLE text
    schema0, data0 = schema_of(any_db.url, loose=loose), data_of(any_db.url)
    ini = alembic_project(tmp_path / "migrations")
    revision = tmp_path / "migrations" / "versions" / "schemadoctor_fix.py"
    result = run_cli("plan", any_db.url, "--format", "alembic", "-o", str(revision))
    assert result.code == 0, result.stderr
    source = revision.read_text()
    compile(source, str(revision), "exec")
    assert "def upgrade() -> None:" in source and "def downgrade() -> None:" in source
    if any_db.dialect == "postgresql":
        assert "postgresql_not_valid=True" in source
        assert "postgresql_concurrently=True" in source and "autocommit_block()" in source
    elif any_db.dialect == "sqlite":
        assert "batch_alter_table('orders', recreate='always')" in source

    up = alembic(any_db, ini, "upgrade", "head")
    assert up.returncode == 0, up.stderr
    assert check_findings(any_db.url, "missing-foreign-key", "orphan-rows", "duplicate-index") == []
    q = any_db.quote
    assert (
        any_db.scalar(f"SELECT count(*) FROM {q('orders')} WHERE {q('customer_id')} IS NULL") == 2
    )

    down = alembic(any_db, ini, "downgrade", "-1")
    assert down.returncode == 0, down.stderr
    assert schema_of(any_db.url, loose=loose) == schema0
    assert data_of(any_db.url) == data0
    assert any_db.scalar(f"SELECT count(*) FROM {q('orders')}") == ORDERS + 2


def test_alembic_revision_follows_a_given_revision(sqlite_db: ScratchDatabase, tmp_path: Path):
    build_delivery(sqlite_db)
    ini = alembic_project(tmp_path / "migrations")
    versions = tmp_path / "migrations" / "versions"
    (versions / "base.py").write_text(
        'revision = "base0001"\ndown_revision = None\nbranch_labels = None\n'
        "depends_on = None\n\n\ndef upgrade() -> None:\n    pass\n\n\n"
        "def downgrade() -> None:\n    pass\n"
    )
    result = run_cli(
        "plan",
        sqlite_db.url,
        "-f",
        "alembic",
        "--down-revision",
        "base0001",
        "-o",
        str(versions / "fix.py"),
    )
    assert result.code == 0, result.stderr
    assert alembic(sqlite_db, ini, "upgrade", "head").returncode == 0
    heads = alembic(sqlite_db, ini, "current")
    assert "(head)" in heads.stdout
    assert alembic(sqlite_db, ini, "downgrade", "base0001").returncode == 0


def test_adversarial_identifiers_through_alembic(any_db: ScratchDatabase, tmp_path: Path) -> None:
    build_adversarial(any_db)
    loose = any_db.dialect == "sqlite"
    schema0, data0 = schema_of(any_db.url, loose=loose), data_of(any_db.url)
    ini = alembic_project(tmp_path / "migrations")
    revision = tmp_path / "migrations" / "versions" / "fix.py"
    revision.write_text(render_revision(adversarial_plan(any_db)))
    up = alembic(any_db, ini, "upgrade", "head")
    assert up.returncode == 0, up.stderr
    assert check_findings(any_db.url, "orphan-rows", "duplicate-index") == []
    down = alembic(any_db, ini, "downgrade", "-1")
    assert down.returncode == 0, down.stderr
    assert schema_of(any_db.url, loose=loose) == schema0
    assert data_of(any_db.url) == data0
