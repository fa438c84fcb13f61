"""Inclusion: how many of a child column's values exist in a parent key, from a bounded sample.

One statement per child column (or column set) answers for every candidate parent at once:
it samples at most `sample_rows` rows of the child, takes their distinct values, and looks
each one up in every parent's key index (an anti-join on the key, so the cost is a few
thousand index probes whatever the size of the tables).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from schemadoctor.model.catalog import Catalog, Table, TypeFamily
from schemadoctor.model.links import Link
from schemadoctor.probes._sql import Sql, fetch_all, fetch_one, text_compared

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database

SAMPLE_ROWS = 20_000
_ORDERED = frozenset({TypeFamily.INTEGER, TypeFamily.DECIMAL})
ORPHAN_SAMPLES = 5


@dataclass(frozen=True)
class ColumnSample:
    rows: int
    """Rows read (all of the table unless `partial`)."""
    non_null: int
    distinct: int
    minimum: Any
    maximum: Any
    partial: bool
    """The rows read are a sample of a larger table."""

    @property
    def null_share(self) -> float | None:
        return None if self.rows == 0 else 1 - self.non_null / self.rows


@dataclass(frozen=True)
class Inclusion:
    link: Link
    missing: int
    """Distinct sampled values absent from the parent key."""
    orphan_rows: int
    """Sampled rows holding such a value."""
    parent_empty: bool
    parent_minimum: Any = None
    parent_maximum: Any = None
    samples: tuple[Any, ...] = ()

    def share(self, sample: ColumnSample) -> float | None:
        """Share of distinct child values found in the parent; None without values."""
        if sample.distinct == 0 or self.parent_empty:
            return None
        return (sample.distinct - self.missing) / sample.distinct

    def range_fits(self, sample: ColumnSample) -> bool | None:
        if None in (sample.minimum, self.parent_minimum, sample.maximum, self.parent_maximum):
            return None
        try:
            return bool(
                sample.minimum >= self.parent_minimum and sample.maximum <= self.parent_maximum
            )
        except TypeError:
            return None


def probe_inclusion(
    connection: Connection,
    database: Database,
    catalog: Catalog,
    child: Table,
    links: Sequence[Link],
    sample_rows: int = SAMPLE_ROWS,
) -> tuple[ColumnSample, list[Inclusion]]:
    """How the sampled values of the links' child columns (the same for every link) fall into
    each link's parent key."""
    sql = Sql(database)
    columns = links[0].columns
    with_clause, values, sampled = _sample_ctes(sql, child, columns, sample_rows)
    first = child.column(columns[0])
    # Ranges only where order means something (and min() exists: not for PostgreSQL uuid).
    single = len(columns) == 1 and first is not None and first.family in _ORDERED
    select = [
        "(SELECT count(*) FROM sd_sample)",
        f"(SELECT count(*) FROM sd_sample WHERE {sql.all_not_null(values)})",
        "(SELECT count(*) FROM sd_distinct)",
        f"(SELECT min({values[0]}) FROM sd_distinct)" if single else "NULL",
        f"(SELECT max({values[0]}) FROM sd_distinct)" if single else "NULL",
    ]
    casts = [text_compared(catalog, link) for link in links]
    for link, cast in zip(links, casts, strict=True):
        missing = _missing(sql, link, cast, values)
        keys = [sql.column("sd_p", column) for column in link.referred_columns]
        parent = sql.table(link.referred_table)
        select += [
            f"(SELECT count(*) FROM sd_distinct WHERE {missing})",
            f"(SELECT count(*) FROM sd_sample WHERE {sql.all_not_null(values)} AND {missing})",
            f"(SELECT count(*) FROM (SELECT 1 AS one FROM {parent} LIMIT 1) AS sd_any)",
            f"(SELECT min({keys[0]}) FROM {parent} AS sd_p)" if single else "NULL",
            f"(SELECT max({keys[0]}) FROM {parent} AS sd_p)" if single else "NULL",
        ]
    row = fetch_one(connection, database, f"{with_clause} SELECT {', '.join(select)}")
    sample = ColumnSample(
        rows=int(row[0]),
        non_null=int(row[1]),
        distinct=int(row[2]),
        minimum=row[3],
        maximum=row[4],
        partial=sampled or int(row[0]) >= sample_rows,
    )
    results = []
    for number, link in enumerate(links):
        base = 5 + 5 * number
        results.append(
            Inclusion(
                link=link,
                missing=int(row[base]),
                orphan_rows=int(row[base + 1]),
                parent_empty=int(row[base + 2]) == 0,
                parent_minimum=row[base + 3],
                parent_maximum=row[base + 4],
            )
        )
    return sample, [
        _with_samples(connection, database, sql, with_clause, values, result, cast)
        for result, cast in zip(results, casts, strict=True)
    ]


def _sample_ctes(
    sql: Sql, child: Table, columns: tuple[str, ...], sample_rows: int
) -> tuple[str, list[str], bool]:
    source, sampled = sql.sampled_from(child, "sd_c", sample_rows)
    values = [f"sd_v{number}" for number in range(len(columns))]
    picked = ", ".join(
        f"{sql.column('sd_c', column)} AS {value}"
        for column, value in zip(columns, values, strict=True)
    )
    sample = sql.cte("sd_sample", f"SELECT {picked} FROM {source} LIMIT {int(sample_rows)}")
    distinct = sql.cte(
        "sd_distinct",
        f"SELECT DISTINCT {', '.join(values)} FROM sd_sample WHERE {sql.all_not_null(values)}",
    )
    return f"WITH {sample}, {distinct}", values, sampled


def _missing(sql: Sql, link: Link, cast: bool, values: list[str]) -> str:
    keys = [sql.column("sd_p", column) for column in link.referred_columns]
    return (
        f"NOT EXISTS (SELECT 1 FROM {sql.table(link.referred_table)} AS sd_p "
        f"WHERE {sql.equal(keys, values, cast)})"
    )


def _with_samples(
    connection: Connection,
    database: Database,
    sql: Sql,
    with_clause: str,
    values: list[str],
    result: Inclusion,
    cast: bool,
) -> Inclusion:
    if result.missing == 0 or result.parent_empty:
        return result
    order = ", ".join(str(number + 1) for number in range(len(values)))
    rows = fetch_all(
        connection,
        database,
        f"{with_clause} SELECT {', '.join(values)} FROM sd_distinct "
        f"WHERE {_missing(sql, result.link, cast, values)} ORDER BY {order} LIMIT {ORPHAN_SAMPLES}",
    )
    samples = tuple(row[0] if len(values) == 1 else list(row) for row in rows)
    return Inclusion(
        result.link,
        result.missing,
        result.orphan_rows,
        result.parent_empty,
        result.parent_minimum,
        result.parent_maximum,
        samples,
    )
