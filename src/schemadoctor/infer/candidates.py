"""Candidate foreign keys: child columns (single or composite) whose name points at a
primary or unique key of a compatible type, not already covered by a declared foreign key."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from schemadoctor.engines import for_catalog
from schemadoctor.engines.base import Capabilities
from schemadoctor.infer.names import GENERIC_KEYS, ID_SUFFIXES, words
from schemadoctor.infer.naming import NameIndex, NameMatch, name_matches
from schemadoctor.model.catalog import Catalog, Column, Table, TableName, TypeFamily
from schemadoctor.model.links import Link
from schemadoctor.model.types import canonical_type

KEY_FAMILIES = frozenset(
    {TypeFamily.INTEGER, TypeFamily.TEXT, TypeFamily.UUID, TypeFamily.BINARY, TypeFamily.DECIMAL}
)
COMPOSITE_SCORE = 0.85
ONE_TO_ONE_COST = 0.05
"""A child column that is its table's whole primary key (a 1:1 extension table) is a real
pattern, but rarer than a plain reference."""


@dataclass(frozen=True)
class TypeFit:
    adjustment: float
    notes: tuple[str, ...]
    cast: bool = False
    """The two sides must be compared as text (uuid against uuid-looking text)."""


@dataclass(frozen=True)
class Candidate:
    table: TableName
    columns: tuple[str, ...]
    referred_table: TableName
    referred_columns: tuple[str, ...]
    name: NameMatch
    type_fit: TypeFit
    one_to_one: bool = False

    @property
    def link(self) -> Link:
        return Link(self.table, self.columns, self.referred_table, self.referred_columns)

    @property
    def prior(self) -> float:
        """Confidence from names, types and keys alone."""
        score = self.name.score + self.type_fit.adjustment
        if self.one_to_one:
            score -= ONE_TO_ONE_COST
        return max(0.0, min(0.99, score))

    @property
    def signals(self) -> tuple[str, ...]:
        found = list(self.name.signals) + list(self.type_fit.notes)
        if self.one_to_one:
            found.append("one-to-one")
        return tuple(dict.fromkeys(found))


@cache
def _canonical(type_text: str) -> str:
    return canonical_type(type_text)


def _decimal_scale(column: Column) -> int | None:
    text = column.type.lower()
    if "(" not in text:
        return 0 if column.family == TypeFamily.DECIMAL else None
    inside = text.split("(", 1)[1].split(")", 1)[0]
    parts = [part.strip() for part in inside.split(",")]
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def type_fit(child: Column, parent: Column, supports: Capabilities) -> TypeFit | None:
    """Whether `child` can hold values of the key `parent`, and how well the types agree.
    None when they cannot reference each other at all."""
    cf, pf = child.family, parent.family
    if pf not in KEY_FAMILIES or cf not in KEY_FAMILIES:
        return None
    same = _canonical(child.type) == _canonical(parent.type)
    if same:
        return TypeFit(0.03, ("same-type",))
    if cf == pf == TypeFamily.INTEGER:
        if supports.strict_foreign_key_types:
            # MySQL/MariaDB refuse a foreign key between integers of another size or sign.
            return TypeFit(-0.08, ("type-differs",))
        return TypeFit(-0.02, ("type-differs",))
    if cf == pf == TypeFamily.TEXT:
        if parent.length and child.length and child.length != parent.length:
            fixed = parent.type.lower().startswith(("char", "character(", "bpchar", "nchar"))
            return TypeFit(-0.08 if fixed else -0.04, ("length-differs",))
        return TypeFit(-0.01, ("type-differs",))
    if {cf, pf} == {TypeFamily.UUID, TypeFamily.TEXT}:
        text = child if cf == TypeFamily.TEXT else parent
        if text.length is not None and text.length < 32:
            return None
        return TypeFit(-0.03, ("uuid-as-text",), cast=True)
    if {cf, pf} == {TypeFamily.INTEGER, TypeFamily.DECIMAL}:
        decimal = child if cf == TypeFamily.DECIMAL else parent
        if _decimal_scale(decimal) != 0:
            return None
        return TypeFit(-0.05, ("type-differs",))
    if cf == pf:
        return TypeFit(-0.02, ("type-differs",))
    return None


def _says_id(name: str) -> bool:
    """Text compared with a uuid key only when its name says it holds an id: `user_agent`
    is text beside a uuid `users.id`, not a reference to it."""
    parts = words(name)
    return bool(parts) and (parts[-1] in ID_SUFFIXES or parts[-1].endswith(tuple(ID_SUFFIXES)))


def covered_columns(table: Table) -> set[str]:
    return {column for foreign_key in table.foreign_keys for column in foreign_key.columns}


def child_columns(table: Table, supports: Capabilities) -> list[Column]:
    """Columns that may hold a reference: not generated, not an auto-generated key, of a
    key-like type, not already in a declared foreign key. (A SQLite INTEGER PRIMARY KEY is a
    rowid alias whatever its values mean, so it says nothing about generation.)"""
    covered = covered_columns(table)
    return [
        column
        for column in table.columns
        if column.name not in covered
        and not column.generated
        and not (column.identity and not supports.identity_is_rowid)
        and column.family in KEY_FAMILIES
    ]


def single_candidates(
    catalog: Catalog, index: NameIndex
) -> dict[tuple[TableName, tuple[str, ...]], list[Candidate]]:
    """Name-matched, type-compatible targets for every eligible column, grouped by column."""
    supports = for_catalog(catalog).supports
    grouped: dict[tuple[TableName, tuple[str, ...]], list[Candidate]] = defaultdict(list)
    for table in catalog:
        pk = table.primary_key.columns if table.primary_key else ()
        for column in child_columns(table, supports):
            for (parent_name, key), found in name_matches(index, table, column.name).items():
                parent = catalog.table(parent_name)
                key_column = parent.column(key) if parent else None
                if parent is None or key_column is None:
                    continue
                fit = type_fit(column, key_column, supports)
                if fit is None or (fit.cast and not _says_id(column.name)):
                    continue
                grouped[(table.name, (column.name,))].append(
                    Candidate(
                        table.name,
                        (column.name,),
                        parent_name,
                        (key,),
                        found,
                        fit,
                        one_to_one=pk == (column.name,) and parent_name != table.name,
                    )
                )
    return grouped


def composite_candidates(
    catalog: Catalog, index: NameIndex
) -> dict[tuple[TableName, tuple[str, ...]], list[Candidate]]:
    """Column sets that repeat a composite key of another table under the same names
    (after folding and table column prefixes): `shipment_line(order_id, line_no)` ->
    `order_line(order_id, line_no)`."""
    composite = [
        (table, key)
        for table in catalog
        for key in table.unique_keys
        if 2 <= len(key) <= 4
        and not any(
            form in GENERIC_KEYS for column in key for form in index[table.name].key_forms(column)
        )
    ]
    grouped: dict[tuple[TableName, tuple[str, ...]], list[Candidate]] = defaultdict(list)
    if not composite:
        return grouped
    supports = for_catalog(catalog).supports
    for child in catalog:
        eligible = {column.name: column for column in child_columns(child, supports)}
        eligible.update(
            {
                column.name: column
                for column in child.columns
                if column.family in KEY_FAMILIES and not column.generated
            }
        )
        by_form: dict[str, str] = {}
        for name in eligible:
            for form in index[child.name].key_forms(name):
                by_form.setdefault(form, name)
        declared = {frozenset(foreign_key.columns) for foreign_key in child.foreign_keys}
        pk = child.primary_key.columns if child.primary_key else ()
        for parent, key in composite:
            if parent.name == child.name:
                continue
            mapped: list[str] = []
            fits: list[TypeFit] = []
            for key_column in key:
                forms = index[parent.name].key_forms(key_column)
                name = next((by_form[form] for form in forms if form in by_form), None)
                parent_column = parent.column(key_column)
                if name is None or name in mapped or parent_column is None:
                    break
                fit = type_fit(eligible[name], parent_column, supports)
                if fit is None:
                    break
                mapped.append(name)
                fits.append(fit)
            if len(mapped) != len(key) or frozenset(mapped) in declared:
                continue
            adjustment = min(fit.adjustment for fit in fits)
            notes = tuple(dict.fromkeys(note for fit in fits for note in fit.notes))
            grouped[(child.name, tuple(mapped))].append(
                Candidate(
                    child.name,
                    tuple(mapped),
                    parent.name,
                    key,
                    NameMatch("key-name", COMPOSITE_SCORE, None, ("composite",)),
                    TypeFit(adjustment, notes, any(fit.cast for fit in fits)),
                    one_to_one=set(pk) == set(mapped),
                )
            )
    return grouped
