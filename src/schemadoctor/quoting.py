"""Identifier quoting for the literal SQL schemadoctor writes and runs.

SQLAlchemy's preparers for format-style drivers (psycopg, PyMySQL) double every `%` in a name,
which is right only for SQL that is later formatted with parameters. schemadoctor's SQL never
is: scripts go to psql/mariadb/sqlite3 as text, and our engines run statements with
`no_parameters`. So names are quoted by a preparer of the same dialect in `named` paramstyle,
which leaves `%` alone.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy.dialects import mysql, postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.compiler import IdentifierPreparer

_DIALECTS = {"postgresql": postgresql, "mysql": mysql, "mariadb": mysql, "sqlite": sqlite}


@cache
def literal_dialect(dialect: str) -> Dialect:
    """An SQLAlchemy dialect object for `dialect` whose preparer suits literal SQL."""
    return _DIALECTS[dialect].dialect(paramstyle="named")


def preparer(dialect: str) -> IdentifierPreparer:
    return literal_dialect(dialect).identifier_preparer


def quote(dialect: str, identifier: str) -> str:
    """Always quoted, so any name a user could create stays one identifier."""
    return preparer(dialect).quote_identifier(identifier)
