"""The record of what apply has done: table `schemadoctor_migrations`.

One row per step of each plan, keyed by the plan's hash and the step number, plus row 0 for the
plan itself (its overall status, when it started, who ran it, its full text, so that an
unfinished plan can be resumed without its file, and the findings it was meant to fix, so that
verification can say of each whether it is gone). Statuses: pending, running, done, failed,
abandoned.

Where it lives: on PostgreSQL in its own schema, `schemadoctor`, so that it stays out of the
application's schemas (and out of `pg_dump -n public`, ORM autogeneration and search_path); on
MySQL/MariaDB in the connected database; on SQLite in the database file. `check` ignores tables
named `schemadoctor_*`.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from schemadoctor.engines.base import Adapter
from schemadoctor.engines.database import Database
from schemadoctor.model.catalog import TableName
from schemadoctor.model.script import script_hash

STATE_TABLE = "schemadoctor_migrations"
PLAN_ROW = 0
"""Row number of the plan's own record; steps are numbered from 1."""


class Status(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    ABANDONED = "abandoned"


def state_table(adapter: Adapter) -> sa.Table:
    long_text, timestamp = adapter.long_text_type(), adapter.timestamp_type()
    return sa.Table(
        STATE_TABLE,
        sa.MetaData(),
        sa.Column("plan_hash", sa.String(64), primary_key=True),
        sa.Column("step", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("transactional", sa.Boolean, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("started_at", timestamp),
        sa.Column("finished_at", timestamp),
        sa.Column("error", sa.Text),
        sa.Column("applied_by", sa.String(255)),
        sa.Column("sql_text", long_text),
        sa.Column("findings", long_text),
        schema=adapter.state_schema,
    )


def qualified_state_table(adapter: Adapter) -> str:
    return adapter.qualify(TableName(adapter.state_schema, STATE_TABLE))


@dataclass(frozen=True)
class StepRecord:
    step: int
    title: str
    status: Status
    transactional: bool
    attempts: int
    started_at: datetime | None
    finished_at: datetime | None
    error: str | None


@dataclass(frozen=True)
class PlanRecord:
    plan_hash: str
    status: Status
    started_at: datetime | None
    finished_at: datetime | None
    applied_by: str | None
    script: str
    steps: tuple[StepRecord, ...]
    findings: tuple[dict[str, object], ...] | None = None
    """The findings the plan was meant to fix, as recorded when it started (None: unknown)."""

    def step(self, number: int) -> StepRecord | None:
        return next((record for record in self.steps if record.step == number), None)

    @property
    def done_steps(self) -> int:
        return sum(record.status == Status.DONE for record in self.steps)

    @property
    def unfinished(self) -> bool:
        return self.status not in (Status.DONE, Status.ABANDONED)


class StateStore:
    """Reads and writes the state table through `connection`, which apply keeps in autocommit
    mode: a write outside a step's transaction is durable at once, a write inside one commits or
    rolls back with it."""

    def __init__(self, connection: Connection, adapter: Adapter) -> None:
        self.connection = connection
        self.adapter = adapter
        self.table = state_table(adapter)
        self.applied_by = f"{getpass.getuser()}@{socket.gethostname()} pid {os.getpid()}"

    def exists(self) -> bool:
        return sa.inspect(self.connection).has_table(STATE_TABLE, schema=self.table.schema)

    def ensure(self) -> None:
        if self.table.schema:
            self.connection.exec_driver_sql(
                f"CREATE SCHEMA IF NOT EXISTS {self.adapter.quote(self.table.schema)}"
            )
        self.table.create(self.connection, checkfirst=True)

    # --- reading ---------------------------------------------------------------------------
    def load(self, plan_hash: str) -> PlanRecord | None:
        if not self.exists():
            return None
        rows = self.connection.execute(
            sa.select(self.table)
            .where(self.table.c.plan_hash == plan_hash)
            .order_by(self.table.c.step)
        ).all()
        return _plan_record(rows) if rows else None

    def unfinished(self) -> list[PlanRecord]:
        """Plans started and neither finished nor abandoned, oldest first."""
        if not self.exists():
            return []
        hashes = self.connection.execute(
            sa.select(self.table.c.plan_hash)
            .where(
                self.table.c.step == PLAN_ROW,
                self.table.c.status.not_in([Status.DONE.value, Status.ABANDONED.value]),
            )
            .order_by(self.table.c.started_at)
        ).scalars()
        return [record for plan_hash in list(hashes) if (record := self.load(plan_hash))]

    # --- writing ---------------------------------------------------------------------------
    def register(
        self,
        plan_hash: str,
        script: str,
        steps: Sequence[tuple[str, bool, str]],
        findings: Sequence[dict[str, object]] | None = None,
    ) -> None:
        """Record a plan about to run: its own row (running, with the findings it fixes) and
        one pending row per step (title, transactional, SQL)."""
        now = _now(self.adapter)
        rows = [
            {
                "plan_hash": plan_hash,
                "step": PLAN_ROW,
                "title": "plan",
                "status": Status.RUNNING.value,
                "transactional": False,
                "attempts": 1,
                "started_at": now,
                "finished_at": None,
                "error": None,
                "applied_by": self.applied_by,
                "sql_text": script,
                "findings": None if findings is None else json.dumps(list(findings)),
            }
        ]
        rows += [
            {
                "plan_hash": plan_hash,
                "step": number,
                "title": title[:1000],
                "status": Status.PENDING.value,
                "transactional": transactional,
                "attempts": 0,
                "started_at": None,
                "finished_at": None,
                "error": None,
                "applied_by": None,
                "sql_text": sql,
                "findings": None,
            }
            for number, (title, transactional, sql) in enumerate(steps, 1)
        ]
        self.connection.execute(sa.insert(self.table), rows)

    def resume(self, plan_hash: str) -> None:
        """A new run of an unfinished plan: note who runs it now."""
        self._update(plan_hash, PLAN_ROW, status=Status.RUNNING.value, applied_by=self.applied_by)
        self.connection.execute(
            sa.update(self.table)
            .where(self.table.c.plan_hash == plan_hash, self.table.c.step == PLAN_ROW)
            .values(attempts=self.table.c.attempts + 1)
        )

    def mark_running(self, plan_hash: str, step: int) -> None:
        self.connection.execute(
            sa.update(self.table)
            .where(self.table.c.plan_hash == plan_hash, self.table.c.step == step)
            .values(
                status=Status.RUNNING.value,
                attempts=self.table.c.attempts + 1,
                started_at=_now(self.adapter),
                finished_at=None,
                error=None,
                applied_by=self.applied_by,
            )
        )

    def mark_done(self, plan_hash: str, step: int) -> None:
        self._update(
            plan_hash, step, status=Status.DONE.value, finished_at=_now(self.adapter), error=None
        )

    def mark_failed(self, plan_hash: str, step: int, error: str) -> None:
        self._update(
            plan_hash,
            step,
            status=Status.FAILED.value,
            finished_at=_now(self.adapter),
            error=error[:4000],
        )
        self._update(plan_hash, PLAN_ROW, status=Status.FAILED.value, error=error[:4000])

    def finish(self, plan_hash: str) -> None:
        self._update(
            plan_hash,
            PLAN_ROW,
            status=Status.DONE.value,
            finished_at=_now(self.adapter),
            error=None,
        )

    def abandon(self, plan_hash: str) -> None:
        self._update(
            plan_hash, PLAN_ROW, status=Status.ABANDONED.value, finished_at=_now(self.adapter)
        )

    def _update(self, plan_hash: str, step: int, **values: object) -> None:
        self.connection.execute(
            sa.update(self.table)
            .where(self.table.c.plan_hash == plan_hash, self.table.c.step == step)
            .values(**values)
        )


def load_record(database: Database, text: str) -> PlanRecord | None:
    """The record of the plan whose text is `text`, if apply ever ran it; reads only."""
    with database.connect() as connection:
        return StateStore(connection, database.adapter).load(script_hash(text))


def _now(adapter: Adapter) -> datetime:
    now = datetime.now(UTC)
    # MySQL DATETIME and SQLite text have no zone: store UTC without one, read it back as UTC.
    return now if adapter.state_timestamp_aware() else now.replace(tzinfo=None)


def _utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _plan_record(rows: Sequence[sa.Row]) -> PlanRecord | None:
    head = next((row for row in rows if row.step == PLAN_ROW), None)
    if head is None:
        return None
    steps = tuple(
        StepRecord(
            step=row.step,
            title=row.title,
            status=Status(row.status),
            transactional=bool(row.transactional),
            attempts=int(row.attempts or 0),
            started_at=_utc(row.started_at),
            finished_at=_utc(row.finished_at),
            error=row.error,
        )
        for row in rows
        if row.step != PLAN_ROW
    )
    return PlanRecord(
        plan_hash=head.plan_hash,
        status=Status(head.status),
        started_at=_utc(head.started_at),
        finished_at=_utc(head.finished_at),
        applied_by=head.applied_by,
        script=head.sql_text or "",
        steps=steps,
        findings=_findings(head.findings),
    )


def _findings(text: str | None) -> tuple[dict[str, object], ...] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return (
        tuple(item for item in value if isinstance(item, dict)) if isinstance(value, list) else None
    )
