"""The check pipeline: reflect, run the selected rules, then compute each finding's fix once.

Fixes are computed after every rule has checked, from one run: the ON DELETE policy then sees
every foreign key the run proposes, so `check --show-fixes`, `plan` and `verify` agree on the
changes (and the SQL) that fix a finding.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from schemadoctor.config import Config
from schemadoctor.engines.database import Database
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.catalog import Catalog
from schemadoctor.model.changes import Change
from schemadoctor.model.findings import Finding, finding_order, sort_findings
from schemadoctor.rules import Rule, RuleContext, all_rules
from schemadoctor.rules.run import Run, RunSettings

Progress = Callable[[str], None]


@dataclass
class Fix:
    finding: Finding
    changes: list[Change]


@dataclass
class CheckResult:
    run: Run
    findings: list[Finding]
    rules: list[str]
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent per phase: `reflect` and one entry per rule id."""
    fixes: list[Fix] = field(default_factory=list)
    """Each finding whose rule has a cure, with its changes, in finding order."""
    warnings: list[str] = field(default_factory=list)
    """Findings whose cure could not be computed, each with why."""

    @property
    def catalog(self) -> Catalog:
        return self.run.catalog


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


def run_settings(
    config: Config, min_confidence: float | None = None, **fields: object
) -> RunSettings:
    """The run's settings: the command's options over the configuration over defaults."""
    threshold = min_confidence if min_confidence is not None else config.min_confidence
    if threshold is not None:
        fields["min_confidence"] = threshold
    return RunSettings(**fields)  # type: ignore[arg-type]


def run_check(
    database: Database,
    config: Config,
    rule_ids: Iterable[str],
    *,
    settings: RunSettings | None = None,
    min_confidence: float | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Check `database` with the rules `rule_ids`. `settings` (else the configuration with
    `min_confidence` over it) are the run's."""
    started = time.perf_counter()
    timings: dict[str, float] = {}
    say = progress or (lambda _message: None)

    say("reading the schema")
    catalog = database.reflect()
    timings["reflect"] = time.perf_counter() - started
    run = Run(
        catalog=catalog,
        adapter=database.adapter,
        database=database,
        settings=settings or run_settings(config, min_confidence),
        rule_options={rule_id: config.options_for(rule_id) for rule_id in all_rules()},
    )
    threshold = run.settings.min_confidence
    known = all_rules()
    found: list[tuple[Finding, Rule, RuleContext]] = []
    ran: list[str] = []
    for rule_id in rule_ids:
        rule = known[rule_id]()
        if not rule.applies_to(run.adapter):
            continue
        say(f"rule {rule_id}")
        rule_started = time.perf_counter()
        context = RuleContext(run, run.rule_options[rule_id])
        for finding in rule.check(context):
            if config.ignores(finding.table) or _about_own_table(run, finding):
                continue
            if finding.confidence is not None and finding.confidence < threshold:
                continue
            found.append((finding, rule, context))
        timings[rule_id] = time.perf_counter() - rule_started
        ran.append(rule_id)
    run.proposed = [
        link
        for finding, _, _ in found
        if finding.rule == "missing-foreign-key" and (link := finding.link) is not None
    ]
    findings, fixes, warnings = _with_fixes(run, found)
    return CheckResult(
        run=run,
        findings=sort_findings(findings),
        rules=ran,
        seconds=time.perf_counter() - started,
        timings=timings,
        fixes=sorted(fixes, key=lambda fix: finding_order(fix.finding)),
        warnings=warnings,
    )


def _with_fixes(
    run: Run, found: list[tuple[Finding, Rule, RuleContext]]
) -> tuple[list[Finding], list[Fix], list[str]]:
    """Each finding's cure, computed once, and its SQL as the finding's `fix`."""
    findings: list[Finding] = []
    fixes: list[Fix] = []
    warnings: list[str] = []
    for finding, rule, context in found:
        try:
            changes = rule.changes(finding, context)
        except (NotImplementedError, ValueError) as exc:
            warnings.append(f"{finding.rule} on {finding.table}: no fix ({exc})")
            changes = []
        finding = finding.with_fix(run.renderer.fix_text(changes, run.catalog))
        findings.append(finding)
        if changes:
            fixes.append(Fix(finding, changes))
    return findings, fixes, warnings


def _about_own_table(run: Run, finding: Finding) -> bool:
    referred = finding.references.table if finding.references else None
    return run.is_own(finding.table) or (referred is not None and run.is_own(referred))
