"""`schemadoctor.capture(engine, "queries.jsonl")`: record every statement an SQLAlchemy engine
runs (sync or asyncio) with its parameters' shape, duration, row count, the first call site
outside libraries and its unit, and write them as JSON lines that `nplusone` and
`advise --workload` read.

The hooks run on every statement of the application, so they do the least they can: time the
execution, walk up the stack to the first frame outside libraries (cached per file), and keep
the raw pieces in a list. JSON is written when the block ends (or every few thousand records).
Parameter values are not written, only digests of them (`hash()`, consistent within one
process), and digests of the values in the rows a query returned: enough to see that a
repeated query's parameters came from an earlier result, without copying data into the file.
"""

from __future__ import annotations

import json
import os
import sys
import sysconfig
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from time import perf_counter
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncEngine

from schemadoctor.errors import SchemaDoctorError
from schemadoctor.workload.model import Execution
from schemadoctor.workload.units import current_unit, next_number, unit

try:  # asyncio: the driver runs in a greenlet whose caller's frames hold the call site
    from greenlet import getcurrent as _current_greenlet
except ImportError:  # pragma: no cover - SQLAlchemy's asyncio needs greenlet anyway
    _current_greenlet = None

try:  # rows are counted and digested as the application fetches them
    from sqlalchemy.engine.cursor import _DEFAULT_FETCH, CursorFetchStrategy
except ImportError:  # pragma: no cover - a SQLAlchemy without this internal: no row digests
    _DEFAULT_FETCH = CursorFetchStrategy = None

