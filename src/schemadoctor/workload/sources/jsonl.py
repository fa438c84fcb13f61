"""JSON lines `{"sql", "calls", "mean_ms"}`: the format `schemadoctor.capture` writes and the
simplest one to produce by hand. Optional keys per line: `rows`, `params`, `unit`,
`unit_kind`, `site` (file:line), `function`, `results` (value digests), `dialect`.
A line `{"schemadoctor": ...}` is a header (the capture writes one with the dialect)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from schemadoctor.workload.model import Execution, Workload
from schemadoctor.workload.sources._builder import WorkloadBuilder, as_float, malformed

KIND = "jsonl"
UNIT_HINT = (
    "record it with schemadoctor.capture(engine, FILE), which writes a unit per with-block, "
    "test or web request"
)


def sniff(first_record: dict[str, Any]) -> bool:
    return "sql" in first_record or "schemadoctor" in first_record


def read(path: Path, text: str, dialect: str | None) -> Workload:
    records: list[tuple[int, dict[str, Any]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise malformed(path, number, f"not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise malformed(path, number, "expected a JSON object per line")
        if "schemadoctor" in record and "sql" not in record:
            dialect = dialect or record.get("dialect")
            continue
        if not isinstance(record.get("sql"), str):
            raise malformed(path, number, 'a line without "sql"')
        dialect = dialect or record.get("dialect")
        records.append((number, record))
    builder = WorkloadBuilder(str(path), KIND, dialect)
    builder.unit_hint = UNIT_HINT
    for number, record in records:
        calls = record.get("calls", 1)
        if not isinstance(calls, int) or isinstance(calls, bool) or calls < 0:
            raise malformed(path, number, '"calls" must be a whole number')
        mean_ms = as_float(record.get("mean_ms"))
        if record.get("mean_ms") is not None and mean_ms is None:
            raise malformed(path, number, '"mean_ms" must be a number')
        rows = record.get("rows")
        rows = rows if isinstance(rows, int) and not isinstance(rows, bool) else None
        digests = bool(record.get("digests"))
        params = record.get("params")
        execution = None
        if calls == 1 and ("unit" in record or "site" in record):
            results = record.get("results")
            execution = Execution(
                sql=record["sql"],
                params=params,
                duration_ms=mean_ms,
                rows=rows,
                unit=_text(record.get("unit")),
                unit_kind=_text(record.get("unit_kind")) or "",
                site=_text(record.get("site")),
                function=_text(record.get("function")),
                parent=_text(record.get("parent")),
                result_digests=frozenset(results) if isinstance(results, list) else None,
                where=f"{path}:{number}",
                dialect_params=digests,
            )
        builder.add(
            record["sql"],
            calls=calls,
            mean_ms=mean_ms,
            rows=rows,
            params=params,
            where=f"{path}:{number}",
            execution=execution,
            values_are_digests=digests,
        )
    return builder.build()


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
