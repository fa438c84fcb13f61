"""Make each web request one unit of the capture: WSGI and ASGI middleware.

    app = CaptureUnitsWSGI(app)        # Flask, Django (WSGI), any WSGI app
    app = CaptureUnitsASGI(app)        # Starlette, FastAPI, Django (ASGI)

They only name the unit (`GET /orders #12`); recording is `schemadoctor.capture`'s job (or the
pytest plugin's), so the middleware costs nothing when nothing records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from schemadoctor.workload.units import next_number, unit


class CaptureUnitsWSGI:
    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/")
        name = f"{method} {path} #{next_number()}"
        with unit(name, "request"):
            result = self.app(environ, start_response)
            try:
                # A response body may run queries as it is iterated: do that inside the unit.
                return list(result)
            finally:
                close = getattr(result, "close", None)
                if close is not None:
                    close()


class CaptureUnitsASGI:
    def __init__(self, app: Callable[..., Any]) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        name = f"{scope.get('method', 'GET')} {scope.get('path', '/')} #{next_number()}"
        with unit(name, "request"):
            await self.app(scope, receive, send)
