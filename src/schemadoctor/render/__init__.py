"""Renderers: changes in, SQL for one engine out. One module per dialect, `render/<dialect>.py`,
each exposing a `Renderer` class."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemadoctor.render.base import Renderer


def renderer_for(dialect: str, **options: object) -> Renderer:
    module = importlib.import_module(f"schemadoctor.render.{dialect}")
    return module.Renderer(**options)
