from __future__ import annotations

from rich.console import Console
from rich.table import Table

from schemadoctor.commands import app
from schemadoctor.rules import all_rules


@app.command("rules")
def list_rules() -> None:
    """List every rule with its default severity, engines and rationale."""
    table = Table(expand=True)
    table.add_column("rule", no_wrap=True)
    table.add_column("severity")
    table.add_column("engines")
    table.add_column("rationale", ratio=3)
    for rule_id, rule in all_rules().items():
        engines = ", ".join(sorted(rule.dialects)) if rule.dialects else "all"
        table.add_row(
            rule_id + (" (opt-in)" if rule.opt_in else ""),
            rule.severity.value,
            engines,
            rule.rationale,
        )
    Console().print(table)
