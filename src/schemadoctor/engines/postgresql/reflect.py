"""PostgreSQL reflection: five bulk catalog queries, whatever the number of tables.

Every non-system schema is read. A partitioned table appears once, its partitions hidden (their
indexes and statistics are folded into the parent's); views and extension-owned tables are left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from schemadoctor.model.catalog import (
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
from schemadoctor.model.types import char_length, type_family

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database

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
       -- reltuples is -1 until the first VACUUM or ANALYZE; the live-tuple counter fills in.
       CASE WHEN r.relkind = 'p' THEN (
                SELECT sum(greatest(coalesce(nullif(pc.reltuples, -1),
                                             pg_stat_get_live_tuples(pt.relid)), 0))
                FROM pg_partition_tree(r.oid) pt
                JOIN pg_class pc ON pc.oid = pt.relid
                WHERE pt.isleaf)
            WHEN r.reltuples >= 0 THEN r.reltuples
            ELSE pg_stat_get_live_tuples(r.oid)
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
       -- A domain keeps its base type's modifier (varchar length) in typtypmod.
       format_type(coalesce(bt.oid, t.oid),
                   CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END) AS base_type,
       coalesce(bt.typtype, t.typtype) AS typtype,
       coalesce(bt.typcategory, t.typcategory) AS typcategory,
       NOT a.attnotnull AS nullable,
       pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       a.attidentity, a.attgenerated, a.attcollation AS collation_oid,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname END
           AS collation
FROM pg_attribute a
JOIN rels r ON r.oid = a.attrelid
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
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
    + """,
-- Which foreign keys rely on each unique index, aggregated once (pg_constraint has no index
-- on conindid: a per-index subquery would scan it once per index).
fk_refs AS (
    SELECT conindid, array_agg(conname ORDER BY conname) AS names
    FROM pg_constraint
    WHERE contype = 'f' AND conparentid = 0
    GROUP BY conindid
)
SELECT i.indrelid, ic.relname AS index_name, ic.relkind, i.indisunique, i.indisprimary,
       i.indisvalid, i.indisready, i.indnkeyatts, i.indnatts,
       i.indkey::int2[] AS keys, i.indoption::int2[] AS options,
       i.indclass::oid[] AS opclasses, i.indcollation::oid[] AS collations,
       am.amname,
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       CASE WHEN 0 = ANY (i.indkey::int2[]) THEN
           array(SELECT pg_get_indexdef(i.indexrelid, k, true)
                 FROM generate_series(1, i.indnatts) k ORDER BY k)
       END AS definitions,
       fk_refs.names AS referenced_by,
       con.conname AS constraint_name,
       pg_get_indexdef(i.indexrelid) AS definition,
       -- The statistics views' own functions, without the views' joins.
       CASE WHEN ic.relkind = 'I' THEN (
                SELECT sum(pg_stat_get_numscans(pt.relid))
                FROM pg_partition_tree(i.indexrelid) pt WHERE pt.isleaf)
            ELSE pg_stat_get_numscans(i.indexrelid)
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
LEFT JOIN fk_refs ON fk_refs.conindid = i.indexrelid
ORDER BY i.indrelid, ic.relname
"""
)

# Operator classes other than their type's default, and collation names, by oid: small tables
# read whole, so index keys are described without a lookup per key.
_OPCLASSES = "SELECT oid, opcname FROM pg_opclass WHERE NOT opcdefault"
_COLLATIONS = "SELECT oid, collname FROM pg_collation"

_STATS = """
SELECT (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()),
       pg_postmaster_start_time()
