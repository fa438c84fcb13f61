"""PostgreSQL reflection: five bulk catalog queries, whatever the number of tables.

Every non-system schema is read. A partitioned table appears once, its partitions hidden (their
indexes and statistics are folded into the parent's); views and extension-owned tables are left out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from schemadoctor.catalog.model import (
    Catalog,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    IndexElement,
    PrimaryKey,
    Table,
    TableName,
    TypeFamily,
    UniqueConstraint,
)
from schemadoctor.catalog.types import char_length, type_family

if TYPE_CHECKING:
    from schemadoctor.connect import Database

_RELATIONS = """
WITH rels AS (
    SELECT c.oid, n.nspname AS schema_name, c.relname AS table_name, c.relkind, c.reltuples
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p')
      AND NOT c.relispartition
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname !~ '^pg_(toast|temp_)'
      AND NOT EXISTS (
          SELECT 1 FROM pg_depend d
          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
)
"""

_TABLES = (
    _RELATIONS
    + """
SELECT r.oid, r.schema_name, r.table_name, r.relkind,
       CASE WHEN r.relkind = 'p' THEN (
                SELECT sum(greatest(coalesce(nullif(pc.reltuples, -1), s.n_live_tup), 0))
                FROM pg_partition_tree(r.oid) pt
                JOIN pg_class pc ON pc.oid = pt.relid
                LEFT JOIN pg_stat_user_tables s ON s.relid = pt.relid
                WHERE pt.isleaf)
            WHEN r.reltuples >= 0 THEN r.reltuples
            ELSE (SELECT s.n_live_tup FROM pg_stat_user_tables s WHERE s.relid = r.oid)
       END::bigint AS row_estimate
FROM rels r
ORDER BY r.schema_name, r.table_name
"""
)

_COLUMNS = (
    _RELATIONS
    + """
SELECT a.attrelid, a.attnum, a.attname,
       format_type(a.atttypid, a.atttypmod) AS declared_type,
       format_type(coalesce(nullif(t.typbasetype, 0), a.atttypid), a.atttypmod) AS base_type,
       t.typtype, t.typcategory,
       NOT a.attnotnull AS nullable,
       pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       a.attidentity, a.attgenerated
FROM pg_attribute a
JOIN rels r ON r.oid = a.attrelid
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
"""
)

_CONSTRAINTS = (
    _RELATIONS
    + """
SELECT con.conrelid, con.conname, con.contype, con.convalidated,
       array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
             ORDER BY k.ord) AS columns,
       fn.nspname AS referred_schema, fc.relname AS referred_table,
       array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
             ORDER BY k.ord) AS referred_columns,
       con.confdeltype, con.confupdtype,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid, true) END
           AS check_expr
FROM pg_constraint con
JOIN rels r ON r.oid = con.conrelid
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0
ORDER BY con.conrelid, con.conname
"""
)

_INDEXES = (
    _RELATIONS
    + """
SELECT i.indrelid, ic.relname AS index_name, i.indisunique, i.indisprimary, i.indisvalid,
       i.indnkeyatts, i.indnatts, i.indkey::int2[] AS keys, i.indoption::int2[] AS options,
       am.amname,
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       array(SELECT pg_get_indexdef(i.indexrelid, k, true)
             FROM generate_series(1, i.indnatts) k ORDER BY k) AS definitions,
       con.conname AS constraint_name,
       pg_get_indexdef(i.indexrelid) AS definition,
       CASE WHEN ic.relkind = 'I' THEN (
                SELECT sum(s.idx_scan) FROM pg_partition_tree(i.indexrelid) pt
                JOIN pg_stat_user_indexes s ON s.indexrelid = pt.relid)
            ELSE (SELECT s.idx_scan FROM pg_stat_user_indexes s WHERE s.indexrelid = i.indexrelid)
       END::bigint AS scans,
       CASE WHEN ic.relkind = 'I' THEN (
                SELECT sum(pg_relation_size(pt.relid)) FROM pg_partition_tree(i.indexrelid) pt)
            ELSE pg_relation_size(i.indexrelid)
       END::bigint AS size_bytes
FROM pg_index i
JOIN rels r ON r.oid = i.indrelid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_constraint con
       ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
      AND con.contype IN ('p', 'u', 'x')
ORDER BY i.indrelid, ic.relname
"""
)

_STATS = """
SELECT (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()),
       pg_postmaster_start_time()
