"""Durations as the user writes them (`2s`, `500ms`, `1.5`, `1min`): one parser for every
option and setting that takes one, so that what one command accepts no other refuses."""

from __future__ import annotations

import re

from schemadoctor.errors import SchemaDoctorError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "sec": 1.0, "": 1.0, "m": 60.0, "min": 60.0}


def parse_duration(text: str | float, what: str = "duration", *, allow_zero: bool = False) -> float:
    """`2s`, `500ms`, `1.5`, `1min` -> seconds; a number is taken as seconds."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        seconds = float(text)
    else:
        match = _DURATION.match(str(text))
        if not match:
            raise SchemaDoctorError(f"bad {what} '{text}': write e.g. 2s, 500ms or 1min")
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
    if seconds < 0 or (seconds == 0 and not allow_zero):
        raise SchemaDoctorError(f"bad {what} '{text}': must be more than zero")
    return seconds


def milliseconds_text(seconds: float) -> str:
    """A duration as PostgreSQL reads it: `2s` for whole seconds, else milliseconds, `0` for
    none (a bare number there means milliseconds, which is why seconds are never bare)."""
    if seconds == 0:
        return "0"
    if float(seconds).is_integer():
        return f"{int(seconds)}s"
    return f"{round(seconds * 1000)}ms"
