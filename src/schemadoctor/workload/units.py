"""The unit an execution belongs to: a `with capture()` block, a test, a web request. Held in a
context variable so that threads and asyncio tasks each see their own (SQLAlchemy's asyncio
layer hands it on to the greenlet that runs the driver)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

current_unit: ContextVar[tuple[str, str] | None] = ContextVar("schemadoctor_unit", default=None)
_numbers = itertools.count(1)


def next_number() -> int:
    return next(_numbers)


@contextmanager
def unit(name: str, kind: str = "block") -> Iterator[str]:
    """Everything executed inside belongs to unit `name` (of `kind`: block, test, request)."""
    token = current_unit.set((name, kind))
    try:
        yield name
    finally:
        current_unit.reset(token)
