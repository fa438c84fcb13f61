"""What deleting rows of a table would do: the tree of cascades, nulled references and
blocking rows under the declared foreign keys and the planned ones, with row counts computed
by the database (read-only, under the statement timeout).

Each node's rows are selected by nesting its parent's selection:

    SELECT count(*) FROM child AS sd_1
    WHERE (sd_1.parent_id) IN (SELECT parent.id FROM parent WHERE <the user's WHERE>)

so a count at any depth is one statement. A table already on the path from the root is a
cycle: shown once with its count, never followed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from schemadoctor.engines.database import Database
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.catalog import Catalog, TableName
from schemadoctor.model.changes import AddForeignKey
from schemadoctor.model.links import Link
from schemadoctor.probes._sql import ProbeFailed, fetch_one

MAX_DEPTH = 12
MAX_NODES = 500

CASCADES = ("CASCADE",)
NULLS = ("SET NULL", "SET DEFAULT")


@dataclass(frozen=True)
class Edge:
    """A reference and what deleting its parent row does to the child rows."""

    link: Link
    action: str
    name: str | None = None
    planned: bool = False
    reason: str = ""


@dataclass
class Node:
    table: TableName
    rows: int | None
    edge: Edge | None = None
    cycle: bool = False
    truncated: bool = False
    children: list[Node] = field(default_factory=list)
    error: str | None = None

    @property
    def effect(self) -> str:
        """delete (the root and cascades), set-null, or block."""
        if self.edge is None or self.edge.action in CASCADES:
            return "delete"
        if self.edge.action in NULLS:
            return "set-null" if self.edge.action == "SET NULL" else "set-default"
        return "block"

    def walk(self) -> list[Node]:
        found = [self]
        for child in self.children:
            found += child.walk()
        return found

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"table": str(self.table), "rows": self.rows, "effect": self.effect}
        if self.edge is not None:
            data.update(
                columns=list(self.edge.link.columns),
                references={
                    "table": str(self.edge.link.referred_table),
                    "columns": list(self.edge.link.referred_columns),
                },
                on_delete=self.edge.action,
                constraint=self.edge.name,
                planned=self.edge.planned,
            )
            if self.edge.reason:
                data["reason"] = self.edge.reason
        if self.cycle:
            data["cycle"] = True
        if self.truncated:
            data["truncated"] = True
        if self.error:
            data["error"] = self.error
        data["children"] = [child.to_dict() for child in self.children]
        return data


@dataclass
class Impact:
    root: Node
    where: str | None

    @property
    def blocked(self) -> bool:
        return any(node.effect == "block" and (node.rows or 0) > 0 for node in self.root.walk())

    def totals(self) -> dict[str, Any]:
        deleted: dict[str, int] = {}
        nulled: dict[str, int] = {}
        blocking: dict[str, int] = {}
        for node in self.root.walk():
            if not node.rows or (node.cycle and node.effect == "delete"):
                continue
            bucket = {"delete": deleted, "block": blocking}.get(node.effect, nulled)
            bucket[str(node.table)] = bucket.get(str(node.table), 0) + node.rows
        return {
            "deleted": deleted,
            "nulled": nulled,
            "blocking": blocking,
            "blocked": self.blocked,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": str(self.root.table),
            "where": self.where,
            "tree": self.root.to_dict(),
            "totals": self.totals(),
        }


def declared_edges(catalog: Catalog) -> list[Edge]:
    return [
        Edge(Link.of(table.name, fk), fk.on_delete.upper(), fk.name)
        for table in catalog
        for fk in table.foreign_keys
    ]


def planned_edges(catalog: Catalog, added: Iterable[AddForeignKey]) -> list[Edge]:
    """Declared foreign keys, then the keys a plan adds, with the ON DELETE it chose."""
    edges = declared_edges(catalog)
    for change in added:
        fk = change.foreign_key
        edges.append(
            Edge(
                Link.of(change.table, fk),
                fk.on_delete.upper(),
                fk.name,
                planned=True,
                reason=change.policy,
            )
        )
    return edges


def find_table(catalog: Catalog, name: str) -> TableName:
    """A table by `name` or `schema.name`, exactly, else case-insensitively when that is
    unambiguous."""
    tables = [table.name for table in catalog]
    exact = [table for table in tables if name in (table.name, str(table))]
    if len(exact) == 1:
        return exact[0]
    folded = [table for table in tables if name.lower() in (table.name.lower(), str(table).lower())]
    if len(folded) == 1:
        return folded[0]
    if len(exact) > 1 or len(folded) > 1:
        choices = ", ".join(str(table) for table in exact or folded)
        raise SchemaDoctorError(f"table '{name}' is ambiguous: {choices}")
    raise SchemaDoctorError(f"no table '{name}' in {catalog.database}")


def deletion_tree(
    database: Database,
    catalog: Catalog,
    table: TableName,
    where: str | None,
    edges: Sequence[Edge],
) -> Impact:
    """The deletion tree of `DELETE FROM table [WHERE where]`, counted on the live database."""
    quote = database.quote
    by_parent: dict[TableName, list[Edge]] = {}
    for edge in edges:
        by_parent.setdefault(edge.link.referred_table, []).append(edge)
    condition = f" WHERE {where}" if where and where.strip() else ""
    root_select = f"FROM {database.qualify(table)}{condition}"
    budget = [MAX_NODES]
    with database.connect() as connection:

        def count(sql: str) -> tuple[int | None, str | None]:
            try:
                row = fetch_one(connection, database, f"SELECT count(*) {sql}")
            except ProbeFailed as exc:
                return None, str(exc)
            return int(row[0]), None

        def expand(node: Node, selection: str, alias: str, path: tuple[TableName, ...]) -> None:
            for edge in by_parent.get(node.table, []):
                if budget[0] <= 0:
                    node.truncated = True
                    return
                budget[0] -= 1
                depth = len(path)
                child_alias = f"sd_{depth}"
                keys = ", ".join(
                    f"{alias}.{quote(column)}" for column in edge.link.referred_columns
                )
                refs = ", ".join(f"{child_alias}.{quote(column)}" for column in edge.link.columns)
                if len(edge.link.columns) > 1:
                    keys, refs = f"({keys})", f"({refs})"
                child_selection = (
                    f"FROM {database.qualify(edge.link.table)} AS {child_alias} "
                    f"WHERE {refs} IN (SELECT {keys} {selection})"
                )
                rows, error = count(child_selection)
                cycle = edge.link.table in path
                child = Node(edge.link.table, rows, edge, cycle=cycle, error=error)
                node.children.append(child)
                follow = edge.action in CASCADES and not cycle and rows != 0
                if follow and depth < MAX_DEPTH:
                    expand(child, child_selection, child_alias, (*path, edge.link.table))
                elif follow:
                    child.truncated = True

        rows, error = count(root_select)
        if error and where:
            raise SchemaDoctorError(f"--where {where!r}: {error}")
        root = Node(table, rows, error=error)
        expand(root, root_select, database.qualify(table), (table,))
    return Impact(root, where)
