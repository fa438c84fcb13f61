"""Human report: one Rich table per severity, the baseline delta, then a summary line.

Everything that comes from the database (names, messages) goes in as `Text`, never as markup,
so an identifier such as `[bold]` or `x"; drop table y; --` prints as itself.
"""

from __future__ import annotations

import io
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from schemadoctor.report.words import (
    SEVERITIES,
    TITLES,
    counted,
    location,
    single_line,
    summary_line,
)

_WHERE_WIDTH = 34
_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(
    data: dict[str, Any],
    *,
    color: bool = False,
    width: int | None = None,
    show_fixes: bool = False,
    **_options: Any,
) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        width=width or 100,
        highlight=False,
        emoji=False,
    )
    database = data["database"]
    console.print(
        Text.assemble(
            ("schemadoctor ", "bold"),
            f"{data['schemadoctor']} · {database['dialect']} · ",
            (database["name"], "bold"),
            f" ({database['url']})",
        )
    )
    findings = data["findings"]
    # One width for the first column in every table, so the tables line up.
    where_width = min(
        _WHERE_WIDTH,
        max(
            [len(location(finding)) + 2 for finding in findings]
            + [len(finding["rule"]) for finding in findings]
            + [5]
        ),
    )
    for severity in SEVERITIES:
        rows = [finding for finding in findings if finding["severity"] == severity]
        if rows:
            console.print()
            console.print(_table(severity, rows, where_width))
    if not findings:
        console.print()
        console.print(Text("No findings.", style="green"))
    for warning in data.get("warnings", []):
        console.print(Text.assemble(("note: ", "yellow"), warning))
    _print_baseline(console, data.get("baseline"))
    fixes = [finding for finding in findings if finding.get("fix")]
    if show_fixes and fixes:
        _print_fixes(console, fixes)
    console.print()
    console.print(Text(summary_line(data), style="bold"))
    if fixes and not show_fixes:
        console.print(
            Text(
                f"{counted(len(fixes), 'finding')} with a fix: add --show-fixes to see the SQL.",
                style="dim",
            )
        )
    text = buffer.getvalue()
    if not color:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text


def _table(severity: str, rows: list[dict[str, Any]], where_width: int) -> Table:
    """Findings grouped by rule: a row naming the rule, then one row per finding, so that the
    message gets most of the width."""
    style = _STYLE[severity]
    table = Table(
        title=Text(f"{TITLES[severity]} ({len(rows)})", style=style),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        show_edge=False,
        show_header=False,
        expand=True,
    )
    table.add_column("where", overflow="fold", width=where_width)
    table.add_column("finding", overflow="fold", ratio=1)
    rule = None
    for finding in rows:
        if finding["rule"] != rule:
            rule = finding["rule"]
            table.add_row(Text(rule, style=style), "")
        message = Text(finding["message"])
        if "confidence" in finding:
            message.append(f" (confidence {finding['confidence']:.2f})", style="dim")
        table.add_row(Text("  " + location(finding)), message)
    return table


def _print_baseline(console: Console, baseline: dict[str, Any] | None) -> None:
    if not baseline:
        return
    console.print()
    resolved = baseline["resolved"]
    console.print(
        Text(
            f"Baseline {baseline['file']}: {counted(baseline['suppressed'], 'known finding')} "
            f"not shown; {len(resolved)} no longer "
            f"{'occurs' if len(resolved) == 1 else 'occur'}{':' if resolved else '.'}"
        )
    )
    for entry in resolved:
        console.print(Text(f"  fixed: {entry['rule']} on {location(entry)}", style="green"))


def _print_fixes(console: Console, findings: list[dict[str, Any]]) -> None:
    """Unwrapped, so the block can be copied and run as it stands."""
    console.print()
    console.print(Text("Fixes", style="bold"))
    for number, finding in enumerate(findings):
        if number:
            console.print()
        heading = single_line(f"-- {finding['rule']}: {location(finding)}")
        console.print(Text(heading, style="dim"), soft_wrap=True)
        console.print(Text(finding["fix"]), soft_wrap=True)
