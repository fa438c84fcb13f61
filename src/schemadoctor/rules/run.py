"""One check run: the database, its catalog, its adapter and the user's settings, carried from
check to plan to verify, with what the run computes once and several rules reuse (inference,
the foreign keys it proposes, the names in use).

Every rule sees the same run, so a finding's fix is the same SQL whether `check --show-fixes`
or `plan` asks for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from schemadoctor.engines.rendering import RenderSettings
from schemadoctor.infer import Inference, Settings, run_inference
from schemadoctor.model.catalog import Catalog, TableName
from schemadoctor.model.links import Link

if TYPE_CHECKING:
    from schemadoctor.engines.base import Adapter
    from schemadoctor.engines.database import Database
    from schemadoctor.engines.rendering import Renderer

OWN_TABLE_PREFIX = "schemadoctor_"
"""Tables schemadoctor itself creates (`schemadoctor_migrations`, `schemadoctor_quarantine`):
never reported, whatever they lack, and never part of inference."""

ORPHAN_MODES = ("quarantine", "set-null", "delete", "fail")
DEFAULT_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class RunSettings:
    """What the user chose for this run (command options over configuration)."""

    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    orphans: str = "quarantine"
    """What a plan does with orphan rows: one of ORPHAN_MODES."""
    render: RenderSettings = field(default_factory=RenderSettings)
    exhaustive: bool = False
    """Rules that sample the data in a check verify over whole tables what their fix relies
    on (plan sets it: a migration must not rest on a sample)."""


@dataclass
class Run:
    catalog: Catalog
    adapter: Adapter
    database: Database | None = None
    """The live, read-only database for rules that ask the data; None: catalog only."""
    settings: RunSettings = field(default_factory=RunSettings)
    rule_options: Mapping[str, Any] = field(default_factory=dict)
    """Each rule's typed options, by rule id (see `rules.options`)."""
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    proposed: Sequence[Link] = ()
    """The foreign keys this run proposes to add (its missing-foreign-key findings), set once
    every rule has checked: the ON DELETE policy looks at the whole graph to be."""

    @cached_property
    def renderer(self) -> Renderer:
        return self.adapter.renderer(self.settings.render)

    @cached_property
    def inference(self) -> Inference:
        """Foreign-key inference, computed once for the rules that need it, on the user's
        tables only (schemadoctor's own are neither children nor parents). Its settings are
        the `missing-foreign-key` rule's options."""
        options = self.rule_options.get("missing-foreign-key")
        settings = options.inference() if options is not None else Settings()
        catalog = replace(
            self.catalog, tables=tuple(t for t in self.catalog if not self.is_own(t.name))
        )
        return run_inference(catalog, self.database, settings)

    @cached_property
    def names_in_use(self) -> dict[str | None, set[str]]:
        """Lower-cased relation and index names per schema: where index names must be unique
        (every engine but MySQL, whose index names are per table)."""
        names: dict[str | None, set[str]] = {}
        for table in self.catalog:
            found = names.setdefault(table.name.schema, set())
            found.add(table.name.name.lower())
            found.update(index.name.lower() for index in table.indexes)
        return names

    def options(self, rule_id: str) -> Any:
        return self.rule_options.get(rule_id)

    def is_own(self, table: TableName) -> bool:
        return table.name.startswith(OWN_TABLE_PREFIX)
