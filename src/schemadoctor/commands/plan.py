"""`schemadoctor plan`: the migration that fixes what `check` finds, for the engine at hand,
with its down script, as SQL for the engine's own client or as an Alembic revision."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from schemadoctor.commands import app
from schemadoctor.commands._common import (
    ConfigOption,
    DisableOption,
    MinConfidenceOption,
    RulesOption,
    StatementTimeoutOption,
    UrlArgument,
    config_from,
    html_report,
    open_for_reading,
    progress_status,
    stderr,
    write_output,
)

if TYPE_CHECKING:
    from schemadoctor.plan.builder import Plan


class PlanFormat(StrEnum):
    sql = "sql"
    alembic = "alembic"


class OrphanMode(StrEnum):
    quarantine = "quarantine"
    set_null = "set-null"
    delete = "delete"
    fail = "fail"


class MysqlFk(StrEnum):
    online = "online"
    copy = "copy"


@app.command("plan")
def plan_command(
    url: UrlArgument,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the up script here and the down script beside it (fix.sql -> "
            "fix.down.sql); an Alembic revision holds both. Default: the up script to stdout.",
            dir_okay=False,
        ),
    ] = None,
    fmt: Annotated[
        PlanFormat, typer.Option("--format", "-f", help="SQL script or Alembic revision.")
    ] = PlanFormat.sql,
    orphans: Annotated[
        OrphanMode,
        typer.Option(
            "--orphans",
            help="Rows whose reference points nowhere: quarantine (copy them aside, then delete "
            "or clear the reference as the ON DELETE policy would), set-null, delete (both "
            "still copy them aside first) or fail (refuse to plan while any exist).",
        ),
    ] = OrphanMode.quarantine,
    rules: RulesOption = None,
    disable: DisableOption = None,
    min_confidence: MinConfidenceOption = None,
    lock_timeout: Annotated[
        str,
        typer.Option(
            "--lock-timeout",
            metavar="DURATION",
            help="Lock timeout set at the top of the migration (e.g. 2s, 500ms).",
        ),
    ] = "2s",
    mysql_fk: Annotated[
        MysqlFk,
        typer.Option(
            "--mysql-fk",
            help="MySQL/MariaDB foreign keys: online (foreign_key_checks=0 + INPLACE, rows "
            "checked right after; writes continue) or copy (InnoDB checks rows while copying "
            "the table; writes wait).",
        ),
    ] = MysqlFk.online,
    down_revision: Annotated[
        str | None,
        typer.Option(
            "--down-revision",
            metavar="REV",
            help="Alembic: the revision this one follows (default: none, a new base).",
        ),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            metavar="FILE",
            help="Also write an HTML report of the plan: the schema's diagram, the findings, "
            "the ordered steps with their locks, the ON DELETE choices, the orphans and what "
            "deleting rows would do (one self-contained file).",
            dir_okay=False,
        ),
    ] = None,
    online_above: Annotated[
        int | None,
        typer.Option(
            "--online-above",
            metavar="ROWS",
            min=0,
            help="Type conversions rewriting more rows than this run online where the engine "
            "can (PostgreSQL: shadow column, trigger, batched backfill, short swap); below it, "
            "one rewrite under a lock (default 100000).",
        ),
    ] = None,
    statement_timeout: StatementTimeoutOption = None,
    config_file: ConfigOption = None,
) -> None:
    """Plan the fixes for a database's findings: ordered, reversible changes (quarantine
    orphans, index the foreign key columns, add the foreign keys, validate them), rendered for
    the engine, with a down script. Reads the database only; writes nothing to it.

    By default a plan carries the fixes of missing-foreign-key, orphan-rows,
    unindexed-foreign-key, duplicate-index, redundant-index, invalid-constraint and
    invalid-index; others (unused-index, type changes, status-check-constraint,
    missing-not-null) only when named with --rules."""
    from schemadoctor.check import parse_rule_ids
    from schemadoctor.model.durations import parse_duration
    from schemadoctor.plan.builder import PlanOptions, build_plan

    parse_duration(lock_timeout, "--lock-timeout")
    config = config_from(config_file)
    options = PlanOptions(
        rules=tuple(parse_rule_ids(rules)),
        disable=tuple(parse_rule_ids(disable)),
        orphans=orphans.value,
        min_confidence=min_confidence,
        lock_timeout=lock_timeout,
        mysql_fk=mysql_fk.value,
        online_rewrite_rows=online_above,
    )
    database = open_for_reading(url, config, statement_timeout)
    try:
        with progress_status() as progress:
            plan = build_plan(database, config, options, progress=progress)
            if html is not None:
                from schemadoctor.report.html.impacts import impact_trees

                progress("counting what deletes would do")
                impacts = impact_trees(database, plan)
    finally:
        database.dispose()
    if html is not None:
        write_output(
            html_report(plan.catalog, plan.findings, plan, impacts=impacts, source=plan.database),
            html,
        )
    if fmt == PlanFormat.alembic:
        from schemadoctor.render.alembic import render_revision

        write_output(render_revision(plan, down_revision=down_revision), output)
    else:
        write_output(plan.up.to_sql(), output)
        if output is not None:
            write_output(plan.down.to_sql(), down_path(output))
    print_summary(plan)


def down_path(output: Path) -> Path:
    """fix.sql -> fix.down.sql; fix -> fix.down.sql."""
    suffix = output.suffix or ".sql"
    return output.with_name(f"{output.stem if output.suffix else output.name}.down{suffix}")


def print_summary(plan: Plan) -> None:
    """What the plan does, why, and what it costs, on stderr (stdout may be the script)."""
    from rich.table import Table

    from schemadoctor.plan.summary import decision_lines

    out = stderr
    if not plan.changes:
        out.print(f"plan {plan.plan_id}: nothing to fix in {plan.database}")
        _unfixed(plan)
        _warnings(plan)
        return
    out.print(
        f"plan {plan.plan_id}: {len(plan.changes)} changes fixing {len(plan.fixes)} findings "
        f"in {plan.database} (about {plan.estimated_rows:,} rows to read)"
    )
    table = Table(expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("change", ratio=3)
    table.add_column("rows", justify="right", no_wrap=True)
    table.add_column("why", ratio=3)
    for number, change in enumerate(plan.changes, 1):
        rows = "" if change.estimated_rows is None else f"{change.estimated_rows:,}"
        table.add_row(str(number), change.describe(), rows, change.reason)
    out.print(table)
    for line in decision_lines(plan):
        out.print(line, markup=False)
    _unfixed(plan)
    _warnings(plan)


def _warnings(plan: Plan) -> None:
    for warning in plan.warnings:
        stderr.print(f"warning: {warning}", markup=False)


def _unfixed(plan: Plan) -> None:
    unfixed = plan.unfixed
    if unfixed:
        rules = sorted({finding.rule for finding in unfixed})
        stderr.print(
            f"{len(unfixed)} finding{'' if len(unfixed) == 1 else 's'} with no fix of "
            f"{'its' if len(unfixed) == 1 else 'their'} own in this plan ({', '.join(rules)}); "
            "`schemadoctor check` lists them",
            markup=False,
        )
