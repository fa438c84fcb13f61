"""Entry point: load every command module, run the app, and turn errors into one line.

Importing this module costs next to nothing: `--version` is answered before Typer or any
command is loaded, and SQLAlchemy's exceptions are looked up only once something failed
(`tests/test_startup.py` holds it to that).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from typing import TYPE_CHECKING

from schemadoctor.errors import SchemaDoctorError, one_line

if TYPE_CHECKING:
    import typer


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        # The one answer that needs no command: Typer and the commands cost more than the rest.
        from schemadoctor import __version__

        print(f"schemadoctor {__version__}")
        return
    try:
        app = commands_app()
        app()
    except SchemaDoctorError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:
        database_error = _database_error(exc)
        if database_error is not None:
            _fail(database_error, 2)
        if os.environ.get("SCHEMADOCTOR_DEBUG"):
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {one_line(exc)} "
            "(set SCHEMADOCTOR_DEBUG=1 for the traceback, and please report it)",
            3,
        )


def commands_app() -> typer.Typer:
    """The Typer app with every command on it: each module of `commands` registers its own."""
    from schemadoctor import commands

    for module in pkgutil.iter_modules(commands.__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{commands.__name__}.{module.name}")
    return commands.app


def _database_error(exc: Exception) -> str | None:
    """The line for a SQLAlchemy error no probe translated (the net under them), else None.
    An error of SQLAlchemy's can only have come from it once it was imported."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is None:
        return None
    if isinstance(exc, sa_exc.DBAPIError):
        return f"database error: {one_line(exc.orig if exc.orig is not None else exc)}"
    if isinstance(exc, sa_exc.SQLAlchemyError):
        return f"database error: {one_line(exc)}"
    return None


def _fail(message: str, code: int) -> None:
    print(f"schemadoctor: error: {message}", file=sys.stderr)
    sys.exit(code)


if __name__ == "__main__":
    main()
