"""Changes: the schema edits a plan is made of, as plain data.

Each change knows its inverse, so every migration has a down script by construction. Renderers
(`schemadoctor.render`) turn changes into SQL for one engine; nothing here knows SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from schemadoctor.model.catalog import (
    CheckConstraint,
    ForeignKey,
    Index,
    PrimaryKey,
    TableName,
    UniqueConstraint,
)


@dataclass(frozen=True)
class Expectation:
    """What verification checks after a change has run: the object of `family` (`index`,
    `foreign-key`, `check`, `primary-key`, `column`, `column-type`, `constraint`) is `present`
    (or, for a column, NOT NULL; for `constraint`, validated)."""

    family: str
    present: bool = True


CHANGE_KINDS: dict[str, type[Change]] = {}
"""Every kind of change by its stable name (the name scripts carry in their meta lines)."""


@dataclass(frozen=True, kw_only=True)
class Change:
    table: TableName
    reason: str = field(default="", compare=False)
    """Why: the finding this change fixes, or the policy that chose it."""
    estimated_rows: int | None = field(default=None, compare=False)
    """Rows the change has to read or rewrite, for cost display; None when unknown."""

    kind: ClassVar[str]
    """Stable name of the kind of change, written into scripts: never derived from the class
    name, so that renaming a class cannot break a plan file."""
    phase: ClassVar[int]
    """When it runs in a plan (see `plan.order`): a change never runs before one of a lower
    phase."""
    verify: ClassVar[Expectation | str]
    """What verification checks after the change, or why there is nothing to check."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "kind" in cls.__dict__ and CHANGE_KINDS.setdefault(cls.kind, cls) is not cls:
            raise TypeError(f"two kinds of change named {cls.kind!r}")

    def _undo(self, cls: type[Change], **fields: object) -> Change:
        return cls(
            table=self.table,
            reason=f"undo: {self.reason}" if self.reason else "undo",
            estimated_rows=self.estimated_rows,
            **fields,
        )

    def identity(self) -> tuple[object, ...]:
        """What makes two changes the same change, whatever finding asked for it."""
        return (self.kind, self)

    @property
    def object_name(self) -> str | None:
        """The name of what the change creates, drops or alters (index, constraint, column)."""
        return None

    def shape(self) -> dict[str, Any]:
        """Columns (and referred table) of the object, so that a constraint the engine names
        differently can still be found by its shape."""
        return {}

    def inverse(self) -> Change:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError


class _OnIndex(Change):
    index: Index

    @property
    def object_name(self) -> str | None:
        return self.index.name or None

    def shape(self) -> dict[str, Any]:
        return {"columns": list(self.index.columns)}


class _OnForeignKey(Change):
    foreign_key: ForeignKey

    @property
    def object_name(self) -> str | None:
        return self.foreign_key.name or None

    def shape(self) -> dict[str, Any]:
        referred = self.foreign_key.referred_table
        return {
            "columns": list(self.foreign_key.columns),
            "references": [referred.schema, referred.name, list(self.foreign_key.referred_columns)],
        }


class _OnColumn(Change):
    column: str

    @property
    def object_name(self) -> str | None:
        return self.column or None


@dataclass(frozen=True, kw_only=True)
class CreateIndex(_OnIndex):
    kind = "create-index"
    phase = 3
    verify = Expectation("index")

    index: Index

    def identity(self) -> tuple[object, ...]:
        # The same index is the same keys on the same table, whatever its name.
        index = self.index
        return (self.kind, self.table, index.elements, index.predicate, index.unique)

    def inverse(self) -> Change:
        return self._undo(DropIndex, index=self.index)

    def describe(self) -> str:
        return f"create index {self.index.name} on {self.table} ({', '.join(self.index.columns)})"


@dataclass(frozen=True, kw_only=True)
class DropIndex(_OnIndex):
    kind = "drop-index"
    phase = 7
    verify = Expectation("index", present=False)

    index: Index

    def inverse(self) -> Change:
        return self._undo(CreateIndex, index=self.index)

    def describe(self) -> str:
        return f"drop index {self.index.name} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class RebuildIndex(_OnIndex):
    """Rebuild an INVALID index in place; its own inverse is nothing to do."""

    kind = "rebuild-index"
    phase = 2
    verify = Expectation("index")

    index: Index

    def inverse(self) -> Change:
        return self._undo(NoChange)

    def describe(self) -> str:
        return f"rebuild index {self.index.name} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class AddForeignKey(_OnForeignKey):
    kind = "add-foreign-key"
    phase = 4
    verify = Expectation("foreign-key")

    foreign_key: ForeignKey
    policy: str = field(default="", compare=False)
    """One line saying why this ON DELETE action was chosen."""

    def identity(self) -> tuple[object, ...]:
        fk = self.foreign_key
        return (self.kind, self.table, fk.columns, fk.referred_table, fk.referred_columns)

    def inverse(self) -> Change:
        return self._undo(DropForeignKey, foreign_key=self.foreign_key)

    def describe(self) -> str:
        fk = self.foreign_key
        return (
            f"add foreign key {self.table}({', '.join(fk.columns)}) -> "
            f"{fk.referred_table}({', '.join(fk.referred_columns)}) ON DELETE {fk.on_delete}"
        )


