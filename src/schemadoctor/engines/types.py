"""Answers adapters give about types and the server, as plain data: how the engine stores a
UUID, and the server settings that matter to schemadoctor and the application."""

from __future__ import annotations

from dataclasses import dataclass

UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
"""A UUID in its canonical text form: lower-case hexadecimal, hyphenated 8-4-4-4-12."""
UUID_PATTERN_ANY_CASE = (
    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)


@dataclass(frozen=True)
class UuidStorage:
    """How the engine stores a UUID in 16 bytes, and how values go there and back."""

    type: str
    """The column type to convert to (`uuid`, `binary(16)`)."""
    from_text: str
    """SQL turning text `{value}` into the stored form."""
    to_text: str
    """SQL turning the stored `{value}` back into canonical text."""
    reads_as_text: bool
    """The application keeps reading and writing the canonical text (a native type); False:
    it must convert (`UUID_TO_BIN`/`BIN_TO_UUID`) from now on."""
    bytes: int = 16
    note: str = ""
    """What the application may notice, for the finding to say."""


@dataclass(frozen=True)
class ServerSetting:
    """One server setting as it is, with what it should be and why it matters."""

    name: str
    value: str
    ok: bool
    why: str
    """What it protects or enables; said whether or not it is set."""
    advice: str = ""
    """What to run to set it, when it is not."""
