"""What every dialect's renderer shares: identifier quoting by SQLAlchemy's own preparer for
that dialect, constraint and index naming, and dispatch from a change to its SQL."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import ClassVar

from sqlalchemy.engine import Dialect

from schemadoctor.catalog.model import Catalog, Index, TableName
from schemadoctor.plan.changes import Change
from schemadoctor.render.script import Script, Step


class Renderer:
    dialect: ClassVar[str]
    max_identifier_length: ClassVar[int] = 63
    plan_id: str = "unplanned"
    """Recorded with every quarantined row: which plan moved it (the planner sets it)."""

    def __init__(self, sa_dialect: Dialect) -> None:
        self._preparer = sa_dialect.identifier_preparer

    # --- identifiers -----------------------------------------------------------------------
    def quote(self, identifier: str) -> str:
        """Always quoted: names that need no quotes read the same, and any name a user could
        create (`x"; drop table y; --` included) stays one identifier."""
        return self._preparer.quote_identifier(identifier)

    def qualify(self, table: TableName) -> str:
        if table.schema:
            return f"{self.quote(table.schema)}.{self.quote(table.name)}"
        return self.quote(table.name)

    def columns(self, names: Iterable[str]) -> str:
        return ", ".join(self.quote(name) for name in names)

    def literal(self, text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    def object_name(self, *parts: str, suffix: str) -> str:
        """A deterministic name such as `orders_customer_id_idx`, shortened with a hash when it
        would exceed the engine's identifier limit (two long names must not collide)."""
        name = "_".join([*parts, suffix])
        if len(name) <= self.max_identifier_length:
            return name
        digest = hashlib.sha1(name.encode()).hexdigest()[:8]
        keep = self.max_identifier_length - len(suffix) - len(digest) - 2
        return f"{name[:keep]}_{digest}_{suffix}"

    def index_keys(self, index: Index) -> str:
        parts = []
        for element in index.elements:
            text = (
                self.quote(element.column)
                if element.column is not None
                else f"({element.expression})"
            )
            if element.prefix_length:
                text += f"({element.prefix_length})"
            parts.append(text + (" DESC" if element.descending else ""))
        return ", ".join(parts)

    # --- rendering -------------------------------------------------------------------------
    def steps(self, change: Change, catalog: Catalog | None = None) -> list[Step]:
        method = getattr(self, "render_" + change.kind.replace("-", "_"), None)
        if method is None:
            raise NotImplementedError(f"{self.dialect} cannot render {change.kind}")
        steps = list(method(change, catalog))
        policy = getattr(change, "policy", "")
        if policy:
            # The ON DELETE choice and its reason go into the migration, beside the step.
            steps = [
                step
                if step.reason_text
                else replace(step, reason_text=f"{change.reason}; {policy}")
                for step in steps
            ]
        return steps

    def settings(self) -> tuple[str, ...]:
        return ()

    def client_commands(self) -> tuple[str, ...]:
        """Lines for the engine's own client that make it stop at the first error."""
        return ()

    def render(self, changes: Sequence[Change], catalog: Catalog | None = None) -> Script:
        steps = [step for change in changes for step in self.steps(change, catalog)]
        return Script(
            self.dialect,
            tuple(steps),
            self.settings(),
            client_commands=self.client_commands() if steps else (),
        )

    def fix_text(self, changes: Sequence[Change], catalog: Catalog | None = None) -> str | None:
        """The SQL of `changes` as one text, for a finding's `fix` field."""
        if not changes:
            return None
        try:
            statements = self.render(changes, catalog).statements()
        except NotImplementedError as exc:
            return f"-- {exc}"
        return "\n".join(statements) or None

    def render_no_change(self, change: Change, catalog: Catalog | None) -> list[Step]:
        return []


def orphan_reason(change: Change) -> str:
    """A quarantine step's reason, with what happens to the live rows and why."""
    why = getattr(change, "why", "")
    return f"{change.reason}; live rows: {why}" if why else change.reason
