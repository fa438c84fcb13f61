"""Bad input gets exit code 2 and exactly one clear line on stderr: no traceback, no password."""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from conftest import ScratchDatabase, run_cli

SECRET = "s3cr3t-Pa55"


def _fails_cleanly(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    """Run the CLI; assert exit 2 and one line on stderr; return that line."""
    result = run_cli(*args, cwd=cwd, env=env)
    assert result.code == 2, (result.code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    assert SECRET not in result.stderr
    return lines[0]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"postgresql://app:{SECRET}@127.0.0.1:notaport/db", "the port 'notaport' is not a number"),
        (f"postgresql://app:{SECRET}@127.0.0.1:99999/db", "port 99999 is out of range"),
        (f"mysql://app:{SECRET}@127.0.0.1:/db", "the port is empty"),
        (f"postgresql://app:p@{SECRET}@127.0.0.1/db", "contains '@'; write it as %40"),
        (f"oracle://app:{SECRET}@127.0.0.1/db", "unsupported database scheme 'oracle://'"),
        ("postgresql:/db", "expected postgresql://user@host/database"),
        ("postgresql://127.0.0.1", "names no database"),
        ("sqlite://", "a SQLite URL needs a file path"),
    ],
)
def test_malformed_urls(url: str, expected: str) -> None:
    line = _fails_cleanly("check", url)
    assert line.startswith("schemadoctor: error: ")
    assert expected in line


@pytest.mark.parametrize("scheme", ["postgresql", "mysql"])
def test_host_unreachable(scheme: str) -> None:
    port = _closed_port()
    line = _fails_cleanly("check", f"{scheme}://app:{SECRET}@127.0.0.1:{port}/db")
    assert f"cannot connect to {scheme}://app:***@127.0.0.1:{port}/db" in line
    assert "refused" in line.lower()


def test_unresolvable_host() -> None:
    line = _fails_cleanly("check", f"postgresql://app:{SECRET}@no-such-host.invalid/db")
    assert "cannot connect to postgresql://app:***@no-such-host.invalid/db" in line


@pytest.fixture
def mysql_user(mysql_db: ScratchDatabase) -> Iterator[tuple[str, ScratchDatabase]]:
    """A MariaDB account with a password (the PostgreSQL here trusts every local login, so
    wrong passwords can only be tried on MariaDB). Dropped afterwards."""
    name = f"sd_user_{uuid.uuid4().hex[:8]}"
    mysql_db.run(
        f"CREATE USER '{name}'@'%%' IDENTIFIED BY '{SECRET}'",
        f"CREATE USER '{name}'@'localhost' IDENTIFIED BY '{SECRET}'",
    )
    try:
        yield name, mysql_db
    finally:
        mysql_db.run(
            f"DROP USER IF EXISTS '{name}'@'%%'", f"DROP USER IF EXISTS '{name}'@'localhost'"
        )


def test_wrong_password(mysql_user: tuple[str, ScratchDatabase]) -> None:
    name, db = mysql_user
    url = sa.make_url(db.url)
    wrong = f"mysql://{name}:{SECRET}-wrong@{url.host}:{url.port}/{url.database}"
    line = _fails_cleanly("check", wrong)
    assert f"cannot connect to mysql://{name}:***@" in line
    assert "Access denied" in line
    # through the environment variable, too
    line = _fails_cleanly("check", env={"SCHEMADOCTOR_URL": wrong})
    assert "Access denied" in line


