"""Helpers for the apply tests: a parent/child/grandchild schema with data, plans rendered from
Change objects by the real renderers, the apply CLI started and stopped at a chosen step, and
what "the same database" means (reflected catalogs, row counts and checksums)."""

from __future__ import annotations

import hashlib
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import conftest
from conftest import ScratchDatabase, renderer_for
from schemadoctor.apply.hooks import PAUSE_ENV
from schemadoctor.engines.database import open_database
from schemadoctor.model.catalog import ForeignKey, Index, IndexElement, Table, TableName
from schemadoctor.model.changes import AddForeignKey, Change, CreateIndex, ValidateConstraint

TABLES = ("parent", "child", "grandchild")


def build_schema(db: ScratchDatabase, rows: int = 2000) -> None:
    """parent <- child <- grandchild by convention only: no foreign keys, no indexes on them."""
    q = db.quote
    if db.dialect == "postgresql":
        numbers = f"generate_series(1, {rows})"
        select_n = f"SELECT n FROM {numbers} AS g(n)"
    elif db.dialect == "mysql":
        select_n = f"SELECT seq AS n FROM seq_1_to_{rows}"
    else:
        select_n = (
            f"WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {rows}) "
            "SELECT n FROM g"
        )

    def mod(divisor: int) -> str:
        return f"n % {divisor}" if db.dialect == "sqlite" else f"MOD(n, {divisor})"

    db.run(
        f"CREATE TABLE {q('parent')} ({q('id')} INTEGER PRIMARY KEY, {q('name')} VARCHAR(40))",
        f"CREATE TABLE {q('child')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('parent_id')} INTEGER NOT NULL, {q('note')} VARCHAR(40))",
        f"CREATE TABLE {q('grandchild')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('child_id')} INTEGER, {q('qty')} INTEGER)",
        f"INSERT INTO {q('parent')} SELECT n, 'p' || n FROM ({select_n}) s"
        if db.dialect != "mysql"
        else f"INSERT INTO {q('parent')} SELECT n, CONCAT('p', n) FROM ({select_n}) s",
        f"INSERT INTO {q('child')} SELECT n, 1 + {mod(rows // 2)}, NULL FROM ({select_n}) s",
        f"INSERT INTO {q('grandchild')} SELECT n, 1 + {mod(rows)}, {mod(7)} FROM ({select_n}) s",
    )


def table(db: ScratchDatabase, name: str) -> TableName:
    return TableName("public" if db.dialect == "postgresql" else None, name)


def index_change(db: ScratchDatabase, name: str, on: str, column: str) -> CreateIndex:
    return CreateIndex(
        table=table(db, on),
        index=Index(name=name, elements=(IndexElement(column),)),
        reason=f"test: index {on}({column})",
        estimated_rows=2000,
    )


def fk_changes(db: ScratchDatabase, name: str, on: str, column: str, parent: str) -> list[Change]:
    foreign_key = ForeignKey(name, (column,), table(db, parent), ("id",))
    return [
        AddForeignKey(table=table(db, on), foreign_key=foreign_key, reason="test: declare it"),
        ValidateConstraint(table=table(db, on), constraint=name, reason="test: check old rows"),
    ]


def standard_changes(db: ScratchDatabase) -> list[Change]:
    """Index both conventional foreign keys, then declare them: 4-6 steps depending on the
    engine (MySQL needs no separate validation, SQLite's renderer builds only indexes)."""
    changes: list[Change] = [
        index_change(db, "child_parent_id_idx", "child", "parent_id"),
        index_change(db, "grandchild_child_id_idx", "grandchild", "child_id"),
    ]
    if db.dialect == "sqlite":
        return [*changes, index_change(db, "grandchild_qty_idx", "grandchild", "qty")]
    return [
        *changes,
        *fk_changes(db, "child_parent_fk", "child", "parent_id", "parent"),
        *fk_changes(db, "grandchild_child_fk", "grandchild", "child_id", "child"),
    ]


def write_plan(db: ScratchDatabase, changes: list[Change], path: Path) -> Path:
    path.write_text(renderer_for(db.dialect).render(changes).to_sql(), encoding="utf-8")
    return path


def step_count(path: Path) -> int:
    return path.read_text(encoding="utf-8").count("-- schemadoctor:step ")


# --- sameness ----------------------------------------------------------------------------------
def reflected_table(db: ScratchDatabase, name: str) -> Table:
    database = open_database(db.url)
    try:
        catalog = database.reflect()
    finally:
        database.dispose()
    found = catalog.table(table(db, name))
    assert found is not None, f"{name} not reflected"
    return found


def catalog_shape(url: str) -> dict[str, Any]:
    """The schema as reflected, without what differs between two copies of one database
    (its name, statistics, sizes) and without schemadoctor's own tables."""
    database = open_database(url)
    try:
        catalog = database.reflect()
    finally:
        database.dispose()
    shape = {}
    for t in catalog.tables:
        if t.name.name.startswith("schemadoctor_"):
            continue
        shape[str(t.name)] = {
            "columns": [(c.name, c.type, c.nullable, c.default) for c in t.columns],
            "primary_key": t.primary_key,
            "unique": sorted(map(repr, t.unique_constraints)),
            "foreign_keys": sorted(map(repr, t.foreign_keys)),
            "checks": sorted(map(repr, t.checks)),
            "indexes": sorted(
                repr((i.name, i.elements, i.unique, i.method, i.predicate, i.valid, i.include))
                for i in t.indexes
            ),
        }
    return shape


def checksums(db: ScratchDatabase) -> dict[str, tuple[int, str]]:
    """Row count and a digest of every row, in key order, of each test table."""
    result = {}
    for name in TABLES:
        rows = db.query(f"SELECT * FROM {db.quote(name)} ORDER BY {db.quote('id')}")
        digest = hashlib.sha256(repr([tuple(map(str, row)) for row in rows]).encode()).hexdigest()
        result[name] = (len(rows), digest)
    return result


@contextmanager
def another_database(dialect: str, tmp_path: Path) -> Iterator[ScratchDatabase]:
    """A second scratch database of the same engine, for "what a clean run gives"."""
    if dialect == "sqlite":
        generator = conftest._sqlite_database(tmp_path)
    else:
        generator = conftest._server_database(dialect)
    db = next(generator)
    try:
        yield db
    finally:
        generator.close()


# --- the CLI, stopped on purpose -----------------------------------------------------------------
def start_paused(
    *args: str, step: int, phase: str = "before", seconds: float | None = None, timeout: float = 120
) -> subprocess.Popen[str]:
    """Start `schemadoctor apply` with the test hook set to pause at `step` (`phase`: before,
    inside) and return once it says it has paused there, ready to be killed; with `seconds`,
    it goes on after that long."""
    pause = f"{step}:{phase}" + (f":{seconds}" if seconds is not None else "")
    env = {**os.environ, "COLUMNS": "200", PAUSE_ENV: pause}
    process = subprocess.Popen(
        [sys.executable, "-m", "schemadoctor", "apply", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    process.output = []  # type: ignore[attr-defined]

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            process.output.append(line)  # type: ignore[attr-defined]
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1.0)
        except queue.Empty:
            continue
        if line is None:
            break
        seen.append(line)
        if "test hook: paused at step" in line:
            return process
    process.kill()
    raise AssertionError(f"apply did not pause at step {step} ({phase}): {''.join(seen)}")


def kill_hard(process: subprocess.Popen[str]) -> None:
    process.kill()  # SIGKILL: no cleanup, no rollback from the client side
    process.wait(timeout=30)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
