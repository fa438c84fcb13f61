"""Errors that reach the user as one line on stderr and exit code 2."""

from __future__ import annotations


class SchemaDoctorError(Exception):
    """A problem with the user's input or environment, explained in one line."""

    exit_code = 2


class ConnectionFailed(SchemaDoctorError):
    pass


class ConfigError(SchemaDoctorError):
    pass


def one_line(text: object) -> str:
    """The first non-empty line of an error text, whitespace-normalised."""
    for line in str(text).splitlines():
        line = " ".join(line.split())
        if line:
            return line
    return str(text).strip() or "unknown error"
