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

from schemadoctor.engines import dialect_of
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

MAX_RESULT_ROWS = 1000
MAX_RESULT_DIGESTS = 2000
FLUSH_EVERY = 1000

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
        self.skips: dict[int, list[tuple[int, Any]]] = {}
        self.keep_alive: set[Any] = set()  # the code objects whose ids key `skips`

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
        entry: Any = sys._getframe(depth)
        # The ORM puts 20 to 40 library frames between the driver and the application, and a
        # call path always has the same number: remember, per entry point, how deep the
        # application was and which library function it called, and when that function is
        # at that depth again with application code above it, skip the walk.
        # Keyed by id: hashing a code object hashes its bytecode and constants every time.
        known_paths = self.skips.get(id(entry.f_code))
        if known_paths:
            for skip, below_code in known_paths:
                try:
                    below = sys._getframe(depth + skip - 1)
                except ValueError:
                    continue
                frame = below.f_back
                if (
                    below.f_code is below_code
                    and frame is not None
                    and library.get(frame.f_code.co_filename) is False
                ):
                    return frame.f_code.co_filename, frame.f_lineno, _function(frame)
        frame = entry
        below = None
        steps = 0
        while frame is not None:
            code = frame.f_code
            known = library.get(code.co_filename)
            if known is None:
                known = self.is_library(code.co_filename)
            if not known:
                if below is not None:
                    paths = self.skips.setdefault(id(entry.f_code), [])
                    self.keep_alive.add(entry.f_code)
                    paths.insert(0, (steps, below.f_code))
                    del paths[4:]
                return code.co_filename, frame.f_lineno, _function(frame)
            below = frame
            frame = frame.f_back
            steps += 1
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
    # The base methods, called directly: cheaper than super() on every fetch.
    _fetchone = CursorFetchStrategy.fetchone
    _fetchmany = CursorFetchStrategy.fetchmany
    _fetchall = CursorFetchStrategy.fetchall

    class _RecordingFetch(CursorFetchStrategy):
        """The default fetch strategy, counting rows and digesting their values on the way."""

        __slots__ = ("record",)

        def __init__(self, record: list[Any]) -> None:
            self.record = record

        def _seen(self, rows: Any) -> None:
            # Keep the rows themselves (no copy for fetchall's list); their values are digested
            # when the record is written, off the application's path.
            record = self.record
            record[_ROWS] += len(rows)
            kept = record[_DIGESTS]
            if kept is None:
                record[_DIGESTS] = rows if len(rows) <= MAX_RESULT_ROWS else rows[:MAX_RESULT_ROWS]
            elif len(kept) < MAX_RESULT_ROWS:
                record[_DIGESTS] = [*kept, *rows[: MAX_RESULT_ROWS - len(kept)]]

        def fetchone(self, result: Any, dbapi_cursor: Any, hard_close: bool = False) -> Any:
            row = _fetchone(self, result, dbapi_cursor, hard_close)
            if row is not None:
                self._seen((row,))
            return row

        def fetchmany(self, result: Any, dbapi_cursor: Any, size: int | None = None) -> Any:
            rows = _fetchmany(self, result, dbapi_cursor, size)
            if rows:
                self._seen(rows)
            return rows

        def fetchall(self, result: Any, dbapi_cursor: Any) -> Any:
            rows = _fetchall(self, result, dbapi_cursor)
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


def _row_digests(rows: Any) -> set[int]:
    digests: set[int] = set()
    for row in rows:
        for value in row:
            try:
                digests.add(hash(value))
            except TypeError:
                continue
        if len(digests) >= MAX_RESULT_DIGESTS:
            break
    return digests


def _encode_params(params: Any) -> str | None:
    """The digests of a statement's parameters as JSON text; the common case (a tuple of
    numbers and plain strings) without building an intermediate list."""
    if type(params) is tuple:
        try:
            return (
                "["
                + ",".join(
                    ['"%…"' if type(v) is str and v[:1] == "%" else str(hash(v)) for v in params]
                )
                + "]"
            )
        except TypeError:
            pass
    digested = _digest_params(params)
    return _dumps(digested) if digested else None


