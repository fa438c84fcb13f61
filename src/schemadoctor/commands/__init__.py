"""CLI commands, one module each; every module registers its command on `app`."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="schemadoctor",
    help="Find what a database schema is missing and fix it safely, with proof.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
