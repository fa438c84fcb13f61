"""From a live database to a plan: run the check (read-only), turn the findings into ordered
changes, count the orphans each quarantine step will move, render the up and down scripts.

    plan = build_plan(database, config, PlanOptions(orphans="quarantine"))
    plan.up.to_sql(), plan.down.to_sql()
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from schemadoctor.check import CheckResult, Fix, Progress, run_check, run_settings, select_rules
from schemadoctor.config import Config
from schemadoctor.engines.database import Database
from schemadoctor.engines.rendering import Renderer, RenderSettings
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model import changes as c
from schemadoctor.model.catalog import Catalog, TableName
from schemadoctor.model.durations import parse_duration
from schemadoctor.model.findings import Finding
from schemadoctor.model.links import Link
from schemadoctor.model.script import Script
from schemadoctor.plan import order
from schemadoctor.probes._sql import ProbeFailed
from schemadoctor.probes.orphans import count_orphans
from schemadoctor.rules import all_rules
from schemadoctor.rules.run import ORPHAN_MODES, Run

__all__ = ["Fix", "Plan", "PlanOptions", "assemble", "build_plan"]


class OrphansRefused(SchemaDoctorError):
    """--orphans fail and orphan rows exist."""


@dataclass(frozen=True)
class PlanOptions:
    rules: tuple[str, ...] = ()
    """Only these rules (opt-in ones included); empty: the rules whose fixes a plan carries by
    default (`Rule.in_default_plan`) plus the configuration's `enable`."""
    disable: tuple[str, ...] = ()
    orphans: str = "quarantine"
    min_confidence: float | None = None
    lock_timeout: str | float = "2s"
    statement_timeout: str | float = "0"
    """Per statement in the migration (PostgreSQL); 0: none, as index builds and validations
    legitimately take long and the lock timeout already bounds every wait."""
    mysql_fk: str = "online"
    """`online` (foreign_key_checks=0, INPLACE, then a row check) or `copy` (InnoDB checks)."""
    online_rewrite_rows: int | None = None
    """Type conversions rewriting more rows than this run online where the engine can
    (None: the renderer's default)."""

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> PlanOptions:
        """From a plain dict (as `apply` passes it): None means the default, lists are fine."""
        known = {name: value for name, value in values.items() if value is not None}
        unknown = set(known) - set(cls.__dataclass_fields__)
        if unknown:
            raise SchemaDoctorError(f"unknown plan option(s): {', '.join(sorted(unknown))}")
        for name in ("rules", "disable"):
            if name in known:
                known[name] = tuple(known[name])
        return cls(**known)

    def render_settings(self) -> RenderSettings:
        return RenderSettings(
            lock_timeout=parse_duration(self.lock_timeout, "--lock-timeout"),
            statement_timeout=parse_duration(
                self.statement_timeout, "--statement-timeout", allow_zero=True
            ),
            mysql_fk=self.mysql_fk,
            **(
                {"online_rewrite_rows": self.online_rewrite_rows}
                if self.online_rewrite_rows is not None
                else {}
            ),
        )


@dataclass
class Plan:
    dialect: str
    database: str
    run: Run
    plan_id: str
    findings: list[Finding]
    """Every finding of the check."""
    fixes: list[Fix]
    """Findings this plan fixes, each with the changes it asked for."""
    changes: list[c.Change]
    """The up changes, merged and ordered."""
    up: Script
    down: Script
    warnings: list[str] = field(default_factory=list)
    check: CheckResult | None = field(default=None, repr=False)

    @property
    def catalog(self) -> Catalog:
        return self.run.catalog

    @property
    def renderer(self) -> Renderer:
        """The renderer that wrote `up` and `down` (for other formats of the same plan)."""
        return self.run.renderer

    @property
    def unfixed(self) -> list[Finding]:
        fixed = {id(fix.finding) for fix in self.fixes}
        return [finding for finding in self.findings if id(finding) not in fixed]

    @property
    def foreign_keys(self) -> list[c.AddForeignKey]:
        return [change for change in self.changes if isinstance(change, c.AddForeignKey)]

    @property
    def quarantines(self) -> list[c.QuarantineOrphans]:
        return [change for change in self.changes if isinstance(change, c.QuarantineOrphans)]

    @property
    def estimated_rows(self) -> int:
        return sum(change.estimated_rows or 0 for change in self.changes)


