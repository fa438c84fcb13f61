"""The saving a plan's type conversions make, measured: the tables, indexes and converted
columns of every `convert-key-type` step, measured before the first step runs and after the
last, so that "7x smaller" is a figure rather than a claim."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DBAPIError

from schemadoctor.apply.findings import step_objects
from schemadoctor.engines.database import Database
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.catalog import Catalog, TableName
from schemadoctor.model.script import Script
from schemadoctor.model.storage import TableStorage, storage_lines
from schemadoctor.probes._sql import probe_connection
from schemadoctor.probes.storage import measure_storage

CONVERSION_KINDS = ("convert-key-type", "restore-key-type")
ONLINE_NOTE = (
    "converted online: the table keeps the dropped columns' bytes and the backfill's old row "
    "versions until VACUUM lets new rows reuse them or a rewrite (VACUUM FULL, pg_repack) "
    "gives them back; the indexes are new and measured as they are"
)


@dataclass
class StorageReport:
    before: list[TableStorage] = field(default_factory=list)
    after: list[TableStorage] = field(default_factory=list)
    note: str = ""

    def lines(self) -> list[str]:
        lines = storage_lines(self.before, self.after)
        return [*lines, f"note: {self.note}"] if lines and self.note else lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "before": [storage.to_dict() for storage in self.before],
            "after": [storage.to_dict() for storage in self.after],
            "note": self.note,
        }


def conversion_targets(script: Script) -> dict[TableName, list[str]]:
    """The tables of the plan's type conversions, each with its converted columns."""
    targets: dict[TableName, list[str]] = {}
    for step in script.steps:
        for info in step_objects(step.info):
            if info.get("kind") not in CONVERSION_KINDS:
                continue
            for member in info.get("members") or ():
                if not isinstance(member, list | tuple) or len(member) < 3:
                    continue
                table = TableName(member[0] or None, str(member[1]))
                columns = targets.setdefault(table, [])
                if member[2] not in columns:
                    columns.append(str(member[2]))
    return targets


def converted_online(script: Script) -> bool:
    return any(
        step.info.get("method") == "online" and step.info.get("kind") in CONVERSION_KINDS
        for step in script.steps
    )


def measure(
    database: Database, catalog: Catalog | None, targets: dict[TableName, list[str]]
) -> list[TableStorage]:
    """Each target table as it is now; a table that cannot be measured is left out (this is
    a report, not worth failing an apply over)."""
    if catalog is None or not targets:
        return []
    found: list[TableStorage] = []
    try:
        with database.connect() as raw:
            connection = probe_connection(raw, database)
            for name, columns in targets.items():
                table = catalog.table(name)
                if table is None:
                    continue
                storage = measure_storage(connection, database, table, columns, exact=True)
                if storage is not None:
                    found.append(storage)
    except (DBAPIError, SchemaDoctorError):
        return found
    return found