@dataclass(frozen=True, kw_only=True)
class DropForeignKey(_OnForeignKey):
    kind = "drop-foreign-key"
    phase = 7
    verify = Expectation("foreign-key", present=False)

    foreign_key: ForeignKey

    def inverse(self) -> Change:
        return self._undo(AddForeignKey, foreign_key=self.foreign_key)

    def describe(self) -> str:
        return f"drop foreign key {self.foreign_key.name} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class ValidateConstraint(Change):
    """Check existing rows against a constraint added NOT VALID."""

    kind = "validate-constraint"
    phase = 5
    verify = Expectation("constraint")

    constraint: str

    def identity(self) -> tuple[object, ...]:
        return (self.kind, self.table, self.constraint)

    @property
    def object_name(self) -> str | None:
        return self.constraint or None

    def inverse(self) -> Change:
        # A validated constraint cannot be made NOT VALID again, and need not be: the inverse
        # of the ADD that preceded it drops the constraint altogether.
        return self._undo(NoChange)

    def describe(self) -> str:
        return f"validate constraint {self.constraint} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class AddCheck(Change):
    kind = "add-check"
    phase = 4
    verify = Expectation("check")

    check: CheckConstraint

    @property
    def object_name(self) -> str | None:
        return self.check.name or None

    def inverse(self) -> Change:
        return self._undo(DropCheck, check=self.check)

    def describe(self) -> str:
        return f"add check {self.check.name} on {self.table}: {self.check.expression}"


@dataclass(frozen=True, kw_only=True)
class DropCheck(Change):
    kind = "drop-check"
    phase = 7
    verify = Expectation("check", present=False)

    check: CheckConstraint

    @property
    def object_name(self) -> str | None:
        return self.check.name or None

    def inverse(self) -> Change:
        return self._undo(AddCheck, check=self.check)

    def describe(self) -> str:
        return f"drop check {self.check.name} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class SetNotNull(_OnColumn):
    kind = "set-not-null"
    phase = 6
    verify = Expectation("column")

    column: str

    def inverse(self) -> Change:
        return self._undo(DropNotNull, column=self.column)

    def describe(self) -> str:
        return f"set {self.table}.{self.column} NOT NULL"


@dataclass(frozen=True, kw_only=True)
class DropNotNull(_OnColumn):
    kind = "drop-not-null"
    phase = 7
    verify = Expectation("column", present=False)

    column: str

    def inverse(self) -> Change:
        return self._undo(SetNotNull, column=self.column)

    def describe(self) -> str:
        return f"allow NULL in {self.table}.{self.column}"


@dataclass(frozen=True, kw_only=True)
class AlterColumnType(_OnColumn):
    kind = "alter-column-type"
    phase = 6
    verify = Expectation("column-type")

    def shape(self) -> dict[str, Any]:
        return {"type": self.new_type}

    column: str
    new_type: str
    old_type: str

    def inverse(self) -> Change:
        return self._undo(
            AlterColumnType, column=self.column, new_type=self.old_type, old_type=self.new_type
        )

    def describe(self) -> str:
        return f"change type of {self.table}.{self.column} from {self.old_type} to {self.new_type}"


@dataclass(frozen=True, kw_only=True)
class NoChange(Change):
    kind = "no-change"
    phase = 6
    verify = "nothing changes"

    def inverse(self) -> Change:
        return self

    def describe(self) -> str:
        return "nothing to undo"


ORPHAN_ACTIONS = ("delete", "set-null")
"""What quarantining does to the live row: remove it, or clear its dangling reference."""

QUARANTINE_TABLE = "schemadoctor_quarantine"


