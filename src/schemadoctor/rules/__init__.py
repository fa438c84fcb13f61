"""The rule registry. Every module in this package that defines a `Rule` subclass decorated
with `@register` is a rule; adding a rule is adding a file."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from schemadoctor.rules.base import Rule, RuleContext

__all__ = ["Rule", "RuleContext", "all_rules", "register"]

_REGISTRY: dict[str, type[Rule]] = {}


def register(rule: type[Rule]) -> type[Rule]:
    if rule.id in _REGISTRY and _REGISTRY[rule.id] is not rule:
        raise ValueError(f"two rules share the id {rule.id!r}")
    _REGISTRY[rule.id] = rule
    return rule


@cache
def _load() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name != "base" and not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


def all_rules() -> dict[str, type[Rule]]:
    """Every registered rule by id, sorted by id."""
    _load()
    return dict(sorted(_REGISTRY.items()))
