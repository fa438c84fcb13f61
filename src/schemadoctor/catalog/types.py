"""Classify an engine's type spelling into a `TypeFamily`.

One table of patterns serves all three engines: the spellings overlap far more than they differ,
and SQLite's affinity rules (substring matching) are the fallback at the end.
"""

from __future__ import annotations

import re

from schemadoctor.catalog.model import TypeFamily

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

_LENGTH = re.compile(r"char[a-z ]*\((\d+)\)")


def type_family(type_text: str) -> TypeFamily:
    text = type_text.strip().lower()
    for pattern, family in _PATTERNS:
        if re.search(pattern, text):
            return family
    return TypeFamily.OTHER


def char_length(type_text: str) -> int | None:
    """The declared length of a char/varchar type, None for anything else."""
    match = _LENGTH.search(type_text.lower())
    return int(match.group(1)) if match else None


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
