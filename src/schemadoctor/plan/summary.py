"""The decisions of a plan in words: each foreign key's ON DELETE action with its reason, and
what happens to each set of orphan rows. Shared by `plan`'s summary and the demo."""

from __future__ import annotations

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
    return lines
