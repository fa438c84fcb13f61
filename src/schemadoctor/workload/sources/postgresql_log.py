"""PostgreSQL server logs with `log_min_duration_statement` (or `log_statement = all`):
stderr (any `log_line_prefix`), csvlog and jsonlog.

Statements come from `duration: ... ms  statement: ...` and `... execute <name>: ...` messages
(parse and bind steps are not executions); `$n` values from the `DETAIL:  parameters:` that
follows. The unit of an execution is its session (`%c`, or the backend pid `%p`) and, when the
log says, its transaction (`%v` virtual transaction id, or `%x`): csvlog and jsonlog always
carry both; a stderr log only when log_line_prefix has them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemadoctor.workload.model import Execution, Workload
from schemadoctor.workload.sources._builder import WorkloadBuilder, malformed

KIND = "postgresql-log"
RECOMMENDED_PREFIX = "%m [%p] %c %v "
UNIT_HINT = (
    f"set log_line_prefix = '{RECOMMENDED_PREFIX}' (session and transaction ids), or "
    "log_destination = 'csvlog' or 'jsonlog', and log again"
)

_SEVERITIES = (
    "LOG|ERROR|WARNING|DETAIL|STATEMENT|HINT|CONTEXT|FATAL|PANIC|NOTICE|INFO|QUERY|LOCATION"
    "|DEBUG[1-5]?"
)
_STDERR_LINE = re.compile(rf"^(?P<prefix>.*?)\b(?P<severity>{_SEVERITIES}):  (?P<message>.*)$")
_SESSION = re.compile(r"(?<![\w.:])([0-9a-f]{8}\.[0-9a-f]{1,8})(?![\w.])")
_VXID = re.compile(r"(?<![\w./:-])(\d+/\d+)(?![\w/])")
_PID = re.compile(r"\[(\d+)\]")
_STATEMENT = re.compile(
    r"^(?:duration: (?P<ms>[\d.]+) ms\s+)?"
    r"(?:(?P<statement>statement)|(?P<step>execute|parse|bind) (?P<name>[^:]*)): (?P<sql>.*)$",
    re.DOTALL,
)
_PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")


@dataclass
class _Record:
    line: int
    severity: str
    message: str
    detail: str = ""
    session: str | None = None
    transaction: str | None = None


def sniff(text: str) -> bool:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    return sum(bool(_STDERR_LINE.match(line)) for line in lines) >= max(1, len(lines) // 3) and any(
        "statement: " in line or "execute " in line for line in lines
    )


def sniff_csv(text: str) -> bool:
    try:
        row = next(csv.reader(io.StringIO(text.split("\n", 1)[0] + "\n")))
    except (csv.Error, StopIteration):
        return False
    return len(row) >= 22 and bool(re.fullmatch(_SEVERITIES, row[11]))


def sniff_json(record: dict[str, Any]) -> bool:
    return "error_severity" in record and "message" in record


def read(path: Path, text: str, dialect: str | None, flavor: str) -> Workload:
    records = {"stderr": _stderr, "csvlog": _csvlog, "jsonlog": _jsonlog}[flavor](path, text)
    builder = WorkloadBuilder(str(path), KIND, dialect or "postgresql")
    builder.unit_hint = UNIT_HINT
    has_units = False
    for record in records:
        if record.severity != "LOG":
            continue
        match = _STATEMENT.match(record.message)
        if match is None or match.group("step") in ("parse", "bind"):
            continue
        sql = match.group("sql")
        params = _parameters(record.detail)
        duration = float(match.group("ms")) if match.group("ms") else None
        unit = None
        if record.session:
            has_units = True
            unit = record.session + (f"/{record.transaction}" if record.transaction else "")
        where = f"{path}:{record.line}"
        execution = Execution(
            sql=sql,
            params=params,
            duration_ms=duration,
            unit=unit,
            unit_kind="transaction" if record.transaction else "session",
            where=where,
        )
        builder.add(sql, mean_ms=duration, params=params, where=where, execution=execution)
    if not has_units:
        builder.notes.append(f"{path} has no session ids: {UNIT_HINT}")
    return builder.build()


def _parameters(detail: str) -> dict[str, Any] | None:
    if not detail.startswith("parameters: "):
        return None
    values: dict[str, Any] = {}
    for number, value in _PARAMETER.findall(detail):
        values[number] = None if value == "NULL" else value[1:-1].replace("''", "'")
    return values


def _stderr(path: Path, text: str) -> list[_Record]:
    """Whole records: a message's continuation lines start with a tab, and its DETAIL comes on
    a later line (after other backends' lines, possibly), so read everything first."""
    records: list[_Record] = []
    current: _Record | None = None
    last_statement: dict[str, _Record] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("\t") and current is not None:
            current.message += "\n" + line[1:]
            continue
        match = _STDERR_LINE.match(line)
        if match is None:
            continue
        prefix = match.group("prefix")
        session_match = _SESSION.search(prefix)
        pid_match = _PID.search(prefix)
        session = session_match.group(1) if session_match else None
        if session is None and pid_match:
            session = f"pid {pid_match.group(1)}"
        vxid = _VXID.search(prefix)
        transaction = vxid.group(1) if vxid else None
        severity = match.group("severity")
        if severity == "DETAIL":
            # Belongs to the statement this backend logged last.
            owner = last_statement.get(session or "")
            if owner is not None:
                owner.detail = match.group("message")
            current = None
            continue
        current = _Record(number, severity, match.group("message"), "", session, transaction)
        records.append(current)
        if severity == "LOG":
            last_statement[session or ""] = current
    return records


def _csvlog(path: Path, text: str) -> Iterator[_Record]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            if not row:
                continue
            if len(row) < 22:
                raise malformed(path, reader.line_num, "not a PostgreSQL csvlog row")
            yield _Record(
                reader.line_num,
                row[11],
                row[13],
                row[14],
                row[5] or None,
                _transaction(row[9], row[10]),
            )
    except csv.Error as exc:
        raise malformed(path, reader.line_num, f"bad CSV ({exc})") from None


def _jsonlog(path: Path, text: str) -> Iterator[_Record]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise malformed(path, number, f"not JSON ({exc.msg})") from None
        if not isinstance(record, dict) or "message" not in record:
            raise malformed(path, number, "not a PostgreSQL jsonlog record")
        yield _Record(
            number,
            str(record.get("error_severity", "")),
            str(record.get("message", "")),
            str(record.get("detail", "")),
            record.get("session_id"),
            _transaction(record.get("vxid"), record.get("txid")),
        )


def _transaction(vxid: Any, xid: Any) -> str | None:
    if vxid:
        return str(vxid)
    if xid and str(xid) != "0":
        return f"x{xid}"
    return None
