"""Counted `impact` trees for the report of a plan: what deleting every row of a table would
do under the declared foreign keys and the ones the plan adds, counted on the live database
(read-only, each statement under the statement timeout).

Only the tables the plan's new foreign keys point at are counted (their delete behaviour is
what the plan changes), the most referenced first, within a table limit and a time budget;
the page draws the tree of every other table from the diagram's edges, uncounted.
"""

from __future__ import annotations

import time

from schemadoctor.engines.database import Database
from schemadoctor.model.catalog import TableName
from schemadoctor.plan.builder import Plan
from schemadoctor.plan.impact import Impact, deletion_tree, planned_edges

MAX_TABLES = 25
BUDGET_SECONDS = 15.0


def impact_trees(
    database: Database,
    plan: Plan,
    *,
    max_tables: int = MAX_TABLES,
    budget_seconds: float = BUDGET_SECONDS,
) -> dict[TableName, Impact]:
    edges = planned_edges(plan.catalog, plan.foreign_keys)
    referenced: dict[TableName, int] = {}
    for change in plan.foreign_keys:
        parent = change.foreign_key.referred_table
        referenced[parent] = 0
    for edge in edges:
        if edge.link.referred_table in referenced:
            referenced[edge.link.referred_table] += 1
    chosen = sorted(referenced, key=lambda name: (-referenced[name], str(name)))[:max_tables]
    deadline = time.monotonic() + budget_seconds
    trees: dict[TableName, Impact] = {}
    for name in chosen:
        if time.monotonic() > deadline or plan.catalog.table(name) is None:
            continue
        trees[name] = deletion_tree(database, plan.catalog, name, None, edges)
    return trees
