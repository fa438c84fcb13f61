"""CLI commands, one module each; every module registers its command on `app`."""

from __future__ import annotations

from typing import Annotated

import typer

from schemadoctor import __version__

app = typer.Typer(
    name="schemadoctor",
    help="Find what a database schema is missing and fix it safely, with proof.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"schemadoctor {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Find what a database schema is missing and fix it safely, with proof."""
