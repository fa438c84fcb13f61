"""MariaDB: MySQL's adapter, with what MariaDB does its own way (IF [NOT] EXISTS on every
ALTER TABLE clause, `max_statement_time`, CHECK constraints enforced from 10.2.1, progress of
long ALTERs in the process list)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from schemadoctor.engines.mysql import MySQL, hex_uuid_storage
from schemadoctor.engines.sessions import Progress
from schemadoctor.engines.types import UuidStorage


class MariaDB(MySQL):
    name = "mariadb"
    display_name = "MariaDB"
    flavor = "mariadb"
    schemes = ("mariadb", "mariadb+pymysql")
    driver = "mariadb+pymysql"
    alter_if_exists = True
    checks_from = (10, 2, 1)
    expression_indexes_from = (99,)
    """MariaDB indexes expressions only through virtual columns."""
    idle_transaction_timeout = "idle_transaction_timeout"
    statement_time_limit = "max_statement_time"
    uuid_type_from = (10, 7)
    """First version with the UUID data type."""

    def for_server(self, server_version: str) -> MySQL:
        return MariaDB(server_version)

    def uuid_storage(self) -> UuidStorage | None:
        numbers = self.version_numbers
        if not numbers or numbers >= self.uuid_type_from:
            return UuidStorage(
                "uuid", "CAST({value} AS UUID)", "CAST({value} AS CHAR)", reads_as_text=True
            )
        return hex_uuid_storage()

    def uuid_mismatch(self, expression: str, pattern: str) -> str | None:
        # MariaDB's UUID type refuses some well-formed values (a version above 5 with an NCS
        # variant): ask the type itself, which answers NULL for what it refuses.
        regex = self.regex_mismatch(expression, pattern)
        storage = self.uuid_storage()
        if storage is None or not storage.reads_as_text:
            return regex
        return f"({regex} OR {storage.from_text.format(value=expression)} IS NULL)"

    def statement_timeout_sql(self, seconds: float) -> str:
        return f"SET SESSION max_statement_time = {float(seconds)}"

    def progress_of(self, connection: Connection, pid: int) -> Progress | None:
        row = connection.execute(
            sa.text(
                "SELECT STAGE, MAX_STAGE, PROGRESS, STATE "
                "FROM information_schema.PROCESSLIST WHERE ID = :pid"
            ),
            {"pid": pid},
        ).first()
        if row is None or not row.MAX_STAGE:
            return None
        phase = f"stage {row.STAGE}/{row.MAX_STAGE}" + (f", {row.STATE}" if row.STATE else "")
        return Progress(int(float(row.PROGRESS or 0)), 100, "%", phase)
