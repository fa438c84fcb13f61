"""Questions asked of the data by a rule: does this query return a row?"""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.probes._sql import ProbeFailed, fetch_one, probe_connection
from schemadoctor.rules.base import RuleContext

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


class RowQuestions:
    """A rule's questions "does this query return a row?", asked over one connection, opened
    at the first question (a new connection per question costs more than most questions).

    Each answer is None when there is no live database, or the query failed or ran out of
    time (the statement timeout bounds it), so a finding says "unknown" rather than the check
    aborting; a failed question leaves the connection usable for the next one."""

    def __init__(self, context: RuleContext) -> None:
        self.database = context.database
        self._stack = ExitStack()
        self._connection: Connection | None = None

    def __enter__(self) -> RowQuestions:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stack.close()

    def ask(self, sql: str | None) -> bool | None:
        database = self.database
        if database is None or sql is None:
            return None
        try:
            if self._connection is None:
                connection = self._stack.enter_context(database.connect())
                self._connection = probe_connection(connection, database)
            return fetch_one(self._connection, database, sql) is not None
        except (ProbeFailed, SchemaDoctorError):
            return None
