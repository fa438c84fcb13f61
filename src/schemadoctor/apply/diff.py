"""What an apply changed, read from the schema itself: the catalogs before and after, compared
object by object (foreign keys, indexes, checks, primary keys, NOT NULL), in words."""

from __future__ import annotations

from schemadoctor.model.catalog import Catalog, ForeignKey, Index, Table

_OWN = "schemadoctor_"


def schema_changes(before: Catalog, after: Catalog) -> list[str]:
    """One line per difference, `+` added, `-` removed, `~` changed; schemadoctor's own tables
    are left out (their rows are reported by whoever created them)."""
    lines: list[str] = []
    names = sorted({t.name for t in (*before.tables, *after.tables)}, key=str)
    for name in names:
        if name.name.startswith(_OWN):
            continue
        old, new = before.table(name), after.table(name)
        if old is None:
            lines.append(f"+ table {name}")
            continue
        if new is None:
            lines.append(f"- table {name}")
            continue
        lines.extend(_table_changes(old, new))
    return lines


def _table_changes(old: Table, new: Table) -> list[str]:
    lines = []
    old_keys = {_fk_key(fk): fk for fk in old.foreign_keys}
    new_keys = {_fk_key(fk): fk for fk in new.foreign_keys}
    for key, fk in new_keys.items():
        if key not in old_keys:
            state = "" if fk.valid else " (NOT VALID)"
            lines.append(f"+ foreign key {_describe_fk(new, fk)}{state}")
        elif fk.valid and not old_keys[key].valid:
            lines.append(f"~ foreign key {_describe_fk(new, fk)} validated")
    lines.extend(
        f"- foreign key {_describe_fk(old, fk)}"
        for key, fk in old_keys.items()
        if key not in new_keys
    )
    old_indexes = {index.name: index for index in old.indexes}
    new_indexes = {index.name: index for index in new.indexes}
    for name, index in new_indexes.items():
        previous = old_indexes.get(name)
        if previous is None:
            lines.append(f"+ index {_describe_index(new, index)}")
        elif index.valid and not previous.valid:
            lines.append(f"~ index {_describe_index(new, index)} rebuilt (was INVALID)")
    lines.extend(
        f"- index {_describe_index(old, index)}"
        for name, index in old_indexes.items()
        if name not in new_indexes
    )
    old_checks = {check.name: check for check in old.checks}
    new_checks = {check.name: check for check in new.checks}
    for name, check in new_checks.items():
        if name not in old_checks:
            lines.append(f"+ check {name} on {new.name}: {check.expression}")
        elif check.valid and not old_checks[name].valid:
            lines.append(f"~ check {name} on {new.name} validated")
    lines.extend(f"- check {name} on {old.name}" for name in old_checks if name not in new_checks)
    if new.primary_key and not old.primary_key:
        lines.append(f"+ primary key on {new.name} ({', '.join(new.primary_key.columns)})")
    elif old.primary_key and not new.primary_key:
        lines.append(f"- primary key on {old.name}")
    for column in new.columns:
        previous = old.column(column.name)
        if previous is not None and previous.nullable != column.nullable:
            verb = "NOT NULL" if not column.nullable else "NULL allowed"
            lines.append(f"~ {new.name}.{column.name}: {verb}")
        if previous is not None and previous.type != column.type:
            lines.append(f"~ {new.name}.{column.name}: type {previous.type} -> {column.type}")
    return lines


def _fk_key(fk: ForeignKey) -> tuple[object, ...]:
    return (fk.columns, fk.referred_table, fk.referred_columns)


def _describe_fk(table: Table, fk: ForeignKey) -> str:
    return (
        f"{table.name}({', '.join(fk.columns)}) -> {fk.referred_table}"
        f"({', '.join(fk.referred_columns)}) ON DELETE {fk.on_delete}"
    )


def _describe_index(table: Table, index: Index) -> str:
    unique = "unique " if index.unique else ""
    return f"{unique}{index.name} on {table.name} ({', '.join(index.columns)})"
