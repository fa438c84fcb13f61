"""Reflection: a live database in, one immutable `Catalog` out."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from schemadoctor.catalog.model import Catalog, Table, TableName

if TYPE_CHECKING:
    from schemadoctor.connect import Database

__all__ = ["Catalog", "Table", "TableName", "reflect"]


def reflect(database: Database) -> Catalog:
    """Read the schema of `database`. Each dialect's reflector lives in `catalog/<dialect>.py`
    and exposes `reflect(connection, database)`."""
    reflector = importlib.import_module(f"schemadoctor.catalog.{database.dialect}")
    with database.connect() as connection:
        return reflector.reflect(connection, database)
