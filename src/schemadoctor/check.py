"""The check pipeline: reflect, run the selected rules, attach a fix to each finding."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from schemadoctor.catalog import reflect
from schemadoctor.catalog.model import Catalog
from schemadoctor.config import Config
from schemadoctor.connect import Database
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.findings import Finding, sort_findings
from schemadoctor.render import renderer_for
from schemadoctor.render.base import Renderer
from schemadoctor.rules import Rule, RuleContext, all_rules

DEFAULT_MIN_CONFIDENCE = 0.5

OWN_TABLE_PREFIX = "schemadoctor_"
"""Tables schemadoctor itself creates (`schemadoctor_migrations`, `schemadoctor_quarantine`):
never reported, whatever they lack."""

Progress = Callable[[str], None]


def _about_own_table(finding: Finding) -> bool:
    referred = finding.references.table if finding.references else None
    return finding.table.name.startswith(OWN_TABLE_PREFIX) or (
        referred is not None and referred.name.startswith(OWN_TABLE_PREFIX)
    )


@dataclass
class CheckResult:
    catalog: Catalog
    findings: list[Finding]
    rules: list[str]
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent per phase: `reflect` and one entry per rule id."""
    rule_objects: dict[str, Rule] = field(default_factory=dict, repr=False)
    contexts: dict[str, RuleContext] = field(default_factory=dict, repr=False)


def parse_rule_ids(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def select_rules(
    config: Config, only: Sequence[str] = (), disable: Sequence[str] = ()
) -> list[str]:
    """Rule ids to run: `only` if given (opt-in rules included), else every default rule plus
    the configuration's `enable`, minus its `disable` and the `disable` argument."""
    known = all_rules()
    for rule_id in [*only, *disable]:
        if rule_id not in known:
            raise SchemaDoctorError(f"unknown rule '{rule_id}' (known: {', '.join(known)})")
    if only:
        return [rule_id for rule_id in known if rule_id in only]
    chosen = [
        rule_id for rule_id, rule in known.items() if (not rule.opt_in or rule_id in config.enable)
    ]
    return [
        rule_id for rule_id in chosen if rule_id not in config.disable and rule_id not in disable
    ]


def renderer_for_database(database: Database) -> Renderer:
    if database.dialect == "mysql":
        return renderer_for("mysql", flavor=database.flavor or "mysql")
    return renderer_for(database.dialect)


def run_check(
    database: Database,
    config: Config,
    rule_ids: Iterable[str],
    *,
    min_confidence: float | None = None,
    progress: Progress | None = None,
    extra_options: dict[str, dict[str, Any]] | None = None,
) -> CheckResult:
    started = time.perf_counter()
    timings: dict[str, float] = {}
    say = progress or (lambda _message: None)

    say("reading the schema")
    catalog = reflect(database)
    timings["reflect"] = time.perf_counter() - started

    renderer = renderer_for_database(database)
    threshold = min_confidence if min_confidence is not None else config.min_confidence
    if threshold is None:
        threshold = DEFAULT_MIN_CONFIDENCE
    shared: dict[str, Any] = {"min_confidence": threshold}
    known = all_rules()
    findings: list[Finding] = []
    ran: list[str] = []
    rule_objects: dict[str, Rule] = {}
    contexts: dict[str, RuleContext] = {}
    for rule_id in rule_ids:
        rule = known[rule_id]()
        if rule.dialects is not None and catalog.dialect not in rule.dialects:
            continue
        say(f"rule {rule_id}")
        rule_started = time.perf_counter()
        options = {**config.options_for(rule_id), **(extra_options or {}).get(rule_id, {})}
        context = RuleContext(catalog, renderer, options, database, shared=shared)
        for finding in rule.check(context):
            if config.ignores(finding.table) or _about_own_table(finding):
                continue
            if finding.confidence is not None and finding.confidence < threshold:
                continue
            findings.append(
                finding.with_fix(renderer.fix_text(rule.changes(finding, context), catalog))
            )
        timings[rule_id] = time.perf_counter() - rule_started
        ran.append(rule_id)
        rule_objects[rule_id] = rule
        contexts[rule_id] = context
    return CheckResult(
        catalog=catalog,
        findings=sort_findings(findings),
        rules=ran,
        seconds=time.perf_counter() - started,
        timings=timings,
        rule_objects=rule_objects,
        contexts=contexts,
    )
