"""The values a polymorphic association's type column holds, from a bounded sample."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from schemadoctor.model.catalog import Table
from schemadoctor.probes._sql import Sql, fetch_all

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database

SAMPLE_ROWS = 20_000
MAX_VALUES = 50


def sample_values(
    connection: Connection,
    database: Database,
    table: Table,
    column: str,
    sample_rows: int = SAMPLE_ROWS,
    max_values: int = MAX_VALUES,
) -> list[Any]:
    """Up to `max_values` distinct non-null values of `column` among about `sample_rows` rows."""
    sql = Sql(database)
    source, _ = sql.sampled_from(table, "sd_c", sample_rows)
    statement = (
        f"SELECT DISTINCT sd_v FROM (SELECT {sql.column('sd_c', column)} AS sd_v FROM {source} "
        f"LIMIT {int(sample_rows)}) AS sd_s WHERE sd_v IS NOT NULL ORDER BY 1 "
        f"LIMIT {int(max_values)}"
    )
    return [row[0] for row in fetch_all(connection, database, statement)]
