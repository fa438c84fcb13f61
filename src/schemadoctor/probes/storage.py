"""How much room a table, its indexes and some of its columns take, as the engine measures
it (see `Adapter.measure_storage`); a failure is "unknown", never a guess."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.catalog import Table
from schemadoctor.model.storage import TableStorage

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database

SAMPLE_ROWS = 10_000
"""Rows averaged for the bytes per row of a column."""


def measure_storage(
    connection: Connection,
    database: Database,
    table: Table,
    columns: Sequence[str],
    sample_rows: int = SAMPLE_ROWS,
    exact: bool = False,
) -> TableStorage | None:
    """`exact`: count rows and refresh statistics (apply, which writes anyway); else the
    server's estimates (check, which writes nothing)."""
    try:
        return database.adapter.measure_storage(connection, table, columns, sample_rows, exact)
    except (DBAPIError, SchemaDoctorError):
        return None
