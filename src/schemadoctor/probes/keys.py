"""Questions about key values, asked of the data: what a column holds (sampled, to tell a
UUID column from free text), which values break a pattern (over the whole table, with
samples), which values repeat (whole table, with samples), and how far an integer key has
got."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from schemadoctor.model.catalog import Table
from schemadoctor.probes._sql import Sql, fetch_all, fetch_one

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database


def sample_columns(
    connection: Connection, database: Database, table: Table, columns: Sequence[str], rows: int
) -> tuple[dict[str, list[Any]], bool]:
    """About `rows` rows of `columns` (spread over the table where the engine can sample by
    page), and whether that is a sample of a larger table. NULLs are left out."""
    sql = Sql(database)
    source, sampled = sql.sampled_from(table, "sd_s", rows)
    selected = ", ".join(sql.column("sd_s", column) for column in columns)
    found = fetch_all(connection, database, f"SELECT {selected} FROM {source} LIMIT {int(rows)}")
    values: dict[str, list[Any]] = {column: [] for column in columns}
    for row in found:
        for column, value in zip(columns, row, strict=True):
            if value is not None:
                values[column].append(value)
    return values, sampled


@dataclass(frozen=True)
class Mismatches:
    count: int
    samples: tuple[str, ...]


def uuid_mismatches(
    connection: Connection,
    database: Database,
    table: Table,
    column: str,
    pattern: str,
    limit: int = 5,
) -> Mismatches | None:
    """Non-NULL values of `column` that would not convert to the engine's UUID storage (they
    do not match `pattern`, or the engine refuses them), counted over the whole table, with up
    to `limit` of them; None where the engine cannot tell."""
    sql = Sql(database)
    value = sql.column("sd_v", column)
    test = database.adapter.uuid_mismatch(database.adapter.as_text(value), pattern)
    if test is None:
        return None
    source = f"{sql.table(table.name)} AS sd_v"
    where = f"{value} IS NOT NULL AND {test}"
    count = int(fetch_one(connection, database, f"SELECT count(*) FROM {source} WHERE {where}")[0])
    samples: tuple[str, ...] = ()
    if count:
        rows = fetch_all(
            connection, database, f"SELECT {value} FROM {source} WHERE {where} LIMIT {int(limit)}"
        )
        samples = tuple(str(row[0]) for row in rows)
    return Mismatches(count, samples)


@dataclass(frozen=True)
class Duplicates:
    groups: int
    """How many distinct keys occur more than once."""
    samples: tuple[tuple[tuple[Any, ...], int, tuple[str, ...]], ...]
    """Up to `limit` of them: the key, how many rows share it, and (when asked) the distinct
    spellings found under it."""


def duplicates(
    connection: Connection,
    database: Database,
    table: Table,
    keys: Sequence[str],
    limit: int = 5,
    spellings: str | None = None,
) -> Duplicates:
    """Keys (SQL expressions over alias `sd_d`) that more than one row shares, over the whole
    table; `spellings`: a column whose lowest and highest value under each key are returned
    too (two e-mails that differ only in case)."""
    sql = Sql(database)
    source = f"{sql.table(table.name)} AS sd_d"
    key_list = ", ".join(keys)
    where = sql.all_not_null(list(keys))
    extra = f", min({spellings}), max({spellings})" if spellings else ""
    grouped = (
        f"SELECT {key_list}, count(*) AS sd_n{extra} FROM {source} WHERE {where} "
        f"GROUP BY {key_list} HAVING count(*) > 1"
    )
    rows = fetch_all(connection, database, f"{grouped} ORDER BY sd_n DESC LIMIT {int(limit)}")
    if not rows:
        return Duplicates(0, ())
    groups = int(fetch_one(connection, database, f"SELECT count(*) FROM ({grouped}) AS sd_g")[0])
    samples = []
    width = len(keys)
    for row in rows:
        names = tuple(dict.fromkeys(str(v) for v in row[width + 1 :])) if spellings else ()
        samples.append((tuple(row[:width]), int(row[width]), names))
    return Duplicates(groups, tuple(samples))


def column_maximum(
    connection: Connection, database: Database, table: Table, column: str
) -> int | None:
    """The column's largest value (an index on a key makes this one lookup)."""
    sql = Sql(database)
    value = fetch_one(
        connection,
        database,
        f"SELECT max({sql.quote(column)}) FROM {sql.table(table.name)}",
    )[0]
    return int(value) if value is not None else None
