"""Changes: the schema edits a plan is made of, as plain data.

Each change knows its inverse, so every migration has a down script by construction. Renderers
(`schemadoctor.render`) turn changes into SQL for one engine; nothing here knows SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schemadoctor.catalog.model import CheckConstraint, ForeignKey, Index, TableName


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
