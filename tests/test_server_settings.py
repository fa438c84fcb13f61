"""server-settings: the settings that keep migrations and the application safe, each with its
current value and why, on PostgreSQL and MariaDB; nothing on SQLite, which has no server."""

from __future__ import annotations

from conftest import ScratchDatabase, check_findings, run_cli
from schemadoctor.engines import adapter_named

RULE = "server-settings"


def by_setting(url: str) -> dict[str, object]:
    return {finding.evidence["setting"]: finding for finding in check_findings(url, RULE)}


def test_postgresql_reports_what_a_new_session_gets(postgresql_db: ScratchDatabase) -> None:
    db = postgresql_db
    name = db.engine.url.database
    found = by_setting(db.url)
    idle = found["idle_in_transaction_session_timeout"]
    assert idle.evidence["value"] == "0" and "locks" in idle.evidence["why"]
    assert idle.table.name == "(server)" and idle.severity.value == "info"
    (timeout,) = [f for key, f in found.items() if key.startswith("statement_timeout")]
    assert "not set for the role or database" in timeout.evidence["value"]
    assert "ALTER ROLE" in timeout.evidence["advice"]
    if db.scalar("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'") == 0:
        assert "not installed" in found["pg_stat_statements"].evidence["value"]

    # Set for this database: both findings go, and check's own session timeout (which it
    # sets for itself on connecting) is never mistaken for the application's.
    db.run(
        f"ALTER DATABASE \"{name}\" SET idle_in_transaction_session_timeout = '60s'",
        f"ALTER DATABASE \"{name}\" SET statement_timeout = '30s'",
    )
    found = by_setting(db.url)
    assert "idle_in_transaction_session_timeout" not in found
    assert not any(key.startswith("statement_timeout") for key in found)


def test_mariadb_reports_its_own_settings(mysql_db: ScratchDatabase) -> None:
    db = mysql_db
    found = by_setting(db.url)
    idle = db.scalar("SELECT @@GLOBAL.idle_transaction_timeout")
    assert ("idle_transaction_timeout" in found) == (int(idle) == 0)
    slow = db.scalar("SELECT @@GLOBAL.slow_query_log")
    assert ("slow_query_log" in found) == (int(slow) == 0)
    limit = db.scalar("SELECT @@GLOBAL.max_statement_time")
    statement = [f for key, f in found.items() if key.startswith("max_statement_time")]
    assert bool(statement) == (float(limit) == 0)
    for finding in found.values():
        assert finding.evidence["why"] and finding.evidence["value"]


def test_sqlite_has_no_server_to_report(sqlite_db: ScratchDatabase) -> None:
    assert not adapter_named("sqlite").supports.server_settings
    result = run_cli("check", sqlite_db.url, "--rules", RULE, "-f", "json")
    assert result.code == 0 and result.json()["findings"] == []
