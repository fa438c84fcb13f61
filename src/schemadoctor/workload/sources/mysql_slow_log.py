"""MySQL/MariaDB slow query log (`slow_query_log = ON`, `long_query_time = 0` to see every
statement): `# Query_time:` headers with the time and rows, then the statement. The thread id
(`# Thread_id:` on MariaDB, `Id:` on MySQL) is the session; COMMIT and ROLLBACK end a unit."""

from __future__ import annotations

import re
from pathlib import Path

from schemadoctor.workload.model import Execution, Workload
from schemadoctor.workload.sources._builder import WorkloadBuilder

KIND = "mysql-slow-log"
UNIT_HINT = "the slow log always names the thread; no setting needed"

_QUERY_TIME = re.compile(r"#\s*Query_time:\s*([\d.]+).*?Rows_sent:\s*(\d+)(?:.*?Rows_examined)?")
_THREAD = re.compile(r"#\s*Thread_id:\s*(\d+)|\bId:\s*(\d+)")
_META = re.compile(r"^(?:SET timestamp=\d+;|use [^;]+;)\s*$", re.IGNORECASE)
_BOUNDARY = re.compile(r"^\s*(?:COMMIT|ROLLBACK)\b", re.IGNORECASE)


def sniff(text: str) -> bool:
    return "# Query_time:" in text[:65536]


def read(path: Path, text: str, dialect: str | None) -> Workload:
    builder = WorkloadBuilder(str(path), KIND, dialect or "mysql")
    builder.unit_hint = UNIT_HINT
    thread: str | None = None
    seconds: float | None = None
    rows: int | None = None
    statement_lines: list[str] = []
    start_line = 0
    transactions: dict[str, int] = {}

    def flush() -> None:
        nonlocal statement_lines
        sql = "\n".join(statement_lines).strip()
        statement_lines = []
        if not sql or seconds is None:
            return
        sql = sql[:-1] if sql.endswith(";") else sql
        where = f"{path}:{start_line}"
        unit = None
        if thread is not None:
            unit = f"thread {thread}/{transactions.get(thread, 0)}"
            if _BOUNDARY.match(sql):
                transactions[thread] = transactions.get(thread, 0) + 1
        duration = seconds * 1000.0
        execution = Execution(
            sql=sql, duration_ms=duration, rows=rows, unit=unit, unit_kind="session", where=where
        )
        builder.add(sql, mean_ms=duration, rows=rows, where=where, execution=execution)

    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            if statement_lines:
                flush()
                seconds = None
            timing = _QUERY_TIME.match(line)
            if timing:
                seconds = float(timing.group(1))
                rows = int(timing.group(2))
            who = _THREAD.search(line)
            if who:
                thread = who.group(1) or who.group(2)
            continue
        if _META.match(line) or not line.strip():
            continue
        if line.startswith(("/usr/", "Tcp port:", "Time ")) and not statement_lines:
            continue  # the header a server writes when it opens the log
        if not statement_lines:
            start_line = number
        statement_lines.append(line)
    flush()
    return builder.build()
