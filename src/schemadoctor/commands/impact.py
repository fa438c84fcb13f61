"""`schemadoctor impact`: the deletion tree of deleting rows of a table, under the declared
foreign keys and the ones a plan would add, counted on the live database (read-only)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from schemadoctor.commands import app
from schemadoctor.commands._common import (
    ConfigOption,
    MinConfidenceOption,
    StatementTimeoutOption,
    UrlArgument,
    config_from,
    open_for_reading,
    progress_status,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.tree import Tree

    from schemadoctor.check import Progress
    from schemadoctor.config import Config
    from schemadoctor.engines.database import Database
    from schemadoctor.model.catalog import Catalog
    from schemadoctor.plan.impact import Edge, Impact, Node


class ImpactFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("impact")
def impact_command(
    url: UrlArgument,
    table: Annotated[str, typer.Argument(metavar="TABLE", help="The table rows are deleted from.")],
    where: Annotated[
        str | None,
        typer.Option(
            "--where",
            metavar="SQL",
            help='Which rows, as a SQL condition on TABLE (e.g. "id = 42"); default: all. Run '
            "read-only, under the statement timeout.",
        ),
    ] = None,
    planned: Annotated[
        bool,
        typer.Option(
            "--planned/--declared-only",
            help="Include the foreign keys `schemadoctor plan` would add (with its ON DELETE "
            "choices).",
        ),
    ] = True,
    fmt: Annotated[
        ImpactFormat, typer.Option("--format", "-f", help="A tree (text) or JSON.")
    ] = ImpactFormat.text,
    min_confidence: MinConfidenceOption = None,
    statement_timeout: StatementTimeoutOption = None,
    config_file: ConfigOption = None,
) -> None:
    """Show what `DELETE FROM TABLE [WHERE ...]` would do: which tables cascade, which
    references are set to NULL, which rows block it, with row counts. Deletes nothing."""
    from rich.console import Console

    from schemadoctor.plan.impact import deletion_tree, find_table

    config = config_from(config_file)
    database = open_for_reading(url, config, statement_timeout)
    try:
        with progress_status() as progress:
            edges, catalog = _edges(database, config, planned, min_confidence, progress)
            name = find_table(catalog, table)
            progress("counting rows")
            impact = deletion_tree(database, catalog, name, where, edges)
    finally:
        database.dispose()
    if fmt == ImpactFormat.json:
        sys.stdout.write(json.dumps(impact.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        print_tree(impact, Console(highlight=False))


def _edges(
    database: Database,
    config: Config,
    planned: bool,
    min_confidence: float | None,
    progress: Progress,
) -> tuple[list[Edge], Catalog]:
    from schemadoctor.plan.builder import PlanOptions, build_plan
    from schemadoctor.plan.impact import declared_edges, planned_edges
    from schemadoctor.rules import all_rules

    if not planned or "missing-foreign-key" not in all_rules():
        progress("reading the schema")
        catalog = database.reflect()
        return declared_edges(catalog), catalog
    plan = build_plan(
        database,
        config,
        PlanOptions(rules=("missing-foreign-key",), min_confidence=min_confidence),
        progress=progress,
    )
    return planned_edges(plan.catalog, plan.foreign_keys), plan.catalog


_STYLE = {"delete": "red", "set-null": "yellow", "set-default": "yellow", "block": "magenta"}
_VERB = {
    "delete": "deleted",
    "set-null": "set to NULL",
    "set-default": "set to default",
    "block": "block the delete",
}


def print_tree(impact: Impact, console: Console) -> None:
    from rich.markup import escape
    from rich.tree import Tree

    root = impact.root
    condition = f" WHERE {impact.where}" if impact.where else ""
    tree = Tree(
        f"[bold]DELETE FROM {escape(str(root.table))}{escape(condition)}[/]: "
        f"{_rows(root.rows)} {'row' if root.rows == 1 else 'rows'}"
    )
    _branch(tree, root)
    console.print(tree)
    totals = impact.totals()
    parts = []
    if totals["deleted"]:
        deleted = totals["deleted"]
        parts.append(
            f"deletes {_count(sum(deleted.values()), 'row')} in {_count(len(deleted), 'table')}"
        )
    if totals["nulled"]:
        parts.append(f"clears {_count(sum(totals['nulled'].values()), 'reference')}")
    if totals["blocking"]:
        blockers = ", ".join(f"{table} ({rows:,})" for table, rows in totals["blocking"].items())
        parts.append(f"is BLOCKED by rows in {blockers}")
    console.print(escape("; ".join(parts) or "touches nothing else"))


def _branch(tree: Tree, node: Node) -> None:
    from rich.markup import escape

    for child in node.children:
        edge = child.edge
        assert edge is not None
        effect = child.effect
        label = (
            f"[{_STYLE[effect]}]{escape(str(child.table))}[/]"
            f"({escape(', '.join(edge.link.columns))}) "
            f"ON DELETE {edge.action}"
            + (" [dim](planned)[/]" if edge.planned else "")
            + f": {_rows(child.rows)} {'row' if child.rows == 1 else 'rows'} "
            + _verb(effect, child.rows)
        )
        if child.cycle:
            label += f" [bold]↻ cycle back to {escape(str(child.table))}, not followed[/]"
        if child.truncated:
            label += " [dim](deeper levels not shown)[/]"
        if child.error:
            label += f" [dim]({escape(child.error)})[/]"
        if edge.planned and edge.reason:
            label += f"\n[dim]{escape(edge.reason)}[/]"
        _branch(tree.add(label), child)


def _verb(effect: str, rows: int | None) -> str:
    if effect == "block":
        return "blocks the delete" if rows == 1 else "block the delete"
    return _VERB[effect]


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _rows(rows: int | None) -> str:
    return "?" if rows is None else f"{rows:,}"
