"""The plan section's data: the steps of the up script (each with what it locks, its reason
and its rows), the ON DELETE choices with their reasons, the orphans and what happens
to them, both scripts whole, and the counted `impact` trees of some tables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from schemadoctor.model.catalog import TableName

if TYPE_CHECKING:
    from schemadoctor.plan.builder import Plan
    from schemadoctor.plan.impact import Impact


def plan_json(plan: Plan, index: Mapping[TableName, int]) -> dict[str, Any]:
    by_text = {str(name): i for name, i in index.items()}
    steps = []
    # Each step's SQL is not repeated here: the page cuts it out of the up script (`up`).
    for step in plan.up.steps:
        rows = step.info.get("rows")
        steps.append(
            {
                "title": step.title,
                "reason": step.reason,
                "locks": step.locks,
                "transactional": step.transactional,
                "table": by_text.get(step.table or ""),
                "tableName": step.table or "",
                "rows": rows if isinstance(rows, int) else None,
            }
        )
    on_delete = [
        {
            "table": index.get(change.table),
            "tableName": str(change.table),
            "columns": list(change.foreign_key.columns),
            "parent": index.get(change.foreign_key.referred_table),
            "parentName": str(change.foreign_key.referred_table),
            "refcols": list(change.foreign_key.referred_columns),
            "action": change.foreign_key.on_delete,
            "why": change.policy,
        }
        for change in plan.foreign_keys
    ]
    orphans = [
        {
            "table": index.get(change.table),
            "tableName": str(change.table),
            "columns": list(change.foreign_key.columns),
            "parentName": str(change.foreign_key.referred_table),
            "orphans": change.orphans,
            "action": change.action,
            "why": change.why,
        }
        for change in plan.quarantines
    ]
    return {
        "id": plan.plan_id,
        "dialect": plan.dialect,
        "changes": len(plan.changes),
        "fixes": len(plan.fixes),
        "unfixed": len(plan.unfixed),
        "rows": plan.estimated_rows,
        "steps": steps,
        "onDelete": on_delete,
        "orphans": orphans,
        "up": plan.up.to_sql(),
        "down": plan.down.to_sql(),
        "warnings": list(plan.warnings),
    }


def planned_actions(
    plan: Plan | None,
) -> dict[tuple[TableName, tuple[str, ...], TableName], tuple[str, str]]:
    """The ON DELETE action and reason of each foreign key the plan adds, by (table, columns,
    referred table)."""
    if plan is None:
        return {}
    return {
        (change.table, change.foreign_key.columns, change.foreign_key.referred_table): (
            change.foreign_key.on_delete,
            change.policy,
        )
        for change in plan.foreign_keys
    }


def impacts_json(
    impacts: Mapping[TableName, Impact] | None, index: Mapping[TableName, int]
) -> dict[str, Any]:
    """Counted deletion trees by table index (as text: JSON object keys)."""
    return {
        str(index[name]): impact.to_dict()
        for name, impact in (impacts or {}).items()
        if name in index
    }
