from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from schemadoctor.model.catalog import Column, Table, TypeFamily
from schemadoctor.model.changes import Change, ConvertKeyType
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.model.types import integer_bytes
from schemadoctor.probes._sql import ProbeFailed, probe_connection
from schemadoctor.probes.keys import column_maximum
from schemadoctor.rules import register
from schemadoctor.rules._conversion import (
    foreign_keys_between,
    members_evidence,
    members_from,
    saving_words,
    storage_estimate,
)
from schemadoctor.rules._key_graph import components, converted, references
from schemadoctor.rules.base import Example, Rule, RuleContext
from schemadoctor.rules.options import option

BIGINT_BYTES = 8
CRITICAL = 0.85
"""Past this share of the range the finding is an error: the key runs out soon."""


@register
class KeyOverflowRisk(Rule):
    id = "key-overflow-risk"
    severity = Severity.WARNING
    rationale = (
        "An integer key whose sequence has used more than half of its type's range runs out "
        "one day and every insert fails; widening it takes a table rewrite, which is cheap to "
        "plan now and painful to do in an outage."
    )
    finds = (
        "integer primary keys whose sequence, AUTO_INCREMENT or largest value has used more "
        "than half of the type's range"
    )
    fixes = "the key and every column referencing it (declared or inferred) converted to bigint"
    severity_note = f"warning; error past {CRITICAL:.0%} of the range"
    engines_note = "PostgreSQL, MySQL/MariaDB (SQLite's integers are 64-bit)"
    requires = ("declared_types_enforced",)
    needs_data = True
    example = Example(
        bad=(
            "CREATE TABLE events (id serial PRIMARY KEY);  -- sequence at 1,500,000,000\n"
            "CREATE TABLE event_tags (event_id integer REFERENCES events (id));"
        ),
        good=(
            "CREATE TABLE events (id bigserial PRIMARY KEY);\n"
            "CREATE TABLE event_tags (event_id bigint REFERENCES events (id));"
        ),
    )

    @dataclass(frozen=True)
    class Options:
        threshold: float = option(
            0.5,
            "report keys that have used more than this share of their type's range",
            minimum=0.0,
            maximum=1.0,
        )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        database = context.database
        if database is None:
            return
        graphs = components(context.run, references(context.run), _narrow_integer)
        with database.connect() as raw:
            connection = probe_connection(raw, database)
            for graph in graphs:
                table = context.catalog.table(graph.root[0])
                if table is None or table.primary_key is None:
                    continue
                if table.primary_key.columns != (graph.root[1],):
                    continue
                column = table.column(graph.root[1])
                assert column is not None
                limit = _limit(column)
                counter = context.adapter.key_counter(connection, table, column.name)
                try:
                    maximum = column_maximum(connection, database, table, column.name)
                except ProbeFailed:
                    maximum = None
                used = max(counter or 0, maximum or 0)
                share = used / limit
                if share <= context.options.threshold:
                    continue
                yield self._finding(context, table, column, graph, counter, maximum, share)

    def _finding(
        self,
        context: RuleContext,
        table: Table,
        column: Column,
        graph: Any,
        counter: int | None,
        maximum: int | None,
        share: float,
    ) -> Finding:
        members = converted(context.run, graph, _bigint, lambda c: c.default)
        estimate = storage_estimate(context, graph, lambda c: float(BIGINT_BYTES))
        source = (
            f"its sequence is at {counter:,}"
            if counter is not None and counter >= (maximum or 0)
            else f"its largest value is {maximum:,}"
        )
        others = len(members) - 1
        cost = saving_words(estimate)
        message = (
            f"{table.name}.{column.name} is {column.type} and {source} of {_limit(column):,} "
            f"({share:.0%} of the range): inserts fail when it runs out; converting it"
            + (f" and {others} referencing column{'s' if others != 1 else ''}" if others else "")
            + " to bigint"
            + (f" costs {cost}" if cost else "")
        )
        evidence: dict[str, Any] = {
            "counter": counter,
            "maximum": maximum,
            "limit": _limit(column),
            "share": round(share, 4),
            "members": members_evidence(members),
        }
        if estimate is not None:
            evidence["storage"] = estimate
        return self.finding(
            table,
            (column.name,),
            message,
            severity=Severity.ERROR if share > CRITICAL else Severity.WARNING,
            evidence=evidence,
        )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        members = members_from(context, finding.evidence, _bigint, lambda c: c.default)
        if not members:
            return []
        key = members[0]
        return [
            ConvertKeyType(
                table=key.table,
                column=key.column,
                members=members,
                conversion="integer",
                foreign_keys=foreign_keys_between(context, members),
                reason=finding.message,
                estimated_rows=sum({member.table: member.rows or 0 for member in members}.values()),
            )
        ]


def _narrow_integer(table: Table, column: Column) -> bool:
    size = integer_bytes(column.type)
    return column.family == TypeFamily.INTEGER and size is not None and size < BIGINT_BYTES


def _limit(column: Column) -> int:
    size = integer_bytes(column.type) or BIGINT_BYTES
    return 2 ** (8 * size) - 1 if column.unsigned else 2 ** (8 * size - 1) - 1


def _bigint(column: Column) -> str:
    return "bigint unsigned" if column.unsigned else "bigint"
