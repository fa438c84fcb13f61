from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from schemadoctor.commands import app
from schemadoctor.commands._common import (
    StatementTimeoutOption,
    config_from,
    open_for_reading,
    write_output,
)
from schemadoctor.commands.check import FailOn, Format, _fails
from schemadoctor.workload.rules import DEFAULT_LARGE_ROWS, DEFAULT_MIN_REPEATS


@app.command()
def nplusone(
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            help="What the application ran: a capture (schemadoctor.capture, JSON lines), a "
            "PostgreSQL log with session ids (stderr with %c in log_line_prefix, csvlog or "
            "jsonlog), a MySQL/MariaDB general or slow log, or OpenTelemetry JSON.",
            show_default=False,
        ),
    ],
    url: Annotated[
        str | None,
        typer.Argument(
            metavar="[URL]",
            help="Database to read the catalog from (foreign keys for the fix, indexes, table "
            "sizes). Optional.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Format,
        typer.Option("--format", "-f", help="Report format: text, json, markdown or sarif."),
    ] = Format.text,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write the report here.", dir_okay=False
        ),
    ] = None,
    min_repeats: Annotated[
        int,
        typer.Option(
            "--min-repeats", min=2, help="Executions of one query in one unit that make an N+1."
        ),
    ] = DEFAULT_MIN_REPEATS,
    large_rows: Annotated[
        int,
        typer.Option(
            "--large-table-rows",
            min=1,
            help="Rows from which an unbounded SELECT is reported.",
        ),
    ] = DEFAULT_LARGE_ROWS,
    dialect: Annotated[
        str | None,
        typer.Option(
            "--dialect",
            help="postgresql, mysql or sqlite, when neither SOURCE nor URL says.",
            show_default=False,
        ),
    ] = None,
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="Exit 1 when a finding at or above this severity is found."),
    ] = FailOn.warning,
    show_fixes: Annotated[
        bool, typer.Option("--show-fixes", help="Text format: print each finding's fix.")
    ] = False,
    sarif_artifact: Annotated[
        str | None,
        typer.Option(
            "--sarif-artifact", metavar="PATH", help="SARIF: file for findings without a call site."
        ),
    ] = None,
    statement_timeout: StatementTimeoutOption = None,
) -> None:
    """Find N+1 queries and other query anti-patterns in what an application ran.

    Exit status: 0 when nothing at or above --fail-on (default: warning) was found, 1 when
    something was, 2 for bad input (unreadable or unknown SOURCE, no unit ids in it).
    """
    from schemadoctor.engines import dialect_of
    from schemadoctor.report import render
    from schemadoctor.workload.analysis import analyse, report_data
    from schemadoctor.workload.rules import WORKLOAD_RULES

    if dialect is not None and dialect_of(dialect) is None:
        raise typer.BadParameter("expected postgresql, mysql or sqlite", param_hint="--dialect")
    dialect = dialect_of(dialect)
    database = None
    if url:
        database = open_for_reading(url, config_from(None), statement_timeout)
    try:
        analysis = analyse(
            source, database, dialect=dialect, min_repeats=min_repeats, large_rows=large_rows
        )
        data = report_data(analysis, database)
    finally:
        if database is not None:
            database.dispose()
    text = render(
        data,
        fmt.value,
        color=output is None and sys.stdout.isatty(),
        width=shutil.get_terminal_size((100, 24)).columns if output is None else 100,
        show_fixes=show_fixes,
        artifact=sarif_artifact,
        rules=WORKLOAD_RULES,
    )
    write_output(text, output)
    raise typer.Exit(1 if _fails(analysis.findings, fail_on.value) else 0)
