from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.model.findings import Finding, Reference, Severity
from schemadoctor.rules import _policy as policy
from schemadoctor.rules import register
from schemadoctor.rules.base import Example, Rule, RuleContext


@register
class QuestionableDeleteAction(Rule):
    id = "questionable-delete-action"
    severity = Severity.INFO
    rationale = (
        "A declared ON DELETE action that destroys data the schema says should survive "
        "(CASCADE from an audit log, a lookup table or a role reference) deletes rows nobody "
        "meant to delete the day a parent row goes."
    )
    finds = (
        "a declared ON DELETE action that contradicts the policy (e.g. CASCADE from an audit log)"
    )
    fixes = "none (a human decides)"
    example = Example(
        bad=(
            "CREATE TABLE audit_log (id integer PRIMARY KEY,\n  user_id integer REFERENCES "
            "users (id) ON DELETE CASCADE);"
        ),
        good=(
            "CREATE TABLE audit_log (id integer PRIMARY KEY,\n  user_id integer REFERENCES "
            "users (id) ON DELETE SET NULL);"
        ),
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        catalog = context.catalog
        edges = policy.references(catalog, context.run.proposed)
        for table in catalog:
            for foreign_key in table.foreign_keys:
                decision = policy.decide(
                    catalog, table, foreign_key.columns, foreign_key.referred_table, edges
                )
                if not policy.contradicts(foreign_key.on_delete, decision):
                    continue
                yield self.finding(
                    table,
                    foreign_key.columns,
                    f"foreign key {foreign_key.name or '(unnamed)'} {table.name}"
                    f"({', '.join(foreign_key.columns)}) -> {foreign_key.referred_table} is "
                    f"ON DELETE {foreign_key.on_delete}, but the policy says "
                    f"ON DELETE {decision.action}: {decision.reason}",
                    references=Reference(foreign_key.referred_table, foreign_key.referred_columns),
                    subject=foreign_key.name,
                    evidence={
                        "declared": foreign_key.on_delete,
                        "suggested": decision.action,
                        "signal": decision.signal,
                        "reason": decision.reason,
                    },
                )
