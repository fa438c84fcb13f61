"""What a column holds, for the opt-in rules that propose constraints from the data: the few
distinct values of a status-like column, and whether a column has any NULL at all.

Both answer exactly (a constraint built from a sample could reject rows the sample missed),
so both read the whole column; each is one statement bounded by the statement timeout, and a
timeout means "no answer", never a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from schemadoctor.model.catalog import Table
from schemadoctor.probes._sql import Sql, fetch_all

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database


def few_values(
    connection: Connection, database: Database, table: Table, column: str, limit: int
) -> list[tuple[Any, int]] | None:
    """The distinct non-NULL values of `column` with their row counts, most frequent first,
    when there are at most `limit` of them; None when there are more. Raises ProbeFailed."""
    sql = Sql(database)
    value = sql.column("sd_v", column)
    rows = fetch_all(
        connection,
        database,
        f"SELECT {value}, count(*) FROM {sql.table(table.name)} AS sd_v "
        f"WHERE {value} IS NOT NULL GROUP BY {value} ORDER BY count(*) DESC, {value} "
        f"LIMIT {int(limit) + 1}",
    )
    if len(rows) > limit:
        return None
    return [(row[0], int(row[1])) for row in rows]


def has_nulls(connection: Connection, database: Database, table: Table, column: str) -> bool:
    """Whether any row has NULL in `column` (stops at the first one). Raises ProbeFailed."""
    sql = Sql(database)
    value = sql.column("sd_v", column)
    rows = fetch_all(
        connection,
        database,
        f"SELECT 1 FROM {sql.table(table.name)} AS sd_v WHERE {value} IS NULL LIMIT 1",
    )
    return bool(rows)


def row_count(connection: Connection, database: Database, table: Table) -> int:
    sql = Sql(database)
    rows = fetch_all(connection, database, f"SELECT count(*) FROM {sql.table(table.name)}")
    return int(rows[0][0])
