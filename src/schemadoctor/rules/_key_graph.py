"""Key graphs: a key and every column referencing it, through declared foreign keys and the
references inference found (`Run.inference`), column by column. A type conversion must take a
whole graph at once: a reference keeps the type of its key."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from schemadoctor.model.catalog import Column, ForeignKey, Table, TableName
from schemadoctor.model.changes import ConvertedColumn
from schemadoctor.rules.run import Run

Node = tuple[TableName, str]


@dataclass(frozen=True)
class Reference:
    """One column pointing at another."""

    child: Node
    parent: Node
    foreign_key: ForeignKey | None
    """The declared foreign key carrying it; None for an inferred reference."""
    confidence: float | None = None


def references(run: Run) -> list[Reference]:
    """Every column-to-column reference of the schema: declared foreign keys, then inferred
    ones at or above the run's confidence threshold (schemadoctor's own tables left out)."""
    found: list[Reference] = []
    for table in run.catalog:
        if run.is_own(table.name):
            continue
        for foreign_key in table.foreign_keys:
            for column, referred in zip(
                foreign_key.columns, foreign_key.referred_columns, strict=False
            ):
                found.append(
                    Reference(
                        (table.name, column), (foreign_key.referred_table, referred), foreign_key
                    )
                )
    declared = {(reference.child, reference.parent) for reference in found}
    for inferred in run.inference.foreign_keys:
        if inferred.confidence < run.settings.min_confidence:
            continue
        candidate = inferred.candidate
        for column, referred in zip(candidate.columns, candidate.referred_columns, strict=False):
            child, parent = (candidate.table, column), (candidate.referred_table, referred)
            if (child, parent) not in declared:
                found.append(Reference(child, parent, None, inferred.confidence))
    return found


@dataclass
class KeyGraph:
    root: Node
    nodes: list[Node]
    """The root first, then the others in a stable order."""
    references: list[Reference]

    def role(self, node: Node) -> str:
        if node == self.root:
            return "key" if self.references else "column"
        declared = any(r.child == node and r.foreign_key for r in self.references)
        return "declared" if declared else "inferred"


def components(
    run: Run, refs: Iterable[Reference], wanted: Callable[[Table, Column], bool]
) -> list[KeyGraph]:
    """The connected groups of wanted columns (a lone wanted column is a group of its own),
    each rooted at the column the others reference (a primary key column when several)."""
    parent: dict[Node, Node] = {}

    def find(node: Node) -> Node:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(a: Node, b: Node) -> None:
        parent[find(a)] = find(b)

    def column(node: Node) -> tuple[Table, Column] | None:
        table = run.catalog.table(node[0])
        found = table.column(node[1]) if table is not None else None
        return (table, found) if table is not None and found is not None else None

    for table in run.catalog:
        if run.is_own(table.name):
            continue
        for candidate in table.columns:
            if wanted(table, candidate):
                find((table.name, candidate.name))
    kept: list[Reference] = []
    for reference in refs:
        ends = [column(reference.child), column(reference.parent)]
        if all(end is not None and wanted(*end) for end in ends):
            union(reference.child, reference.parent)
            kept.append(reference)
    groups: dict[Node, list[Node]] = {}
    for node in list(parent):
        groups.setdefault(find(node), []).append(node)
    graphs = []
    for nodes in groups.values():
        members = set(nodes)
        inside = [r for r in kept if r.child in members]
        root = _root(run, nodes, inside)
        others = sorted((n for n in nodes if n != root), key=lambda n: (str(n[0]), n[1]))
        graphs.append(KeyGraph(root, [root, *others], inside))
    graphs.sort(key=lambda graph: (str(graph.root[0]), graph.root[1]))
    return graphs


def _root(run: Run, nodes: list[Node], inside: list[Reference]) -> Node:
    children = {reference.child for reference in inside}
    referenced = {reference.parent for reference in inside}

    def rank(node: Node) -> tuple[object, ...]:
        table = run.catalog.table(node[0])
        primary = (
            table is not None
            and table.primary_key is not None
            and (table.primary_key.columns == (node[1],))
        )
        return (node in children, node not in referenced, not primary, str(node[0]), node[1])

    return min(nodes, key=rank)


def converted(
    run: Run,
    graph: KeyGraph,
    new_type: Callable[[Column], str],
    new_default: Callable[[Column], str | None],
) -> tuple[ConvertedColumn, ...]:
    """The graph's columns as a conversion's members, the key first."""
    members = []
    for node in graph.nodes:
        table = run.catalog.table(node[0])
        assert table is not None
        column = table.column(node[1])
        assert column is not None
        members.append(
            ConvertedColumn(
                table=table.name,
                column=column.name,
                old_type=column.type,
                new_type=new_type(column),
                role=graph.role(node),
                nullable=column.nullable,
                old_default=column.default,
                new_default=new_default(column),
                rows=table.row_estimate,
            )
        )
    return tuple(members)
