"""CLI commands, one module each; every module registers its command on `app`.

Every module here is imported to register its command, whichever command runs (`cli.main`), so
at module level a command module imports only Typer, the standard library and the option types
its signature needs; the layers below are imported inside the command function. Startup stays
fast, and `tests/test_startup.py` fails when a heavy module creeps back in.
"""

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
