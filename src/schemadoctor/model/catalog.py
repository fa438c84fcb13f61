"""The engine-neutral, immutable model of a database schema.

Every reflector produces a `Catalog`; everything after reflection (rules, inference, planning,
rendering) sees only this model, never a live inspector.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property


class TypeFamily(StrEnum):
    """Coarse type classes: two columns can join cheaply only within a family."""

    INTEGER = "integer"
    DECIMAL = "decimal"
    FLOAT = "float"
    TEXT = "text"
    UUID = "uuid"
    BOOLEAN = "boolean"
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    INTERVAL = "interval"
    BINARY = "binary"
    JSON = "json"
    ENUM = "enum"
    ARRAY = "array"
    OTHER = "other"


@dataclass(frozen=True, order=True)
class TableName:
    """A table's identity. `schema` is None where the engine has no schemas to speak of
    (SQLite, and the connected database on MySQL/MariaDB)."""

    schema: str | None
    name: str

    def __str__(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    """The engine's own spelling of the type, e.g. `character varying(20)`, `int(10) unsigned`."""
    family: TypeFamily
    nullable: bool
    default: str | None = None
    length: int | None = None
    """Declared character length for char/varchar columns."""
    unsigned: bool = False
    generated: bool = False
    identity: bool = False
    """Auto-generated key: serial/identity, AUTO_INCREMENT, SQLite INTEGER PRIMARY KEY."""
    expression: str | None = None
    """The generation expression of a generated column (its `default` is then None)."""
    collation: str | None = None
    """The column's collation where it matters for a rewrite: MySQL/MariaDB always, PostgreSQL
    only when it differs from the type's default."""
    comment: str | None = None
    """MySQL/MariaDB column comment, which `MODIFY COLUMN` must restate or lose."""


@dataclass(frozen=True)
class PrimaryKey:
    name: str | None
    columns: tuple[str, ...]


@dataclass(frozen=True)
class UniqueConstraint:
    name: str | None
    columns: tuple[str, ...]


@dataclass(frozen=True)
class ForeignKey:
    name: str | None
    columns: tuple[str, ...]
    referred_table: TableName
    referred_columns: tuple[str, ...]
    on_delete: str = "NO ACTION"
    """One of NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT."""
    on_update: str = "NO ACTION"
    valid: bool = True
    """False for a PostgreSQL constraint added NOT VALID and never validated."""


@dataclass(frozen=True)
class CheckConstraint:
    name: str | None
    expression: str
    valid: bool = True


@dataclass(frozen=True)
class IndexElement:
    """One key of an index: a plain column, or an expression such as `lower(email)`."""

    column: str | None
    expression: str | None = None
    descending: bool = False
    prefix_length: int | None = None
    """MySQL prefix indexes: only the first N characters of the column are indexed."""
    opclass: str | None = None
    """PostgreSQL operator class when it is not the type's default (e.g. text_pattern_ops):
    such an index answers different queries than a plain one on the same column."""
    collation: str | None = None
    """PostgreSQL key collation when it differs from the column's."""
    nulls: str | None = None
    """`FIRST` or `LAST` when NULLs sort against the direction's default (PostgreSQL's NULLS
    FIRST on an ascending key, NULLS LAST on a descending one); None for the default."""

    @property
    def text(self) -> str:
        if self.column is None:
            return f"({self.expression})"
        return f"{self.column}({self.prefix_length})" if self.prefix_length else self.column