MAX_RESULT_DIGESTS = 2000
FLUSH_EVERY = 5000
_DIALECTS = {"postgresql": "postgresql", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite"}

# Record layout (a list, cheapest to build and to update as rows are fetched).
_SQL, _PARAMS, _MS, _ROWS, _UNIT, _SITE, _DIGESTS, _MANY, _DIALECT = range(9)


def _library_prefixes() -> tuple[str, ...]:
    paths = sysconfig.get_paths()
    prefixes = {
        paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib") if key in paths
    }
    import sqlalchemy

    prefixes.add(os.path.dirname(sqlalchemy.__file__))
    prefixes.add(os.path.dirname(os.path.dirname(__file__)))  # schemadoctor itself
    return tuple(sorted(os.path.join(os.path.realpath(p), "") for p in prefixes))


_OWN_APP_CODE = os.path.join(os.path.dirname(os.path.dirname(__file__)), "demo", "")


class SiteFinder:
    """The first frame outside libraries (the standard library, site-packages, SQLAlchemy,
    schemadoctor), answered per file name and cached."""

    def __init__(self, extra_library_paths: tuple[str, ...] = ()) -> None:
        self.prefixes = _library_prefixes() + tuple(
            os.path.join(os.path.realpath(p), "") for p in extra_library_paths
        )
        self.library: dict[str, bool] = {}

    def is_library(self, filename: str) -> bool:
        known = self.library.get(filename)
        if known is None:
            if filename.startswith("<"):
                known = True
            else:
                real = os.path.realpath(filename)
                known = real.startswith(self.prefixes) and not real.startswith(_OWN_APP_CODE)
            self.library[filename] = known
        return known

    def find(self, depth: int = 2) -> tuple[str, int, str] | None:
        library = self.library
        frame: Any = sys._getframe(depth)
        while frame is not None:
            code = frame.f_code
            known = library.get(code.co_filename)
            if known is None:
                known = self.is_library(code.co_filename)
            if not known:
                return code.co_filename, frame.f_lineno, _function(frame)
            frame = frame.f_back
        # Under asyncio the stack above ends at the greenlet SQLAlchemy spawned; the awaiting
        # coroutines are in the stack of the greenlet that started it.
        if _current_greenlet is not None:
            parent = getattr(_current_greenlet(), "parent", None)
            while parent is not None:
                frame = parent.gr_frame
                while frame is not None:
                    code = frame.f_code
                    if not self.is_library(code.co_filename):
                        return code.co_filename, frame.f_lineno, _function(frame)
                    frame = frame.f_back
                parent = parent.parent
        return None


def _function(frame: Any) -> str:
    """The function a frame runs; for a comprehension or generator expression (a frame of its
    own), the function it is written in, which is where the loop is."""
    name = frame.f_code.co_name
    filename = frame.f_code.co_filename
    while name.startswith("<") and name != "<module>" and frame.f_back is not None:
        frame = frame.f_back
        if frame.f_code.co_filename != filename:
            break
        name = frame.f_code.co_name
    return name


if CursorFetchStrategy is not None:

    class _RecordingFetch(CursorFetchStrategy):
        """The default fetch strategy, counting rows and digesting their values on the way."""

        __slots__ = ("record",)

        def __init__(self, record: list[Any]) -> None:
            self.record = record

        def _seen(self, rows: Any) -> None:
            record = self.record
            record[_ROWS] += len(rows)
            digests = record[_DIGESTS]
            if len(digests) >= MAX_RESULT_DIGESTS:
                return
            for row in rows:
                for value in row:
                    try:
                        digests.add(hash(value))
                    except TypeError:
                        continue

        def fetchone(self, result: Any, dbapi_cursor: Any, hard_close: bool = False) -> Any:
            row = super().fetchone(result, dbapi_cursor, hard_close)
            if row is not None:
                self._seen((row,))
            return row

        def fetchmany(self, result: Any, dbapi_cursor: Any, size: int | None = None) -> Any:
            rows = super().fetchmany(result, dbapi_cursor, size)
            if rows:
                self._seen(rows)
            return rows

        def fetchall(self, result: Any, dbapi_cursor: Any) -> Any:
            rows = super().fetchall(result, dbapi_cursor)
            if rows:
                self._seen(rows)
            return rows


def digest(value: Any) -> Any:
    """What the capture writes for one parameter value: its hash, except that a string pattern
    starting with a wildcard keeps that fact (`"%…"`), which the LIKE rule needs."""
    if type(value) is str and value[:1] == "%":
        return "%…"
    try:
        return hash(value)
    except TypeError:
        return None


def _digest_params(params: Any) -> Any:
    if params is None:
        return None
    if isinstance(params, dict):
        return {key: digest(value) for key, value in params.items()}
    if isinstance(params, list | tuple):
        if params and isinstance(params[0], list | tuple | dict):  # executemany
            return None
        return [digest(value) for value in params]
    return None


class Capture:
    """Listens to one engine (or, with `engine=None`, to every engine) until `stop()`."""

    def __init__(
        self,
        engine: Engine | AsyncEngine | None,
        path: str | Path | None = None,
        *,
        append: bool = False,
        extra_library_paths: tuple[str, ...] = (),
    ) -> None:
        if isinstance(engine, AsyncEngine):
            engine = engine.sync_engine
        self.target: Any = engine if engine is not None else Engine
        self.path = Path(path) if path is not None else None
        self.dialect = _DIALECTS.get(engine.dialect.name) if engine is not None else None
        self.sites = SiteFinder(extra_library_paths)
        self.records: list[list[Any]] = []
        self.kept: list[list[Any]] = []
        self.keep_in_memory = self.path is None
        self.lock = threading.Lock()
        self.active = False
        self._file: Any = None
        self._append = append
        self._written = 0

    # -- listening --------------------------------------------------------------------------

    def start(self) -> Capture:
        if self.path is not None:
            try:
                self._file = open(self.path, "a" if self._append else "w", encoding="utf-8")  # noqa: SIM115
            except OSError as exc:
                raise SchemaDoctorError(f"cannot write {self.path}: {exc.strerror}") from None
            header = {"schemadoctor": "capture", "version": 1, "dialect": self.dialect}
            self._file.write(json.dumps(header) + "\n")
        event.listen(self.target, "before_cursor_execute", self._before)
        event.listen(self.target, "after_cursor_execute", self._after)
        self.active = True
        return self

    def stop(self) -> None:
        if not self.active:
            return
        event.remove(self.target, "before_cursor_execute", self._before)
        event.remove(self.target, "after_cursor_execute", self._after)
        self.active = False
        self.flush()
        if self._file is not None:
            self._file.close()
            self._file = None

    def _before(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        if context is not None:
            context._schemadoctor_started = perf_counter()

    def _after(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        ended = perf_counter()
        started = getattr(context, "_schemadoctor_started", ended)
        record = [
            statement,
            parameters,
            (ended - started) * 1000.0,
            0,
            current_unit.get(),
            self.sites.find(2),
            set(),
            many,
            conn.dialect.name,
        ]
        if (
            _DEFAULT_FETCH is not None
            and context is not None
            and not many
            and cursor.description is not None
            and not context.is_crud
            and context.cursor_fetch_strategy is _DEFAULT_FETCH
            and not context._is_server_side
        ):
            context.cursor_fetch_strategy = _RecordingFetch(record)
        else:
            rowcount = getattr(cursor, "rowcount", -1)
            record[_ROWS] = rowcount if rowcount is not None and rowcount >= 0 else None
        with self.lock:
            self.records.append(record)
            if len(self.records) >= FLUSH_EVERY and self._file is not None:
                self._flush_locked(keep_last=64)

    # -- output -----------------------------------------------------------------------------

    def flush(self) -> None:
        with self.lock:
            self._flush_locked()

    def _flush_locked(self, keep_last: int = 0) -> None:
        """Write finished records. The last few stay: their rows may still be being fetched."""
        cut = len(self.records) - keep_last
        done, self.records = self.records[:cut], self.records[cut:]
        if self.keep_in_memory:
            self.kept.extend(done)
        if self._file is not None and done:
            self._file.write("".join(json.dumps(self._line(record)) + "\n" for record in done))
            self._file.flush()
        self._written += len(done)

    def _line(self, record: list[Any]) -> dict[str, Any]:
        line: dict[str, Any] = {
            "sql": record[_SQL],
            "calls": 1,
            "mean_ms": round(record[_MS], 4),
            "rows": record[_ROWS],
        }
        params = _digest_params(record[_PARAMS]) if not record[_MANY] else None
        if params:
            line["params"] = params
            line["digests"] = True
        if record[_UNIT] is not None:
            line["unit"], line["unit_kind"] = record[_UNIT]
        else:
            line["unit"], line["unit_kind"] = "outside any unit", "none"
        if record[_SITE] is not None:
            filename, number, function = record[_SITE]
            line["site"] = f"{_shown_path(filename)}:{number}"
            line["function"] = function
        if record[_DIGESTS]:
            line["results"] = sorted(record[_DIGESTS])
        return line

    def executions(self) -> list[Execution]:
        """What was recorded so far (when not writing a file), as Executions."""
        self.flush()
        return [
            _execution(self._line(record), number, record[_DIALECT])
            for number, record in enumerate(self.kept)
        ]

    def take(self, unit_name: str) -> list[Execution]:
        """The executions of one unit, removed from memory (the pytest plugin, per test)."""
        self.flush()
        with self.lock:
            mine = [
                record for record in self.kept if record[_UNIT] and record[_UNIT][0] == unit_name
            ]
            self.kept = [
                record
                for record in self.kept
                if not (record[_UNIT] and record[_UNIT][0] == unit_name)
            ]
        return [
            _execution(self._line(record), number, record[_DIALECT])
            for number, record in enumerate(mine)
        ]

    @property
    def count(self) -> int:
        return self._written + len(self.records)


def _execution(line: dict[str, Any], number: int, dialect: str | None = None) -> Execution:
    results = line.get("results")
    return Execution(
        sql=line["sql"],
        params=line.get("params"),
        duration_ms=line.get("mean_ms"),
        rows=line.get("rows"),
        unit=line.get("unit"),
        unit_kind=line.get("unit_kind", ""),
        site=line.get("site"),
        function=line.get("function"),
        result_digests=frozenset(results) if results else None,
        seq=number,
        dialect_params=bool(line.get("digests")),
        dialect=_DIALECTS.get(dialect or ""),
    )


def _shown_path(filename: str) -> str:
    """Relative to the working directory when inside it (what an editor and CI annotations
    expect), absolute otherwise."""
    try:
        relative = os.path.relpath(filename)
    except ValueError:
        return filename
    return filename if relative.startswith("..") else relative


@contextmanager
def capture(
    engine: Engine | AsyncEngine | None,
    path: str | Path | None = None,
    *,
    unit_name: str | None = None,
    append: bool = False,
) -> Iterator[Capture]:
    """Record what `engine` runs inside the block (every engine when None) to `path` as JSON
    lines (kept in memory when `path` is None: see `Capture.executions`). The block is one unit
    unless a test or a request inside it sets its own."""
    recorder = Capture(engine, path, append=append).start()
    name = unit_name or f"block {next_number()}"
    try:
        with unit(name, "block"):
            yield recorder
    finally:
        recorder.stop()
