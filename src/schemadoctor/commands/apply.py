"""`schemadoctor apply`: run a plan on a live database, step by step, resumably, then verify."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from schemadoctor.commands import app
from schemadoctor.commands._common import (
    ConfigOption,
    DisableOption,
    MinConfidenceOption,
    OutputFormat,
    RulesOption,
    UrlArgument,
    config_from,
    stderr,
)

if TYPE_CHECKING:
    from rich.console import Console

    from schemadoctor.apply.executor import ApplyResult
    from schemadoctor.apply.options import ApplyOptions
    from schemadoctor.apply.state import PlanRecord
    from schemadoctor.apply.verify import Verification
    from schemadoctor.config import Config
    from schemadoctor.engines.database import Database
    from schemadoctor.model.script import Script
    from schemadoctor.plan.builder import Plan

CHECK_TIMEOUT = 60.0
"""Statement timeout of the read-only check run before and after applying."""


PlanOption = Annotated[
    Path | None,
    typer.Option(
        "--plan",
        metavar="FILE",
        dir_okay=False,
        help="The up script written by `schemadoctor plan -o FILE`. Without it the plan is made "
        "now from the database's findings (or an unfinished plan is resumed).",
    ),
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Report format on stdout.")
]


@app.command()
def apply(
    url: UrlArgument,
    plan: PlanOption = None,
    yes: Annotated[
        bool,
        typer.Option(
            "--yes", "-y", help="Do not ask for confirmation (needed without a terminal)."
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the steps and what each locks; write nothing.")
    ] = False,
    lock_timeout: Annotated[
        str,
        typer.Option(
            "--lock-timeout",
            metavar="DURATION",
            help="How long any statement may wait for a lock (2s, 500ms) before the step is "
            "retried: writers queued behind a waiting DDL stall at most this long.",
        ),
    ] = "2s",
    retries: Annotated[
        int,
        typer.Option(
            "--retries",
            metavar="N",
            min=0,
            help="Retries of a step that could not get its lock, with growing, jittered waits; "
            "then apply stops cleanly (exit 75) and names the session holding the lock.",
        ),
    ] = 5,
    abandon_unfinished: Annotated[
        bool,
        typer.Option(
            "--abandon-unfinished",
            help="Another plan is half-applied: mark it abandoned (as it stands) and go on.",
        ),
    ] = False,
    no_verify: Annotated[
        bool, typer.Option("--no-verify", help="Skip the check run after the last step.")
    ] = False,
    orphans: Annotated[
        str | None,
        typer.Option(
            "--orphans",
            metavar="POLICY",
            help="Without --plan: what the plan does with orphan rows "
            "(quarantine, set-null, delete, fail).",
        ),
    ] = None,
    mysql_fk: Annotated[
        str | None,
        typer.Option(
            "--mysql-fk",
            metavar="METHOD",
            help="Without --plan, MySQL/MariaDB foreign keys: online (foreign_key_checks=0 + "
            "INPLACE, rows checked right after; writes continue; the default) or copy (InnoDB "
            "checks rows while copying the table; writes wait).",
        ),
    ] = None,
    rules: RulesOption = None,
    disable: DisableOption = None,
    min_confidence: MinConfidenceOption = None,
    fmt: FormatOption = OutputFormat.text,
    config_file: ConfigOption = None,
) -> None:
    """Apply a plan without stopping the database's writers: short lock timeouts, retries,
    a record of each step so that an interrupted run resumes, and a verification at the end.

    Exit codes: 0 applied and verified; 1 verification failed (or confirmation declined);
    2 error or refusal; 75 stopped because a lock could not be taken (run it again later)."""
    from schemadoctor.apply.locks import limit_lock_waits
    from schemadoctor.apply.options import ApplyOptions
    from schemadoctor.check import parse_rule_ids
    from schemadoctor.engines.database import open_database
    from schemadoctor.engines.rendering import MYSQL_FK_METHODS
    from schemadoctor.errors import SchemaDoctorError
    from schemadoctor.model.durations import parse_duration

    config = config_from(config_file)
    options = ApplyOptions(
        lock_timeout=parse_duration(lock_timeout, "--lock-timeout"),
        retries=retries,
        abandon_unfinished=abandon_unfinished,
    )
    if mysql_fk is not None and mysql_fk not in MYSQL_FK_METHODS:
        raise SchemaDoctorError(
            f"unknown --mysql-fk '{mysql_fk}' (known: {', '.join(MYSQL_FK_METHODS)})"
        )
    database = open_database(url, read_only=False, statement_timeout=None)
    checker = open_database(url, read_only=True, statement_timeout=CHECK_TIMEOUT)
    limit_lock_waits(checker, options.lock_timeout)
    try:
        code = _apply(
            database,
            checker,
            config,
            options,
            plan,
            yes=yes,
            dry_run=dry_run,
            verify_after=not no_verify,
            fmt=fmt,
            plan_options={
                "orphans": orphans,
                "mysql_fk": mysql_fk,
                "rules": parse_rule_ids(rules),
                "disable": parse_rule_ids(disable),
                "min_confidence": min_confidence,
            },
        )
    finally:
        database.dispose()
        checker.dispose()
    raise typer.Exit(code)


# --- the flow ----------------------------------------------------------------------------------
def _apply(
    database: Database,
    checker: Database,
    config: Config,
    options: ApplyOptions,
    plan: Path | None,
    *,
    yes: bool,
    dry_run: bool,
    verify_after: bool,
    fmt: OutputFormat,
    plan_options: dict[str, Any],
) -> int:
    from rich.console import Console

    from schemadoctor.apply.display import ConsoleReporter, print_steps
    from schemadoctor.apply.executor import (
        ApplyResult,
        Executor,
        PlanRefused,
        refusal,
        step_views,
    )
    from schemadoctor.apply.planfile import declared_plan_id
    from schemadoctor.apply.workflow import execute
    from schemadoctor.errors import SchemaDoctorError

    out = Console(highlight=False)
    loaded = _load_plan(database, checker, config, plan, plan_options)
    text, script, source = loaded.text, loaded.script, loaded.source
    if script is None:
        out.print("nothing to apply: no finding has a fix")
        return 0
    monitor = checker if database.adapter.supports.lock_monitoring else None
    executor = Executor(database, script, text, options, ConsoleReporter(stderr.console), monitor)
    preview = executor.preview()
    if preview.others and not options.abandon_unfinished:
        raise PlanRefused(refusal(preview.plan_hash, preview.others[0]))
    views = step_views(script, preview)
    declared = declared_plan_id(text)
    named = (
        f", written as plan {declared}" if declared and declared != preview.plan_hash[:12] else ""
    )
    title = (
        f"plan {preview.plan_hash[:12]} ({source}{named}): {len(views)} "
        f"step{'s' if len(views) != 1 else ''} on {database.display}"
    )
    if preview.complete:
        result = ApplyResult(preview.plan_hash, views, already_complete=True)
        result.skipped = [view.number for view in views]
        return _finish(checker, config, script, text, result, verify_after, fmt, out)
    if dry_run:
        print_steps(out, views, title)
        for view, step in zip(views, script.steps, strict=True):
            if view.status == "done":
                continue
            out.print(f"-- step {view.number}", highlight=False)
            for statement in (*step.setup, *step.statements, *step.teardown):
                out.print(statement, markup=False, highlight=False, soft_wrap=True)
        out.print("dry run: nothing was written")
        return 0
    if not yes and not sys.stdin.isatty():
        raise SchemaDoctorError(
            "refusing to apply without --yes: stdin is not a terminal, so no one can confirm"
        )
    print_steps(stderr.console, views, title)
    if not yes:
        pending = sum(view.status != "done" for view in views)
        if not typer.confirm(f"Apply {pending} steps to {database.display}?", default=False):
            stderr.print("nothing applied")
            return 1
    findings = None
    if preview.record is None:
        findings = _planned_findings(checker, config, loaded, plan_options)
    result = execute(executor, checker, findings)
    return _finish(checker, config, script, text, result, verify_after, fmt, out)


@dataclass
class _Loaded:
    text: str
    script: Script | None
    source: str
    built: Plan | None = None
    """The plan object, when it was made now (not read from a file or the state table)."""


def _load_plan(
    database: Database,
    checker: Database,
    config: Config,
    plan: Path | None,
    plan_options: dict[str, Any],
) -> _Loaded:
    from schemadoctor.apply.planfile import read_plan, script_from_text
    from schemadoctor.plan.builder import build_plan

    if plan is not None:
        text, script = read_plan(plan, database.adapter)
        return _Loaded(text, script, str(plan))
    unfinished = _unfinished(database)
    if unfinished:
        record = unfinished[0]
        stderr.print(
            f"resuming unfinished plan {record.plan_hash[:12]}, started "
            f"{record.started_at:%Y-%m-%d %H:%M:%S} UTC by {record.applied_by}: "
            f"{record.done_steps}/{len(record.steps)} steps done"
        )
        source = "resumed from schemadoctor_migrations"
        script = script_from_text(record.script, database.adapter, source)
        return _Loaded(record.script, script, source)
    built = build_plan(checker, config, plan_options)
    if not built.up.steps:
        return _Loaded("", None, "")
    text = built.up.to_sql()
    return _Loaded(text, script_from_text(text, database.adapter, "the plan"), "made now", built)


def _unfinished(database: Database) -> list[PlanRecord]:
    from schemadoctor.apply.state import StateStore

    with database.connect() as connection:
        return StateStore(connection, database.adapter).unfinished()


def _planned_findings(
    checker: Database, config: Config, loaded: _Loaded, plan_options: dict[str, Any]
) -> list[dict[str, Any]] | None:
    """The findings the plan fixes, read before it runs so that verification can say of each
    whether it is gone. For a plan read from a file, today's findings are checked and each
    finding whose cure the file carries counts. A failure here costs the verification detail,
    never the apply."""
    from sqlalchemy.exc import DBAPIError

    from schemadoctor.apply.findings import finding_record, planned_by
    from schemadoctor.check import run_check
    from schemadoctor.errors import SchemaDoctorError, one_line
    from schemadoctor.plan.builder import PlanOptions, plan_rules

    assert loaded.script is not None
    if loaded.built is not None:
        return [finding_record(fix.finding) for fix in loaded.built.fixes]
    try:
        options = PlanOptions.from_mapping(plan_options)
        result = run_check(checker, config, plan_rules(config, options))
        found = planned_by(
            loaded.script,
            [(fix.finding, fix.changes) for fix in result.fixes],
            result.run.renderer,
            result.catalog,
        )
    except (SchemaDoctorError, DBAPIError) as exc:
        stderr.print(
            f"could not read the findings before applying ({one_line(exc)}): "
            "verification will check the plan's objects only"
        )
        return None
    return [finding_record(finding) for finding in found]


def _finish(
    checker: Database,
    config: Config,
    script: Script,
    text: str,
    result: ApplyResult,
    verify_after: bool,
    fmt: OutputFormat,
    out: Console,
) -> int:
    from schemadoctor.apply.display import print_result, print_verification, result_json
    from schemadoctor.apply.workflow import verify_applied

    verification: Verification | None = None
    if verify_after:
        verification = verify_applied(checker, script, text, config)
    if fmt == OutputFormat.json:
        sys.stdout.write(json.dumps(result_json(result, verification), indent=2) + "\n")
    else:
        print_result(out, result)
        if verification is not None:
            print_verification(out, verification)
    return 0 if verification is None or verification.passed else 1