@dataclass(frozen=True)
class Index:
    name: str
    elements: tuple[IndexElement, ...]
    unique: bool = False
    method: str = "btree"
    """Access method, lower case: btree, hash, gin, gist, brin, spgist, fulltext, spatial."""
    predicate: str | None = None
    """The WHERE clause of a partial index, without the keyword."""
    include: tuple[str, ...] = ()
    valid: bool = True
    """False for a PostgreSQL index left INVALID (e.g. by an interrupted CONCURRENTLY build)."""
    ready: bool = True
    """False for a PostgreSQL index whose build never finished: writes do not maintain it."""
    referenced_by: tuple[str, ...] = ()
    """PostgreSQL foreign keys (by name) whose referenced key this unique index is: dropping
    the index would need dropping them first."""
    constraint: str | None = None
    """Name of the primary key / unique / exclusion constraint this index implements, if any."""
    primary: bool = False
    scans: int | None = None
    """Index scans since statistics were reset (PostgreSQL), None where unknown."""
    size_bytes: int | None = None
    definition: str | None = None
    """The engine's own CREATE INDEX text where it keeps one (PostgreSQL, SQLite), so that an
    index dropped by a migration can be re-created exactly."""

    @property
    def columns(self) -> tuple[str, ...]:
        """The key as text: column names, expressions in parentheses."""
        return tuple(element.text for element in self.elements)

    @property
    def has_expressions(self) -> bool:
        return any(element.column is None for element in self.elements)

    @property
    def backs_constraint(self) -> bool:
        return self.primary or self.constraint is not None


@dataclass(frozen=True)
class Trigger:
    name: str
    definition: str
    """The engine's own CREATE TRIGGER text, so that a table rebuild can put it back."""


@dataclass(frozen=True)
class Table:
    name: TableName
    columns: tuple[Column, ...]
    primary_key: PrimaryKey | None = None
    unique_constraints: tuple[UniqueConstraint, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[Index, ...] = ()
    checks: tuple[CheckConstraint, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    """Where the engine keeps their text and a migration must carry them (SQLite rebuilds)."""
    row_estimate: int | None = None
    partitioned: bool = False
    without_rowid: bool = False
    """SQLite WITHOUT ROWID tables: a rebuild must not try to keep rowids."""
    definition: str | None = None
    """SQLite's CREATE TABLE text, which a table rebuild starts from."""

    @cached_property
    def _columns_by_name(self) -> dict[str, Column]:
        return {column.name: column for column in self.columns}

    def column(self, name: str) -> Column | None:
        return self._columns_by_name.get(name)

    def index(self, name: str) -> Index | None:
        return next((index for index in self.indexes if index.name == name), None)

    @property
    def unique_keys(self) -> tuple[tuple[str, ...], ...]:
        """Every column set the engine guarantees unique: primary key, unique constraints and
        full (non-partial, plain-column) unique indexes, without repeats, primary key first."""
        keys: list[tuple[str, ...]] = []
        if self.primary_key:
            keys.append(self.primary_key.columns)
        keys.extend(unique.columns for unique in self.unique_constraints)
        keys.extend(
            index.columns
            for index in self.indexes
            if index.unique
            and index.valid
            and index.predicate is None
            and not index.has_expressions
        )
        return tuple(dict.fromkeys(keys))


@dataclass(frozen=True)
class Catalog:
    dialect: str
    """`postgresql`, `mysql` (MySQL and MariaDB) or `sqlite`."""
    database: str
    server_version: str = ""
    tables: tuple[Table, ...] = ()
    stats_reset: datetime | None = None
    """When index usage statistics were last reset (PostgreSQL)."""
    stats_since: datetime | None = None
    """The earliest moment the statistics can cover: the reset time, or else server start."""
    flavor: str = ""
    """`mariadb` or `mysql` for the mysql dialect; empty otherwise."""
    warnings: tuple[str, ...] = field(default=())
    """Things reflection could not read (e.g. permission denied on statistics)."""

    @cached_property
    def _tables_by_name(self) -> dict[TableName, Table]:
        return {table.name: table for table in self.tables}

    def table(self, name: TableName) -> Table | None:
        return self._tables_by_name.get(name)

    def __iter__(self) -> Iterator[Table]:
        return iter(self.tables)

    @cached_property
    def _referencing(self) -> dict[TableName, list[tuple[Table, ForeignKey]]]:
        # Built once: rules ask this for every table, which would be quadratic otherwise.
        found: dict[TableName, list[tuple[Table, ForeignKey]]] = {}
        for table in self.tables:
            for foreign_key in table.foreign_keys:
                found.setdefault(foreign_key.referred_table, []).append((table, foreign_key))
        return found

    def referencing(self, name: TableName) -> Iterator[tuple[Table, ForeignKey]]:
        """Every declared foreign key that points at table `name`."""
        yield from self._referencing.get(name, ())
