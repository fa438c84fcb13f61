"""Changes: the schema edits a plan is made of, as plain data.

Each change knows its inverse, so every migration has a down script by construction. Renderers
(`schemadoctor.render`) turn changes into SQL for one engine; nothing here knows SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schemadoctor.catalog.model import CheckConstraint, ForeignKey, Index, PrimaryKey, TableName


@dataclass(frozen=True, kw_only=True)
class Change:
    table: TableName
    reason: str = field(default="", compare=False)
    """Why: the finding this change fixes, or the policy that chose it."""
    estimated_rows: int | None = field(default=None, compare=False)
    """Rows the change has to read or rewrite, for cost display; None when unknown."""

    def _undo(self, cls: type[Change], **fields: object) -> Change:
        return cls(
            table=self.table,
            reason=f"undo: {self.reason}" if self.reason else "undo",
            estimated_rows=self.estimated_rows,
            **fields,
        )

    @property
    def kind(self) -> str:
        name = type(self).__name__
        return "".join("-" + c.lower() if c.isupper() else c for c in name).lstrip("-")

    def inverse(self) -> Change:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class CreateIndex(Change):
    index: Index

    def inverse(self) -> Change:
        return self._undo(DropIndex, index=self.index)

    def describe(self) -> str:
        return f"create index {self.index.name} on {self.table} ({', '.join(self.index.columns)})"


@dataclass(frozen=True, kw_only=True)
class DropIndex(Change):
    index: Index

    def inverse(self) -> Change:
        return self._undo(CreateIndex, index=self.index)

    def describe(self) -> str:
        return f"drop index {self.index.name} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class RebuildIndex(Change):
    """Rebuild an INVALID index in place; its own inverse is nothing to do."""

    index: Index

    def inverse(self) -> Change:
        return self._undo(NoChange)

    def describe(self) -> str:
        return f"rebuild index {self.index.name} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class AddForeignKey(Change):
    foreign_key: ForeignKey
    policy: str = field(default="", compare=False)
    """One line saying why this ON DELETE action was chosen."""

    def inverse(self) -> Change:
        return self._undo(DropForeignKey, foreign_key=self.foreign_key)

    def describe(self) -> str:
        fk = self.foreign_key
        return (
            f"add foreign key {self.table}({', '.join(fk.columns)}) -> "
            f"{fk.referred_table}({', '.join(fk.referred_columns)}) ON DELETE {fk.on_delete}"
        )


@dataclass(frozen=True, kw_only=True)
class DropForeignKey(Change):
    foreign_key: ForeignKey

    def inverse(self) -> Change:
        return self._undo(AddForeignKey, foreign_key=self.foreign_key)

    def describe(self) -> str:
        return f"drop foreign key {self.foreign_key.name} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class ValidateConstraint(Change):
    """Check existing rows against a constraint added NOT VALID."""

    constraint: str

    def inverse(self) -> Change:
        # A validated constraint cannot be made NOT VALID again, and need not be: the inverse
        # of the ADD that preceded it drops the constraint altogether.
        return self._undo(NoChange)

    def describe(self) -> str:
        return f"validate constraint {self.constraint} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class AddCheck(Change):
    check: CheckConstraint

    def inverse(self) -> Change:
        return self._undo(DropCheck, check=self.check)

    def describe(self) -> str:
        return f"add check {self.check.name} on {self.table}: {self.check.expression}"


@dataclass(frozen=True, kw_only=True)
class DropCheck(Change):
    check: CheckConstraint

    def inverse(self) -> Change:
        return self._undo(AddCheck, check=self.check)

    def describe(self) -> str:
        return f"drop check {self.check.name} on {self.table}"


@dataclass(frozen=True, kw_only=True)
class SetNotNull(Change):
    column: str

    def inverse(self) -> Change:
        return self._undo(DropNotNull, column=self.column)

    def describe(self) -> str:
        return f"set {self.table}.{self.column} NOT NULL"


@dataclass(frozen=True, kw_only=True)
class DropNotNull(Change):
    column: str

    def inverse(self) -> Change:
        return self._undo(SetNotNull, column=self.column)

    def describe(self) -> str:
        return f"allow NULL in {self.table}.{self.column}"


@dataclass(frozen=True, kw_only=True)
class AlterColumnType(Change):
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
    def inverse(self) -> Change:
        return self

    def describe(self) -> str:
        return "nothing to undo"


ORPHAN_ACTIONS = ("delete", "set-null")
"""What quarantining does to the live row: remove it, or clear its dangling reference."""

QUARANTINE_TABLE = "schemadoctor_quarantine"


@dataclass(frozen=True, kw_only=True)
class QuarantineOrphans(Change):
    """Copy the rows whose `foreign_key` columns point at no parent row into the quarantine
    table (with their source table, key, full row as JSON and a timestamp), then delete them
    or set their reference to NULL, in one transaction. Its inverse puts them back."""

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
class RestoreOrphans(Change):
    """Put quarantined rows back: re-insert deleted rows, restore nulled references."""

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

    def inverse(self) -> Change:
        return self._undo(DropQuarantineTable)

    def describe(self) -> str:
        return f"create {self.table} to keep orphan rows"


@dataclass(frozen=True, kw_only=True)
class DropQuarantineTable(Change):
    """Drop the quarantine table once it is empty; never while it holds rows."""

    def inverse(self) -> Change:
        return self._undo(CreateQuarantineTable)

    def describe(self) -> str:
        return f"drop {self.table} if it is empty"


@dataclass(frozen=True, kw_only=True)
class AddPrimaryKey(Change):
    """Declare a primary key; with `using_index`, by promoting that unique index (PostgreSQL
    reuses it in place, MySQL replaces it), so no second copy of the key is built."""

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
    primary_key: PrimaryKey
    restore_index: Index | None = None
    """The unique index the key was promoted from, re-created when the key goes."""

    def inverse(self) -> Change:
        return self._undo(
            AddPrimaryKey, primary_key=self.primary_key, using_index=self.restore_index
        )

    def describe(self) -> str:
        return f"drop primary key on {self.table} ({', '.join(self.primary_key.columns)})"
