"""A reference between tables: these columns of one table hold the key of another. One type for
every place that speaks of one: declared and inferred foreign keys, the ON DELETE policy's
graph, impact trees, orphan and inclusion probes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schemadoctor.model.catalog import ForeignKey, TableName


@dataclass(frozen=True)
class Reference:
    """One end of a link: a table and some of its columns."""

    table: TableName
    columns: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"table": str(self.table), "columns": list(self.columns)}


@dataclass(frozen=True)
class Link:
    """`columns` of `table` refer to `referred_columns` of `referred_table`."""

    table: TableName
    columns: tuple[str, ...]
    referred_table: TableName
    referred_columns: tuple[str, ...]

    @classmethod
    def of(cls, table: TableName, foreign_key: ForeignKey) -> Link:
        return cls(
            table, foreign_key.columns, foreign_key.referred_table, foreign_key.referred_columns
        )

    @property
    def child(self) -> Reference:
        return Reference(self.table, self.columns)

    @property
    def parent(self) -> Reference:
        return Reference(self.referred_table, self.referred_columns)

    def __str__(self) -> str:
        return (
            f"{self.table}({', '.join(self.columns)}) -> "
            f"{self.referred_table}({', '.join(self.referred_columns)})"
        )
