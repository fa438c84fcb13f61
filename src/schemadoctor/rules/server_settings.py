from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.exc import DBAPIError

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.catalog import TableName
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.probes._sql import probe_connection
from schemadoctor.rules import register
from schemadoctor.rules.base import Example, Rule, RuleContext

SERVER = TableName(None, "(server)")
"""Where a finding about the server, not a table, is filed."""


@register
class ServerSettings(Rule):
    id = "server-settings"
    severity = Severity.INFO
    rationale = (
        "Some server settings make the rest safe: an idle-in-transaction timeout so that no "
        "forgotten session blocks a migration, a statement timeout for the application's "
        "role, a record of the workload to advise indexes from, and room under the "
        "connection limit."
    )
    finds = (
        "idle-in-transaction and statement timeouts unset, no pg_stat_statements / slow query "
        "log, connections near max_connections; each with its current value and why"
    )
    fixes = "nothing in a plan: each finding says what to set, where"
    engines_note = "PostgreSQL, MySQL/MariaDB (the idle-transaction timeout: MariaDB only)"
    requires = ("server_settings",)
    example = Example(
        bad=(
            "-- PostgreSQL, as installed:\nSHOW idle_in_transaction_session_timeout;  -- 0\n"
            "SELECT * FROM pg_db_role_setting;  -- no statement_timeout for the app's role"
        ),
        good=(
            "ALTER DATABASE shop SET idle_in_transaction_session_timeout = '60s';\n"
            "ALTER ROLE app SET statement_timeout = '30s';\n"
            "CREATE EXTENSION pg_stat_statements;  -- preloaded in shared_preload_libraries"
        ),
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        database = context.database
        if database is None:
            return
        try:
            with database.connect() as raw:
                settings = context.adapter.server_settings(probe_connection(raw, database))
        except (DBAPIError, SchemaDoctorError):
            return  # settings the role may not read are not the schema's problem
        for setting in settings:
            if setting.ok:
                continue
            advice = f" ({setting.advice})" if setting.advice else ""
            yield Finding(
                rule=self.id,
                severity=self.severity,
                table=SERVER,
                columns=(),
                message=f"{setting.name}: {setting.value}. Why it matters: {setting.why}{advice}",
                subject=setting.name,
                evidence={
                    "setting": setting.name,
                    "value": setting.value,
                    "why": setting.why,
                    "advice": setting.advice,
                },
            )
