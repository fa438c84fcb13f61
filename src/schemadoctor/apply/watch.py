"""While a step runs, a second (read-only) connection looks at it a few times a second: whom it
is waiting for, and how far an index build has got. The lock timeout ends a wait before the
step's own connection could ask anything, so only a watcher can name the blocker."""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType

from sqlalchemy.exc import SQLAlchemyError

from schemadoctor.engines.database import Database
from schemadoctor.engines.sessions import Progress, Session
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.catalog import TableName


class StepWatcher:
    def __init__(
        self,
        database: Database | None,
        waiting: int,
        table: TableName | None,
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
        if self.database is not None and self.database.adapter.supports.lock_monitoring:
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
        adapter = self.database.adapter
        try:
            with self.database.connect() as connection:
                was_waiting = False
                while not self._stop.wait(self.interval):
                    blockers = adapter.blockers_of(connection, self.waiting, self.table)
                    if blockers:
                        self.blockers = blockers
                        self.on_wait(blockers)
                    elif was_waiting:
                        self.on_wait([])
                    was_waiting = bool(blockers)
                    progress = adapter.progress_of(connection, self.waiting)
                    if progress is not None:
                        self.on_progress(progress)
                    connection.rollback()  # a fresh snapshot for the next look
        except (SQLAlchemyError, SchemaDoctorError):
            return  # watching is a courtesy; the step itself reports real failures
