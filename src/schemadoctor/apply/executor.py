"""Runs a script step by step on a live database: each step under a short lock timeout,
retried with backoff when it cannot get its lock, recorded in the state table so that a run
cut short anywhere (kill -9, lost connection, lock contention) is finished by running the same
command again.

Durability: a transactional step is marked done inside its own transaction, so the record and
the schema cannot disagree after a crash. A step that must run outside a transaction
(PostgreSQL's CONCURRENTLY) is marked running before and done after; re-running it is safe
because its statements are idempotent (IF NOT EXISTS), a leftover INVALID index is dropped and
rebuilt (`repair.py`), and on re-run an "already exists"/"does not exist" error from a statement
an interrupted run had completed counts as done. MySQL/MariaDB commit DDL implicitly, so there
every step is in effect non-transactional and handled the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from schemadoctor.apply.events import Reporter, StepView
from schemadoctor.apply.hooks import pause_point
from schemadoctor.apply.options import ApplyOptions
from schemadoctor.apply.state import PlanRecord, StateStore, Status
from schemadoctor.apply.watch import StepWatcher
from schemadoctor.engines.database import Database, translate_errors
from schemadoctor.engines.sessions import Session, shorten
from schemadoctor.errors import SchemaDoctorError, one_line
from schemadoctor.model.catalog import TableName
from schemadoctor.model.script import Script, Step, script_hash

T = TypeVar("T")


class ApplyStopped(SchemaDoctorError):
    """A step could not get its lock within the retries. Nothing of that step persists and
    the earlier ones are recorded: run the same command again later."""

    exit_code = 75  # EX_TEMPFAIL: try again later


class StepFailed(SchemaDoctorError):
    """A step failed for a reason other than a lock; it is recorded as failed."""


class PlanRefused(SchemaDoctorError):
    """Another plan is half-applied on this database."""


class _Busy(Exception):
    """Something other than a lock timeout that waiting may cure; retried like one."""


@dataclass(frozen=True)
class Preview:
    """The state of this plan and of any other unfinished one, read without writing."""

    plan_hash: str
    record: PlanRecord | None
    others: list[PlanRecord]

    @property
    def complete(self) -> bool:
        return self.record is not None and self.record.status == Status.DONE

    def status_of(self, number: int) -> str:
        step = self.record.step(number) if self.record else None
        return step.status.value if step else Status.PENDING.value


@dataclass
class ApplyResult:
    plan_hash: str
    steps: list[StepView]
    ran: list[int] = field(default_factory=list)
    """Steps run by this invocation."""
    skipped: list[int] = field(default_factory=list)
    """Steps an earlier run had done."""
    already_complete: bool = False
    resumed: bool = False
    seconds: float = 0.0
    timings: dict[int, tuple[float, float]] = field(default_factory=dict)
    """Step number -> (start, end) wall-clock times (epoch seconds) of its last attempt."""
    changes: list[str] = field(default_factory=list)
    """What the schema looks like now that it did not before (see `diff.schema_changes`)."""
    storage: dict[str, Any] | None = None
    """Sizes before and after the plan's type conversions (see `storage.StorageReport`)."""
    storage_lines: list[str] = field(default_factory=list)


def step_views(script: Script, preview: Preview | None = None) -> list[StepView]:
    views = []
    for number, step in enumerate(script.steps, 1):
        rows = step.info.get("rows")
        views.append(
            StepView(
                number=number,
                title=step.title,
                table=step.table,
                locks=step.locks,
                transactional=step.transactional,
                rows=int(rows) if isinstance(rows, int | float) else None,
                status=preview.status_of(number) if preview else Status.PENDING.value,
            )
        )
    return views


def refusal(plan_hash: str, other: PlanRecord) -> str:
    failed = next((s for s in other.steps if s.status == Status.FAILED), None)
    state = f"{other.done_steps}/{len(other.steps)} steps done"
    if failed is not None:
        state += f"; step {failed.step} failed: {shorten(failed.error or '', 100)}"
    return (
        f"refusing to apply plan {plan_hash[:12]}: plan {other.plan_hash[:12]}, started "
        f"{_when(other.started_at)} by {other.applied_by or 'unknown'}, is unfinished ({state}). "
        "Finish it first (`schemadoctor apply URL` without --plan resumes it), or pass "
        "--abandon-unfinished to leave it as it is"
    )


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment else "at an unknown time"


