"""The diagram's content: one node per table with its key columns and its findings by
severity, one edge per declared foreign key and per inferred one (a `missing-foreign-key`
finding), with confidence and orphan counts. Plain data for the page's script; the boxes'
sizes are measured here so the layout can place them.

Boxes use a monospace font (see report.css), so a text's width is its length times the
character width, the same in Python and in the browser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from schemadoctor.model.catalog import Catalog, Column, ForeignKey, Table, TableName
from schemadoctor.model.findings import Finding

TITLE_CHAR = 7.8
"""Width of one character of a box's title (12.5px bold monospace)."""
COLUMN_CHAR = 6.7
"""Width of one character of a column line (11px monospace)."""
TITLE_HEIGHT = 26.0
LINE_HEIGHT = 16.0
BOX_PADDING = 8.0
MIN_WIDTH = 150.0
MAX_WIDTH = 300.0
MAX_KEY_COLUMNS = 8
"""Key columns listed in a box; the rest are summed up as `+N more`."""
BADGE_WIDTH = 26.0
TYPE_CHARS = 14


@dataclass
class Node:
    index: int
    name: TableName
    columns: list[dict[str, Any]]
    """Every column: name, type, nullable, and marks (pk, fk, fk? for inferred)."""
    keys: list[int]
    """Indexes into `columns` of the ones the box shows."""
    severities: dict[str, int]
    width: float
    height: float
    label: str = ""
    """The box's title: the bare name when every table is in one schema, else qualified."""
    external: bool = False
    """A table a foreign key points at that is not in the catalog (another schema)."""
    rows: int | None = None
    indexes: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": str(self.name),
            "label": self.label,
            "schema": self.name.schema or "",
            "columns": self.columns,
            "keys": self.keys,
            "sev": [self.severities.get(s, 0) for s in ("error", "warning", "info")],
            "w": round(self.width, 1),
            "h": round(self.height, 1),
        }
        if self.external:
            data["external"] = True
        if self.rows is not None:
            data["rows"] = self.rows
        if self.indexes:
            data["indexes"] = self.indexes
        return data


@dataclass
class Edge:
    child: int
    parent: int
    columns: tuple[str, ...]
    referred_columns: tuple[str, ...]
    inferred: bool
    name: str | None = None
    on_delete: str | None = None
    """The declared action, or the plan's choice for an inferred key the plan adds."""
    confidence: float | None = None
    orphans: int | None = None
    orphans_exact: bool = True
    findings: list[int] = field(default_factory=list)
    """Indexes of the findings about this key (its inference, its orphans)."""
    valid: bool = True
    policy: str = ""
    """Why the plan chose `on_delete`, for a key the plan adds."""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "from": self.child,
            "to": self.parent,
            "columns": list(self.columns),
            "refcols": list(self.referred_columns),
            "kind": "inferred" if self.inferred else "declared",
        }
        optional = {
            "name": self.name,
            "onDelete": self.on_delete,
            "confidence": None if self.confidence is None else round(self.confidence, 3),
            "orphans": self.orphans,
            "policy": self.policy or None,
        }
        data.update({key: value for key, value in optional.items() if value is not None})
        if self.orphans is not None and not self.orphans_exact:
            data["orphansAtLeast"] = True
        if self.findings:
            data["findings"] = self.findings
        if not self.valid:
            data["notValid"] = True
        return data


@dataclass
class Diagram:
    nodes: list[Node]
    edges: list[Edge]
    index: dict[TableName, int]


