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

from schemadoctor.catalog.model import Catalog, TableName
from schemadoctor.check import CheckResult, Progress, renderer_for_database, run_check, select_rules
from schemadoctor.config import Config
from schemadoctor.connect import Database
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.findings import Finding
from schemadoctor.plan import changes as c
from schemadoctor.plan import order, policy
from schemadoctor.plan.foreign_keys import ORPHAN_MODES, PLANNED_KEY
from schemadoctor.probes._sql import ProbeFailed
from schemadoctor.probes.orphans import Link, count_orphans
from schemadoctor.render import renderer_for
from schemadoctor.render.base import Renderer
from schemadoctor.render.script import Script
from schemadoctor.rules import all_rules

PLAN_RULES = (
    "missing-foreign-key",
    "orphan-rows",
    "unindexed-foreign-key",
    "duplicate-index",
    "redundant-index",
    "invalid-constraint",
    "invalid-index",
)
"""Rules whose fixes a plan carries by default: they add what is missing or repair what is
broken, and their fixes need no judgement about the workload. Left out unless asked for with
--rules: `unused-index` (statistics can miss a monthly job), `foreign-key-type-mismatch` (a
type rewrite locks the table), and the opt-in rules (`status-check-constraint`,
`missing-not-null`)."""


class OrphansRefused(SchemaDoctorError):
    """--orphans fail and orphan rows exist."""


@dataclass(frozen=True)
class PlanOptions:
    rules: tuple[str, ...] = ()
    """Only these rules (opt-in ones included); empty: PLAN_RULES plus the configuration's
    `enable`."""
    disable: tuple[str, ...] = ()
    orphans: str = "quarantine"
    min_confidence: float | None = None
    lock_timeout: str = "2s"
    statement_timeout: str = "0"
    """Per statement in the migration (PostgreSQL); 0: none, as index builds and validations
    legitimately take long and the lock timeout already bounds every wait."""
    mysql_fk: str = "online"
    """`online` (foreign_key_checks=0, INPLACE, then a row check) or `copy` (InnoDB checks)."""

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


@dataclass
class Fix:
    finding: Finding
    changes: list[c.Change]


@dataclass
class Plan:
    dialect: str
    database: str
    catalog: Catalog
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
    renderer: Renderer | None = field(default=None, repr=False)
    """The renderer that wrote `up` and `down` (for other formats of the same plan)."""

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
    known = all_rules()
    select_rules(config, (), options.disable)  # validates the --disable ids
    wanted = [rule for rule in PLAN_RULES if rule in known] + sorted(config.enable)
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
    rule_ids = plan_rules(config, options)
    settings = {"orphans": options.orphans}
    result = run_check(
        database,
        config,
        rule_ids,
        min_confidence=options.min_confidence,
        progress=progress,
        extra_options={rule_id: dict(settings) for rule_id in rule_ids},
    )
    catalog = result.catalog
    renderer = _renderer(database, options)
    planned = planned_references(result.findings)
    fixes: list[Fix] = []
    warnings = list(catalog.warnings)
    for finding in result.findings:
        rule = result.rule_objects.get(finding.rule)
        context = result.contexts.get(finding.rule)
        if rule is None or context is None:
            continue
        context.shared[PLANNED_KEY] = planned
        context.shared["plan_options"] = settings
        context.renderer = renderer
        try:
            changes = rule.changes(finding, context)
        except (NotImplementedError, ValueError) as exc:
            warnings.append(f"{finding.rule} on {finding.table}: no fix ({exc})")
            continue
        if changes:
            fixes.append(Fix(finding, changes))
    return assemble(
        database,
        catalog,
        fixes,
        options,
        renderer=renderer,
        findings=result.findings,
        warnings=warnings,
        check=result,
    )


def assemble(
    database: Database,
    catalog: Catalog,
    fixes: list[Fix],
    options: PlanOptions,
    *,
    renderer: Renderer | None = None,
    findings: list[Finding] | None = None,
    warnings: list[str] | None = None,
    check: CheckResult | None = None,
) -> Plan:
    """A plan from the changes of `fixes`: merged and ordered, orphans counted (and refused
    with --orphans fail), the quarantine table added where needed, both scripts rendered."""
    renderer = renderer or _renderer(database, options)
    warnings = warnings if warnings is not None else []
    changes = order.order(change for fix in fixes for change in fix.changes)
    changes = _count_orphans(database, catalog, changes, warnings)
    if options.orphans == "fail":
        _refuse_orphans(changes)
    changes = _with_quarantine_table(catalog, changes)
    plan_id = _plan_id(changes)
    renderer.plan_id = plan_id
    if database.dialect == "sqlite":
        renderer.triggers = _sqlite_triggers(database)  # type: ignore[attr-defined]
    up, down = render_pair(renderer, changes, order.inverse(changes), catalog)
    plan = Plan(
        dialect=database.dialect,
        database=database.display,
        catalog=catalog,
        plan_id=plan_id,
        findings=findings if findings is not None else [fix.finding for fix in fixes],
        fixes=fixes,
        changes=changes,
        up=up,
        down=down,
        warnings=warnings,
        check=check,
        renderer=renderer,
    )
    plan.up = replace(up, header=header(plan, "up"))
    plan.down = replace(down, header=header(plan, "down"))
    return plan


def render_pair(
    renderer: Renderer, up: Sequence[c.Change], down: Sequence[c.Change], catalog: Catalog
) -> tuple[Script, Script]:
    """Both scripts; a renderer that follows the schema through a script (SQLite) starts the
    down script where the up script ended."""
    pair = getattr(renderer, "render_pair", None)
    if pair is not None:
        return pair(up, down, catalog)  # type: ignore[no-any-return]
    return renderer.render(up, catalog), renderer.render(down, catalog)


def planned_references(findings: Sequence[Finding]) -> list[policy.Reference]:
    """The foreign keys this run proposes, for the ON DELETE policy's view of the graph."""
    return [
        policy.Reference(f.table, f.columns, f.references.table, f.references.columns, True)
        for f in findings
        if f.rule == "missing-foreign-key" and f.references is not None
    ]


def _renderer(database: Database, options: PlanOptions) -> Renderer:
    if database.dialect == "postgresql":
        return renderer_for(
            "postgresql",
            lock_timeout=options.lock_timeout,
            statement_timeout=options.statement_timeout,
        )
    if database.dialect == "mysql":
        return renderer_for(
            "mysql",
            lock_timeout=options.lock_timeout,
            flavor=database.flavor or "mysql",
            fk_method=options.mysql_fk,
        )
    return renderer_for_database(database)


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
                fk = change.foreign_key
                try:
                    with database.connect() as connection:
                        counted = count_orphans(
                            connection,
                            database,
                            child,
                            [Link(fk.columns, parent, fk.referred_columns)],
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


def _sqlite_triggers(database: Database) -> dict[str, list[tuple[str, str]]]:
    triggers: dict[str, list[tuple[str, str]]] = {}
    with database.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        )
        for table, name, sql in rows:
            if sql:
                triggers.setdefault(table, []).append((name, sql))
    return triggers


_RUN = {
    "postgresql": "psql -v ON_ERROR_STOP=1 -d DATABASE -f {file}",
    "mysql": "mariadb DATABASE < {file}   (or: mysql DATABASE < {file})",
    "sqlite": "sqlite3 DATABASE.db < {file}",
}


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
        + _RUN[plan.dialect].format(file="fix.sql" if which == "up" else "fix.down.sql"),
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
