"""The workload vocabulary shared by advise, bench and N+1 detection.

A `Workload` is what an application ran, reduced to distinct statements (`Statement`, one per
fingerprint, weighted by calls x mean time). Sources that see each execution separately
(the capture, logs with session ids, OpenTelemetry spans) also keep the `Execution`s in order,
which is what N+1 detection reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Params = Sequence[Any] | Mapping[str, Any] | None


@dataclass
class Statement:
    fingerprint: str
    """16 hex digits identifying the statement's shape: the same for every execution that differs
    only in literal or parameter values (and IN-list lengths)."""
    sql: str
    """One executable example, or the normalized text with placeholders when the source has no
    example (pg_stat_statements' `$1`): see `has_example` and `workload.params.instantiate`."""
    calls: int
    mean_ms: float | None
    """Mean execution time; None when the source does not time statements (general log, .sql)."""
    normalized: str = ""
    """Literals replaced by `?`, IN-lists collapsed: the text the fingerprint is computed from."""
    kind: str = "other"
    """`select`, `insert`, `update`, `delete` or `other` (DDL, SET, BEGIN...)."""
    tables: tuple[str, ...] = ()
    """Tables the statement reads or writes, as written in it (possibly schema-qualified)."""
    rows: int | None = None
    """Total rows returned or affected over all calls, when the source says."""
    has_example: bool = True
    """False when `sql` still holds placeholders and cannot run as it stands."""
    instantiated: bool = False
    """True when `sql` was made executable by filling placeholders with representative values."""
    sources: tuple[str, ...] = ()
    """Where the statement was seen (file:line), a few at most, for messages."""

    @property
    def total_ms(self) -> float | None:
        return None if self.mean_ms is None else self.calls * self.mean_ms

    @property
    def weight(self) -> float:
        """calls x mean time; calls alone when the source has no timings."""
        return self.total_ms if self.total_ms is not None else float(self.calls)

    @property
    def is_read(self) -> bool:
        return self.kind == "select"


@dataclass
class Unparsed:
    """A statement sqlglot could not parse: counted and listed, never fatal."""

    sql: str
    reason: str
    calls: int = 1
    where: str = ""
    """file:line (or source name) where it was read."""


@dataclass
class Execution:
    """One execution of one statement, in the order the application ran it."""

    sql: str
    params: Params = None
    """Bound parameters as the driver got them (positional or by name), or None when the values
    are literals inside `sql`. From the capture: value digests, not the values themselves."""
    duration_ms: float | None = None
    rows: int | None = None
    unit: str | None = None
    """What one N+1 group must stay inside: a `with capture()` block, a test, a web request,
    a database session/transaction (logs) or a trace (OpenTelemetry)."""
    unit_kind: str = ""
    """`block`, `test`, `request`, `session`, `transaction` or `trace`."""
    site: str | None = None
    """First call site outside libraries, `file:line`, when the source knows it."""
    function: str | None = None
    parent: str | None = None
    """The enclosing span (OpenTelemetry) or other grouping handle, when known."""
    result_digests: frozenset[int] | None = None
    """Digests of values in the rows this execution returned (capture only): lets detection see
    that a repeated query's parameters came out of an earlier query (its parent)."""
    seq: int = 0
    """Position in the source, for ordering."""
    where: str = ""
    """file:line in the source file."""
    dialect_params: bool = False
    """True when `params` are value digests rather than values (capture format)."""
    dialect: str | None = None
    """The engine that ran it, when one capture watched several (the pytest plugin)."""


@dataclass
class Workload:
    statements: list[Statement]
    unparsed: list[Unparsed]
    source: str
    """What was read: a path, or `pg_stat_statements`."""
    dialect: str | None = None
    """`postgresql`, `mysql` or `sqlite` when known."""
    executions: list[Execution] = field(default_factory=list)
    """Per-execution records in order, for sources that have them (empty for aggregates)."""
    notes: list[str] = field(default_factory=list)
    """One-line remarks for the user (e.g. statements left out, privileges missing)."""
    unit_hint: str = ""
    """How to make this source carry unit ids (sessions, transactions), when it does not."""
    source_kind: str = ""
    """Which reader produced it: `pg_stat_statements`, `postgresql-log`, `mysql-slow-log`,
    `mysql-general-log`, `sql-file`, `jsonl`, `opentelemetry`."""

    @property
    def total_calls(self) -> int:
        return sum(statement.calls for statement in self.statements)

    @property
    def total_weight(self) -> float:
        return sum(statement.weight for statement in self.statements)

    @property
    def unparsed_calls(self) -> int:
        return sum(item.calls for item in self.unparsed)

    def by_fingerprint(self) -> dict[str, Statement]:
        return {statement.fingerprint: statement for statement in self.statements}

    def reads(self) -> list[Statement]:
        return [statement for statement in self.statements if statement.is_read]

    def heaviest(self, limit: int | None = None) -> list[Statement]:
        ranked = sorted(self.statements, key=lambda statement: -statement.weight)
        return ranked if limit is None else ranked[:limit]
