from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from schemadoctor.baseline import baseline_document, compare, load_baseline
from schemadoctor.check import CheckResult, parse_rule_ids, run_check, select_rules
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
    write_output,
)
from schemadoctor.config import Config
from schemadoctor.connect import Database
from schemadoctor.findings import Finding, Severity
from schemadoctor.report import render
from schemadoctor.report.data import report_data


class Format(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


@app.command()
def check(
    url: UrlArgument,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.text,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the report here, not to stdout.", dir_okay=False
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
            "--baseline", help="Report only findings not in this baseline file.", dir_okay=False
        ),
    ] = None,
    show_fixes: Annotated[
        bool,
        typer.Option("--show-fixes", help="Text format: print the fix SQL under each finding."),
    ] = False,
    config_file: ConfigOption = None,
) -> None:
    """Examine a database and report what its schema is missing. Never writes."""
    config = config_from(config_file)
    result, database = _run(url, config, rules, disable, min_confidence, statement_timeout)
    findings = result.findings
    baseline_summary = None
    if baseline is not None:
        comparison = compare(findings, load_baseline(baseline))
        findings = comparison.new
        baseline_summary = comparison.summary(baseline)
    data = report_data(result, database, findings, baseline_summary)
    options = (
        {"color": output is None and sys.stdout.isatty(), "show_fixes": show_fixes}
        if fmt == Format.text
        else {}
    )
    write_output(render(data, fmt.value, **options), output)
    threshold = (fail_on.value if fail_on else None) or config.fail_on or "error"
    raise typer.Exit(1 if _fails(findings, threshold) else 0)


@app.command("baseline")
def baseline_command(
    url: UrlArgument,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Baseline file to write.", dir_okay=False)
    ],
    rules: RulesOption = None,
    disable: DisableOption = None,
    min_confidence: MinConfidenceOption = None,
    statement_timeout: StatementTimeoutOption = None,
    config_file: ConfigOption = None,
) -> None:
    """Record today's findings, so that `check --baseline FILE` reports only new ones."""
    config = config_from(config_file)
    result, database = _run(url, config, rules, disable, min_confidence, statement_timeout)
    document = baseline_document(result.findings, report_data(result, database)["database"])
    write_output(json.dumps(document, indent=2, ensure_ascii=False) + "\n", output)


def _run(
    url: str,
    config: Config,
    rules: str | None,
    disable: str | None,
    min_confidence: float | None,
    statement_timeout: float | None,
) -> tuple[CheckResult, Database]:
    timeout = (
        statement_timeout if statement_timeout is not None else (config.statement_timeout or 30.0)
    )
    rule_ids = select_rules(config, parse_rule_ids(rules), parse_rule_ids(disable))
    database = open_for_reading(url, timeout)
    try:
        with progress_status() as progress:
            result = run_check(
                database, config, rule_ids, min_confidence=min_confidence, progress=progress
            )
    finally:
        database.dispose()
    return result, database


def _fails(findings: list[Finding], threshold: str) -> bool:
    if threshold == "never":
        return False
    bar = Severity(threshold)
    return any(finding.severity.at_least(bar) for finding in findings)
