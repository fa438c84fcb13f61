from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.catalog.model import Column
from schemadoctor.catalog.types import canonical_type
from schemadoctor.findings import Finding, Reference, Severity
from schemadoctor.plan.changes import AlterColumnType, Change
from schemadoctor.rules import register
from schemadoctor.rules.base import Rule, RuleContext


@register
class ForeignKeyTypeMismatch(Rule):
    id = "foreign-key-type-mismatch"
    severity = Severity.WARNING
    rationale = (
        "A referencing column whose type differs from the key it points to forces casts in "
        "joins (and can defeat indexes), and can hold values the key never could."
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        catalog = context.catalog
        for table in catalog:
            for foreign_key in table.foreign_keys:
                parent = catalog.table(foreign_key.referred_table)
                if parent is None:
                    continue
                for child_name, parent_name in zip(
                    foreign_key.columns, foreign_key.referred_columns, strict=False
                ):
                    child = table.column(child_name)
                    referred = parent.column(parent_name)
                    if child is None or referred is None or same_type(child, referred):
                        continue
                    yield self.finding(
                        table,
                        (child_name,),
                        f"{table.name}.{child_name} is {child.type} but references "
                        f"{parent.name}.{parent_name}, which is {referred.type}",
                        references=Reference(parent.name, (parent_name,)),
                        subject=foreign_key.name,
                        evidence={
                            "column_type": child.type,
                            "referenced_type": referred.type,
                            "family": child.family.value,
                            "referenced_family": referred.family.value,
                        },
                    )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        evidence = finding.evidence
        if evidence.get("family") != evidence.get("referenced_family"):
            return []  # Converting across families needs a human: the data may not convert.
        table = context.catalog.table(finding.table)
        return [
            AlterColumnType(
                table=finding.table,
                column=finding.columns[0],
                new_type=str(evidence["referenced_type"]),
                old_type=str(evidence["column_type"]),
                reason=finding.message,
                estimated_rows=table.row_estimate if table else None,
            )
        ]


def same_type(child: Column, parent: Column) -> bool:
    """Types that store the same values the same way; identity/serial-ness is not type."""
    if child.family != parent.family or child.unsigned != parent.unsigned:
        return False
    return _without_length_if_text(child) == _without_length_if_text(parent)


def _without_length_if_text(column: Column) -> str:
    canonical = canonical_type(column.type)
    if column.family.value == "text" and column.length is None:
        return canonical.split("(")[0]
    return canonical
