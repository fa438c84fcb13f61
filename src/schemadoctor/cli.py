"""Entry point: load every command module, run the app, and turn errors into one line."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from schemadoctor import commands
from schemadoctor.commands import app
from schemadoctor.errors import SchemaDoctorError, one_line

for _module in pkgutil.iter_modules(commands.__path__):
    if not _module.name.startswith("_"):
        importlib.import_module(f"{commands.__name__}.{_module.name}")


def main() -> None:
    try:
        app()
    except SchemaDoctorError as exc:
        _fail(str(exc), exc.exit_code)
    except DBAPIError as exc:
        # Probes translate their own errors; this is the net under them.
        _fail(f"database error: {one_line(exc.orig if exc.orig is not None else exc)}", 2)
    except SQLAlchemyError as exc:
        _fail(f"database error: {one_line(exc)}", 2)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:
        if os.environ.get("SCHEMADOCTOR_DEBUG"):
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {one_line(exc)} "
            "(set SCHEMADOCTOR_DEBUG=1 for the traceback, and please report it)",
            3,
        )


def _fail(message: str, code: int) -> None:
    print(f"schemadoctor: error: {message}", file=sys.stderr)
    sys.exit(code)


if __name__ == "__main__":
    main()