def build_diagram(
    tables: Sequence[Table],
    catalog: Catalog,
    findings: Sequence[Finding],
    planned: dict[tuple[TableName, tuple[str, ...], TableName], tuple[str, str]] | None = None,
    *,
    qualified: bool = True,
) -> Diagram:
    """Nodes and edges for `tables` (in this order). `planned` maps an inferred key (child,
    columns, parent) to the plan's ON DELETE action and its reason. `qualified`: title the
    boxes with schema-qualified names."""
    planned = planned or {}
    index = {table.name: i for i, table in enumerate(tables)}
    inferred = [
        (i, f)
        for i, f in enumerate(findings)
        if f.rule == "missing-foreign-key" and f.references is not None and f.table in index
    ]
    inferred_columns: dict[TableName, set[str]] = {}
    for _, finding in inferred:
        inferred_columns.setdefault(finding.table, set()).update(finding.columns)
    severities: dict[TableName, dict[str, int]] = {}
    for finding in findings:
        counts = severities.setdefault(finding.table, {})
        counts[finding.severity.value] = counts.get(finding.severity.value, 0) + 1
    nodes = [
        _node(
            i,
            table,
            inferred_columns.get(table.name, set()),
            severities.get(table.name, {}),
            str(table.name) if qualified else table.name.name,
        )
        for i, table in enumerate(tables)
    ]
    edges: list[Edge] = []

    def node_of(name: TableName) -> int:
        if name not in index:  # a key into a table outside the report: draw it, marked
            index[name] = len(nodes)
            nodes.append(_external(len(nodes), name))
        return index[name]

    declared: dict[tuple[TableName, tuple[str, ...], TableName], Edge] = {}
    for table in tables:
        for fk in table.foreign_keys:
            edge = _declared_edge(index[table.name], node_of(fk.referred_table), fk)
            declared[(table.name, fk.columns, fk.referred_table)] = edge
            edges.append(edge)
    for i, finding in inferred:
        assert finding.references is not None
        parent = node_of(finding.references.table)
        key = (finding.table, finding.columns, finding.references.table)
        action, reason = planned.get(key, (None, ""))
        evidence = finding.evidence
        orphans = evidence.get("orphans")
        edges.append(
            Edge(
                child=index[finding.table],
                parent=parent,
                columns=finding.columns,
                referred_columns=finding.references.columns,
                inferred=True,
                on_delete=action,
                policy=reason,
                confidence=finding.confidence,
                orphans=orphans if isinstance(orphans, int) else None,
                orphans_exact=bool(evidence.get("orphans_exact", True)),
                findings=[i],
            )
        )
    for i, finding in enumerate(findings):
        if finding.references is None or finding.rule == "missing-foreign-key":
            continue
        edge = declared.get((finding.table, finding.columns, finding.references.table))
        if edge is None:
            continue
        edge.findings.append(i)
        orphans = finding.evidence.get("orphans")
        if finding.rule == "orphan-rows" and isinstance(orphans, int):
            edge.orphans = orphans
            edge.orphans_exact = bool(finding.evidence.get("orphans_exact", True))
    return Diagram(nodes, edges, index)


def _declared_edge(child: int, parent: int, fk: ForeignKey) -> Edge:
    return Edge(
        child=child,
        parent=parent,
        columns=fk.columns,
        referred_columns=fk.referred_columns,
        inferred=False,
        name=fk.name,
        on_delete=fk.on_delete.upper(),
        valid=fk.valid,
    )


def _node(
    index: int, table: Table, inferred: set[str], severities: dict[str, int], label: str
) -> Node:
    primary = set(table.primary_key.columns) if table.primary_key else set()
    declared = {column for fk in table.foreign_keys for column in fk.columns}
    unique = {key[0] for key in table.unique_keys if len(key) == 1} - primary
    columns = []
    keys = []
    for position, column in enumerate(table.columns):
        marks = []
        if column.name in primary:
            marks.append("pk")
        if column.name in declared:
            marks.append("fk")
        elif column.name in inferred:
            marks.append("fk?")
        if column.name in unique:
            marks.append("uq")
        columns.append(_column(column, marks))
        if {"pk", "fk", "fk?"} & set(marks):
            keys.append(position)
    shown = keys[:MAX_KEY_COLUMNS]
    lines = [_line_text(columns[k]) for k in shown]
    if len(columns) > len(shown):
        lines.append(f"+{len(columns) - len(shown)} more columns")
    badges = sum(1 for count in severities.values() if count)
    width = max(
        MIN_WIDTH,
        len(label) * TITLE_CHAR + 2 * BOX_PADDING + badges * BADGE_WIDTH,
        *(len(line) * COLUMN_CHAR + 2 * BOX_PADDING for line in lines),
    )
    height = TITLE_HEIGHT + LINE_HEIGHT * len(lines) + (BOX_PADDING if lines else 0)
    return Node(
        index=index,
        name=table.name,
        columns=columns,
        keys=shown,
        severities=severities,
        width=min(width, MAX_WIDTH),
        height=height,
        label=label,
        rows=table.row_estimate,
        indexes=[
            {"name": ix.name, "columns": list(ix.columns), "unique": ix.unique}
            for ix in table.indexes
        ],
    )


def _column(column: Column, marks: list[str]) -> dict[str, Any]:
    data: dict[str, Any] = {"name": column.name, "type": column.type}
    if column.nullable:
        data["null"] = True
    if marks:
        data["marks"] = marks
    return data


def _line_text(column: dict[str, Any]) -> str:
    """What a box's line shows: mark, name, short type (the script draws the same)."""
    marks = column.get("marks", [])
    mark = "PK " if "pk" in marks else "FK " if "fk" in marks else "FK? "
    return f"{mark}{column['name']} {column['type'][:TYPE_CHARS]}"


def _external(index: int, name: TableName) -> Node:
    label = str(name)
    width = max(MIN_WIDTH, len(label) * TITLE_CHAR + 2 * BOX_PADDING)
    return Node(
        index, name, [], [], {}, min(width, MAX_WIDTH), TITLE_HEIGHT, label=label, external=True
    )
