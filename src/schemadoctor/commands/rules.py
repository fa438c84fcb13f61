from __future__ import annotations

import io
import json
import shutil
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from schemadoctor.commands import app


class RulesFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("rules")
def list_rules(
    fmt: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="Output format: text or json.")
    ] = RulesFormat.text,
) -> None:
    """List every rule: id, default severity, engines it runs on, and why it matters.

    Opt-in rules run only when named with --rules or enabled in the configuration.
    """
    from rich import box
    from rich.console import Console
    from rich.table import Table

    from schemadoctor.rules import all_rules

    rules = [_describe(rule_id, rule) for rule_id, rule in all_rules().items()]
    if fmt == RulesFormat.json:
        sys.stdout.write(json.dumps(rules, indent=2) + "\n")
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, expand=True)
    table.add_column("rule", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("engines")
    table.add_column("rationale", ratio=1)
    for rule in rules:
        table.add_row(
            rule["id"] + (" (opt-in)" if rule["opt_in"] else ""),
            rule["severity"],
            ", ".join(rule["engines"]) if rule["engines"] else "all",
            rule["rationale"],
        )
    buffer = io.StringIO()
    Console(file=buffer, width=shutil.get_terminal_size((100, 24)).columns).print(table)
    sys.stdout.write("\n".join(line.rstrip() for line in buffer.getvalue().split("\n")))


def _describe(rule_id: str, rule: Any) -> dict[str, Any]:
    return {
        "id": rule_id,
        "severity": rule.severity.value,
        "opt_in": rule.opt_in,
        "engines": _engines(rule),
        "rationale": rule.rationale,
    }


def _engines(rule: Any) -> list[str]:
    """The SQL families the rule applies to; empty: all of them."""
    from schemadoctor.engines import all_adapters

    families = {adapter.dialect: adapter for adapter in all_adapters()}
    applies = sorted(name for name, adapter in families.items() if rule.applies_to(adapter))
    return [] if len(applies) == len(families) else applies
