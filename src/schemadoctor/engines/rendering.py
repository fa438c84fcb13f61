"""What every engine's renderer shares: identifier quoting by the adapter, constraint and index
naming, and dispatch from a kind of change to the method that writes its SQL.

A renderer declares, for every kind of change (`model.changes.CHANGE_KINDS`), either a method
decorated `@renders(Kind)` or an entry in `unsupported` saying why its engine cannot do it; a
test holds every engine to that, so a forgotten kind fails the build rather than a plan.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from schemadoctor.model.catalog import Catalog, Index, TableName
from schemadoctor.model.changes import Change, NoChange
from schemadoctor.model.script import Script, Step

if TYPE_CHECKING:
    from schemadoctor.engines.base import Adapter

Handler = Callable[[Any, Any, Catalog | None], list[Step]]
F = TypeVar("F", bound=Handler)


class Unsupported(NotImplementedError):
    """The engine cannot make this change; the message says why, for the plan to show."""


MYSQL_FK_METHODS = ("online", "copy")
"""How MySQL/MariaDB foreign keys are added (see `engines.mysql.render`)."""


@dataclass(frozen=True)
class RenderSettings:
    """How the user wants the migration written (the plan command's options)."""

    lock_timeout: float = 2.0
    """Seconds any statement of the migration may wait for a lock (set at its top)."""
    statement_timeout: float = 0.0
    """Seconds per statement in the migration (PostgreSQL); 0: none, as index builds and
    validations legitimately take long and the lock timeout already bounds every wait."""
    mysql_fk: str = "online"
    """`online` (foreign_key_checks=0, INPLACE, then a row check) or `copy` (InnoDB checks)."""
    online_rewrite_rows: int = 100_000
    """A type conversion rewriting more rows than this (all its tables together) runs online
    where the engine can (PostgreSQL: a shadow column, batched backfill and a short swap);
    up to it, one rewrite under a lock is quicker and simpler."""


def renders(*kinds: type[Change]) -> Callable[[F], F]:
    """Mark a renderer method as the one writing these kinds of change."""

    def mark(method: F) -> F:
        method.__renders__ = kinds  # type: ignore[attr-defined]
        return method

    return mark


class Renderer:
    handlers: ClassVar[dict[type[Change], str]] = {}
    """Kind of change -> name of the method rendering it (filled from `@renders`)."""
    unsupported: ClassVar[dict[type[Change], str]] = {}
    """Kinds of change the engine cannot make, each with the reason."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        handlers: dict[type[Change], str] = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                for kind in getattr(value, "__renders__", ()):
                    handlers[kind] = name
        cls.handlers = handlers

    def __init__(self, adapter: Adapter, settings: RenderSettings | None = None) -> None:
        self.adapter = adapter
        self.options = settings or RenderSettings()
        self.plan_id = "unplanned"
        """Recorded with every quarantined row: which plan moved it (the planner sets it)."""

    @property
    def dialect(self) -> str:
        return self.adapter.dialect

    # --- identifiers -----------------------------------------------------------------------
    def quote(self, identifier: str) -> str:
        return self.adapter.quote(identifier)

    def qualify(self, table: TableName) -> str:
        return self.adapter.qualify(table)

    def columns(self, names: Iterable[str]) -> str:
        return ", ".join(self.quote(name) for name in names)

    def literal(self, text: str) -> str:
        return self.adapter.literal(text)

    def object_name(self, *parts: str, suffix: str) -> str:
        """A deterministic name such as `orders_customer_id_idx`, shortened with a hash when it
        would exceed the engine's identifier limit (two long names must not collide)."""
        limit = self.adapter.max_identifier_length
        name = "_".join([*parts, suffix])
        if len(name) <= limit:
            return name
        digest = hashlib.sha1(name.encode()).hexdigest()[:8]
        keep = limit - len(suffix) - len(digest) - 2
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
    def handles(self, kind: type[Change]) -> bool:
        return kind in self.handlers

    def steps(self, change: Change, catalog: Catalog | None = None) -> list[Step]:
        kind = type(change)
        if kind not in self.handlers:
            reason = self.unsupported.get(kind, "no renderer for this kind of change")
            raise Unsupported(f"{self.adapter.display_name} cannot {change.kind}: {reason}")
        steps: list[Step] = getattr(self, self.handlers[kind])(change, catalog)
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
        return self._script(steps)

    def render_pair(
        self, up: Sequence[Change], down: Sequence[Change], catalog: Catalog | None
    ) -> tuple[Script, Script]:
        """Both scripts of a plan (a renderer that follows the schema through a script starts
        the down script where the up script ended)."""
        return self.render(up, catalog), self.render(down, catalog)

    def _script(self, steps: Sequence[Step]) -> Script:
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

    @renders(NoChange)
    def render_no_change(self, change: Change, catalog: Catalog | None) -> list[Step]:
        return []


def orphan_reason(change: Change) -> str:
    """A quarantine step's reason, with what happens to the live rows and why."""
    why = getattr(change, "why", "")
    return f"{change.reason}; live rows: {why}" if why else change.reason
