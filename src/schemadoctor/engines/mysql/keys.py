"""Which indexes InnoDB needs for a foreign key: one leading with the key's columns, in order
and whole, on both the referencing and the referenced side."""

from __future__ import annotations

from collections.abc import Sequence

from schemadoctor.model.catalog import Catalog, ForeignKey, Index, Table


def innodb_needs(catalog: Catalog, table: Table, index: Index) -> str | None:
    """Why InnoDB would refuse to drop `index`: it is the only one serving a foreign key."""
    for foreign_key, columns in _foreign_key_sides(catalog, table):
        if _innodb_serves(index, columns) and not any(
            _innodb_serves(other, columns) for other in table.indexes if other is not index
        ):
            return f"InnoDB needs it for foreign key {foreign_key.name}"
    return None


def _foreign_key_sides(catalog: Catalog, table: Table) -> list[tuple[ForeignKey, tuple[str, ...]]]:
    """Every foreign key touching `table`, with the columns of `table` it involves."""
    sides = [(foreign_key, foreign_key.columns) for foreign_key in table.foreign_keys]
    sides += [
        (foreign_key, foreign_key.referred_columns)
        for _, foreign_key in catalog.referencing(table.name)
    ]
    return sides


def _innodb_serves(index: Index, columns: Sequence[str]) -> bool:
    """InnoDB's own test: the columns lead the index, in the same order, whole."""
    if index.method != "btree" or len(index.elements) < len(columns):
        return False
    return all(
        element.column is not None
        and element.prefix_length is None
        and element.column.lower() == column.lower()
        for element, column in zip(index.elements, columns, strict=False)
    )
