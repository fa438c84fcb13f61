from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from schemadoctor.infer import InferredForeignKey, Settings
from schemadoctor.infer.engine import EXACT_ROWS
from schemadoctor.infer.naming import describe
from schemadoctor.model.changes import Change
from schemadoctor.model.findings import Finding, Reference, Severity
from schemadoctor.probes.inclusion import SAMPLE_ROWS
from schemadoctor.rules import register
from schemadoctor.rules._foreign_keys import foreign_key_changes
from schemadoctor.rules.base import Example, Rule, RuleContext
from schemadoctor.rules.options import option

SERIOUS = 0.8
"""From this confidence on, a missing foreign key whose column already has orphans is an
error: the data has started to rot, not just the schema."""
TENTATIVE = 0.6
"""Below this confidence (or when two targets tie) a finding is only information."""


@register
class MissingForeignKey(Rule):
    id = "missing-foreign-key"
    severity = Severity.WARNING
    needs_data = True
    in_default_plan = True

    @dataclass(frozen=True)
    class Options:
        """Also the options of inference, which polymorphic-association shares."""

        data: bool = option(True, "ask the data at all; false: names, types and keys only")
        sample_rows: int = option(
            SAMPLE_ROWS, "child rows sampled per column set for inclusion", minimum=100
        )
        exact_orphans: bool | int = option(
            EXACT_ROWS,
            "count orphans exactly on tables up to this many rows; true: always, false: never",
            minimum=0,
        )

        def inference(self) -> Settings:
            exact = self.exact_orphans
            exact_rows = (None if exact else 0) if isinstance(exact, bool) else int(exact)
            return Settings(data=self.data, sample_rows=self.sample_rows, exact_rows=exact_rows)

    rationale = (
        "A column that holds another table's key without a declared foreign key lets orphans "
        "in, hides the relationship from tools and the planner, and leaves joins unguarded."
    )
    severity_note = (
        "error with orphans at confidence >= 0.8; info when ambiguous or < 0.6; else warning"
    )
    finds = "columns that hold another table's key without a declared foreign key"
    fixes = "quarantine orphans, index, add the key with its ON DELETE policy, validate"
    example = Example(
        bad=(
            "CREATE TABLE customers (id integer PRIMARY KEY);\nCREATE TABLE orders (id integer "
            "PRIMARY KEY, customer_id integer);"
        ),
        good=(
            "CREATE TABLE customers (id integer PRIMARY KEY);\nCREATE TABLE orders (id integer "
            "PRIMARY KEY,\n  customer_id integer REFERENCES customers (id) ON DELETE "
            "RESTRICT);\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);"
        ),
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        for inferred in context.run.inference.foreign_keys:
            candidate = inferred.candidate
            table = context.catalog.table(candidate.table)
            if table is None:
                continue
            yield self.finding(
                table,
                candidate.columns,
                message(inferred),
                severity=severity(inferred),
                references=Reference(candidate.referred_table, candidate.referred_columns),
                confidence=inferred.confidence,
                evidence=inferred.evidence(),
            )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        if finding.references is None:
            return []
        # Counted orphans let the planner skip an empty quarantine; a sample's count does not.
        orphans = finding.evidence.get("orphans") if finding.evidence.get("orphans_exact") else None
        return foreign_key_changes(
            context,
            finding.table,
            finding.columns,
            finding.references.table,
            finding.references.columns,
            reason=finding.message,
            orphans=orphans if isinstance(orphans, int) else None,
            confidence=finding.confidence,
        )


def severity(inferred: InferredForeignKey) -> Severity:
    if inferred.ambiguous or inferred.confidence < TENTATIVE:
        return Severity.INFO
    if (inferred.orphans or 0) > 0 and inferred.confidence >= SERIOUS:
        return Severity.ERROR
    return Severity.WARNING


def message(inferred: InferredForeignKey) -> str:
    candidate = inferred.candidate
    columns = ", ".join(candidate.columns)
    target = f"{candidate.referred_table}({', '.join(candidate.referred_columns)})"
    why = (
        "its columns repeat that composite key"
        if "composite" in candidate.name.notes
        else describe(candidate.name, candidate.referred_table)
    )
    text = (
        f"{candidate.table}({columns}) looks like a reference to {target} "
        f"with no foreign key: {why}"
    )
    data = inferred.data
    if data.has_values:
        share = data.inclusion or 0.0
        scope = "sampled " if data.sampled else ""
        if data.orphans:
            shown = ", ".join(str(value) for value in data.orphan_samples[:3])
            counted = "" if data.orphans_exact or not data.sampled else " in the sample"
            text += (
                f"; {share:.0%} of {data.distinct} {scope}distinct values exist there, "
                f"{data.orphans} orphan row{'s' if data.orphans != 1 else ''}{counted}"
                + (f" (e.g. {shown})" if shown else "")
            )
        else:
            text += f"; all {data.distinct} {scope}distinct values exist there"
        if data.sampled and not data.orphans_exact:
            text += " (orphans not counted over the whole table)"
    elif data.status != "not-probed":
        text += f" (no data evidence: {data.status.replace('-', ' ')})"
    if inferred.ambiguous and inferred.alternatives:
        others = ", ".join(str(other.candidate.referred_table) for other in inferred.alternatives)
        text += f"; ambiguous with {others}"
    return text
