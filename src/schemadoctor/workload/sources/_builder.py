"""What every reader shares: fingerprint each statement it reads, aggregate by fingerprint,
keep per-execution records when the source has them, and list what does not parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.workload.fingerprint import Fingerprinter, UnparsableStatement, statement_kind
from schemadoctor.workload.model import Execution, Params, Statement, Unparsed, Workload
from schemadoctor.workload.render import example_sql

MAX_UNPARSED_LISTED = 1000


@dataclass
class _Entry:
    statement: Statement
    timed_calls: int = 0
    timed_ms: float = 0.0


@dataclass
class WorkloadBuilder:
    source: str
    kind: str
    dialect: str | None
    fingerprinter: Fingerprinter = field(init=False)
    entries: dict[str, _Entry] = field(default_factory=dict)
    unparsed: dict[str, Unparsed] = field(default_factory=dict)
    executions: list[Execution] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unit_hint: str = ""

    def __post_init__(self) -> None:
        self.fingerprinter = Fingerprinter(self.dialect)

    def add(
        self,
        sql: str,
        *,
        calls: int = 1,
        mean_ms: float | None = None,
        rows: int | None = None,
        params: Params = None,
        where: str = "",
        execution: Execution | None = None,
        values_are_digests: bool = False,
    ) -> None:
        """One statement read from the source: `calls` executions of `mean_ms` each."""
        sql = sql.strip()
        if not sql:
            return
        if execution is not None:
            execution.seq = len(self.executions)
            self.executions.append(execution)
        try:
            shape = self.fingerprinter.shape(sql)
        except UnparsableStatement as exc:
            self._unparsed(sql, str(exc), calls, where)
            return
        entry = self.entries.get(shape.fingerprint)
        if entry is None:
            bound = any(slot.key is not None for slot in shape.slots)
            example, has_example = sql, not bound
            if bound and params is not None and not values_are_digests:
                rendered = example_sql(shape, params, self.dialect)
                if rendered is not None:
                    example, has_example = rendered, True
            entry = _Entry(
                Statement(
                    fingerprint=shape.fingerprint,
                    sql=example,
                    calls=0,
                    mean_ms=None,
                    normalized=shape.normalized,
                    kind=shape.kind,
                    tables=shape.tables,
                    has_example=has_example,
                    sources=(where,) if where else (),
                )
            )
            self.entries[shape.fingerprint] = entry
        statement = entry.statement
        statement.calls += calls
        if mean_ms is not None:
            entry.timed_calls += calls
            entry.timed_ms += mean_ms * calls
            statement.mean_ms = entry.timed_ms / entry.timed_calls
        if rows is not None:
            statement.rows = (statement.rows or 0) + rows
        if where and len(statement.sources) < 3 and where not in statement.sources:
            statement.sources = (*statement.sources, where)

    def _unparsed(self, sql: str, reason: str, calls: int, where: str) -> None:
        known = self.unparsed.get(sql)
        if known is not None:
            known.calls += calls
        elif len(self.unparsed) < MAX_UNPARSED_LISTED:
            self.unparsed[sql] = Unparsed(sql, reason, calls, where)
        else:
            self.unparsed.setdefault("", Unparsed("", "and more statements", 0, where))
            self.unparsed[""].calls += calls

    def build(self) -> Workload:
        statements = sorted(
            (entry.statement for entry in self.entries.values()), key=lambda s: -s.weight
        )
        workload = Workload(
            statements=statements,
            unparsed=list(self.unparsed.values()),
            source=self.source,
            dialect=self.dialect,
            executions=self.executions,
            notes=self.notes,
            source_kind=self.kind,
        )
        workload.unit_hint = self.unit_hint
        return workload


def kind_of(sql: str) -> str:
    return statement_kind(sql)


def read_text(path: Path) -> str:
    """The whole file as text; one line and exit 2 when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except IsADirectoryError:
        raise SchemaDoctorError(f"{path} is a directory, not a workload file") from None
    except FileNotFoundError:
        raise SchemaDoctorError(f"no such workload file: {path}") from None
    except PermissionError:
        raise SchemaDoctorError(f"cannot read {path}: permission denied") from None
    except OSError as exc:
        raise SchemaDoctorError(f"cannot read {path}: {exc.strerror or exc}") from None


def malformed(path: Path | str, line: int | None, why: str) -> SchemaDoctorError:
    where = f"{path}:{line}" if line else str(path)
    return SchemaDoctorError(f"malformed workload file {where}: {why}")


def as_float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None