class Executor:
    def __init__(
        self,
        database: Database,
        script: Script,
        text: str,
        options: ApplyOptions,
        reporter: Reporter | None = None,
        monitor: Database | None = None,
    ) -> None:
        """`database` must be writable; `monitor` (read-only, optional) watches each step
        from a second connection to name blockers and show index build progress."""
        self.database = database
        self.adapter = database.adapter
        self.script = script
        self.plan_hash = script_hash(text)
        self.text = text
        self.options = options
        self.reporter = reporter or Reporter()
        self.monitor = monitor
        self._in_transaction = False

    # --- before running ------------------------------------------------------------------
    def preview(self) -> Preview:
        with self.database.connect() as connection:
            store = StateStore(connection, self.adapter)
            record = store.load(self.plan_hash)
            others = [p for p in store.unfinished() if p.plan_hash != self.plan_hash]
        return Preview(self.plan_hash, record, others)

    # --- running ---------------------------------------------------------------------------
    def run(self, findings: Sequence[dict[str, Any]] | None = None) -> ApplyResult:
        """Run the steps not yet done. `findings`: what the plan fixes (see
        `findings.finding_record`), recorded with the plan when it is first registered."""
        started = time.monotonic()
        with self._session() as connection, self.adapter.exclusive_apply(connection):
            store = StateStore(connection, self.adapter)
            record = self._retrying(connection, lambda: self._start(store, findings))
            views = step_views(self.script, Preview(self.plan_hash, record, []))
            result = ApplyResult(self.plan_hash, views, resumed=record is not None)
            if record is not None and record.status == Status.DONE:
                result.already_complete = True
                result.skipped = [view.number for view in views]
                return result
            pid = self.adapter.session_id(connection)
            self.reporter.begin(views)
            try:
                for view, step in zip(views, self.script.steps, strict=True):
                    before = record.step(view.number) if record else None
                    if before is not None and before.status == Status.DONE:
                        result.skipped.append(view.number)
                        self.reporter.step_skipped(view)
                        continue
                    pause_point(view.number, "before")
                    interrupted = before is not None and before.status in (
                        Status.RUNNING,
                        Status.FAILED,
                    )
                    result.timings[view.number] = self._run_step(
                        connection, store, pid, view, step, interrupted
                    )
                    result.ran.append(view.number)
            finally:
                self.reporter.end()  # a live display must give the terminal back, even on error
            self._retrying(connection, lambda: store.finish(self.plan_hash))
        result.seconds = time.monotonic() - started
        return result

    def _start(
        self, store: StateStore, findings: Sequence[dict[str, Any]] | None
    ) -> PlanRecord | None:
        """Create the state table if needed, refuse (or abandon) another unfinished plan, and
        register this plan or note its resumption. Returns this plan's record as it was."""
        store.ensure()
        for other in store.unfinished():
            if other.plan_hash == self.plan_hash:
                continue
            if not self.options.abandon_unfinished:
                raise PlanRefused(refusal(self.plan_hash, other))
            store.abandon(other.plan_hash)
        record = store.load(self.plan_hash)
        if record is None:
            store.register(
                self.plan_hash,
                self.text,
                [
                    (step.title, step.transactional, "\n".join(_statements(step)))
                    for step in self.script.steps
                ],
                findings,
            )
        elif record.status != Status.DONE:
            store.resume(self.plan_hash)
        return record

    def _retrying(self, connection: Connection, work: Callable[[], T]) -> T:
        """State writes outside a step wait for locks like a step does: on SQLite they need
        the same file lock as the application's writes."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return work()
            except DBAPIError as exc:
                if not self.adapter.is_lock_failure(exc):
                    raise
                self._abort_transaction(connection)
                if attempt > self.options.retries:
                    holders = self._holders(connection, 0, None)
                    raise ApplyStopped(
                        f"could not write to schemadoctor_migrations: {_error_text(exc)}"
                        + _blocked_by(holders)
                        + ". Nothing was applied; run the same command again later"
                    ) from None
                time.sleep(self.options.retry_delay(attempt))

    @contextmanager
    def _session(self) -> Iterator[Connection]:
        """One connection in autocommit mode: apply itself says BEGIN and COMMIT, so that
        CONCURRENTLY statements can run outside a transaction and state writes outside a
        step are durable at once."""
        with translate_errors(self.database.target), self.database.engine.connect() as raw:
            connection = raw.execution_options(isolation_level="AUTOCOMMIT")
            for setting in self.script.settings:
                connection.exec_driver_sql(setting)
            # After the script's own settings: --lock-timeout has the last word.
            self.adapter.configure_apply_session(connection, self.options.lock_timeout)
            yield connection

    def _run_step(
        self,
        connection: Connection,
        store: StateStore,
        pid: int,
        view: StepView,
        step: Step,
        interrupted: bool,
    ) -> tuple[float, float]:
        attempt = 0
        table = _table_of(step)
        while True:
            attempt += 1
            self.reporter.step_started(view, attempt)
            started, wall = time.monotonic(), time.time()
            watcher = StepWatcher(
                self.monitor,
                pid,
                table,
                on_wait=lambda blockers: self.reporter.step_waiting(view, blockers),
                on_progress=lambda progress: self.reporter.step_progress(view, progress),
            )
            try:
                with watcher:
                    self._execute(connection, store, view, step, interrupted or attempt > 1)
            except (DBAPIError, _Busy) as exc:
                if isinstance(exc, DBAPIError) and exc.connection_invalidated:
                    raise SchemaDoctorError(
                        f"lost the connection during step {view.number} ({view.title}): "
                        f"{_error_text(exc)}; run the same command again to resume"
                    ) from None
                self._abort(connection, step)
                error = _error_text(exc)
                if isinstance(exc, _Busy) or self.adapter.is_lock_failure(exc):
                    blockers = watcher.blockers or self._holders(connection, pid, table)
                    if attempt <= self.options.retries:
                        delay = self.options.retry_delay(attempt)
                        self.reporter.step_retry(
                            view, attempt, self.options.retries, delay, error, blockers
                        )
                        time.sleep(delay)
                        continue
                    message = (
                        f"step {view.number} ({view.title}) could not get its lock after "
                        f"{attempt} attempt{'s' if attempt > 1 else ''}: {error}"
                        + _blocked_by(blockers)
                    )
                    self._record_failure(store, view, message)
                    self.reporter.step_failed(view, message, blockers)
                    raise ApplyStopped(
                        message + ". Nothing of this step was kept; run the same command again "
                        "to resume from it"
                    ) from None
                self._fail(store, view, error)
            except _AssertionFailed as exc:
                self._abort(connection, step)
                self._fail(store, view, str(exc))
            self.reporter.step_finished(view, time.monotonic() - started)
            return wall, time.time()

    def _record_failure(self, store: StateStore, view: StepView, error: str) -> None:
        """Best effort: where the state cannot be written (SQLite, still locked) the step stays
        recorded as running, which a re-run treats the same way."""
        with suppress(DBAPIError):
            store.mark_failed(self.plan_hash, view.number, error)

    def _fail(self, store: StateStore, view: StepView, error: str) -> None:
        self._record_failure(store, view, error)
        self.reporter.step_failed(view, error, [])
        raise StepFailed(
            f"step {view.number} ({view.title}) failed: {error}. Steps before it are applied "
            "and recorded; fix the cause and run the same command again to resume"
        ) from None

    def _execute(
        self, connection: Connection, store: StateStore, view: StepView, step: Step, rerun: bool
    ) -> None:
        store.mark_running(self.plan_hash, view.number)
        for statement in step.setup:
            connection.exec_driver_sql(statement)
        if step.transactional:
            self._begin(connection)
            # A failed statement aborts a transaction of transactional DDL, which the re-run
            # repeats whole; MySQL commits DDL implicitly, so its statements are re-run singly.
            single = rerun and not self.adapter.supports.transactional_ddl
            for statement in step.statements:
                self._statement(connection, view, step, statement, single)
            pause_point(view.number, "inside")
            store.mark_done(self.plan_hash, view.number)
            connection.exec_driver_sql("COMMIT")
            self._in_transaction = False
        else:
            for statement in step.statements:
                self._clear_leftovers(connection, view, statement)
                self._statement(connection, view, step, statement, rerun)
            pause_point(view.number, "inside")
            store.mark_done(self.plan_hash, view.number)
        for statement in step.teardown:
            connection.exec_driver_sql(statement)

    def _begin(self, connection: Connection) -> None:
        connection.exec_driver_sql(self.adapter.begin_statement())
        self._in_transaction = True

    def _statement(
        self, connection: Connection, view: StepView, step: Step, statement: str, rerun: bool
    ) -> None:
        try:
            result = connection.exec_driver_sql(statement)
        except DBAPIError as exc:
            if rerun and self.adapter.is_already_applied(exc):
                self.reporter.step_note(
                    view, f"already done before the interruption: {shorten(statement, 60)}"
                )
                return
            raise
        try:
            if step.assert_empty or _is_foreign_key_check(statement):
                rows = result.fetchmany(3) if result.returns_rows else []
                if rows:
                    raise _AssertionFailed(_violations(statement, rows))
        finally:
            result.close()

    def _clear_leftovers(self, connection: Connection, view: StepView, statement: str) -> None:
        for leftover in self.adapter.leftovers_before(connection, statement):
            if leftover.builder is not None:
                raise _Busy(f"index {leftover.name} is being built by pid {leftover.builder}")
            self.reporter.step_note(
                view, f"index {leftover.name} was {leftover.reason}: dropping it to rebuild it"
            )
            connection.exec_driver_sql(leftover.drop_statement)

    def _abort(self, connection: Connection, step: Step) -> None:
        """Leave the session as it was before the step: no open transaction, the step's
        session settings undone (e.g. SQLite's foreign_keys back on)."""
        self._abort_transaction(connection)
        try:
            for statement in step.teardown:
                connection.exec_driver_sql(statement)
        except DBAPIError:
            pass  # the failure being reported matters more

    def _abort_transaction(self, connection: Connection) -> None:
        try:
            if self._in_transaction:
                connection.exec_driver_sql("ROLLBACK")
        except DBAPIError:
            pass
        finally:
            self._in_transaction = False

    def _holders(self, connection: Connection, pid: int, table: TableName | None) -> list[Session]:
        try:
            return self.adapter.holders_of(connection, pid, table, self.database)
        except DBAPIError:
            return []


class _AssertionFailed(Exception):
    pass


def _statements(step: Step) -> list[str]:
    return [*step.setup, *step.statements, *step.teardown]


def _table_of(step: Step) -> TableName | None:
    table = step.info.get("table")
    if isinstance(table, list | tuple) and len(table) == 2 and table[1]:
        return TableName(table[0] or None, str(table[1]))
    return None


def _is_foreign_key_check(statement: str) -> bool:
    # SQLite's table rebuild checks its work with this pragma, which reports violations as
    # rows rather than failing: any row means the rebuilt table breaks a foreign key.
    return " ".join(statement.lower().split()).startswith("pragma foreign_key_check")


def _violations(statement: str, rows: list) -> str:
    sample = "; ".join(", ".join(str(value) for value in row) for row in rows)
    if _is_foreign_key_check(statement):
        return (
            "PRAGMA foreign_key_check found rows breaking a foreign key "
            f"(table, rowid, parent, fk): {sample}"
        )
    return f"check `{shorten(statement, 60)}` returned rows, expected none: {sample}"


def _error_text(exc: BaseException) -> str:
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    args = getattr(original, "args", ())
    if len(args) == 2 and isinstance(args[0], int) and isinstance(args[1], str):
        return f"{args[1]} ({args[0]})"  # PyMySQL: (code, message)
    return one_line(original)


def _blocked_by(blockers: list[Session]) -> str:
    if not blockers:
        return ""
    return "; the lock is held by " + "; ".join(session.describe() for session in blockers)
