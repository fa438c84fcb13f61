"""What N+1 and anti-pattern detection ask of the schema, with or without a catalog: is there
a foreign key (declared, inferred or, without a catalog, suggested by the names) between two
tables, is a column indexed, how big is a table, what type is a column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from schemadoctor.model.catalog import Catalog, Column, Table, TableName
from schemadoctor.model.indexes import is_indexed

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database
    from schemadoctor.model.findings import Finding


@dataclass(frozen=True)
class Link:
    """child.columns -> parent.columns."""

    child: str
    child_columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    how: str
    """`declared`, `inferred` (schemadoctor's foreign-key inference) or `names` (no catalog)."""


@dataclass
class SchemaFacts:
    catalog: Catalog | None = None
    links: list[Link] = field(default_factory=list)
    extensions: frozenset[str] = frozenset()
    """Extensions that can be created (PostgreSQL), e.g. pg_trgm."""

    @classmethod
    def read(cls, database: Database) -> SchemaFacts:
        """Reflect the catalog and infer the undeclared foreign keys (read-only, bounded)."""
        from schemadoctor.check import run_check, select_rules
        from schemadoctor.config import Config

        config = Config()
        rules = [rule for rule in select_rules(config) if rule == "missing-foreign-key"]
        result = run_check(database, config, rules)
        facts = cls(result.catalog)
        for table in result.catalog:
            for key in table.foreign_keys:
                facts.links.append(
                    Link(
                        table.name.name,
                        key.columns,
                        key.referred_table.name,
                        key.referred_columns,
                        "declared",
                    )
                )
        facts.links += [_inferred(finding) for finding in result.findings if finding.references]
        with database.connect() as connection:
            facts.extensions = database.adapter.available_extensions(connection)
        return facts

    def table(self, name: str | None) -> Table | None:
        if self.catalog is None or not name:
            return None
        bare = name.split(".")[-1].strip('"`').lower()
        for table in self.catalog:
            if table.name.name.lower() == bare:
                return table
        return None

    def table_name(self, name: str) -> TableName:
        table = self.table(name)
        return table.name if table is not None else TableName(None, name.split(".")[-1])

    def column(self, table: str | None, column: str | None) -> Column | None:
        found = self.table(table)
        return found.column(column) if found is not None and column else None

    def indexed(self, table: str | None, columns: tuple[str, ...]) -> bool | None:
        """Whether an index serves equality on `columns`; None without a catalog."""
        found = self.table(table)
        if found is None or not columns:
            return None
        return is_indexed(found, columns)

    def rows(self, table: str | None) -> int | None:
        found = self.table(table)
        return found.row_estimate if found is not None else None

    def link(self, a: str, a_column: str | None, b: str) -> Link | None:
        """A link between table `a` (through its column `a_column`, when given) and table `b`,
        either way round."""
        a_bare, b_bare = _bare(a), _bare(b)
        for link in self.links:
            child, parent = _bare(link.child), _bare(link.parent)
            if (child, parent) == (a_bare, b_bare) and a_column in (None, *link.child_columns):
                return link
            if (child, parent) == (b_bare, a_bare) and a_column in (None, *link.parent_columns):
                return link
        if self.catalog is None:
            return _by_names(a, a_column, b)
        return None


def _inferred(finding: Finding) -> Link:
    assert finding.references is not None
    return Link(
        finding.table.name,
        finding.columns,
        finding.references.table.name,
        finding.references.columns,
        "inferred",
    )


def _bare(name: str) -> str:
    return name.split(".")[-1].strip('"`').lower()


def singular(name: str) -> str:
    name = _bare(name)
    for plural, single in (("ies", "y"), ("ses", "s"), ("xes", "x"), ("s", "")):
        if name.endswith(plural) and len(name) > len(plural) + 1:
            return name[: -len(plural)] + single
    return name


def _by_names(a: str, a_column: str | None, b: str) -> Link | None:
    """Without a catalog: `orders.customer_id` points at `customers.id` by convention."""
    if a_column and a_column.lower() == f"{singular(b)}_id":
        return Link(_bare(a), (a_column,), _bare(b), ("id",), "names")
    if a_column and a_column.lower() == "id":
        return Link(_bare(b), (f"{singular(a)}_id",), _bare(a), ("id",), "names")
    return None
