"""The contract every rule fulfils, and the context it runs in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from schemadoctor.model.catalog import Catalog, Table
from schemadoctor.model.changes import Change
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.rules.options import NoOptions
from schemadoctor.rules.run import Run

if TYPE_CHECKING:
    from schemadoctor.engines.base import Adapter
    from schemadoctor.engines.database import Database
    from schemadoctor.engines.rendering import Renderer


@dataclass(frozen=True)
class Example:
    """A schema the rule reports (`bad`) and the same schema once fixed (`good`), as SQL."""

    bad: str
    good: str


@dataclass
class RuleContext:
    """What a rule may look at: the run (catalog, adapter, live read-only database for rules
    that ask the data, settings) and the rule's own typed options."""

    run: Run
    options: Any

    @property
    def catalog(self) -> Catalog:
        return self.run.catalog

    @property
    def adapter(self) -> Adapter:
        return self.run.adapter

    @property
    def renderer(self) -> Renderer:
        return self.run.renderer

    @property
    def database(self) -> Database | None:
        return self.run.database

    @property
    def now(self) -> datetime:
        return self.run.now


class Rule:
    """A rule: a kebab-case id, a default severity, a one-line rationale, `check` and `changes`.

    `changes` turns one of the rule's findings into the schema changes that fix it; a finding's
    `fix` and the plan both come from it (computed once per run), so a rule's diagnosis and
    cure live in one file. The class attributes are the rule's documentation: the README table
    and `docs/rules/<id>.md` are generated from them.
    """

    id: ClassVar[str]
    severity: ClassVar[Severity]
    rationale: ClassVar[str]
    opt_in: ClassVar[bool] = False
    """Opt-in rules run only when named with --rules (or enabled in the configuration)."""
    requires: ClassVar[tuple[str, ...]] = ()
    """Capabilities (`engines.base.Capabilities` fields) the engine must have for the rule to
    apply; none: every engine."""
    needs_data: ClassVar[bool] = False
    """The rule reads table rows (not only the catalog and statistics)."""
    in_default_plan: ClassVar[bool] = False
    """`plan` carries its fixes without --rules: they add what is missing or repair what is
    broken and need no judgement about the workload."""
    finds: ClassVar[str] = ""
    """What the rule reports, for the documentation."""
    fixes: ClassVar[str] = ""
    """What its fix does, in a few words, for the documentation."""
    severity_note: ClassVar[str] = ""
    """When the severity of a finding differs from the default, for the documentation."""
    engines_note: ClassVar[str] = ""
    """Engine details beyond `requires`, for the documentation."""
    example: ClassVar[Example | None] = None
    Options: ClassVar[type] = NoOptions

    def check(self, context: RuleContext) -> Iterable[Finding]:
        raise NotImplementedError

    def changes(self, finding: Finding, context: RuleContext) -> list[Change]:
        return []

    @classmethod
    def applies_to(cls, adapter: Adapter) -> bool:
        return all(getattr(adapter.supports, capability) for capability in cls.requires)

    def finding(self, table: Table, columns: Iterable[str], message: str, **extra: Any) -> Finding:
        extra.setdefault("severity", self.severity)
        return Finding(
            rule=self.id, table=table.name, columns=tuple(columns), message=message, **extra
        )
