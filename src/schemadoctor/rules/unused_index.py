from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from schemadoctor.catalog.indexes import serves_lookup
from schemadoctor.findings import Finding, Severity
from schemadoctor.plan.changes import Change
from schemadoctor.rules import register
from schemadoctor.rules._indexes import drop_index_changes
from schemadoctor.rules.base import Rule, RuleContext


@register
class UnusedIndex(Rule):
    id = "unused-index"
    severity = Severity.WARNING
    rationale = (
        "An index never scanned since statistics began costs every write and buys nothing; "
        "trust this only when the statistics cover a full business cycle."
    )
    dialects = frozenset({"postgresql"})

    def check(self, context: RuleContext) -> Iterable[Finding]:
        catalog = context.catalog
        min_days = float(context.option("min_stats_age_days", 7))
        since = catalog.stats_since
        age = context.now - since if since else None
        recent = age is None or age < timedelta(days=min_days)
        if since is None:
            window = "for an unknown period"
        else:
            window = f"since {since:%Y-%m-%d %H:%M} UTC ({_days(age)})"
            if catalog.stats_reset is None:
                window += ", statistics never reset"
        for table in catalog:
            for index in table.indexes:
                if index.scans != 0 or index.unique or index.backs_constraint or not index.valid:
                    continue
                serves_fk = [
                    fk.name or ",".join(fk.columns)
                    for fk in table.foreign_keys
                    if serves_lookup(index, fk.columns)
                ]
                severity = Severity.INFO if recent or serves_fk else self.severity
                message = f"index {index.name} on {table.name} has not been scanned {window}"
                if recent:
                    message += (
                        f"; statistics are younger than {min_days:g} days, so this is weak evidence"
                    )
                if serves_fk:
                    message += (
                        f"; it serves foreign key {', '.join(serves_fk)}, which needs it when "
                        "parent rows are deleted"
                    )
                yield self.finding(
                    table,
                    index.columns,
                    message,
                    severity=severity,
                    subject=index.name,
                    evidence={
                        "index": index.name,
                        "scans": index.scans,
                        "size_bytes": index.size_bytes,
                        "stats_since": since.isoformat() if since else None,
                        "stats_reset": catalog.stats_reset.isoformat()
                        if catalog.stats_reset
                        else None,
                        "serves_foreign_key": serves_fk or None,
                    },
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        if finding.evidence.get("serves_foreign_key"):
            return []
        return drop_index_changes(finding, context)


def _days(age: timedelta | None) -> str:
    if age is None:
        return "unknown"
    days = age.total_seconds() / 86400
    return f"{days:.1f} days" if days < 10 else f"{days:.0f} days"
