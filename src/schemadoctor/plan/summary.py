"""The decisions of a plan in words: each foreign key's ON DELETE action with its reason, and
what happens to each set of orphan rows. Shared by `plan`'s summary and the demo."""

from __future__ import annotations

from schemadoctor.model.storage import TableStorage, storage_lines
from schemadoctor.plan.builder import Plan


def decision_lines(plan: Plan) -> list[str]:
    lines: list[str] = []
    if plan.foreign_keys:
        lines.append("ON DELETE:")
        for change in plan.foreign_keys:
            fk = change.foreign_key
            lines.append(
                f"  {change.table}({', '.join(fk.columns)}) -> {fk.referred_table}: {change.policy}"
            )
    if plan.quarantines:
        lines.append("orphans (kept in schemadoctor_quarantine; the down script puts them back):")
        for change in plan.quarantines:
            count = (
                "uncounted"
                if change.orphans is None
                else f"{change.orphans:,} row{'' if change.orphans == 1 else 's'}"
            )
            verb = "delete" if change.action == "delete" else "set the reference to NULL"
            lines.append(
                f"  {change.table}({', '.join(change.foreign_key.columns)}): {count}, "
                f"then {verb} ({change.why})"
            )
    lines += storage_estimate_lines(plan)
    return lines


def storage_estimate_lines(plan: Plan) -> list[str]:
    """The storage each type conversion of the plan is estimated to save (or cost), from
    sizes measured now; `apply` measures the same after it runs."""
    lines: list[str] = []
    for fix in plan.fixes:
        storage = fix.finding.evidence.get("storage")
        if not isinstance(storage, dict) or not any(
            change.kind == "convert-key-type" for change in fix.changes
        ):
            continue
        before = [TableStorage.from_dict(item) for item in storage.get("before", [])]
        after = [TableStorage.from_dict(item) for item in storage.get("after", [])]
        found = storage_lines(before, after, label="estimated")
        if found:
            lines.append(
                f"storage of {fix.finding.table}.{fix.finding.columns[0]}'s key graph, "
                "measured now -> estimated after:"
            )
            lines += [f"  {line}" for line in found]
    return lines
