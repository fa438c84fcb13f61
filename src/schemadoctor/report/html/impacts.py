"""Counted `impact` trees for the report of a plan: what deleting every row of a table would
do under the declared foreign keys and the ones the plan adds, counted on the live database
(read-only, each statement under the statement timeout).

Only the tables the plan's new foreign keys point at are counted (their delete behaviour is
what the plan changes), the most referenced first, within a table limit and a time budget;
the page draws the tree of every other table from the diagram's edges, uncounted.
"""

from __future__ import annotations

import time

from schemadoctor.catalog.model import TableName
from schemadoctor.connect import Database
from schemadoctor.plan.builder import Plan
from schemadoctor.plan.impact import Edge, Impact, declared_edges, deletion_tree

MAX_TABLES = 25
BUDGET_SECONDS = 15.0


def plan_edges(plan: Plan) -> list[Edge]:
    """Declared foreign keys and the plan's new ones, as `impact` sees them."""
    edges = declared_edges(plan.catalog)
    for change in plan.foreign_keys:
        fk = change.foreign_key
        edges.append(
            Edge(
                change.table,
                fk.columns,
                fk.referred_table,
                fk.referred_columns,
                fk.on_delete.upper(),
                fk.name,
                planned=True,
                reason=change.policy,
            )
        )
    return edges


def impact_trees(
    database: Database,
    plan: Plan,
    *,
    max_tables: int = MAX_TABLES,
    budget_seconds: float = BUDGET_SECONDS,
) -> dict[TableName, Impact]:
    edges = plan_edges(plan)
    referenced: dict[TableName, int] = {}
    for change in plan.foreign_keys:
        parent = change.foreign_key.referred_table
        referenced[parent] = 0
    for edge in edges:
        if edge.parent in referenced:
            referenced[edge.parent] += 1
    chosen = sorted(referenced, key=lambda name: (-referenced[name], str(name)))[:max_tables]
    deadline = time.monotonic() + budget_seconds
    trees: dict[TableName, Impact] = {}
    for name in chosen:
        if time.monotonic() > deadline or plan.catalog.table(name) is None:
            continue
        trees[name] = deletion_tree(database, plan.catalog, name, None, edges)
    return trees
