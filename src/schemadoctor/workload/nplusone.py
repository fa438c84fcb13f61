"""N+1 detection: the same query run again and again inside one unit (a request, a test, a
session's transaction), from one call site, differing only in the values of its equality
predicates, at least `min_repeats` times (5, as Sentry's detector).

Left alone on purpose: pages of a batch (the values that change are OFFSET or a range bound),
a loop under the threshold, the same query once per request (different units), and the very
same query repeated with the same values (a cache problem, not an N+1).

A group is *high-confidence* when the values it looked up all came out of one earlier query in
the same unit (the parent: its rows, as the capture digests them); *medium* when an earlier
query reads a table linked to the repeated one by a foreign key (declared, inferred, or by
names without a catalog); *low* otherwise.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from schemadoctor.workload.fingerprint import Fingerprinter, Shape, UnparsableStatement
from schemadoctor.workload.model import Execution
from schemadoctor.workload.rules import DEFAULT_MIN_REPEATS
from schemadoctor.workload.schema_facts import Link, SchemaFacts

_LOOKUP_ROLES = frozenset({"eq", "in"})
CONFIDENCE = {"high": 1.0, "medium": 0.8, "low": 0.6}


@dataclass
class Group:
    unit: str
    unit_kind: str
    site: str | None
    function: str | None
    shape: Shape
    executions: list[Execution]
    table: str | None
    columns: tuple[str, ...]
    """The columns whose values change from one execution to the next."""
    parent: Execution | None = None
    parent_shape: Shape | None = None
    parent_table: str | None = None
    confidence: str = "low"
    link: Link | None = None

    @property
    def count(self) -> int:
        return len(self.executions)

    @property
    def total_ms(self) -> float | None:
        times = [e.duration_ms for e in self.executions if e.duration_ms is not None]
        return sum(times) if times else None

    @property
    def aggregate(self) -> bool:
        return self.shape.aggregate_only


@dataclass
class Detection:
    groups: list[Group] = field(default_factory=list)
    executions: int = 0
    units: int = 0
    unparsed: int = 0


def detect(
    executions: list[Execution],
    dialect: str | None,
    *,
    min_repeats: int = DEFAULT_MIN_REPEATS,
    facts: SchemaFacts | None = None,
    fingerprinter: Fingerprinter | None = None,
) -> Detection:
    facts = facts or SchemaFacts()
    parser = fingerprinter or Fingerprinter(dialect)
    shapes: list[Shape | None] = []
    unparsed = 0
    for execution in executions:
        try:
            shapes.append(parser.shape(execution.sql))
        except UnparsableStatement:
            shapes.append(None)
            unparsed += 1
    by_unit: dict[str, list[int]] = defaultdict(list)
    for position, execution in enumerate(executions):
        if execution.unit is not None:
            by_unit[execution.unit].append(position)
    detection = Detection(executions=len(executions), units=len(by_unit), unparsed=unparsed)
    for unit_name, positions in by_unit.items():
        candidates: dict[tuple[str | None, str], list[int]] = defaultdict(list)
        for position in positions:
            shape = shapes[position]
            if shape is None or shape.kind != "select":
                continue
            execution = executions[position]
            where = execution.site or execution.parent
            candidates[(where, shape.fingerprint)].append(position)
        for members in candidates.values():
            if len(members) < min_repeats:
                continue
            group = _group(unit_name, members, executions, shapes, parser, positions, facts)
            if group is not None:
                detection.groups.append(group)
    detection.groups.sort(key=lambda g: (g.site or "", g.unit, g.executions[0].seq))
    return detection


def _group(
    unit_name: str,
    members: list[int],
    executions: list[Execution],
    shapes: list[Shape | None],
    parser: Fingerprinter,
    unit_positions: list[int],
    facts: SchemaFacts,
) -> Group | None:
    shape = shapes[members[0]]
    assert shape is not None
    rows = [
        [
            _comparable(value)
            for value in parser.values(executions[p].sql, shape, executions[p].params)
        ]
        for p in members
    ]
    varying = [index for index in range(len(shape.slots)) if len({row[index] for row in rows}) > 1]
    if not varying:
        return None  # the same query with the same values: repeated, not one per row
    if any(shape.slots[index].role not in _LOOKUP_ROLES for index in varying):
        return None  # a page of a batch (OFFSET, keyset range), not a lookup per row
    slots = [shape.slots[index] for index in varying]
    first = executions[members[0]]
    group = Group(
        unit=unit_name,
        unit_kind=first.unit_kind,
        site=first.site,
        function=first.function,
        shape=shape,
        executions=[executions[p] for p in members],
        table=slots[0].table or (shape.tables[0] if shape.tables else None),
        columns=tuple(dict.fromkeys(slot.column for slot in slots if slot.column)),
    )
    earlier = [p for p in unit_positions if p < members[0]]
    _find_parent(group, earlier, executions, shapes, rows, varying, facts)
    return group


def _comparable(value: Any) -> Any:
    try:
        hash(value)
        return value
    except TypeError:
        return repr(value)


def _find_parent(
    group: Group,
    earlier: list[int],
    executions: list[Execution],
    shapes: list[Shape | None],
    rows: list[list[Any]],
    varying: list[int],
    facts: SchemaFacts,
) -> None:
    wanted: set[Any] = set()
    for row in rows:
        for index in varying:
            value = row[index]
            if isinstance(value, tuple):
                wanted.update(value)
            elif value is not None:
                wanted.add(value)
    digests = all(e.dialect_params for e in group.executions)
    # High: one earlier query (all its executions together) returned every looked-up value.
    if digests and wanted:
        by_fingerprint: dict[str, set[int]] = defaultdict(set)
        latest: dict[str, int] = {}
        for position in earlier:
            shape = shapes[position]
            execution = executions[position]
            if shape is None or shape.fingerprint == group.shape.fingerprint:
                continue
            if execution.result_digests:
                by_fingerprint[shape.fingerprint] |= execution.result_digests
                latest[shape.fingerprint] = position
        for fingerprint, seen in sorted(by_fingerprint.items(), key=lambda item: -latest[item[0]]):
            if wanted <= seen:
                _set_parent(
                    group, executions[latest[fingerprint]], shapes[latest[fingerprint]], facts
                )
                group.confidence = "high"
                return
    # Medium: an earlier query reads a table linked to the repeated one.
    column = group.columns[0] if group.columns else None
    for position in reversed(earlier):
        shape = shapes[position]
        if shape is None or shape.kind != "select" or shape.fingerprint == group.shape.fingerprint:
            continue
        for table in shape.tables:
            if group.table and table != group.table and facts.link(group.table, column, table):
                _set_parent(group, executions[position], shape, facts, table)
                group.confidence = "medium"
                return
    group.confidence = "low"


def _set_parent(
    group: Group,
    execution: Execution,
    shape: Shape | None,
    facts: SchemaFacts,
    table: str | None = None,
) -> None:
    group.parent = execution
    group.parent_shape = shape
    column = group.columns[0] if group.columns else None
    if table is None and shape is not None:
        linked = [t for t in shape.tables if group.table and facts.link(group.table, column, t)]
        table = linked[0] if linked else (shape.tables[0] if shape.tables else None)
    group.parent_table = table
    if group.table and table:
        group.link = facts.link(group.table, column, table)
