"""Alembic's vocabulary for changes: each engine's writer (`engines/<engine>/alembic.py`) says
which kinds of change Alembic has an operation for on that engine; every other kind runs the
SQL script's own statements, step by step, exactly as the SQL script runs them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, TypeVar

from schemadoctor.engines.rendering import Renderer
from schemadoctor.model import changes as c
from schemadoctor.model.catalog import Catalog, TableName
from schemadoctor.model.script import Script, Step

F = TypeVar("F", bound=Callable[..., list[str]])


def writes(kind: type[c.Change]) -> Callable[[F], F]:
    """Mark a writer method as Alembic's operation for `kind`."""

    def mark(method: F) -> F:
        method.__writes__ = kind  # type: ignore[attr-defined]
        return method

    return mark


class AlembicWriter:
    operations: ClassVar[dict[type[c.Change], str]] = {}
    drop_if_exists: ClassVar[bool] = False
    """`if_exists=True` on drops: only where every server of the engine has IF EXISTS."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        operations: dict[type[c.Change], str] = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                kind = getattr(value, "__writes__", None)
                if kind is not None:
                    operations[kind] = name
        cls.operations = operations

    def __init__(self, renderer: Renderer, catalog: Catalog) -> None:
        self.renderer = renderer
        self.catalog = catalog

    def body(self, script: Script, changes: Sequence[c.Change]) -> list[str]:
        lines = self.settings_lines(changes)
        for change in changes:
            lines += self.comments(change, blank=bool(lines))
            lines += self.change(change)
        return lines

    def settings_lines(self, changes: Sequence[c.Change]) -> list[str]:
        settings = self.renderer.settings()
        if not settings or not changes:
            return []
        return [
            "# Session settings, as at the top of the SQL script.",
            *[f"_sql({py_str(setting.rstrip(';'))})" for setting in settings],
        ]

    def comments(self, change: c.Change, *, blank: bool = True) -> list[str]:
        lines = [""] if blank else []
        lines.append(f"# {_one_line(change.describe())}")
        if change.reason:
            lines.append(f"# why: {_one_line(change.reason)}")
        policy = getattr(change, "policy", "")
        if policy:
            lines.append(f"# {_one_line(policy)}")
        return lines

    def change(self, change: c.Change) -> list[str]:
        """Alembic's own operation for `change` where the engine's writer has one, else the
        SQL script's statements for it."""
        method = self.operations.get(type(change))
        if method is not None:
            result: list[str] = getattr(self, method)(change)
            return result
        return self.steps(self.renderer.steps(change, self.catalog))

    # --- the SQL script's own steps ----------------------------------------------------------
    def steps(self, steps: Sequence[Step]) -> list[str]:
        lines: list[str] = []
        for step in steps:
            lines.append("with op.get_context().autocommit_block():")
            body = [f"_sql({py_str(sql)})" for sql in step.setup]
            if step.transactional and step.statements:
                body.append('_sql("BEGIN")')
                body += [f"_sql({py_str(sql)})" for sql in step.statements]
                body.append('_sql("COMMIT")')
            else:
                body += [f"_sql({py_str(sql)})" for sql in step.statements]
            body += [f"_sql({py_str(sql)})" for sql in step.teardown]
            lines += [f"    {line}" for line in body or ["pass"]]
        return lines

    # --- shared ------------------------------------------------------------------------------
    def _create_foreign_key(self, change: c.AddForeignKey, extra: str | None) -> list[str]:
        fk = change.foreign_key
        options = [f"ondelete={fk.on_delete!r}"]
        if fk.on_update not in ("NO ACTION", "RESTRICT"):
            options.append(f"onupdate={fk.on_update!r}")
        if change.table.schema:
            options.append(f"source_schema={py_str(change.table.schema)}")
        if fk.referred_table.schema:
            options.append(f"referent_schema={py_str(fk.referred_table.schema)}")
        if extra:
            options.append(extra)
        return [
            f"op.create_foreign_key({py_str(fk.name or '')}, {py_str(change.table.name)}, "
            f"{py_str(fk.referred_table.name)}, {py_list(fk.columns)}, "
            f"{py_list(fk.referred_columns)}, "
            f"{', '.join(options)})"
        ]

    def _drop_constraint(self, table: TableName, name: str | None, kind: str) -> list[str]:
        # IF EXISTS only where every server of the engine has it.
        if_exists = ", if_exists=True" if self.drop_if_exists else ""
        return [
            f"op.drop_constraint({py_str(name or '')}, {py_str(table.name)}, type_={kind!r}"
            f"{schema_arg(table)}{if_exists})"
        ]


def schema_arg(table: TableName) -> str:
    return f", schema={py_str(table.schema)}" if table.schema else ""


def py_str(text: str | None) -> str:
    """A Python string literal (repr escapes quotes, backslashes and control characters)."""
    return repr(text or "")


def py_list(items: Sequence[str]) -> str:
    return "[" + ", ".join(py_str(item) for item in items) + "]"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