def test_password_is_masked_in_reports(mysql_user: tuple[str, ScratchDatabase]) -> None:
    name, db = mysql_user
    db.run(f"GRANT SELECT ON `{db.url.rsplit('/', 1)[1]}`.* TO '{name}'@'%%'")
    db.run(f"GRANT SELECT ON `{db.url.rsplit('/', 1)[1]}`.* TO '{name}'@'localhost'")
    db.run("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    url = sa.make_url(db.url)
    right = f"mysql://{name}:{SECRET}@{url.host}:{url.port}/{url.database}"
    for fmt in ("text", "json", "markdown", "sarif"):
        result = run_cli("check", right, "-f", fmt)
        assert result.code == 0, result.stderr
        assert SECRET not in result.stdout + result.stderr
        assert f"{name}:***@" in result.stdout


@pytest.mark.parametrize("scheme", ["postgresql", "mysql"])
def test_missing_database(scheme: str) -> None:
    from conftest import require_server

    require_server(scheme)
    admin = "postgres" if scheme == "postgresql" else "root"
    port = 5432 if scheme == "postgresql" else 3306
    line = _fails_cleanly("check", f"{scheme}://{admin}@127.0.0.1:{port}/sd_no_such_database")
    assert "sd_no_such_database" in line
    assert "does not exist" in line or "Unknown database" in line


def test_file_that_is_not_a_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for\n" * 100)
    line = _fails_cleanly("check", str(path))
    assert line == f"schemadoctor: error: {path} is not a SQLite database"
    line = _fails_cleanly("check", f"sqlite:///{path}")
    assert line == f"schemadoctor: error: {path} is not a SQLite database"


def test_missing_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    line = _fails_cleanly("check", str(path))
    assert line == f"schemadoctor: error: no such SQLite database file: {path}"
    assert not path.exists()  # checking must not create it


def test_sqlite_directory(tmp_path: Path) -> None:
    assert "not a file" in _fails_cleanly("check", str(tmp_path))


@pytest.fixture
def catalog_locked_role(postgresql_db: ScratchDatabase) -> Iterator[tuple[str, ScratchDatabase]]:
    """A login role that may not read pg_index in the scratch database (catalog ACLs are per
    database, so the change dies with it). The role itself is cluster-wide: dropped after."""
    role = f"sd_role_{uuid.uuid4().hex[:8]}"
    postgresql_db.run(
        f'CREATE ROLE "{role}" LOGIN',
        "REVOKE SELECT ON pg_catalog.pg_index FROM PUBLIC",
        "CREATE TABLE t (id INTEGER PRIMARY KEY)",
    )
    try:
        yield role, postgresql_db
    finally:
        postgresql_db.run(f'DROP ROLE IF EXISTS "{role}"')


def test_permission_denied_on_catalog(catalog_locked_role: tuple[str, ScratchDatabase]) -> None:
    role, db = catalog_locked_role
    url = sa.make_url(db.url).set(username=role)
    line = _fails_cleanly("check", url.render_as_string(hide_password=False))
    assert "permission denied" in line
    assert "pg_index" in line


def test_statement_timeout_is_a_clean_error(postgresql_db: ScratchDatabase) -> None:
    """Another session holds an index's lock; reflection must wait for it (sizes), and the
    timeout stops it cleanly."""
    postgresql_db.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER)", "CREATE INDEX t_a ON t (a)"
    )
    engine = sa.create_engine(postgresql_db.engine.url, poolclass=NullPool)
    release = threading.Event()
    locked = threading.Event()

    def hold_lock() -> None:
        with engine.connect() as connection:
            connection.exec_driver_sql("DROP INDEX t_a")  # uncommitted: holds the index's lock
            locked.set()
            release.wait(60)
            connection.rollback()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert locked.wait(30)
        line = _fails_cleanly("check", postgresql_db.url, "--statement-timeout", "0.5")
        assert "past the statement timeout" in line
        assert "--statement-timeout" in line
    finally:
        release.set()
        holder.join()
        engine.dispose()
    assert run_cli("check", postgresql_db.url, "--statement-timeout", "0.5").code == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("disable = [unterminated", "is not valid TOML"),
        ('disable = ["no-such-rule"]', "unknown rule 'no-such-rule' in 'disable'"),
        ('colour = "blue"', "unknown setting(s) colour"),
        ('fail_on = "sometimes"', "'fail_on' must be one of"),
        ("min_confidence = 2", "'min_confidence' must be between 0 and 1"),
        ('statement_timeout = "soon"', "'statement_timeout' must be a number"),
        ("ignore_tables = 'audit_*'", "'ignore_tables' must be a list"),
        ("[rules.no-such-rule]\nx = 1", "options given for unknown rule 'no-such-rule'"),
    ],
)
def test_malformed_config(
    sqlite_db: ScratchDatabase, tmp_path: Path, content: str, expected: str
) -> None:
    (tmp_path / "schemadoctor.toml").write_text(content + "\n", encoding="utf-8")
    line = _fails_cleanly("check", sqlite_db.url, cwd=tmp_path)
    assert expected in line
    assert "schemadoctor.toml" in line


def test_config_file_problems(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    assert "configuration file not found" in _fails_cleanly(
        "check", sqlite_db.url, "--config", str(missing)
    )
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert "has no [tool.schemadoctor] section" in _fails_cleanly(
        "check", sqlite_db.url, "--config", str(pyproject)
    )
    broken = tmp_path / "broken" / "pyproject.toml"
    broken.parent.mkdir()
    broken.write_text("[tool.schemadoctor\n", encoding="utf-8")
    assert "is not valid TOML" in _fails_cleanly("check", sqlite_db.url, cwd=broken.parent)


def test_unknown_rule_ids(sqlite_db: ScratchDatabase) -> None:
    line = _fails_cleanly("check", sqlite_db.url, "--rules", "no-such-rule")
    assert "unknown rule 'no-such-rule'" in line
    line = _fails_cleanly("check", sqlite_db.url, "--disable", "duplicate-index,bogus")
    assert "unknown rule 'bogus'" in line


def test_unusable_baselines(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    assert "baseline file not found" in _fails_cleanly(
        "check", sqlite_db.url, "--baseline", str(missing)
    )
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    assert "is not valid JSON" in _fails_cleanly("check", sqlite_db.url, "--baseline", str(garbage))
    other = tmp_path / "other.json"
    other.write_text('{"findings": "nope"}', encoding="utf-8")
    assert "is not a schemadoctor baseline" in _fails_cleanly(
        "check", sqlite_db.url, "--baseline", str(other)
    )
    if os.geteuid() != 0:  # root reads any file
        unreadable = tmp_path / "unreadable.json"
        unreadable.write_text("{}", encoding="utf-8")
        unreadable.chmod(0)
        assert "cannot read baseline" in _fails_cleanly(
            "check", sqlite_db.url, "--baseline", str(unreadable)
        )
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert "not UTF-8" in _fails_cleanly("check", sqlite_db.url, "--baseline", str(binary))


def test_usage_errors_exit_2(sqlite_db: ScratchDatabase) -> None:
    for args in (
        ("check", sqlite_db.url, "--format", "pdf"),
        ("check", sqlite_db.url, "--fail-on", "sometimes"),
        ("check", sqlite_db.url, "--min-confidence", "3"),
        ("check", sqlite_db.url, "--statement-timeout", "-1"),
        ("check",),
    ):
        result = run_cli(*args, env={"SCHEMADOCTOR_URL": ""})
        assert result.code == 2, args
        assert "Traceback" not in result.stderr


def test_unwritable_output(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    sqlite_db.run("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    target = tmp_path / "no" / "such" / "dir" / "report.json"
    line = _fails_cleanly("check", sqlite_db.url, "-f", "json", "-o", str(target))
    assert f"cannot write {target}" in line
