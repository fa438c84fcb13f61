"""What `schemadoctor.capture` costs the application: a loop of 10,000 cheap queries against
SQLite (a primary-key lookup each, the N+1 case itself), timed with and without the capture,
through the ORM and through Core. The capture's time includes writing the JSON lines file.

    python benchmarks/capture_overhead.py [--queries 10000] [--repeat 7]

Target (issue 12): under 5% on the ORM loop. Runs alternate (plain, captured, plain, ...) and
the medians of the process's CPU time are compared, so a machine busy with other work
shifts both alike.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

import schemadoctor


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str]
    phone: Mapped[str]


def build(path: Path, rows: int) -> sa.Engine:
    engine = sa.create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all(
            Customer(id=i, full_name=f"Customer {i}", phone=f"+27 {i:09d}")
            for i in range(1, rows + 1)
        )
        session.commit()
    return engine


def orm_loop(engine: sa.Engine, queries: int, rows: int) -> None:
    with Session(engine) as session:
        for i in range(queries):
            session.execute(sa.select(Customer).where(Customer.id == i % rows + 1)).scalar_one()
            session.expunge_all()


def core_loop(engine: sa.Engine, queries: int, rows: int) -> None:
    table = Customer.__table__
    statement = sa.select(table).where(table.c.id == sa.bindparam("id"))
    with engine.connect() as connection:
        for i in range(queries):
            connection.execute(statement, {"id": i % rows + 1}).one()


def measure(loop, engine: sa.Engine, queries: int, rows: int, output: Path | None) -> float:
    """CPU seconds of this process: on a machine shared with other work, wall time measures
    the neighbours as much as the capture."""
    started = time.process_time()
    if output is None:
        loop(engine, queries, rows)
    else:
        with schemadoctor.capture(engine, output):
            loop(engine, queries, rows)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rows = 1000
    with tempfile.TemporaryDirectory() as scratch:
        engine = build(Path(scratch) / "bench.db", rows)
        output = Path(scratch) / "queries.jsonl"
        print(
            f"schemadoctor.capture overhead: {args.queries:,} primary-key lookups on SQLite "
            f"(Python {sys.version.split()[0]}, SQLAlchemy {sa.__version__}), median of "
            f"{args.repeat} alternating runs, CPU time"
        )
        for name, loop in (("ORM ", orm_loop), ("Core", core_loop)):
            loop(engine, 500, rows)  # warm caches
            plain, captured = [], []
            for _ in range(args.repeat):
                plain.append(measure(loop, engine, args.queries, rows, None))
                captured.append(measure(loop, engine, args.queries, rows, output))
            base, with_capture = statistics.median(plain), statistics.median(captured)
            lines = sum(1 for _ in output.open()) - 1
            print(
                f"  {name}: {base * 1000:8.1f} ms plain, {with_capture * 1000:8.1f} ms captured "
                f"({lines:,} lines written): overhead {100 * (with_capture / base - 1):+.1f}% "
                f"({(with_capture - base) / args.queries * 1e6:.1f} µs per query)"
            )
        engine.dispose()


if __name__ == "__main__":
    main()
