"""Orphan counts: rows whose reference has no parent row, for declared and inferred keys.

One statement per reference counts its orphans in a single pass over the child table (an
anti-join on the parent's key), returning the smallest and largest orphan value on the way.
If that pass runs past the statement timeout, a bounded pass over the first `fallback_rows`
rows gives a lower bound instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from schemadoctor.model.catalog import Catalog, Table
from schemadoctor.model.links import Link
from schemadoctor.probes._sql import ProbeFailed, Sql, fetch_all, fetch_one, text_compared

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database

FALLBACK_ROWS = 100_000
ORPHAN_SAMPLES = 5


@dataclass(frozen=True)
class OrphanCount:
    link: Link
    orphans: int
    rows: int
    """Rows examined (estimated): the whole table when `exact`."""
    exact: bool
    samples: tuple[Any, ...] = ()


def count_orphans(
    connection: Connection,
    database: Database,
    catalog: Catalog,
    child: Table,
    links: Sequence[Link],
    *,
    fallback_rows: int = FALLBACK_ROWS,
) -> list[OrphanCount]:
    """Orphans of every link from `child`: one pass over the child per link, exact if it
    finishes in time, else a lower bound from the first `fallback_rows` rows."""
    sql = Sql(database)
    counts = []
    for link in links:
        cast = text_compared(catalog, link)
        try:
            row = fetch_one(connection, database, _count_sql(sql, child, link, cast, None))
            exact = True
        except ProbeFailed:
            row = fetch_one(connection, database, _count_sql(sql, child, link, cast, fallback_rows))
            exact = False
        orphans = int(row[0] or 0)
        samples = tuple(dict.fromkeys(value for value in row[1:] if value is not None))
        if orphans and len(link.columns) > 1:
            samples = _tuple_samples(connection, database, sql, child, link, cast)
        estimate = child.row_estimate or 0
        examined = estimate if exact else min(fallback_rows, estimate)
        counts.append(OrphanCount(link, orphans, examined, exact, samples))
    return counts


def _tuple_samples(
    connection: Connection, database: Database, sql: Sql, child: Table, link: Link, cast: bool
) -> tuple[Any, ...]:
    """A few orphan tuples of a composite reference (rare enough to afford a second look,
    which stops at the fifth orphan)."""
    statement = _count_sql(sql, child, link, cast, None).replace(
        "SELECT count(*), NULL, NULL FROM",
        "SELECT " + ", ".join(sql.column("sd_c", c) for c in link.columns) + " FROM",
        1,
    )
    try:
        rows = fetch_all(connection, database, f"{statement} LIMIT {ORPHAN_SAMPLES}")
    except ProbeFailed:
        return ()
    return tuple(sorted(list(row) for row in rows))


def _count_sql(sql: Sql, child: Table, link: Link, cast: bool, limit: int | None) -> str:
    """`SELECT count(*), min(col), max(col)` of the orphan rows: the smallest and largest
    orphan values come free with the count. An anti-join on the parent key: NOT EXISTS,
    which PostgreSQL and SQLite plan as a hash or index anti-join; NOT IN on MySQL/MariaDB,
    which materialize the parent keys into a hash lookup (much cheaper than their per-row
    index probe for NOT EXISTS)."""
    if limit is None:
        source = f"{sql.table(child.name)} AS sd_c"
    else:
        picked = ", ".join(sql.column("sd_t", column) for column in link.columns)
        source = (
            f"(SELECT {picked} FROM {sql.table(child.name)} AS sd_t LIMIT {int(limit)}) AS sd_c"
        )
    columns = [sql.column("sd_c", column) for column in link.columns]
    keys = [sql.column("sd_p", column) for column in link.referred_columns]
    parent = f"{sql.table(link.referred_table)} AS sd_p"
    if sql.adapter.anti_join_uses_not_in():
        left = [sql.as_text(c) if cast else c for c in columns]
        right = [sql.as_text(k) if cast else k for k in keys]
        tuple_left = left[0] if len(left) == 1 else f"({', '.join(left)})"
        missing = (
            f"{tuple_left} NOT IN (SELECT {', '.join(right)} FROM {parent} "
            f"WHERE {sql.all_not_null(keys)})"
        )
    else:
        missing = f"NOT EXISTS (SELECT 1 FROM {parent} WHERE {sql.equal(keys, columns, cast)})"
    ends = f"min({columns[0]}), max({columns[0]})" if len(columns) == 1 else "NULL, NULL"
    return f"SELECT count(*), {ends} FROM {source} WHERE {sql.all_not_null(columns)} AND {missing}"
