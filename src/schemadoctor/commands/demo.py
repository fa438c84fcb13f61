from __future__ import annotations

import shlex
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from schemadoctor.commands import app
from schemadoctor.commands._common import stderr
from schemadoctor.commands.check import Format


@app.command()
def demo(
    keep: Annotated[
        Path | None,
        typer.Option(
            "--keep",
            metavar="PATH",
            help="Write the demo database to this new file (or into this directory, as "
            "gas-delivery-demo.db) and keep it [default: a temporary directory, removed "
            "afterwards].",
        ),
    ] = None,
    fmt: Annotated[
        Format,
        typer.Option("--format", "-f", help="Report format: text, json, markdown or sarif."),
    ] = Format.text,
    show_fixes: Annotated[
        bool,
        typer.Option("--show-fixes", help="Text format: print the SQL that fixes each finding."),
    ] = False,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            metavar="FILE",
            help="Also write the HTML report of the demo database as found: its diagram, the "
            "findings and the plan (one self-contained file).",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Build a SQLite database of a gas-delivery app with deliberate faults (undeclared foreign
    keys, orphan rows, unindexed joins, a duplicate index, a table without a primary key) and
    check it. Exits 0 whatever it finds."""
    from schemadoctor.demo.build import target_path
    from schemadoctor.demo.story import DemoContext, run_story

    with tempfile.TemporaryDirectory(prefix="schemadoctor-demo-") as scratch:
        path = target_path(keep, Path(scratch))
        context = DemoContext(
            path=path,
            out=sys.stdout,
            say=lambda line: stderr.print(line, highlight=False, markup=False, soft_wrap=True),
            fmt=fmt.value,
            color=sys.stdout.isatty(),
            width=shutil.get_terminal_size((100, 24)).columns,
            show_fixes=show_fixes,
            html=html,
        )
        run_story(context)
    if keep is None:
        stderr.print(
            "\nThe demo database was removed; keep one with `schemadoctor demo --keep demo.db`.",
            highlight=False,
            markup=False,
        )
    else:
        shown = str(path) if path.is_absolute() or ":" not in str(path) else f"./{path}"
        stderr.print(
            f"\nKept {path}: explore it with `schemadoctor check {shlex.quote(shown)}`.",
            highlight=False,
            markup=False,
        )
