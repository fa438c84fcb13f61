"""The workload rules: ids, default severities and one-line rationales, for the reports
(SARIF lists every rule it reports) and `schemadoctor nplusone --help`."""

from __future__ import annotations

from dataclasses import dataclass

from schemadoctor.model.findings import Severity

DEFAULT_LARGE_ROWS = 10_000


DEFAULT_MIN_REPEATS = 5


@dataclass(frozen=True)
class WorkloadRule:
    id: str
    severity: Severity
    rationale: str


WORKLOAD_RULES: dict[str, WorkloadRule] = {
    rule.id: rule
    for rule in (
        WorkloadRule(
            "n-plus-one",
            Severity.WARNING,
            "The same query runs once per row of an earlier result: one query for all the rows "
            "(or eager loading in the ORM) does the same work in one round trip.",
        ),
        WorkloadRule(
            "repeated-aggregate",
            Severity.WARNING,
            "A COUNT or SUM runs once per parent row: one grouped query, or a maintained "
            "counter, removes the repeated scans.",
        ),
        WorkloadRule(
            "unbounded-select",
            Severity.WARNING,
            "A request reads a large table without LIMIT: it gets slower as the table grows.",
        ),
        WorkloadRule(
            "leading-wildcard-like",
            Severity.INFO,
            "LIKE '%x' cannot use a b-tree index: every row is read unless a trigram or "
            "full-text index serves it.",
        ),
        WorkloadRule(
            "function-on-indexed-column",
            Severity.WARNING,
            "A function around a column in a predicate (lower(email) = ?) cannot use the "
            "column's index: an expression index can.",
        ),
        WorkloadRule(
            "implicit-cast-join",
            Severity.WARNING,
            "Joined columns of different types are cast row by row, which defeats their indexes.",
        ),
    )
}
