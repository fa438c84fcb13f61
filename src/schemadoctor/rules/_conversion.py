"""What the rules converting key types share: the storage a conversion saves (or costs),
measured before and estimated after, and the conversion's members read back from a finding."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from schemadoctor.model.catalog import Column, ForeignKey, TableName
from schemadoctor.model.changes import ConvertedColumn
from schemadoctor.model.storage import TableStorage, estimate_after, human_bytes
from schemadoctor.probes._sql import probe_connection
from schemadoctor.probes.storage import measure_storage
from schemadoctor.rules._key_graph import KeyGraph
from schemadoctor.rules.base import RuleContext

_CAST = re.compile(r"^\(?(.*?)\)?::(?:text|character varying(?:\(\d+\))?|varchar(?:\(\d+\))?)$")


def without_text_cast(default: str | None) -> str | None:
    """A default written for a text column (`(gen_random_uuid())::text`) as the expression
    it casts, so that it suits the native column."""
    if default is None:
        return None
    match = _CAST.match(default.strip())
    return match.group(1) if match else default


def storage_estimate(
    context: RuleContext, graph: KeyGraph, new_bytes: Callable[[Column], float | None]
) -> dict[str, Any] | None:
    """Each table of the graph as measured now and as estimated after the conversion
    (`new_bytes`: what a converted column will store per row), for the finding's evidence;
    None where the engine cannot measure."""
    database = context.database
    if database is None:
        return None
    by_table: dict[TableName, list[str]] = {}
    for table_name, column in graph.nodes:
        by_table.setdefault(table_name, []).append(column)
    before: list[TableStorage] = []
    after: list[TableStorage] = []
    with database.connect() as raw:
        connection = probe_connection(raw, database)
        for table_name, columns in by_table.items():
            table = context.catalog.table(table_name)
            if table is None:
                continue
            measured = measure_storage(connection, database, table, columns)
            if measured is None:
                return None
            sizes = {}
            for name in columns:
                column = table.column(name)
                size = new_bytes(column) if column is not None else None
                if size is not None:
                    sizes[name] = size
            before.append(measured)
            after.append(estimate_after(measured, sizes))
    totals = [sum(s.total_bytes or 0 for s in group) for group in (before, after)]
    return {
        "before": [storage.to_dict() for storage in before],
        "after": [storage.to_dict() for storage in after],
        "total_before": totals[0],
        "total_after": totals[1],
    }


def saving_words(storage: dict[str, Any] | None) -> str:
    """`about 12.3 MB of 40.1 MB saved` (or added), from a storage estimate."""
    if not storage:
        return ""
    before, after = storage["total_before"], storage["total_after"]
    if not before:
        return ""
    if after <= before:
        return f"about {human_bytes(before - after)} of {human_bytes(before)} saved (estimated)"
    return f"about {human_bytes(after - before)} more than {human_bytes(before)} (estimated)"


def members_evidence(members: Sequence[ConvertedColumn]) -> list[dict[str, Any]]:
    return [
        {
            "table": str(member.table),
            "schema": member.table.schema,
            "name": member.table.name,
            "column": member.column,
            "type": member.old_type,
            "role": member.role,
        }
        for member in members
    ]


def members_from(
    context: RuleContext,
    evidence: Any,
    new_type: Callable[[Column], str],
    new_default: Callable[[Column], str | None],
) -> tuple[ConvertedColumn, ...]:
    """A finding's members (see `members_evidence`) as a conversion's, from the catalog."""
    members = []
    for item in evidence.get("members") or ():
        table = context.catalog.table(TableName(item.get("schema"), str(item.get("name"))))
        column = table.column(str(item.get("column"))) if table is not None else None
        if table is None or column is None:
            raise ValueError(f"{item.get('table')}.{item.get('column')} is not in the catalog")
        members.append(
            ConvertedColumn(
                table=table.name,
                column=column.name,
                old_type=column.type,
                new_type=new_type(column),
                role=str(item.get("role") or "column"),
                nullable=column.nullable,
                old_default=column.default,
                new_default=new_default(column),
                rows=table.row_estimate,
            )
        )
    return tuple(members)


def foreign_keys_between(
    context: RuleContext, members: Sequence[ConvertedColumn]
) -> tuple[tuple[TableName, ForeignKey], ...]:
    """The declared foreign keys from a member column to another member column."""
    nodes = {(member.table, member.column) for member in members}
    found: dict[tuple[TableName, str | None], tuple[TableName, ForeignKey]] = {}
    for table_name in dict.fromkeys(member.table for member in members):
        table = context.catalog.table(table_name)
        if table is None:
            continue
        for foreign_key in table.foreign_keys:
            pairs = zip(foreign_key.columns, foreign_key.referred_columns, strict=False)
            if any(
                (table.name, child) in nodes and (foreign_key.referred_table, parent) in nodes
                for child, parent in pairs
            ):
                found.setdefault((table.name, foreign_key.name), (table.name, foreign_key))
    return tuple(found.values())
