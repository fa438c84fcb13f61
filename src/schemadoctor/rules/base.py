"""The contract every rule fulfils, and the context it runs in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from schemadoctor.catalog.model import Catalog, Table
from schemadoctor.findings import Finding, Severity
from schemadoctor.plan.changes import Change

if TYPE_CHECKING:
    from schemadoctor.connect import Database
    from schemadoctor.render.base import Renderer


@dataclass
class RuleContext:
    """What a rule may look at. `database` is the live (read-only) database for rules that ask
    questions of the data; rules that need only the catalog ignore it."""

    catalog: Catalog
    renderer: Renderer
    options: Mapping[str, Any] = field(default_factory=dict)
    database: Database | None = None
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    shared: dict[str, Any] = field(default_factory=dict)
    """Results one rule computes and another reuses within one check (e.g. inferred keys)."""

    def option(self, name: str, default: Any) -> Any:
        return self.options.get(name, default)


class Rule:
    """A rule: a kebab-case id, a default severity, a one-line rationale, and `check`.

    `changes` turns one of the rule's findings into the schema changes that fix it; the planner
    and the `fix` field of findings both come from it, so a rule's diagnosis and cure live in
    one file.
    """

    id: ClassVar[str]
    severity: ClassVar[Severity]
    rationale: ClassVar[str]
    opt_in: ClassVar[bool] = False
    """Opt-in rules run only when named with --rules (or enabled in the configuration)."""
    dialects: ClassVar[frozenset[str] | None] = None
    """Engines the rule applies to; None means all."""

    def check(self, context: RuleContext) -> Iterable[Finding]:
        raise NotImplementedError

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        return []

    def finding(self, table: Table, columns: Iterable[str], message: str, **extra: Any) -> Finding:
        extra.setdefault("severity", self.severity)
        return Finding(
            rule=self.id, table=table.name, columns=tuple(columns), message=message, **extra
        )
