"""Precision and recall of N+1 detection on a real ORM application, sync and asyncio, on all
three engines: every planted N+1 is found at its loop, nothing else is reported, and the fixed
application is clean."""

from __future__ import annotations

import asyncio
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

import nplusone_app as application
import schemadoctor
from conftest import ScratchDatabase
from schemadoctor.engines.database import open_database
from schemadoctor.workload.analysis import analyse
from schemadoctor.workload.middleware import CaptureUnitsASGI, CaptureUnitsWSGI

ASYNC_DRIVERS = {
    "postgresql": "postgresql+psycopg_async",
    "mysql": "mysql+aiomysql",
    "sqlite": "sqlite+aiosqlite",
}
NPLUSONE_RULES = {"n-plus-one", "repeated-aggregate"}


def _prepare(db: ScratchDatabase) -> None:
    application.Base.metadata.create_all(db.engine)
    with Session(db.engine) as session:
        application.seed(session)


def _detected(source: Path, db: ScratchDatabase) -> tuple[set[tuple[str, str]], list]:
    database = open_database(db.url)
    try:
        analysis = analyse(str(source), database)
    finally:
        database.dispose()
    found = {
        (finding.rule, finding.evidence["function"])
        for finding in analysis.findings
        if finding.rule in NPLUSONE_RULES
    }
    return found, analysis.findings


def _serve_sync(db: ScratchDatabase, routes: dict, path: Path) -> int:
    engine = sa.create_engine(db.engine.url, poolclass=NullPool)
    app = CaptureUnitsWSGI(application.wsgi_app(engine, routes))
    with schemadoctor.capture(engine, path) as recorder:
        for route in [*routes, *(f"/customer/{n}" for n in range(1, 9))]:
            environ: dict = {"PATH_INFO": route}
            setup_testing_defaults(environ)
            assert app(environ, lambda status, headers: None)
    engine.dispose()
    return recorder.count


def _serve_async(db: ScratchDatabase, routes: dict, path: Path) -> int:
    url = db.engine.url.set(drivername=ASYNC_DRIVERS[db.dialect])

    async def run() -> int:
        engine = create_async_engine(url, poolclass=NullPool)
        app = CaptureUnitsASGI(application.asgi_app(engine, routes))
        sent: list = []

        async def send(message: dict) -> None:
            sent.append(message)

        with schemadoctor.capture(engine, path) as recorder:
            for route in routes:
                await app({"type": "http", "method": "GET", "path": route}, None, send)
        await engine.dispose()
        assert len(sent) == 2 * len(routes)
        return recorder.count

    return asyncio.run(run())


def test_sync_application(any_db: ScratchDatabase, tmp_path: Path) -> None:
    _prepare(any_db)
    planted = tmp_path / "planted.jsonl"
    before = _serve_sync(any_db, application.SYNC_ROUTES, planted)
    found, findings = _detected(planted, any_db)
    assert found == application.PLANTED_SYNC  # precision and recall 1.0
    for finding in (f for f in findings if f.rule in NPLUSONE_RULES):
        evidence = finding.evidence
        assert evidence["site"].startswith("tests/nplusone_app.py:")
        assert evidence["confidence_basis"] == "parameter values"
        assert evidence["parent_query"] and finding.fix
    items = next(f for f in findings if f.evidence["function"] == "items_per_order_lazy")
    assert items.evidence["count"] == 12 and str(items.table).endswith("order_items")
    assert items.evidence["foreign_key"]["how"] == "declared"
    assert "selectinload(Order." in items.fix and "prefetch_related" in items.fix
    lookup = next(f for f in findings if f.evidence["function"] == "customer_per_order_lookup")
    assert "joinedload(Order.customer)" in lookup.fix and 'select_related("customer")' in lookup.fix

    fixed = tmp_path / "fixed.jsonl"
    after = _serve_sync(any_db, application.FIXED_SYNC_ROUTES, fixed)
    found_after, _ = _detected(fixed, any_db)
    assert found_after == set()
    assert after < before - 20


def test_async_application(any_db: ScratchDatabase, tmp_path: Path) -> None:
    _prepare(any_db)
    planted = tmp_path / "planted.jsonl"
    before = _serve_async(any_db, application.ASYNC_ROUTES, planted)
    found, findings = _detected(planted, any_db)
    assert found == application.PLANTED_ASYNC
    for finding in (f for f in findings if f.rule in NPLUSONE_RULES):
        assert finding.evidence["site"].startswith("tests/nplusone_app.py:")
        assert finding.evidence["confidence_basis"] == "parameter values"

    fixed = tmp_path / "fixed.jsonl"
    after = _serve_async(any_db, application.FIXED_ASYNC_ROUTES, fixed)
    found_after, _ = _detected(fixed, any_db)
    assert found_after == set()
    assert after < before


@pytest.mark.parametrize("min_repeats", [13])
def test_threshold_is_respected(
    sqlite_db: ScratchDatabase, tmp_path: Path, min_repeats: int
) -> None:
    _prepare(sqlite_db)
    path = tmp_path / "planted.jsonl"
    _serve_sync(sqlite_db, application.SYNC_ROUTES, path)
    analysis = analyse(str(path), None, min_repeats=min_repeats)
    assert not [f for f in analysis.findings if f.rule in NPLUSONE_RULES]
