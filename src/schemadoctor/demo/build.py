"""Write the demo database: the schema of `demo.schema`, the rows of `demo.data`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from schemadoctor.demo.data import generate
from schemadoctor.demo.schema import DDL
from schemadoctor.errors import SchemaDoctorError

DEFAULT_SEED = 2026
FILE_NAME = "gas-delivery-demo.db"


def build_database(path: Path, seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Create the demo database at `path` (which must not exist) and return rows per table."""
    if path.exists():
        raise SchemaDoctorError(f"{path} already exists; give a new file name or delete it")
    if not path.parent.is_dir():
        raise SchemaDoctorError(f"cannot write {path}: no directory {path.parent}")
    data = generate(seed)
    try:
        connection = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise SchemaDoctorError(f"cannot create {path}: {exc}") from None
    try:
        with connection:
            for statement in DDL:
                connection.execute(statement)
            for table, rows in data.rows():
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    connection.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        connection.execute("ANALYZE")
    except sqlite3.Error as exc:
        path.unlink(missing_ok=True)
        raise SchemaDoctorError(f"cannot write the demo database {path}: {exc}") from None
    finally:
        connection.close()
    return {table: len(rows) for table, rows in data.rows()}


def target_path(keep: Path | None, scratch: Path) -> Path:
    """`--keep FILE` writes FILE; `--keep DIR` writes the default file name inside DIR."""
    if keep is None:
        return scratch / FILE_NAME
    keep = keep.expanduser()
    return keep / FILE_NAME if keep.is_dir() else keep
