"""Workload findings in the report contract: one `n-plus-one` (or `repeated-aggregate`) finding
per call site and repeated query, with the call site as `file:line` in its evidence."""

from __future__ import annotations

from collections import defaultdict

from schemadoctor.model.findings import Finding, Reference, sort_findings
from schemadoctor.workload.fixes import batched_sql, comment, index_sql, orm_lines
from schemadoctor.workload.nplusone import CONFIDENCE, Detection, Group
from schemadoctor.workload.rules import WORKLOAD_RULES
from schemadoctor.workload.schema_facts import SchemaFacts

_BASIS = {"high": "parameter values", "medium": "foreign key", "low": "repetition only"}


def nplusone_findings(
    detection: Detection, facts: SchemaFacts, dialect: str | None
) -> list[Finding]:
    merged: dict[tuple[str, str], list[Group]] = defaultdict(list)
    for group in detection.groups:
        merged[(group.site or group.unit, group.shape.fingerprint)].append(group)
    findings = [_finding(groups, facts, dialect) for groups in merged.values()]
    return sort_findings(findings)


def _finding(groups: list[Group], facts: SchemaFacts, dialect: str | None) -> Finding:
    worst = max(groups, key=lambda g: (CONFIDENCE[g.confidence], g.count))
    rule = WORKLOAD_RULES["repeated-aggregate" if worst.aggregate else "n-plus-one"]
    table = worst.table or "?"
    executions = sum(g.count for g in groups)
    times = [g.total_ms for g in groups if g.total_ms is not None]
    total_ms = sum(times) if times else None
    where = worst.site or f"unit {worst.unit}"
    units = len(groups)
    repeated = worst.shape.normalized
    parent = worst.parent_shape.normalized if worst.parent_shape is not None else None
    indexed = facts.indexed(table, worst.columns)
    columns = ", ".join(worst.columns)
    what = "COUNT/SUM" if worst.aggregate else "query"
    message = (
        f"{what} on {table}({columns}) ran {worst.count} times in one {worst.unit_kind or 'unit'}"
        f" from {where}"
    )
    if units > 1:
        message += f" (in {units} {worst.unit_kind or 'unit'}s, {executions} times in all)"
    if worst.parent_table:
        message += f", once per row of a query on {worst.parent_table}"
    if total_ms is not None:
        message += f"; {total_ms:.1f} ms in all"
    if indexed is False:
        message += f"; the repeated query has no index on {table}({columns})"
    evidence = {
        "site": worst.site,
        "function": worst.function,
        "unit": worst.unit,
        "unit_kind": worst.unit_kind,
        "count": worst.count,
        "executions": executions,
        "units": units,
        "total_ms": round(total_ms, 3) if total_ms is not None else None,
        "repeated_query": repeated,
        "parent_query": parent,
        "parent_site": worst.parent.site if worst.parent is not None else None,
        "confidence_basis": _BASIS[worst.confidence],
        "predicate_indexed": indexed,
        "fingerprint": worst.shape.fingerprint,
    }
    if worst.aggregate:
        evidence["queries_removed"] = executions - units
    if worst.link is not None:
        evidence["foreign_key"] = {
            "from": f"{worst.link.child}({', '.join(worst.link.child_columns)})",
            "to": f"{worst.link.parent}({', '.join(worst.link.parent_columns)})",
            "how": worst.link.how,
        }
    references = None
    if worst.parent_table:
        link = worst.link
        parent_columns = link.parent_columns if link and link.parent == worst.parent_table else ()
        references = Reference(facts.table_name(worst.parent_table), tuple(parent_columns))
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        table=facts.table_name(table),
        columns=worst.columns,
        message=message,
        references=references,
        confidence=CONFIDENCE[worst.confidence],
        evidence=evidence,
        fix=_fix(worst, facts, dialect, indexed),
        subject=worst.site or worst.shape.fingerprint,
    )


def _fix(group: Group, facts: SchemaFacts, dialect: str | None, indexed: bool | None) -> str:
    lines = []
    table = group.table or "?"
    if group.aggregate:
        lines.append(comment(f"one grouped query for all parents instead of {group.count}:"))
        lines.append(_grouped(group, dialect) or comment("group the aggregate by its key"))
    else:
        batched = batched_sql(group.shape, group.columns, dialect)
        lines.append(comment(f"one query for all {group.count} values instead of one per row:"))
        lines.append((batched + ";") if batched else comment("use IN (...) with all the values"))
    lines += orm_lines(table, group.link, group.aggregate)
    if indexed is False and group.columns:
        lines.append(comment("and index the predicate, which has no index:"))
        lines.append(index_sql(table, group.columns, dialect))
    return "\n".join(lines)


def _grouped(group: Group, dialect: str | None) -> str | None:
    """SELECT key, count(*) ... WHERE key IN (:ids) GROUP BY key."""
    from sqlglot import exp

    from schemadoctor.workload.fingerprint import sqlglot_dialect

    batched = batched_sql(group.shape, group.columns, dialect)
    if batched is None or not group.columns:
        return None
    import sqlglot

    try:
        tree = sqlglot.parse_one(batched.replace(":ids", "?"), read=sqlglot_dialect(dialect))
    except Exception:
        return None
    if not isinstance(tree, exp.Select):
        return None
    key = exp.column(group.columns[0])
    tree = tree.select(key, append=False).select(*group.shape.expression.expressions).group_by(key)
    text = tree.sql(dialect=sqlglot_dialect(dialect)).replace("%s", ":ids").replace("?", ":ids")
    return text + ";"


def rule_ids() -> list[str]:
    return list(WORKLOAD_RULES)
