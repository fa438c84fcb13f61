from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.catalog.indexes import normalize_predicate, signature
from schemadoctor.catalog.model import Index
from schemadoctor.findings import Finding, Severity
from schemadoctor.plan.changes import Change
from schemadoctor.rules import register
from schemadoctor.rules._indexes import drop_index_changes
from schemadoctor.rules.base import Rule, RuleContext


@register
class RedundantIndex(Rule):
    id = "redundant-index"
    severity = Severity.WARNING
    rationale = (
        "A b-tree whose keys are the leading keys of another b-tree with the same predicate "
        "answers no query the longer one cannot, and costs every write."
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        for table in context.catalog:
            candidates = [
                index for index in table.indexes if index.method == "btree" and index.valid
            ]
            for index in candidates:
                if index.unique or index.backs_constraint:
                    continue
                wider = _covering_index(index, candidates)
                if wider is None:
                    continue
                yield self.finding(
                    table,
                    index.columns,
                    f"index {index.name} on {table.name} ({', '.join(index.columns)}) is a "
                    f"leading prefix of {wider.name} ({', '.join(wider.columns)})",
                    subject=index.name,
                    evidence={
                        "index": index.name,
                        "covered_by": wider.name,
                        "size_bytes": index.size_bytes,
                    },
                )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        return drop_index_changes(finding, context)


def _covering_index(index: Index, candidates: list[Index]) -> Index | None:
    """A longer index starting with the same keys in the same order and direction; exact
    duplicates are left to the duplicate-index rule."""
    predicate = normalize_predicate(index.predicate)
    for other in candidates:
        if other is index or signature(other) == signature(index):
            continue
        if normalize_predicate(other.predicate) != predicate:
            continue
        if len(other.elements) > len(index.elements) and (
            other.elements[: len(index.elements)] == index.elements
        ):
            return other
        if other.elements == index.elements and other.include and not index.include:
            return other
    return None
