"""Pieces several commands share: options, opening the database, loading configuration,
progress, the stderr console."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from schemadoctor.check import Progress
    from schemadoctor.config import Config
    from schemadoctor.engines.database import Database
    from schemadoctor.model.catalog import Catalog
    from schemadoctor.model.findings import Finding
    from schemadoctor.plan.builder import Plan


class _Stderr:
    """The Rich console on stderr, made on first use: Rich takes tens of milliseconds to
    import, which a command that prints nothing there should not pay. Prints like a Console;
    `.console` is the Console itself, for code that wants one."""

    @cached_property
    def console(self) -> Console:
        from rich.console import Console

        return Console(stderr=True, highlight=False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console, name)


stderr = _Stderr()


class OutputFormat(StrEnum):
    """`--format` of apply and verify."""

    text = "text"
    json = "json"


UrlArgument = Annotated[
    str,
    typer.Argument(
        envvar="SCHEMADOCTOR_URL",
        metavar="URL",
        help="Database URL (postgresql://, mysql://, mariadb://, sqlite:///file) or a path to a "
        "SQLite file. Also read from SCHEMADOCTOR_URL, which keeps passwords off the command line.",
        show_default=False,
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help="Configuration file (default: ./schemadoctor.toml, else [tool.schemadoctor] in "
        "./pyproject.toml).",
        dir_okay=False,
    ),
]
RulesOption = Annotated[
    str | None,
    typer.Option(
        "--rules",
        metavar="IDS",
        help="Only these rules (comma-separated ids; opt-in rules included).",
    ),
]
DisableOption = Annotated[
    str | None,
    typer.Option("--disable", metavar="IDS", help="Skip these rules (comma-separated ids)."),
]
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        metavar="0..1",
        min=0.0,
        max=1.0,
        help="Leave out inferred findings below this confidence [default: 0.5, or the "
        "configuration's min_confidence].",
    ),
]
StatementTimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--statement-timeout",
        metavar="SECONDS",
        min=0.0,
        help="Seconds any one statement may run [default: 30, or the configuration's]; "
        "0: no limit.",
    ),
]


def config_from(path: Path | None) -> Config:
    from schemadoctor.config import load_config

    return load_config(path)


DEFAULT_STATEMENT_TIMEOUT = 30.0


def open_for_reading(url: str, config: Config, statement_timeout: float | None) -> Database:
    """A read-only session whose statements stop after the --statement-timeout option, else the
    configuration's, else 30 s; 0 from either means no limit."""
    from schemadoctor.engines.database import open_database

    timeout = next(
        value
        for value in (statement_timeout, config.statement_timeout, DEFAULT_STATEMENT_TIMEOUT)
        if value is not None
    )
    return open_database(url, read_only=True, statement_timeout=timeout or None)


@contextmanager
def progress_status(enabled: bool = True) -> Iterator[Progress]:
    """A spinner on stderr while work runs, when stderr is a terminal; silent otherwise so
    that piped and CI output stays clean."""
    if not enabled or not sys.stderr.isatty():
        yield lambda _message: None
        return
    with stderr.status("starting") as status:
        yield lambda message: status.update(message)


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        from schemadoctor.errors import SchemaDoctorError

        raise SchemaDoctorError(f"cannot write {output}: {exc.strerror}") from None
    stderr.print(f"wrote {output}", soft_wrap=True, markup=False)


def html_report(
    catalog: Catalog, findings: list[Finding], plan: Plan | None = None, **extra: Any
) -> str:
    """The HTML report (schemadoctor.report.html), titled after the database."""
    from schemadoctor.report.html import render_html

    return render_html(
        catalog, findings, plan, title=f"schemadoctor report: {catalog.database}", **extra
    )
