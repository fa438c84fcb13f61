"""Questions about indexes that several rules and the planner ask: does an index serve lookups
on these columns, are two indexes the same, which index an engine needs to keep."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from schemadoctor.model.catalog import Index, IndexElement, Table

_NOT_NULL = re.compile(r"^\(*\s*(?:\"?(?P<column>[^\"()]+?)\"?)\s+is\s+not\s+null\s*\)*$", re.I)
_NOT_IS_NULL = re.compile(
    r"^\(*\s*not\s+\(*\s*\"?(?P<column>[^\"()]+?)\"?\s+is\s+null\s*\)*$", re.I
)


def normalize_predicate(predicate: str | None) -> str | None:
    """Compare predicates as text, ignoring case, spacing and wrapping parentheses."""
    if predicate is None:
        return None
    text = " ".join(predicate.lower().replace('"', "").replace("`", "").split())
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def not_null_columns(predicate: str) -> set[str] | None:
    """The columns a predicate made only of `col IS NOT NULL` terms (joined by AND) requires
    to be non-null; None when the predicate says anything else."""
    columns: set[str] = set()
    for term in re.split(r"\s+and\s+", normalize_predicate(predicate) or "", flags=re.I):
        match = _NOT_NULL.match(term) or _NOT_IS_NULL.match(term)
        if not match:
            return None
        columns.add(match.group("column").strip().split(".")[-1])
    return columns


def serves_lookup(index: Index, columns: Sequence[str]) -> bool:
    """Whether a b-tree `index` can find rows by equality on all of `columns`: its leading keys
    are exactly those columns (in any order), and a partial index only filters out rows whose
    key columns are NULL, rows an equality lookup would never match anyway."""
    if index.method != "btree" or not index.valid or len(index.elements) < len(columns):
        return False
    leading = index.elements[: len(columns)]
    if any(
        element.column is None or element.prefix_length or element.collation for element in leading
    ):
        # An expression or a column prefix is not the column; a key in another collation
        # than the column's cannot answer the column's own equality.
        return False
    if {element.column for element in leading} != set(columns):
        return False
    if index.predicate is None:
        return True
    required = not_null_columns(index.predicate)
    return required is not None and required <= {name.lower() for name in columns}


def is_indexed(table: Table, columns: Sequence[str]) -> bool:
    """True when the primary key, a unique constraint or a usable index leads with `columns`.
    The keys are checked apart from the indexes because SQLite's INTEGER PRIMARY KEY is the
    rowid itself and has no index entry of its own."""
    wanted = set(columns)
    keys = [unique.columns for unique in table.unique_constraints]
    if table.primary_key:
        keys.append(table.primary_key.columns)
    if any(len(key) >= len(wanted) and set(key[: len(wanted)]) == wanted for key in keys):
        return True
    return any(serves_lookup(index, columns) for index in table.indexes)


def signature(index: Index) -> tuple[object, ...]:
    """What makes two indexes the same index: keys (columns, expressions, order, operator
    class, collation), method, predicate and included columns, whatever their names and
    uniqueness."""
    return (
        key_signature(index.elements, index.method),
        index.method,
        normalize_predicate(index.predicate),
        tuple(index.include),
    )


def key_signature(elements: Sequence[IndexElement], method: str = "btree") -> tuple[object, ...]:
    """Comparable keys. A b-tree reads both ways, so it is the same index as the one with
    every direction (and NULLs placement) flipped: its keys are given with the first one
    ascending."""
    if method == "btree" and elements and elements[0].descending:
        flip = {"FIRST": "LAST", "LAST": "FIRST", None: None}
        elements = [
            replace(element, descending=not element.descending, nulls=flip[element.nulls])
            for element in elements
        ]
    return tuple(
        (
            element.column,
            normalize_predicate(element.expression),
            element.descending,
            element.nulls,
            element.prefix_length,
            element.opclass,
            element.collation,
        )
        for element in elements
    )


def keep_order(index: Index) -> tuple[int, int, int, int, int, int, str]:
    """Sort key choosing which of several equal indexes to keep: the primary key, then one a
    constraint needs, then one a foreign key depends on, then unique ones, then valid ones,
    then the most used, then by name."""
    return (
        0 if index.primary else 1,
        0 if index.backs_constraint else 1,
        0 if index.referenced_by else 1,
        0 if index.unique else 1,
        0 if index.valid else 1,
        -(index.scans or 0),
        index.name,
    )
