"""Polymorphic associations: a `<x>_type` column saying which table `<x>_id` points into
(Rails `commentable_type`/`commentable_id`, Django `content_type`/`object_id`). No single
foreign key can guard such a pair, so it must not be proposed as one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from schemadoctor.infer.candidates import KEY_FAMILIES, covered_columns
from schemadoctor.infer.names import KEY_SUFFIXES, fold, words
from schemadoctor.infer.naming import NameIndex
from schemadoctor.model.catalog import Catalog, TableName, TypeFamily

TYPE_WORDS = frozenset({"type", "kind", "class", "model", "table", "entity", "klass"})
_SEGMENT = re.compile(r"[\\/:.]+")


@dataclass(frozen=True)
class PolymorphicPair:
    table: TableName
    type_column: str
    id_column: str
    stem: str
    values: tuple[Any, ...] = ()
    """Distinct type values seen in a sample of the table (empty without data)."""
    targets: tuple[TableName, ...] = field(default=())
    """Tables those values name."""
    probed: bool = False


def find_pairs(catalog: Catalog) -> list[PolymorphicPair]:
    """Structural pairs: a text type column beside an id column with the same stem."""
    pairs: list[PolymorphicPair] = []
    for table in catalog:
        covered = covered_columns(table)
        ids: dict[str, str] = {}
        for column in table.columns:
            parts = words(column.name)
            if (
                len(parts) >= 2
                and parts[-1] in KEY_SUFFIXES
                and column.family in KEY_FAMILIES
                and column.name not in covered
            ):
                ids.setdefault("".join(parts[:-1]), column.name)
        for column in table.columns:
            parts = words(column.name)
            if len(parts) < 2:
                continue
            if parts[-1] in TYPE_WORDS and column.family in (TypeFamily.TEXT, TypeFamily.ENUM):
                stem = "".join(parts[:-1])
                if stem in ids:
                    pairs.append(PolymorphicPair(table.name, column.name, ids[stem], stem))
            elif parts[-2:] == ("type", "id") and parts[:-2] == ("content",) and "object" in ids:
                # Django's generic relation: content_type_id names the model, object_id the row.
                pairs.append(PolymorphicPair(table.name, column.name, ids["object"], "object"))
    return pairs


def value_targets(values: list[Any], index: NameIndex) -> tuple[TableName, ...]:
    """Tables named by type values such as `Post`, `blog_post`, `App\\Models\\Post`."""
    found: list[TableName] = []
    for value in values:
        if not isinstance(value, str):
            continue
        last = _SEGMENT.split(value.strip())[-1]
        for table in sorted(index.by_entity.get(fold(last), ()), key=str):
            if table not in found:
                found.append(table)
    return tuple(found)


def is_polymorphic(pair: PolymorphicPair, index: NameIndex) -> bool:
    """A pair is polymorphic unless the data says otherwise: its type values name no table
    while `<x>` itself names one (`payment_type` = 'card' beside `payment_id`)."""
    if not pair.probed or not pair.values or pair.targets:
        return True
    return not index.by_entity.get(pair.stem)


def with_values(pair: PolymorphicPair, values: list[Any], index: NameIndex) -> PolymorphicPair:
    return PolymorphicPair(
        pair.table,
        pair.type_column,
        pair.id_column,
        pair.stem,
        tuple(values),
        value_targets(values, index),
        probed=True,
    )
