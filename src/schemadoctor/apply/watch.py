"""While a step runs, a second (read-only) connection looks at it a few times a second: whom it
is waiting for, and how far an index build has got. The lock timeout ends a wait before the
step's own connection could ask anything, so only a watcher can name the blocker."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from schemadoctor.apply.locks import Session, blockers_of
from schemadoctor.connect import Database
from schemadoctor.errors import SchemaDoctorError


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    unit: str
    """`blocks`, `tuples` or `%`."""
    phase: str = ""


class StepWatcher:
    def __init__(
        self,
        database: Database | None,
        waiting: int,
        table: tuple[str | None, str] | None,
        on_wait: Callable[[list[Session]], None],
        on_progress: Callable[[Progress], None],
        interval: float = 0.2,
    ) -> None:
        self.database = database
        self.waiting = waiting
        self.table = table
        self.on_wait = on_wait
        self.on_progress = on_progress
        self.interval = interval
        self.blockers: list[Session] = []
        """The last non-empty set of blockers seen during the step."""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> StepWatcher:
        if self.database is not None and self.database.dialect != "sqlite":
            self._thread = threading.Thread(target=self._run, name="schemadoctor-watch")
            self._thread.daemon = True
            self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        assert self.database is not None
        dialect = self.database.dialect
        try:
            with self.database.connect() as connection:
                was_waiting = False
                while not self._stop.wait(self.interval):
                    blockers = blockers_of(connection, dialect, self.waiting, self.table)
                    if blockers:
                        self.blockers = blockers
                        self.on_wait(blockers)
                    elif was_waiting:
                        self.on_wait([])
                    was_waiting = bool(blockers)
                    progress = _progress(connection, dialect, self.waiting)
                    if progress is not None:
                        self.on_progress(progress)
                    connection.rollback()  # a fresh snapshot for the next look
        except (SQLAlchemyError, SchemaDoctorError):
            return  # watching is a courtesy; the step itself reports real failures


def _progress(connection: sa.Connection, dialect: str, pid: int) -> Progress | None:
    if dialect == "postgresql":
        row = connection.execute(
            sa.text(
                "SELECT phase, blocks_done, blocks_total, tuples_done, tuples_total "
                "FROM pg_stat_progress_create_index WHERE pid = :pid"
            ),
            {"pid": pid},
        ).first()
        if row is None:
            return None
        if row.tuples_total:
            return Progress(int(row.tuples_done), int(row.tuples_total), "tuples", row.phase)
        return Progress(int(row.blocks_done or 0), int(row.blocks_total or 0), "blocks", row.phase)
    if dialect == "mysql":
        row = connection.execute(
            sa.text(
                "SELECT STAGE, MAX_STAGE, PROGRESS, STATE "
                "FROM information_schema.PROCESSLIST WHERE ID = :pid"
            ),
            {"pid": pid},
        ).first()
        if row is None or not row.MAX_STAGE:
            return None
        phase = f"stage {row.STAGE}/{row.MAX_STAGE}" + (f", {row.STATE}" if row.STATE else "")
        return Progress(int(float(row.PROGRESS or 0)), 100, "%", phase)
    return None
