"""Reports. Every format renders the same data: the JSON contract built by `report_data`."""

from __future__ import annotations

import importlib
import json
from typing import Any

FORMATS = ("text", "json", "markdown", "sarif", "html")


def render(data: dict[str, Any], fmt: str, **options: Any) -> str:
    """`data` is what `report.data.report_data` returns; each format lives in
    `report/<format>.py` (or package) and exposes `render(data, **options) -> str`, taking the
    options it needs and ignoring the others."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    module = importlib.import_module(f"schemadoctor.report.{fmt}")
    return module.render(data, **options)


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the json format (`report.schema.json`, shipped with the package)."""
    from importlib import resources  # not at the top: every command imports FORMATS

    text = resources.files(__name__).joinpath("report.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
