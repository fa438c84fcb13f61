"""Fill the placeholders of statements that have no runnable example (pg_stat_statements'
`$1`, a capture that kept digests) with representative values, so the advisor can cost and run
them: the most common value of the column a placeholder is compared with, a middle value of
its histogram for ranges, 100 for LIMIT and 0 for OFFSET.

Where the values come from is the engine's to say (`Adapter.column_value_statistics`: PostgreSQL's
pg_stats), else a bounded sample of the column.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError

from schemadoctor.model.catalog import Catalog, Table, TypeFamily
from schemadoctor.workload.fingerprint import Fingerprinter, Slot, UnparsableStatement
from schemadoctor.workload.model import Statement, Workload
from schemadoctor.workload.render import fill

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from schemadoctor.engines.database import Database

SAMPLE_ROWS = 1000
DEFAULT_LIMIT = 100
_NUMERIC = {TypeFamily.INTEGER, TypeFamily.DECIMAL, TypeFamily.FLOAT}


@dataclass(frozen=True)
class ColumnValues:
    common: tuple[Any, ...] = ()
    """Most common first."""
    ordered: tuple[Any, ...] = ()
    """Sorted values spread over the column's range (histogram bounds or a sorted sample)."""

    def representative(self) -> Any:
        if self.common:
            return self.common[0]
        return self.middle()

    def middle(self) -> Any:
        if self.ordered:
            return self.ordered[len(self.ordered) // 2]
        return self.common[0] if self.common else None


class ColumnValuesSource:
    """The engine's own column statistics where it keeps them (PostgreSQL's pg_stats: most
    common values and histogram bounds, read without touching the table), else the first rows
    of the column, counted; bounded so a big table stays cheap."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def values(self, connection: Connection, table: Table, column: str) -> ColumnValues:
        kept = self.database.adapter.column_value_statistics(connection, table.name, column)
        if kept is not None:
            return ColumnValues(*kept)
        quoted = self.database.quote(column)
        sql = (
            f"SELECT {quoted} FROM {self.database.qualify(table.name)} "
            f"WHERE {quoted} IS NOT NULL LIMIT {SAMPLE_ROWS}"
        )
        rows = [row[0] for row in connection.exec_driver_sql(sql)]
        counts = Counter(rows)
        common = tuple(value for value, _count in counts.most_common(10))
        try:
            ordered = tuple(sorted(set(rows)))
        except TypeError:
            ordered = ()
        return ColumnValues(common, ordered)


def instantiate(workload: Workload, database: Database, catalog: Catalog | None = None) -> Workload:
    """A copy of `workload` whose statements without a runnable example get one (`instantiated`
    set); statements whose placeholders cannot all be filled keep their placeholders."""
    pending = [statement for statement in workload.statements if not statement.has_example]
    if not pending:
        return workload
    if catalog is None:
        catalog = database.reflect()
    source = ColumnValuesSource(database)
    fingerprinter = Fingerprinter(workload.dialect or database.dialect)
    cache: dict[tuple[str, str], ColumnValues] = {}
    filled: dict[str, Statement] = {}
    with database.connect() as connection:
        for statement in pending:
            example = _instantiate_one(
                statement, fingerprinter, catalog, source, connection, cache, database.dialect
            )
            if example is not None:
                filled[statement.fingerprint] = replace(
                    statement, sql=example, has_example=True, instantiated=True
                )
    statements = [filled.get(statement.fingerprint, statement) for statement in workload.statements]
    return replace(workload, statements=statements)


def _instantiate_one(
    statement: Statement,
    fingerprinter: Fingerprinter,
    catalog: Catalog,
    source: ColumnValuesSource,
    connection: Connection,
    cache: dict[tuple[str, str], ColumnValues],
    dialect: str,
) -> str | None:
    try:
        shape = fingerprinter.shape(statement.sql)
    except UnparsableStatement:
        return None
    tables = {table.name.name: table for table in catalog}
    values: list[Any] = []
    for slot in shape.slots:
        if slot.key is None:
            values.append(slot.literal)
            continue
        values.append(_value_for(slot, tables, source, connection, cache))
    return fill(shape, dialect, lambda number: values[number])


def _value_for(
    slot: Slot,
    tables: dict[str, Table],
    source: ColumnValuesSource,
    connection: Connection,
    cache: dict[tuple[str, str], ColumnValues],
) -> Any:
    if slot.role == "limit":
        return DEFAULT_LIMIT
    if slot.role == "offset":
        return 0
    table = tables.get((slot.table or "").split(".")[-1])
    column = table.column(slot.column) if table is not None and slot.column else None
    if table is None or column is None:
        return 1
    key = (str(table.name), column.name)
    if key not in cache:
        try:
            cache[key] = source.values(connection, table, column.name)
        except DBAPIError:
            cache[key] = ColumnValues()
    found = cache[key]
    value = found.middle() if slot.role == "range" else found.representative()
    if value is None:
        return 0 if column.family in _NUMERIC else ""
    if column.family in _NUMERIC and isinstance(value, str):
        value = _number(value)
    if slot.role == "like" and isinstance(value, str):
        return value[:3] + "%"
    if slot.role == "in":
        return [value]
    return value


def _number(text: str) -> Any:
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text
