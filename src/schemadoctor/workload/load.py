"""`load_workload(source, database)`: pick the reader from the source's name, extension and
first lines, and read it. Shared by advise, bench and nplusone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.workload.model import Workload
from schemadoctor.workload.sources import (
    jsonl,
    mysql_general_log,
    mysql_slow_log,
    opentelemetry,
    pg_stat_statements,
    postgresql_log,
    sql_file,
)
from schemadoctor.workload.sources._builder import malformed, read_text

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database

KNOWN_FORMATS = (
    "pg_stat_statements, a PostgreSQL log (stderr, csvlog or jsonlog), a MySQL/MariaDB slow or "
    'general log, a .sql file, JSON lines {"sql", "calls", "mean_ms"} or OpenTelemetry JSON'
)


def load_workload(
    source: str | Path | None,
    database: Database | None = None,
    *,
    dialect: str | None = None,
) -> Workload:
    """Read a workload. `source` is a file path, or `pg_stat_statements` (also the default when
    `source` is empty and `database` is PostgreSQL). `dialect` (else the database's) decides how
    statements are parsed; files that say which engine wrote them override neither."""
    dialect = dialect or (database.dialect if database is not None else None)
    text_source = str(source).strip() if source is not None else ""
    if text_source in ("", pg_stat_statements.NAME):
        if database is None or not database.adapter.supports.statement_statistics:
            if text_source:
                raise SchemaDoctorError(
                    "the pg_stat_statements workload needs a PostgreSQL database URL"
                )
            raise SchemaDoctorError(f"no workload given: pass --workload FILE ({KNOWN_FORMATS})")
        return pg_stat_statements.read(database)
    path = Path(text_source).expanduser()
    text = read_text(path)
    if not text.strip():
        raise SchemaDoctorError(f"the workload file {path} is empty")
    return _read_file(path, text, dialect)


def _read_file(path: Path, text: str, dialect: str | None) -> Workload:
    suffix = path.suffix.lower()
    head = text.lstrip()[:1]
    if head in "{[":
        first = _first_json(text)
        if first is not None:
            if opentelemetry.sniff(first):
                return opentelemetry.read(path, _json_documents(path, text), dialect)
            if isinstance(first, dict) and postgresql_log.sniff_json(first):
                return postgresql_log.read(path, text, dialect, "jsonlog")
            if isinstance(first, dict) and jsonl.sniff(first):
                return jsonl.read(path, text, dialect)
            raise SchemaDoctorError(
                f'{path}: JSON, but neither the capture format ({{"sql", "calls", '
                '"mean_ms"} per line), a PostgreSQL jsonlog nor OpenTelemetry spans'
            )
        if suffix in (".json", ".jsonl", ".ndjson"):
            raise malformed(path, 1, "not JSON")
    if postgresql_log.sniff_csv(text):
        return postgresql_log.read(path, text, dialect, "csvlog")
    if mysql_slow_log.sniff(text):
        return mysql_slow_log.read(path, text, dialect)
    if postgresql_log.sniff(text):
        return postgresql_log.read(path, text, dialect, "stderr")
    if mysql_general_log.sniff(text):
        return mysql_general_log.read(path, text, dialect)
    if suffix == ".sql":
        return sql_file.read(path, text, dialect)
    if suffix == ".csv":
        raise malformed(path, 1, "not a PostgreSQL csvlog (log_destination = 'csvlog')")
    raise SchemaDoctorError(f"unknown workload format in {path}: expected {KNOWN_FORMATS}")


def _first_json(text: str) -> Any:
    """The first JSON value: the whole text when it is one document, else its first line."""
    stripped = text.strip()
    first_line = stripped.split("\n", 1)[0]
    try:
        value = json.loads(first_line)
    except json.JSONDecodeError:
        try:
            value = json.loads(stripped)
        except json.JSONDecodeError:
            return None
    return value


def _json_documents(path: Path, text: str) -> list[Any]:
    try:
        return [json.loads(text)]
    except json.JSONDecodeError:
        pass
    documents = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                documents.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise malformed(path, number, f"not JSON ({exc.msg})") from None
    return documents
