"""Human report: one Rich table per severity, then a summary line."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console
from rich.table import Table

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_TITLE = {"error": "Errors", "warning": "Warnings", "info": "Info"}


def render(
    data: dict[str, Any], *, color: bool = False, width: int | None = None, show_fixes: bool = False
) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, width=width or 120, highlight=False
    )
    database = data["database"]
    console.print(
        f"schemadoctor {data['schemadoctor']} · {database['dialect']} database "
        f"[bold]{database['name']}[/bold] ({database['url']})"
    )
    findings = data["findings"]
    for severity in ("error", "warning", "info"):
        rows = [finding for finding in findings if finding["severity"] == severity]
        if not rows:
            continue
        table = Table(
            title=f"{_TITLE[severity]} ({len(rows)})",
            title_style=_STYLE[severity],
            title_justify="left",
            show_lines=False,
            expand=True,
        )
        table.add_column("rule", style=_STYLE[severity], no_wrap=True)
        table.add_column("table", overflow="fold")
        table.add_column("columns", overflow="fold")
        table.add_column("finding", ratio=3, overflow="fold")
        for finding in rows:
            message = finding["message"]
            if "confidence" in finding:
                message += f" (confidence {finding['confidence']:.2f})"
            if show_fixes and finding.get("fix"):
                message += "\nfix: " + finding["fix"]
            table.add_row(finding["rule"], finding["table"], ", ".join(finding["columns"]), message)
        console.print(table)
    for warning in data.get("warnings", []):
        console.print(f"[yellow]note:[/yellow] {warning}")
    baseline = data.get("baseline")
    if baseline:
        console.print(
            f"baseline {baseline['file']}: {baseline['suppressed']} known finding(s) hidden, "
            f"{len(baseline['resolved'])} no longer occur"
        )
        for entry in baseline["resolved"]:
            console.print(
                f"  resolved: {entry['rule']} {entry['table']} "
                f"{', '.join(entry.get('columns', []))}"
            )
    summary = data["summary"]
    counts = summary["by_severity"]
    console.print(
        f"{summary['total']} finding(s): {counts['error']} error(s), "
        f"{counts['warning']} warning(s), "
        f"{counts['info']} info · {summary['tables']} table(s), "
        f"{len(summary['rules_run'])} rule(s), "
        f"{summary['seconds']:.2f} s"
    )
    return buffer.getvalue()
