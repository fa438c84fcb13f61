"""Planning: findings in, ordered and reversible changes out (see `builder`).

`build_plan`, `Plan` and `PlanOptions` are exported lazily: the rules import
`schemadoctor.plan.changes`, and the builder imports the rules.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Plan", "PlanOptions", "build_plan"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from schemadoctor.plan import builder

        return getattr(builder, name)
    raise AttributeError(name)
