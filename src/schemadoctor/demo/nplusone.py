"""The demo's N+1 act: the gas-delivery app's "recent orders" page, written the way ORM code
often is (the customer of each order lazy-loaded in the loop), recorded with
`schemadoctor.capture`, found by `schemadoctor nplusone`, fixed with one eager-loading option,
and measured again: queries and time per page, before and after.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    joinedload,
    mapped_column,
    relationship,
)
from sqlalchemy.pool import NullPool

from schemadoctor.workload.capture import capture

if TYPE_CHECKING:
    from schemadoctor.demo.story import DemoContext

PAGE_SIZE = 25
PAGE_LOADS = 20


class _Base(DeclarativeBase):
    pass


class Customer(_Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str]


class Order(_Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(sa.ForeignKey("customers.id"))
    total_cents: Mapped[int]
    created_at: Mapped[str]
    customer: Mapped[Customer | None] = relationship()


def recent_orders_page(session: Session) -> list[tuple[int, str | None, int]]:
    """The page as first written: each order's customer is loaded when the loop touches it."""
    orders = session.scalars(
        sa.select(Order).order_by(Order.created_at.desc()).limit(PAGE_SIZE)
    ).all()
    return [
        (order.id, order.customer.full_name if order.customer else None, order.total_cents)
        for order in orders
    ]


def recent_orders_page_fixed(session: Session) -> list[tuple[int, str | None, int]]:
    """The fix schemadoctor suggests: load the customers with the orders, in one query."""
    orders = session.scalars(
        sa.select(Order)
        .options(joinedload(Order.customer))
        .order_by(Order.created_at.desc())
        .limit(PAGE_SIZE)
    ).all()
    return [
        (order.id, order.customer.full_name if order.customer else None, order.total_cents)
        for order in orders
    ]


def _serve(engine: sa.Engine, page, path: Path) -> tuple[int, float]:
    """Load the page PAGE_LOADS times under the capture (one unit per load): queries per page
    and median milliseconds per page."""
    from schemadoctor.workload.units import unit

    timings = []
    with capture(engine, path) as recorder:
        for number in range(PAGE_LOADS):
            with unit(f"GET /orders/recent #{number + 1}", "request"), Session(engine) as session:
                started = time.perf_counter()
                page(session)
                timings.append((time.perf_counter() - started) * 1000)
    return recorder.count // PAGE_LOADS, statistics.median(timings)


def nplusone_step(context: DemoContext) -> None:
    from schemadoctor.engines.database import file_target, open_database
    from schemadoctor.workload.analysis import analyse

    engine = sa.create_engine(f"sqlite:///{context.path.resolve()}", poolclass=NullPool)
    before_file = context.path.with_name(f"{context.path.stem}.queries.jsonl")
    after_file = context.path.with_name(f"{context.path.stem}.queries-fixed.jsonl")
    try:
        before = _serve(engine, recent_orders_page, before_file)
        after = _serve(engine, recent_orders_page_fixed, after_file)
    finally:
        engine.dispose()
    database = open_database(file_target(context.path), read_only=True)
    try:
        analysis = analyse(str(before_file), database)
    finally:
        database.dispose()
    found = [f for f in analysis.findings if f.rule == "n-plus-one"]
    context.results["nplusone"] = {"before": before, "after": after, "findings": found}
    context.say("")
    context.say(
        f"The app's recent-orders page, loaded {PAGE_LOADS} times under "
        f"schemadoctor.capture (written to {before_file}):"
    )
    context.say(f"$ schemadoctor nplusone {before_file} {context.path}")
    for finding in found:
        context.say(f"  n-plus-one: {finding.message}")
        for line in (finding.fix or "").splitlines():
            if "SQLAlchemy" in line:
                context.say(f"  fix: {line.removeprefix('-- ').strip()}")
    context.say(
        f"Fixed with joinedload(Order.customer): {before[0]} -> {after[0]} queries per page, "
        f"{before[1]:.2f} -> {after[1]:.2f} ms per page (median of {PAGE_LOADS} loads, "
        "measured with the capture)."
    )
