from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from schemadoctor.model.changes import Change
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.model.indexes import serves_lookup
from schemadoctor.rules import register
from schemadoctor.rules._indexes import drop_blocker, drop_index_changes
from schemadoctor.rules.base import Example, Rule, RuleContext
from schemadoctor.rules.options import option


@register
class UnusedIndex(Rule):
    id = "unused-index"
    severity = Severity.WARNING
    rationale = (
        "An index never scanned since statistics began costs every write and buys nothing; "
        "trust this only when the statistics cover a full business cycle."
    )
    severity_note = (
        "warning; info when statistics are younger than `min_stats_age_days` (default 7) or "
        "the index serves a foreign key"
    )
    finds = (
        "valid, non-unique indexes never scanned since statistics began (the later of the last "
        "reset and server start)"
    )
    fixes = "`DROP INDEX CONCURRENTLY` when the evidence is conclusive (plan: only with `--rules`)"
    example = Example(
        bad=(
            "-- pg_stat_user_indexes.idx_scan = 0 for a month\nCREATE INDEX orders_note ON "
            "orders (note);"
        ),
        good="DROP INDEX CONCURRENTLY orders_note;",
    )
    requires = ("index_usage_stats",)

    @dataclass(frozen=True)
    class Options:
        min_stats_age_days: float = option(
            7.0,
            "statistics younger than this make the finding information only",
            minimum=0,
        )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        catalog = context.catalog
        min_days = context.options.min_stats_age_days
        since = catalog.stats_since
        age = context.now - since if since else None
        recent = age is None or age < timedelta(days=min_days)
        window = (
            f"since {since:%Y-%m-%d %H:%M} UTC ({_days(age)})"
            if since
            else "since statistics began"
        )
        for table in catalog:
            for index in table.indexes:
                if index.scans != 0 or index.unique or not index.valid:
                    continue
                if drop_blocker(context.adapter, catalog, table, index):
                    continue
                serves_fk = [
                    fk.name or ",".join(fk.columns)
                    for fk in table.foreign_keys
                    if serves_lookup(index, fk.columns)
                ]
                conclusive = not recent and not serves_fk
                message = f"index {index.name} on {table.name} has not been scanned {window}"
                if serves_fk:
                    message += f"; keep it for foreign key {', '.join(serves_fk)}"
                yield self.finding(
                    table,
                    index.columns,
                    message,
                    # Young statistics are weak evidence, and a foreign key's index is there for
                    # the parent's deletes, which may simply not have happened yet.
                    severity=self.severity if conclusive else Severity.INFO,
                    subject=index.name,
                    evidence={
                        "index": index.name,
                        "scans": index.scans,
                        "size_bytes": index.size_bytes,
                        "stats_since": since.isoformat() if since else None,
                        "stats_reset": catalog.stats_reset.isoformat()
                        if catalog.stats_reset
                        else None,
                        "stats_age_days": round(age.total_seconds() / 86400, 2) if age else None,
                        "min_stats_age_days": min_days,
                        "serves_foreign_key": serves_fk or None,
                        "conclusive": conclusive,
                    },
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        # No drop on weak evidence: statistics younger than the threshold, or an index a
        # foreign key needs.
        if not finding.evidence.get("conclusive"):
            return []
        return drop_index_changes(finding, context)


def _days(age: timedelta | None) -> str:
    if age is None:
        return "unknown"
    days = age.total_seconds() / 86400
    if days < 1:
        return f"{age.total_seconds() / 3600:.1f} hours"
    return f"{days:.1f} days" if days < 10 else f"{days:.0f} days"
