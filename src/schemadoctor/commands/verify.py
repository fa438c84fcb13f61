"""`schemadoctor verify`: check, read-only, that an applied plan did what it meant to."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from schemadoctor.commands import app
from schemadoctor.commands._common import (
    ConfigOption,
    OutputFormat,
    UrlArgument,
    config_from,
    stderr,
)
from schemadoctor.commands.apply import CHECK_TIMEOUT


@app.command("verify")
def verify_command(
    url: UrlArgument,
    plan: Annotated[
        Path,
        typer.Option("--plan", metavar="FILE", dir_okay=False, help="The plan that was applied."),
    ],
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Report format on stdout.")
    ] = OutputFormat.text,
    config_file: ConfigOption = None,
) -> None:
    """Check, read-only, that an applied plan did what it meant to: the findings it fixes
    gone, its indexes and constraints present and valid. Exit 0 when it did, 1 when not."""
    from rich.console import Console

    from schemadoctor.apply.display import print_verification
    from schemadoctor.apply.planfile import read_plan
    from schemadoctor.apply.state import load_record
    from schemadoctor.apply.verify import verify
    from schemadoctor.engines.database import open_database

    config = config_from(config_file)
    database = open_database(url, read_only=True, statement_timeout=CHECK_TIMEOUT)
    try:
        text, script = read_plan(plan, database.adapter)
        record = load_record(database, text)
        verification = verify(database, script, record.findings if record else None, config)
    finally:
        database.dispose()
    if record is None:
        stderr.print(
            "no record of this plan in schemadoctor_migrations (not run by `schemadoctor "
            "apply`): checking its objects, and the findings it fixes that are still there"
        )
    if fmt == OutputFormat.json:
        sys.stdout.write(json.dumps(verification.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        print_verification(Console(highlight=False), verification)
    raise typer.Exit(0 if verification.passed else 1)
