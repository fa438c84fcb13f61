"""What a table takes on disk, as measured (or estimated) around a type conversion: rows, the
table's own size, each index's size, and the average bytes per row of the converted columns.

`plan` estimates the sizes after a conversion (`estimate_after`); `apply` measures them before
and after; both are shown side by side (`storage_lines`), so a claimed saving is a figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from schemadoctor.model.catalog import TableName


@dataclass(frozen=True)
class IndexSize:
    name: str
    bytes: int | None
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableStorage:
    table: TableName
    rows: int | None
    table_bytes: int | None
    """The table's own data (PostgreSQL: heap and TOAST; InnoDB: the clustered index)."""
    indexes: tuple[IndexSize, ...] = ()
    column_bytes: Mapping[str, float] = field(default_factory=dict)
    """Average bytes per row each measured column takes (its stored form)."""
    estimated: bool = False
    note: str = ""

    @property
    def index_bytes(self) -> int | None:
        sizes = [index.bytes for index in self.indexes]
        return None if any(size is None for size in sizes) else sum(s or 0 for s in sizes)

    @property
    def total_bytes(self) -> int | None:
        index_bytes = self.index_bytes
        if self.table_bytes is None or index_bytes is None:
            return None
        return self.table_bytes + index_bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": str(self.table),
            "rows": self.rows,
            "table_bytes": self.table_bytes,
            "index_bytes": self.index_bytes,
            "total_bytes": self.total_bytes,
            "indexes": {index.name: index.bytes for index in self.indexes},
            "column_bytes": {name: round(value, 2) for name, value in self.column_bytes.items()},
            "estimated": self.estimated,
            **({"note": self.note} if self.note else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TableStorage:
        schema, _, name = str(data["table"]).rpartition(".")
        return cls(
            table=TableName(schema or None, name),
            rows=data.get("rows"),
            table_bytes=data.get("table_bytes"),
            indexes=tuple(
                IndexSize(str(index), size) for index, size in (data.get("indexes") or {}).items()
            ),
            column_bytes=dict(data.get("column_bytes") or {}),
            estimated=bool(data.get("estimated")),
            note=str(data.get("note") or ""),
        )


def estimate_after(before: TableStorage, new_bytes: Mapping[str, float]) -> TableStorage:
    """The sizes once the columns of `new_bytes` store that many bytes per row: each row of the
    table, and each index entry holding one of the columns, grows or shrinks by the difference.
    Alignment padding and page fill are left out: an estimate, labelled as one."""
    rows = before.rows or 0
    delta = {
        column: new_bytes[column] - before.column_bytes[column]
        for column in new_bytes
        if column in before.column_bytes
    }
    per_row = sum(delta.values())

    def resized(size: int | None, change: float) -> int | None:
        return None if size is None else max(0, round(size + rows * change))

    indexes = tuple(
        replace(
            index,
            bytes=resized(index.bytes, sum(delta.get(column, 0.0) for column in index.columns)),
        )
        for index in before.indexes
    )
    return replace(
        before,
        table_bytes=resized(before.table_bytes, per_row),
        indexes=indexes,
        column_bytes={**before.column_bytes, **dict(new_bytes)},
        estimated=True,
        note="",
    )


def human_bytes(size: int | float | None) -> str:
    if size is None:
        return "?"
    value = float(size)
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if abs(value) < 1024 or unit == "TB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"


def _ratio(before: float | None, after: float | None) -> str:
    if not before or not after:
        return ""
    if after < before:
        return f" ({before / after:.2f}x smaller)"
    if after > before:
        return f" ({after / before:.2f}x larger)"
    return " (same)"


def storage_lines(
    before: Iterable[TableStorage], after: Iterable[TableStorage], label: str = "after"
) -> list[str]:
    """Before and after, table by table: bytes per row of each converted column, the table's
    size, each index's size, and the total."""
    later = {storage.table: storage for storage in after}
    lines: list[str] = []
    totals = [0, 0]
    complete = True
    for first in before:
        second = later.get(first.table)
        if second is None:
            continue
        rows = f"{first.rows:,} rows" if first.rows is not None else "rows unknown"
        lines.append(f"{first.table} ({rows}):")
        for column, size in first.column_bytes.items():
            new = second.column_bytes.get(column)
            shown = "?" if new is None else f"{new:.1f}"
            lines.append(f"  {column}: {size:.1f} -> {shown} bytes per row{_ratio(size, new)}")
        lines.append(
            f"  table: {human_bytes(first.table_bytes)} -> {human_bytes(second.table_bytes)}"
            f"{_ratio(first.table_bytes, second.table_bytes)}"
        )
        sizes = {index.name: index.bytes for index in second.indexes}
        for index in first.indexes:
            new_size = sizes.get(index.name)
            lines.append(
                f"  index {index.name}: {human_bytes(index.bytes)} -> {human_bytes(new_size)}"
                f"{_ratio(index.bytes, new_size)}"
            )
        if second.note:
            lines.append(f"  note: {second.note}")
        if first.total_bytes is None or second.total_bytes is None:
            complete = False
        else:
            totals[0] += first.total_bytes
            totals[1] += second.total_bytes
    if lines and complete:
        lines.append(
            f"total (tables and indexes): {human_bytes(totals[0])} -> {label} "
            f"{human_bytes(totals[1])}{_ratio(totals[0], totals[1])}"
        )
    return lines
