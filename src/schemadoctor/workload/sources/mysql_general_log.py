"""MySQL/MariaDB general query log (`general_log = ON`): every statement each thread ran, with
no timings. The thread id is the session; COMMIT and ROLLBACK end a unit, as does Quit."""

from __future__ import annotations

import re
from pathlib import Path

from schemadoctor.workload.model import Execution, Workload
from schemadoctor.workload.sources._builder import WorkloadBuilder

KIND = "mysql-general-log"
UNIT_HINT = "the general log always names the thread; no setting needed"

# MariaDB: `261130  9:40:01\t   1790 Query\tselect 1` or `\t\t   1790 Query\t...`;
# MySQL: `2024-01-01T10:00:00.123456Z\t   12 Query\tSELECT 1`.
_LINE = re.compile(
    r"^(?:\d{6}\s+\d{1,2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\S+|\t)?\s*\t?\s*(?P<thread>\d+)\s"
    r"(?P<command>Query|Execute|Prepare|Connect|Quit|Init DB|Close stmt|Field List|Statistics"
    r"|Ping|Reset stmt|Change user|Kill|Shutdown|Refresh|Processlist|Set option|Daemon"
    r"|Binlog Dump|Table Dump|Register Slave|Long Data)\t?(?P<argument>.*)$"
)
_BOUNDARY = re.compile(r"^\s*(?:COMMIT|ROLLBACK)\b", re.IGNORECASE)


def sniff(text: str) -> bool:
    head = text[:65536]
    if re.search(r"^Time\s+Id\s+Command\s+Argument", head, re.MULTILINE):
        return "# Query_time:" not in head
    lines = [line for line in head.splitlines()[:50] if line.strip()]
    return bool(lines) and sum(bool(_LINE.match(line)) for line in lines) >= len(lines) // 2


def read(path: Path, text: str, dialect: str | None) -> Workload:
    builder = WorkloadBuilder(str(path), KIND, dialect or "mysql")
    builder.unit_hint = UNIT_HINT
    transactions: dict[str, int] = {}
    pending: tuple[int, str, list[str]] | None = None

    def flush() -> None:
        if pending is None:
            return
        number, thread, lines = pending
        sql = "\n".join(lines).strip()
        if not sql:
            return
        where = f"{path}:{number}"
        unit = f"thread {thread}/{transactions.get(thread, 0)}"
        if _BOUNDARY.match(sql):
            transactions[thread] = transactions.get(thread, 0) + 1
        execution = Execution(sql=sql, unit=unit, unit_kind="session", where=where)
        builder.add(sql, where=where, execution=execution)

    for number, line in enumerate(text.splitlines(), 1):
        match = _LINE.match(line)
        if match is None:
            if pending is not None and not line.startswith(("/usr/", "Tcp port:", "Time\t")):
                pending[2].append(line)  # a statement spanning lines
            continue
        flush()
        pending = None
        thread, command = match.group("thread"), match.group("command")
        if command in ("Query", "Execute"):
            pending = (number, thread, [match.group("argument")])
        elif command in ("Quit", "Connect", "Change user"):
            transactions[thread] = transactions.get(thread, 0) + 1
    flush()
    return builder.build()