"""

_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}


def reflect(connection: Connection, database: Database) -> Catalog:
    tables = _rows(connection, _TABLES)
    columns_by_table: dict[int, list[Column]] = defaultdict(list)
    attnames: dict[tuple[int, int], str] = {}
    for row in _rows(connection, _COLUMNS):
        attnames[(row["attrelid"], row["attnum"])] = row["attname"]
        columns_by_table[row["attrelid"]].append(_column(row))

    constraints: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in _rows(connection, _CONSTRAINTS):
        constraints[row["conrelid"]].append(row)

    indexes: dict[int, list[Index]] = defaultdict(list)
    for row in _rows(connection, _INDEXES):
        indexes[row["indrelid"]].append(_index(row, attnames))

    stats_reset, started = connection.exec_driver_sql(_STATS).one()
    result = []
    for row in tables:
        oid = row["oid"]
        result.append(_table(row, columns_by_table[oid], constraints[oid], indexes[oid]))
    return Catalog(
        dialect="postgresql",
        database=database.name,
        server_version=database.server_version,
        tables=tuple(result),
        stats_reset=stats_reset,
        # A crash discards statistics without setting stats_reset, so the only safe lower bound
        # for "how long have we been counting" is the later of the reset and the server start.
        stats_since=max(stats_reset, started) if stats_reset else started,
    )


def _rows(connection: Connection, sql: str) -> list[dict[str, Any]]:
    return [dict(row) for row in connection.exec_driver_sql(sql).mappings()]


def _column(row: dict[str, Any]) -> Column:
    declared: str = row["declared_type"]
    base: str = row["base_type"]
    if row["typcategory"] == "A":
        family = TypeFamily.ARRAY
    elif row["typtype"] == "e":
        family = TypeFamily.ENUM
    else:
        family = type_family(base)
    default = row["default_expr"]
    return Column(
        name=row["attname"],
        type=declared,
        family=family,
        nullable=row["nullable"],
        default=default,
        length=char_length(base),
        generated=row["attgenerated"] not in ("", None),
        identity=row["attidentity"] not in ("", None) or bool(default and "nextval(" in default),
    )


def _index(row: dict[str, Any], attnames: dict[tuple[int, int], str]) -> Index:
    keys: list[int] = row["keys"]
    options: list[int] = row["options"] or []
    definitions: list[str] = row["definitions"]
    key_count: int = row["indnkeyatts"]
    elements = []
    for position in range(key_count):
        attnum = keys[position]
        descending = bool(options[position] & 1) if position < len(options) else False
        if attnum:
            elements.append(IndexElement(attnames[(row["indrelid"], attnum)], None, descending))
        else:
            elements.append(IndexElement(None, definitions[position], descending))
    include = tuple(
        attnames.get((row["indrelid"], keys[position]), definitions[position])
        for position in range(key_count, row["indnatts"])
    )
    return Index(
        name=row["index_name"],
        elements=tuple(elements),
        unique=row["indisunique"],
        method=row["amname"],
        predicate=row["predicate"],
        include=include,
        valid=row["indisvalid"],
        constraint=row["constraint_name"],
        primary=row["indisprimary"],
        scans=row["scans"],
        size_bytes=row["size_bytes"],
        definition=row["definition"],
    )


def _table(
    row: dict[str, Any],
    columns: list[Column],
    constraints: list[dict[str, Any]],
    indexes: list[Index],
) -> Table:
    primary_key = None
    uniques: list[UniqueConstraint] = []
    foreign_keys: list[ForeignKey] = []
    checks: list[CheckConstraint] = []
    for con in constraints:
        columns_of = tuple(con["columns"])
        kind = con["contype"]
        if kind == "p":
            primary_key = PrimaryKey(con["conname"], columns_of)
        elif kind == "u":
            uniques.append(UniqueConstraint(con["conname"], columns_of))
        elif kind == "f":
            foreign_keys.append(
                ForeignKey(
                    name=con["conname"],
                    columns=columns_of,
                    referred_table=TableName(con["referred_schema"], con["referred_table"]),
                    referred_columns=tuple(con["referred_columns"]),
                    on_delete=_ACTIONS[con["confdeltype"]],
                    on_update=_ACTIONS[con["confupdtype"]],
                    valid=con["convalidated"],
                )
            )
        elif kind == "c":
            checks.append(CheckConstraint(con["conname"], con["check_expr"], con["convalidated"]))
    estimate = row["row_estimate"]
    return Table(
        name=TableName(row["schema_name"], row["table_name"]),
        columns=tuple(columns),
        primary_key=primary_key,
        unique_constraints=tuple(uniques),
        foreign_keys=tuple(foreign_keys),
        indexes=tuple(indexes),
        checks=tuple(checks),
        row_estimate=int(estimate) if estimate is not None else None,
        partitioned=row["relkind"] == "p",
    )
