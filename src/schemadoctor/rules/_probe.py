"""One question asked of the data by a rule: does this query return a row?"""

from __future__ import annotations

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.rules.base import RuleContext


def row_exists(context: RuleContext, sql: str) -> bool | None:
    """Whether `sql` returns a row; None when there is no live database or the query failed
    or ran out of time (the statement timeout bounds it), so a finding says "unknown" rather
    than the check aborting."""
    database = context.database
    if database is None:
        return None
    try:
        with database.connect() as connection:
            return connection.exec_driver_sql(sql).first() is not None
    except SchemaDoctorError:
        return None