def _dumps(params: Any) -> str:
    if type(params) is list and all(type(value) is int for value in params):
        return "[" + ",".join(map(str, params)) + "]"
    return json.dumps(params, ensure_ascii=False)


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
        self.dialect = dialect_of(engine.dialect.name) if engine is not None else None
        self.sites = SiteFinder(extra_library_paths)
        self.records: list[list[Any]] = []
        self.kept: list[list[Any]] = []
        self.keep_in_memory = self.path is None
        self.lock = threading.Lock()
        self.active = False
        self._file: Any = None
        self._append = append
        self._written = 0
        self._encoded: dict[Any, str] = {}

    # -- listening --------------------------------------------------------------------------

    def start(self) -> Capture:
        if self.path is not None:
            try:
                self._file = open(self.path, "a" if self._append else "w", encoding="utf-8")  # noqa: SIM115
            except OSError as exc:
                raise SchemaDoctorError(f"cannot write {self.path}: {exc.strerror}") from None
            header = {"schemadoctor": "capture", "version": 1, "dialect": self.dialect}
            self._file.write(json.dumps(header) + "\n")
        for name, listener in self._listeners():
            event.listen(self.target, name, listener)
        self.active = True
        return self

    def stop(self) -> None:
        if not self.active:
            return
        for name, listener in self._listeners():
            event.remove(self.target, name, listener)
        self.active = False
        self.flush()
        if self._file is not None:
            self._file.close()
            self._file = None

    def _listeners(self) -> list[tuple[str, Any]]:
        if self.target is Engine:
            # Every engine, including those created later: the connection events.
            return [
                ("before_cursor_execute", self._before),
                ("after_cursor_execute", self._after),
            ]
        # One engine: the dialect's execute hooks, one call per statement, which keep the
        # connection on SQLAlchemy's path without connection events (the cheaper one).
        return [
            ("do_execute", self._do_execute),
            ("do_execute_no_params", self._do_execute_no_params),
            ("do_executemany", self._do_executemany),
        ]

    def _do_execute(self, cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
        started = perf_counter()
        context.dialect.do_execute(cursor, statement, parameters, context)
        self._record(cursor, statement, parameters, context, started, False)
        return True

    def _do_execute_no_params(self, cursor: Any, statement: str, context: Any) -> bool:
        started = perf_counter()
        context.dialect.do_execute_no_params(cursor, statement, context)
        self._record(cursor, statement, None, context, started, False)
        return True

    def _do_executemany(self, cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
        started = perf_counter()
        context.dialect.do_executemany(cursor, statement, parameters, context)
        self._record(cursor, statement, parameters, context, started, True)
        return True

    def _before(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        if context is not None:
            context._schemadoctor_started = perf_counter()

    def _after(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        started = getattr(context, "_schemadoctor_started", None)
        self._record(cursor, statement, parameters, context, started, many)

    def _record(
        self,
        cursor: Any,
        statement: str,
        parameters: Any,
        context: Any,
        started: float | None,
        many: bool,
    ) -> None:
        ended = perf_counter()
        record = [
            statement,
            parameters,
            (ended - (started or ended)) * 1000.0,
            0,
            current_unit.get(),
            self.sites.find(3),
            None,
            many,
            context.dialect.name if context is not None else None,
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
        self.records.append(record)
        if len(self.records) >= FLUSH_EVERY and self._file is not None:
            self.flush(keep_last=64)

    # -- output -----------------------------------------------------------------------------

    def flush(self, keep_last: int = 0) -> None:
        """Write finished records. Mid-run the last few stay: their rows may still be being
        fetched."""
        with self.lock:
            cut = max(0, len(self.records) - keep_last)
            done, self.records = self.records[:cut], self.records[cut:]
            if self.keep_in_memory:
                self.kept.extend(done)
            if self._file is not None and done:
                self._file.write("".join(self._json(record) for record in done))
                self._file.flush()
            self._written += len(done)
            if len(self._encoded) > 20_000:
                self._encoded.clear()

    def _json(self, record: list[Any]) -> str:
        """One JSON line, assembled from cached pieces: the same statement text, unit and call
        site repeat on thousands of lines, and encoding them once is most of the saving."""
        cache = self._encoded
        sql = record[_SQL]
        text = cache.get(sql)
        if text is None:
            text = cache[sql] = json.dumps(sql, ensure_ascii=False)
        rows = record[_ROWS]
        parts = [
            '{"sql": ',
            text,
            ', "calls": 1, "mean_ms": ',
            f"{record[_MS]:.4f}",
            ', "rows": ',
            "null" if rows is None else str(rows),
        ]
        params = record[_PARAMS]
        if params and not record[_MANY]:
            encoded = _encode_params(params)
            if encoded:
                parts += [', "params": ', encoded, ', "digests": true']
        where = (record[_UNIT], record[_SITE])
        encoded = cache.get(where)
        if encoded is None:
            encoded = cache[where] = self._where(*where)
        parts.append(encoded)
        if record[_DIGESTS]:
            parts += [', "results": [', ",".join(map(str, _row_digests(record[_DIGESTS]))), "]"]
        parts.append("}\n")
        return "".join(parts)

    def _where(self, unit_value: tuple[str, str] | None, site: tuple[str, int, str] | None) -> str:
        name, kind = unit_value if unit_value is not None else ("outside any unit", "none")
        text = f', "unit": {json.dumps(name)}, "unit_kind": {json.dumps(kind)}'
        if site is not None:
            filename, number, function = site
            text += (
                f', "site": {json.dumps(f"{_shown_path(filename)}:{number}")}, '
                f'"function": {json.dumps(function)}'
            )
        return text

    def _line(self, record: list[Any]) -> dict[str, Any]:
        return json.loads(self._json(record))

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
        dialect=dialect_of(dialect),
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
