"""Turn a statement with placeholders back into runnable SQL, given a value for each slot."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlglot import exp
from sqlglot.errors import SqlglotError

from schemadoctor.workload.fingerprint import (
    Shape,
    _text_order,
    _value_units,
    sqlglot_dialect,
)

MISSING = object()


def literal(value: Any) -> exp.Expression:
    """A sqlglot literal for a Python value."""
    if value is None:
        return exp.Null()
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, int | float | Decimal):
        return exp.Literal.number(value)
    if isinstance(value, datetime | date | time):
        return exp.Literal.string(
            value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
        )
    if isinstance(value, bytes | bytearray | memoryview):
        return exp.Literal.string(bytes(value).hex())
    return exp.Literal.string(str(value))


def fill(shape: Shape, dialect: str | None, value_of: Callable[[int], Any]) -> str | None:
    """The statement with slot number i (in text order, as `shape.slots`) replaced by
    `value_of(i)`; a slot whose value is MISSING keeps what it had. None when printing fails."""
    read = sqlglot_dialect(dialect)
    tree = shape.expression.copy()
    units = _value_units(tree)
    if len(units) != len(shape.slots):
        return None
    order = _text_order(tree, units, read)
    replacements: dict[int, exp.Expression] = {}
    for slot_number, unit_number in enumerate(order):
        value = value_of(slot_number)
        if value is MISSING:
            continue
        unit = units[unit_number]
        if isinstance(unit, exp.In):
            items = value if isinstance(value, list | tuple | set | frozenset) else [value]
            items = list(items) or [None]
            new = unit.copy()
            new.set("expressions", [literal(v) for v in items])
            replacements[id(unit)] = new
        elif isinstance(value, list | tuple) and isinstance(unit.parent, exp.Any | exp.Paren):
            replacements[id(unit)] = exp.Array(expressions=[literal(v) for v in value])
        else:
            replacements[id(unit)] = literal(value)

    def swap(node: exp.Expression) -> exp.Expression:
        return replacements.get(id(node), node)

    try:
        return tree.transform(swap, copy=False).sql(dialect=read)
    except SqlglotError:
        return None


def example_sql(shape: Shape, params: Any, dialect: str | None) -> str | None:
    """The statement with its bound parameters replaced by their values (from a log's DETAIL
    line, say); None when a parameter has no value."""
    values: list[Any] = []
    for slot in shape.slots:
        if slot.key is None:
            values.append(MISSING)
            continue
        value = _lookup(params, slot.key)
        if value is MISSING:
            return None
        values.append(value)
    return fill(shape, dialect, lambda number: values[number])


def _lookup(params: Any, key: int | str) -> Any:
    if isinstance(params, Mapping):
        if isinstance(key, int):
            for candidate in (str(key + 1), key):
                if candidate in params:
                    return params[candidate]
            return MISSING
        return params.get(key, MISSING)
    if isinstance(params, Sequence) and not isinstance(params, str) and isinstance(key, int):
        return params[key] if key < len(params) else MISSING
    return MISSING
