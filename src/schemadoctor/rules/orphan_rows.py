from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.model.catalog import ForeignKey, Table
from schemadoctor.model.changes import Change
from schemadoctor.model.findings import Finding, Reference, Severity
from schemadoctor.model.links import Link
from schemadoctor.probes._sql import ProbeFailed
from schemadoctor.probes.orphans import count_orphans
from schemadoctor.rules import register
from schemadoctor.rules._foreign_keys import orphan_changes
from schemadoctor.rules.base import Example, Rule, RuleContext


@register
class OrphanRows(Rule):
    id = "orphan-rows"
    severity = Severity.ERROR
    needs_data = True
    in_default_plan = True
    rationale = (
        "Rows whose declared foreign key points at no parent row: the constraint was added NOT "
        "VALID (PostgreSQL), never enforced (SQLite without PRAGMA foreign_keys) or bypassed "
        "(MySQL foreign_key_checks=0). Joins silently drop them and a rebuild or VALIDATE fails."
    )
    finds = (
        "rows of a declared foreign key that point at nothing (PostgreSQL NOT VALID; SQLite "
        "never enforced; MySQL loaded with `foreign_key_checks=0`)"
    )
    fixes = "quarantine the orphans, validate"
    example = Example(
        bad=(
            "-- orders.customer_id = 7, and no customer 7\nALTER TABLE orders ADD CONSTRAINT "
            "orders_customer_fk\n  FOREIGN KEY (customer_id) REFERENCES customers (id) NOT "
            "VALID;"
        ),
        good=(
            "-- the orphan copied to schemadoctor_quarantine, then its reference cleared\n"
            "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;"
        ),
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        database = context.database
        if database is None:
            return
        catalog = context.catalog
        with database.connect() as connection:
            for table in catalog:
                checked = [fk for fk in table.foreign_keys if self._worth_checking(context, fk)]
                links = []
                keys = []
                for foreign_key in checked:
                    parent = catalog.table(foreign_key.referred_table)
                    if parent is None or len(foreign_key.referred_columns) != len(
                        foreign_key.columns
                    ):
                        continue
                    links.append(Link.of(table.name, foreign_key))
                    keys.append(foreign_key)
                if not links:
                    continue
                try:
                    counts = count_orphans(connection, database, catalog, table, links)
                except ProbeFailed:
                    continue
                for foreign_key, count in zip(keys, counts, strict=True):
                    if count.orphans:
                        yield self._finding(
                            table,
                            foreign_key,
                            count.orphans,
                            count.exact,
                            count.samples,
                            count.rows,
                        )

    @staticmethod
    def _worth_checking(context: RuleContext, foreign_key: ForeignKey) -> bool:
        # Where every validated constraint is enforced, only NOT VALID ones can hide orphans.
        if context.adapter.supports.enforces_valid_foreign_keys:
            return not foreign_key.valid
        return True

    def _finding(
        self,
        table: Table,
        foreign_key: ForeignKey,
        orphans: int,
        exact: bool,
        samples: tuple[object, ...],
        rows: int,
    ) -> Finding:
        target = f"{foreign_key.referred_table}({', '.join(foreign_key.referred_columns)})"
        shown = ", ".join(str(value) for value in samples[:3])
        bound = "" if exact else f" at least (in the first {rows} rows)"
        return self.finding(
            table,
            foreign_key.columns,
            f"{orphans} row{'s' if orphans != 1 else ''}{bound} of {table.name} reference no row "
            f"of {target} through foreign key {foreign_key.name or '(unnamed)'}"
            + (f" (e.g. {shown})" if shown else ""),
            references=Reference(foreign_key.referred_table, foreign_key.referred_columns),
            subject=foreign_key.name,
            evidence={
                "orphans": orphans,
                "orphan_samples": list(samples),
                "orphans_exact": exact,
                "constraint": foreign_key.name,
                "valid": foreign_key.valid,
            },
        )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        table = context.catalog.table(finding.table)
        if table is None:
            return []
        foreign_key = next(
            (
                fk
                for fk in table.foreign_keys
                if fk.columns == finding.columns and fk.name == finding.subject
            ),
            None,
        )
        orphans = finding.evidence.get("orphans")
        if foreign_key is None or not isinstance(orphans, int):
            return []
        return orphan_changes(
            context, table.name, foreign_key, reason=finding.message, orphans=orphans
        )