def plan_rules(config: Config, options: PlanOptions) -> list[str]:
    if options.rules:
        return select_rules(config, options.rules, options.disable)
    select_rules(config, (), options.disable)  # validates the --disable ids
    wanted = [rule_id for rule_id, rule in all_rules().items() if rule.in_default_plan]
    wanted += sorted(config.enable)
    return [
        rule
        for rule in dict.fromkeys(wanted)
        if rule not in config.disable and rule not in options.disable
    ]


def build_plan(
    database: Database,
    config: Config,
    options: PlanOptions | Mapping[str, Any] | None = None,
    *,
    progress: Progress | None = None,
) -> Plan:
    """Check `database` (read-only) and plan the fixes of its findings. `options` may be a
    PlanOptions or a dict of its fields."""
    if not isinstance(options, PlanOptions):
        options = PlanOptions.from_mapping(options or {})
    if options.orphans not in ORPHAN_MODES:
        raise SchemaDoctorError(
            f"unknown --orphans mode '{options.orphans}' (known: {', '.join(ORPHAN_MODES)})"
        )
    settings = run_settings(
        config,
        options.min_confidence,
        orphans=options.orphans,
        render=options.render_settings(),
        exhaustive=True,
    )
    result = run_check(
        database, config, plan_rules(config, options), settings=settings, progress=progress
    )
    return assemble(
        database,
        result.run,
        result.fixes,
        options,
        findings=result.findings,
        warnings=[*result.catalog.warnings, *result.warnings],
        check=result,
    )


def assemble(
    database: Database,
    run: Run,
    fixes: list[Fix],
    options: PlanOptions,
    *,
    findings: list[Finding] | None = None,
    warnings: list[str] | None = None,
    check: CheckResult | None = None,
) -> Plan:
    """A plan from the changes of `fixes`: merged and ordered, orphans counted (and refused
    with --orphans fail), the quarantine table added where needed, both scripts rendered."""
    catalog, renderer = run.catalog, run.renderer
    warnings = warnings if warnings is not None else []
    changes = order.order(change for fix in fixes for change in fix.changes)
    changes = _count_orphans(database, catalog, changes, warnings)
    if options.orphans == "fail":
        _refuse_orphans(changes)
    changes = _with_quarantine_table(catalog, changes)
    plan_id = _plan_id(changes)
    renderer.plan_id = plan_id
    up, down = renderer.render_pair(changes, order.inverse(changes), catalog)
    plan = Plan(
        dialect=database.dialect,
        database=database.display,
        run=run,
        plan_id=plan_id,
        findings=findings if findings is not None else [fix.finding for fix in fixes],
        fixes=fixes,
        changes=changes,
        up=up,
        down=down,
        warnings=warnings,
        check=check,
    )
    plan.up = replace(up, header=header(plan, "up"))
    plan.down = replace(down, header=header(plan, "down"))
    return plan


def _count_orphans(
    database: Database, catalog: Catalog, changes: list[c.Change], warnings: list[str]
) -> list[c.Change]:
    """Orphan counts for quarantine steps the check did not count; steps with none to move
    are left out (the constraint's own check then guards against any that appear later)."""
    result: list[c.Change] = []
    for change in changes:
        if isinstance(change, c.QuarantineOrphans) and change.orphans is None:
            child = catalog.table(change.table)
            parent = catalog.table(change.foreign_key.referred_table)
            if child is not None and parent is not None:
                try:
                    with database.connect() as connection:
                        counted = count_orphans(
                            connection,
                            database,
                            catalog,
                            child,
                            [Link.of(change.table, change.foreign_key)],
                        )
                except ProbeFailed as exc:
                    warnings.append(f"orphans of {change.table} not counted: {exc}")
                    counted = []
                if counted and counted[0].exact:
                    change = replace(change, orphans=counted[0].orphans)
        if isinstance(change, c.QuarantineOrphans) and change.orphans == 0:
            continue
        result.append(change)
    return result


