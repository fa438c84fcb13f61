from __future__ import annotations

import json
import shutil
import sys
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
    open_for_reading,
    progress_status,
    stderr,
    write_output,
)
from schemadoctor.report import FORMATS

if TYPE_CHECKING:
    from schemadoctor.check import CheckResult
    from schemadoctor.config import Config
    from schemadoctor.engines.database import Database
    from schemadoctor.model.findings import Finding

Format = StrEnum("Format", {name: name for name in FORMATS})  # type: ignore[misc]
"""Every report format (`report.FORMATS`): a new format needs no edit here."""


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


@app.command()
def check(
    url: UrlArgument,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help=f"Report format: {', '.join(FORMATS)} (html: a self-contained page with the "
            "schema's diagram; use with -o).",
        ),
    ] = Format.text,  # type: ignore[attr-defined]
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report here, not to stdout.",
            dir_okay=False,
        ),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a finding at or above this severity is reported [default: error].",
        ),
    ] = None,
    rules: RulesOption = None,
    disable: DisableOption = None,
    min_confidence: MinConfidenceOption = None,
    statement_timeout: StatementTimeoutOption = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="Report only findings that are not in this baseline file (written by "
            "`schemadoctor baseline`), and list its entries that no longer occur.",
            dir_okay=False,
        ),
    ] = None,
    show_fixes: Annotated[
        bool,
        typer.Option(
            "--show-fixes",
            help="Text format: print the SQL that fixes each finding (json, markdown and sarif "
            "always include it).",
        ),
    ] = False,
    sarif_artifact: Annotated[
        str | None,
        typer.Option(
            "--sarif-artifact",
            metavar="PATH",
            help="SARIF format: the repository file that results point at, e.g. db/schema.sql "
            "(code scanning needs one) [default: the database name].",
        ),
    ] = None,
    config_file: ConfigOption = None,
) -> None:
    """Examine a database and report what its schema is missing. Never writes.

    Exit status: 0 when nothing at or above --fail-on was found, 1 when something was, 2 for
    bad input (URL, options, configuration, baseline) or a database that cannot be read.
    """
    from schemadoctor.baseline import compare, load_baseline
    from schemadoctor.report import render
    from schemadoctor.report.data import report_data

    config = config_from(config_file)
    known = load_baseline(baseline) if baseline is not None else None  # fail before the work
    result, database = _run(url, config, rules, disable, min_confidence, statement_timeout)
    findings = result.findings
    baseline_summary = None
    if baseline is not None and known is not None:
        comparison = compare(findings, known)
        findings = comparison.new
        baseline_summary = comparison.summary(baseline)
    data = report_data(result, database, findings, baseline_summary)
    to_terminal = output is None and sys.stdout.isatty()
    text = render(
        data,
        fmt.value,
        color=to_terminal,
        width=shutil.get_terminal_size((100, 24)).columns if output is None else 100,
        show_fixes=show_fixes,
        artifact=sarif_artifact,
        catalog=result.catalog,
        findings=findings,
    )
    write_output(text, output)
    threshold = (fail_on.value if fail_on else None) or config.fail_on or "error"
    raise typer.Exit(1 if _fails(findings, threshold) else 0)


@app.command("baseline")
def baseline_command(
    url: UrlArgument,
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Baseline file to write.", dir_okay=False
        ),
    ],
    rules: RulesOption = None,
    disable: DisableOption = None,
    min_confidence: MinConfidenceOption = None,
    statement_timeout: StatementTimeoutOption = None,
    config_file: ConfigOption = None,
) -> None:
    """Record today's findings, so that `check --baseline FILE` reports only new ones.

    Takes the same rule selection as check; ignored tables are left out as in check.
    """
    from schemadoctor.baseline import baseline_document
    from schemadoctor.report.data import report_data
    from schemadoctor.report.words import counted

    config = config_from(config_file)
    result, database = _run(url, config, rules, disable, min_confidence, statement_timeout)
    document = baseline_document(result.findings, report_data(result, database)["database"])
    write_output(json.dumps(document, indent=2, ensure_ascii=False) + "\n", output)
    stderr.print(f"recorded {counted(len(result.findings), 'finding')}", highlight=False)


def _run(
    url: str,
    config: Config,
    rules: str | None,
    disable: str | None,
    min_confidence: float | None,
    statement_timeout: float | None,
) -> tuple[CheckResult, Database]:
    from schemadoctor.check import parse_rule_ids, run_check, select_rules

    rule_ids = select_rules(config, parse_rule_ids(rules), parse_rule_ids(disable))
    database = open_for_reading(url, config, statement_timeout)
    try:
        with progress_status() as progress:
            result = run_check(
                database, config, rule_ids, min_confidence=min_confidence, progress=progress
            )
    finally:
        database.dispose()
    return result, database


def _fails(findings: list[Finding], threshold: str) -> bool:
    from schemadoctor.model.findings import Severity

    if threshold == "never":
        return False
    bar = Severity(threshold)
    return any(finding.severity.at_least(bar) for finding in findings)