"""

_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}


def reflect(connection: Connection, database: Database) -> Catalog:
    # Catalog queries are short; compiling them with JIT costs more than it could ever save.
    connection.exec_driver_sql("SET LOCAL jit = off")
    tables = _rows(connection, _TABLES)
    columns_by_table: dict[int, list[Column]] = defaultdict(list)
    attributes: dict[tuple[int, int], tuple[str, int]] = {}
    for row in _rows(connection, _COLUMNS):
        attributes[(row["attrelid"], row["attnum"])] = (row["attname"], row["collation_oid"])
        columns_by_table[row["attrelid"]].append(_column(row))
    names = _KeyNames(
        opclasses={oid: name for oid, name in connection.exec_driver_sql(_OPCLASSES)},
        collations={oid: name for oid, name in connection.exec_driver_sql(_COLLATIONS)},
        attributes=attributes,
    )

    constraints: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in _rows(connection, _CONSTRAINTS):
        constraints[row["conrelid"]].append(row)

    indexes: dict[int, list[Index]] = defaultdict(list)
    for row in _rows(connection, _INDEXES):
        indexes[row["indrelid"]].append(_index(row, names))

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
    result = connection.exec_driver_sql(sql)
    names = list(result.keys())
    # One zip per row: a RowMapping per row costs several times as much on a large catalog.
    return [dict(zip(names, row, strict=True)) for row in result]


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
    generated = row["attgenerated"] not in ("", None)
    return Column(
        name=row["attname"],
        type=declared,
        family=family,
        nullable=row["nullable"],
        # PostgreSQL keeps a generation expression where defaults live; it is not a default.
        default=None if generated else default,
        length=char_length(base),
        generated=generated,
        identity=row["attidentity"] not in ("", None) or bool(default and "nextval(" in default),
        expression=default if generated else None,
        collation=row["collation"],
    )


@dataclass(frozen=True)
class _KeyNames:
    opclasses: dict[int, str]
    """Non-default operator classes by oid."""
    collations: dict[int, str]
    attributes: dict[tuple[int, int], tuple[str, int]]
    """(table oid, attnum) -> (column name, collation oid)."""

    def collation(self, table: int, attnum: int, collation: int) -> str | None:
        """The key's collation when it is not the one the column (or, for an expression,
        the database default) would give it."""
        expected = self.attributes[(table, attnum)][1] if attnum else _DEFAULT_COLLATION
        if collation in (0, expected):
            return None
        return self.collations.get(collation)


_DEFAULT_COLLATION = 100


def _index(row: dict[str, Any], names: _KeyNames) -> Index:
    table: int = row["indrelid"]
    keys: list[int] = row["keys"]
    options: list[int] = row["options"] or []
    definitions: list[str] = row["definitions"] or []
    opclasses: list[int] = row["opclasses"] or []
    collations: list[int] = row["collations"] or []
    key_count: int = row["indnkeyatts"]
    elements = []
    for position in range(key_count):
        attnum = keys[position]
        option = options[position] if position < len(options) else 0
        descending, nulls_first = bool(option & 1), bool(option & 2)
        collation = collations[position] if position < len(collations) else 0
        elements.append(
            IndexElement(
                column=names.attributes[(table, attnum)][0] if attnum else None,
                expression=None if attnum else _unwrapped(definitions[position]),
                descending=descending,
                # NULLs come last ascending and first descending unless told otherwise.
                nulls=("FIRST" if nulls_first else "LAST") if nulls_first != descending else None,
                opclass=names.opclasses.get(opclasses[position])
                if position < len(opclasses)
                else None,
                collation=names.collation(table, attnum, collation),
            )
        )
    definition: str = row["definition"]
    if row["relkind"] == "I":
        # PostgreSQL prints a partitioned index as `ON ONLY parent`, which would build an
        # index on the parent alone; re-created, it must cascade to the partitions.
        definition = definition.replace(" ON ONLY ", " ON ", 1)
    include = tuple(
        names.attributes[(table, keys[position])][0]
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
        ready=row["indisready"],
        referenced_by=tuple(row["referenced_by"] or ()),
        constraint=row["constraint_name"],
        primary=row["indisprimary"],
        scans=row["scans"],
        size_bytes=row["size_bytes"],
        definition=definition,
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


def _unwrapped(expression: str) -> str:
    """PostgreSQL prints an index expression that is not a function call in parentheses;
    without them it reads like any other expression (the key text adds them back)."""
    if expression.startswith("(") and expression.endswith(")"):
        depth = 0
        for position, char in enumerate(expression):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0 and position < len(expression) - 1:
                return expression  # `(a) + (b)`: the first parenthesis closes early
        return expression[1:-1]
    return expression
