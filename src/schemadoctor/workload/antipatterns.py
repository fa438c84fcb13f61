"""Query anti-patterns read from the same workload, one rule each (ids in `rules.py`):
unbounded SELECTs on large tables in request paths, leading-wildcard LIKE, functions on indexed
columns without an expression index, implicit casts in joins. (Repeated COUNT/SUM per parent
comes out of N+1 detection as `repeated-aggregate`.)"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from sqlglot import exp

from schemadoctor.model.catalog import TypeFamily
from schemadoctor.model.findings import Finding, Reference
from schemadoctor.workload.fingerprint import (
    Fingerprinter,
    Shape,
    UnparsableStatement,
    sqlglot_dialect,
)
from schemadoctor.workload.fixes import adapter_for
from schemadoctor.workload.model import Execution, Workload
from schemadoctor.workload.rules import DEFAULT_LARGE_ROWS, WORKLOAD_RULES
from schemadoctor.workload.schema_facts import SchemaFacts

_FUNCTIONS = (exp.Lower, exp.Upper, exp.Trim, exp.Date, exp.Substring, exp.Coalesce, exp.Abs)
_COMPARISONS = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.In, exp.Like, exp.ILike)
# Families an engine compares without casting the indexed side away. Integer against
# numeric is not one: PostgreSQL casts the integer column to numeric.
_COMPATIBLE = {frozenset({TypeFamily.DATE, TypeFamily.DATETIME})}


def antipattern_findings(
    workload: Workload,
    facts: SchemaFacts,
    *,
    large_rows: int = DEFAULT_LARGE_ROWS,
) -> list[Finding]:
    parser = Fingerprinter(workload.dialect)
    runs: dict[str, list[Execution]] = defaultdict(list)
    shapes: dict[str, Shape] = {}
    for execution in workload.executions:
        try:
            shape = parser.shape(execution.sql)
        except UnparsableStatement:
            continue
        shapes.setdefault(shape.fingerprint, shape)
        runs[shape.fingerprint].append(execution)
    for statement in workload.statements:
        if statement.fingerprint not in shapes:
            try:
                shapes[statement.fingerprint] = parser.shape(statement.sql)
            except UnparsableStatement:
                continue
    in_requests = any(e.unit_kind == "request" for e in workload.executions)
    findings: list[Finding] = []
    for fingerprint, shape in shapes.items():
        if shape.kind != "select":
            continue
        executions = runs.get(fingerprint, [])
        if not in_requests or any(e.unit_kind == "request" for e in executions):
            findings += _unbounded(shape, executions, facts, large_rows, in_requests)
        findings += _leading_wildcard(shape, executions, parser, facts, workload.dialect)
        findings += _function_on_column(shape, facts, workload.dialect)
        findings += _implicit_cast(shape, facts)
    return findings


def _finding(
    rule_id: str,
    facts: SchemaFacts,
    table: str,
    columns: tuple[str, ...],
    message: str,
    shape: Shape,
    executions: list[Execution],
    **extra: object,
) -> Finding:
    rule = WORKLOAD_RULES[rule_id]
    sites = sorted({e.site for e in executions if e.site})
    evidence = {"query": shape.normalized, "calls": len(executions) or None, "sites": sites[:5]}
    if sites:
        evidence["site"] = sites[0]
    evidence.update(extra.pop("evidence", {}))  # type: ignore[arg-type]
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        table=facts.table_name(table),
        columns=columns,
        message=message + (f" (at {sites[0]})" if sites else ""),
        evidence=evidence,
        subject=shape.fingerprint,
        **extra,  # type: ignore[arg-type]
    )


def _unbounded(
    shape: Shape,
    executions: list[Execution],
    facts: SchemaFacts,
    large_rows: int,
    in_requests: bool,
) -> Iterator[Finding]:
    tree = shape.expression
    if shape.limit or shape.aggregate_only or not isinstance(tree, exp.Select):
        return
    if tree.args.get("group") or any(
        isinstance(e.unalias(), exp.AggFunc) for e in tree.expressions
    ):
        return
    source = tree.args.get("from_") or tree.args.get("from")
    table_node = source.this if source is not None else None
    if not isinstance(table_node, exp.Table):
        return
    table = table_node.name
    found = facts.table(table)
    eq_columns = {slot.column for slot in shape.slots if slot.role in ("eq", "in") and slot.column}
    if found is not None and any(set(key) <= eq_columns for key in found.unique_keys):
        return  # a lookup by key returns one row
    returned = max((e.rows or 0 for e in executions), default=0)
    estimate = facts.rows(table)
    size = max(returned, estimate or 0)
    if size < large_rows:
        return
    where = "a request" if in_requests else "the workload"
    yield _finding(
        "unbounded-select",
        facts,
        table,
        (),
        f"SELECT on {table} ({size:,} rows) without LIMIT in {where}",
        shape,
        executions,
        evidence={"rows": size, "rows_returned_max": returned or None},
        fix="-- page it: add ORDER BY <key> LIMIT <n> and continue from the last key (keyset "
        "pagination), or select only what the request shows",
    )


def _leading_wildcard(
    shape: Shape,
    executions: list[Execution],
    parser: Fingerprinter,
    facts: SchemaFacts,
    dialect: str | None,
) -> Iterator[Finding]:
    for index, slot in enumerate(shape.slots):
        if slot.role != "like" or not slot.column:
            continue
        patterns: list[object] = []
        for execution in executions[:200] or []:
            patterns.append(parser.values(execution.sql, shape, execution.params)[index])
        if not executions and slot.key is None:
            patterns.append(slot.literal)
        if not any(isinstance(p, str) and p.startswith("%") for p in patterns):
            continue
        table = slot.table or (shape.tables[0] if shape.tables else "?")
        yield _finding(
            "leading-wildcard-like",
            facts,
            table,
            (slot.column,),
            f"LIKE with a leading wildcard on {table}.{slot.column} reads every row",
            shape,
            executions,
            fix=_trigram_fix(table, slot.column, facts, dialect),
        )


def _trigram_fix(table: str, column: str, facts: SchemaFacts, dialect: str | None) -> str:
    extensions = facts.extensions if facts.catalog is not None else None
    return adapter_for(dialect).substring_search_fix(facts.table_name(table), column, extensions)


def _function_on_column(shape: Shape, facts: SchemaFacts, dialect: str | None) -> Iterator[Finding]:
    aliases = {t.alias_or_name: t.name for t in shape.expression.find_all(exp.Table)}
    single = next(iter(set(aliases.values()))) if len(set(aliases.values())) == 1 else None
    seen: set[str] = set()
    read = sqlglot_dialect(dialect)
    for comparison in shape.expression.find_all(*_COMPARISONS):
        for side in (comparison.this, comparison.args.get("expression")):
            if not isinstance(side, _FUNCTIONS):
                continue
            column = side.find(exp.Column)
            if column is None:
                continue
            table = aliases.get(column.table, column.table) if column.table else single
            if not table:
                continue
            text = exp.func(side.key, exp.column(column.name)) if False else side.copy()
            for node in text.find_all(exp.Column):
                node.set("table", None)
            expression = text.sql(dialect=read)
            if expression in seen or _has_expression_index(facts, table, column.name, side):
                continue
            seen.add(expression)
            found = facts.table(table)
            if found is None and facts.catalog is not None:
                continue
            plain = facts.indexed(table, (column.name,))
            if facts.catalog is not None and not plain:
                continue  # no index for the function to defeat: the missing index is the issue
            note = (
                f"; its index on {column.name} cannot be used"
                if plain
                else " (no catalog given: index not checked)"
            )
            fix = adapter_for(dialect).expression_index_fix(
                facts.table_name(table), f"{table}_{column.name}_expr_idx"[:60], expression
            )
            yield Finding(
                rule="function-on-indexed-column",
                severity=WORKLOAD_RULES["function-on-indexed-column"].severity,
                table=facts.table_name(table),
                columns=(column.name,),
                message=f"{expression} in a predicate on {table} has no expression index{note}",
                evidence={
                    "query": shape.normalized,
                    "expression": expression,
                    "column_indexed": plain,
                },
                fix=fix,
                subject=expression,
                confidence=1.0 if plain else 0.6,
            )


def _has_expression_index(
    facts: SchemaFacts, table: str, column: str, function: exp.Expression
) -> bool:
    found = facts.table(table)
    if found is None:
        return False
    name = function.key.lower()
    for index in found.indexes:
        for element in index.elements:
            text = re.sub(r"[\s\"`()]", "", (element.expression or "").lower())
            if element.column is None and name in text and column.lower() in text:
                return True
    return False


def _implicit_cast(shape: Shape, facts: SchemaFacts) -> Iterator[Finding]:
    if facts.catalog is None:
        return
    aliases = {t.alias_or_name: t.name for t in shape.expression.find_all(exp.Table)}
    for equality in shape.expression.find_all(exp.EQ):
        left, right = equality.left, equality.right
        if not (isinstance(left, exp.Column) and isinstance(right, exp.Column)):
            continue
        if not (left.table and right.table):
            continue
        a_table, b_table = (
            aliases.get(left.table, left.table),
            aliases.get(right.table, right.table),
        )
        a, b = facts.column(a_table, left.name), facts.column(b_table, right.name)
        if a is None or b is None or a.family == b.family:
            continue
        if frozenset({a.family, b.family}) in _COMPATIBLE:
            continue
        yield Finding(
            rule="implicit-cast-join",
            severity=WORKLOAD_RULES["implicit-cast-join"].severity,
            table=facts.table_name(a_table),
            columns=(left.name,),
            message=(
                f"join compares {a_table}.{left.name} ({a.type}) with {b_table}.{right.name} "
                f"({b.type}): one side is cast on every row and its index is not used"
            ),
            references=Reference(facts.table_name(b_table), (right.name,)),
            evidence={"query": shape.normalized, "left_type": a.type, "right_type": b.type},
            fix=(
                f"-- make {a_table}.{left.name} and {b_table}.{right.name} the same type "
                "(schemadoctor plan --rules foreign-key-type-mismatch does it for foreign keys)"
            ),
            subject=shape.fingerprint,
        )
