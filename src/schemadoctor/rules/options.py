"""Typed rule options: each rule declares a frozen dataclass of its options (with defaults and
`help`, and `min`/`max` where a number is bounded), and the configuration is checked against it
when it loads, so that a misspelt key or a bad value is one clear line, not a surprise later."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from schemadoctor.errors import ConfigError


@dataclass(frozen=True)
class NoOptions:
    """A rule without options."""


def option(
    default: Any, help: str, *, minimum: float | None = None, maximum: float | None = None
) -> Any:
    """A field of a rule's options dataclass."""
    return dataclasses.field(
        default=default, metadata={"help": help, "min": minimum, "max": maximum}
    )


def parse_options(options_type: type, values: Mapping[str, Any], where: str) -> Any:
    """An instance of `options_type` from the configuration's `values`; unknown keys, values of
    the wrong type and numbers out of bounds raise ConfigError naming `where`."""
    fields = {field.name: field for field in dataclasses.fields(options_type)}
    unknown = sorted(set(values) - set(fields))
    if unknown:
        known = ", ".join(fields) or "none"
        raise ConfigError(f"{where}: unknown option(s) {', '.join(unknown)} (known: {known})")
    hints = typing.get_type_hints(options_type)
    checked = {}
    for name, value in values.items():
        field = fields[name]
        allowed = _allowed_types(hints[name])
        if not _is_instance(value, allowed):
            wanted = " or ".join(_type_name(kind) for kind in allowed)
            raise ConfigError(f"{where}: option '{name}' must be {wanted}, not {value!r}")
        low, high = field.metadata.get("min"), field.metadata.get("max")
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if number and ((low is not None and value < low) or (high is not None and value > high)):
            bounds = (
                f"between {low:g} and {high:g}"
                if low is not None and high is not None
                else f"at least {low:g}"
                if low is not None
                else f"at most {high:g}"
            )
            raise ConfigError(f"{where}: option '{name}' must be {bounds}, not {value!r}")
        checked[name] = tuple(value) if isinstance(value, list) else value
    return options_type(**checked)


def describe_options(options_type: type) -> list[tuple[str, str, Any, str]]:
    """(name, type, default, help) of every option, for the documentation."""
    hints = typing.get_type_hints(options_type)
    return [
        (
            field.name,
            " or ".join(_type_name(kind) for kind in _allowed_types(hints[field.name])),
            field.default,
            field.metadata.get("help", ""),
        )
        for field in dataclasses.fields(options_type)
    ]


def _allowed_types(hint: Any) -> tuple[type, ...]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return tuple(kind for part in typing.get_args(hint) for kind in _allowed_types(part))
    origin = typing.get_origin(hint)
    return (origin,) if origin is not None else (hint,)


def _is_instance(value: Any, allowed: tuple[type, ...]) -> bool:
    for kind in allowed:
        if kind is bool:
            if isinstance(value, bool):
                return True
        elif kind in (int, float):
            # TOML has one integer type; a bool is not a number here.
            if isinstance(value, int | (float if kind is float else int)) and not isinstance(
                value, bool
            ):
                return True
        elif kind is tuple:
            if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
                return True
        elif isinstance(value, kind):
            return True
    return False


def _type_name(kind: type) -> str:
    return {bool: "true or false", int: "an integer", float: "a number", str: "a string"}.get(
        kind, "a list of strings" if kind is tuple else kind.__name__
    )
