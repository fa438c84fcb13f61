"""One adapter per engine (`postgresql`, `mysql`, `mariadb` as a subclass of MySQL, `sqlite`).

Each adapter owns everything its engine does differently: URL schemes and driver, session
guards, version and capability flags, reflection, rendering, probe SQL pieces, apply's session,
error classification and who blocks whom. Everything outside this package asks the adapter.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemadoctor.engines.base import Adapter
    from schemadoctor.model.catalog import Catalog

_ADAPTERS = {
    "postgresql": ("schemadoctor.engines.postgresql", "PostgreSQL"),
    "mysql": ("schemadoctor.engines.mysql", "MySQL"),
    "mariadb": ("schemadoctor.engines.mariadb", "MariaDB"),
    "sqlite": ("schemadoctor.engines.sqlite", "SQLite"),
}
"""Adapter name -> (module, class); a new engine is one more line and one more module."""

SUPPORTED_SCHEMES = "postgresql://, mysql://, mariadb://, sqlite:///path or a path to a SQLite file"


@cache
def adapter_class(name: str) -> type[Adapter]:
    module, attribute = _ADAPTERS[name]
    cls: type[Adapter] = getattr(importlib.import_module(module), attribute)
    return cls


def adapter_named(name: str, server_version: str = "") -> Adapter:
    """The adapter called `name` (`postgresql`, `mysql`, `mariadb`, `sqlite`)."""
    return adapter_class(name)(server_version)


def all_adapters() -> list[Adapter]:
    return [adapter_named(name) for name in _ADAPTERS]


def adapter_for_scheme(scheme: str) -> Adapter | None:
    """The adapter a URL scheme names (`postgres`, `mysql+pymysql`...), None if none does.
    Adapters are loaded one by one until one answers: each loads its SQLAlchemy dialect."""
    for name in _ADAPTERS:
        adapter = adapter_named(name)
        if scheme.lower() in adapter.schemes:
            return adapter
    return None


def dialect_of(name: str | None) -> str | None:
    """The SQL family of an engine named by a driver, a URL scheme or a tracing system
    (`postgresql`, `postgres`, `mariadb`, `mysql+pymysql`...); None when it names none."""
    adapter = adapter_for_scheme(name) if name else None
    return adapter.dialect if adapter is not None else None


def for_catalog(catalog: Catalog) -> Adapter:
    """The adapter of the engine a catalog was read from."""
    name = catalog.flavor or catalog.dialect
    return adapter_named(name if name in _ADAPTERS else catalog.dialect, catalog.server_version)
