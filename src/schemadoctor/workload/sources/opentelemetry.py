"""OpenTelemetry traces as JSON: the OTLP form (`{"resourceSpans": [...]}`, one object or one per
line as the collector's file exporter writes them) or a list of spans as the Python SDK's
console exporter prints them. Database spans are those with a statement attribute
(`db.query.text`, or the older `db.statement`); the unit is the trace, the parent span is kept
(a loop's queries share it), and `code.*` attributes give the call site."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from schemadoctor.engines import dialect_of
from schemadoctor.workload.model import Execution, Workload
from schemadoctor.workload.sources._builder import WorkloadBuilder, malformed

KIND = "opentelemetry"
UNIT_HINT = "export the spans with their trace and parent span ids (OTLP JSON)"

_STATEMENT_KEYS = ("db.query.text", "db.statement")
_SYSTEM_KEYS = ("db.system.name", "db.system")


def sniff(first: Any) -> bool:
    if isinstance(first, list):
        first = first[0] if first else {}
    return isinstance(first, dict) and (
        "resourceSpans" in first or ("context" in first and "attributes" in first)
    )


def read(path: Path, documents: list[Any], dialect: str | None) -> Workload:
    spans = [span for document in documents for span in _spans(path, document)]
    spans.sort(key=lambda span: span["start"])
    if dialect is None:
        dialect = next((span["dialect"] for span in spans if span["dialect"]), None)
    builder = WorkloadBuilder(str(path), KIND, dialect)
    builder.unit_hint = UNIT_HINT
    for span in spans:
        execution = Execution(
            sql=span["sql"],
            duration_ms=span["duration_ms"],
            rows=span["rows"],
            unit=span["trace"],
            unit_kind="trace",
            site=span["site"],
            function=span["function"],
            parent=span["parent"],
            where=str(path),
        )
        builder.add(
            span["sql"],
            mean_ms=span["duration_ms"],
            rows=span["rows"],
            where=str(path),
            execution=execution,
        )
    return builder.build()


def _spans(path: Path, document: Any) -> Iterator[dict[str, Any]]:
    if isinstance(document, list):
        for item in document:
            yield from _spans(path, item)
        return
    if not isinstance(document, dict):
        raise malformed(path, None, "expected OpenTelemetry JSON objects")
    if "resourceSpans" in document:
        for resource in document.get("resourceSpans") or []:
            for scope in (
                resource.get("scopeSpans") or resource.get("instrumentationLibrarySpans") or []
            ):
                for span in scope.get("spans") or []:
                    found = _otlp_span(span)
                    if found:
                        yield found
        return
    if "context" in document:
        found = _console_span(document)
        if found:
            yield found
        return
    raise malformed(path, None, "not an OpenTelemetry span or OTLP export")


def _otlp_span(span: dict[str, Any]) -> dict[str, Any] | None:
    attributes = {
        item.get("key"): _value(item.get("value")) for item in span.get("attributes") or []
    }
    start = int(span.get("startTimeUnixNano") or 0)
    end = int(span.get("endTimeUnixNano") or 0)
    return _db_span(
        attributes,
        span.get("traceId"),
        span.get("parentSpanId"),
        start,
        (end - start) / 1e6 if end else None,
    )


def _console_span(span: dict[str, Any]) -> dict[str, Any] | None:
    attributes = span.get("attributes") or {}
    context = span.get("context") or {}
    start = _iso_ns(span.get("start_time"))
    end = _iso_ns(span.get("end_time"))
    return _db_span(
        attributes,
        context.get("trace_id"),
        span.get("parent_id"),
        start,
        (end - start) / 1e6 if end and start else None,
    )


def _db_span(
    attributes: dict[str, Any], trace: Any, parent: Any, start: int, duration_ms: float | None
) -> dict[str, Any] | None:
    sql = next((attributes[key] for key in _STATEMENT_KEYS if attributes.get(key)), None)
    if not isinstance(sql, str):
        return None
    system = next((attributes[key] for key in _SYSTEM_KEYS if attributes.get(key)), None)
    path = attributes.get("code.file.path") or attributes.get("code.filepath")
    line = attributes.get("code.line.number") or attributes.get("code.lineno")
    rows = attributes.get("db.response.returned_rows")
    return {
        "sql": sql,
        "trace": str(trace) if trace else None,
        "parent": str(parent) if parent else None,
        "start": start,
        "duration_ms": duration_ms,
        "dialect": dialect_of(str(system).lower()) if system else None,
        "site": f"{path}:{line}" if path and line else None,
        "function": attributes.get("code.function.name") or attributes.get("code.function"),
        "rows": int(rows) if isinstance(rows, int | str) and str(rows).isdigit() else None,
    }


def _value(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    for key in ("stringValue", "intValue", "doubleValue", "boolValue"):
        if key in value:
            found = value[key]
            return int(found) if key == "intValue" else found
    return None


def _iso_ns(text: Any) -> int:
    if not isinstance(text, str):
        return 0
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return 0
    return int(moment.timestamp() * 1e9)
