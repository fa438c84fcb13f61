from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from schemadoctor.engines.types import UUID_PATTERN, UUID_PATTERN_ANY_CASE
from schemadoctor.model.catalog import Column, Table, TableName, TypeFamily
from schemadoctor.model.changes import Change, ConvertKeyType
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.probes._sql import ProbeFailed, probe_connection
from schemadoctor.probes.keys import sample_columns, uuid_mismatches
from schemadoctor.rules import register
from schemadoctor.rules._conversion import (
    foreign_keys_between,
    members_evidence,
    members_from,
    saving_words,
    storage_estimate,
    without_text_cast,
)
from schemadoctor.rules._key_graph import KeyGraph, components, converted, references
from schemadoctor.rules.base import Example, Rule, RuleContext
from schemadoctor.rules.options import option

_CANONICAL = re.compile(UUID_PATTERN)
_ANY_CASE = re.compile(UUID_PATTERN_ANY_CASE)
SAMPLES = 5
"""Values shown when some do not parse."""


@register
class UuidAsText(Rule):
    id = "uuid-as-text"
    severity = Severity.WARNING
    rationale = (
        "A UUID kept as text takes 36 bytes or more in every row and every index entry where a "
        "native type takes 16, compares as a string, and accepts any text; its references "
        "carry the same cost."
    )
    finds = (
        "text columns whose values are all UUIDs (sampled in check, verified over the whole "
        "table in plan), with every column referencing them, declared or inferred; values "
        "that are not UUIDs are shown and block the fix"
    )
    fixes = (
        "the key and all its references converted together (PostgreSQL `uuid`; MariaDB 10.7+ "
        "`UUID`; MySQL `BINARY(16)` through `UUID_TO_BIN`); online on big PostgreSQL tables"
    )
    engines_note = "PostgreSQL, MySQL/MariaDB; SQLite: reported only (no UUID type to convert to)"
    severity_note = "warning; the saving is measured (bytes per row, table and index sizes)"
    needs_data = True
    example = Example(
        bad=(
            "CREATE TABLE customers (id varchar(36) PRIMARY KEY);\nCREATE TABLE orders "
            "(id bigint PRIMARY KEY,\n  customer_id varchar(36) REFERENCES customers (id));"
        ),
        good=(
            "CREATE TABLE customers (id uuid PRIMARY KEY);\nCREATE TABLE orders (id bigint "
            "PRIMARY KEY,\n  customer_id uuid REFERENCES customers (id));"
        ),
    )

    @dataclass(frozen=True)
    class Options:
        sample_rows: int = option(1000, "rows sampled per table in check", minimum=10)
        min_share: float = option(
            0.9,
            "a column is reported when at least this share of its sampled values are UUIDs "
            "(the others are shown and block the fix)",
            minimum=0.5,
            maximum=1.0,
        )
        accept_upper_case: bool = option(
            False,
            "convert UUIDs written in upper case too (they read back in lower case, so "
            "comparisons with the old text change)",
        )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        database = context.database
        if database is None:
            return
        options = context.options
        samples: dict[tuple[TableName, str], list[str]] = {}
        with database.connect() as raw:
            connection = probe_connection(raw, database)
            for table in context.catalog:
                if context.run.is_own(table.name):
                    continue
                columns = [column.name for column in table.columns if _candidate(column)]
                if not columns:
                    continue
                try:
                    values, _ = sample_columns(
                        connection, database, table, columns, options.sample_rows
                    )
                except ProbeFailed:
                    continue
                for name, found in values.items():
                    samples[(table.name, name)] = [str(value) for value in found]
        holding = {node for node, values in samples.items() if _share(values) >= options.min_share}
        empty = {node for node, values in samples.items() if not values}

        def wanted(table: Table, column: Column) -> bool:
            node = (table.name, column.name)
            return node in holding or node in empty

        storage = context.adapter.uuid_storage()
        for graph in components(context.run, references(context.run), wanted):
            if not any(node in holding for node in graph.nodes):
                continue
            yield self._finding(context, graph, samples, storage)

    def _finding(
        self,
        context: RuleContext,
        graph: KeyGraph,
        samples: dict[tuple[TableName, str], list[str]],
        storage: Any,
    ) -> Finding:
        options = context.options
        accepted = _ANY_CASE if options.accept_upper_case else _CANONICAL
        bad: list[str] = []
        upper: list[str] = []
        for node in graph.nodes:
            for value in samples.get(node, []):
                if _ANY_CASE.match(value) is None:
                    bad.append(value)
                elif accepted.match(value) is None:
                    upper.append(value)
        members = converted(
            context.run,
            graph,
            lambda column: storage.type if storage else column.type,
            lambda column: _default(storage, column),
        )
        table = context.catalog.table(graph.root[0])
        assert table is not None
        key = members[0]
        estimate = (
            storage_estimate(context, graph, lambda column: float(storage.bytes))
            if storage is not None
            else None
        )
        declared = sum(member.role == "declared" for member in members)
        inferred = sum(member.role == "inferred" for member in members)
        parts = [
            f"{table.name}.{key.column} holds UUIDs as {key.old_type}"
            + (f" ({_referencing(declared, inferred)})" if declared or inferred else "")
        ]
        if storage is not None:
            saving = saving_words(estimate)
            parts.append(
                f"as {storage.type} they take 16 bytes" + (f": {saving}" if saving else "")
            )
            if storage.note:
                parts.append(storage.note)
            if not storage.reads_as_text:
                parts.append(
                    "the application must then read and write them through "
                    + storage.from_text.split("(")[0]
                    + "/"
                    + storage.to_text.split("(")[0]
                )
        else:
            parts.append(f"reported only: {context.adapter.no_uuid_storage}")
        blocked = ""
        if bad:
            blocked = f"{len(bad)} sampled value{'s are' if len(bad) > 1 else ' is'} not a UUID"
            parts.append(f"{blocked} ({_shown(bad)}): they block the conversion")
        if upper:
            parts.append(
                f"{len(upper)} sampled value{'s are' if len(upper) > 1 else ' is'} in upper "
                f"case ({_shown(upper)}): they would read back in lower case, which blocks "
                "the conversion unless accept_upper_case is set"
            )
        evidence: dict[str, Any] = {
            "members": members_evidence(members),
            "sampled": {f"{node[0]}.{node[1]}": len(samples.get(node, [])) for node in graph.nodes},
            "non_uuid_samples": bad[:SAMPLES],
            "upper_case_samples": upper[:SAMPLES],
            "target_type": storage.type if storage is not None else None,
        }
        if estimate is not None:
            evidence["storage"] = estimate
        return self.finding(
            table,
            (key.column,),
            "; ".join(parts),
            evidence=evidence,
        )

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        storage = context.adapter.uuid_storage()
        if storage is None:
            return []  # reported only; the finding says why
        evidence = finding.evidence
        samples = [*evidence.get("non_uuid_samples", []), *evidence.get("upper_case_samples", [])]
        if samples:
            raise ValueError(
                f"values that are not canonical UUIDs block the conversion ({_shown(samples)})"
            )
        members = members_from(
            context, evidence, lambda column: storage.type, lambda c: _default(storage, c)
        )
        if not members:
            return []
        if context.run.settings.exhaustive:
            self._verify_whole_tables(context, members)
        key = members[0]
        change = ConvertKeyType(
            table=key.table,
            column=key.column,
            members=members,
            conversion="text-to-uuid",
            foreign_keys=foreign_keys_between(context, members),
            reason=finding.message,
            estimated_rows=sum({member.table: member.rows or 0 for member in members}.values()),
        )
        return [change]

    def _verify_whole_tables(self, context: RuleContext, members: Iterable[Any]) -> None:
        """Every value of every member over its whole table, before a migration relies on
        them: a value that does not parse (or, unless accepted, is in upper case) blocks."""
        database = context.database
        if database is None:
            return
        pattern = UUID_PATTERN_ANY_CASE if context.options.accept_upper_case else UUID_PATTERN
        with database.connect() as raw:
            connection = probe_connection(raw, database)
            for member in members:
                table = context.catalog.table(member.table)
                if table is None:
                    continue
                try:
                    found = uuid_mismatches(
                        connection, database, table, member.column, pattern, SAMPLES
                    )
                except ProbeFailed as exc:
                    raise ValueError(
                        f"could not verify {member.table}.{member.column} over the whole "
                        f"table ({exc}); the conversion waits for that check"
                    ) from None
                if found is not None and found.count:
                    several = found.count != 1
                    raise ValueError(
                        f"{found.count:,} value{'s' if several else ''} of "
                        f"{member.table}.{member.column} do{'' if several else 'es'} not "
                        f"convert to {member.new_type} ({_shown(list(found.samples))}): "
                        f"{'they block' if several else 'it blocks'} the conversion"
                    )


def _candidate(column: Column) -> bool:
    """Text that could hold a UUID's 32 digits: not a short code, not generated."""
    if column.family != TypeFamily.TEXT or column.generated:
        return False
    return column.length is None or column.length >= 32


def _share(values: list[str]) -> float:
    if not values:
        return 0.0
    return sum(_ANY_CASE.match(value) is not None for value in values) / len(values)


def _shown(values: list[str]) -> str:
    shown = ", ".join(repr(value[:40]) for value in values[:SAMPLES])
    return shown + (", ..." if len(values) > SAMPLES else "")


def _referencing(declared: int, inferred: int) -> str:
    parts = []
    if declared:
        parts.append(f"{declared} declared")
    if inferred:
        parts.append(f"{inferred} inferred")
    total = declared + inferred
    return f"with {' and '.join(parts)} reference{'s' if total != 1 else ''}"


def _default(storage: Any, column: Column) -> str | None:
    default = without_text_cast(column.default)
    if default is None or storage is None or storage.reads_as_text:
        return default
    return "(" + storage.from_text.format(value=default) + ")"
