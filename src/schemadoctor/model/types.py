"""Classify an engine's type spelling into a `TypeFamily`.

One table of patterns serves all three engines: the spellings overlap far more than they differ,
and SQLite's affinity rules (substring matching) are the fallback at the end.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemadoctor.model.catalog import TypeFamily

# Checked in order; the first pattern found anywhere in the lower-cased type wins.
_PATTERNS: tuple[tuple[str, TypeFamily], ...] = (
    (r"\[\]|^_|\barray\b", TypeFamily.ARRAY),
    (r"\buuid\b|\buniqueidentifier\b", TypeFamily.UUID),
    (r"^tinyint\(1\)|^bool", TypeFamily.BOOLEAN),
    (r"^interval", TypeFamily.INTERVAL),
    (r"^enum\b|^set\(", TypeFamily.ENUM),
    (r"json", TypeFamily.JSON),
    (r"timestamp|datetime", TypeFamily.DATETIME),
    (r"^date$", TypeFamily.DATE),
    (r"^time\b|^timetz", TypeFamily.TIME),
    (r"^bit\b", TypeFamily.BINARY),
    (r"\bint|integer|serial|(tiny|small|medium|big)int", TypeFamily.INTEGER),
    (r"^(numeric|decimal|number|money|dec)\b", TypeFamily.DECIMAL),
    (r"real|floa|doub", TypeFamily.FLOAT),
    (r"char|clob|text|string|citext|name$|^xml", TypeFamily.TEXT),
    (r"blob|binary|bytea|^raw", TypeFamily.BINARY),
    (r"^inet|^cidr|^macaddr", TypeFamily.OTHER),
)

_COMPILED = tuple((re.compile(pattern), family) for pattern, family in _PATTERNS)
_LENGTH = re.compile(r"char[a-z ]*\((\d+)\)")


# A schema spells a handful of types thousands of times: each is classified once.
@lru_cache(maxsize=1024)
def type_family(type_text: str) -> TypeFamily:
    text = type_text.strip().lower()
    for pattern, family in _COMPILED:
        if pattern.search(text):
            return family
    return TypeFamily.OTHER


@lru_cache(maxsize=1024)
def char_length(type_text: str) -> int | None:
    """The declared length of a char/varchar type, None for anything else."""
    match = _LENGTH.search(type_text.lower())
    return int(match.group(1)) if match else None


@lru_cache(maxsize=1024)
def canonical_type(type_text: str) -> str:
    """A spelling that compares equal across synonyms: `int4` ~ `integer` ~ `int(11)`."""
    text = re.sub(r"\s+", " ", type_text.strip().lower())
    text = re.sub(r"^(tiny|small|medium|big)?int(eger)?\(\d+\)", r"\1int", text)
    synonyms = {
        "int": "integer",
        "int4": "integer",
        "serial": "integer",
        "serial4": "integer",
        "int8": "bigint",
        "bigserial": "bigint",
        "serial8": "bigint",
        "int2": "smallint",
        "smallserial": "smallint",
        "serial2": "smallint",
        "character varying": "varchar",
        "character": "char",
        "float8": "double precision",
        "double": "double precision",
        "float4": "real",
        "bool": "boolean",
        "timestamp without time zone": "timestamp",
        "timestamp with time zone": "timestamptz",
    }
    base, _, rest = text.partition("(")
    base = base.strip()
    suffix = ""
    if base.endswith(" unsigned"):
        base, suffix = base[: -len(" unsigned")], " unsigned"
    base = synonyms.get(base, base)
    return base + (f"({rest}" if rest else "") + suffix


def sqlite_affinity(type_text: str) -> str:
    """SQLite's column affinity, by its documented rules (section 3.1 of "Datatypes In
    SQLite"): what decides how values are stored and compared, whatever the declared type."""
    text = type_text.upper()
    if "INT" in text:
        return "INTEGER"
    if any(word in text for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in text or not text.strip():
        return "BLOB"
    if any(word in text for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


_INTEGER_BYTES = {"tinyint": 1, "smallint": 2, "mediumint": 3, "integer": 4, "bigint": 8}
_PRECISION = re.compile(r"\((\d+)(?:\s*,\s*(\d+))?\)")


def integer_bytes(type_text: str) -> int | None:
    """Storage width of an integer type (`int4` -> 4, `bigint(20)` -> 8), None if unknown."""
    base = canonical_type(type_text).split("(")[0].removesuffix(" unsigned").strip()
    return _INTEGER_BYTES.get(base)


def decimal_digits(type_text: str) -> tuple[int, int] | None:
    """(digits before the point, digits after) of numeric(p, s); None when unbounded."""
    match = _PRECISION.search(type_text)
    if not match:
        return None
    precision, scale = int(match.group(1)), int(match.group(2) or 0)
    return precision - scale, scale