def _refuse_orphans(changes: Sequence[c.Change]) -> None:
    found = [
        change
        for change in changes
        if isinstance(change, c.QuarantineOrphans) and change.orphans != 0
    ]
    if not found:
        return
    parts = [
        f"{change.table}({', '.join(change.foreign_key.columns)}) -> "
        f"{change.foreign_key.referred_table}: "
        + ("uncounted" if change.orphans is None else f"{_rows(change.orphans)} orphaned")
        for change in found
    ]
    raise OrphansRefused(
        "--orphans fail: orphan rows exist, no plan written: "
        + "; ".join(parts)
        + " (fix them, or plan with --orphans quarantine to keep them aside reversibly)"
    )


def _with_quarantine_table(catalog: Catalog, changes: list[c.Change]) -> list[c.Change]:
    """A CreateQuarantineTable for every schema whose quarantine table does not exist yet, so
    that the down script drops it again (only once it is empty)."""
    schemas = dict.fromkeys(
        change.table.schema for change in changes if isinstance(change, c.QuarantineOrphans)
    )
    created: list[c.Change] = [
        c.CreateQuarantineTable(
            table=TableName(schema, c.QUARANTINE_TABLE),
            reason="orphan rows are kept here, never dropped",
        )
        for schema in schemas
        if catalog.table(TableName(schema, c.QUARANTINE_TABLE)) is None
    ]
    return created + changes


def _plan_id(changes: Sequence[c.Change]) -> str:
    text = "\n".join(f"{change.kind} {change.describe()}" for change in changes)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def header(plan: Plan, which: str) -> tuple[str, ...]:
    """Comment lines at the top of a script: what it is, how to run it, the ON DELETE
    choices and the orphans, each with its reason."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"schemadoctor plan {plan.plan_id} ({which}) for {plan.database}",
        f"{plan.dialect} {plan.catalog.server_version}, generated {now}",
        f"{len(plan.changes)} changes fixing {len(plan.fixes)} findings; "
        f"about {plan.estimated_rows:,} rows to read",
        "run with: "
        + plan.run.adapter.client_command.format(
            file="fix.sql" if which == "up" else "fix.down.sql"
        ),
        "idempotent: running it twice is harmless; every step says what it locks",
    ]
    if which == "down":
        lines.append("undoes the up script: the schema as it was, quarantined rows put back")
    decisions = [change for change in plan.changes if isinstance(change, c.AddForeignKey)]
    if decisions:
        lines += ["", "ON DELETE choices:"]
        lines += [
            f"  {change.table}({', '.join(change.foreign_key.columns)}) -> "
            f"{change.foreign_key.referred_table}: {change.policy}"
            for change in decisions
        ]
    quarantines = plan.quarantines
    if quarantines:
        lines += ["", "orphans (kept in schemadoctor_quarantine, restored by the down script):"]
        lines += [
            f"  {change.table}({', '.join(change.foreign_key.columns)}): "
            + ("uncounted" if change.orphans is None else _rows(change.orphans))
            + f", then {'deleted' if change.action == 'delete' else 'reference set to NULL'}"
            f" ({change.why})"
            for change in quarantines
        ]
    return tuple(lines)


def summary_rows(plan: Plan) -> list[dict[str, Any]]:
    """One row per change for the plan summary: what, where, why, cost."""
    return [
        {
            "step": number,
            "change": change.describe(),
            "table": str(change.table),
            "reason": change.reason,
            "policy": getattr(change, "policy", ""),
            "rows": change.estimated_rows,
        }
        for number, change in enumerate(plan.changes, 1)
    ]


def _rows(count: int) -> str:
    return f"{count:,} row{'' if count == 1 else 's'}"