@dataclass(frozen=True, kw_only=True)
class QuarantineOrphans(_OnForeignKey):
    """Copy the rows whose `foreign_key` columns point at no parent row into the quarantine
    table (with their source table, key, full row as JSON and a timestamp), then delete them
    or set their reference to NULL, in one transaction. Its inverse puts them back."""

    kind = "quarantine-orphans"
    phase = 1
    verify = "the foreign key the orphans made way for is verified"

    foreign_key: ForeignKey
    action: str = "delete"
    """`delete` or `set-null` (see ORPHAN_ACTIONS)."""
    key: tuple[str, ...] = ()
    """Columns identifying a row (primary key or NOT NULL unique key) so that nulled
    references can be restored; empty when the table has none (then rows are deleted)."""
    orphans: int | None = field(default=None, compare=False)
    """Orphan rows counted at plan time; None when not counted."""
    why: str = field(default="", compare=False)
    """One line saying why this action was chosen for the live rows."""

    def identity(self) -> tuple[object, ...]:
        fk = self.foreign_key
        return (self.kind, self.table, fk.columns, fk.referred_table, fk.referred_columns)

    def inverse(self) -> Change:
        return self._undo(
            RestoreOrphans,
            foreign_key=self.foreign_key,
            action=self.action,
            key=self.key,
            orphans=self.orphans,
        )

    def describe(self) -> str:
        fk = self.foreign_key
        count = "" if self.orphans is None else f"{self.orphans} "
        rows = "row" if self.orphans == 1 else "rows"
        verb = "delete them" if self.action == "delete" else "set their reference to NULL"
        return (
            f"quarantine {count}orphan {rows} of {self.table}({', '.join(fk.columns)}) with no "
            f"match in {fk.referred_table}({', '.join(fk.referred_columns)}), then {verb}"
        )


@dataclass(frozen=True, kw_only=True)
class RestoreOrphans(_OnForeignKey):
    """Put quarantined rows back: re-insert deleted rows, restore nulled references."""

    kind = "restore-orphans"
    phase = 6
    verify = "restored rows are the rows quarantined; the catalog holds no trace of them"

    foreign_key: ForeignKey
    action: str = "delete"
    key: tuple[str, ...] = ()
    orphans: int | None = field(default=None, compare=False)

    def inverse(self) -> Change:
        return self._undo(
            QuarantineOrphans,
            foreign_key=self.foreign_key,
            action=self.action,
            key=self.key,
            orphans=self.orphans,
        )

    def describe(self) -> str:
        fk = self.foreign_key
        what = "re-insert" if self.action == "delete" else "restore the references of"
        return (
            f"{what} the quarantined orphan rows of {self.table}({', '.join(fk.columns)}) "
            f"from {QUARANTINE_TABLE}"
        )


@dataclass(frozen=True, kw_only=True)
class CreateQuarantineTable(Change):
    """The quarantine table, when a plan needs it and it does not exist yet; `table` is the
    quarantine table itself."""

    kind = "create-quarantine-table"
    phase = 0
    verify = "schemadoctor's own table, not part of the schema checked"

    def inverse(self) -> Change:
        return self._undo(DropQuarantineTable)

    def describe(self) -> str:
        return f"create {self.table} to keep orphan rows"


@dataclass(frozen=True, kw_only=True)
class DropQuarantineTable(Change):
    """Drop the quarantine table once it is empty; never while it holds rows."""

    kind = "drop-quarantine-table"
    phase = 6
    verify = "kept while it holds rows, so either state is right"

    def inverse(self) -> Change:
        return self._undo(CreateQuarantineTable)

    def describe(self) -> str:
        return f"drop {self.table} if it is empty"


@dataclass(frozen=True, kw_only=True)
class AddPrimaryKey(Change):
    """Declare a primary key; with `using_index`, by promoting that unique index (PostgreSQL
    reuses it in place, MySQL replaces it), so no second copy of the key is built."""

    kind = "add-primary-key"
    phase = 2
    verify = Expectation("primary-key")

    primary_key: PrimaryKey
    using_index: Index | None = None

    def inverse(self) -> Change:
        return self._undo(
            DropPrimaryKey, primary_key=self.primary_key, restore_index=self.using_index
        )

    def describe(self) -> str:
        source = f" from unique index {self.using_index.name}" if self.using_index else ""
        return f"add primary key on {self.table} ({', '.join(self.primary_key.columns)}){source}"


@dataclass(frozen=True, kw_only=True)
class DropPrimaryKey(Change):
    kind = "drop-primary-key"
    phase = 7
    verify = Expectation("primary-key", present=False)

    primary_key: PrimaryKey
    restore_index: Index | None = None
    """The unique index the key was promoted from, re-created when the key goes."""

    def inverse(self) -> Change:
        return self._undo(
            AddPrimaryKey, primary_key=self.primary_key, using_index=self.restore_index
        )

    def describe(self) -> str:
        return f"drop primary key on {self.table} ({', '.join(self.primary_key.columns)})"


# --- types of keys and unique constraints ------------------------------------------------------
CONVERSIONS = ("text-to-uuid", "uuid-to-text", "integer")
"""How a type conversion changes the values: text parsed as UUIDs into the engine's UUID
storage, that storage back to canonical text, or integers widened (or narrowed back)."""


@dataclass(frozen=True)
class ConvertedColumn:
    """One column of a key graph whose type a `ConvertKeyType` changes."""

    table: TableName
    column: str
    old_type: str
    new_type: str
    role: str = "key"
    """`key` (the referenced column), `declared` (a declared foreign key's column), `inferred`
    (a reference nobody declared) or `column` (a lone column)."""
    nullable: bool = True
    old_default: str | None = None
    new_default: str | None = None
    rows: int | None = field(default=None, compare=False)

    def reversed(self) -> ConvertedColumn:
        return replace(
            self,
            old_type=self.new_type,
            new_type=self.old_type,
            old_default=self.new_default,
            new_default=self.old_default,
        )


@dataclass(frozen=True, kw_only=True)
class ConvertKeyType(_OnColumn):
    """Change the type of a key and of every column referencing it, declared or inferred,
    together (a reference must keep the type of its key). `table`/`column` is the key;
    `members` lists every column converted, the key first; `foreign_keys` the declared
    foreign keys between them, which the conversion takes off and puts back. How it runs
    (one rewrite under a lock, or a shadow column kept in step by a trigger) is the engine's
    renderer's choice, from the size of the tables."""

    kind = "convert-key-type"
    phase = 2
    verify = Expectation("column-type")

    column: str
    members: tuple[ConvertedColumn, ...]
    conversion: str
    """One of CONVERSIONS."""
    foreign_keys: tuple[tuple[TableName, ForeignKey], ...] = ()

    def __post_init__(self) -> None:
        if self.conversion not in CONVERSIONS:
            raise ValueError(f"unknown conversion {self.conversion!r}")

    @property
    def key(self) -> ConvertedColumn:
        return self.members[0]

    @property
    def rows(self) -> int:
        """Rows of every table the conversion rewrites (each table counted once)."""
        seen: dict[TableName, int] = {}
        for member in self.members:
            seen[member.table] = member.rows or 0
        return sum(seen.values())

    def shape(self) -> dict[str, Any]:
        return {
            "type": self.key.new_type,
            "members": [[m.table.schema, m.table.name, m.column, m.new_type] for m in self.members],
        }

    def inverse(self) -> Change:
        back = {"text-to-uuid": "uuid-to-text", "uuid-to-text": "text-to-uuid"}
        return self._undo(
            RestoreKeyType if type(self) is ConvertKeyType else ConvertKeyType,
            column=self.column,
            members=tuple(member.reversed() for member in self.members),
            conversion=back.get(self.conversion, self.conversion),
            foreign_keys=self.foreign_keys,
        )

    def describe(self) -> str:
        others = len(self.members) - 1
        also = f" and {others} referencing column{'s' if others != 1 else ''}" if others else ""
        return (
            f"convert {self.table}.{self.column}{also} from {self.key.old_type} to "
            f"{self.key.new_type}"
        )


@dataclass(frozen=True, kw_only=True)
class RestoreKeyType(ConvertKeyType):
    """A conversion undone: the same work the other way round, under its own kind so that a
    down script is never taken for the fix of the finding that asked for the conversion."""

    kind = "restore-key-type"

    def describe(self) -> str:
        return "restore: " + super().describe()


@dataclass(frozen=True, kw_only=True)
class AddUniqueConstraint(Change):
    """Declare columns unique: a unique constraint where the engine has one that can be added
    without a long lock (PostgreSQL: the index built CONCURRENTLY first), else a unique index
    of the same name."""

    kind = "add-unique-constraint"
    phase = 3
    verify = Expectation("index")

    constraint: UniqueConstraint

    def identity(self) -> tuple[object, ...]:
        return (self.kind, self.table, self.constraint.columns)

    @property
    def object_name(self) -> str | None:
        return self.constraint.name or None

    def shape(self) -> dict[str, Any]:
        return {"columns": list(self.constraint.columns)}

    def inverse(self) -> Change:
        return self._undo(DropUniqueConstraint, constraint=self.constraint)

    def describe(self) -> str:
        columns = ", ".join(self.constraint.columns)
        return f"add unique constraint {self.constraint.name} on {self.table} ({columns})"


@dataclass(frozen=True, kw_only=True)
class DropUniqueConstraint(Change):
    kind = "drop-unique-constraint"
    phase = 7
    verify = Expectation("index", present=False)

    constraint: UniqueConstraint

    @property
    def object_name(self) -> str | None:
        return self.constraint.name or None

    def inverse(self) -> Change:
        return self._undo(AddUniqueConstraint, constraint=self.constraint)

    def describe(self) -> str:
        return f"drop unique constraint {self.constraint.name} on {self.table}"
